"""The site's URLs and the benchmark's reference view. The site's patterns are
copied, not included: its language-prefixed patterns must stay at the root."""

from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns

from . import views
from .targets import MINIMAL_PATH

urlpatterns = [
    path(MINIMAL_PATH.lstrip("/"), views.minimal, name="bench_minimal"),
    *site_urlpatterns,
]
