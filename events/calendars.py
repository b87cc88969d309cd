"""iCalendar files: one event (``<event>/event.ics``) or every upcoming event of a
language (``<index>/calendar.ics``), built with the icalendar library."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Site

import icalendar

from .models.event_page import EventStatus

PRODID = "-//Region4Integration//Events//EN"
ICAL_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
}


def plain(text):
    """Calendar clients may render text as HTML: no markup goes into a calendar."""
    return strip_tags(text or "").replace("<", "").replace(">", "").strip()


def event_uid(event, request):
    """Stable across edits and shared by the event's translations, so a reader
    subscribed in two languages sees the event once."""
    site = Site.find_for_request(request)
    host = site.hostname if site else request.get_host()
    return f"event-{event.translation_key}@{host}"


def vevent(event, request):
    component = icalendar.Event()
    component.add("uid", event_uid(event, request))
    component.add("dtstamp", event.last_published_at or timezone.now())
    component.add("summary", plain(event.title))
    if event.all_day:
        component.add("dtstart", event.start_date)
        # DTEND of an all-day event is the day after the last (RFC 5545, 3.6.1).
        component.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        # In the event's own zone, so the file carries its TZID and VTIMEZONE.
        component.add("dtstart", event.local_start)
        if event.end:
            component.add("dtend", event.local_end)
    component.add("description", plain(event.summary))
    location = plain(event.place_line) or event.online_url
    if location:
        component.add("location", location)
    if event.has_location:
        component.add("geo", (event.latitude, event.longitude))
    component.add("url", event.get_full_url(request))
    component.add("status", ICAL_STATUS.get(event.status, "CONFIRMED"))
    component.add("categories", [plain(str(event.get_event_type_display()))])
    return component


def build_calendar(name, events, request):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", plain(name))
    events = list(events)
    for event in events:
        calendar.add_component(vevent(event, request))
    # The zones the events use, with their daylight-saving rules from the year of
    # the earliest event (rules since 1970 would only make the file longer).
    first = min((event.begins_at.date() for event in events), default=None)
    if first:
        calendar.add_missing_timezones(first_date=first.replace(month=1, day=1))
    return calendar


def event_calendar(event, request):
    return build_calendar(event.title, [event], request)


def index_calendar(index, events, request):
    return build_calendar(index.title, events, request)


def calendar_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
