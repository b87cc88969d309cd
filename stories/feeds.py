"""RSS 2.0 and Atom feeds of one newsroom, built with Django's syndication
framework (which escapes every value it writes)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_LENGTH = 20


class StoryRssFeed(Feed):
    feed_type = Rss201rev2Feed
    kind = "rss"

    def __init__(self, story_index):
        super().__init__()
        self.story_index = story_index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        # Django reads ``language`` as a plain attribute, not per object.
        self.language = self.story_index.locale.language_code
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

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.get_description()

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        authors = item.listed_authors(self.people) if hasattr(item, "listed_authors") else []
        return ", ".join(person.name for person in authors) or None


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed
    kind = "atom"
