"""How long cached copies of database rows are kept, when they are dropped, and
how often a request asks the cache for them."""

from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache as shared_cache
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import request_finished, request_started
from django.db import transaction

# What this request has already read from the cache; None outside a request.
_read_this_request = ContextVar("newsroom_read_this_request", default=None)
# The keys this request has asked for; None outside a request.
_asked_this_request = ContextVar("newsroom_asked_this_request", default=None)
# The keys this process's last request asked for. Requests ask for much the same
# ones (the frame, the locales, the private sections, the registers), so the
# first read of a request fetches them all in one round trip instead of one each.
_asked_last_request = frozenset()
# Enough for every register a page reads; a bound in case keys pile up.
MOST_KEYS_FETCHED_AT_ONCE = 64


class RequestCache:
    """Django's default cache, read at most once per key and request.

    A page asks for the locales, the private sections or a register of topics a
    dozen times; each ask is a round trip to Redis and an unpickling. Within one
    request the answer cannot usefully change except by this process's own writes,
    which go through here too. Outside a request (commands, tasks) every read goes
    to the cache.

    The first read of a request also fetches the keys the process's last request
    read (``_asked_last_request``): a dozen reads cost one round trip."""

    def get(self, key, default=None):
        seen = _read_this_request.get()
        if seen is None:
            value = shared_cache.get(key)
            return default if value is None else value
        asked = _asked_this_request.get()
        first_read = not asked
        asked.add(key)
        if key in seen:
            return seen[key]
        if not first_read or not _asked_last_request:
            value = shared_cache.get(key)
            if value is not None:
                seen[key] = value
        else:
            found = shared_cache.get_many([key, *(_asked_last_request - {key})])
            for found_key, found_value in found.items():
                # A value this request wrote before its first read is newer.
                seen.setdefault(found_key, found_value)
            value = seen.get(key)
        return default if value is None else value

    def remembered(self, key, compute):
        """``compute()``, once per request: for what a library reads from the cache
        itself, as often as it is asked. ``key`` is a tuple, which no cache key is."""
        seen = _read_this_request.get()
        if seen is None:
            return compute()
        if key not in seen:
            seen[key] = compute()
        return seen[key]

    def set(self, key, value, timeout):
        shared_cache.set(key, value, timeout)
        self._remember(key, value)

    def add(self, key, value, timeout):
        added = shared_cache.add(key, value, timeout)
        if added:
            self._remember(key, value)
        return added

    def delete(self, key):
        seen = _read_this_request.get()
        if seen is not None:
            seen.pop(key, None)
        return shared_cache.delete(key)

    @staticmethod
    def _remember(key, value):
        seen = _read_this_request.get()
        if seen is not None:
            seen[key] = value


cache = RequestCache()


def _request_started(**kwargs):
    _read_this_request.set({})
    _asked_this_request.set(set())


def _request_finished(**kwargs):
    global _asked_last_request
    asked = _asked_this_request.get()
    if asked:
        _asked_last_request = frozenset(sorted(asked)[:MOST_KEYS_FETCHED_AT_ONCE])
    forget_request()


def forget_request():
    """Leave the current request's reads behind, as at its end. Tests call it: the
    test client ends a request with a streamed response (a document, a backup)
    only once the test reads the content, which a test need not do."""
    _read_this_request.set(None)
    _asked_this_request.set(None)


def connect():
    request_started.connect(_request_started, dispatch_uid="home.caching.started")
    request_finished.connect(_request_finished, dispatch_uid="home.caching.finished")


def kept_for():
    """Seconds a cached copy of rows may be kept (None: until it is dropped).
    Where every process shares the cache (Redis), a change drops the copy for
    all of them. Where each process has its own (local memory), a change drops
    it only in the process that made it, so the others keep theirs for no more
    than ``LOCAL_CACHE_SECONDS``."""
    if isinstance(caches["default"], LocMemCache):
        return settings.LOCAL_CACHE_SECONDS
    return None


def forget_now_and_on_commit(forget):
    """Call ``forget`` now, so this transaction's next read sees the change, and
    again once the transaction commits: meanwhile another process may have
    cached the rows as they were before it."""
    forget()
    transaction.on_commit(forget)
