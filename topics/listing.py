"""One topic's page: its latest stories, its events (upcoming first, then the
latest past) and its practices, each as readers of the page's language see them,
with links to the newsroom's and the library's lists of the rest. The number of
queries does not depend on the number of items."""

from urllib.parse import urlencode

from django.conf import settings
from django.db.models import prefetch_related_objects

from events.models import EventIndexPage
from home.chrome import section
from home.localization import with_sources
from practices.distinctions import badges_for
from practices.library import CARD_FIELDS, links_in
from practices.models import PracticeLibraryPage
from stories.models import StoryIndexPage, StoryPage, people_in
from stories.newsroom import topic_names

from .content import events_about, past, practices_about, stories_about, upcoming
from .models import EVENTS_SHOWN, PRACTICES_SHOWN, STORIES_SHOWN


class TopicListing:
    def __init__(self, topic_index, topic, request):
        self.index = topic_index
        self.locale = topic_index.locale
        self.topic = topic
        self.request = request

    def stories(self):
        stories = with_sources(stories_about(self.topic, self.locale))
        shown = list(stories[:STORIES_SHOWN])
        StoryPage.prefetch_for_listing_of(shown)
        return shown, stories.count()

    def events(self):
        events = with_sources(events_about(self.topic, self.locale))
        return list(upcoming(events)[:EVENTS_SHOWN]), list(past(events)[:EVENTS_SHOWN])

    def practice_cards(self, names):
        practices = practices_about(self.topic, self.locale)
        shown = list(practices.only(*CARD_FIELDS)[:PRACTICES_SHOWN])
        prefetch_related_objects(shown, "topics")
        # They are what the library shows: linked without looking them up again.
        library = section(self.request, PracticeLibraryPage, self.locale)
        links = {
            link.practice.translation_key: link
            for link in (links_in(library, shown, self.request) if library else [])
        }
        badges = badges_for(shown, self.locale, self.request)
        cards = [
            {
                "practice": practice,
                "url": links[practice.translation_key].url,
                "untranslated": practice.locale_id != self.locale_id,
                "topics": [names.get(t.translation_key, t) for t in practice.topics.all()],
                "badges": badges.get(practice.translation_key, []),
            }
            for practice in shown
            if practice.translation_key in links
        ]
        return cards, practices.count()

    @property
    def locale_id(self):
        return self.locale.pk

    def filtered_url(self, page):
        """A list of ``page`` (newsroom, library) narrowed to this topic. Those
        lists know only the topics of their language, so an untranslated topic
        has none."""
        if page is None or self.topic.locale_id != self.locale_id:
            return ""
        return f"{page.get_url(self.request)}?{urlencode({'topic': self.topic.slug})}"

    def context(self):
        names = topic_names(self.locale)
        stories, story_count = self.stories()
        upcoming_events, past_events = self.events()
        cards, practice_count = self.practice_cards(names)
        event_index = section(self.request, EventIndexPage, self.locale)
        return {
            "topic": self.topic,
            "untranslated_topic": self.topic.locale_id != self.locale_id,
            "stories": stories,
            "story_count": story_count,
            "stories_url": self.filtered_url(section(self.request, StoryIndexPage, self.locale)),
            "upcoming_events": upcoming_events,
            "past_events": past_events,
            "events_url": event_index.get_url(self.request) if event_index else "",
            "cards": cards,
            "practice_count": practice_count,
            "practices_url": self.filtered_url(
                section(self.request, PracticeLibraryPage, self.locale)
            ),
            "topic_names": names,
            "people": people_in(self.locale),
            # Untranslated copies of events read in the source language.
            "source_language": settings.LANGUAGE_CODE,
        }
