import csv
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase

from wagtail.models import Locale, Revision

from openpyxl import Workbook

from home.localization import translate_with
from practices.factories import (
    OrganisationFactory,
    PracticeFactory,
    ProgrammeFactory,
    TopicFactory,
)
from practices.importer import COLUMNS
from practices.models import Practice, Topic

FIXTURES = Path(__file__).parent / "fixtures"

# Columns A to K of most test files: the required ones and those that need parsing.
HEADER = [
    "title",
    "slug",
    "summary",
    "country",
    "area",
    "latitude",
    "longitude",
    "topics",
    "programme",
    "features",
    "year",
]


def row(**values):
    """A data row for HEADER: a valid practice unless ``values`` say otherwise."""
    slug = values.get("slug", "punkt")
    defaults = {
        "title": f"Praktyka {slug}",
        "slug": slug,
        "summary": "Krótki opis.",
        "country": "PL",
        "area": "interaction",
        "latitude": "53.4285",
        "longitude": "14.5528",
        "topics": "mieszkalnictwo, nauka-jezyka",
        "programme": "epi",
        "features": "evaluation, participation",
        "year": "2021",
    }
    defaults.update(values)
    return [defaults[column] for column in HEADER]


class ImportTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.housing = TopicFactory(name="Mieszkalnictwo", slug="mieszkalnictwo")
        cls.language = TopicFactory(name="Nauka języka", slug="nauka-jezyka")
        cls.epi = ProgrammeFactory(name="EPI", slug="epi")

    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.directory = Path(directory.name)

    def write_csv(self, rows, name="practices.csv", encoding="utf-8", delimiter=","):
        path = self.directory / name
        with path.open("w", newline="", encoding=encoding) as file:
            csv.writer(file, delimiter=delimiter).writerows(rows)
        return path

    def write_xlsx(self, rows, name="practices.xlsx"):
        workbook = Workbook()
        sheet = workbook.active
        for cells in rows:
            sheet.append(cells)
        path = self.directory / name
        workbook.save(path)
        return path

    def call(self, path, *args, stdout, stderr):
        call_command("import_practices", str(path), *args, stdout=stdout, stderr=stderr)

    def run_import(self, path, *args):
        stdout, stderr = StringIO(), StringIO()
        self.call(path, *args, stdout=stdout, stderr=stderr)
        return stdout.getvalue(), stderr.getvalue()

    def assert_fails(self, path, *args):
        """Run an import that must fail; return the message and the report."""
        stderr = StringIO()
        with self.assertRaises(CommandError) as raised:
            self.call(path, *args, stdout=StringIO(), stderr=stderr)
        return str(raised.exception), stderr.getvalue()


