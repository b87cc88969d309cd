"""Search counts gather in memory and reach the "popular searches" report in one
write per interval, so that a search from the page cache needs no database."""

import datetime
from unittest import mock

from django.db import DatabaseError
from django.test import TestCase, override_settings

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.hits import PendingHits


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


@override_settings(SEARCH_HITS_WRITE_SECONDS=10)
class PendingHitsTests(TestCase):
    def setUp(self):
        self.clock = Clock()
        self.hits = PendingHits(clock=self.clock)

    def test_searches_within_the_interval_cost_no_query(self):
        with self.assertNumQueries(0):
            for _ in range(3):
                self.hits.add("kursy")
            self.hits.add("rowery")
        self.assertEqual(Query.objects.count(), 0)

    def test_the_search_after_the_interval_writes_every_count_at_once(self):
        for _ in range(3):
            self.hits.add("kursy")
        self.hits.add("rowery")
        self.clock.now = 10
        self.hits.add("kursy")
        self.assertEqual(Query.get("kursy").hits, 4)
        self.assertEqual(Query.get("rowery").hits, 1)
        self.assertEqual(self.hits.pending(), {})
        # Counts add to what the report already holds.
        self.hits.add("kursy")
        self.clock.now = 20
        self.hits.add("rowery")
        self.assertEqual(Query.get("kursy").hits, 5)
        self.assertEqual(Query.get("rowery").hits, 2)

    def test_a_count_keeps_the_day_of_its_search(self):
        days = [datetime.date(2026, 12, 6), datetime.date(2026, 12, 7)]
        with mock.patch("search.hits.timezone.localdate", side_effect=days):
            self.hits.add("kursy")
            self.clock.now = 10
            self.hits.add("kursy")
        self.assertEqual(
            list(QueryDailyHits.objects.order_by("date").values_list("date", "hits")),
            [(days[0], 1), (days[1], 1)],
        )

    def test_counts_that_cannot_be_written_wait_for_the_next_write(self):
        self.hits.add("kursy")
        self.clock.now = 10
        with (
            mock.patch.object(Query, "get", side_effect=DatabaseError("down")),
            self.assertLogs("search.hits", "ERROR"),
        ):
            self.hits.add("kursy")
        self.assertEqual(sum(self.hits.pending().values()), 2)
        self.clock.now = 20
        self.hits.add("kursy")
        self.assertEqual(Query.get("kursy").hits, 3)
