from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        # Pages name these records in the reader's language from cached registers.
        from home.records import keep

        from .models import Person

        keep(Person)