class ValidFileTests(ImportTestCase):
    def test_csv_creates_published_practices_with_their_relations(self):
        path = self.write_csv([HEADER, row(slug="punkt"), row(slug="kursy", topics="", year="")])

        stdout, _stderr = self.run_import(path)

        self.assertIn("created 2, updated 0, unchanged 0", stdout)
        punkt = Practice.objects.get(slug="punkt")
        self.assertEqual(punkt.locale, Locale.get_default())
        self.assertEqual(set(punkt.topics.all()), {self.housing, self.language})
        self.assertEqual(punkt.programme, self.epi)
        self.assertEqual(punkt.features, ["participation", "evaluation"])
        self.assertEqual((punkt.latitude, punkt.longitude, punkt.year), (53.4285, 14.5528, 2021))
        self.assertTrue(punkt.live)
        self.assertFalse(punkt.has_unpublished_changes)
        self.assertEqual(punkt.live_revision, punkt.latest_revision)
        kursy = Practice.objects.get(slug="kursy")
        self.assertEqual(list(kursy.topics.all()), [])
        self.assertIsNone(kursy.year)

    def test_xlsx_with_numeric_cells_works(self):
        sheet = [
            [column.upper() for column in HEADER],
            ["Punkt", "punkt", "Opis.", "pl", "Governance", 53.4285, 14.5528, "mieszkalnictwo"]
            + ["epi", "", 2021],
            ["Kursy", "kursy", "Opis.", "LV", "interaction", 56.9496, 24.1052, None]
            + [None, "narrative", None],
        ]

        stdout, _stderr = self.run_import(self.write_xlsx(sheet))

        self.assertIn("created 2, updated 0, unchanged 0", stdout)
        punkt = Practice.objects.get(slug="punkt")
        self.assertEqual((punkt.country.code, punkt.area, punkt.year), ("PL", "governance", 2021))
        self.assertEqual(punkt.latitude, 53.4285)
        self.assertEqual(list(punkt.topics.all()), [self.housing])
        self.assertEqual(punkt.programme, self.epi)
        self.assertEqual(Practice.objects.get(slug="kursy").features, ["narrative"])

    def test_the_documented_sample_imports(self):
        TopicFactory(slug="uslugi-informacyjne")
        TopicFactory(slug="wspolpraca-ze-spoleczenstwem-obywatelskim")
        ProgrammeFactory(slug="miasta-i-regiony-na-rzecz-integracji")
        OrganisationFactory(name="Regionalny Ośrodek Polityki Społecznej")

        stdout, _stderr = self.run_import(FIXTURES / "practices.csv")

        self.assertIn("created 3, updated 0, unchanged 0", stdout)
        punkt = Practice.objects.get(slug="punkt-informacyjny-dla-cudzoziemcow")
        self.assertEqual(punkt.organisation.name, "Regionalny Ośrodek Polityki Społecznej")
        self.assertEqual(punkt.website, "https://example.org/punkt")
        self.assertEqual(
            punkt.body,
            "<p>Punkt działa w centrum miasta od poniedziałku do piątku.</p>"
            "<p>Doradcy mówią po polsku, angielsku, ukraińsku, rosyjsku i arabsku.</p>",
        )
        kursy = Practice.objects.get(slug="kursy-jezyka-w-bibliotekach")
        self.assertIn("<b>wolontariusze</b>", kursy.body)
        self.assertIn("<li>dla dzieci</li>", kursy.body)

    def test_csv_with_bom_and_semicolons_is_read(self):
        path = self.write_csv(
            [HEADER, row(latitude="53,4285", longitude="14,5528")],
            encoding="utf-8-sig",
            delimiter=";",
        )

        stdout, _stderr = self.run_import(path)

        self.assertIn("created 1", stdout)
        self.assertEqual(Practice.objects.get().latitude, 53.4285)


