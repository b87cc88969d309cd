"""The home page's sections, each in the home page's language: the editor's
choices where readers may see them, else an automatic fallback. A choice that
was unpublished, made private or has no version in this language is skipped,
never shown. Every section costs a fixed number of queries, whatever the
amount of content."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F
from django.db.models.functions import Coalesce, TruncDate
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from events.filters import EventFilter
from events.models import EventIndexPage
from home.chrome import section
from home.images import rendition_prefetch
from home.localization import as_readers_find, with_sources
from practices.library import visible_practices
from practices.models import IntegrationArea, Organisation, PracticeLibraryPage
from stories.models import (
    AwardAnnouncementPage,
    StoryIndexPage,
    StoryPage,
    people_in,
)
from stories.newsroom import topic_names

FEATURED_COUNT = 3
LATEST_COUNT = 4
EVENT_COUNT = 3
# The partners section names the roles in this order, under these headings.
ROLES = {
    Organisation.Role.HOST: _("Host"),
    Organisation.Role.LEADER: _("Project leader"),
    Organisation.Role.PARTNER: _("Partners"),
}


@dataclass
class Choices:
    """What the editor chose on the home page, as translation keys: a choice is
    followed into each language by its translation key, so the home page of
    every language shows its own version of the chosen page."""

    lead: str | None = None
    featured: list = field(default_factory=list)
    award: str | None = None

    @classmethod
    def of(cls, home):
        featured_ids = [row.story_id for row in home.featured_stories.all()]
        ids = [home.lead_story_id, home.award_announcement_id, *featured_ids]
        keys = dict(
            Page.objects.filter(pk__in=[pk for pk in ids if pk]).values_list(
                "pk", "translation_key"
            )
        )
        return cls(
            lead=keys.get(home.lead_story_id),
            featured=[keys[pk] for pk in featured_ids if pk in keys],
            award=keys.get(home.award_announcement_id),
        )


@dataclass
class StoriesSection:
    index: StoryIndexPage
    lead: StoryPage | None
    featured: list
    latest: list

    @property
    def top(self):
        return [self.lead, *self.featured] if self.lead else self.featured


@dataclass
class EventsSection:
    index: EventIndexPage
    events: list
    upcoming: bool


@dataclass
class AreaCount:
    value: str
    label: str
    count: int
    url: str


@dataclass
class PracticesSection:
    library: PracticeLibraryPage
    url: str
    areas: list

    @property
    def total(self):
        return sum(area.count for area in self.areas)


@dataclass
class PartnerGroup:
    role: str
    label: str
    organisations: list


def _listed(queryset):
    """Live, public pages as cards show them: without their bodies, and an
    untranslated copy names its source's language, so the page it copies comes
    along (``with_sources``)."""
    return with_sources(queryset.live().public().defer_streamfields())


def section_of(home, page_class, request):
    """The home page's live, public child of ``page_class`` (the newsroom, the
    calendar, the library): from the site's frame when it is this home's."""
    found = section(request, page_class, home.locale)
    if found is not None and found.path.startswith(home.path):
        return found
    return page_class.objects.child_of(home).live().public().first()


def stories_section(home, choices, request=None):
    index = section_of(home, StoryIndexPage, request)
    if index is None:
        return None
    stories = _listed(StoryPage.objects.child_of(index)).order_by("-first_published_at", "-pk")
    chosen_keys = [key for key in [choices.lead, *choices.featured] if key]
    chosen = {
        story.translation_key: story for story in stories.filter(translation_key__in=chosen_keys)
    }
    lead = chosen.get(choices.lead)
    featured = [chosen[key] for key in choices.featured if key in chosen and key != choices.lead]
    shown = [story.pk for story in [lead, *featured] if story]
    newest = list(stories.exclude(pk__in=shown)[: 1 + FEATURED_COUNT + LATEST_COUNT])
    if lead is None and newest:
        lead = newest.pop(0)
    if not featured:
        featured, newest = newest[:FEATURED_COUNT], newest[FEATURED_COUNT:]
    latest = newest[:LATEST_COUNT]
    if lead is None:
        return None
    StoryIndexPage.prefetch_for_listing([lead, *featured, *latest])
    return StoriesSection(index=index, lead=lead, featured=featured, latest=latest)


def events_section(home, request=None):
    """Upcoming events soonest first; when none is announced, the latest reports."""
    index = section_of(home, EventIndexPage, request)
    if index is None:
        return None
    event_filter = EventFilter({}, index)
    events = list(event_filter.upcoming()[:EVENT_COUNT])
    upcoming = bool(events)
    if not upcoming:
        events = list(event_filter.past()[:EVENT_COUNT])
    if not events:
        return None
    return EventsSection(index=index, events=events, upcoming=upcoming)


def award_section(stories, choices):
    if stories is None:
        return None
    awards = _listed(AwardAnnouncementPage.objects.child_of(stories.index))
    if choices.award:
        chosen = awards.filter(translation_key=choices.award).first()
        if chosen is not None:
            return chosen
    # The date readers see on the announcement (``publication_date``).
    return awards.order_by(
        Coalesce("published_on", TruncDate("first_published_at")).desc(nulls_last=True),
        F("first_published_at").desc(nulls_last=True),
        "-pk",
    ).first()


def practices_section(home, locale, request):
    """How many practices each integration area has in this language's library:
    one query whatever the number of practices."""
    library = section_of(home, PracticeLibraryPage, request)
    if library is None:
        return None
    counts = dict(
        visible_practices(locale)
        .order_by()
        .values("area")
        .annotate(n=Count("pk"))
        .values_list("area", "n")
    )
    url = library.get_url(request)
    areas = [
        AreaCount(value, label, counts[value], f"{url}?area={value}")
        for value, label in IntegrationArea.choices
        if counts.get(value)
    ]
    if not areas:
        return None
    return PracticesSection(library=library, url=url, areas=areas)


def partners_section(locale):
    """The organisations behind the site, by role, named in this language (the
    source-language record while untranslated)."""
    organisations = (
        as_readers_find(Organisation.objects.filter(role__in=list(ROLES)), locale)
        .select_related("logo")
        .prefetch_related(rendition_prefetch("logo", "partner"))
        .order_by("name", "pk")
    )
    by_role = {}
    for organisation in organisations:
        by_role.setdefault(organisation.role, []).append(organisation)
    return [
        PartnerGroup(role, heading, by_role[role])
        for role, heading in ROLES.items()
        if role in by_role
    ]


def front_page_context(home, request):
    """Everything the home page template shows besides the page's own fields."""
    locale = home.locale
    choices = Choices.of(home)
    stories = stories_section(home, choices, request)
    return {
        "stories_section": stories,
        "events_section": events_section(home, request),
        "award": award_section(stories, choices),
        "practices_section": practices_section(home, locale, request),
        "partner_groups": partners_section(locale),
        # What the shared cards need to name topics, authors and languages.
        "topic_names": topic_names(locale) if stories else {},
        "people": people_in(locale) if stories else {},
        "source_language": settings.LANGUAGE_CODE,
    }
