"""Finding the page for an address in two queries, whatever its depth.

Wagtail's ``route()`` walks the tree one path segment at a time, two queries a
segment (the child by slug, then its specific object), after finding the
language's home page (two more). Here every page along the address is found by
``url_path`` in one query from the language's home page (kept with the site's
frame, ``home.chrome``), and the page that answers is made specific with one
more. The answer is Wagtail's: a routable page whose own routes match the rest of
the address answers before its children, as in ``RoutablePageMixin.route``, and
the page's own ``route()`` has the last word (a draft is not found, a routable
page resolves its sub-address). Wagtail's ``serve`` then runs as usual."""

from django.db.models import Q, Subquery
from django.http import Http404
from django.urls import Resolver404
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from .chrome import chrome, site_for
from .locales import with_cached_locale
from .localization import fetch_sources
from .privacy import every_page, is_public


def _answers_itself(page, remaining):
    """Whether ``page`` may answer for ``remaining`` rather than its child: a
    live routable page with a route of its own for it, or a page type with a
    ``route()`` of its own, which is left to decide."""
    page_class = page.specific_class
    if page_class is None:
        return False
    if page_class.route not in (Page.route, RoutablePageMixin.route):
        return True
    if not (page.live and issubclass(page_class, RoutablePageMixin)):
        return False
    try:
        page_class.get_resolver().resolve("/" + "".join(f"{c}/" for c in remaining))
    except Resolver404:
        return False
    return True


def _home_url_path(request, site):
    """The ``url_path`` Wagtail starts from: the home page of the reader's
    language when live (``site.root_page.localized``), else the site's root."""
    frame = chrome(request)
    home = frame["pages"]["homes"].get(get_language()) if frame else None
    if home is not None and home["live"]:
        return home["url_path"]
    return site.root_page.url_path


def _pages_along(addresses, start):
    """The pages at ``addresses`` (one ``url_path`` each, home first) and the live,
    public versions in other languages of the deepest of them, written in those
    languages (not copies), for the language switcher: one query."""
    along = Q(url_path__in=addresses)
    if start != "/":
        # The slug is indexed, the url_path is not.
        along &= Q(slug__in={address.rstrip("/").rsplit("/", 1)[-1] for address in addresses})
    deepest = Page.objects.filter(along).order_by("-depth").values("translation_key")[:1]
    versions = Q(translation_key=Subquery(deepest), alias_of__isnull=True, live=True)
    # Unordered: the pages are looked up by address and by language.
    found = list(every_page().filter(along | (versions & ~every_page().private_q())).order_by())
    # An untranslated copy copies its source-language version, found here with
    # the other versions; only copies along the way need a query of their own.
    by_pk = {page.pk: page for page in found}
    for page in found:
        if page.alias_of_id in by_pk:
            page.alias_of = by_pk[page.alias_of_id]
    return fetch_sources(found)


def find_route(request, path):
    """``Page.route_for_request(request, path)``: ``(page, args, kwargs)`` or None.

    The page that answers comes with its ancestors from the home page down
    (``routed_ancestors``, for the breadcrumbs) and its versions in other
    languages (``routed_versions``, for the language switcher), so that
    neither costs another query."""
    site = site_for(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    start = _home_url_path(request, site)
    addresses = [
        start + "".join(f"{c}/" for c in components[:n]) for n in range(len(components) + 1)
    ]
    found = _pages_along(addresses, start)
    by_address = {page.url_path: page for page in found}
    chain = []
    for address in addresses:
        if address not in by_address:
            break
        chain.append(by_address[address])
    if not chain:
        return None
    # Top down, as Wagtail routes: the first routable page with a route for the
    # rest of the address answers, else the deepest page found.
    answering = len(chain) - 1
    for depth, page in enumerate(chain[:-1]):
        if _answers_itself(page, components[depth:]):
            answering = depth
            break
    page = _served(chain[answering])
    if answering:
        # Treebeard's get_parent() uses it: the parent costs no query.
        page._cached_parent_obj = chain[answering - 1]
    page.routed_ancestors = chain[:answering]
    if answering == len(chain) - 1:
        page.routed_versions = [
            version
            for version in found
            if version.translation_key == page.translation_key
            and version.alias_of_id is None
            and version.live
            and is_public(version)
        ]
    try:
        return page.route(request, components[answering:])
    except Http404:
        return None


def _served(generic):
    """The specific page, with what its type draws of its own foreign keys
    (``select_related_when_served``), its locale and the page it copies."""
    page_class = generic.specific_class
    related = getattr(page_class, "select_related_when_served", ())
    if related:
        page = page_class._default_manager.select_related(*related).get(pk=generic.pk)
    else:
        page = generic.specific
    with_cached_locale(page)
    if generic.alias_of_id:
        page.alias_of = generic.alias_of
    return page


def serve(request, path):
    """Wagtail's page view, with the route found as above. Wagtail keeps the route
    on the request and looks there first."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = find_route(request, path)
    return wagtail_views.serve(request, path)
