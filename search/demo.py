"""Demo editors' picks: for what a reader of each language would type, the demo
page that answers it (the pages come from the seeds, loaded by the other apps)."""

from django.conf import settings
from django.utils.text import Truncator

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from events.models import EventPage
from practices.models import PracticeLibraryPage
from stories.awards import AwardAnnouncementPage
from stories.models import ClaimsPage, StoryPage

# Each pick: the query in each language and the Polish source pages promoted for
# it, in order; readers of each language get the pages' versions in their tree.
PICKS = [
    {
        "queries": {"pl": "Miasta Otwarte", "en": "Open Cities", "uk": "Відкриті міста"},
        "pages": [(AwardAnnouncementPage, "miasta-otwarte-2015")],
    },
    {
        "queries": {"pl": "EPI", "en": "EPI", "uk": "EPI"},
        "pages": [
            (EventPage, "inauguracja-epi-w-rydze"),
            (StoryPage, "ryga-i-lublin-zainaugurowaly-strategie-integracji-epi"),
        ],
    },
    {
        "queries": {"pl": "dobre praktyki", "en": "good practices", "uk": "добрі практики"},
        "pages": [(PracticeLibraryPage, "dobre-praktyki")],
    },
    {
        "queries": {"pl": "fakty", "en": "fact-check", "uk": "перевірка фактів"},
        "pages": [(ClaimsPage, "sprawdzamy-fakty")],
    },
]
DESCRIPTION_WORDS = 25


def load(stdout):
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    locales = list(Locale.objects.filter(language_code__in=PICKS[0]["queries"]))
    created = 0
    for pick in PICKS:
        sources = [
            model.objects.filter(locale=source, slug=slug).first() for model, slug in pick["pages"]
        ]
        for locale in locales:
            versions = {order: _live_version(page, locale) for order, page in enumerate(sources)}
            versions = {order: version for order, version in versions.items() if version}
            if not versions:
                continue
            query = Query.get(pick["queries"][locale.language_code])
            for order, version in versions.items():
                _promotion, is_new = SearchPromotion.objects.get_or_create(
                    query=query,
                    page=version.page_ptr,
                    defaults={
                        "sort_order": order,
                        "description": Truncator(version.get_description()).words(
                            DESCRIPTION_WORDS
                        ),
                    },
                )
                created += is_new
    if created:
        stdout.write(f"  created {created} editors' picks")


def _live_version(page, locale):
    """The page readers of ``locale`` see (a translation or an untranslated
    copy), if the demo has the page and it is live there."""
    version = page and page.get_translation_or_none(locale)
    return version if version is not None and version.live else None
