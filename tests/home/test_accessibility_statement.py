import datetime

from django.core.exceptions import ValidationError

from home.models import AccessibilityStatementPage
from tests.base import SiteTestCase

# Element ids of the ministry's template that tools and auditors look for.
REQUIRED_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-ocena",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-procedura",
]


class AccessibilityStatementTests(SiteTestCase):
    def test_every_language_has_the_template_ids(self):
        for code, page in self.tree["statement"].items():
            with self.subTest(code=code):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                for element_id in REQUIRED_IDS:
                    self.assertContains(response, f'id="{element_id}"', count=1)

    def test_dates_and_contact_come_from_the_page(self):
        page = self.tree["statement"]["pl"]
        page.updated_on = datetime.date(2027, 1, 15)
        page.contact_email = "dostepnosc@example.org"
        page.save_revision().publish()
        response = self.client.get(page.url)
        self.assertContains(
            response, '<time id="a11y-data-aktualizacja" datetime="2027-01-15">2027-01-15</time>'
        )
        self.assertContains(response, 'href="mailto:dostepnosc@example.org"')

    def test_inconsistent_dates_are_field_errors(self):
        page = self.tree["statement"]["pl"]
        page.updated_on = page.published_on - datetime.timedelta(days=1)
        with self.assertRaises(ValidationError) as raised:
            page.full_clean()
        self.assertIn("updated_on", raised.exception.message_dict)

    def test_partial_compliance_needs_the_list_of_inaccessible_content(self):
        page = self.tree["statement"]["pl"]
        page.status = AccessibilityStatementPage.Status.PARTIAL
        page.non_accessible_content = ""
        with self.assertRaises(ValidationError) as raised:
            page.full_clean()
        self.assertIn("non_accessible_content", raised.exception.message_dict)
