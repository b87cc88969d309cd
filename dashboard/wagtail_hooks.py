from django.urls import path

from wagtail import hooks

from .panels import PANELS
from .views import DeskListingView

# Wagtail's panels that the desk's "What waits on me" replaces: they say the same
# with a query or two per entry.
REPLACED = {"workflow_objects_to_moderate", "user_objects_in_workflow_moderation"}


@hooks.register("register_admin_urls")
def register_desk_urls():
    return [path("desk/<slug:slug>/", DeskListingView.as_view(), name="dashboard_listing")]


@hooks.register("construct_homepage_panels")
def build_the_desk(request, panels):
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in REPLACED]
    for panel_class in PANELS:
        panel = panel_class(request.user)
        if panel.is_shown:
            panels.append(panel)
