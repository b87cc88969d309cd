"""The one way list pages paginate. Any ``?page=`` value gives a page: words
and numbers below one give the first, numbers past the end the last."""

from django.core.paginator import Paginator

DEFAULT_PER_PAGE = 12


def paginate(request, object_list, per_page=DEFAULT_PER_PAGE):
    paginator = Paginator(object_list, per_page)
    number = request.GET.get("page", "1")
    try:
        number = max(int(number), 1)
    except (TypeError, ValueError):
        number = 1
    return paginator.get_page(number)
