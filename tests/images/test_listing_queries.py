"""Lists of stories and partners, and a page's own pictures, fetch the renditions
they show in one query whatever their number, and the first reader makes none."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import wagtail_factories

from events.models import EventPhoto
from practices.factories import OrganisationFactory
from stories.factories import StoryPageFactory
from tests.events.base import build_event_indexes, make_event
from tests.stories.base import NewsroomTestCase
from tests.topics.base import TopicTestCase, make_story

LISTINGS = [
    "/pl/",  # lead, featured and latest stories; partners' logos
    "/pl/aktualnosci/",
    "/pl/aktualnosci/authors/redakcja/",
    "/pl/tematy/mieszkalnictwo/",
]


class ListingQueryTests(TopicTestCase):
    def add(self, number):
        """Published stories with pictures, by the newsroom's author and about
        housing, and partners with logos."""
        topic = self.content["housing"]["pl"]
        with self.captureOnCommitCallbacks(execute=True):
            for _ in range(number):
                make_story(
                    self.newsroom["indexes"]["pl"],
                    [topic],
                    hero_image=wagtail_factories.ImageFactory(),
                    hero_alt="Zdjęcie",
                    authors=[self.newsroom["person"]["pl"]],
                )
                OrganisationFactory(role="partner", logo=wagtail_factories.ImageFactory())

    def visit(self, path):
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(path).status_code, 200)
        return [query["sql"] for query in queries]

    def count_queries(self):
        """Queries of each listing. Its first request after new items makes no
        rendition. The second is counted with the cache emptied, where Wagtail
        would otherwise keep the renditions it found."""
        counts = []
        for path in LISTINGS:
            made = [sql for sql in self.visit(path) if 'INTO "wagtailimages_rendition"' in sql]
            self.assertEqual(made, [], path)
            cache.clear()
            counts.append(len(self.visit(path)))
        return counts

    def test_queries_do_not_grow_with_pictures(self):
        self.add(2)
        few = self.count_queries()
        self.add(7)
        cards = self.client.get("/pl/aktualnosci/authors/redakcja/").content.decode()
        self.assertGreaterEqual(cards.count('class="story-card__image"'), 9)
        self.assertEqual(self.count_queries(), few)


class PagePicturesQueryTests(NewsroomTestCase):
    """A page fetches the renditions of all its pictures at once."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.event_indexes = build_event_indexes(cls.tree)

    def count(self, path):
        self.assertEqual(self.client.get(path).status_code, 200)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(path).status_code, 200)
        self.assertFalse([q for q in queries if 'INTO "wagtailimages_rendition"' in q["sql"]])
        return len(queries)

    def story_with(self, pictures):
        body = [
            {
                "type": "image",
                "value": {
                    "image": wagtail_factories.ImageFactory().pk,
                    "alt_text": "Opis",
                    "caption": "",
                    "credit": "",
                },
            }
            for _ in range(pictures)
        ]
        story = StoryPageFactory(
            parent=self.newsroom["indexes"]["pl"],
            hero_image=wagtail_factories.ImageFactory(),
            hero_alt="Zdjęcie",
            body=body,
        )
        with self.captureOnCommitCallbacks(execute=True):
            story.save_revision().publish()
        return story.url

    def event_with(self, photos):
        with self.captureOnCommitCallbacks(execute=True):
            event = make_event(
                self.event_indexes["pl"],
                photos=[
                    EventPhoto(image=wagtail_factories.ImageFactory(), alt_text="Sala")
                    for _ in range(photos)
                ],
            )
        return event.url

    def test_a_story_with_more_pictures_costs_no_more_queries(self):
        self.assertEqual(self.count(self.story_with(5)), self.count(self.story_with(1)))

    def test_a_gallery_with_more_photos_costs_no_more_queries(self):
        self.assertEqual(self.count(self.event_with(5)), self.count(self.event_with(1)))
