"""A draft or a private story appears nowhere public: not in the list, the feeds,
the sitemap, search, the author page or the claims page."""

from wagtail.models import PageViewRestriction

from stories.factories import ClaimFactory, StoryPageFactory
from stories.models import StoryPage
from tests.stories.base import NewsroomTestCase

PUBLIC_PATHS = [
    "/pl/aktualnosci/",
    "/pl/aktualnosci/feed.rss",
    "/pl/aktualnosci/feed.atom",
    "/pl/aktualnosci/authors/redakcja/",
    "/pl/sprawdzamy-fakty/",
    "/sitemap.xml",
]


class HiddenStoryTests(NewsroomTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = cls.newsroom["indexes"]["pl"]
        person = cls.newsroom["person"]["pl"]
        draft_claim = ClaimFactory(text="Szkicowe twierdzenie", slug="szkicowe")
        cls.draft = StoryPageFactory(
            parent=index,
            title="Szkic niewidoczny",
            slug="szkic-niewidoczny",
            live=False,
            kind=StoryPage.Kind.FACT_CHECK,
            claim=draft_claim,
            authors=[person],
        )
        cls.draft.save_revision()
        private_claim = ClaimFactory(text="Prywatne twierdzenie", slug="prywatne")
        cls.private = StoryPageFactory(
            parent=index,
            title="Prywatna historia",
            slug="prywatna-historia",
            kind=StoryPage.Kind.FACT_CHECK,
            claim=private_claim,
            authors=[person],
        )
        cls.private.save_revision().publish()
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
        )

    def test_neither_appears_on_any_public_list(self):
        for path in PUBLIC_PATHS:
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                # The visible stories are there, so the check below means something.
                self.assertContains(response, "czy-miasta-maja-plan")
                for hidden in ("szkic-niewidoczny", "prywatna-historia", "Szkicowe", "Prywatne"):
                    self.assertNotContains(response, hidden)

    def test_neither_is_found_by_search(self):
        response = self.client.get("/pl/szukaj/", {"q": "Prywatna historia"})
        self.assertNotContains(response, "prywatna-historia")
        response = self.client.get("/pl/szukaj/", {"q": "Inauguracje"})
        self.assertContains(response, "inauguracje-epi")
        response = self.client.get("/pl/szukaj/", {"q": "Szkic"})
        self.assertNotContains(response, "szkic-niewidoczny")

    def test_their_claims_have_no_public_address(self):
        for slug in ("szkicowe", "prywatne"):
            with self.subTest(slug=slug):
                response = self.client.get(f"/pl/sprawdzamy-fakty/{slug}/")
                self.assertEqual(response.status_code, 404)

    def test_the_pages_themselves_are_not_public(self):
        self.assertEqual(self.client.get("/pl/aktualnosci/szkic-niewidoczny/").status_code, 404)
        response = self.client.get("/pl/aktualnosci/prywatna-historia/")
        self.assertNotContains(response, "Krótkie wprowadzenie", status_code=200)

    def test_a_private_newsroom_has_no_public_feed(self):
        PageViewRestriction.objects.create(
            page=self.newsroom["indexes"]["pl"],
            restriction_type=PageViewRestriction.PASSWORD,
            password="tajne",
        )
        # Like the newsroom page itself: the password form, never the feed.
        response = self.client.get("/pl/aktualnosci/feed.rss")
        self.assertNotIn("xml", response["Content-Type"])
        self.assertNotContains(response, "<item>", status_code=response.status_code)
