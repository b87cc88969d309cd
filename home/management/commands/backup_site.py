from datetime import datetime
from pathlib import Path

from django.core.management.base import BaseCommand

from home import backup


class Command(BaseCommand):
    help = (
        "Back up the database (portable JSON) and the original uploads into one "
        ".tar.gz that restore_site reads back into SQLite or PostgreSQL."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "target",
            nargs="?",
            default="backups",
            help="a directory (a dated file is created in it) or a .tar.gz path",
        )

    def handle(self, target, **options):
        path = Path(target)
        if path.suffix != ".gz":
            path = path / f"newsroom-{datetime.now():%Y%m%d-%H%M%S}.tar.gz"
        manifest = backup.create(path)
        found = ", ".join(f"{count} {name}" for name, count in manifest["counts"].items())
        self.stdout.write(f"Backed up {found} and {len(manifest['files'])} files to {path}")
        for name in manifest["missing_files"]:
            self.stderr.write(self.style.WARNING(f"Missing upload, not in the backup: {name}"))
