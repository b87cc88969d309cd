from wagtail import hooks

from .readers import cache_page_for_readers


@hooks.register("before_serve_page")
def mark_page_for_readers(page, request, serve_args, serve_kwargs):
    cache_page_for_readers(request, page)
