"""The number of queries of a topic's page, its feed and the topic index does
not grow with the number of items."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.factories import PracticeFactory
from tests.topics.base import FUTURE, PAST, TopicTestCase, make_event, make_story

PATHS = ["/pl/tematy/mieszkalnictwo/", "/pl/tematy/mieszkalnictwo/feed.rss", "/pl/tematy/"]


class QueryCountTests(TopicTestCase):
    def count(self, path):
        self.client.get(path)
        with CaptureQueriesContext(connection) as context:
            self.assertEqual(self.client.get(path).status_code, 200)
        return len(context)

    def test_queries_do_not_grow_with_items(self):
        few = [self.count(path) for path in PATHS]
        topic = self.content["housing"]["pl"]
        stories, events = self.newsroom["indexes"]["pl"], self.event_indexes["pl"]
        for number in range(8):
            make_story(stories, [topic], title=f"Więcej {number}", slug=f"wiecej-{number}")
            make_event(events, [topic], FUTURE, slug=f"przyszle-{number}")
            make_event(events, [topic], PAST, slug=f"minione-{number}")
            PracticeFactory(topics=[topic])
        self.assertEqual(len(self.client.get(PATHS[0]).context["stories"]), 6)
        self.assertEqual([self.count(path) for path in PATHS], few)
