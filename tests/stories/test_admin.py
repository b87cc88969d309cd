"""The claims register in wagtail-modeladmin through wagtail-localize, and the
authors snippet."""

from django.contrib.auth import get_user_model
from django.test import TestCase

from home.localization import translate_with
from practices.factories import TopicFactory
from stories.factories import ClaimFactory, PersonFactory
from stories.models import Claim
from stories.verdicts import Verdict
from tests.base import SiteTestCase


class ClaimAdminTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser("root", "r@example.org", "x")
        cls.false = ClaimFactory(text="Migranci zabierają pracę", verdict=Verdict.FALSE)
        cls.misleading = ClaimFactory(text="Nikt tego nie sprawdza", verdict=Verdict.MISLEADING)

    def setUp(self):
        self.client.force_login(self.admin)

    def test_index_filters_by_verdict_and_searches(self):
        response = self.client.get("/admin/stories/claim/", {"verdict": "false"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Migranci zabierają pracę")
        self.assertNotContains(response, "Nikt tego nie sprawdza")
        response = self.client.get("/admin/stories/claim/", {"q": "sprawdza"})
        self.assertContains(response, "Nikt tego nie sprawdza")
        self.assertNotContains(response, "Migranci zabierają pracę")

    def test_index_filters_by_topic_and_language(self):
        topic = TopicFactory(name="Rynek pracy")
        self.false.topics.set([topic])
        self.false.save()
        response = self.client.get("/admin/stories/claim/", {"topic": str(topic.pk)})
        self.assertContains(response, "Migranci zabierają pracę")
        self.assertNotContains(response, "Nikt tego nie sprawdza")
        for bogus in ("abc", "999999", ""):
            with self.subTest(topic=bogus):
                response = self.client.get("/admin/stories/claim/", {"topic": bogus})
                self.assertEqual(response.status_code, 200)
        translate_with(
            self.false,
            self.locales["en"],
            Claim(text="Migrants take jobs", slug="jobs", appearance="Facebook"),
        )
        response = self.client.get("/admin/stories/claim/", {"locale": "en"})
        self.assertContains(response, "Migrants take jobs")
        self.assertNotContains(response, "Nikt tego nie sprawdza")

    def test_inspect_view_shows_the_claim(self):
        response = self.client.get(f"/admin/stories/claim/inspect/{self.false.pk}/")
        self.assertContains(response, "Migranci zabierają pracę")
        self.assertContains(response, "komentarze w mediach społecznościowych")

    def test_create_a_claim(self):
        response = self.client.post(
            "/admin/stories/claim/create/?locale=pl",
            {
                "text": "Nowe twierdzenie",
                "slug": "nowe",
                "claimant": "",
                "appearance": "Facebook",
                "appearance_url": "",
                "seen_on": "2026-11-20",
                "verdict": "missing-context",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(self.false.__class__.objects.filter(slug="nowe").exists())

    def test_claim_text_with_markup_is_escaped_in_the_admin(self):
        ClaimFactory(text="<script>alert(1)</script>")
        response = self.client.get("/admin/stories/claim/")
        self.assertNotContains(response, "<script>alert(1)</script>")


class PersonSnippetTests(TestCase):
    def test_person_is_a_translatable_snippet(self):
        from wagtail.snippets.models import get_snippet_models

        from stories.models import Person

        self.assertIn(Person, get_snippet_models())
        admin = get_user_model().objects.create_superuser("root", "r@example.org", "x")
        self.client.force_login(admin)
        PersonFactory(name="Redakcja")
        response = self.client.get("/admin/snippets/stories/person/")
        self.assertContains(response, "Redakcja")
