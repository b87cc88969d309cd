"""Stand-ins for oEmbed providers: no test reaches the network."""

from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder


class UnreachableFinder(EmbedFinder):
    """What the oEmbed finder does offline: nothing is found."""

    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        raise EmbedNotFoundException


class FakeVideoFinder(EmbedFinder):
    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        return {
            "title": "Flash mob",
            "author_name": "Lublin",
            "provider_name": "YouTube",
            "type": "video",
            "thumbnail_url": "",
            "width": 480,
            "height": 270,
            "html": '<iframe title="Flash mob" src="https://www.youtube-nocookie.com/embed/x"></iframe>',
        }
