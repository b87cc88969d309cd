"""The event page: announcement before, report after, with its structured data,
video, presentations, organisers and map."""

import json
import re

from django.test import override_settings
from django.utils import translation

from wagtail.embeds.finders import get_finders
from wagtail.models import Site

from events.models import EventPage, EventPresentation, EventStatus
from home.localization import translate_with
from home.models import SiteSettings
from practices.factories import OrganisationFactory, PracticeFactory
from practices.models import Organisation, Practice
from tests.events.base import RIGA, EventTestCase, at, frozen_now, make_event, translate_event
from tests.practices.base import build_library


def json_ld(response):
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    # Every page below a home page also carries its BreadcrumbList (tests/frontpage).
    items = [json.loads(block) for block in blocks]
    return [item for item in items if item["@type"] != "BreadcrumbList"]


def in_polish(message):
    """The interface text a reader of the Polish pages sees."""
    with translation.override("pl"):
        return translation.gettext(message)


class AnnouncementAndReportTests(EventTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.event = make_event(
            cls.indexes["pl"],
            title="Inauguracja w Rydze",
            time_zone="Europe/Riga",
            start=at(2021, 7, 1, 10, tz=RIGA),
            end=at(2021, 7, 1, 13, tz=RIGA),
            participant_count=26,
            outcomes="<p>Omówiono działania pilotażowe.</p>",
            registration_url="https://example.org/zapisy",
            registration_deadline=at(2021, 6, 28, 12, tz=RIGA),
        )

    def get(self, moment, path=None):
        with frozen_now(moment):
            return self.client.get(path or self.event.url)

    def test_before_the_end_the_page_announces(self):
        response = self.get(at(2021, 6, 1))
        self.assertContains(response, "event-phase--announcement")
        self.assertNotContains(response, "event-report")
        self.assertNotContains(response, "26")
        self.assertContains(response, 'href="https://example.org/zapisy"')
        # Times read in the event's zone, with the offset in the markup.
        self.assertContains(response, 'datetime="2021-07-01T10:00:00+03:00"')
        self.assertContains(response, "(Europe/Riga)")

    def test_registration_closes_at_its_deadline(self):
        response = self.get(at(2021, 6, 30))
        self.assertNotContains(response, 'href="https://example.org/zapisy"')
        self.assertContains(response, in_polish("Registration is closed."))

    def test_after_the_end_the_page_reports(self):
        response = self.get(at(2021, 7, 1, 13, 1, tz=RIGA))
        self.assertContains(response, "event-phase--report")
        self.assertContains(response, "event-report")
        self.assertContains(response, "26")
        self.assertContains(response, "Omówiono działania pilotażowe.")
        self.assertNotContains(response, 'href="https://example.org/zapisy"')

    def test_a_past_event_without_a_report_says_one_will_follow(self):
        event = make_event(self.indexes["pl"], start=at(2021, 1, 5, 10))
        response = self.get(at(2021, 2, 1), event.url)
        self.assertContains(response, in_polish("The report on this event will follow."))

    def test_the_calendar_file_is_offered(self):
        response = self.get(at(2021, 6, 1))
        self.assertContains(response, f'href="{self.event.url}event.ics"')


class StructuredDataTests(EventTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.organiser = OrganisationFactory(name="Miasto Ryga", website="https://riga.lv")
        translate_with(cls.organiser, cls.locales["en"], Organisation(name="Riga City Council"))
        cls.event = make_event(
            cls.indexes["pl"],
            title="Inauguracja </script><script>alert(1)</script>",
            time_zone="Europe/Riga",
            start=at(2021, 7, 1, 10, tz=RIGA),
            end=at(2021, 7, 1, 13, tz=RIGA),
            venue="Ratusz",
            address="Rātslaukums 1",
            city="Ryga",
            country="LV",
            latitude=56.9473,
            longitude=24.1069,
        )
        cls.event.organisers.set([cls.organiser])
        cls.event.save_revision().publish()

    def test_event_json_ld_carries_the_required_fields(self):
        (data,) = json_ld(self.client.get(self.event.url))
        self.assertEqual(data["@type"], "Event")
        self.assertEqual(data["name"], self.event.title)
        self.assertEqual(data["startDate"], "2021-07-01T10:00:00+03:00")
        self.assertEqual(data["endDate"], "2021-07-01T13:00:00+03:00")
        self.assertEqual(data["eventStatus"], "https://schema.org/EventScheduled")
        self.assertEqual(
            data["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode"
        )
        self.assertEqual(data["location"]["@type"], "Place")
        self.assertEqual(data["location"]["name"], "Ratusz")
        self.assertEqual(
            data["location"]["address"],
            {
                "@type": "PostalAddress",
                "streetAddress": "Rātslaukums 1",
                "addressLocality": "Ryga",
                "addressCountry": "LV",
            },
        )
        self.assertEqual(
            data["organizer"],
            [{"@type": "Organization", "name": "Miasto Ryga", "url": "https://riga.lv"}],
        )
        self.assertEqual(data["url"], f"http://localhost{self.event.url}")

    def test_markup_in_the_title_cannot_close_the_script(self):
        content = self.client.get(self.event.url).content.decode()
        self.assertNotIn("<script>alert(1)</script>", content)
        self.assertIn("\\u003c/script\\u003e", content)

    def test_status_attendance_mode_and_all_day_dates(self):
        self.event.online_url = "https://example.org/stream"
        self.event.save_revision().publish()
        (data,) = json_ld(self.client.get(self.event.url))
        self.assertEqual(data["eventAttendanceMode"], "https://schema.org/MixedEventAttendanceMode")
        self.assertEqual(
            [place["@type"] for place in data["location"]], ["Place", "VirtualLocation"]
        )
        self.event.status = EventStatus.MOVED_ONLINE
        self.event.save_revision().publish()
        (data,) = json_ld(self.client.get(self.event.url))
        self.assertEqual(data["eventStatus"], "https://schema.org/EventMovedOnline")
        self.assertEqual(
            data["eventAttendanceMode"], "https://schema.org/OnlineEventAttendanceMode"
        )
        self.assertEqual(
            data["location"], {"@type": "VirtualLocation", "url": "https://example.org/stream"}
        )
        series = make_event(
            self.indexes["pl"],
            all_day=True,
            start=None,
            end=None,
            start_date=at(2021, 9, 1).date(),
            end_date=at(2022, 3, 31).date(),
        )
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.organisation_name = "Urząd Marszałkowski"
        site_settings.save()
        (data,) = json_ld(self.client.get(series.url))
        self.assertEqual((data["startDate"], data["endDate"]), ("2021-09-01", "2022-03-31"))
        # No organiser named: the publisher of the site is the organiser.
        self.assertEqual(
            data["organizer"], [{"@type": "Organization", "name": "Urząd Marszałkowski"}]
        )

    def test_organisers_are_named_in_the_reader_language(self):
        english = translate_event(self.event, self.locales["en"])
        (data,) = json_ld(self.client.get(english.url))
        self.assertEqual(data["organizer"][0]["name"], "Riga City Council")
        self.assertEqual(data["inLanguage"], "en")
        self.assertContains(self.client.get(english.url), "Riga City Council")


class VideoTests(EventTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.event = make_event(
            cls.indexes["pl"],
            start=at(2021, 7, 31, 12),
            video_url="https://www.youtube.com/watch?v=flashmob",
        )

    def setUp(self):
        get_finders.cache_clear()
        self.addCleanup(get_finders.cache_clear)

    @override_settings(WAGTAILEMBEDS_FINDERS=[{"class": "tests.events.fakes.FailingFinder"}])
    def test_without_an_embed_the_page_links_to_the_video(self):
        response = self.client.get(self.event.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "<iframe")
        self.assertContains(response, 'href="https://www.youtube.com/watch?v=flashmob"')

    @override_settings(WAGTAILEMBEDS_FINDERS=[{"class": "tests.events.fakes.FakePlayerFinder"}])
    def test_with_an_embed_the_page_shows_the_player_and_the_link(self):
        response = self.client.get(self.event.url)
        self.assertContains(response, 'class="fake-player"')
        self.assertContains(response, 'href="https://www.youtube.com/watch?v=flashmob"')


class PresentationTests(EventTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.libraries = build_library(cls.tree)
        cls.practice = PracticeFactory(title="Aplikacja", slug="aplikacja")
        cls.english_practice = translate_with(
            cls.practice,
            cls.locales["en"],
            Practice(
                title="Language app",
                slug="language-app",
                summary="An app.",
                body="<p>An app.</p>",
                city="Riga",
                region="West Pomerania",
            ),
        )
        cls.event = make_event(cls.indexes["pl"], start=at(2021, 7, 1, 10))
        cls.presentation = EventPresentation.objects.create(
            page=cls.event,
            locale=cls.event.locale,
            speaker="Ērika Pičukāne",
            organisation="Łotewska Agencja Językowa",
            title="Aplikacja do nauki łotewskiego",
            practice=cls.practice,
        )
        cls.event.save_revision().publish()

    def test_presentations_link_their_practice_in_the_reader_language(self):
        response = self.client.get(self.event.url)
        self.assertContains(response, "Ērika Pičukāne")
        self.assertContains(response, 'href="/pl/dobre-praktyki/aplikacja/"')
        english = translate_event(
            self.event,
            self.locales["en"],
            presentations=[
                EventPresentation(
                    translation_key=self.presentation.translation_key,
                    speaker="Ērika Pičukāne",
                    organisation="Latvian Language Agency",
                    title="An app for learning Latvian",
                )
            ],
        )
        response = self.client.get(english.url)
        self.assertContains(response, "An app for learning Latvian")
        self.assertContains(response, 'href="/en/good-practices/language-app/"')
        self.assertEqual(
            EventPage.objects.get(pk=english.pk).presentations.get().practice, self.practice
        )


class GalleryTests(EventTestCase):
    def test_photos_carry_their_descriptions_escaped(self):
        import wagtail_factories

        from events.models import EventPhoto

        image = wagtail_factories.ImageFactory(title="Inauguracja")
        event = make_event(
            self.indexes["pl"],
            start=at(2021, 7, 1, 10),
            photos=[
                EventPhoto(image=image, alt_text='Uczestnicy "przy" <stole>', caption="<i>Ryga</i>")
            ],
        )
        response = self.client.get(event.url)
        self.assertContains(response, 'alt="Uczestnicy &quot;przy&quot; &lt;stole&gt;"')
        self.assertContains(response, 'loading="lazy"')
        self.assertContains(response, "<figcaption>&lt;i&gt;Ryga&lt;/i&gt;</figcaption>")
