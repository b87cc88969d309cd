"""Events in templates: when one takes place (``{% event_when event %}``), and what
other pages (the home page) may show of events without importing the app's
internals (``{% upcoming_events 3 as events %}``)."""

from django import template
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.html import format_html

from wagtail.models import Locale

from ..models import EventPage

register = template.Library()


@register.simple_tag
def upcoming_events(limit=3):
    """The next live, public events of the reader's language, soonest first."""
    return list(
        EventPage.objects.live()
        .public()
        .filter(locale=Locale.get_active(), ends_at__gt=timezone.now())
        .order_by("begins_at", "pk")[:limit]
    )


@register.simple_tag
def event_when(event):
    """When ``event`` takes place, as ``<time>`` elements in the event's own time
    zone, which it names; a day or days for an all-day event. Python rather than
    an included template: a list shows two dozen events, and the template's
    nodes cost the event list a sixth of its time."""
    if event.all_day:
        when = _day(event.start_date)
        if event.end_date and event.end_date != event.start_date:
            when = format_html("{} – {}", when, _day(event.end_date))
        return when
    start, end = event.local_start, event.local_end
    if start is None:
        return ""
    when = format_html(
        '<time datetime="{}">{}, {}</time>',
        start.isoformat(),
        date_format(start, "DATE_FORMAT"),
        time_format(start, "TIME_FORMAT"),
    )
    if end is not None:
        ends = time_format(end, "TIME_FORMAT")
        if end.date() != start.date():
            ends = f"{date_format(end, 'DATE_FORMAT')}, {ends}"
        when = format_html('{} – <time datetime="{}">{}</time>', when, end.isoformat(), ends)
    return format_html('{} <span class="event-zone">({})</span>', when, event.time_zone)


def _day(day):
    if day is None:
        return ""
    return format_html(
        '<time datetime="{}">{}</time>', day.isoformat(), date_format(day, "DATE_FORMAT")
    )
