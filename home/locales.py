"""The site's locales without a query each time one is needed.

``Locale.get_active()`` and ``page.locale`` each cost a query, and a page asks
for its locale many times. There are three locales and they change only when
``sync_languages`` adds one, so they are kept in Django's cache and dropped
whenever a locale is saved or deleted."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .caching import cache, forget_now_and_on_commit, kept_for

CACHE_KEY = "newsroom:locales"


def all_locales():
    locales = cache.get(CACHE_KEY)
    if locales is None:
        locales = list(Locale.objects.all())
        cache.set(CACHE_KEY, locales, kept_for())
    return locales


def locale_for(language_code):
    """The locale of ``language_code`` (or its supported variant), else None."""
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    return next((locale for locale in all_locales() if locale.language_code == code), None)


def active_locale():
    """What ``Locale.get_active()`` returns: the reader's language, else the default."""
    return locale_for(get_language() or settings.LANGUAGE_CODE) or locale_for(
        settings.LANGUAGE_CODE
    )


def locale_by_id(locale_id):
    found = next((locale for locale in all_locales() if locale.pk == locale_id), None)
    if found is None and locale_id is not None:
        # Created in another process whose signal this cache has not seen.
        forget_locales()
        found = next((locale for locale in all_locales() if locale.pk == locale_id), None)
    return found


def with_cached_locale(record):
    """Give ``record`` (a page or translatable snippet) its locale from the cache,
    so ``record.locale`` needs no query. Returns the record."""
    if record is not None and not type(record).locale.is_cached(record):
        locale = locale_by_id(record.locale_id)
        if locale is not None:
            record.locale = locale
    return record


def forget_locales(**kwargs):
    forget_now_and_on_commit(lambda: cache.delete(CACHE_KEY))


def connect():
    post_save.connect(forget_locales, sender=Locale, dispatch_uid="home.locales.saved")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="home.locales.deleted")
