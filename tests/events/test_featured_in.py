"""Events feature practices through the shared mechanisms (related practices and
the practice card), and the library's "featured in" finds them."""

import json

from events.factories import EventPageFactory
from events.models import EventRelatedPractice
from practices.factories import PracticeFactory
from tests.events.base import EventTestCase, at, make_event
from tests.practices.base import build_library


class FeaturedInTests(EventTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            build_library(cls.tree)
        cls.practice = PracticeFactory(title="Kluby dyskusyjne", slug="kluby")
        index = cls.indexes["pl"]
        cls.related = make_event(
            index,
            title="Inauguracja w Rydze",
            start=at(2021, 7, 1, 10),
            related_practices=[EventRelatedPractice(practice=cls.practice)],
        )
        cls.in_body = make_event(
            index,
            title="Warsztaty dyskusyjne",
            start=at(2021, 9, 1, 10),
            body=json.dumps([{"type": "practice", "value": {"practice": cls.practice.pk}}]),
        )
        cls.unpublished = EventPageFactory(
            parent=index,
            title="Szkic wydarzenia",
            live=False,
            related_practices=[EventRelatedPractice(practice=cls.practice)],
        )

    def test_featured_in_lists_live_events_that_name_the_practice(self):
        featured = set(self.practice.featured_in(self.locales["pl"]))
        self.assertEqual(
            {page.specific.title for page in featured},
            {"Inauguracja w Rydze", "Warsztaty dyskusyjne"},
        )

    def test_the_practice_page_links_to_those_events(self):
        response = self.client.get("/pl/dobre-praktyki/kluby/")
        self.assertContains(response, f'href="{self.related.url}"')
        self.assertContains(response, f'href="{self.in_body.url}"')
        self.assertNotContains(response, "Szkic wydarzenia")

    def test_the_event_page_shows_its_practices(self):
        response = self.client.get(self.related.url)
        self.assertContains(response, 'href="/pl/dobre-praktyki/kluby/"')
        response = self.client.get(self.in_body.url)
        self.assertContains(response, "practice-block")
        self.assertContains(response, "Kluby dyskusyjne")
