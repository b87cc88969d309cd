"""Site search: what readers of one language can see (live, public pages of their
tree, and the practices of their library) in one list, with a facet by type.

Types: stories (news, narratives and fact-checks), events, award announcements,
practices, and "other pages": every other page of the tree (about us, the
accessibility statement, the newsroom, the event list, the library itself...)
except the home page, which only gathers what the other results already show.
Untranslated copies of Polish pages are live pages of their tree and appear, as
they do in the newsroom and the event list, marked as shown in the original
language; untranslated practices appear as the library shows them.

Pages come first, by relevance, then practices, by relevance: the database
backend ranks each model on its own, so the two cannot be interleaved
honestly. On PostgreSQL a search that finds nothing word for word is tried
again unaccented and fuzzy (``lodz`` finds ``Łódź``; the extensions come from
search/migrations/0001)."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy

from events.models import EventPage
from home.privacy import every_page
from practices.library import practice_links, visible_practices
from practices.models import Practice
from stories.awards import AwardAnnouncementPage
from stories.models import StoryPage

from .highlight import highlight, mark_words

STORY, EVENT, AWARD, PRACTICE, PAGE = "story", "event", "award", "practice", "page"
# The page models of each page type; PAGE is every other page.
PAGE_MODELS = {STORY: StoryPage, EVENT: EventPage, AWARD: AwardAnnouncementPage}
TYPES = {
    STORY: StoryPage._meta.verbose_name_plural,
    EVENT: EventPage._meta.verbose_name_plural,
    AWARD: AwardAnnouncementPage._meta.verbose_name_plural,
    PRACTICE: Practice._meta.verbose_name_plural,
    PAGE: _("other pages"),
}
PAGE_TYPES = (STORY, EVENT, AWARD, PAGE)
# The home page sits at depth 2, under the tree root.
HOME_DEPTH = 2


def public_pages(locale):
    """The pages of ``locale``'s tree a reader may find."""
    return every_page().live().public().filter(locale=locale, depth__gt=HOME_DEPTH)


