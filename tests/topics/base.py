"""The shared site with a newsroom, events, a library and a topic page in every
language, and one topic ("housing", translated) that stories, events and
practices are about in every state a reader must or must not see."""

import datetime

from wagtail.models import PageViewRestriction

from events.factories import EventPageFactory
from events.models import EventPage
from home.languages import sync_languages
from home.localization import translate_with
from practices.factories import PracticeFactory, TopicFactory
from practices.models import Practice, Topic
from stories.factories import StoryPageFactory
from tests.base import SiteTestCase
from tests.events.base import WARSAW, build_event_indexes, translate_event
from tests.practices.base import build_library
from tests.stories.base import build_stories, translated_story
from topics.factories import TopicIndexPageFactory
from topics.models import TopicIndexPage

TOPIC_PAGE_TITLES = {"en": ("Topics", "topics"), "uk": ("Теми", "temy")}
FUTURE = datetime.datetime(2099, 5, 4, 10, 0, tzinfo=WARSAW)
PAST = datetime.datetime(2021, 3, 2, 10, 0, tzinfo=WARSAW)


def build_topic_pages(tree):
    """A topic page under every home page of ``tree`` (see tests.base)."""
    index = TopicIndexPageFactory(parent=tree["home"]["pl"], show_in_menus=True)
    index.save_revision().publish()
    pages = {"pl": index}
    for code, (title, slug) in TOPIC_PAGE_TITLES.items():
        pages[code] = translate_with(
            index, tree["locales"][code], TopicIndexPage(title=title, slug=slug, introduction=title)
        )
    return pages


def make_story(index, topics, publish=True, **values):
    story = StoryPageFactory(parent=index, topics=topics, live=publish, **values)
    revision = story.save_revision()
    if publish:
        revision.publish()
    return story


def make_event(index, topics, start, **values):
    event = EventPageFactory(
        parent=index, start=start, end=start + datetime.timedelta(hours=2), **values
    )
    event.topics.set(topics)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def build_topic_content(tree, newsroom, event_indexes):
    """Housing (translated) and health (Polish only), and what is about housing."""
    locales = tree["locales"]
    housing = TopicFactory(name="Mieszkalnictwo", slug="mieszkalnictwo")
    content = {
        "housing": {
            "pl": housing,
            "en": translate_with(housing, locales["en"], Topic(name="Housing", slug="housing")),
            "uk": translate_with(housing, locales["uk"], Topic(name="Житло", slug="zhytlo")),
        },
        "health": TopicFactory(name="Zdrowie", slug="zdrowie"),
    }
    story_index = newsroom["indexes"]["pl"]
    story = make_story(
        story_index, [housing], title="Mieszkania dla nowo przybyłych", slug="mieszkania"
    )
    content["story"] = {
        "pl": story,
        "en": translate_with(
            story, locales["en"], translated_story(story, "en", "Homes for newcomers", "homes")
        ),
    }
    content["untranslated_story"] = make_story(
        story_index, [housing], title="Lokale socjalne", slug="lokale-socjalne"
    )
    make_story(story_index, [housing], publish=False, title="Szkic o mieszkaniach", slug="szkic")
    private = make_story(story_index, [housing], title="Prywatna o mieszkaniach", slug="prywatna")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    make_story(story_index, [content["health"]], title="Zdrowie migrantów", slug="zdrowie")

    event_index = event_indexes["pl"]
    event = make_event(event_index, [housing], FUTURE, title="Forum mieszkaniowe", slug="forum")
    content["event"] = {"pl": event, "en": translate_event(event, locales["en"])}
    content["past_event"] = make_event(
        event_index, [housing], PAST, title="Warsztaty mieszkaniowe", slug="warsztaty"
    )

    practice = PracticeFactory(
        title="Przewodnik mieszkaniowy", slug="przewodnik-mieszkaniowy", topics=[housing]
    )
    content["practice"] = {
        "pl": practice,
        "en": translate_with(
            practice,
            locales["en"],
            Practice(
                title="Housing guide",
                slug="housing-guide",
                summary="A guide.",
                body="<p>Guide.</p>",
                city="Szczecin",
                region="West Pomerania",
            ),
        ),
    }
    PracticeFactory(title="Szkic praktyki", slug="szkic-praktyki", live=False, topics=[housing])
    # Untranslated pages become copies in the other languages, as on the real site.
    sync_languages()
    return content


class TopicTestCase(SiteTestCase):
    """The shared site plus everything a topic page gathers, in every language."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.newsroom = build_stories(cls.tree)
            cls.event_indexes = build_event_indexes(cls.tree)
            cls.libraries = build_library(cls.tree)
            cls.topic_pages = build_topic_pages(cls.tree)
            cls.content = build_topic_content(cls.tree, cls.newsroom, cls.event_indexes)
