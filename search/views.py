from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page

from home.pagination import paginate

# Longer queries are cut here: nobody types more, and the search backends
# slow down with every extra term.
MAX_QUERY_LENGTH = 200


def search_results(query, locale):
    return (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=1)
        .search(query, operator="and")
    )


@require_safe
def search(request):
    raw_query = request.GET.get("q", "")
    # Control characters and double quotes carry no meaning for readers here, and
    # SQLite's full-text syntax fails on an unbalanced quote.
    query = "".join(ch for ch in raw_query if ch.isprintable() and ch != '"').strip()
    shortened = len(query) > MAX_QUERY_LENGTH
    query = query[:MAX_QUERY_LENGTH]
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
