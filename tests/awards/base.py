"""An award announcement in every language of the shared test site, under a
story index per language (the stories app's own, when it already made one)."""

import datetime

from home.localization import translate_with
from stories.award_factories import AwardAnnouncementPageFactory
from stories.awards import AwardAnnouncementPage, JuryMember, Laureate
from stories.models import StoryIndexPage
from tests.base import SiteTestCase
from tests.practices.base import build_library

INDEX_TITLES = {
    "pl": ("Aktualności", "aktualnosci"),
    "en": ("News", "news"),
    "uk": ("Новини", "novyny"),
}

AWARD_TEXTS = {
    "pl": {
        "title": "Miasta Otwarte 2015",
        "slug": "miasta-otwarte-2015",
        "award_name": "Miasta Otwarte",
        "edition": "II edycja",
        "introduction": "Jury migranckie docenia samorządy.",
        "criteria": "<p>Kompleksowość i skuteczność.</p>",
        "ceremony_venue": "Synagoga pod Białym Bocianem, Wrocław",
        "jury": [("Priscilla Rubia", "Kenijka", "Łódź"), ("Jose Torres", "Kubańczyk", "Wrocław")],
        "laureates": [
            ("", "Miejski punkt obsługi cudzoziemców", ""),
            ("Lublin", "Strategia", "I miejsce"),
        ],
    },
    "en": {
        "title": "Open Cities 2015",
        "slug": "open-cities-2015",
        "award_name": "Open Cities",
        "edition": "2nd edition",
        "introduction": "A migrant jury recognises cities.",
        "criteria": "<p>Comprehensive and effective.</p>",
        "ceremony_venue": "White Stork Synagogue, Wrocław",
        "jury": [
            ("Priscilla Rubia", "from Kenya", "Lodz"),
            ("Jose Torres", "from Cuba", "Wroclaw"),
        ],
        "laureates": [
            ("", "A municipal service point", ""),
            ("Lublin city", "Strategy", "1st place"),
        ],
    },
    "uk": {
        "title": "Відкриті міста 2015",
        "slug": "vidkryti-mista-2015",
        "award_name": "Відкриті міста",
        "edition": "другий випуск",
        "introduction": "Журі з мігрантів відзначає міста.",
        "criteria": "<p>Комплексність і ефективність.</p>",
        "ceremony_venue": "Синагога «Під Білим Лелекою», Вроцлав",
        "jury": [("Priscilla Rubia", "кенійка", "Лодзь"), ("Jose Torres", "кубинець", "Вроцлав")],
        "laureates": [("", "Міський пункт обслуговування", ""), ("Люблін", "Стратегія", "I місце")],
    },
}

CEREMONY = datetime.datetime(2015, 5, 14, 13, 30, tzinfo=datetime.UTC)  # 15:30 in Wrocław


def story_indexes(tree):
    """The story index of every language, looked up first, made when missing."""
    locales = tree["locales"]
    source = StoryIndexPage.objects.filter(locale=locales["pl"]).first()
    if source is None:
        title, slug = INDEX_TITLES["pl"]
        source = tree["home"]["pl"].add_child(instance=StoryIndexPage(title=title, slug=slug))
        source.save_revision().publish()
    indexes = {"pl": source}
    for code in ("en", "uk"):
        existing = source.get_translation_or_none(locales[code])
        if existing is None or existing.alias_of_id:
            title, slug = INDEX_TITLES[code]
            existing = translate_with(source, locales[code], StoryIndexPage(title=title, slug=slug))
        indexes[code] = existing
    return indexes


def award_fields(code):
    texts = AWARD_TEXTS[code]
    return {name: value for name, value in texts.items() if name not in ("jury", "laureates")}


def translate_award(source, locale, texts, publish=True):
    """Translate ``source`` with ``texts`` (shaped as AWARD_TEXTS' entries)."""
    translated = AwardAnnouncementPage(
        **{name: value for name, value in texts.items() if name not in ("jury", "laureates")}
    )
    translated.jury = [
        JuryMember(translation_key=member.translation_key, name=name, background=bg, city=city)
        for member, (name, bg, city) in zip(
            source.jury.order_by("sort_order", "pk"), texts["jury"], strict=True
        )
    ]
    translated.laureates = [
        Laureate(
            translation_key=laureate.translation_key,
            municipality=municipality,
            recognised_for=what,
            distinction=distinction,
        )
        for laureate, (municipality, what, distinction) in zip(
            source.laureates.order_by("sort_order", "pk"), texts["laureates"], strict=True
        )
    ]
    return translate_with(source, locale, translated, publish=publish)


def make_award(index, practice=None, texts=None, **fields):
    """A published announcement under ``index`` whose first laureate is ``practice``."""
    texts = texts or AWARD_TEXTS["pl"]
    values = {name: value for name, value in texts.items() if name not in ("jury", "laureates")}
    values = {"year": 2015, "ceremony_date": CEREMONY, **values, **fields}
    page = AwardAnnouncementPageFactory(parent=index, **values)
    # Explicit order: translations are matched to these rows by position.
    page.jury = [
        JuryMember(name=n, background=b, city=c, sort_order=position)
        for position, (n, b, c) in enumerate(texts["jury"])
    ]
    page.laureates = [
        Laureate(
            municipality=municipality,
            recognised_for=what,
            distinction=distinction,
            practice=practice if position == 0 else None,
            sort_order=position,
        )
        for position, (municipality, what, distinction) in enumerate(texts["laureates"])
    ]
    page.save_revision().publish()
    return AwardAnnouncementPage.objects.get(pk=page.pk)


def build_awards(tree):
    """A story index and the award announcement in every language; the first
    laureate is the browser site's practice when there is one."""
    indexes = story_indexes(tree)
    practice = tree.get("practices", {}).get("app")
    source = make_award(indexes["pl"], practice=practice)
    awards = {"pl": source}
    for code in ("en", "uk"):
        awards[code] = translate_award(source, tree["locales"][code], AWARD_TEXTS[code])
    tree["story_indexes"] = indexes
    tree["awards"] = awards
    return awards


class AwardTestCase(SiteTestCase):
    """The shared site plus a practice library and a story index per language."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.libraries = build_library(cls.tree)
            cls.indexes = story_indexes(cls.tree)
