"""A topic's RSS feed: valid RSS 2.0 with the latest translated stories and
events of its language, and nothing a reader may not see."""

from email.utils import parsedate_to_datetime
from xml.etree import ElementTree

from tests.topics.base import TopicTestCase


class TopicFeedTests(TopicTestCase):
    def channel(self, path):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/rss+xml"))
        root = ElementTree.fromstring(response.content)
        self.assertEqual((root.tag, root.get("version")), ("rss", "2.0"))
        return root.find("channel")

    def titles(self, channel):
        return {item.findtext("title") for item in channel.iter("item")}

    def test_polish_feed(self):
        channel = self.channel("/pl/tematy/mieszkalnictwo/feed.rss")
        self.assertEqual(channel.findtext("language"), "pl")
        self.assertEqual(channel.findtext("link"), "http://testserver/pl/tematy/mieszkalnictwo/")
        self.assertEqual(
            self.titles(channel),
            {
                "Mieszkania dla nowo przybyłych",
                "Lokale socjalne",
                "Forum mieszkaniowe",
                "Warsztaty mieszkaniowe",
            },
        )

    def test_english_feed_has_only_english_items(self):
        # Untranslated copies are left out: the feed declares one language.
        channel = self.channel("/en/topics/housing/feed.rss")
        self.assertEqual(channel.findtext("language"), "en")
        self.assertEqual(self.titles(channel), {"Homes for newcomers", "en Forum mieszkaniowe"})
        links = {item.findtext("link") for item in channel.iter("item")}
        self.assertIn("http://localhost/en/news/homes/", links)

    def test_newest_first(self):
        channel = self.channel("/pl/tematy/mieszkalnictwo/feed.rss")
        dates = [parsedate_to_datetime(item.findtext("pubDate")) for item in channel.iter("item")]
        self.assertEqual(len(dates), 4)
        self.assertEqual(dates, sorted(dates, reverse=True))

    def test_unknown_topic_and_unsafe_methods(self):
        self.assertEqual(self.client.get("/pl/tematy/nie-ma/feed.rss").status_code, 404)
        self.assertEqual(self.client.post("/pl/tematy/mieszkalnictwo/feed.rss").status_code, 405)
        self.assertEqual(self.client.head("/pl/tematy/mieszkalnictwo/feed.rss").status_code, 200)
