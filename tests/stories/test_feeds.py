"""RSS 2.0 and Atom per language, read back with a real feed parser."""

import datetime

import feedparser

from stories.factories import StoryPageFactory
from tests.stories.base import NewsroomTestCase


class FeedTests(NewsroomTestCase):
    def parse(self, path):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200)
        feed = feedparser.parse(response.content)
        self.assertFalse(feed.bozo, feed.get("bozo_exception"))
        return response, feed

    def test_rss_and_atom_list_the_published_stories_of_their_language_newest_first(self):
        for path, version in (
            ("/pl/aktualnosci/feed.rss", "rss20"),
            ("/pl/aktualnosci/feed.atom", "atom10"),
        ):
            with self.subTest(path=path):
                response, feed = self.parse(path)
                self.assertEqual(feed.version, version)
                self.assertEqual(
                    [entry.title for entry in feed.entries],
                    ["Inauguracje EPI", "Czy miasta mają plan?"],
                )
                self.assertTrue(feed.entries[0].link.endswith("/pl/aktualnosci/inauguracje-epi/"))
                self.assertEqual(feed.feed.language, "pl")

    def test_translated_feed_lists_only_the_translations(self):
        # The news story is not translated: its untranslated copy stays out of the feed.
        _response, feed = self.parse("/en/news/feed.rss")
        self.assertEqual([entry.title for entry in feed.entries], ["Do cities have a plan?"])
        self.assertEqual(feed.entries[0].author, "Editorial team")
        self.assertEqual(feed.feed.language, "en")

    def test_a_language_without_stories_gives_a_valid_empty_feed(self):
        for path in ("/uk/novyny/feed.rss", "/uk/novyny/feed.atom"):
            with self.subTest(path=path):
                _response, feed = self.parse(path)
                self.assertEqual(feed.entries, [])
                self.assertEqual(feed.feed.title, "Новини")

    def test_content_types(self):
        self.assertEqual(
            self.client.get("/pl/aktualnosci/feed.rss")["Content-Type"],
            "application/rss+xml; charset=utf-8",
        )
        self.assertEqual(
            self.client.get("/pl/aktualnosci/feed.atom")["Content-Type"],
            "application/atom+xml; charset=utf-8",
        )

    def test_editable_first_published_date_orders_the_feed(self):
        older = self.newsroom["news"]["pl"]
        StoryPageFactory(
            parent=self.newsroom["indexes"]["pl"],
            title="Najnowsza",
            first_published_at=older.first_published_at + datetime.timedelta(days=3650),
        ).save_revision().publish()
        _response, feed = self.parse("/pl/aktualnosci/feed.atom")
        self.assertEqual(feed.entries[0].title, "Najnowsza")

    def test_feeds_are_advertised_in_the_head(self):
        for path in (
            "/pl/aktualnosci/",
            "/pl/aktualnosci/czy-miasta-maja-plan/",
            "/pl/aktualnosci/authors/redakcja/",
        ):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertContains(
                    response,
                    '<link rel="alternate" type="application/rss+xml" title="Aktualności (RSS)"'
                    ' href="/pl/aktualnosci/feed.rss">',
                    html=False,
                )
                self.assertContains(
                    response, 'type="application/atom+xml" title="Aktualności (Atom)"'
                )

    def test_unknown_feed_addresses_are_404(self):
        for path in (
            "/pl/aktualnosci/feed.json",
            "/pl/nie-ma/feed.rss",
            "/pl/o-nas/feed.rss",
            "/pl/aktualnosci/czy-miasta-maja-plan/feed.rss",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_feed_refuses_post(self):
        self.assertEqual(self.client.post("/pl/aktualnosci/feed.rss").status_code, 405)
