"""When an event takes place, as every event card and page says it: in the
event's own time zone, whatever the reader's, with the zone named."""

import datetime

from django.test import TestCase
from django.utils import translation

from events.models import EventPage
from events.templatetags.event_tags import event_when
from tests.events.base import at


def timed(zone, start, end=None):
    """An event in ``zone`` whose start and end are given in UTC, as stored."""
    return EventPage(
        all_day=False,
        time_zone=zone,
        start=at(*start, tz=datetime.UTC),
        end=end and at(*end, tz=datetime.UTC),
    )


class EventWhenTests(TestCase):
    def when(self, event, language="pl"):
        with translation.override(language):
            return str(event_when(event))

    def test_a_timed_event_in_its_own_zone(self):
        event = timed("Europe/Riga", (2021, 7, 1, 7, 0), (2021, 7, 1, 10, 30))
        self.assertEqual(
            self.when(event),
            '<time datetime="2021-07-01T10:00:00+03:00">1 lipca 2021, 10:00</time> – '
            '<time datetime="2021-07-01T13:30:00+03:00">13:30</time> '
            '<span class="event-zone">(Europe/Riga)</span>',
        )

    def test_an_end_on_another_local_day_gives_its_date(self):
        # 23:30 to 01:00 in Kyiv: the same day in UTC, not in Kyiv.
        event = timed("Europe/Kyiv", (2021, 12, 31, 21, 30), (2021, 12, 31, 23, 0))
        self.assertEqual(
            self.when(event, "en"),
            '<time datetime="2021-12-31T23:30:00+02:00">Dec. 31, 2021, 11:30 p.m.</time> – '
            '<time datetime="2022-01-01T01:00:00+02:00">Jan. 1, 2022, 1 a.m.</time> '
            '<span class="event-zone">(Europe/Kyiv)</span>',
        )

    def test_a_start_without_an_end(self):
        event = timed("Europe/Warsaw", (2015, 5, 14, 13, 30))
        self.assertEqual(
            self.when(event, "uk"),
            '<time datetime="2015-05-14T15:30:00+02:00">14 травня 2015 р., 15:30</time> '
            '<span class="event-zone">(Europe/Warsaw)</span>',
        )

    def test_all_day_events_give_days_without_a_zone(self):
        one_day = EventPage(
            all_day=True,
            start_date=datetime.date(2021, 7, 1),
            end_date=datetime.date(2021, 7, 1),
        )
        self.assertEqual(self.when(one_day), '<time datetime="2021-07-01">1 lipca 2021</time>')
        several = EventPage(
            all_day=True,
            start_date=datetime.date(2021, 9, 1),
            end_date=datetime.date(2022, 3, 31),
        )
        self.assertEqual(
            self.when(several),
            '<time datetime="2021-09-01">1 września 2021</time> – '
            '<time datetime="2022-03-31">31 marca 2022</time>',
        )

    def test_names_are_escaped(self):
        event = timed("<b>", (2021, 7, 1, 7, 0))
        self.assertNotIn("<b>", self.when(event))
