"""Editors' picks: Wagtail's search promotions shown above the results.

A promoted query is shared by every language, so each reader sees only the picks
that are live, public pages of their own tree. External links are left out:
they have no language, and a pick must read in the reader's."""

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

from home.privacy import every_page

from .hits import pending_hits


def query_key(query):
    # Lower case can be longer than the text it comes from ("İ"), and the
    # column is not.
    return normalise_query_string(query)[:MAX_QUERY_STRING_LENGTH]


def editors_picks(query, locale):
    pages = every_page().live().public().filter(locale=locale)
    return list(
        SearchPromotion.objects.filter(query__query_string=query_key(query), page__in=pages)
        .select_related("page")
        .order_by("sort_order", "pk")
    )


def record_hit(query):
    """Count the search for the "popular searches" report editors choose picks from
    (written in batches: search.hits)."""
    key = query_key(query)
    if key:
        pending_hits.add(key)
