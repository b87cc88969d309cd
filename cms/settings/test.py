import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = env.path("TEST_MEDIA_ROOT", default="/tmp/newsroom-test-media")
# Each test gets a fresh connection; keeping them would leak across test databases.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    # One test database per run, for the same reason as below: a second run on the
    # same server would otherwise drop the tables from under the first.
    DATABASES["default"]["TEST"] = {"NAME": f"test_newsroom_{os.getpid()}"}  # noqa: F405
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A file, not memory: the browser suite's live server reads it from its own
    # threads. One per test run (the process id), so runs in parallel, from one
    # checkout or several, never delete each other's database.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": env.str(
            "TEST_SQLITE_NAME",
            default=str(Path(tempfile.gettempdir()) / f"newsroom-test-{os.getpid()}.sqlite3"),
        )
    }
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# One process, so a change drops every cached copy: keep them until it does.
LOCAL_CACHE_SECONDS = None
# Renditions in the request, so tests can look at them when it returns.
TASKS = {
    alias: {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    for alias in ("default", "renditions")
}
# Factories make live pages without publishing them, so nothing would purge the
# page cache: tests of the cache switch it on (tests/pagecache).
PAGE_CACHE_SECONDS = 0
# Each search counted at once; tests/search/test_hits.py covers the batches.
SEARCH_HITS_WRITE_SECONDS = 0
# Login throttling is switched on by the tests that exercise it; elsewhere tests
# sign in with client.login(), which gives axes no request to look at.
AXES_ENABLED = False
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]

# Static files come straight from the apps and static/; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
