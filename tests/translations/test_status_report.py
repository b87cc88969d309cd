"""The translation status report: every source page and record in every language,
missing / in progress / outdated / up to date, with filters, exports and the
translators' dashboard panel."""

import csv
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from openpyxl import load_workbook

from home.factories import ContentPageFactory
from home.localization import translate_with
from home.models import ContentPage
from home.roles import translator_group_name
from practices.factories import TopicFactory
from tests.base import SiteTestCase
from translations.status import Status, translation_status


def status_of(title, language):
    rows = [
        row
        for row in translation_status([language])
        if row.title == title and row.locale.language_code == language
    ]
    assert len(rows) == 1, rows
    return rows[0]


class TranslationStatusTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        home = cls.tree["home"]["pl"]
        cls.untouched = ContentPageFactory(parent=home, title="Nowa strona", slug="nowa")
        cls.started = ContentPageFactory(
            parent=home, title="Zaczęta", slug="zaczeta", introduction="Dwa zdania."
        )
        translate_object(cls.started, [cls.locales["en"]])
        cls.finished = ContentPageFactory(
            parent=home, title="Gotowa", slug="gotowa", introduction="Jedno zdanie."
        )
        translate_with(
            cls.finished,
            cls.locales["en"],
            ContentPage(title="Done", slug="done", introduction="One sentence."),
        )
        cls.topic = TopicFactory(name="Mieszkalnictwo", slug="mieszkalnictwo")

    def test_each_state_is_told_apart(self):
        self.assertEqual(status_of("Nowa strona", "en").status, Status.MISSING)
        started = status_of("Zaczęta", "en")
        self.assertEqual(started.status, Status.IN_PROGRESS)
        self.assertEqual(started.percent, 0)
        # The label is in the reader's language (the admin may be Polish).
        with translation.override("en"):
            self.assertEqual(started.status_label, "In progress (0%)")
        with translation.override("pl"):
            self.assertEqual(started.status_label, "W trakcie (0%)")
        self.assertEqual(status_of("Gotowa", "en").status, Status.UP_TO_DATE)
        # Nothing was done in Ukrainian.
        self.assertEqual(status_of("Gotowa", "uk").status, Status.MISSING)

    def test_records_are_reported_too(self):
        self.assertEqual(status_of("Mieszkalnictwo", "en").status, Status.MISSING)
        translate_with(
            self.topic, self.locales["en"], type(self.topic)(name="Housing", slug="housing")
        )
        self.assertEqual(status_of("Mieszkalnictwo", "en").status, Status.UP_TO_DATE)

    def test_a_source_edit_outdates_the_translation_and_a_sync_brings_it_back(self):
        page = ContentPage.objects.get(pk=self.finished.pk)
        page.introduction = "Jedno zdanie, poprawione."
        page.save_revision().publish()
        self.assertEqual(status_of("Gotowa", "en").status, Status.OUTDATED)

        # "Sync translated pages": the source is read again; the new sentence waits.
        TranslationSource.objects.get(object_id=page.translation_key).update_from_db()
        row = status_of("Gotowa", "en")
        self.assertEqual(row.status, Status.IN_PROGRESS)
        # Title and slug still stand; the introduction (one of three) waits.
        self.assertEqual(row.percent, 66)

        translate_with(
            page,
            self.locales["en"],
            ContentPage(title="Done", slug="done", introduction="One sentence, corrected."),
        )
        self.assertEqual(status_of("Gotowa", "en").status, Status.UP_TO_DATE)

    def test_partial_progress_is_a_percentage(self):
        # The translator has done the title only, through a PO file.
        translation = Translation.objects.get(
            source__object_id=self.started.translation_key, target_locale=self.locales["en"]
        )
        po = translation.export_po()
        for entry in po:
            if entry.msgid == "Zaczęta":
                entry.msgstr = "Started"
        translation.import_po(po)
        row = status_of("Zaczęta", "en")
        self.assertEqual(row.status, Status.IN_PROGRESS)
        self.assertGreater(row.percent, 0)
        self.assertLess(row.percent, 100)


class TranslationStatusReportViewTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
        cls.translator = get_user_model().objects.create_user("olena", password="x")
        cls.translator.groups.add(Group.objects.get(name=translator_group_name("uk")))
        ContentPageFactory(parent=cls.tree["home"]["pl"], title="Nowa strona", slug="nowa")
        cls.url = reverse("translation_status")

    def titles(self, response):
        return [(row.title, row.locale.language_code) for row in response.context["object_list"]]

    def test_the_report_filters_by_language_type_and_status(self):
        self.client.force_login(self.admin)
        response = self.client.get(self.url, {"language": "uk", "status": "missing"})
        self.assertEqual(response.status_code, 200)
        self.assertIn(("Nowa strona", "uk"), self.titles(response))
        self.assertTrue(all(code == "uk" for _, code in self.titles(response)))
        self.assertContains(
            response,
            reverse(
                "wagtail_localize:submit_page_translation", args=[Page.objects.get(slug="nowa").pk]
            ),
        )

        response = self.client.get(self.url, {"kind": "practices.topic"})
        self.assertEqual(self.titles(response), [])
        response = self.client.get(self.url, {"status": "up-to-date", "language": "en"})
        self.assertIn(("O nas", "en"), self.titles(response))
        self.assertNotIn(("Nowa strona", "en"), self.titles(response))

    def test_bogus_filters_are_ignored_not_errors(self):
        self.client.force_login(self.admin)
        response = self.client.get(self.url, {"language": "xx", "status": "<b>", "p": "abc"})
        self.assertEqual(response.status_code, 200)

    def test_csv_and_xlsx_exports(self):
        self.client.force_login(self.admin)
        response = self.client.get(self.url, {"language": "uk", "export": "csv"})
        self.assertEqual(response.status_code, 200)
        header, *rows = csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig")))
        # Headings follow the admin's language; the status is the stable code.
        self.assertEqual(len(header), 6)
        self.assertIn(("Nowa strona", "missing"), [(row[0], row[3]) for row in rows])

        response = self.client.get(self.url, {"export": "xlsx"})
        sheet = load_workbook(io.BytesIO(response.getvalue())).active
        self.assertGreater(sheet.max_row, 2)

    def test_a_translator_starts_in_their_language_and_sees_what_waits(self):
        self.client.force_login(self.translator)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(self.titles(response))
        self.assertTrue(all(code == "uk" for _, code in self.titles(response)))

        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(dashboard, "waiting-translations")
        self.assertContains(dashboard, f"{self.url}?language=uk&amp;status=missing")

    def test_the_panel_is_for_translators_only(self):
        self.client.force_login(self.admin)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(dashboard, "waiting-translations")

    def test_anonymous_readers_are_sent_to_sign_in(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])
