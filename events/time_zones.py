"""Event times live in the event's own time zone: a Riga workshop at 10:00 is at
10:00 in Riga for everyone, whatever the editor's or the reader's zone."""

import datetime
import zoneinfo
from functools import cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_TIME_ZONE = "Europe/Warsaw"


@cache
def known_time_zones():
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value):
    if value not in known_time_zones():
        raise ValidationError(
            _("“%(value)s” is not a time zone name such as Europe/Warsaw or Europe/Riga."),
            params={"value": value},
            code="invalid_time_zone",
        )


def zone(name):
    """The named zone; the default one for a name that is not valid (yet)."""
    if name in known_time_zones():
        return zoneinfo.ZoneInfo(name)
    return zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)


def start_of_day(day, tz):
    """Local midnight of ``day`` in ``tz`` as an aware datetime."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=tz)


def as_wall_clock(value, tz):
    """An aware datetime read as local time in ``tz`` (no offset): what an editor
    of that event types into the form."""
    return value.astimezone(tz).replace(tzinfo=None)
