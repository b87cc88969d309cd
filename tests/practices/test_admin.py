import csv
import io

from django.contrib.auth import get_user_model
from django.urls import reverse

from openpyxl import load_workbook

from practices.factories import PracticeFactory
from practices.models import IntegrationArea
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
