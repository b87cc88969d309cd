"""``manage.py erase_person "<name>"``: see docs/privacy.md."""

from django.core.management.base import BaseCommand, CommandError

from stories.erasure import PersonNotFound, describe, erase_person


class Command(BaseCommand):
    help = (
        "Erase a person (author, speaker, jury member) by exact name from live content, "
        "revisions, translation memory, the search index and the cache."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="The name exactly as it is written on the site.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would change and change nothing.",
        )

    def handle(self, name, dry_run, **options):
        try:
            counts = erase_person(name, dry_run=dry_run)
        except PersonNotFound as error:
            raise CommandError(
                f"No author, speaker, jury member or text names {name!r}."
            ) from error
        prefix = "Dry run, nothing changed: would erase" if dry_run else "Erased"
        self.stdout.write(f"{prefix} {name!r}: {describe(counts)}.")
