"""The dashboard's panels: the newsroom desk, one panel per concern. Each panel
shows the desk lists (dashboard.desk) its user can act on; a panel with none
is not added at all, and a list with nothing in it says so in a line."""

from django.forms import Media

from wagtail.admin.ui.components import Component

from .desk import DESK_LISTS

# Entries a panel shows of each list; the rest is one link away.
LIMIT = 10


class DeskPanel(Component):
    name = ""
    order = 100
    template_name = "dashboard/panels/desk_list.html"
    list_slugs = ()
    media = Media(css={"all": ["dashboard/desk.css"]})

    def __init__(self, user):
        self.lists = [DESK_LISTS[slug] for slug in self.list_slugs]
        self.lists = [desk_list for desk_list in self.lists if desk_list.is_for(user)]

    @property
    def is_shown(self):
        return bool(self.lists)

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        sections = []
        for desk_list in self.lists:
            count = desk_list.count(user)
            entries = desk_list.entries(user, LIMIT) if count else []
            sections.append(
                {
                    "list": desk_list,
                    "count": count,
                    "entries": entries,
                    "more": count > len(entries),
                }
            )
        return {"panel_id": self.name.replace("_", "-"), "sections": sections}


class WaitingOnMePanel(DeskPanel):
    """Reviews assigned to the user, their drafts and what is scheduled: Wagtail's
    own "Awaiting your review" and "Your pages in a workflow" in one panel."""

    name = "waiting_on_me"
    order = 50
    template_name = "dashboard/panels/waiting_on_me.html"
    list_slugs = ("reviews", "drafts", "scheduled")


class EventsWithoutReportPanel(DeskPanel):
    name = "events_without_report"
    order = 110
    list_slugs = ("events-without-report",)


class SuggestedPracticesPanel(DeskPanel):
    name = "suggested_practices"
    order = 120
    list_slugs = ("suggested-practices",)


class UnratedFactChecksPanel(DeskPanel):
    name = "unrated_fact_checks"
    order = 130
    list_slugs = ("unrated-fact-checks",)


PANELS = [
    WaitingOnMePanel,
    EventsWithoutReportPanel,
    SuggestedPracticesPanel,
    UnratedFactChecksPanel,
]
