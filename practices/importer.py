"""Reading, checking and writing a spreadsheet of good practices, for
``manage.py import_practices`` (see docs/importing-practices.md).

The whole file is checked before anything is written: ``PracticeImport.check()``
returns every problem, and ``write()`` runs only when there is none, in one
transaction. Only the source language is imported; translations stay with
wagtail-localize, which keeps each one in step with its source."""

import csv
import difflib
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import transaction
from django.utils.html import escape

from wagtail.actions.create import CreateAction
from wagtail.actions.edit import EditAction
from wagtail.admin.rich_text.converters.db_html import DbHTMLConverter
from wagtail.models import Locale

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from .models import Organisation, Practice, Programme, StrategyFeature, Topic

COLUMNS = (
    "title",
    "slug",
    "summary",
    "body",
    "city",
    "region",
    "country",
    "latitude",
    "longitude",
    "area",
    "features",
    "topics",
    "programme",
    "organisation",
    "year",
    "website",
    "contact",
)
REQUIRED = ("title", "slug", "summary", "country", "area")
EXTENSIONS = (".csv", ".xlsx")

# The value an empty cell stands for; any other column is text and becomes "".
EMPTY = {
    "latitude": None,
    "longitude": None,
    "year": None,
    "programme": None,
    "organisation": None,
    "features": [],
    "topics": [],
}

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"

# Wagtail adds these to each paragraph when the body is edited in the admin; they
# say nothing about the text, so a body differing only in them is unchanged.
BLOCK_KEY = re.compile(r'\sdata-block-key="[^"]*"')
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# Decimal degrees, with a comma as decimal separator too (Polish spreadsheets).
DECIMAL = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")
WHOLE = re.compile(r"[+-]?\d+")


# The importer speaks to operators on the command line, in English, as Django's
# own commands do (the command runs with translations switched off), so its
# messages are plain strings rather than catalogue entries.
def plain(message):
    return message


def plural(singular, plural_form, count):
    return singular if count == 1 else plural_form


class PracticeImportError(Exception):
    """The file or the options as a whole are unusable: there is no row to point at."""


@dataclass(frozen=True)
class Problem:
    """What is wrong with one cell (or, with no column, one row) of the file. Row
    numbers are the spreadsheet's: the header is row 1."""

    row: int
    column: str | None
    message: str

    def __str__(self):
        if self.column:
            return plain("row %(row)d, %(column)s: %(message)s") % {
                "row": self.row,
                "column": self.column,
                "message": self.message,
            }
        return plain("row %(row)d: %(message)s") % {"row": self.row, "message": self.message}


@dataclass
class PlannedRow:
    """What importing one row will do, decided by ``check()``."""

    row: int
    practice: Practice
    action: str
    changed: list[str] = field(default_factory=list)


class _Invalid(Exception):
    """A cell's value cannot be used; the message says why."""


def import_locale(language_code):
    """The locale to import into. Only the source language is supported: a
    translation imported beside wagtail-localize would fall out of step with
    its source at the next synchronisation."""
    languages = [code for code, _name in settings.LANGUAGES]
    if language_code not in languages:
        raise PracticeImportError(
            plain("Unknown language '%(code)s'; the site's languages are %(languages)s.")
            % {"code": language_code, "languages": ", ".join(languages)}
        )
    if language_code != settings.LANGUAGE_CODE:
        raise PracticeImportError(
            plain(
                "Only the source language (%(source)s) can be imported. Translate practices "
                "into %(code)s in the admin, with wagtail-localize, which keeps every "
                "translation in step with its source."
            )
            % {"source": settings.LANGUAGE_CODE, "code": language_code}
        )
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        raise PracticeImportError(
            plain("The locale '%(code)s' does not exist yet; run manage.py migrate first.")
            % {"code": language_code}
        )
    return locale


