"""Three corrections to wagtail-localize 1.14, applied when the app is ready.

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
records of their own language only, as in the rest of the admin.

3. Saving a translation "as a draft" (``save_target(publish=False)``, also what
"Sync translated pages" does when not publishing) writes the new text into the
translated page's live row, so readers saw it at once, and takes a live record's
translation off the site. A translation that is live gets a new draft revision
instead; readers see it when a moderator publishes that revision (translations.review).
A translation that does not exist yet, or is not live, is created as before."""

from django.core.exceptions import ObjectDoesNotExist

from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import TranslationLog, TranslationSource
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


_create_or_update_translation = TranslationSource.create_or_update_translation


def _live_translation(source, locale):
    try:
        target = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None
    if not isinstance(target, DraftStateMixin) or not target.live:
        return None
    if isinstance(target, Page) and target.alias_of_id:
        return None
    return target


def create_or_update_translation(
    self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False
):
    if publish or _live_translation(self, locale) is None:
        return _create_or_update_translation(
            self, locale, user, publish, copy_parent_pages, fallback
        )
    # The translated values on an unsaved instance; a revision stores them
    # without touching the live row (save_revision saves bookkeeping fields only).
    draft = self.get_ephemeral_translated_instance(locale, fallback=fallback)
    revision = draft.save_revision(user=user)
    TranslationLog.objects.create(source=self, locale=locale, revision=revision)
    return draft, False


def apply():
    TranslationSource.create_or_update_translation = create_or_update_translation
    TranslationCreator.create_translations = create_translations
    edit_translation.user_can_edit_instance = user_can_edit_instance
