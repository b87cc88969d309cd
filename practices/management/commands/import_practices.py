from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, no_translations

from practices.importer import CREATE, UPDATE, PracticeImport, PracticeImportError, plain, plural


class Command(BaseCommand):
    help = plain(
        "Create or update good practices from a .xlsx or .csv file, matched by slug, and "
        "publish them. Everything is checked first: with any problem, nothing is written. "
        "The columns are described in docs/importing-practices.md."
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        # argparse wraps the description with re, which needs a real string.
        parser.description = str(self.help)
        return parser

    def add_arguments(self, parser):
        parser.add_argument("file", help=plain("The .xlsx or .csv (UTF-8) file."))
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=plain("Check the file and show what would change; write nothing."),
        )
        parser.add_argument(
            "--locale",
            default=settings.LANGUAGE_CODE,
            help=plain(
                "The language of the file; only the source language (the default) can be imported."
            ),
        )
        parser.add_argument(
            "--progress",
            action="store_true",
            help=plain("Show progress on stderr even when it is not a terminal."),
        )

    # One language for the whole report, as in Django's own commands: English is
    # the one every message has, and a report mixing languages is hard to read.
    # Other callers of practices.importer (an admin view, say) get translations.
    @no_translations
    def handle(self, *args, file, dry_run, locale, progress, verbosity, **options):
        try:
            job = PracticeImport.from_file(file, locale.lower())
        except PracticeImportError as error:
            raise CommandError(str(error)) from None
        show_progress = progress or self.stderr.isatty()

        problems = job.check(progress=self._progress(plain("Checking")) if show_progress else None)
        if problems:
            for problem in problems:
                self.stderr.write(str(problem))
            raise CommandError(
                plural(
                    "%(count)d problem in %(file)s; nothing was imported.",
                    "%(count)d problems in %(file)s; nothing was imported.",
                    len(problems),
                )
                % {"count": len(problems), "file": file}
            )

        if dry_run or verbosity >= 2:
            for planned in job.planned:
                self.stdout.write(self._describe(planned))
        if dry_run:
            self.stdout.write(
                plain("Dry run, nothing was written. The import would give: %(summary)s")
                % {"summary": self._summary(job.counts())}
            )
            return
        counts = job.write(progress=self._progress(plain("Importing")) if show_progress else None)
        self.stdout.write(self.style.SUCCESS(self._summary(counts)))

    def _progress(self, label):
        def show(done, total):
            # Rewrite one line in place; style_func=str keeps it out of stderr's red.
            self.stderr.write(f"\r{label} {done}/{total}", ending="", style_func=str)
            if done == total:
                self.stderr.write("", style_func=str)
            self.stderr.flush()

        return show

    @staticmethod
    def _describe(planned):
        values = {"row": planned.row, "slug": planned.practice.slug}
        if planned.action == CREATE:
            return plain("row %(row)d: create '%(slug)s'") % values
        if planned.action == UPDATE:
            return plain("row %(row)d: update '%(slug)s' (%(fields)s)") % {
                **values,
                "fields": ", ".join(planned.changed),
            }
        return plain("row %(row)d: '%(slug)s' unchanged") % values

    @staticmethod
    def _summary(counts):
        return plain("created %(create)d, updated %(update)d, unchanged %(unchanged)d") % counts
