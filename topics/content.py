"""What one topic gathers for the readers of one language: their topics, and the
live, public stories, events and practices about each. Items name the
source-language topic records (see ``practices.models.Taxonomy``), so an item is
matched to a topic through the topic's translation key."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count
from django.utils import timezone

from events.models import EventPage
from home.localization import as_readers_find
from home.records import readers_know
from practices.library import visible_practices
from practices.models import Topic
from stories.models import StoryPage


def topics_in(locale):
    """Topics as readers of ``locale`` find them: the topics of ``locale`` plus
    the source-language record of every topic not yet translated into it."""
    return as_readers_find(Topic.objects.all(), locale).select_related("locale")


def find_topic(locale, slug):
    """The topic readers of ``locale`` know by ``slug``, or None. A topic of
    ``locale`` wins over an untranslated source topic with the same slug."""
    found = sorted(
        (topic for topic in readers_know(Topic, locale).values() if topic.slug == slug),
        key=lambda t: t.locale_id != locale.pk,
    )
    return found[0] if found else None


def stories_about(topic, locale, translated_only=False):
    """Live, public stories of ``locale`` about ``topic``, newest first. Like the
    newsroom's list, they include untranslated copies of source-language stories;
    ``translated_only`` leaves those out (a feed declares one language)."""
    # Without the bodies: lists and feeds do not show them, and DISTINCT would
    # compare them.
    stories = (
        StoryPage.objects.live()
        .public()
        .filter(locale=locale, topics__translation_key=topic.translation_key)
        .defer_streamfields()
        .distinct()
        .order_by("-first_published_at", "-pk")
    )
    if translated_only:
        stories = stories.filter(alias_of__isnull=True)
    return stories


def events_about(topic, locale, translated_only=False):
    """Live, public events of ``locale`` about ``topic`` (copies included, as
    ``stories_about``)."""
    events = (
        EventPage.objects.live()
        .public()
        .filter(locale=locale, topics__translation_key=topic.translation_key)
        .defer_streamfields()
        .distinct()
    )
    if translated_only:
        events = events.filter(alias_of__isnull=True)
    return events


def upcoming(events):
    return events.filter(ends_at__gt=timezone.now()).order_by("begins_at", "pk")


def past(events):
    return events.filter(ends_at__lte=timezone.now()).order_by("-begins_at", "-pk")


def practices_about(topic, locale):
    """The practices of ``locale``'s library about ``topic``, by title."""
    return (
        visible_practices(locale)
        .filter(topics__translation_key=topic.translation_key)
        .distinct()
        .select_related("locale")
        .order_by("title", "pk")
    )


@dataclass(frozen=True)
class TopicCounts:
    stories: int = 0
    events: int = 0
    practices: int = 0

    @property
    def total(self):
        return self.stories + self.events + self.practices


def topic_counts(locale):
    """``{translation key: TopicCounts}`` for every topic with items in
    ``locale``: one query per kind of item, whatever the number of topics."""

    def counted(items):
        rows = (
            items.values("topics__translation_key")
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        )
        return Counter({row["topics__translation_key"]: row["n"] for row in rows})

    stories = counted(StoryPage.objects.live().public().filter(locale=locale))
    events = counted(EventPage.objects.live().public().filter(locale=locale))
    practices = counted(visible_practices(locale))
    keys = (set(stories) | set(events) | set(practices)) - {None}
    return {key: TopicCounts(stories[key], events[key], practices[key]) for key in keys}
