from django.apps import AppConfig
from django.db.models.signals import pre_save
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

        from . import renditions

        renditions.connect()

        # What every request reads from Django's cache, dropped when it changes.
        from . import caching, chrome, locales, privacy

        caching.connect()
        chrome.connect()
        locales.connect()
        privacy.connect()

        from .uploads import note_new_files

        pre_save.connect(note_new_files, dispatch_uid="home.uploads.note_new_files")
