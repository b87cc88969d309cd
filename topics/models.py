"""Topic pages: every topic of the site's taxonomy gathers its stories, events
and practices at an address of its own in each language, with a feed."""

from django.db import models
from django.http import Http404
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from home.locales import locale_for
from home.localization import page_versions
from home.models import BasePage
from home.records import readers_know

# How many items of each kind a topic page shows; the rest are a link away in
# the newsroom's and the library's lists, filtered by the topic.
STORIES_SHOWN = 6
EVENTS_SHOWN = 4
PRACTICES_SHOWN = 6


class TopicIndexPage(RoutablePageMixin, BasePage):
    """The topics of one language, each at ``<slug>/`` with ``<slug>/feed.rss``."""

    lists_content = (
        "practices.Topic",
        "stories.StoryPage",
        "stories.AwardAnnouncementPage",
        "events.EventPage",
        "practices.Practice",
    )

    introduction = models.TextField(
        blank=True,
        max_length=600,
        verbose_name=_("introduction"),
        help_text=_("Shown above the list of topics."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("topic index")
        verbose_name_plural = _("topic indexes")

    def get_description(self):
        return self.search_description or self.introduction

    def topic_url(self, topic, request=None):
        return self.get_url(request) + self.reverse_subpage("topic", kwargs={"slug": topic.slug})

    def feed_url(self, topic, request=None):
        # Without the route's trailing slash: the page-file pattern of cms/urls.py.
        return self.topic_url(topic, request) + "feed.rss"

    @path("")
    def index(self, request):
        from .content import topic_counts, topics_in

        counts = topic_counts(self.locale)
        topics = [
            {
                "topic": topic,
                "url": self.topic_url(topic, request),
                "lang": topic.locale.language_code if topic.locale_id != self.locale_id else "",
                "counts": counts.get(topic.translation_key),
            }
            for topic in topics_in(self.locale)
        ]
        return self.render(request, context_overrides={"topics": topics})

    @re_path(r"^(?P<slug>[-\w]+)/$", name="topic")
    def topic(self, request, slug):
        from .listing import TopicListing

        listing = TopicListing(self, self.find_topic(slug), request)
        url = self.topic_url(listing.topic, request)
        return self.render(
            request,
            template="topics/topic_page.html",
            context_overrides={
                **listing.context(),
                "topic_page_url": url,
                "feed_url": self.feed_url(listing.topic, request),
                "route_translations": self.topic_translations(listing.topic, request),
                "breadcrumb_tail": [{"title": listing.topic.name, "url": url}],
                "structured_data": [],
            },
        )

    @re_path(r"^(?P<slug>[-\w]+)/feed\.rss/$", name="feed")
    @method_decorator(require_safe)
    def feed(self, request, slug):
        from .feeds import TopicRssFeed

        return TopicRssFeed(self, self.find_topic(slug))(request)

    def find_topic(self, slug):
        from .content import find_topic

        topic = find_topic(self.locale, slug)
        if topic is None:
            raise Http404
        return topic

    def topic_translations(self, topic, request=None):
        """The same topic on the topic page of each language that has one."""
        from practices.models import Topic

        pages = page_versions(self)
        versions = {}
        for language_code, page in pages.items():
            locale = locale_for(language_code)
            version = readers_know(Topic, locale).get(topic.translation_key)
            # Only the topic's own versions: the register also holds untranslated ones.
            if version is not None and version.locale_id == locale.pk:
                versions[language_code] = page.get_url(request) + self.reverse_subpage(
                    "topic", kwargs={"slug": version.slug}
                )
        return versions

    def get_sitemap_urls(self, request=None):
        """The index and every topic of its language, each topic with its
        versions on the topic pages of the other languages."""
        from home.sitemaps import TranslatedPagesSitemap
        from practices.models import Topic

        from .content import topics_in

        urls = super().get_sitemap_urls(request)
        lastmod = urls[0]["lastmod"]
        pages = {
            page.locale_id: page
            for page in TopicIndexPage.objects.live()
            .public()
            .filter(translation_key=self.translation_key, alias_of__isnull=True)
            .select_related("locale")
        }
        versions = {}
        for version in Topic.objects.filter(locale_id__in=pages).select_related("locale"):
            page = pages[version.locale_id]
            location = page.get_full_url(request) + page.reverse_subpage(
                "topic", kwargs={"slug": version.slug}
            )
            versions.setdefault(version.translation_key, {})[page.locale.language_code] = location
        for topic in topics_in(self.locale):
            location = self.get_full_url(request) + self.reverse_subpage(
                "topic", kwargs={"slug": topic.slug}
            )
            alternates = TranslatedPagesSitemap.alternates(versions.get(topic.translation_key, {}))
            urls.append({"location": location, "lastmod": lastmod, "alternates": alternates})
        return urls
