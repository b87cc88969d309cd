"""Admin for the newsroom: authors as snippets, the claims register as a
translatable model admin (wagtail-modeladmin through wagtail-localize)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.modeladmin.options import TranslatableModelAdmin
from wagtail_modeladmin.options import modeladmin_register

from .models import Claim, Person


class PersonViewSet(SnippetViewSet):
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
    menu_label = _("Claims register")
    menu_icon = "warning"
    add_to_settings_menu = False
    list_display = ("text", "verdict", "seen_on", "appearance")
    list_filter = ("verdict", "topics", "locale")
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
