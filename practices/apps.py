from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practice library")

    def ready(self):
        # Pages name these records in the reader's language from cached registers.
        from home.records import keep

        from .models import Organisation, Programme, Topic

        keep(Organisation)
        keep(Programme)
        keep(Topic)
