import importlib
import importlib.util

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app with demo content offers ``<app>.demo.load(stdout)``; order matters
# because later content links to earlier content (an award names its ceremony's event).
DEMO_APPS = ["home", "practices", "events", "stories", "topics", "frontpage", "search"]


class Command(BaseCommand):
    help = (
        "Load the demo content from the seed documents, in Polish with English and "
        "Ukrainian translations. Idempotent: a second run changes nothing."
    )

    def handle(self, *args, **options):
        for app in DEMO_APPS:
            if importlib.util.find_spec(f"{app}.demo") is None:
                continue
            with transaction.atomic():
                importlib.import_module(f"{app}.demo").load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
