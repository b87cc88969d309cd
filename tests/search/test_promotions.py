"""Editors' picks (Wagtail search promotions) above the results: live, public
pages of the reader's language only."""

from django.utils import translation

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from home.factories import ContentPageFactory
from tests.base import SiteTestCase


class PromotionTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.query = Query.get("miasta otwarte")
        home = cls.tree["home"]["pl"]
        cls.draft = ContentPageFactory(parent=home, title="Szkic nagrody", live=False)
        cls.private = ContentPageFactory(parent=home, title="Tajna nagroda")
        PageViewRestriction.objects.create(page=cls.private, restriction_type="login")
        for order, page in enumerate(
            [
                cls.tree["about"]["pl"],
                cls.tree["about"]["en"],
                cls.draft,
                cls.private,
                cls.tree["statement"]["pl"],
            ]
        ):
            SearchPromotion.objects.create(
                query=cls.query, page=page, sort_order=order, description=f"Polecamy {order}"
            )
        SearchPromotion.objects.create(
            query=cls.query,
            external_link_url="https://example.org",
            external_link_text="Gdzie indziej",
        )

    def picks(self, path, query):
        response = self.client.get(path, {"q": query})
        self.assertEqual(response.status_code, 200)
        return response, [pick.page.title for pick in response.context["picks"]]

    def test_picks_of_the_reader_language_in_the_editors_order(self):
        response, titles = self.picks("/pl/szukaj/", "Miasta  Otwarte")
        self.assertEqual(titles, ["O nas", "Deklaracja dostępności"])
        self.assertContains(response, "Polecamy 0")
        self.assertContains(response, f'href="{self.tree["about"]["pl"].url}"')

    def test_drafts_private_pages_and_external_links_are_not_picks(self):
        response, _ = self.picks("/pl/szukaj/", "miasta otwarte")
        self.assertNotContains(response, "Szkic nagrody")
        self.assertNotContains(response, "Tajna nagroda")
        self.assertNotContains(response, "Gdzie indziej")

    def test_other_languages_see_their_own_picks(self):
        with translation.override("en"):
            response, titles = self.picks("/en/search/", "miasta otwarte")
        self.assertEqual(titles, ["About us"])
        self.assertContains(response, "Editors’ picks")
        _, titles = self.picks("/uk/poshuk/", "miasta otwarte")
        self.assertEqual(titles, [])

    def test_other_queries_show_no_picks(self):
        response, titles = self.picks("/pl/szukaj/", "miasta")
        self.assertEqual(titles, [])
        self.assertNotContains(response, "search-picks")

    def test_a_search_is_counted_for_the_popular_searches_report(self):
        self.picks("/pl/szukaj/", "Rowery  w mieście")
        self.picks("/en/search/", "rowery w mieście")
        self.assertEqual(Query.objects.get(query_string="rowery w mieście").hits, 2)
