"""Anonymous readers never see drafts, previews, revisions or private pages,
whatever address or parameter they try."""

from django.urls import reverse

from wagtail.models import PageViewRestriction

from practices.models import Practice
from stories.models import StoryPage
from tests.hostile.base import HostileSiteTestCase
from tests.topics.base import make_story

DRAFT_TEXT = "Tajny szkic redakcji"


class AnonymousAccessTests(HostileSiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = cls.newsroom["indexes"]["pl"]
        cls.draft = StoryPage.objects.get(slug="szkic", locale=cls.locales["pl"])
        cls.password_page = StoryPage.objects.get(slug="prywatna", locale=cls.locales["pl"])
        with cls.captureOnCommitCallbacks(execute=True):
            cls.login_page = make_story(index, [], title="Dla zalogowanych", slug="zalogowani")
            PageViewRestriction.objects.create(
                page=cls.login_page, restriction_type=PageViewRestriction.LOGIN
            )
            # A published page with a newer draft: the draft's words stay unseen.
            cls.story = cls.newsroom["news"]["pl"]
            cls.story.standfirst = DRAFT_TEXT
            cls.revision = cls.story.save_revision()
        cls.practice_draft = Practice.objects.get(slug="szkic-praktyki")

    def assertNoContent(self, response, *texts):
        self.assertIn(response.status_code, (302, 401, 403, 404), response)
        if response.status_code == 302:
            self.assertIn("/admin/login/", response["Location"])
        for text in texts:
            self.assertNotContains(response, text, status_code=response.status_code)

    def test_drafts_and_private_pages_under_every_address(self):
        draft, private, login = self.draft, self.password_page, self.login_page
        for url in (
            draft.url or "/pl/aktualnosci/szkic/",
            "/pl/aktualnosci/szkic/?preview=1",
            "/pl/aktualnosci/szkic/?preview=true&mode=",
            "/en/news/szkic/",
            "/pl/dobre-praktyki/szkic-praktyki/",
            "/pl/dobre-praktyki/szkic-praktyki/?preview=1",
            f"{login.url}?preview=1",
            f"{private.url}feed.rss",
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertNotEqual(response.status_code, 200)
                self.assertLess(response.status_code, 500)
                self.assertNotContains(
                    response, "Szkic o mieszkaniach", status_code=response.status_code
                )

    def test_private_pages_ask_for_a_password_or_a_login(self):
        response = self.client.get(self.password_page.url)
        self.assertContains(response, 'type="password"')
        self.assertNotContains(response, self.password_page.standfirst)
        response = self.client.get(self.login_page.url)
        self.assertEqual(response.status_code, 302)
        self.assertNotContains(response, self.login_page.standfirst, status_code=302)

    def test_a_newer_draft_of_a_live_page_is_not_served(self):
        for url in (self.story.url, f"{self.story.url}?preview=1&revision={self.revision.pk}"):
            with self.subTest(url=url):
                self.assertNotContains(self.client.get(url), DRAFT_TEXT)

    def test_admin_previews_and_revisions(self):
        story, draft = self.story, self.draft
        for url in (
            reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk]),
            reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk]),
            reverse("wagtailadmin_pages:view_draft", args=[draft.pk]),
            reverse("wagtailadmin_pages:revisions_view", args=[story.pk, self.revision.pk]),
            reverse("wagtailadmin_pages:revisions_index", args=[story.pk]),
            reverse("wagtailadmin_pages:history", args=[story.pk]),
            reverse(
                "wagtailsnippets_practices_practice:preview_on_edit",
                args=[self.practice_draft.pk],
            ),
            reverse("wagtailsnippets_practices_practice:edit", args=[self.practice_draft.pk]),
            reverse("wagtailsnippets_practices_practice:history", args=[self.practice_draft.pk]),
        ):
            with self.subTest(url=url):
                self.assertNoContent(self.client.get(url), DRAFT_TEXT, "Szkic")
                self.assertNoContent(self.client.post(url, {}), DRAFT_TEXT, "Szkic")
