from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        # Before any admin view asks for a record's policy: home is the first app.
        from .permissions import register_policies

        register_policies()

        from .rich_text import install

        install()
