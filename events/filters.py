"""What a reader of the event index narrows the events down to. Like the practice
library's filter, it reads the query string leniently: a value it does not know
(``?year=abc``, ``?type=bogus``) is ignored, so an old or mistyped link still
shows the events."""

from dataclasses import dataclass

from django.db.models import Count, F
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from django_countries import countries

from home.facets import tally

from .models.event_page import EventPage, EventType


def is_year(value):
    # ASCII digits only: "²⁰²¹".isdigit() is true, and int() refuses it. Year 0
    # has no datetime bounds, and years before 1000 are not events of this site.
    return value.isascii() and value.isdigit() and len(value) == 4 and value >= "1000"


UPCOMING_ONLY = "upcoming"


@dataclass
class Choice:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Filter:
    name: str
    label: str
    choices: list


class EventFilter:
    def __init__(self, params, index):
        self.index = index
        self.tz = timezone.get_current_timezone()
        self.selected = {
            "year": self._one(params, "year", is_year),
            "type": self._one(params, "type", lambda v: v in EventType.values),
            "country": self._one(params, "country", lambda v: v.upper() in dict(countries)),
            # Printable only: PostgreSQL refuses a NUL in a query parameter.
            "city": self._one(params, "city", lambda v: 0 < len(v) <= 120 and v.isprintable()),
            # Every upcoming event, page by page, instead of the soonest few and the past.
            "when": self._one(params, "when", lambda v: v == UPCOMING_ONLY),
        }

    @staticmethod
    def _one(params, name, is_valid):
        value = params.get(name, "").strip()
        return value if value and is_valid(value) else ""

    def events(self):
        """Live, public events under this index: its locale's own and, until
        translated, the source-language copies wagtail-localize keeps there.
        Without their programmes (the body), which lists and calendars do not show."""
        return EventPage.objects.child_of(self.index).live().public().defer_streamfields()

    def conditions(self, skip=None):
        chosen = {name: value for name, value in self.selected.items() if value and name != skip}
        lookups = {}
        if "year" in chosen:
            lookups["begins_at__year"] = int(chosen["year"])
        if "type" in chosen:
            lookups["event_type"] = chosen["type"]
        if "country" in chosen:
            lookups["country"] = chosen["country"].upper()
        if "city" in chosen:
            lookups["city__iexact"] = chosen["city"]
        return lookups

    def results(self):
        return self.events().filter(**self.conditions())

    def upcoming(self):
        return self.results().filter(ends_at__gt=timezone.now()).order_by("begins_at", "pk")

    def past(self):
        return self.results().filter(ends_at__lte=timezone.now()).order_by("-begins_at", "-pk")

    @property
    def active(self):
        return any(self.selected.values())

    def _counted(self, skip, expression):
        rows = (
            self.events()
            .filter(**self.conditions(skip=skip))
            .annotate(value=expression)
            .values("value")
            .annotate(n=Count("pk"))
            .order_by()
        )
        return {row["value"]: row["n"] for row in rows if row["value"] not in (None, "")}

    def filters(self):
        """Each filter's values with how many events each would show, given the
        other chosen filters: one query for the filters with nothing chosen
        (home.facets), one for each chosen one."""
        expressions = {
            "year": ExtractYear("begins_at", tzinfo=self.tz),
            "type": F("event_type"),
            "country": F("country"),
            "city": F("city"),
        }
        counts = tally(
            self.results(), {name: e for name, e in expressions.items() if not self.selected[name]}
        )
        for name, expression in expressions.items():
            if self.selected[name]:
                counts[name] = self._counted(name, expression)
        return [
            Filter(
                "year",
                _("year"),
                [
                    Choice(str(year), str(year), n, str(year) == self.selected["year"])
                    for year, n in sorted(counts["year"].items(), reverse=True)
                ],
            ),
            Filter(
                "type",
                _("type of event"),
                [
                    Choice(value, label, counts["type"][value], value == self.selected["type"])
                    for value, label in EventType.choices
                    if value in counts["type"]
                ],
            ),
            Filter(
                "country",
                _("country"),
                sorted(
                    (
                        Choice(
                            code.lower(),
                            countries.name(code),
                            n,
                            code.lower() == self.selected["country"].lower(),
                        )
                        for code, n in counts["country"].items()
                    ),
                    key=lambda choice: choice.label,
                ),
            ),
            Filter(
                "city",
                _("city"),
                [
                    Choice(city, city, n, city.lower() == self.selected["city"].lower())
                    for city, n in sorted(counts["city"].items())
                ],
            ),
        ]
