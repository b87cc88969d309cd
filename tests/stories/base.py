"""A newsroom and a "claims we checked" page in every language of the shared
test site (tests.base), with an author, a claim and two stories."""

from django.utils.html import strip_tags

from home.languages import sync_languages
from home.localization import translate_with
from stories.factories import (
    ClaimFactory,
    ClaimsPageFactory,
    PersonFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)
from stories.models import Claim, ClaimsPage, Person, StoryIndexPage, StoryPage
from tests.base import SiteTestCase

INDEX_TITLES = {"en": ("News", "news"), "uk": ("Новини", "novyny")}
CLAIMS_TITLES = {
    "en": ("Claims we checked", "fact-checks"),
    "uk": ("Твердження, які ми перевірили", "perevirka-faktiv"),
}
FACT_CHECK_BODY = [
    {"type": "heading", "value": {"text": "Co mówią liczby", "anchor": ""}},
    {"type": "paragraph", "value": "<p>Tylko 54% miast ma pełną strategię.</p>"},
    {"type": "heading", "value": {"text": "Co mówią liczby", "anchor": ""}},
    {"type": "paragraph", "value": "<p>Drugi akapit.</p>"},
]

# Every other block type, so the browser suite audits them too.
NEWS_BODY = [
    {"type": "paragraph", "value": "<p>W Rydze spotkało się 26 osób.</p>"},
    {
        "type": "statistic",
        "value": {
            "number": "26",
            "label": "osób wzięło udział w inauguracji",
            "source": "Projekt EPI",
            "source_url": "https://www.epi-project.com",
        },
    },
    {"type": "quote", "value": {"quote": "Interakcja buduje zaufanie.", "attribution": "EPI"}},
    {"type": "callout", "value": {"title": "Pamiętaj", "text": "<p>Ważne.</p>"}},
    {
        "type": "myth_fact",
        "value": {
            "claim": "Nikt tego nie robi",
            "verdict": "missing-context",
            "explanation": "<p>Fakty.</p>",
            "sources": [{"title": "EPI", "url": "https://www.epi-project.com"}],
            "fact_check": None,
        },
    },
]


def translated_story(source, code, title, slug):
    """The values of ``source`` in another language: every text segment marked."""
    body = [
        {
            "type": block.block_type,
            "value": (
                {"text": f"{block.value['text']} ({code})", "anchor": ""}
                if block.block_type == "heading"
                else f"<p>{code}: {strip_tags(block.value.source)}</p>"
            ),
        }
        for block in source.body
    ]
    return StoryPage(title=title, slug=slug, standfirst=f"{code}: {source.standfirst}", body=body)


def build_stories(tree):
    """Newsroom, claims page, author, claim and two stories; the fact-check is
    translated into English. Returns them by name."""
    locales = tree["locales"]
    index = StoryIndexPageFactory(parent=tree["home"]["pl"], show_in_menus=True)
    index.save_revision().publish()
    claims_page = ClaimsPageFactory(parent=tree["home"]["pl"])
    claims_page.save_revision().publish()
    indexes, claims_pages = {"pl": index}, {"pl": claims_page}
    for code in ("en", "uk"):
        title, slug = INDEX_TITLES[code]
        indexes[code] = translate_with(
            index,
            locales[code],
            StoryIndexPage(title=title, slug=slug, introduction=title, show_in_menus=True),
        )
        title, slug = CLAIMS_TITLES[code]
        claims_pages[code] = translate_with(
            claims_page, locales[code], ClaimsPage(title=title, slug=slug, introduction=title)
        )
    person = PersonFactory(name="Redakcja", slug="redakcja")
    person_en = translate_with(
        person,
        locales["en"],
        Person(name="Editorial team", slug="editorial-team", role="Site editors", bio="Editors."),
    )
    claim = ClaimFactory(text="Miasta nie mają planu integracji", slug="miasta-bez-planu")
    claim_en = translate_with(
        claim,
        locales["en"],
        Claim(
            text="Cities have no integration plan",
            slug="cities-without-a-plan",
            appearance="social media comments",
        ),
    )
    fact_check = StoryPageFactory(
        parent=index,
        title="Czy miasta mają plan?",
        slug="czy-miasta-maja-plan",
        kind=StoryPage.Kind.FACT_CHECK,
        claim=claim,
        body=FACT_CHECK_BODY,
        authors=[person],
    )
    fact_check.save_revision().publish()
    news = StoryPageFactory(
        parent=index, title="Inauguracje EPI", slug="inauguracje-epi", body=NEWS_BODY
    )
    news.save_revision().publish()
    fact_check_en = translate_with(
        fact_check,
        locales["en"],
        translated_story(fact_check, "en", "Do cities have a plan?", "do-cities-have-a-plan"),
    )
    # Untranslated stories become copies in the other languages, as on the real site.
    sync_languages()
    return {
        "indexes": indexes,
        "claims_pages": claims_pages,
        "person": {"pl": person, "en": person_en},
        "claim": {"pl": claim, "en": claim_en},
        "fact_check": {"pl": fact_check, "en": fact_check_en},
        "news": {"pl": news},
    }


class NewsroomTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.newsroom = build_stories(cls.tree)
