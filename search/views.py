from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.models import Locale

from home.pagination import paginate
from home.search_terms import clean_query

from .promotions import editors_picks, record_hit
from .results import SiteSearch


@require_safe
def search(request):
    query, shortened = clean_query(request.GET.get("q", ""))
    context = {"search_query": query, "shortened": shortened, "title": _("Search")}
    if query:
        locale = Locale.get_active()
        site_search = SiteSearch(query, locale, request.GET.get("type", ""))
        page_obj = paginate(request, site_search.results())
        if page_obj.number == 1 and not site_search.type:
            record_hit(query)
        context.update(
            page_obj=page_obj,
            total=site_search.total,
            facet=site_search.facet(request.path),
            results=site_search.hits(page_obj, request),
            picks=editors_picks(query, locale),
        )
    return TemplateResponse(request, "search/search.html", context)
