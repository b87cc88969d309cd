"""Posts that must be refused: without a CSRF token on the public forms, and a
translator of one language changing another language's page or record."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

from home.localization import translate_with
from home.roles import translator_group_name
from practices.factories import PracticeFactory
from practices.models import Practice
from tests.base import SiteTestCase
from tests.practices.base import build_library


class CsrfTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.libraries = build_library(cls.tree)
        cls.restriction = PageViewRestriction.objects.create(
            page=cls.tree["about"]["pl"],
            restriction_type=PageViewRestriction.PASSWORD,
            password="tajne",
        )

    def setUp(self):
        self.client = Client(enforce_csrf_checks=True)

    def test_public_forms_refuse_posts_without_a_token(self):
        about = self.tree["about"]["pl"]
        password_url = reverse(
            "wagtailcore_authenticate_with_password", args=[self.restriction.pk, about.pk]
        )
        for url, data in (
            (f"{self.libraries['uk'].url}suggest/", {"title": "Praktyka", "name": "Ala"}),
            (f"{self.libraries['en'].url}suggest/", {"title": "Practice", "name": "Ala"}),
            (password_url, {"password": "tajne", "return_url": about.url}),
            (f"/en{password_url[3:]}", {"password": "tajne", "return_url": "/"}),
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.post(url, data).status_code, 403)
        self.assertEqual(Practice.objects.filter(live=False).count(), 0)
        self.assertNotContains(self.client.get(about.url), "O nas.")

    def test_search_refuses_posts_whatever_the_token(self):
        for url in ("/en/search/", "/uk/poshuk/"):
            with self.subTest(url=url):
                self.assertIn(self.client.post(url, {"q": "x"}).status_code, (403, 405))

    def test_signed_in_editor_cannot_post_to_the_admin_without_a_token(self):
        user = get_user_model().objects.create_superuser("admin", "a@example.org", "x")
        self.client.force_login(user)
        about = self.tree["about"]["en"]
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[about.pk]), {"title": "Hijacked"}
        )
        self.assertEqual(response.status_code, 403)
        about.refresh_from_db()
        self.assertEqual(about.title, "About us")


class TranslatorTests(SiteTestCase):
    """tests/translations/test_permission_matrix.py opens each edit view; these
    post changes and destructive actions across languages."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translator = get_user_model().objects.create_user("translator-uk", password="x")
        cls.translator.groups.add(Group.objects.get(name=translator_group_name("uk")))
        cls.practice = PracticeFactory(title="Ryga", slug="ryga")
        cls.practice_en = translate_with(
            cls.practice,
            cls.locales["en"],
            Practice(
                title="Riga", slug="riga", summary="A.", body="<p>A</p>", city="Riga", region="V"
            ),
        )

    def setUp(self):
        self.client.force_login(self.translator)

    def assertRefused(self, response):
        self.assertIn(response.status_code, (302, 403, 404))
        if response.status_code == 302:
            self.assertNotIn("/edit/", response["Location"])

    def test_cannot_edit_delete_or_add_under_an_english_or_polish_page(self):
        for code in ("en", "pl"):
            about, home = self.tree["about"][code], self.tree["home"][code]
            title = about.title
            for url, data in (
                (reverse("wagtailadmin_pages:edit", args=[about.pk]), {"title": "Hijacked"}),
                (reverse("wagtailadmin_pages:delete", args=[about.pk]), {}),
                (reverse("wagtailadmin_pages:unpublish", args=[about.pk]), {}),
                (
                    reverse("wagtailadmin_pages:add", args=["home", "contentpage", home.pk]),
                    {"title": "Hijacked", "slug": "hijacked"},
                ),
            ):
                with self.subTest(language=code, url=url):
                    self.assertRefused(self.client.post(url, data))
                    about.refresh_from_db()
                    self.assertEqual((about.title, about.live), (title, True))
        self.assertFalse(about.__class__.objects.filter(slug="hijacked").exists())

    def test_cannot_delete_or_publish_an_english_practice(self):
        pk = self.practice_en.pk
        for name in ("delete", "unpublish"):
            with self.subTest(action=name):
                url = reverse(f"wagtailsnippets_practices_practice:{name}", args=[pk])
                self.assertRefused(self.client.post(url, {}))
        self.practice_en.refresh_from_db()
        self.assertTrue(self.practice_en.live)
