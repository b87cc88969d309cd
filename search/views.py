from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from home.chrome import site_for
from home.locales import active_locale
from home.pagination import paginate
from home.search_terms import clean_query
from pagecache.readers import cache_for_readers

from .promotions import editors_picks, record_hit
from .results import SiteSearch

# What a search can find or show: every page, every practice, the editors' picks.
SEARCHED = [
    "list:wagtailcore.page",
    "list:practices.practice",
    "list:wagtailsearchpromotions.searchpromotion",
]


@require_safe
def search(request):
    query, shortened = clean_query(request.GET.get("q", ""))
    context = {"search_query": query, "shortened": shortened, "title": _("Search")}
    replay = None
    if query:
        locale = active_locale()
        # Result addresses are relative to the site: found once, from the cache.
        site_for(request)
        site_search = SiteSearch(query, locale, request.GET.get("type", ""))
        page_obj = paginate(request, site_search.results())
        if page_obj.number == 1 and not site_search.type:
            record_hit(query)
            # A cached copy of these results still counts the search.
            replay = ("search.promotions.record_hit", (query,))
        context.update(
            page_obj=page_obj,
            total=site_search.total,
            facet=site_search.facet(request.path),
            results=site_search.hits(page_obj, request),
            picks=editors_picks(query, locale),
        )
    cache_for_readers(request, SEARCHED, replay)
    return TemplateResponse(request, "search/search.html", context)
