"""The site's cached registers (locales, private sections, the frame) are read from
the shared cache at most once per key in a request, and afresh in the next one."""

from unittest import mock

from django.core.cache import cache as shared_cache
from django.core.signals import request_finished, request_started
from django.test import SimpleTestCase

from home.caching import cache


class RequestCacheTests(SimpleTestCase):
    def setUp(self):
        shared_cache.clear()
        shared_cache.set("newsroom:test", "first", None)

    def in_request(self, body):
        request_started.send(sender=self.__class__)
        try:
            return body()
        finally:
            request_finished.send(sender=self.__class__)

    def test_repeated_reads_in_one_request_ask_the_shared_cache_once(self):
        with mock.patch.object(shared_cache, "get", wraps=shared_cache.get) as asked:
            values = self.in_request(lambda: [cache.get("newsroom:test") for _ in range(5)])
        self.assertEqual(values, ["first"] * 5)
        self.assertEqual(asked.call_count, 1)

    def test_the_next_request_sees_a_change_made_elsewhere(self):
        self.in_request(lambda: cache.get("newsroom:test"))
        shared_cache.set("newsroom:test", "second", None)  # another process
        self.assertEqual(self.in_request(lambda: cache.get("newsroom:test")), "second")

    def test_a_write_or_delete_in_the_request_is_read_back(self):
        def body():
            cache.get("newsroom:test")
            cache.set("newsroom:test", "mine", None)
            written = cache.get("newsroom:test")
            cache.delete("newsroom:test")
            return written, cache.get("newsroom:test")

        self.assertEqual(self.in_request(body), ("mine", None))

    def test_outside_a_request_every_read_goes_to_the_shared_cache(self):
        self.assertEqual(cache.get("newsroom:test"), "first")
        shared_cache.set("newsroom:test", "second", None)
        self.assertEqual(cache.get("newsroom:test"), "second")