class AllOrNothingTests(ImportTestCase):
    def test_one_bad_row_writes_nothing_and_is_reported(self):
        rows = [HEADER] + [row(slug=f"praktyka-{n}") for n in range(5)]
        rows.append(row(slug="zla", latitude="91"))
        path = self.write_csv(rows)

        message, report = self.assert_fails(path)

        self.assertEqual(report.strip(), "row 7, latitude: 91 is not between -90 and 90")
        self.assertIn("1 problem", message)
        self.assertIn("nothing was imported", message)
        self.assertEqual(Practice.objects.count(), 0)
        self.assertEqual(Revision.objects.count(), 0)

    def test_every_problem_of_the_file_is_reported(self):
        path = self.write_csv(
            [
                HEADER,
                row(slug="a", latitude="abc", year="1900", area="culture"),
                row(slug="b", topics="mieszkalnictwo, brak", programme="nieznany"),
                row(slug="a", latitude="", longitude="14"),
                row(slug="c", title="", features="narrative, magic"),
            ]
        )

        _message, report = self.assert_fails(path)

        lines = report.splitlines()
        self.assertIn(
            "row 2, latitude: abc is not a number in decimal degrees, e.g. 53.4285", lines
        )
        self.assertIn("row 2, area: Value 'culture' is not a valid choice.", lines)
        self.assertIn("row 2, year: 1900 is not between 1945 and 2100", lines)
        self.assertIn("row 3, topics: unknown topic: 'brak'", lines)
        self.assertIn("row 3, programme: unknown programme: 'nieznany'", lines)
        self.assertIn("row 4, slug: 'a' is also on row 2", lines)
        self.assertIn("row 4, latitude: Give both latitude and longitude, or neither.", lines)
        self.assertIn("row 5, title: required, but empty", lines)
        self.assertIn("row 5, features: Unknown strategy features: magic", lines)
        self.assertEqual(Practice.objects.count(), 0)

    def test_unknown_topic_slug_is_reported(self):
        path = self.write_csv([HEADER, row(), row(slug="drugi", topics="zdrowie")])

        message, report = self.assert_fails(path)

        self.assertEqual(report.strip(), "row 3, topics: unknown topic: 'zdrowie'")
        self.assertEqual(Practice.objects.count(), 0)

    def test_a_translated_topic_slug_points_to_the_source_slug(self):
        translate_with(
            self.housing,
            Locale.objects.get_or_create(language_code="en")[0],
            Topic(name="Housing", slug="housing"),
        )
        path = self.write_csv([HEADER, row(topics="housing")])

        _message, report = self.assert_fails(path)

        self.assertIn(
            "row 2, topics: unknown topic: 'housing' (the English slug; use 'mieszkalnictwo')",
            report,
        )

    def test_unknown_column_is_reported(self):
        path = self.write_csv([HEADER + ["lattitude", "notes"], row() + ["53", "x"]])

        _message, report = self.assert_fails(path)

        self.assertIn("row 1, lattitude: unknown column; did you mean 'latitude'?", report)
        self.assertIn("row 1, notes: unknown column; the columns are title, slug,", report)
        self.assertEqual(Practice.objects.count(), 0)

    def test_values_without_a_column_name_are_reported(self):
        path = self.write_csv([HEADER + [""], row() + ["x"], row(slug="drugi") + ["", "y"]])

        _message, report = self.assert_fails(path)

        self.assertEqual(
            report.splitlines(),
            [
                "row 1, column L: has no name but holds values (first on row 2)",
                "row 1, column M: has no name but holds values (first on row 3)",
            ],
        )

    def test_missing_required_column_is_reported(self):
        summary = HEADER.index("summary")
        cells = row()
        path = self.write_csv(
            [HEADER[:summary] + HEADER[summary + 1 :], cells[:summary] + cells[summary + 1 :]]
        )

        _message, report = self.assert_fails(path)

        self.assertEqual(report.strip(), "row 1, summary: required column is missing")

    def test_body_html_outside_the_editor_features_is_reported(self):
        path = self.write_csv(
            [HEADER + ["body"], row() + ["<h2>Tytuł</h2><p>Tekst<script>x()</script></p>"]]
        )

        _message, report = self.assert_fails(path)

        self.assertIn("row 2, body: <h2>, <script> cannot be used", report)

    def test_summary_longer_than_the_admin_allows_is_reported(self):
        path = self.write_csv([HEADER, row(summary="x" * 401)])

        _message, report = self.assert_fails(path)

        self.assertEqual(report.strip(), "row 2, summary: 401 characters long; the most is 400")

    def test_a_draft_in_the_admin_is_not_overwritten(self):
        practice = PracticeFactory(slug="punkt", title="Stary tytuł")
        practice.title = "Szkic redaktora"
        practice.save_revision()
        path = self.write_csv([HEADER, row(slug="punkt")])

        _message, report = self.assert_fails(path)

        self.assertIn("row 2: 'punkt' has changes in the admin that are not published", report)
        practice.refresh_from_db()
        self.assertEqual(practice.get_latest_revision_as_object().title, "Szkic redaktora")


