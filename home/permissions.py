"""Translators change records only in their own language.

Django's model permissions say what a group may do with a kind of record; they
cannot say "only the Ukrainian ones". This adds that for every translatable record
(snippets through ``home.viewsets``, the claims register through its permission
helper): a user whose only role is translator may act on records of their
language(s) and never on the source or another language. Pages need none of this:
translators' page permissions are granted on their own language's tree
(home/roles.py)."""

from django.apps import apps

from wagtail.models import Page, TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail_modeladmin.helpers import PermissionHelper

from .roles import EDITORS, MODERATORS, translation_languages, translator_group_name


def translator_languages(user):
    """The languages a user may translate into when that is all they may do, or
    None when nothing limits them by language (editors, moderators, admins)."""
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return None
    cached = getattr(user, "_translator_languages", False)
    if cached is not False:
        return cached
    groups = set(user.groups.values_list("name", flat=True))
    if groups & {EDITORS, MODERATORS}:
        languages = None
    else:
        languages = {
            code for code in translation_languages() if translator_group_name(code) in groups
        }
    user._translator_languages = languages
    return languages


def may_act_on(user, instance):
    languages = translator_languages(user)
    return languages is None or instance.locale.language_code in languages


class LanguagePermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(user, action, instance) and may_act_on(
            user, instance
        )

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        languages = translator_languages(user)
        if languages is None:
            return instances
        return instances.filter(locale__language_code__in=languages)


class LanguagePermissionHelper(PermissionHelper):
    """The same rule for a translatable model admin (the claims register)."""

    def user_can_inspect_obj(self, user, obj):
        return super().user_can_inspect_obj(user, obj) and may_act_on(user, obj)

    def user_can_edit_obj(self, user, obj):
        return super().user_can_edit_obj(user, obj) and may_act_on(user, obj)

    def user_can_delete_obj(self, user, obj):
        return super().user_can_delete_obj(user, obj) and may_act_on(user, obj)


def translatable_records():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page)
    ]


def register_policies():
    for model in translatable_records():
        register_permission_policy(model, LanguagePermissionPolicy(model), exact_class=True)
