"""Which practices received a distinction (an award's laureates), as badges for
the library. Practices knows nothing of the apps announcing awards: it asks every
concrete ``PracticeDistinction`` model, one query each, whatever the number of
practices."""

from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps

from home.privacy import every_page
from home.records import naming

from .models import PracticeDistinction


@dataclass(frozen=True)
class Badge:
    label: str
    url: str


def distinction_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, PracticeDistinction) and not model._meta.abstract
    ]


def badges_for(practices, locale, request=None):
    """``{translation_key: [Badge, ...]}`` for ``practices``: one badge per live,
    public announcement page of ``locale`` naming the practice (in any of its
    languages, since translated pages keep pointing at the source practice)."""
    keys = {practice.translation_key for practice in practices}
    if not keys:
        return {}
    pages = every_page().live().public().filter(locale=locale).values("pk")
    badges = defaultdict(list)
    for model in distinction_models():
        rows = (
            naming(model, "practice")
            .filter(practice__translation_key__in=keys, page__in=pages)
            .select_related("page")
            .order_by("-page__first_published_at", "page_id", "pk")
        )
        for row in rows:
            badge = Badge(row.badge_label, row.page.get_url(request))
            if badge not in badges[row.practice.translation_key]:
                badges[row.practice.translation_key].append(badge)
    return dict(badges)
