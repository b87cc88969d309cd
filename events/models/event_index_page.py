"""The events of one language: upcoming soonest first, past latest first, and a
calendar everyone can subscribe to."""

from django.conf import settings
from django.db import models
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from home.models import BasePage


class EventIndexPage(RoutablePageMixin, BasePage):
    introduction = models.TextField(
        blank=True,
        max_length=600,
        verbose_name=_("introduction"),
        help_text=_("Shown above the list of events."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    # Upcoming events the index shows above the past ones; ``?when=upcoming`` pages
    # through all of them.
    UPCOMING_SHOWN = 12
    lists_content = ("events.EventPage", "practices.Topic")

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def get_description(self):
        return self.search_description or self.introduction

    def get_cached_paths(self):
        return ["/", "calendar.ics"]

    def calendar_url(self):
        return f"{self.url}calendar.ics"

    @path("")
    def index(self, request):
        from home.pagination import paginate

        from ..filters import EventFilter

        event_filter = EventFilter(request.GET, self)
        if event_filter.selected["when"]:
            upcoming, more_upcoming = None, False
            page_obj = paginate(request, event_filter.upcoming())
        else:
            # The soonest few; one more tells whether there are others to show.
            upcoming = list(event_filter.upcoming()[: self.UPCOMING_SHOWN + 1])
            more_upcoming = len(upcoming) > self.UPCOMING_SHOWN
            upcoming = upcoming[: self.UPCOMING_SHOWN]
            page_obj = paginate(request, event_filter.past())
        return self.render(
            request,
            context_overrides={
                "filter": event_filter,
                "filters": event_filter.filters(),
                "upcoming": upcoming,
                "more_upcoming": more_upcoming,
                "page_obj": page_obj,
                "calendar_url": self.calendar_url(),
                # Untranslated copies of events read in the source language.
                "source_language": settings.LANGUAGE_CODE,
            },
        )

    @re_path(r"^calendar\.ics/$", name="calendar")
    @method_decorator(require_safe)
    def calendar(self, request):
        """Every upcoming published event of this language, for subscribing."""
        from ..calendars import calendar_response, index_calendar
        from ..filters import EventFilter

        events = EventFilter({}, self).upcoming().select_related("locale")
        return calendar_response(index_calendar(self, events, request), "calendar.ics")
