"""Every list page costs the same number of queries with ten items as with
thirty: each relation its items show is fetched once for all of them, and what
every page shows around them comes from the cache."""

from unittest import mock

from django.core.signals import request_started
from django.db import close_old_connections, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from home.caching import forget_request
from home.languages import sync_languages
from practices.models import PracticeLibraryPage
from tests.performance.base import RichSiteTestCase, add_listed_items

# Far below what the pages cost before their frame was cached and their
# relations fetched together (27 to 57 queries on the demo site).
LIST_PAGE_QUERIES = 16


def search_url(code, words):
    with translation.override(code):
        return f"{reverse('search')}?q={words}"


LISTS = [
    "/pl/",
    "/en/",
    "/pl/aktualnosci/",
    "/pl/aktualnosci/?kind=news",
    "/pl/aktualnosci/?topic=mieszkalnictwo",
    "/en/news/",
    "/pl/aktualnosci/authors/redakcja/",
    "/pl/aktualnosci/feed.rss",
    "/en/news/feed.atom",
    "/pl/wydarzenia/",
    "/en/events/",
    "/pl/wydarzenia/calendar.ics",
    "/pl/dobre-praktyki/",
    "/en/good-practices/?topic=housing",
    "/pl/dobre-praktyki/map.geojson",
    "/pl/tematy/",
    "/pl/tematy/mieszkalnictwo/",
    "/en/topics/housing/",
    "/pl/tematy/mieszkalnictwo/feed.rss",
]


class ListPageQueryTests(RichSiteTestCase):
    def counts(self, urls):
        return {url: self.count_queries(url) for url in urls}

    def test_same_count_with_ten_or_thirty_items(self):
        # One type of result each: which types fill the first page of all of
        # them depends on the content, not on its amount.
        urls = [
            *LISTS,
            search_url("pl", "mieszkania&type=story"),
            search_url("pl", "mieszkania&type=practice"),
            search_url("en", "mieszkania&type=event"),
        ]
        few = self.counts(urls)
        with self.captureOnCommitCallbacks(execute=True):
            add_listed_items(self.newsroom, self.event_indexes, self.content, 20)
            sync_languages()
        self.assertEqual(self.counts(urls), few)
        for url, count in few.items():
            self.assertLessEqual(count, LIST_PAGE_QUERIES, url)

    def test_lists_show_the_added_items(self):
        # The counts above are of full pages, not of empty ones.
        response = self.client.get("/pl/aktualnosci/?topic=mieszkalnictwo")
        self.assertEqual(len(response.context["stories"]), 12)
        response = self.client.get(search_url("pl", "mieszkania&type=story"))
        self.assertGreaterEqual(len(response.context["results"]), 10)

    def test_story_cards_bring_their_authors_with_their_people(self):
        # One query for the authors and their people together, not one for each.
        for url in ["/pl/", "/pl/aktualnosci/", "/pl/tematy/mieszkalnictwo/"]:
            self.client.get(url)
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(url).status_code, 200, url)
            people_alone = [q["sql"] for q in queries if 'FROM "stories_person"' in q["sql"]]
            self.assertEqual(people_alone, [], url)

    def test_site_root_paths_are_read_once_per_request_however_many_links(self):
        # Wagtail reads them from the cache once per page instance that builds a
        # URL without a request; a list of practices builds one per card.
        for url in ["/pl/dobre-praktyki/", "/en/news/", "/en/good-practices/housing-guide/"]:
            self.client.get(url)
            with mock.patch.object(
                Site, "get_site_root_paths", wraps=Site.get_site_root_paths
            ) as read:
                self.assertEqual(self.client.get(url).status_code, 200, url)
            self.assertLessEqual(read.call_count, 2, url)

    def test_wagtail_finds_the_root_paths_on_the_request_it_gives(self):
        # Wagtail's redirect handler gives a request and reads them back from it,
        # also when this request has read them already.
        # As the test client does: the test's transaction keeps its connection.
        request_started.disconnect(close_old_connections)
        request_started.send(sender=self.__class__)
        request_started.connect(close_old_connections)
        try:
            library = PracticeLibraryPage.objects.get(locale__language_code="pl")
            self.assertTrue(library.url)
            request = RequestFactory().get("/")
            library.get_url_parts(request)
            self.assertTrue(hasattr(request, "_wagtail_cached_site_root_paths"))
        finally:
            forget_request()
