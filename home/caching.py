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


class RequestCache:
    """Django's default cache, read at most once per key and request.

    A page asks for the locales, the private sections or a register of topics a
    dozen times; each ask is a round trip to Redis and an unpickling. Within one
    request the answer cannot usefully change except by this process's own writes,
    which go through here too. Outside a request (commands, tasks) every read goes
    to the cache."""

    def get(self, key, default=None):
        seen = _read_this_request.get()
        if seen is not None and key in seen:
            return seen[key]
        value = shared_cache.get(key)
        if seen is not None and value is not None:
            seen[key] = value
        return default if value is None else value

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


def _request_finished(**kwargs):
    _read_this_request.set(None)


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
