"""What every feed of pages shares, built on Django's syndication framework
(which escapes every value it writes)."""

from django.contrib.syndication.views import Feed


class PageFeed(Feed):
    """A feed whose items are pages of one language: the language is the feed's,
    and each item links to its page, dated by its first publication."""

    FEED_LENGTH = 20

    def feed_language(self, request, locale):
        """Call from ``get_object``: the request makes absolute links."""
        self.request = request
        # Django reads ``language`` as a plain attribute, not per object.
        self.language = locale.language_code

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
