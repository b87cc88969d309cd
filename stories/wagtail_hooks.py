"""Admin for the newsroom: authors as snippets, the claims register as a
translatable model admin (wagtail-modeladmin through wagtail-localize)."""

from django.conf import settings
from django.contrib.admin import SimpleListFilter
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail_localize.modeladmin.options import TranslatableModelAdmin
from wagtail_localize.modeladmin.views import TranslatableEditView
from wagtail_modeladmin.options import modeladmin_register

from home.permissions import LanguagePermissionHelper
from home.viewsets import TranslatedRecordViewSet
from practices.models import Topic

from .models import Claim, Person


class TopicFilter(SimpleListFilter):
    """Claims by topic. Django's related-field filter needs django.contrib.admin,
    which this project does not install; topics are source-language records."""

    title = _("topic")
    parameter_name = "topic"

    def lookups(self, request, model_admin):
        topics = Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        return [(str(topic.pk), topic.name) for topic in topics]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(topics__pk=int(value))
        return queryset


class ClaimEditView(TranslatableEditView):
    """wagtail-localize opens its translation editor before modeladmin checks
    permissions; check them first, so a translator opens only their language."""

    def dispatch(self, request, *args, **kwargs):
        if not self.check_action_permitted(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PersonViewSet(TranslatedRecordViewSet):
    model = Person
    icon = "user"
    menu_label = _("Authors")
    menu_name = "authors"
    add_to_admin_menu = True
    list_display = ["name", "role", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(PersonViewSet)


@modeladmin_register
class ClaimAdmin(TranslatableModelAdmin):
    model = Claim
    permission_helper_class = LanguagePermissionHelper
    edit_view_class = ClaimEditView
    menu_label = _("Claims register")
    menu_icon = "warning"
    add_to_settings_menu = False
    list_display = ("text", "verdict", "seen_on", "appearance")
    list_filter = ("verdict", TopicFilter)
    search_fields = ("text", "appearance", "claimant")
    inspect_view_enabled = True
    inspect_view_fields = (
        "text",
        "slug",
        "claimant",
        "appearance",
        "appearance_url",
        "seen_on",
        "verdict",
        "topics",
    )

    def get_list_filter(self, request):
        # wagtail-modeladmin would add a "locale" related-field filter, which needs
        # django.contrib.admin; the translatable index already filters by the
        # language chosen in its locale switcher (?locale=).
        return self.list_filter
