"""Counting searches for the "popular searches" report without a database write
per search.

A search served from the page cache costs about a millisecond; writing its count
took three queries and a commit, most of the request. Counts gather in the
worker's memory and go to Wagtail's daily hit counts at most once every
``SEARCH_HITS_WRITE_SECONDS``, by the search that finds the interval over, and
when the worker stops. A report read a few seconds late is still the same report;
0 seconds writes every search at once."""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

logger = logging.getLogger(__name__)


class PendingHits:
    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._counts = Counter()
        self._written_at = clock()

    def add(self, query_string):
        # The day is the search's own, not the day of the write.
        day = timezone.localdate()
        with self._lock:
            self._counts[query_string, day] += 1
            due = self._clock() - self._written_at >= settings.SEARCH_HITS_WRITE_SECONDS
        if due:
            self.write()

    def pending(self):
        with self._lock:
            return dict(self._counts)

    def write(self):
        with self._lock:
            counts, self._counts = self._counts, Counter()
            self._written_at = self._clock()
        try:
            with transaction.atomic():
                for (query_string, day), hits in sorted(counts.items()):
                    daily, _ = QueryDailyHits.objects.get_or_create(
                        query=Query.get(query_string), date=day
                    )
                    QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
        except Exception:
            # Counts are worth keeping, not worth failing a reader's search for.
            logger.exception("Search counts could not be written; kept for the next try")
            with self._lock:
                self._counts.update(counts)


pending_hits = PendingHits()


@atexit.register
def _write_on_exit():
    if pending_hits.pending():
        pending_hits.write()
