from django.http import Http404
from django.views.decorators.http import require_safe

from wagtail.models import Site

from .models import PracticeLibraryPage


@require_safe
def library_geojson(request, library_path):
    """``<library>/map.geojson``: Wagtail serves no addresses with a dot, so this
    view finds the library the way Wagtail would and asks it for its GeoJSON."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [component for component in library_path.split("/") if component]
    route = site.root_page.localized.specific.route(request, components)
    library = route.page.specific if route else None
    if not isinstance(library, PracticeLibraryPage) or not library.live:
        raise Http404
    if any(not r.accept_request(request) for r in library.get_view_restrictions()):
        raise Http404
    return library.geojson(request)
