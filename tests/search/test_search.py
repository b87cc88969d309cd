"""Which pages the site search finds: live, public pages of the reader's tree only."""

from django.utils import translation

from wagtail.models import PageViewRestriction

from home.factories import ContentPageFactory
from home.languages import sync_languages
from tests.base import SiteTestCase


class SearchTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        home = cls.tree["home"]["pl"]
        cls.live = ContentPageFactory(
            parent=home, title="Wybory samorządowe", introduction="Kalendarz wyborczy"
        )
        cls.live.save_revision().publish()
        cls.draft = ContentPageFactory(parent=home, title="Wybory szkic", live=False)
        cls.private = ContentPageFactory(parent=home, title="Wybory tajne")
        PageViewRestriction.objects.create(page=cls.private, restriction_type="login")
        cls.english = ContentPageFactory(parent=cls.tree["home"]["en"], title="Wybory English")

    def results(self, path, query, **params):
        response = self.client.get(path, {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        return response, [hit.title for hit in response.context["results"]]

    def test_finds_live_public_pages_of_the_reader_language_only(self):
        response, titles = self.results("/pl/szukaj/", "wybory")
        self.assertEqual(titles, ["Wybory samorządowe"])
        self.assertNotContains(response, "Wybory szkic")
        self.assertNotContains(response, "Wybory tajne")
        self.assertNotContains(response, "Wybory English")

    def test_each_language_searches_its_own_tree(self):
        _, titles = self.results("/en/search/", "wybory")
        self.assertEqual(titles, ["Wybory English"])
        _, titles = self.results("/uk/poshuk/", "про")
        self.assertIn("Про нас", titles)

    def test_a_page_under_a_private_page_is_not_found_either(self):
        ContentPageFactory(parent=self.private, title="Wybory pod spodem")
        _, titles = self.results("/pl/szukaj/", "wybory")
        self.assertEqual(titles, ["Wybory samorządowe"])

    def test_the_home_page_is_not_a_result(self):
        _, titles = self.results("/en/search/", "cities")
        self.assertNotIn("Cities for integration", titles)

    def test_results_show_their_type(self):
        response, _ = self.results("/pl/szukaj/", "wybory")
        # The type is named in the reader's language.
        self.assertEqual(response.context["results"][0].type_label, "strona informacyjna")
        self.assertContains(response, "Strona informacyjna")
        response, _ = self.results("/en/search/", "wybory")
        self.assertContains(response, "Content page")

    def test_results_link_to_the_page_and_show_its_date(self):
        response, _ = self.results("/pl/szukaj/", "wybory")
        hit = response.context["results"][0]
        self.assertEqual(hit.url, self.live.url)
        self.assertContains(response, f'href="{self.live.url}"')
        self.assertContains(response, f'<time datetime="{hit.date:%Y-%m-%d}">')

    def test_an_untranslated_copy_is_found_in_its_original_language(self):
        with self.captureOnCommitCallbacks(execute=True):
            sync_languages()
        with translation.override("en"):
            response, titles = self.results("/en/search/", "samorządowe")
        self.assertEqual(titles, ["Wybory samorządowe"])
        hit = response.context["results"][0]
        self.assertEqual(hit.lang, "pl")
        self.assertTrue(hit.url.startswith("/en/"))
        self.assertContains(response, 'lang="pl">Wybory <mark>samorządowe</mark></a>')
        self.assertContains(response, "Not yet translated")

    def test_results_are_paginated(self):
        for number in range(14):
            ContentPageFactory(parent=self.tree["home"]["pl"], title=f"Raport integracja {number}")
        response, titles = self.results("/pl/szukaj/", "integracja")
        self.assertEqual(len(titles), 12)
        self.assertContains(response, 'rel="next"')
        _, titles = self.results("/pl/szukaj/", "integracja", page=2)
        self.assertEqual(len(titles), 2)

    def test_empty_query_shows_the_form(self):
        response = self.client.get("/pl/szukaj/", {"q": "  "})
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("results", response.context)
        self.assertContains(response, 'role="search"')
        self.assertContains(response, '<label for="search-query">')
