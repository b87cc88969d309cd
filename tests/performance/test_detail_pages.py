"""A detail page costs at most twelve queries for an anonymous reader when no
full-page cache answers: the page is routed in two, the site's frame (menu,
footer, settings, languages), the reader's registers (topics, authors) and the
private sections come from Django's cache, and each relation the page draws is
fetched once for all its items."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.performance.base import DETAIL_PAGE_QUERIES, RichSiteTestCase


class DetailPageQueryTests(RichSiteTestCase):
    def assert_lean(self, url):
        # The first request fills what a running site keeps in its cache.
        self.assertEqual(self.client.get(url).status_code, 200, url)
        with self.assert_max_queries(DETAIL_PAGE_QUERIES):
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response

    def test_story(self):
        response = self.assert_lean("/pl/aktualnosci/wszystko-o-mieszkaniach/")
        # Everything the story draws is there.
        context = response.context
        self.assertEqual(len(context["authors"]), 2)
        self.assertEqual(len(context["topics"]), 2)
        self.assertEqual(len(context["related_practices"]), 2)
        self.assertEqual(len(context["related_stories"]), 2)
        self.assertContains(response, "#mieszkania")
        self.assertContains(response, self.newsroom["fact_check"]["pl"].url)

    def test_story_copy_in_english(self):
        # Not translated yet: the English tree's copy, in Polish.
        response = self.assert_lean("/en/news/wszystko-o-mieszkaniach/")
        self.assertContains(response, 'class="untranslated-notice"')
        self.assertContains(response, "Editorial team")

    def test_translated_fact_check(self):
        response = self.assert_lean("/en/news/do-cities-have-a-plan/")
        self.assertContains(response, "/en/fact-checks/cities-without-a-plan/")

    def test_event(self):
        response = self.assert_lean("/pl/wydarzenia/forum-z-relacja/")
        self.assertEqual(len(response.context["presentations"]), 3)
        self.assertEqual(len(response.context["page"].gallery), 2)
        self.assertEqual(len(response.context["page"].organisers_for_readers), 2)

    def test_event_in_english(self):
        event = self.content["event"]["en"]
        self.assert_lean(event.url)

    def test_event_copy_in_english(self):
        self.assert_lean("/en/events/forum-z-relacja/")

    def test_practice(self):
        response = self.assert_lean("/pl/dobre-praktyki/przewodnik-mieszkaniowy/")
        self.assertEqual(response.context["programme"], self.practice.programme)
        self.assertEqual(len(response.context["topics"]), 2)

    def test_practice_in_english(self):
        self.assert_lean("/en/good-practices/housing-guide/")

    def test_award_announcement(self):
        response = self.assert_lean(self.award.url)
        self.assertEqual(len(response.context["laureates"]), 2)
        self.assertEqual(len(response.context["jury"]), 2)

    def test_content_page(self):
        self.assert_lean("/pl/o-nas/")

    def test_content_page_in_english(self):
        self.assert_lean("/en/about/")


class FrameQueryTests(RichSiteTestCase):
    """What every page shows around its content costs no query once cached."""

    FRAME_TABLES = (
        '"wagtailcore_site"',
        '"wagtailcore_locale"',
        '"home_sitesettings"',
        '"home_siteidentity"',
        '"wagtailcore_pageviewrestriction"',
    )

    def test_frame_is_read_from_the_cache(self):
        for url in ("/pl/o-nas/", "/en/about/", "/uk/pro-nas/"):
            self.client.get(url)
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(url)
            self.assertContains(response, "redakcja@example.org")
            frame_queries = [
                query["sql"]
                for query in queries
                if any(table in query["sql"] for table in self.FRAME_TABLES)
            ]
            self.assertEqual(frame_queries, [], url)
