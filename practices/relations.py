"""What a page or practice is related to when its editor chose nothing: the one
way of ranking records by the topics and practices they share.

Relations to topics and practices point at source-language records (see
``Taxonomy``), so records are compared by translation key: a relation to any
language version counts. Each ranking is one query whatever the number of
candidates: the shared records are counted with ``annotate(Count(...))``."""

from functools import reduce
from operator import add

from django.db.models import Case, Count, Q, Value, When

from home.chrome import section

from .library import LINKED_FIELDS, links_in, visible_practices
from .models import Practice, PracticeLibraryPage

# How many related items a computed list shows.
RELATED_LIMIT = 3


def sharing(candidates, relations, then=()):
    """``candidates`` that share at least one record with the given ones, most
    shared first, then in the order ``then``, each annotated with ``shared``.

    ``relations`` maps a lookup path from the candidates' model to a translatable
    record (``"topics"``, ``"related_practices__practice"``) to the translation
    keys to look for there. Nothing to look for gives nothing."""
    counts = [
        Count(
            f"{path}__translation_key",
            filter=Q(**{f"{path}__translation_key__in": list(keys)}),
            distinct=True,
        )
        for path, keys in relations.items()
        if keys
    ]
    if not counts:
        return candidates.none()
    return (
        candidates.annotate(shared=reduce(add, counts))
        .filter(shared__gt=0)
        .order_by("-shared", *then)
    )


def similar_pages(page, then):
    """Up to ``RELATED_LIMIT`` other live, public pages of ``page``'s type and
    language sharing the most topics or related practices with it, then in the
    order ``then``. The page type has ``topics`` and ``related_practices``."""
    # Ranking groups and sorts whole rows: without the bodies, which cards never
    # show, they stay small enough to sort in memory.
    candidates = type(page).objects.live().public().filter(locale=page.locale).defer_streamfields()
    shared = {
        "topics": translation_keys(page.topics.all()),
        # The page has fetched them with their practices (its prefetch_shown).
        "related_practices__practice": translation_keys(
            related.practice for related in page.related_practices.all()
        ),
    }
    return sharing(candidates.exclude(pk=page.pk), shared, then)[:RELATED_LIMIT]


def translation_keys(records):
    return {record.translation_key for record in records if record is not None}


def chosen_or_computed(chosen, compute):
    """The editor's choice, in the editor's order, wherever any of it can be
    shown; otherwise the computed list. Returns ``(items, computed)``."""
    if chosen:
        return list(chosen), False
    return list(compute()), True


def practices_sharing_topics(topics, locale, request=None, exclude=(), area=None):
    """Up to ``RELATED_LIMIT`` practices as readers of ``locale`` find them in
    their library (``PracticeLink``s), sharing the most of ``topics``; among ties
    those of ``area`` first, then by title. ``exclude`` are practices (any
    language version) never to show."""
    then = ["title", "pk"]
    if area:
        then.insert(0, "-same_area")
    candidates = (
        visible_practices(locale)
        .exclude(translation_key__in=translation_keys(exclude))
        .only(*LINKED_FIELDS)
    )
    if area:
        candidates = candidates.annotate(
            same_area=Case(When(area=area, then=Value(1)), default=Value(0))
        )
    library = section(request, PracticeLibraryPage, locale)
    if library is None:
        return []
    keys = translation_keys(topics)
    # Only practices sharing a topic are grouped and counted: otherwise the
    # database groups and sorts every practice of the library (2,000 wide rows)
    # to keep the few hundred that share one.
    candidates = candidates.filter(
        pk__in=Practice.objects.filter(topics__translation_key__in=keys).values("pk")
    )
    # The candidates are what the library shows: no second look-up.
    return links_in(library, sharing(candidates, {"topics": keys}, then)[:RELATED_LIMIT], request)
