"""Where cached responses live and how they go stale.

Each cached response carries tags: the page that rendered it (``page:<id>``) and
the kinds of content it lists (``list:<app.model>``). Every tag has a generation
token in the cache; an entry is good only while the tokens it was stored with are
still current. Purging a tag replaces its token, which stales every response that
carries it (all query strings and routes of a page at once) in one cache write,
without knowing their keys. A lost token (eviction, Redis restart) reads as a
mismatch, so the worst case is a miss, never a stale page."""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches

from django_http_compression.middleware import best_coding

# Every page shows the site's frame (menu, footer, identity): this tag is on all.
SITE_TAG = "site"
# Longer query strings are not worth a cache entry: readers never type them.
MAX_QUERY_LENGTH = 1024


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def entry_key(request):
    """Site (host), locale and path (the path carries the language prefix), the
    query string with its parameters sorted, and the encoding the reader gets
    (the compression middleware, inside the page cache, picks the best the reader
    takes: zstd, br, gzip or none)."""
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    encoding = best_coding(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    raw = f"{request.get_host()}\n{request.path}\n{query}\n{encoding}"
    return "pagecache:entry:" + hashlib.sha256(raw.encode()).hexdigest()


def page_tag(page_id):
    return f"page:{page_id}"


def record_tag(obj):
    """A record shown at its own address (a practice, a claim, an author): a route of
    the page that lists it."""
    return record_tag_of(type(obj), obj.pk)


def record_tag_of(model, pk):
    """``record_tag`` when only the record's model and key are at hand."""
    return f"record:{model._meta.label_lower}:{pk}"


def list_tag(model):
    return f"list:{model._meta.label_lower}"


def _token_key(tag):
    return f"pagecache:tag:{tag}"


def current_tokens(tags):
    """The current token of each tag; a tag never purged gets one now, so that a
    purge between this read and the store is always noticed."""
    tags = sorted(set(tags) | {SITE_TAG})
    found = cache().get_many([_token_key(tag) for tag in tags])
    tokens, missing = {}, {}
    for tag in tags:
        token = found.get(_token_key(tag))
        if token is None:
            token = missing[_token_key(tag)] = uuid.uuid4().hex
        tokens[tag] = token
    if missing:
        cache().set_many(missing, timeout=None)
    return tokens


def load(request):
    """The stored response for this request, or None when absent or stale."""
    entry = cache().get(entry_key(request))
    if entry is None:
        return None
    tokens = entry["tokens"]
    found = cache().get_many([_token_key(tag) for tag in tokens])
    if any(found.get(_token_key(tag)) != token for tag, token in tokens.items()):
        return None
    return entry


def save(request, response, tokens, replay=None):
    # One piece: a feed is written in hundreds of small pieces, and the server sends
    # each piece of a response on its own.
    response.content = response.content
    entry = {"response": response, "tokens": tokens, "replay": replay}
    cache().set(entry_key(request), entry, timeout=settings.PAGE_CACHE_SECONDS)


def purge(tags):
    """Stale every response carrying any of ``tags``."""
    tags = set(tags)
    if tags:
        cache().set_many({_token_key(tag): uuid.uuid4().hex for tag in tags}, timeout=None)
