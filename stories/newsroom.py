"""What the reader of one newsroom narrows the list down with: the kind of story
and the topic, both kept in the query string. Values it does not know are
ignored, so an old or mistyped link still shows the newsroom."""

from home.records import readers_know
from practices.models import Topic

from .models import StoryPage


def topic_names(locale):
    """Topics as readers of ``locale`` name them, keyed by translation key
    (stories point at the source-language records); from the cached register."""
    return readers_know(Topic, locale)


class StoryFilter:
    def __init__(self, params, locale):
        self.topics = {
            topic.slug: topic
            for topic in readers_know(Topic, locale).values()
            if topic.locale_id == locale.pk
        }
        kind = params.get("kind", "")
        topic = params.get("topic", "")
        self.kind = kind if kind in StoryPage.Kind.values else ""
        self.topic = topic if topic in self.topics else ""

    @property
    def active(self):
        return bool(self.kind or self.topic)

    @property
    def kinds(self):
        return StoryPage.Kind.choices

    def topic_choices(self):
        return sorted(self.topics.values(), key=lambda topic: topic.name)

    def apply(self, items):
        if self.kind:
            items = items.filter(storypage__kind=self.kind)
        if self.topic:
            key = self.topics[self.topic].translation_key
            items = items.filter(storypage__topics__translation_key=key).distinct()
        return items
