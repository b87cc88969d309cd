"""Production settings for the app servers of the two-server test, except that
static files come straight from the apps (no collectstatic manifest needed)."""

from cms.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
# The test talks plain HTTP to the servers (no TLS-terminating proxy in front).
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
