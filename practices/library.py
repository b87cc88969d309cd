"""What a reader of one language sees of the library: the practices translated
into their language, the untranslated ones in their source language, and the
facets that narrow them down."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Q

from wagtail.search.backends import get_search_backend

from django_countries import countries

from home.chrome import section
from home.facets import tally
from home.locales import with_cached_locale
from home.localization import as_readers_find
from home.records import readers_know
from home.search_terms import clean_query

from .models import IntegrationArea, Practice, PracticeLibraryPage, Programme, Topic


def visible_practices(locale):
    """Live practices in ``locale``, plus the source-language version of every
    live practice not yet translated into it."""
    return as_readers_find(Practice.objects.filter(live=True), locale)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list = field(default_factory=list)


class LibraryFilter:
    """Reads the filters from the query string. Values it does not know are
    ignored, so an old or mistyped link still shows the library."""

    def __init__(self, params, locale):
        self.locale = locale
        # The language's own topics and programmes, from their cached registers.
        self.topics = {
            t.slug: t for t in readers_know(Topic, locale).values() if t.locale_id == locale.pk
        }
        self.programmes = {
            p.slug: p for p in readers_know(Programme, locale).values() if p.locale_id == locale.pk
        }
        self.selected = {
            "area": [v for v in params.getlist("area") if v in IntegrationArea.values],
            "topic": [v for v in params.getlist("topic") if v in self.topics],
            "programme": [v for v in params.getlist("programme") if v in self.programmes],
            "country": [v for v in params.getlist("country") if v.upper() in dict(countries)],
            # ASCII digits only: "²⁰²¹".isdigit() is true, and int() refuses it.
            "year": [
                v for v in params.getlist("year") if v.isascii() and v.isdigit() and len(v) == 4
            ],
        }
        self.query, _shortened = clean_query(params.get("q", ""))

    def conditions(self, skip=None):
        """The filter as a Q, leaving out one facet (for that facet's counts)."""
        condition = Q()
        chosen = {name: values for name, values in self.selected.items() if name != skip}
        if chosen.get("area"):
            condition &= Q(area__in=chosen["area"])
        if chosen.get("topic"):
            keys = [self.topics[slug].translation_key for slug in chosen["topic"]]
            # A subquery, not a join: the results need no DISTINCT over every column.
            tagged = Practice.topics.through.objects.filter(topic__translation_key__in=keys)
            condition &= Q(pk__in=tagged.values("practice_id"))
        if chosen.get("programme"):
            keys = [self.programmes[slug].translation_key for slug in chosen["programme"]]
            condition &= Q(programme__translation_key__in=keys)
        if chosen.get("country"):
            condition &= Q(country__in=[code.upper() for code in chosen["country"]])
        if chosen.get("year"):
            condition &= Q(year__in=[int(year) for year in chosen["year"]])
        return condition

    def base(self):
        practices = visible_practices(self.locale)
        if self.query:
            matching = get_search_backend().search(self.query, Practice.objects.filter(live=True))
            practices = practices.filter(pk__in=[practice.pk for practice in matching])
        return practices

    def results(self):
        return (
            self.base().filter(self.conditions()).select_related("locale").order_by("title", "pk")
        )

    # Facets with one value per practice, by the field that holds it.
    SINGLE_VALUED = {
        "area": "area",
        "programme": "programme__translation_key",
        "country": "country",
        "year": "year",
    }

    def facets(self):
        """Each facet's values with the number of practices each would show,
        given every other chosen filter: one query for the facets with nothing
        chosen (home.facets), one for topics and for each chosen facet."""
        base = self.base()
        facets = []
        shown = tally(
            base.filter(self.conditions()),
            {name: field for name, field in self.SINGLE_VALUED.items() if not self.selected[name]},
        )

        def counted(skip, field_name):
            if skip in shown:
                return shown[skip]
            rows = (
                base.filter(self.conditions(skip=skip))
                .values(field_name)
                .annotate(n=Count("pk", distinct=True))
            )
            return Counter({row[field_name]: row["n"] for row in rows if row[field_name]})

        areas = counted("area", "area")
        facets.append(
            Facet(
                "area",
                Practice._meta.get_field("area").verbose_name,
                [
                    FacetValue(v, label, areas[v], v in self.selected["area"])
                    for v, label in IntegrationArea.choices
                ],
            )
        )
        facets.append(self.taxonomy_facet("topic", "topics", self.topics, counted))
        facets.append(self.taxonomy_facet("programme", "programme", self.programmes, counted))
        country_counts = counted("country", "country")
        facets.append(
            Facet(
                "country",
                Practice._meta.get_field("country").verbose_name,
                [
                    FacetValue(
                        code.lower(),
                        countries.name(code),
                        n,
                        code.lower() in self.selected["country"],
                    )
                    for code, n in sorted(
                        country_counts.items(), key=lambda item: countries.name(item[0])
                    )
                ],
            )
        )
        year_counts = counted("year", "year")
        facets.append(
            Facet(
                "year",
                Practice._meta.get_field("year").verbose_name,
                [
                    FacetValue(str(year), str(year), n, str(year) in self.selected["year"])
                    for year, n in sorted(year_counts.items(), reverse=True)
                ],
            )
        )
        return facets

    def taxonomy_facet(self, name, field_name, records, counted):
        """A facet over topics or programmes: counted by concept (translation
        key), labelled and addressed in the reader's language."""
        counts = counted(name, f"{field_name}__translation_key")
        return Facet(
            name,
            Practice._meta.get_field(field_name).verbose_name,
            [
                FacetValue(
                    slug,
                    record.name,
                    counts[record.translation_key],
                    slug in self.selected[name],
                )
                for slug, record in sorted(records.items(), key=lambda item: item[1].name)
                if counts[record.translation_key]
            ],
        )

    @property
    def active(self):
        return bool(self.query or any(self.selected.values()))


# What a link to a practice shows (practice_link.html, a story's practice cards).
# Fetching no more keeps the rows small where they are ranked and sorted, and
# keeps Django's work of building the query small too.
LINKED_FIELDS = ("translation_key", "locale", "title", "slug", "summary")
# What a practice's card shows in a list (practice_card.html).
CARD_FIELDS = (*LINKED_FIELDS, "city", "country", "area", "year")


@dataclass(frozen=True)
class PracticeLink:
    """A practice as readers of one language find it in their library."""

    practice: Practice
    url: str
    reader_language: str

    @property
    def lang(self):
        """The practice's language when it differs from the reader's (an
        untranslated practice shows in the source language), else empty."""
        language = self.practice.locale.language_code
        return language if language != self.reader_language else ""


def practice_links(practices, locale, request=None):
    """``{translation key: PracticeLink}`` for the published ones among
    ``practices`` (any language version), in ``locale``'s library: the one way a
    page links the practices it names. One query whatever their number; the
    library comes with the site's frame (``home.chrome.section``)."""
    keys = {practice.translation_key for practice in practices if practice is not None}
    if not keys:
        return {}
    library = section(request, PracticeLibraryPage, locale)
    if library is None:
        return {}
    found = visible_practices(locale).filter(translation_key__in=keys).only(*LINKED_FIELDS)
    return {link.practice.translation_key: link for link in links_in(library, found, request)}


def links_in(library, practices, request=None):
    """``PracticeLink``s to ``practices``, which readers of ``library``'s language
    find there (from ``visible_practices``), in their order."""
    return [
        PracticeLink(
            with_cached_locale(practice),
            library.practice_url(practice, request),
            library.locale.language_code,
        )
        for practice in practices
    ]
