import csv
import io

from django.contrib.auth import get_user_model
from django.urls import reverse

from openpyxl import load_workbook

from home.localization import translate_with
from practices.factories import PracticeFactory, TopicFactory
from practices.models import IntegrationArea, Practice, Topic
from tests.practices.base import LibraryTestCase


class PracticeAdminTests(LibraryTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
        PracticeFactory(title="Ryga: przewodnik", slug="ryga", area=IntegrationArea.GOVERNANCE)
        PracticeFactory(title="Szczecin: system", slug="szczecin", area=IntegrationArea.INTERACTION)

    def setUp(self):
        self.client.force_login(self.admin)
        self.url = reverse("wagtailsnippets_practices_practice:list")

    def test_listing_filters_by_area(self):
        response = self.client.get(self.url, {"area": "governance"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Ryga: przewodnik")
        self.assertNotContains(response, "Szczecin: system")

    def test_listing_exports_csv_with_the_filter(self):
        response = self.client.get(self.url, {"area": "governance", "export": "csv"})
        self.assertEqual(response.status_code, 200)
        # Columns as in PracticeViewSet.list_export; headings follow the admin language.
        header, *rows = csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig")))
        self.assertEqual(len(header), 14)
        self.assertEqual(
            [(row[0], row[1], row[6]) for row in rows], [("Ryga: przewodnik", "ryga", "53.4285")]
        )

    def test_listing_exports_xlsx(self):
        response = self.client.get(self.url, {"export": "xlsx"})
        self.assertEqual(response.status_code, 200)
        sheet = load_workbook(io.BytesIO(response.getvalue())).active
        titles = sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True))
        self.assertEqual(titles, ["Ryga: przewodnik", "Szczecin: system"])


class SourceLanguageChooserTests(LibraryTestCase):
    """Pages and snippets relate source-language records; the chooser offers only
    those (Wagtail's own lists every locale)."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
        source = PracticeFactory(title="Ryga: przewodnik", slug="ryga")
        translate_with(
            source,
            cls.locales["en"],
            Practice(
                title="Riga: a guide",
                slug="riga",
                summary="A.",
                body="<p>A</p>",
                city="Riga",
                region="Vidzeme",
            ),
        )

    def setUp(self):
        self.client.force_login(self.admin)

    def test_practice_chooser_lists_source_practices_only(self):
        for name in ("choose", "choose_results"):
            with self.subTest(name):
                url = reverse(f"wagtailsnippetchoosers_practices_practice:{name}")
                response = self.client.get(url, {"q": ""})
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Ryga: przewodnik")
                self.assertNotContains(response, "Riga: a guide")

    def test_practice_chooser_search_stays_in_the_source_language(self):
        url = reverse("wagtailsnippetchoosers_practices_practice:choose_results")
        response = self.client.get(url, {"q": "Riga"})
        self.assertNotContains(response, "Riga: a guide")

    def test_topic_chooser_lists_source_topics_only(self):
        source = TopicFactory(name="Mieszkalnictwo", slug="mieszkalnictwo")
        translate_with(source, self.locales["en"], Topic(name="Housing", slug="housing"))
        response = self.client.get(reverse("wagtailsnippetchoosers_practices_topic:choose"))
        self.assertContains(response, "Mieszkalnictwo")
        self.assertNotContains(response, "Housing")
