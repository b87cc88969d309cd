from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
# Local development only; production refuses to start without its own key.
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Static files come straight from the apps and static/; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
