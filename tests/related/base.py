"""The shared site with a library, a newsroom and an event index in every
language, three topics named in every language and practices that share them."""

from wagtail.models import PageViewRestriction

from home.localization import translate_with
from practices.factories import PracticeFactory, TopicFactory
from practices.models import IntegrationArea, Practice, Topic
from tests.base import SiteTestCase
from tests.events.base import build_event_indexes
from tests.practices.base import build_library
from tests.stories.base import build_stories

TOPICS = {
    "housing": {
        "pl": ("Mieszkalnictwo", "mieszkalnictwo"),
        "en": ("Housing", "housing"),
        "uk": ("Житло", "zhytlo"),
    },
    "language": {
        "pl": ("Nauka języka", "nauka-jezyka"),
        "en": ("Language learning", "language-learning"),
        "uk": ("Вивчення мови", "vyvchennia-movy"),
    },
    "labour": {
        "pl": ("Rynek pracy", "rynek-pracy"),
        "en": ("Labour market", "labour-market"),
        "uk": ("Ринок праці", "rynok-pratsi"),
    },
}


def make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )


class RelatedTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.libraries = build_library(cls.tree)
            cls.newsroom = build_stories(cls.tree)
            cls.event_indexes = build_event_indexes(cls.tree)
        cls.topics = {}
        for key, names in TOPICS.items():
            name, slug = names["pl"]
            topic = TopicFactory(name=name, slug=slug)
            for code in ("en", "uk"):
                name, slug = names[code]
                translate_with(topic, cls.locales[code], Topic(name=name, slug=slug))
            cls.topics[key] = topic
        housing, language, labour = (cls.topics[k] for k in ("housing", "language", "labour"))
        cls.housing_practice = PracticeFactory(
            title="Mieszkania dla nowo przybyłych", slug="mieszkania", topics=[housing]
        )
        cls.both_practice = PracticeFactory(
            title="Kursy językowe przy mieszkaniach", slug="kursy", topics=[housing, language]
        )
        cls.both_practice_en = translate_with(
            cls.both_practice,
            cls.locales["en"],
            Practice(
                title="Language courses where people live",
                slug="courses",
                summary="Courses.",
                body="<p>Courses.</p>",
                city="Szczecin EN",
                region="West Pomerania",
            ),
        )
        cls.labour_practice = PracticeFactory(
            title="Doradztwo zawodowe",
            slug="doradztwo",
            topics=[labour],
            area=IntegrationArea.GOVERNANCE,
        )
        cls.draft_practice = PracticeFactory(
            title="Szkic praktyki", slug="szkic", topics=[housing, language], live=False
        )
