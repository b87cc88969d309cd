"""iCalendar: every file parses with the icalendar library, names the event's
zone with its daylight-saving rules, and holds only published events of one
language."""

import datetime

import icalendar

from events.factories import EventPageFactory
from tests.events.base import (
    RIGA,
    WARSAW,
    EventTestCase,
    at,
    frozen_now,
    make_event,
    translate_event,
)

UTC = datetime.UTC


def parse(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


class DaylightSavingTests(EventTestCase):
    """A weekly series in Warsaw and in Riga across the last Sunday of October
    2021, when both clocks went back an hour."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.series = {}
        for name, tz in (("Europe/Warsaw", WARSAW), ("Europe/Riga", RIGA)):
            cls.series[name] = [
                make_event(
                    cls.indexes["pl"],
                    title=f"{name} {day}",
                    time_zone=name,
                    start=at(2021, 10, day, 10, tz=tz),
                    end=at(2021, 10, day, 12, tz=tz) if day < 31 else at(2021, 11, 1, 12, tz=tz),
                )
                for day in (24, 31)
            ]

    def test_the_calendar_carries_each_zone_and_the_right_utc_offsets(self):
        with frozen_now(at(2021, 10, 1)):
            calendar = parse(self.client.get("/pl/wydarzenia/calendar.ics"))
        zones = {str(zone["TZID"]): zone.to_tz() for zone in calendar.walk("VTIMEZONE")}
        self.assertEqual(set(zones), {"Europe/Warsaw", "Europe/Riga"})
        expected_utc = {
            ("Europe/Warsaw", 24): datetime.datetime(2021, 10, 24, 8, tzinfo=UTC),
            ("Europe/Warsaw", 31): datetime.datetime(2021, 10, 31, 9, tzinfo=UTC),
            ("Europe/Riga", 24): datetime.datetime(2021, 10, 24, 7, tzinfo=UTC),
            ("Europe/Riga", 31): datetime.datetime(2021, 10, 31, 8, tzinfo=UTC),
        }
        events = calendar.walk("VEVENT")
        self.assertEqual(len(events), 4)
        for event in events:
            tzid = event["DTSTART"].params["TZID"]
            start = event.decoded("DTSTART")
            with self.subTest(summary=str(event["SUMMARY"])):
                self.assertEqual(str(event["SUMMARY"]), f"{tzid} {start.day}")
                self.assertEqual((start.hour, start.minute), (10, 0))
                # Read the wall-clock time with the file's own VTIMEZONE.
                local = start.replace(tzinfo=zones[tzid])
                self.assertEqual(local.astimezone(UTC), expected_utc[(tzid, start.day)])

    def test_each_event_file_names_its_zone(self):
        for name, events in self.series.items():
            for event in events:
                calendar = parse(self.client.get(event.ics_url()))
                (component,) = calendar.walk("VEVENT")
                self.assertEqual(component["DTSTART"].params["TZID"], name)
                self.assertEqual(component["DTEND"].params["TZID"], name)
                self.assertEqual(
                    component.decoded("DTSTART").astimezone(UTC), event.start.astimezone(UTC)
                )
                self.assertEqual([str(z["TZID"]) for z in calendar.walk("VTIMEZONE")], [name])


class EventFileTests(EventTestCase):
    def test_an_event_file_links_back_and_keeps_its_uid_across_edits(self):
        event = make_event(self.indexes["pl"], start=at(2027, 4, 15, 10))
        first = parse(self.client.get(event.ics_url())).walk("VEVENT")[0]
        self.assertEqual(str(first["URL"]), f"http://localhost{event.url}")
        event.title = "Nowy tytuł"
        event.start, event.end = at(2027, 4, 16, 10), at(2027, 4, 16, 12)
        event.save_revision().publish()
        second = parse(self.client.get(event.ics_url())).walk("VEVENT")[0]
        self.assertEqual(str(second["SUMMARY"]), "Nowy tytuł")
        self.assertEqual(second["UID"], first["UID"])

    def test_translations_share_the_uid_and_link_to_their_own_language(self):
        event = make_event(self.indexes["pl"], start=at(2027, 4, 15, 10))
        english = translate_event(event, self.locales["en"])
        polish = parse(self.client.get(event.ics_url())).walk("VEVENT")[0]
        translated = parse(self.client.get(english.ics_url())).walk("VEVENT")[0]
        self.assertTrue(english.ics_url().startswith("/en/events/"))
        self.assertEqual(polish["UID"], translated["UID"])
        self.assertEqual(str(translated["URL"]), f"http://localhost{english.url}")
        self.assertEqual(str(translated["SUMMARY"]), f"en {event.title}")

    def test_an_all_day_event_uses_dates(self):
        event = make_event(
            self.indexes["pl"],
            all_day=True,
            start=None,
            end=None,
            start_date=datetime.date(2024, 3, 18),
            end_date=datetime.date(2024, 3, 20),
        )
        response = self.client.get(event.ics_url())
        self.assertIn(b"DTSTART;VALUE=DATE:20240318", response.content)
        component = parse(response).walk("VEVENT")[0]
        self.assertEqual(component.decoded("DTSTART"), datetime.date(2024, 3, 18))
        # DTEND is exclusive: the day after the last day.
        self.assertEqual(component.decoded("DTEND"), datetime.date(2024, 3, 21))

    def test_markup_never_reaches_a_calendar(self):
        event = make_event(
            self.indexes["pl"],
            start=at(2027, 4, 15, 10),
            title="<script>alert(1)</script>Forum",
            summary="<b onmouseover=x>Opis</b>",
            venue="<img src=x onerror=alert(1)>",
        )
        content = self.client.get(event.ics_url()).content
        self.assertNotIn(b"<", content)
        component = parse(self.client.get(event.ics_url())).walk("VEVENT")[0]
        self.assertEqual(str(component["SUMMARY"]), "alert(1)Forum")

    def test_unpublished_draft_unknown_and_private_events_are_404(self):
        event = make_event(self.indexes["pl"], start=at(2027, 4, 15, 10))
        path = event.ics_url()
        event.unpublish()
        self.assertEqual(self.client.get(path).status_code, 404)
        draft = EventPageFactory(parent=self.indexes["pl"], live=False)
        self.assertEqual(
            self.client.get(f"{self.indexes['pl'].url}{draft.slug}/event.ics").status_code, 404
        )
        self.assertEqual(self.client.get("/pl/wydarzenia/nie-ma/event.ics").status_code, 404)
        self.assertEqual(self.client.get("/pl/nie-ma/calendar.ics").status_code, 404)
        self.assertEqual(self.client.get("/pl/o-nas/calendar.ics").status_code, 404)

    def test_a_private_event_file_asks_for_login(self):
        from wagtail.models import PageViewRestriction

        event = make_event(self.indexes["pl"], start=at(2027, 4, 15, 10))
        PageViewRestriction.objects.create(page=event, restriction_type="login")
        response = self.client.get(event.ics_url())
        self.assertEqual(response.status_code, 302)


class LocaleCalendarTests(EventTestCase):
    def test_only_published_upcoming_events_of_the_language(self):
        index = self.indexes["pl"]
        upcoming = make_event(index, title="Przyszłe", start=at(2027, 4, 15, 10))
        make_event(index, title="Przeszłe", start=at(2020, 4, 15, 10))
        EventPageFactory(parent=index, title="Szkic", live=False, start=at(2027, 5, 1, 10))
        withdrawn = make_event(index, title="Wycofane", start=at(2027, 6, 1, 10))
        withdrawn.unpublish()
        make_event(self.indexes["uk"], title="Тільки українською", start=at(2027, 4, 20, 10))
        english = translate_event(upcoming, self.locales["en"])

        with frozen_now(at(2026, 12, 1)):
            polish = parse(self.client.get("/pl/wydarzenia/calendar.ics"))
            in_english = parse(self.client.get("/en/events/calendar.ics"))
        self.assertEqual([str(e["SUMMARY"]) for e in polish.walk("VEVENT")], ["Przyszłe"])
        self.assertEqual(
            [str(e["URL"]) for e in in_english.walk("VEVENT")], [f"http://localhost{english.url}"]
        )
        self.assertEqual(str(polish["X-WR-CALNAME"]), self.indexes["pl"].title)

    def test_an_empty_calendar_still_parses(self):
        calendar = parse(self.client.get("/uk/podii/calendar.ics"))
        self.assertEqual(calendar.walk("VEVENT"), [])