def read_rows(path):
    """The file's rows as lists of stripped strings, row 1 first."""
    path = Path(path)
    if not path.exists():
        raise PracticeImportError(plain("File not found: %(path)s") % {"path": path})
    if not path.is_file():
        raise PracticeImportError(plain("Not a file: %(path)s") % {"path": path})
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        raise PracticeImportError(
            plain(
                "%(path)s: unsupported file type '%(suffix)s'. Save the spreadsheet as an "
                "Excel workbook (.xlsx) or as CSV UTF-8 (.csv)."
            )
            % {"path": path, "suffix": suffix or plain("none")}
        )
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PracticeImportError(
            plain("%(path)s cannot be read: %(error)s") % {"path": path, "error": error.strerror}
        ) from error
    if not raw.strip():
        raise PracticeImportError(plain("%(path)s is empty.") % {"path": path})
    rows = _read_csv(path, raw) if suffix == ".csv" else _read_xlsx(path, raw)
    return [[_cell_text(value) for value in row] for row in rows]


def _read_csv(path, raw):
    if raw.startswith(b"PK\x03\x04"):
        raise PracticeImportError(
            plain("%(path)s is an Excel workbook, not CSV; give it the .xlsx extension.")
            % {"path": path}
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PracticeImportError(
            plain(
                "%(path)s is not UTF-8 text (byte %(position)d). Save it as 'CSV UTF-8' "
                "in your spreadsheet program."
            )
            % {"path": path, "position": error.start}
        ) from error
    # Spreadsheet programs in Polish save CSV with semicolons; the header names
    # contain no separator, so the one the header uses most is the file's.
    header_line = text.lstrip("\r\n").splitlines()[0] if text.strip() else ""
    delimiter = max(",;\t", key=header_line.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise PracticeImportError(
            plain("%(path)s cannot be read as CSV: %(error)s") % {"path": path, "error": error}
        ) from error


def _read_xlsx(path, raw):
    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            return [list(row) for row in sheet.iter_rows(min_row=1, values_only=True)]
        finally:
            workbook.close()
    # openpyxl reports a damaged workbook with whatever the zip, XML or its own
    # parsers raise; any of them means the same to the person importing.
    except Exception as error:
        raise PracticeImportError(
            plain("%(path)s cannot be read as an Excel workbook (.xlsx): %(error)s")
            % {"path": path, "error": str(error) or type(error).__name__}
        ) from error


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # Excel stores every number as a float: 2021 arrives as 2021.0.
        return str(int(value))
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def _split(text):
    """The comma-separated (or one-per-line) items of a cell, each once."""
    items = (item.strip() for item in re.split(r"[,\n]", text))
    return list(dict.fromkeys(item for item in items if item))


def _limits(column):
    """The narrowest range the model's validators allow for ``column``."""
    validators = Practice._meta.get_field(column).validators
    low = max(v.limit_value for v in validators if isinstance(v, MinValueValidator))
    high = min(v.limit_value for v in validators if isinstance(v, MaxValueValidator))
    return low, high


def _body_html(text):
    """Plain text becomes paragraphs (a blank line between them); HTML is kept."""
    if TAG.search(text):
        return text
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return "".join(
        "<p>{}</p>".format(escape(paragraph.strip()).replace("\n", "<br/>"))
        for paragraph in paragraphs
        if paragraph.strip()
    )


class PracticeImport:
    """One file's import into one locale: ``check()``, then ``write()``."""

    def __init__(self, rows, locale):
        self.locale = locale
        self.problems = []
        self.planned = []
        self.checked = False
        if not any(any(row) for row in rows):
            raise PracticeImportError(plain("The file is empty."))
        self.header = [cell.strip().lower() for cell in rows[0]]
        if not any(self.header):
            raise PracticeImportError(
                plain("The file has no header: row 1 is empty, but it must name the columns.")
            )
        if not set(self.header) & set(COLUMNS):
            raise PracticeImportError(
                plain(
                    "The file has no header: row 1 must name the columns (%(columns)s), "
                    "but it names none of them."
                )
                % {"columns": ", ".join(COLUMNS)}
            )
        self.rows = [(number, row) for number, row in enumerate(rows[1:], start=2) if any(row)]
        if not self.rows:
            raise PracticeImportError(
                plain("The file has a header but no practices: every row after row 1 is empty.")
            )
        self.body_converter = DbHTMLConverter(Practice._meta.get_field("body").features)

    @classmethod
    def from_file(cls, path, language_code=None):
        locale = import_locale(language_code or settings.LANGUAGE_CODE)
        return cls(read_rows(path), locale)

    # Checking

    def check(self, progress=None):
        """Check every row and plan what to do with it; return every problem."""
        self.problems = self._check_header()
        self.planned = []
        if not self.problems:
            self._load_references()
            first_row_of = {}
            for done, (number, cells) in enumerate(self.rows, start=1):
                self.problems.extend(self._check_row(number, cells, first_row_of))
                if progress:
                    progress(done, len(self.rows))
        self.checked = True
        return self.problems

    def _check_header(self):
        problems = []
        self.columns = {}
        # Cells beyond the header's last name are as unnamed as those under an empty one.
        width = max(len(cells) for _number, cells in self.rows)
        names = self.header + [""] * (width - len(self.header))
        for index, name in enumerate(names):
            if not name:
                values = [
                    number for number, cells in self.rows if index < len(cells) and cells[index]
                ]
                if values:
                    problems.append(
                        Problem(
                            1,
                            plain("column %(letter)s") % {"letter": get_column_letter(index + 1)},
                            plain("has no name but holds values (first on row %(row)d)")
                            % {"row": values[0]},
                        )
                    )
            elif name not in COLUMNS:
                close = difflib.get_close_matches(name, COLUMNS, n=1)
                message = (
                    plain("unknown column; did you mean '%(column)s'?") % {"column": close[0]}
                    if close
                    else plain("unknown column; the columns are %(columns)s")
                    % {"columns": ", ".join(COLUMNS)}
                )
                problems.append(Problem(1, name, message))
            elif name in self.columns.values():
                problems.append(Problem(1, name, plain("the column appears more than once")))
            else:
                self.columns[index] = name
        problems.extend(
            Problem(1, name, plain("required column is missing"))
            for name in REQUIRED
            if name not in self.header
        )
        return problems

    def _load_references(self):
        """Taxonomy of the import locale and the practices the file may update, at
        once rather than row by row."""
        self.topics = {topic.slug: topic for topic in Topic.objects.filter(locale=self.locale)}
        self.programmes = {
            programme.slug: programme for programme in Programme.objects.filter(locale=self.locale)
        }
        self.organisations = {}
        for organisation in Organisation.objects.filter(locale=self.locale):
            self.organisations.setdefault(organisation.name.casefold(), []).append(organisation)
        slug_index = self.header.index("slug")
        slugs = {cells[slug_index] for _number, cells in self.rows if slug_index < len(cells)}
        self.existing = {
            practice.slug: practice
            for practice in Practice.objects.filter(locale=self.locale, slug__in=slugs)
            .select_related("locked_by")
            .prefetch_related("topics")
        }

    def _check_row(self, number, cells, first_row_of):
        problems = []
        parsed = {}
        for index, column in self.columns.items():
            try:
                parsed[column] = self._parse(column, cells[index] if index < len(cells) else "")
            except _Invalid as error:
                problems.append(Problem(number, column, str(error)))

        slug = parsed.get("slug")
        if slug in first_row_of:
            problems.append(
                Problem(
                    number,
                    "slug",
                    plain("'%(slug)s' is also on row %(row)d")
                    % {"slug": slug, "row": first_row_of[slug]},
                )
            )
        elif slug:
            first_row_of[slug] = number

        existing = self.existing.get(slug)
        practice = existing or Practice(locale=self.locale)
        before = {c: self._comparable(practice, c) for c in parsed} if existing else {}
        for column, value in parsed.items():
            setattr(practice, column, value)
        problems.extend(self._model_problems(number, practice, problems))

        if existing is None:
            action, changed = CREATE, list(parsed)
        else:
            changed = [c for c in parsed if self._comparable(practice, c) != before[c]]
            action = UPDATE if changed else UNCHANGED
            if changed:
                problems.extend(self._editable_problems(number, existing))
        if not problems:
            self.planned.append(PlannedRow(number, practice, action, changed))
        order = {column: position for position, column in enumerate(COLUMNS)}
        return sorted(problems, key=lambda problem: order.get(problem.column, len(order)))

    def _model_problems(self, number, practice, reported):
        """The model's own validation (``clean()`` included), except for cells
        already reported: their values were never set."""
        already = {problem.column for problem in reported}
        try:
            practice.full_clean()
        except ValidationError as error:
            return [
                Problem(number, None if name == NON_FIELD_ERRORS else name, message)
                for name, messages in error.message_dict.items()
                if name not in already
                for message in messages
            ]
        return []

    def _editable_problems(self, number, practice):
        """An update publishes the row's values; refuse where that would publish or
        overwrite someone's work in the admin."""
        if practice.locked:
            return [
                Problem(
                    number,
                    None,
                    plain(
                        "'%(slug)s' is locked in the admin by %(user)s; unlock it before importing"
                    )
                    % {"slug": practice.slug, "user": practice.locked_by or plain("someone")},
                )
            ]
        if not practice.live:
            return [
                Problem(
                    number,
                    None,
                    plain(
                        "'%(slug)s' is not published (a draft, or unpublished in the admin) and "
                        "importing would publish it; publish it in the admin first, or remove "
                        "the row"
                    )
                    % {"slug": practice.slug},
                )
            ]
        if practice.has_unpublished_changes:
            return [
                Problem(
                    number,
                    None,
                    plain(
                        "'%(slug)s' has changes in the admin that are not published yet and "
                        "importing would overwrite them; publish them (or copy them into the "
                        "file) first"
                    )
                    % {"slug": practice.slug},
                )
            ]
        return []

    @staticmethod
    def _comparable(practice, column):
        if column == "topics":
            return frozenset(topic.pk for topic in practice.topics.all())
        if column in ("programme", "organisation"):
            return getattr(practice, f"{column}_id")
        if column == "country":
            return practice.country.code or ""
        if column == "features":
            return frozenset(practice.features or [])
        if column == "body":
            return BLOCK_KEY.sub("", practice.body or "")
        return getattr(practice, column)

    # Parsing one cell into the model's value

    def _parse(self, column, text):
        if not text:
            if column in REQUIRED:
                raise _Invalid(plain("required, but empty"))
            empty = EMPTY.get(column, "")
            # A fresh list: the practice may be changed in place later.
            return list(empty) if isinstance(empty, list) else empty
        parser = getattr(self, f"_parse_{column}", None)
        value = parser(text) if parser else text
        # TextField's max_length binds only forms; check it here as the admin does.
        # A field with choices gets the model's clearer "not a valid choice".
        model_field = Practice._meta.get_field(column)
        limit = None if model_field.choices else model_field.max_length
        if isinstance(value, str) and limit and len(value) > limit:
            raise _Invalid(
                plain("%(length)d characters long; the most is %(max)d")
                % {"length": len(value), "max": limit}
            )
        return value

    def _parse_body(self, text):
        html, removals = self.body_converter.clean(_body_html(text))
        if removals:
            tags = ", ".join(dict.fromkeys(f"<{removal.tag}>" for removal in removals))
            raise _Invalid(
                plain(
                    "%(tags)s cannot be used; the description takes plain text or "
                    "<p>, <br>, <b>, <i>, <ul>, <ol>, <li> and <a href>"
                )
                % {"tags": tags}
            )
        return html

    def _parse_country(self, text):
        return text.upper()

    def _parse_area(self, text):
        return text.lower()

    def _parse_latitude(self, text):
        return self._decimal("latitude", text)

    def _parse_longitude(self, text):
        return self._decimal("longitude", text)

    def _decimal(self, column, text):
        # Coordinates copied from the web often carry the typographic minus.
        candidate = text.replace("\u2212", "-")
        if not DECIMAL.fullmatch(candidate):
            raise _Invalid(
                plain("%(value)s is not a number in decimal degrees, e.g. 53.4285")
                % {"value": text}
            )
        return self._in_range(column, text, float(candidate.replace(",", ".")))

    def _parse_year(self, text):
        if not WHOLE.fullmatch(text):
            raise _Invalid(plain("%(value)s is not a whole number") % {"value": text})
        return self._in_range("year", text, int(text))

    @staticmethod
    def _in_range(column, text, value):
        low, high = _limits(column)
        if not low <= value <= high:
            raise _Invalid(
                plain("%(value)s is not between %(low)s and %(high)s")
                % {"value": text, "low": low, "high": high}
            )
        return value

    def _parse_features(self, text):
        # Stored in the model's order so that reordering a cell is no change;
        # unknown names are kept for the model's clean() to report.
        order = {value: position for position, value in enumerate(StrategyFeature.values)}
        names = [name.lower() for name in _split(text)]
        return sorted(set(names), key=lambda name: (order.get(name, len(order)), name))

    def _parse_topics(self, text):
        slugs = _split(text)
        unknown = [slug for slug in slugs if slug not in self.topics]
        if unknown:
            raise _Invalid(
                plural("unknown topic: %(slugs)s", "unknown topics: %(slugs)s", len(unknown))
                % {"slugs": ", ".join(self._describe_unknown(Topic, slug) for slug in unknown)}
            )
        return [self.topics[slug] for slug in slugs]

    def _parse_programme(self, text):
        if text not in self.programmes:
            raise _Invalid(
                plain("unknown programme: %(slug)s")
                % {"slug": self._describe_unknown(Programme, text)}
            )
        return self.programmes[text]

    def _parse_organisation(self, text):
        matches = self.organisations.get(text.casefold(), [])
        if not matches:
            raise _Invalid(plain("unknown organisation: '%(name)s'") % {"name": text})
        if len(matches) > 1:
            raise _Invalid(
                plain("%(count)d organisations are called '%(name)s'; rename one in the admin")
                % {"count": len(matches), "name": text}
            )
        return matches[0]

    def _parse_website(self, text):
        # Like the admin's URL field, take an address without a scheme as https.
        return text if "://" in text else f"https://{text}"

    def _describe_unknown(self, model, slug):
        """``'slug'``, with the right slug when it is another language's."""
        other = (
            model.objects.exclude(locale=self.locale)
            .filter(slug=slug)
            .select_related("locale")
            .first()
        )
        source = other and other.get_translation_or_none(self.locale)
        if source is None:
            return f"'{slug}'"
        return plain("'%(slug)s' (the %(language)s slug; use '%(source)s')") % {
            "slug": slug,
            "language": other.locale.get_display_name(),
            "source": source.slug,
        }

    # Writing

    def counts(self):
        counted = Counter(planned.action for planned in self.planned)
        return {action: counted[action] for action in (CREATE, UPDATE, UNCHANGED)}

    def write(self, progress=None):
        """Create and update the planned practices, publishing each, all or none."""
        if not self.checked or self.problems:
            raise PracticeImportError(plain("Only a file checked without problems can be written."))
        with transaction.atomic():
            for done, planned in enumerate(self.planned, start=1):
                if planned.action == CREATE:
                    CreateAction(planned.practice, publish=True).execute(
                        skip_permission_checks=True
                    )
                elif planned.action == UPDATE:
                    EditAction(planned.practice, publish=True).execute(skip_permission_checks=True)
                if progress:
                    progress(done, len(self.planned))
        return self.counts()
