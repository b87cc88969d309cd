"""The demo editors' picks: each language's query promotes that language's page,
pages the demo does not have are skipped, and a second load changes nothing."""

from io import StringIO

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import demo
from tests.practices.base import LibraryTestCase

QUERIES = {"pl": "dobre praktyki", "en": "good practices", "uk": "добрі практики"}
PATHS = {"pl": "/pl/szukaj/", "en": "/en/search/", "uk": "/uk/poshuk/"}


class DemoPicksTests(LibraryTestCase):
    def test_each_language_gets_its_library_as_a_pick_once(self):
        demo.load(StringIO())
        count = SearchPromotion.objects.count()
        self.assertEqual(count, 3)
        for code, query in QUERIES.items():
            with self.subTest(code=code):
                response = self.client.get(PATHS[code], {"q": query.upper()})
                self.assertEqual(
                    [pick.page.pk for pick in response.context["picks"]],
                    [self.libraries[code].pk],
                )
        # Nothing is promoted for pages this site lacks (the award, the events...).
        self.assertFalse(Query.objects.filter(query_string="miasta otwarte").exists())
        output = StringIO()
        demo.load(output)
        self.assertEqual(SearchPromotion.objects.count(), count)
        self.assertEqual(output.getvalue(), "")
