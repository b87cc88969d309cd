"""A Redis cache that the site can live without: when Redis is down, every read
is a miss and every write is dropped, so pages are served from the database."""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)

# One warning a minute is enough to page someone; one per request would flood the log.
WARNING_INTERVAL_SECONDS = 60

UNAVAILABLE = (ConnectionError, TimeoutError)


class SharedClientRedisCache(RedisCacheClient):
    """One redis-py client per connection pool, made once. Django makes a new client
    for every cache call, and a client's set-up (its table of reply handlers) cost
    a quarter of a millisecond: more than the call, and most of a cached page.
    Clients sharing a pool are safe to share between threads."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class ForgivingRedisCache(RedisCache):
    _last_warning = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCache

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
