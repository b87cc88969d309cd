"""The demo events: faithful to the seeds, in three languages, loaded twice
without change."""

import datetime
from io import StringIO

from django.test import TestCase

from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

import icalendar

import events.demo
import home.demo
import practices.demo
from events.models import EventPage, EventPresentation
from practices.models import Practice
from tests.events.base import RIGA, WARSAW, at, frozen_now


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "presentations": EventPresentation.objects.count(),
    }


class DemoEventTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            for module in (home.demo, practices.demo, events.demo):
                module.load(StringIO())

    def event(self, slug, code="pl"):
        return EventPage.objects.get(slug=slug, locale__language_code=code)

    def test_a_second_run_changes_nothing(self):
        first = snapshot()
        with self.captureOnCommitCallbacks(execute=True):
            events.demo.load(StringIO())
        self.assertEqual(snapshot(), first)

    def test_every_event_is_translated_and_served_in_three_languages(self):
        self.assertEqual(EventPage.objects.filter(alias_of__isnull=True).count(), 18)
        self.assertFalse(EventPage.objects.filter(alias_of__isnull=False).exists())
        for path in ("/pl/wydarzenia/", "/en/events/", "/uk/podii/"):
            response = self.client.get(path)
            with self.subTest(path=path):
                self.assertEqual(response.status_code, 200)
        for event in EventPage.objects.live():
            with self.subTest(event=event.url):
                self.assertEqual(self.client.get(event.url).status_code, 200)

    def test_riga_inauguration_reports_the_three_presentations_of_seed_003(self):
        riga = self.event("inauguracja-epi-w-rydze")
        self.assertEqual(riga.all_day, True)
        self.assertEqual(riga.start_date, datetime.date(2021, 7, 1))
        self.assertEqual(riga.time_zone, "Europe/Riga")
        self.assertEqual(riga.participant_count, 26)
        talks = [(t.speaker, t.practice.slug) for t in riga.presentations.all()]
        self.assertEqual(
            talks,
            [
                ("Ērika Pičukāne", "aplikacja-cyfrowa-do-nauki-jezyka-lotewskiego"),
                ("Alvis Šķendērs", "lotewskie-kluby-dyskusyjne-dla-nowo-przybylych"),
                ("Indra Vilde", "przewodnik-dla-nowoprzybylych-w-gminie-ryga"),
            ],
        )
        english = self.event("epi-launch-in-riga", "en")
        self.assertContains(
            self.client.get(english.url),
            'href="/en/good-practices/digital-app-for-learning-latvian/"',
        )
        app = Practice.objects.get(slug="digital-app-for-learning-latvian")
        self.assertIn(english.pk, [page.pk for page in app.featured_in(english.locale)])

    def test_lublin_has_no_invented_video(self):
        lublin = self.event("inauguracja-epi-w-lublinie")
        self.assertEqual(
            (lublin.start_date, lublin.event_type), (datetime.date(2021, 7, 31), "flash-mob")
        )
        self.assertEqual(lublin.video_url, "")

    def test_the_award_ceremony_and_the_peer_review_keep_the_seed_facts(self):
        ceremony = self.event("gala-miasta-otwarte-2015")
        self.assertEqual(ceremony.start, at(2015, 5, 14, 15, 30, tz=WARSAW))
        self.assertEqual(ceremony.event_type, "award-ceremony")
        self.assertEqual(
            (ceremony.venue, ceremony.city), ("Synagoga pod Białym Bocianem", "Wrocław")
        )
        self.assertEqual(len([b for b in ceremony.body if b.block_type == "practice"]), 11)
        review = self.event("peer-review-mile-szczecin")
        self.assertEqual(
            (review.start_date, review.end_date),
            (datetime.date(2024, 3, 18), datetime.date(2024, 3, 20)),
        )
        self.assertEqual(review.partners.count(), 6)
        workshops = self.event("warsztaty-dyskusyjne-epi")
        self.assertEqual(
            (workshops.start_date, workshops.end_date),
            (datetime.date(2021, 9, 1), datetime.date(2022, 3, 31)),
        )

    def test_the_calendar_has_the_upcoming_round_table(self):
        with frozen_now(at(2026, 12, 1, tz=RIGA)):
            for path in (
                "/pl/wydarzenia/calendar.ics",
                "/en/events/calendar.ics",
                "/uk/podii/calendar.ics",
            ):
                calendar = icalendar.Calendar.from_ical(self.client.get(path).content)
                (event,) = calendar.walk("VEVENT")
                with self.subTest(path=path):
                    self.assertEqual(event.decoded("DTSTART"), at(2027, 4, 15, 10, tz=WARSAW))
