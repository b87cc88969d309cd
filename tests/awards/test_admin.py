"""Editors create award announcements in the admin; bad input is a form error."""

from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from practices.factories import PracticeFactory
from stories.awards import AwardAnnouncementPage
from stories.models import StoryIndexPage, StoryPage
from tests.awards.base import AwardTestCase, make_award


def form_data(year=2015, practice=None):
    return nested_form_data(
        {
            "title": "Miasta Otwarte 2015",
            "slug": "miasta-otwarte-2015",
            "award_name": "Miasta Otwarte",
            "edition": "II edycja",
            "year": year,
            "introduction": "Jury migranckie docenia samorządy.",
            "criteria": rich_text("<p>Kompleksowość.</p>"),
            "ceremony_date": "2015-05-14 15:30",
            "ceremony_venue": "Synagoga pod Białym Bocianem",
            "jury": inline_formset(
                [{"name": "Priscilla Rubia", "background": "Kenijka", "city": "Łódź"}]
            ),
            "laureates": inline_formset(
                [
                    {
                        "municipality": "Lublin",
                        "recognised_for": "Miejski punkt obsługi cudzoziemców",
                        "distinction": "",
                        "practice": practice.pk if practice else "",
                    }
                ]
            ),
            "related_practices": inline_formset([]),
            "body": streamfield([("paragraph", rich_text("<p>Akcja.</p>"))]),
        }
    )


class AwardAdminTests(AwardTestCase, WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(AwardAnnouncementPage, {StoryIndexPage})
        self.assertAllowedSubpageTypes(AwardAnnouncementPage, set())
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage, AwardAnnouncementPage})

    def test_can_create_with_jury_and_laureates(self):
        self.login()
        practice = PracticeFactory()
        self.assertCanCreate(
            self.indexes["pl"], AwardAnnouncementPage, form_data(practice=practice)
        )
        page = AwardAnnouncementPage.objects.get(
            slug="miasta-otwarte-2015", locale=self.locales["pl"]
        )
        self.assertEqual(page.jury.get().name, "Priscilla Rubia")
        self.assertEqual(page.laureates.get().practice, practice)
        self.assertEqual((page.ceremony_date.hour, page.ceremony_date.utcoffset().seconds), (13, 0))

    def add(self, data):
        url = reverse(
            "wagtailadmin_pages:add",
            args=("stories", "awardannouncementpage", self.indexes["pl"].pk),
        )
        return self.client.post(url, data)

    def test_implausible_year_is_a_form_error(self):
        self.login()
        for year in ("1800", "3000", "abc", "-5"):
            with self.subTest(year=year):
                response = self.add(form_data(year=year))
                self.assertEqual(response.status_code, 200)
                self.assertIn("year", response.context["form"].errors)
        self.assertFalse(AwardAnnouncementPage.objects.exists())

    def test_draft_practice_as_laureate_is_a_form_error(self):
        self.login()
        response = self.add(form_data(practice=PracticeFactory(live=False)))
        self.assertEqual(response.status_code, 200)
        laureate_errors = response.context["form"].formsets["laureates"].errors
        self.assertIn("practice", laureate_errors[0])
        self.assertFalse(AwardAnnouncementPage.objects.exists())

    def test_edit_form_opens(self):
        self.login()
        page = make_award(self.indexes["pl"], practice=PracticeFactory())
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Priscilla Rubia")

    def test_renders_and_previews(self):
        page = make_award(self.indexes["pl"], practice=PracticeFactory())
        self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(page, post_data=form_data())
