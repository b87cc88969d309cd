from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page

from home.pagination import paginate
from home.search_terms import clean_query


def search_results(query, locale):
    return (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=1)
        .search(query, operator="and")
    )


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
