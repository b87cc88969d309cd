"""A full-page cache for anonymous readers, in front of sessions and the database.

A request may be answered from the cache when it is a GET or HEAD without a
session cookie (editors and readers who signed in always get fresh pages). A
response is stored when its view marked it (``readers.cache_for_readers``), it is a
200 that sets no cookie and says nothing against caching. Previews and private
pages are never marked. Stored responses carry headers a CDN can follow."""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.module_loading import import_string

from . import store

HEADER = "X-Page-Cache"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.may_serve(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                # Whatever a signed-in person sees is theirs alone.
                patch_cache_control(response, private=True)
            return response
        entry = store.load(request)
        if entry is not None:
            return self.replay(entry)
        request.page_cache_candidate = True
        response = self.get_response(request)
        tokens = getattr(request, "page_cache_tokens", None)
        if tokens is not None and self.may_store(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
                s_maxage=settings.PAGE_CACHE_CDN_SECONDS,
                stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
            )
            # Stored once per encoding here, so by a CDN too: an uncompressed copy
            # says so as well as a compressed one.
            patch_vary_headers(response, ("Accept-Encoding",))
            store.save(request, response, tokens, getattr(request, "page_cache_replay", None))
            response[HEADER] = "miss"
        elif response.cookies:
            patch_cache_control(response, private=True)
        return response

    @staticmethod
    def may_serve(request):
        return (
            store.enabled()
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
            and len(request.META.get("QUERY_STRING", "")) <= store.MAX_QUERY_LENGTH
        )

    @staticmethod
    def may_store(request, response):
        cache_control = response.get("Cache-Control", "")
        return (
            request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not getattr(request, "is_preview", False)
            and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
            and not getattr(getattr(request, "user", None), "is_authenticated", False)
        )

    @staticmethod
    def replay(entry):
        if entry["replay"]:
            function, args = entry["replay"]
            import_string(function)(*args)
        response = entry["response"]
        response[HEADER] = "hit"
        return response
