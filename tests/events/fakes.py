"""Embed finders that never touch the network."""

from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder


class FailingFinder(EmbedFinder):
    """What readers get when the oEmbed provider cannot be reached."""

    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        raise EmbedNotFoundException


class FakePlayerFinder(EmbedFinder):
    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        return {
            "title": "Flash mob",
            "author_name": "",
            "provider_name": "Fake",
            "type": "video",
            "thumbnail_url": "",
            "width": 640,
            "height": 360,
            "html": '<iframe class="fake-player" title="Flash mob" src="https://player.example/1"></iframe>',
        }
