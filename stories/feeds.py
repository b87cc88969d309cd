"""RSS 2.0 and Atom feeds of one newsroom, built with Django's syndication
framework (which escapes every value it writes)."""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from home.feeds import PageFeed

FEED_LENGTH = PageFeed.FEED_LENGTH


class StoryRssFeed(PageFeed):
    feed_type = Rss201rev2Feed
    kind = "rss"

    def __init__(self, story_index):
        super().__init__()
        self.story_index = story_index

    def get_object(self, request, *args, **kwargs):
        self.feed_language(request, self.story_index.locale)
        return self.story_index

    def title(self, story_index):
        return story_index.seo_title or story_index.title

    def link(self, story_index):
        return story_index.get_full_url(self.request)

    def feed_url(self, story_index):
        return self.request.build_absolute_uri(story_index.feed_url(self.kind))

    def description(self, story_index):
        return story_index.get_description() or story_index.title

    subtitle = description

    def items(self, story_index):
        # Untranslated copies are left out: the feed declares one language.
        from .models import people_in

        self.people = people_in(story_index.locale)
        items = list(story_index.published_items(translated_only=True).specific()[:FEED_LENGTH])
        return story_index.prefetch_for_listing(items)

    def item_author_name(self, item):
        authors = item.listed_authors(self.people) if hasattr(item, "listed_authors") else []
        return ", ".join(person.name for person in authors) or None


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed
    kind = "atom"
