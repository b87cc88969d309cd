"""What other pages (the home page) may show of events, without importing the app's
internals: ``{% upcoming_events 3 as events %}``."""

from django import template
from django.utils import timezone

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