def type_of(content_type_id):
    """The type a page of this content type is found as: as ``pages_of_type``
    sorts them, subclasses with their parents."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is not None:
        for key, page_model in PAGE_MODELS.items():
            if issubclass(model, page_model):
                return key
    return PAGE


def pages_of_type(pages, key):
    if key == PAGE:
        return pages.not_type(*PAGE_MODELS.values())
    return pages.type(PAGE_MODELS[key])


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Hit:
    """One result as the template shows it."""

    kind: str
    type_label: str
    title: str
    url: str
    snippet: str
    # The title with the reader's words in <mark>, for the list.
    marked_title: str = ""
    date: datetime.date | None = None
    year: int | None = None
    # The result's language when it is not the reader's (an untranslated copy).
    lang: str = ""


class SiteSearch:
    """A reader's search in one language, narrowed to one type or not. Counts
    cost one query for the pages and one for practices, whatever they find."""

    def __init__(self, query, locale, type_key=""):
        self.query = query
        self.locale = locale
        self.type = type_key if type_key in TYPES else ""
        self.fuzzy = False
        self.counts = self._count()
        if connection.vendor == "postgresql" and not any(self.counts.values()):
            # Nothing word for word: unaccented and fuzzy, but only then, so an
            # exact match is not diluted by near ones.
            self.fuzzy = True
            self.counts = self._count()

    def _search(self, queryset):
        query = Fuzzy(self.query, operator="and", unaccent=True) if self.fuzzy else self.query
        return get_search_backend().search(query, queryset, operator="and")

    def _count(self):
        # One query for the pages, grouped by their model, then sorted into types.
        counts = dict.fromkeys(PAGE_TYPES, 0)
        matches = self._search(public_pages(self.locale)).facet("content_type_id")
        for content_type_id, count in matches.items():
            counts[type_of(content_type_id)] += count
        self.practice_pks = self._practice_pks()
        counts[PRACTICE] = len(self.practice_pks)
        return {key: counts[key] for key in TYPES}

    def _practice_pks(self):
        """The visible practices that match, best first, in one query. The backend
        ranks the matches among all live practices, as it cannot filter by the
        library's language rule (visible_practices); the rule then narrows the
        backend's query. Primary keys only: not the text vector of every match,
        which the backend selects to rank them and which weighs more than the
        rest of the search."""
        matches = self._search(Practice.objects.filter(live=True)).get_queryset()
        visible = visible_practices(self.locale).values("pk")
        return list(matches.filter(pk__in=visible).values_list("pk", flat=True))

    @property
    def total(self):
        if self.type:
            return self.counts[self.type]
        return sum(self.counts.values())

    def results(self):
        """The matches of the chosen type (or all), as one list to paginate."""
        pages = public_pages(self.locale)
        if self.type == PRACTICE:
            return ResultList(None, 0, self.practice_pks)
        if self.type:
            pages = pages_of_type(pages, self.type)
            return ResultList(self._search(pages.specific()), self.counts[self.type], [])
        page_count = sum(self.counts[key] for key in PAGE_TYPES)
        return ResultList(self._search(pages.specific()), page_count, self.practice_pks)

    def facet(self, path):
        """Every type with matches (and the chosen one), with its count and address."""
        values = [FacetValue("", _("All"), sum(self.counts.values()), not self.type, "")]
        values += [
            FacetValue(key, capfirst(label), self.counts[key], key == self.type, "")
            for key, label in TYPES.items()
            if self.counts[key] or key == self.type
        ]
        for value in values:
            params = {"q": self.query, **({"type": value.key} if value.key else {})}
            value.url = f"{path}?{urlencode(params)}"
        return values

    def hits(self, objects, request):
        """The template's view of one page of results: a fixed number of queries
        (the practices' library addresses, the languages of untranslated copies)."""
        objects = list(objects)
        practices = [item for item in objects if isinstance(item, Practice)]
        links = practice_links(practices, self.locale, request) if practices else {}
        source_languages = dict(
            Page.objects.filter(
                pk__in=[item.alias_of_id for item in objects if getattr(item, "alias_of_id", None)]
            ).values_list("pk", "locale__language_code")
        )
        hits = []
        for item in objects:
            if isinstance(item, Practice):
                link = links.get(item.translation_key)
                if link is not None:
                    hits.append(self.practice_hit(item, link))
            else:
                hits.append(self.page_hit(item, request, source_languages))
        return hits

    def practice_hit(self, practice, link):
        return Hit(
            kind=PRACTICE,
            type_label=Practice._meta.verbose_name,
            title=practice.title,
            marked_title=mark_words(practice.title, self.query),
            url=link.url,
            snippet=highlight(practice.summary, self.query),
            year=practice.year,
            date=None if practice.year else _local_date(practice.last_published_at),
            lang=link.lang,
        )

    def page_hit(self, page, request, source_languages):
        kind, type_label, date = PAGE, page._meta.verbose_name, None
        if isinstance(page, StoryPage):
            kind, type_label = STORY, page.get_kind_display()
            date = _local_date(page.first_published_at)
        elif isinstance(page, EventPage):
            # The first day where the event takes place, in its own time zone.
            kind, start = EVENT, page.local_start
            date = page.start_date if page.all_day or start is None else start.date()
        elif isinstance(page, AwardAnnouncementPage):
            kind, date = AWARD, page.publication_date
        else:
            date = _local_date(page.last_published_at or page.first_published_at)
        describe = getattr(page, "get_description", None)
        description = describe() if describe else page.search_description
        language = source_languages.get(page.alias_of_id, "")
        return Hit(
            kind=kind,
            type_label=type_label,
            title=page.title,
            marked_title=mark_words(page.title, self.query),
            url=page.get_url(request),
            snippet=highlight(description, self.query),
            date=date,
            lang=language if language != self.locale.language_code else "",
        )


def _local_date(moment):
    if moment is None:
        return None
    return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()


class ResultList:
    """Matching pages, then matching practices, read as one list so that one
    paginator covers both: only the slice shown is fetched."""

    def __init__(self, pages, page_count, practice_pks):
        self.pages = pages
        self.page_count = page_count
        self.practice_pks = practice_pks

    def __len__(self):
        return self.page_count + len(self.practice_pks)

    def count(self):
        return len(self)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("ResultList only supports slices")
        start, stop, _step = key.indices(len(self))
        items = []
        if start < self.page_count:
            items += list(self.pages[start : min(stop, self.page_count)])
        if stop > self.page_count:
            pks = self.practice_pks[max(start - self.page_count, 0) : stop - self.page_count]
            practices = Practice.objects.select_related("locale").in_bulk(pks)
            items += [practices[pk] for pk in pks if pk in practices]
        return items
