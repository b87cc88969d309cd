"""The RSS 2.0 feed of one topic in one language: its latest stories and events,
built with Django's syndication framework (which escapes every value it writes)."""

from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from home.feeds import PageFeed

from .content import events_about, stories_about

FEED_LENGTH = PageFeed.FEED_LENGTH


class TopicRssFeed(PageFeed):
    feed_type = Rss201rev2Feed

    def __init__(self, topic_index, topic):
        super().__init__()
        self.topic_index = topic_index
        self.topic = topic

    def get_object(self, request, *args, **kwargs):
        self.feed_language(request, self.topic_index.locale)
        return self.topic

    def title(self, topic):
        return f"{topic.name} | {self.topic_index.title}"

    def link(self, topic):
        return self.request.build_absolute_uri(self.topic_index.topic_url(topic, self.request))

    def feed_url(self, topic):
        return self.request.build_absolute_uri(self.topic_index.feed_url(topic, self.request))

    def description(self, topic):
        return _("The latest stories and events about %(topic)s.") % {"topic": topic.name}

    def items(self, topic):
        # Untranslated copies are left out: the feed declares one language.
        locale = self.topic_index.locale
        stories = stories_about(topic, locale, translated_only=True)[:FEED_LENGTH]
        events = events_about(topic, locale, translated_only=True).order_by(
            "-first_published_at", "-pk"
        )[:FEED_LENGTH]
        items = sorted([*stories, *events], key=lambda item: item.first_published_at, reverse=True)
        return items[:FEED_LENGTH]