class DryRunAndRepeatTests(ImportTestCase):
    def test_dry_run_writes_nothing(self):
        existing = PracticeFactory(slug="stary", title="Stary", topics=[self.housing])
        path = self.write_csv([HEADER, row(slug="nowy"), row(slug="stary")])

        stdout, _stderr = self.run_import(path, "--dry-run")

        self.assertIn("row 2: create 'nowy'", stdout)
        self.assertIn(
            "row 3: update 'stary' (title, summary, topics, programme, features, year)", stdout
        )
        self.assertIn("Dry run, nothing was written", stdout)
        self.assertIn("created 1, updated 1, unchanged 0", stdout)
        self.assertEqual(list(Practice.objects.all()), [existing])
        existing.refresh_from_db()
        self.assertEqual(existing.title, "Stary")
        self.assertEqual(list(existing.topics.all()), [self.housing])
        self.assertEqual(Revision.objects.count(), 0)

    def test_importing_twice_changes_nothing_the_second_time(self):
        path = self.write_csv(
            [HEADER + ["body", "website"]]
            + [row(slug="punkt") + ["Akapit.\n\nDrugi akapit: 2 < 3 & 4.", "example.org"]]
            + [row(slug="kursy", topics="", latitude="", longitude="") + ["<p>a<br>b</p>", ""]]
        )
        self.run_import(path)
        practices, revisions = Practice.objects.count(), Revision.objects.count()
        stamps = list(Practice.objects.values_list("pk", "last_published_at"))

        stdout, _stderr = self.run_import(path)

        self.assertIn("created 0, updated 0, unchanged 2", stdout)
        self.assertEqual(Practice.objects.count(), practices)
        self.assertEqual(Revision.objects.count(), revisions)
        self.assertEqual(list(Practice.objects.values_list("pk", "last_published_at")), stamps)

    def test_a_changed_row_updates_and_publishes_with_one_new_revision(self):
        self.run_import(self.write_csv([HEADER, row(slug="punkt"), row(slug="kursy")]))
        revisions = Revision.objects.count()

        stdout, _stderr = self.run_import(
            self.write_csv([HEADER, row(slug="punkt", topics="nauka-jezyka"), row(slug="kursy")]),
            "--verbosity=2",
        )

        self.assertIn("row 2: update 'punkt' (topics)", stdout)
        self.assertIn("row 3: 'kursy' unchanged", stdout)
        self.assertIn("created 0, updated 1, unchanged 1", stdout)
        self.assertEqual(Revision.objects.count(), revisions + 1)
        punkt = Practice.objects.get(slug="punkt")
        self.assertEqual(list(punkt.topics.all()), [self.language])
        self.assertEqual(punkt.live_revision, punkt.latest_revision)
        self.assertFalse(punkt.has_unpublished_changes)

    def test_progress_is_shown_on_request(self):
        path = self.write_csv([HEADER, row(slug="a"), row(slug="b")])

        _stdout, stderr = self.run_import(path, "--progress")

        self.assertIn("\rChecking 2/2", stderr)
        self.assertIn("\rImporting 1/2\rImporting 2/2\n", stderr)


class BadFileTests(ImportTestCase):
    def test_bad_files_give_a_clear_error(self):
        corrupt = self.directory / "corrupt.xlsx"
        corrupt.write_bytes(b"PK\x03\x04 this is not really a workbook")
        not_a_workbook = self.directory / "text.xlsx"
        not_a_workbook.write_text("title,slug\n", encoding="utf-8")
        empty = self.directory / "empty.csv"
        empty.write_bytes(b"")
        blank = self.directory / "blank.csv"
        blank.write_text("\n\n", encoding="utf-8")
        latin = self.directory / "latin.csv"
        latin.write_bytes(",".join(HEADER).encode() + "\nZażółć".encode("cp1250"))
        old_excel = self.directory / "practices.xls"
        old_excel.write_bytes(b"\xd0\xcf\x11\xe0")
        cases = {
            self.directory / "missing.csv": "File not found",
            old_excel: "unsupported file type '.xls'",
            corrupt: "cannot be read as an Excel workbook (.xlsx)",
            not_a_workbook: "cannot be read as an Excel workbook (.xlsx)",
            empty: "is empty",
            blank: "is empty",
            latin: "is not UTF-8 text",
            self.write_csv([HEADER], name="header.csv"): "a header but no practices",
            self.write_csv([row()], name="no-header.csv"): "The file has no header",
            self.write_csv([[], HEADER, row()], name="late-header.csv"): "row 1 is empty",
            self.write_xlsx([], name="empty.xlsx"): "The file is empty",
        }
        for path, expected in cases.items():
            with self.subTest(path.name):
                message, _report = self.assert_fails(path)
                self.assertIn(expected, message)
        self.assertEqual(Practice.objects.count(), 0)

    def test_only_the_source_language_can_be_imported(self):
        path = self.write_csv([HEADER, row()])

        message, _report = self.assert_fails(path, "--locale", "en")
        self.assertIn("Only the source language (pl) can be imported", message)

        message, _report = self.assert_fails(path, "--locale", "xx")
        self.assertIn("Unknown language 'xx'", message)
        self.assertEqual(Practice.objects.count(), 0)

    def test_documented_columns_are_the_importer_columns(self):
        documented = (Path(__file__).parents[2] / "docs" / "importing-practices.md").read_text()
        for column in COLUMNS:
            with self.subTest(column):
                self.assertIn(f"| `{column}` |", documented)
