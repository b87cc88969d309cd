"""A correction to wagtail-localize 1.14, applied when the app is ready.

Translating an object also "translates" every translatable object it links to
(``TranslationCreator.create_translations`` recurses into related objects). For a
related object already translated, that re-saves its translation as a draft and, with
``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`` (our setting: translations
are reviewed before publishing), sets ``live = False`` on it. So translating an event
page that shows a practice card took the practice's published English and Ukrainian
versions off the site.

Here a related object that already has its translations is left alone; it is still
translated when it has none, and an object translated on purpose (the first one) is
handled exactly as before."""

from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

_create_translations = TranslationCreator.create_translations


def _has_translations(instance, locales):
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None:
        return False
    translated = set(
        source.translations.filter(target_locale__in=locales).values_list(
            "target_locale_id", flat=True
        )
    )
    return all(
        locale.pk in translated and instance.has_translation(locale)
        for locale in locales
        if locale.pk != instance.locale_id
    )


def create_translations(self, instance, include_related_objects=True):
    is_related_object = bool(self.seen_objects)
    if is_related_object and _has_translations(instance, self.target_locales):
        return
    return _create_translations(self, instance, include_related_objects)


def apply():
    TranslationCreator.create_translations = create_translations
