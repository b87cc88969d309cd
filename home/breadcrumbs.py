"""The trail from a language's home page down to the page being read, shown as
breadcrumbs and written as a schema.org BreadcrumbList.

A routable page that serves sub-addresses (a practice in the library, an author
in the newsroom) puts ``breadcrumb_tail`` in its context: a list of
``{"title": ..., "url": ...}`` (optionally ``"lang"``) that follows the page
itself."""

from django.utils.translation import get_language

from wagtail.models import Page

from .locales import locale_by_id
from .localization import with_sources

# Depth of each language's home page: the tree root is at depth 1.
HOME_DEPTH = 2


def _crumb(page, request, language):
    crumb = {"title": page.title, "url": page.get_url(request)}
    # An untranslated copy carries its source's title (see BasePage.content_locale).
    if page.alias_of_id:
        source_language = locale_by_id(page.alias_of.locale_id).language_code
        if source_language != language:
            crumb["lang"] = source_language
    return crumb


def _ancestors(page):
    """Live ancestors from the home page down: those found when the page was
    routed (``home.routing``), else one query."""
    routed = getattr(page, "routed_ancestors", None)
    if routed is not None and routed and routed[0].depth == HOME_DEPTH:
        return [ancestor for ancestor in routed if ancestor.live]
    return with_sources(page.get_ancestors().filter(depth__gte=HOME_DEPTH).live())


def breadcrumb_trail(context):
    """The page's trail, home first, or ``[]`` on a home page and outside the
    page tree. Ancestors come with the routed page, or in one query; the trail
    is kept on the request, as the head (JSON-LD) and the body (navigation) both
    ask for it."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None or page.depth <= HOME_DEPTH:
        return []
    cache = request.__dict__.setdefault("_breadcrumb_trails", {})
    if page.pk not in cache:
        language = get_language()
        ancestors = _ancestors(page)
        cache[page.pk] = [
            _crumb(ancestor, request, language) for ancestor in [*ancestors, page]
        ] + list(context.get("breadcrumb_tail") or [])
    return cache[page.pk]


def breadcrumb_json_ld(trail, request):
    """The trail as a schema.org BreadcrumbList, with absolute addresses."""
    if not trail:
        return []
    return [
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": crumb["title"],
                    "item": request.build_absolute_uri(crumb["url"]),
                }
                for position, crumb in enumerate(trail, start=1)
            ],
        }
    ]
