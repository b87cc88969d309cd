"""Where a topic shown as a tag leads: its page in the reader's language."""

from django import template
from django.utils.translation import get_language

from home.chrome import section
from home.locales import all_locales
from home.records import readers_know

register = template.Library()


class TopicAddresses:
    """The topic page of one language and the slug of each topic there, once per
    request: the page comes with the site's frame, the topics from their cached
    register (no query when both are cached, whatever the number of tags)."""

    def __init__(self, request, language_code):
        from practices.models import Topic
        from topics.models import TopicIndexPage

        self.index = None
        self.base_url = ""
        self.slugs = {}
        locale = next(
            (locale for locale in all_locales() if locale.language_code == language_code), None
        )
        if locale is None:
            return
        index = section(request, TopicIndexPage, locale)
        if index is None:
            return
        self.index = index
        self.base_url = index.get_url(request)
        self.slugs = {key: topic.slug for key, topic in readers_know(Topic, locale).items()}

    def url(self, topic):
        slug = self.slugs.get(getattr(topic, "translation_key", None))
        if not self.base_url or slug is None:
            return ""
        return self.base_url + self.index.reverse_subpage("topic", kwargs={"slug": slug})


def topic_addresses(request):
    language_code = get_language()
    cache = getattr(request, "_topic_addresses", None)
    if cache is None:
        cache = {}
        if request is not None:
            request._topic_addresses = cache
    if language_code not in cache:
        cache[language_code] = TopicAddresses(request, language_code)
    return cache[language_code]


@register.simple_tag(takes_context=True)
def topic_url(context, topic):
    """The public address of ``topic`` (any language version of it) on the topic
    page of the reader's language, or "" when that language has no topic page."""
    return topic_addresses(context.get("request")).url(topic)
