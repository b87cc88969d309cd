from wagtail.models import PageViewRestriction

from home.factories import ContentPageFactory
from tests.base import SiteTestCase


class SearchTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        home = cls.tree["home"]["pl"]
        cls.live = ContentPageFactory(
            parent=home, title="Wybory samorządowe", introduction="Kalendarz wyborczy"
        )
        cls.draft = ContentPageFactory(parent=home, title="Wybory szkic", live=False)
        cls.private = ContentPageFactory(parent=home, title="Wybory tajne")
        PageViewRestriction.objects.create(page=cls.private, restriction_type="login")
        cls.english = ContentPageFactory(parent=cls.tree["home"]["en"], title="Wybory English")

    def results(self, path, query, **params):
        response = self.client.get(path, {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        return response, [result["page"].title for result in response.context["results"]]

    def test_finds_live_public_pages_of_the_reader_language_only(self):
        response, titles = self.results("/pl/szukaj/", "wybory")
        self.assertEqual(titles, ["Wybory samorządowe"])

    def test_each_language_searches_its_own_tree(self):
        _, titles = self.results("/en/search/", "wybory")
        self.assertEqual(titles, ["Wybory English"])
        _, titles = self.results("/uk/poshuk/", "про")
        self.assertIn("Про нас", titles)

    def test_results_show_their_type(self):
        response, _ = self.results("/pl/szukaj/", "wybory")
        # The type is named in the reader's language.
        self.assertEqual(response.context["results"][0]["type"], "strona informacyjna")
        self.assertContains(response, "Strona informacyjna")
        response, _ = self.results("/en/search/", "wybory")
        self.assertContains(response, "Content page")

    def test_results_are_paginated(self):
        for number in range(14):
            ContentPageFactory(parent=self.tree["home"]["pl"], title=f"Raport integracja {number}")
        response, titles = self.results("/pl/szukaj/", "integracja")
        self.assertEqual(len(titles), 12)
        self.assertContains(response, 'rel="next"')
        _, titles = self.results("/pl/szukaj/", "integracja", page=2)
        self.assertEqual(len(titles), 2)

    def test_empty_query_shows_the_form(self):
        response, titles = self.results("/pl/szukaj/", "")
        self.assertEqual(titles, [])
        self.assertContains(response, 'role="search"')
