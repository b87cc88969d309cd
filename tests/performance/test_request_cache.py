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

    def round_trips(self, body):
        """``body()`` in a request, and the reads it cost the shared cache."""
        # Counted where the request cache calls the shared one: local memory's
        # get_many reads key by key, which Redis's does not.
        with mock.patch("home.caching.shared_cache", wraps=shared_cache) as asked:
            result = self.in_request(body)
        return result, asked.get.call_count + asked.get_many.call_count

    def test_repeated_reads_in_one_request_ask_the_shared_cache_once(self):
        values, trips = self.round_trips(lambda: [cache.get("newsroom:test") for _ in range(5)])
        self.assertEqual(values, ["first"] * 5)
        self.assertEqual(trips, 1)

    def test_what_the_last_request_read_comes_with_the_first_read_in_one_round_trip(self):
        shared_cache.set_many({"newsroom:a": "a", "newsroom:b": "b", "newsroom:c": "c"}, None)
        keys = ["newsroom:a", "newsroom:b", "newsroom:c"]
        self.in_request(lambda: [cache.get(key) for key in keys])
        shared_cache.set("newsroom:b", "b changed", None)  # by another process
        values, trips = self.round_trips(lambda: [cache.get(key) for key in reversed(keys)])
        self.assertEqual(values, ["c", "b changed", "a"])
        self.assertEqual(trips, 1)

    def test_a_key_read_only_through_the_batch_is_still_fetched_with_the_next(self):
        shared_cache.set_many({"newsroom:a": "a", "newsroom:b": "b"}, None)
        for _ in range(3):
            values, trips = self.round_trips(
                lambda: [cache.get("newsroom:a"), cache.get("newsroom:b")]
            )
        self.assertEqual((values, trips), (["a", "b"], 1))

    def test_a_write_before_the_first_read_is_not_undone_by_the_batch(self):
        self.in_request(lambda: cache.get("newsroom:test"))

        def body():
            cache.set("newsroom:other", "mine", None)
            shared_cache.set("newsroom:other", "theirs", None)  # another process, meanwhile
            cache.get("newsroom:test")
            return cache.get("newsroom:other")

        self.assertEqual(self.in_request(body), "mine")

    def test_a_remembered_value_is_computed_once_per_request(self):
        computed = []

        def compute():
            computed.append(1)
            return len(computed)

        first = self.in_request(lambda: [cache.remembered(("x",), compute) for _ in range(3)])
        second = self.in_request(lambda: cache.remembered(("x",), compute))
        self.assertEqual((first, second), ([1, 1, 1], 2))

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
