from django.core.management.base import BaseCommand

from home.languages import sync_languages


class Command(BaseCommand):
    help = (
        "Create a locale for every language in settings.LANGUAGES, mirror the Polish page "
        "tree into it and give its translator group that tree. Safe to run repeatedly."
    )

    def handle(self, *args, **options):
        created = sync_languages()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Added languages: {', '.join(created)}"))
        else:
            self.stdout.write("Every language already has its tree.")
