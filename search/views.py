from django.db import connection
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page
from wagtail.search.query import Fuzzy

from home.pagination import paginate
from home.search_terms import clean_query


def search_results(query, locale):
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
    results = pages.search(query, operator="and")
    if connection.vendor == "postgresql" and not results.count():
        # Nothing matched word for word: try unaccented and fuzzy ("lodz" finds
        # "Łódź"). The extensions come from search/migrations/0001.
        results = pages.search(Fuzzy(query, operator="and", unaccent=True))
    return results


@require_safe
def search(request):
    query, shortened = clean_query(request.GET.get("q", ""))
    results = search_results(query, Locale.get_active()) if query else Page.objects.none()
    page_obj = paginate(request, results)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "shortened": shortened,
            "page_obj": page_obj,
            "results": [
                {"page": page, "type": page.specific_class._meta.verbose_name} for page in page_obj
            ],
            "title": _("Search"),
        },
    )
