from django.http import Http404
from django.views.decorators.http import require_safe

from wagtail.models import Site

from .models import StoryIndexPage


@require_safe
def story_feed(request, index_path, kind):
    """``<index>/feed.rss`` and ``<index>/feed.atom``: Wagtail serves no addresses
    with a dot, so this view finds the story index the way Wagtail would and hands
    the request to the index's own feed route."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [component for component in index_path.split("/") if component]
    route = site.root_page.localized.specific.route(request, components)
    story_index = route.page.specific if route else None
    if not isinstance(story_index, StoryIndexPage) or not story_index.live:
        raise Http404
    if any(not r.accept_request(request) for r in story_index.get_view_restrictions()):
        raise Http404
    view, args, kwargs = story_index.resolve_subpage(f"/feed.{kind}")
    return view(request, *args, **kwargs)
