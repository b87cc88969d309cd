from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet

from .models import SiteIdentity
from .viewsets import TranslatedRecordViewSet


class SiteIdentityViewSet(TranslatedRecordViewSet):
    model = SiteIdentity
    icon = "site"
    menu_label = _("Site identity")
    add_to_settings_menu = True
    list_display = ["site_name", "tagline", "locale"]
    list_filter = ["locale"]


register_snippet(SiteIdentityViewSet)
