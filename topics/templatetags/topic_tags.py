"""Where a topic shown as a tag leads: its page in the reader's language."""

from django import template
from django.utils.translation import get_language

from wagtail.models import Locale

register = template.Library()


class TopicAddresses:
    """The topic page of one language and the slug of each topic there, looked
    up once per request (two queries, whatever the number of tags)."""

    def __init__(self, request, language_code):
        from topics.content import topics_in
        from topics.models import TopicIndexPage

        self.index = None
        self.base_url = ""
        self.slugs = {}
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is None:
            return
        index = TopicIndexPage.objects.live().public().filter(locale=locale).first()
        if index is None:
            return
        self.index = index
        self.base_url = index.get_url(request)
        self.slugs = {topic.translation_key: topic.slug for topic in topics_in(locale)}

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
