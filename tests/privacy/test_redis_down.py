"""Redis down: pages are still served, from the database, with a warning in the log."""

import socket
from unittest import mock

from django.core.cache import cache
from django.test import override_settings

from tests.base import SiteTestCase

CLOSED_PORT = {
    "default": {
        "BACKEND": "home.cache.ForgivingRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
    }
}
LOCAL_REDIS = {
    "default": {
        "BACKEND": "home.cache.ForgivingRedisCache",
        "LOCATION": "redis://127.0.0.1:6379/15",
    }
}


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


class RedisDownTests(SiteTestCase):
    def setUp(self):
        from home import cache as forgiving

        forgiving.ForgivingRedisCache._last_warning = 0.0

    @override_settings(CACHES=CLOSED_PORT)
    def test_pages_are_served_and_a_warning_logged_once(self):
        with self.assertLogs("home.cache", level="WARNING") as logs:
            for _ in range(3):
                response = self.client.get(self.tree["about"]["pl"].url)
                self.assertEqual(response.status_code, 200)
            self.assertIsNone(cache.get("anything"))
            cache.set("anything", 1)
            self.assertIsNone(cache.get("anything"))
        self.assertEqual(len(logs.records), 1)
        self.assertIn("Redis cache unavailable", logs.output[0])

    @override_settings(CACHES=CLOSED_PORT)
    def test_a_plain_redis_cache_would_fail(self):
        from django.core.cache.backends.redis import RedisCache

        from redis.exceptions import ConnectionError

        plain = RedisCache("redis://127.0.0.1:1/0", {})
        with self.assertRaises(ConnectionError):
            plain.get("anything")

    @override_settings(CACHES=LOCAL_REDIS)
    def test_a_running_redis_is_used_normally(self):
        if not redis_answers():
            self.skipTest("no Redis answers at 127.0.0.1:6379")
        cache.set("privacy-test", "kept", 30)
        self.assertEqual(cache.get("privacy-test"), "kept")
        self.assertTrue(cache.delete("privacy-test"))
        self.assertIsNone(cache.get("privacy-test"))

    @override_settings(CACHES=LOCAL_REDIS)
    def test_cache_calls_share_one_client_instead_of_making_one_each(self):
        if not redis_answers():
            self.skipTest("no Redis answers at 127.0.0.1:6379")
        import redis

        real_init, made = redis.Redis.__init__, []

        def counting_init(client, *args, **kwargs):
            made.append(client)
            real_init(client, *args, **kwargs)

        with mock.patch.object(redis.Redis, "__init__", counting_init):
            cache.set("privacy-test", "kept", 30)
            cache.get_many(["privacy-test", "other"])
            self.assertEqual(cache.get("privacy-test"), "kept")
            cache.delete("privacy-test")
        self.assertEqual(len(made), 1)

    def test_production_settings_choose_the_forgiving_backend(self):
        import os
        import subprocess
        import sys

        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": "x",
            "ALLOWED_HOSTS": "example.org",
            "DATABASE_URL": "sqlite:////tmp/unused.sqlite3",
            "CACHE_URL": "redis://127.0.0.1:1/0",
        }
        code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
        out = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        self.assertEqual(out.strip(), "home.cache.ForgivingRedisCache")
