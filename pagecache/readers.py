"""Marking a response as fit for the cache, from the view that makes it.

Only responses marked here are stored, so nothing is cached by accident: Wagtail's
page view marks every public page (``wagtail_hooks``), other views call
``cache_for_readers`` themselves."""

from django.apps import apps

from . import store


def listed_models(page_class):
    """The kinds of content a page type lists, from its ``lists_content`` labels:
    publishing any of them changes the list."""
    return [apps.get_model(label) for label in getattr(page_class, "lists_content", ())]


def cache_for_readers(request, tags, replay=None):
    """Let this request's response be cached for anonymous readers until any of
    ``tags`` is purged. ``replay`` names a function (dotted path) and its
    arguments to call again whenever the cached copy is served, for the few
    views that count their readers.

    The tags' tokens are read now, before the response is rendered: a purge
    while rendering leaves the stored copy stale at once."""
    if getattr(request, "page_cache_candidate", False):
        request.page_cache_tokens = store.current_tokens(tags)
        request.page_cache_replay = replay


def cache_page_for_readers(request, page):
    if page.get_view_restrictions().exists():
        return
    tags = [store.page_tag(page.pk), *map(store.list_tag, listed_models(type(page)))]
    cache_for_readers(request, tags)


def cache_route_for_readers(request, page, record):
    """A route of ``page`` that shows one record at its own address (a practice, a
    claim, an author): it goes stale with the page and the record, not with every
    record the page lists."""
    if getattr(request, "page_cache_tokens", None) is not None:
        cache_for_readers(request, [store.page_tag(page.pk), store.record_tag(record)])
