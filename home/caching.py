"""How long cached copies of database rows are kept, and when they are dropped."""

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction


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
