"""A Redis cache that the site can live without: when Redis is down, every read
is a miss and every write is dropped, so pages are served from the database."""

import logging
import time

from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)

# One warning a minute is enough to page someone; one per request would flood the log.
WARNING_INTERVAL_SECONDS = 60

UNAVAILABLE = (ConnectionError, TimeoutError)


class ForgivingRedisCache(RedisCache):
    _last_warning = 0.0

    def _warn(self, error):
        now = time.monotonic()
        if now - ForgivingRedisCache._last_warning >= WARNING_INTERVAL_SECONDS:
            ForgivingRedisCache._last_warning = now
            logger.warning("Redis cache unavailable, serving without it: %s", error)

    def _forgiving(name, default=None):  # noqa: N805 (a decorator factory, not a method)
        def method(self, *args, **kwargs):
            try:
                return getattr(super(), name)(*args, **kwargs)
            except UNAVAILABLE as error:
                self._warn(error)
                return default() if callable(default) else default

        method.__name__ = name
        return method

    get = _forgiving("get")
    # ``add`` answers True when Redis is down: the suggestion form's rate limit
    # lets proposals through (its honeypot still works) rather than telling every
    # honest reader they sent too many.
    add = _forgiving("add", True)
    set = _forgiving("set")
    touch = _forgiving("touch", False)
    delete = _forgiving("delete", False)
    get_many = _forgiving("get_many", dict)
    has_key = _forgiving("has_key", False)
    incr = _forgiving("incr")
    set_many = _forgiving("set_many", list)
    delete_many = _forgiving("delete_many")
    clear = _forgiving("clear", False)
    del _forgiving
