from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import routing
from home import views as home_views
from home.sitemaps import sitemap_for_readers
from search import views as search_views

urlpatterns = [
    path("", home_views.choose_language, name="choose_language"),
    path("healthz", home_views.healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_for_readers, name="sitemap"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL path", "search/"), search_views.search, name="search"),
    # Files that belong to a page (a library's map.geojson, a newsroom's feed.rss and
    # feed.atom, calendar.ics and event.ics) are routes of that page. Wagtail's own
    # pattern takes no dots, so this one hands such addresses to Wagtail's view.
    re_path(
        r"^(?P<path>(?:[\w\-]+/)+[\w\-]+\.(?:geojson|rss|atom|ics))$",
        routing.serve,
        name="page_file",
    ),
    # Wagtail serves every other address under the language prefix, through its
    # own view with the page found in two queries (home.routing).
    path("", include([p for p in wagtail_urls.urlpatterns if p.name != "wagtail_serve"])),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
