"""The full-page cache for anonymous readers (pagecache/): what it serves, what it
never stores, and exactly what a change purges."""

import gzip

from django.contrib.auth import get_user_model
from django.test import override_settings
from django.utils import timezone

import brotli
from backports.zstd import decompress as zstd_decompress

from events.factories import EventPageFactory
from home.localization import translate_with
from pagecache.middleware import HEADER
from stories.factories import StoryPageFactory
from tests.related.base import RelatedTestCase, make_private
from tests.stories.base import translated_story


@override_settings(PAGE_CACHE_SECONDS=600)
class PageCacheTestCase(RelatedTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = cls.newsroom["indexes"]["pl"]
        housing, labour = cls.topics["housing"], cls.topics["labour"]
        with cls.captureOnCommitCallbacks(execute=True):
            cls.linking_story = StoryPageFactory(
                parent=index, slug="mieszkania-dla-wszystkich", topics=[housing]
            )
            cls.linking_story.related_practices.create(practice=cls.housing_practice)
            cls.linking_story.save_revision().publish()
            cls.linking_story_versions = {"pl": cls.linking_story}
            for code in ("en", "uk"):
                cls.linking_story_versions[code] = translate_with(
                    cls.linking_story,
                    cls.locales[code],
                    translated_story(cls.linking_story, code, f"Homes {code}", f"homes-{code}"),
                )
            cls.unrelated_story = StoryPageFactory(
                parent=index, slug="doradztwo-zawodowe", topics=[labour]
            )
            cls.unrelated_story.related_practices.create(practice=cls.labour_practice)
            cls.unrelated_story.save_revision().publish()
            cls.linking_event = EventPageFactory(
                parent=cls.event_indexes["pl"],
                slug="spotkanie-o-mieszkaniach",
                topics=[housing],
                start=timezone.now() + timezone.timedelta(days=30),
            )
            cls.linking_event.related_practices.create(practice=cls.housing_practice)
            cls.linking_event.save_revision().publish()
        cls.editor = get_user_model().objects.create_superuser("redakcja", "r@example.org", "x")

    def setUp(self):
        # A clean cache for each test, with no purges pending from the set-up.
        from django.core.cache import cache

        cache.clear()

    def get(self, url, **kwargs):
        response = self.client.get(url, **kwargs)
        self.assertEqual(response.status_code, 200, url)
        return response

    def warm(self, *urls):
        for url in urls:
            self.get(url)
            self.assertEqual(self.get(url)[HEADER], "hit", url)


class ServingTests(PageCacheTestCase):
    def test_a_cached_page_is_served_without_touching_the_database(self):
        url = self.tree["about"]["pl"].url
        first = self.get(url)
        self.assertEqual(first[HEADER], "miss")
        with self.assertNumQueries(0):
            second = self.get(url)
        self.assertEqual(second[HEADER], "hit")
        self.assertEqual(second.content, first.content)

    def test_cached_pages_tell_a_cdn_how_long_to_keep_them(self):
        response = self.get(self.tree["about"]["en"].url)
        cache_control = response["Cache-Control"]
        for part in ("public", "max-age=60", "s-maxage=", "stale-while-revalidate=30"):
            self.assertIn(part, cache_control)

    def test_each_query_string_and_language_is_its_own_entry(self):
        library = self.libraries["pl"].url
        self.get(library)
        self.assertEqual(self.get(f"{library}?area=governance")[HEADER], "miss")
        self.assertEqual(self.get(self.libraries["en"].url)[HEADER], "miss")
        # Parameter order does not matter.
        self.get(f"{library}?area=governance&q=kursy")
        self.assertEqual(self.get(f"{library}?q=kursy&area=governance")[HEADER], "hit")

    def test_each_reader_gets_the_best_encoding_they_take_from_a_copy_stored_once(self):
        url = self.tree["about"]["pl"].url
        plain = self.get(url)
        self.assertNotIn("Content-Encoding", plain)
        # A CDN keeps one copy per encoding too.
        self.assertIn("accept-encoding", plain["Vary"].lower())
        browsers = {
            # Chromium and Firefox today; Safari; an old client.
            "gzip, deflate, br, zstd": ("zstd", zstd_decompress),
            "gzip, deflate, br": ("br", brotli.decompress),
            "gzip, deflate": ("gzip", gzip.decompress),
        }
        for accept_encoding, (coding, decompress) in browsers.items():
            with self.subTest(accept_encoding):
                first = self.get(url, HTTP_ACCEPT_ENCODING=accept_encoding)
                self.assertEqual(first[HEADER], "miss")
                with self.assertNumQueries(0):
                    second = self.get(url, HTTP_ACCEPT_ENCODING=accept_encoding)
                self.assertEqual(second[HEADER], "hit")
                self.assertEqual(second["Content-Encoding"], coding)
                self.assertIn("accept-encoding", second["Vary"].lower())
                self.assertEqual(decompress(second.content), plain.content)
        # Whoever takes no compression still gets the page as text, from the cache.
        third = self.get(url)
        self.assertEqual((third[HEADER], third.content), ("hit", plain.content))
        self.assertNotIn("Content-Encoding", third)

    def test_a_feed_written_in_pieces_is_stored_in_one(self):
        # The server sends each piece of a response on its own: hundreds of
        # small writes per reader for a feed.
        url = self.newsroom["indexes"]["pl"].url + "feed.rss"
        first = self.get(url)
        self.assertEqual(len(list(first)), 1)
        second = self.get(url)
        self.assertEqual((second[HEADER], len(list(second))), ("hit", 1))
        self.assertEqual(second.content, first.content)

    def test_searches_are_cached_and_still_counted(self):
        from wagtail.contrib.search_promotions.models import Query

        url = "/en/search/?q=courses"
        self.get(url)
        self.assertEqual(self.get(url)[HEADER], "hit")
        self.assertEqual(Query.get("courses").hits, 2)


class NeverCachedTests(PageCacheTestCase):
    def test_signed_in_editors_are_never_served_from_the_cache_nor_stored(self):
        url = self.tree["about"]["pl"].url
        self.get(url)  # an anonymous copy is stored
        self.client.force_login(self.editor)
        for _ in range(2):
            response = self.get(url)
            self.assertNotIn(HEADER, response)
            self.assertIn("private", response["Cache-Control"])
        self.client.logout()
        other = self.tree["about"]["en"].url
        self.client.force_login(self.editor)
        self.get(other)
        self.client.logout()
        self.assertEqual(self.get(other)[HEADER], "miss")

    def test_previews_are_never_stored_or_served_to_readers(self):
        page = self.tree["about"]["pl"]
        url = page.url
        self.get(url)
        page.title = "Szkic, którego czytelnicy nie widzą"
        revision = page.save_revision()
        self.client.force_login(self.editor)
        preview = self.client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/")
        self.assertContains(preview, "Szkic, którego czytelnicy nie widzą")
        self.client.logout()
        response = self.get(url)
        self.assertEqual(response[HEADER], "hit")
        self.assertNotContains(response, "Szkic, którego czytelnicy nie widzą")

    def test_private_pages_are_never_stored(self):
        make_private(self.unrelated_story)
        url = self.unrelated_story.url
        for _ in range(2):
            response = self.get(url)  # the password form
            self.assertNotIn(HEADER, response)

    def test_responses_that_set_cookies_are_never_stored(self):
        url = self.libraries["pl"].url + "zglos/"
        response = self.client.get(url)
        if response.status_code == 404:
            url = self.libraries["pl"].reverse_subpage("suggest")
            response = self.client.get(self.libraries["pl"].url + url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.cookies)
        self.assertNotIn(HEADER, response)
        self.assertIn("private", response["Cache-Control"])


class PurgeTests(PageCacheTestCase):
    def test_publishing_a_practice_purges_the_pages_that_show_it_in_every_language(self):
        practice = self.housing_practice
        showing = [
            *(story.url for story in self.linking_story_versions.values()),
            self.linking_event.url,
            *(library.url for library in self.libraries.values()),
            self.libraries["pl"].url
            + self.libraries["pl"].reverse_subpage("practice", args=[practice.slug]),
            self.libraries["pl"].url + "map.geojson",
        ]
        not_showing = [
            self.unrelated_story.url,
            *(page.url for page in self.tree["about"].values()),
            self.libraries["pl"].url
            + self.libraries["pl"].reverse_subpage("practice", args=[self.labour_practice.slug]),
        ]
        self.warm(*showing, *not_showing)
        with self.captureOnCommitCallbacks(execute=True):
            practice.summary = "Nowe streszczenie"
            practice.save_revision().publish()
        for url in showing:
            self.assertEqual(self.get(url)[HEADER], "miss", url)
        for url in not_showing:
            self.assertEqual(self.get(url)[HEADER], "hit", url)

    def test_the_new_version_is_what_readers_get_next(self):
        url = self.linking_story_versions["pl"].url
        self.warm(url)
        with self.captureOnCommitCallbacks(execute=True):
            self.housing_practice.title = "Mieszkania na start"
            self.housing_practice.save_revision().publish()
        self.assertContains(self.get(url), "Mieszkania na start")

    def test_nothing_is_purged_before_the_change_is_committed(self):
        url = self.linking_story.url
        self.warm(url)
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            self.housing_practice.save_revision().publish()
        self.assertEqual(self.get(url)[HEADER], "hit")
        for callback in callbacks:
            callback()
        self.assertEqual(self.get(url)[HEADER], "miss")

    def test_publishing_a_story_purges_its_languages_and_the_lists_not_other_stories(self):
        story = self.linking_story
        lists = [index.url for index in self.newsroom["indexes"].values()]
        self.warm(*(s.url for s in self.linking_story_versions.values()), *lists)
        self.warm(self.unrelated_story.url, self.tree["about"]["pl"].url)
        with self.captureOnCommitCallbacks(execute=True):
            story.save_revision().publish()
        for url in [*(s.url for s in self.linking_story_versions.values()), *lists]:
            self.assertEqual(self.get(url)[HEADER], "miss", url)
        self.assertEqual(self.get(self.unrelated_story.url)[HEADER], "hit")
        self.assertEqual(self.get(self.tree["about"]["pl"].url)[HEADER], "hit")

    def test_the_sitemap_is_cached_until_a_page_is_published(self):
        self.warm("/sitemap.xml")
        with self.captureOnCommitCallbacks(execute=True):
            self.unrelated_story.unpublish()
        response = self.get("/sitemap.xml")
        self.assertEqual(response[HEADER], "miss")
        self.assertNotContains(response, self.unrelated_story.slug)

    def test_unpublishing_and_deleting_purge_the_page(self):
        url = self.unrelated_story.url
        self.warm(url)
        with self.captureOnCommitCallbacks(execute=True):
            self.unrelated_story.unpublish()
        self.assertEqual(self.client.get(url).status_code, 404)
        other = self.linking_event.url
        self.warm(other)
        with self.captureOnCommitCallbacks(execute=True):
            self.linking_event.delete()
        self.assertEqual(self.client.get(other).status_code, 404)

    def test_moving_a_page_purges_it_and_its_lists(self):
        from stories.factories import StoryIndexPageFactory

        archive = StoryIndexPageFactory(parent=self.libraries["pl"], slug="archiwum")
        url = self.unrelated_story.url
        newsroom = self.newsroom["indexes"]["pl"].url
        self.warm(url, newsroom)
        with self.captureOnCommitCallbacks(execute=True):
            self.unrelated_story.move(archive, pos="last-child")
        # Wagtail leaves a redirect to the new address.
        self.assertRedirects(
            self.client.get(url),
            self.unrelated_story.specific_class.objects.get(pk=self.unrelated_story.pk).url,
            301,
        )
        self.assertEqual(self.get(newsroom)[HEADER], "miss")

    def test_a_change_to_the_site_frame_purges_every_page(self):
        from wagtail.models import Site

        from home.models import SiteSettings

        urls = [self.tree["about"]["pl"].url, self.unrelated_story.url, self.libraries["uk"].url]
        self.warm(*urls)
        with self.captureOnCommitCallbacks(execute=True):
            SiteSettings.for_site(Site.objects.get(is_default_site=True)).save()
        for url in urls:
            self.assertEqual(self.get(url)[HEADER], "miss", url)

    def test_a_topic_renamed_purges_the_pages_that_name_it(self):
        story_url = self.unrelated_story.url  # tagged "labour"
        self.warm(story_url, self.tree["about"]["pl"].url)
        with self.captureOnCommitCallbacks(execute=True):
            labour = self.topics["labour"]
            labour.name = "Praca"
            labour.save()
        self.assertContains(self.get(story_url), "Praca")
        self.assertEqual(self.get(self.tree["about"]["pl"].url)[HEADER], "hit")


class CdnPurgeTests(PageCacheTestCase):
    @override_settings(
        WAGTAILFRONTENDCACHE={
            "cdn": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": "http://127.0.0.1:1/",
            }
        }
    )
    def test_a_configured_cdn_is_purged_of_the_same_pages(self):
        from unittest import mock

        from wagtail.contrib.frontend_cache.backends import HTTPBackend

        with (
            mock.patch.object(HTTPBackend, "purge") as purge,
            self.captureOnCommitCallbacks(execute=True),
        ):
            self.housing_practice.save_revision().publish()
        purged = {call.args[0] for call in purge.call_args_list}
        for story in self.linking_story_versions.values():
            self.assertIn(story.full_url, purged)
        for library in self.libraries.values():
            self.assertIn(library.full_url, purged)
            self.assertIn(library.full_url + "map.geojson", purged)
        library = self.libraries["pl"]
        self.assertIn(
            library.get_site().root_url + library.practice_url(self.housing_practice), purged
        )
        self.assertNotIn(
            library.get_site().root_url + library.practice_url(self.labour_practice), purged
        )
        self.assertNotIn(self.unrelated_story.full_url, purged)
        self.assertNotIn(self.tree["about"]["pl"].full_url, purged)

    def test_without_a_cdn_nothing_is_sent(self):
        from unittest import mock

        from wagtail.contrib.frontend_cache.backends import HTTPBackend

        with (
            mock.patch.object(HTTPBackend, "purge") as purge,
            self.captureOnCommitCallbacks(execute=True),
        ):
            self.housing_practice.save_revision().publish()
        purge.assert_not_called()
