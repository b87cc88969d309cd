from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Locale, Page


class TranslatedPagesSitemap(Sitemap):
    """Every live, public page of every language, each with ``hreflang`` links to
    its real translations. Untranslated copies (aliases) are left out: they
    repeat the source page word for word."""

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(alias_of__isnull=True, depth__gt=1)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        # By id: .specific() drops select_related, and the locale is all we need.
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        versions = defaultdict(dict)
        for item in items:
            versions[item.translation_key][languages[item.locale_id]] = item.get_full_url(
                self.request
            )
        urls = []
        for item in items:
            for url_info in item.get_sitemap_urls(self.request):
                # A routable page's sub-addresses (topics) name their own versions.
                if "alternates" not in url_info:
                    url_info["alternates"] = self.alternates(versions[item.translation_key])
                urls.append(url_info)
        lastmods = [url.get("lastmod") for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    @staticmethod
    def alternates(versions):
        if len(versions) < 2:
            return []
        links = [{"lang_code": code, "location": url} for code, url in sorted(versions.items())]
        if settings.LANGUAGE_CODE in versions:
            links.append({"lang_code": "x-default", "location": versions[settings.LANGUAGE_CODE]})
        return links


def sitemap_for_readers(request, **kwargs):
    """The sitemap, cached for readers until a page or a topic changes: at scale
    it lists thousands of addresses, which nobody should wait for twice."""
    from pagecache.readers import cache_for_readers
    from pagecache.store import list_tag
    from practices.models import Topic

    cache_for_readers(request, [list_tag(Page), list_tag(Topic)])
    return sitemap(request, {"pages": TranslatedPagesSitemap}, **kwargs)
