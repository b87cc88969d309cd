"""Keep one page tree per language, mirrored from the Polish source."""

from django.apps import apps
from django.conf import settings

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from .roles import create_roles


def sync_languages():
    """Create a locale for every configured language, mirror the source tree into
    it (untranslated pages become aliases that translators then translate) and
    give its translators their tree. Safe to run any number of times."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    created = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale, was_created = Locale.objects.get_or_create(language_code=code)
        if was_created:
            created.append(code)
        if locale == source:
            continue
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
        synchronize_tree(
            source, locale, page_index=PageIndex.from_database().sort_by_tree_position()
        )
    create_roles(apps)
    return created
