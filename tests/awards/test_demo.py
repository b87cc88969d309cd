"""The Miasta Otwarte 2015 announcement of the demo content (seed 002)."""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

from django.core.management import call_command
from django.test import TestCase

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from stories.awards import AwardAnnouncementPage, JuryMember, Laureate
from stories.demo_awards import load_awards
from stories.models import StoryIndexPage

URLS = {
    "pl": "/pl/aktualnosci/miasta-otwarte-2015/",
    "en": "/en/news/open-cities-2015/",
    "uk": "/uk/novyny/vidkryti-mista-2015/",
}

CEREMONY_URLS = {
    "pl": "/pl/wydarzenia/gala-miasta-otwarte-2015/",
    "en": "/en/events/open-cities-2015-award-ceremony/",
    "uk": "/uk/podii/tseremoniia-vidkryti-mista-2015/",
}


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "jury": JuryMember.objects.count(),
        "laureates": Laureate.objects.count(),
    }


class AwardDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", stdout=StringIO())
            load_awards(StringIO())

    def test_announcement_is_faithful_to_seed_002(self):
        page = AwardAnnouncementPage.objects.get(locale__language_code="pl")
        self.assertEqual(
            (page.award_name, page.edition, page.year), ("Miasta Otwarte", "II edycja", 2015)
        )
        self.assertEqual(page.organiser.name, "Fundacja „Inna Przestrzeń”")
        self.assertEqual(
            page.ceremony_date,
            datetime.datetime(2015, 5, 14, 15, 30, tzinfo=ZoneInfo("Europe/Warsaw")),
        )
        self.assertIn("Synagoga pod Białym Bocianem we Wrocławiu", page.ceremony_venue)
        self.assertIn(
            "IV Międzysektorowego Forum Lokalnych Polityk Migracyjnych", page.ceremony_venue
        )
        self.assertEqual(
            [(m.name, m.background, m.city) for m in page.jury.all()],
            [
                ("Priscilla Rubia", "Kenijka", "Łódź"),
                ("Harris Mawusi", "Ghańczyk", "Gdańsk"),
                ("Jose Torres", "Kubańczyk", "reprezentuje Wrocław"),
                ("Edward Krajczyński", "Ukrainiec", "Lublin"),
                ("Ngo Hoang Minh", "Wietnamczyk", "Warszawa"),
            ],
        )
        laureates = list(page.laureates.select_related("practice"))
        self.assertEqual(len(laureates), 11)
        self.assertEqual(laureates[4].recognised_for, "Miejski punkt obsługi cudzoziemców")
        # The seed names no municipality; every kind of action links to its practice.
        self.assertTrue(all(laureate.municipality == "" for laureate in laureates))
        self.assertTrue(all(laureate.practice and laureate.practice.live for laureate in laureates))
        for term in ("kompleksowość", "długofalowość", "skuteczność"):
            self.assertIn(term, page.criteria)

    def test_every_language_is_a_real_published_translation(self):
        for code, url in URLS.items():
            with self.subTest(language=code):
                page = AwardAnnouncementPage.objects.get(locale__language_code=code)
                self.assertTrue(page.live)
                self.assertIsNone(page.alias_of_id)
                self.assertEqual(page.jury.count(), 5)
                self.assertEqual(page.laureates.count(), 11)
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Priscilla Rubia")
                # The ceremony is the events demo's gala page, in the same language.
                self.assertContains(response, f'href="{CEREMONY_URLS[code]}"')
        # Venue and time are on the ceremony's own page, which the announcement links.
        self.assertContains(self.client.get(CEREMONY_URLS["en"]), "White Stork Synagogue")
        self.assertContains(self.client.get(CEREMONY_URLS["uk"]), "під Білим Лелекою")
        self.assertContains(self.client.get(URLS["uk"]), "кенійка")
        self.assertEqual(
            {index.slug for index in StoryIndexPage.objects.all()},
            {"aktualnosci", "news", "novyny"},
        )

    def test_laureate_practices_show_the_badge(self):
        response = self.client.get("/en/good-practices/municipal-service-point-for-foreigners/")
        self.assertContains(response, 'href="/en/news/open-cities-2015/"')
        self.assertContains(response, "Miasta Otwarte (Open Cities) 2015")

    def test_a_second_run_changes_nothing(self):
        before = snapshot()
        with self.captureOnCommitCallbacks(execute=True):
            output = StringIO()
            load_awards(output)
        self.assertEqual(snapshot(), before)
        self.assertEqual(output.getvalue(), "")
