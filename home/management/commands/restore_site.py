from django.core.management.base import BaseCommand, CommandError

from home import backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_site into this (migrated, empty) database "
        "and media storage, then rebuild the search and reference indexes."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar.gz written by backup_site")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="overwrite a database that already has content",
        )

    def handle(self, archive, replace, **options):
        try:
            manifest = backup.restore(archive, replace=replace)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        found = ", ".join(f"{count} {name}" for name, count in manifest["restored_counts"].items())
        self.stdout.write(self.style.SUCCESS(f"Restored {found} from {archive}"))
