"""Two corrections to wagtail-localize 1.14, applied when the app is ready.

1. Translating an object also "translates" every translatable object it links to
(``TranslationCreator.create_translations`` recurses into related objects). For a
related object already translated, that re-saves its translation as a draft and, with
``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`` (our setting: translations
are reviewed before publishing), sets ``live = False`` on it. So translating an event
page that shows a practice card took the practice's published English and Ukrainian
versions off the site.

Here a related object that already has its translations is left alone; it is still
translated when it has none, and an object translated on purpose (the first one) is
handled exactly as before.

2. The translation editor and its API (each string saved, machine translation, PO
upload and download) let anyone who may change a kind of record change every
language of it. Here they also ask ``home.permissions``: a translator changes
records of their own language only, as in the rest of the admin."""

from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views import edit_translation

from home.permissions import may_act_on

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


_user_can_edit_instance = edit_translation.user_can_edit_instance


def user_can_edit_instance(user, instance):
    if isinstance(instance, Page):
        return _user_can_edit_instance(user, instance)
    return _user_can_edit_instance(user, instance) and may_act_on(user, instance)


def apply():
    TranslationCreator.create_translations = create_translations
    edit_translation.user_can_edit_instance = user_can_edit_instance
