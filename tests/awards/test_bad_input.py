"""Bad input around award announcements and badges: a page or a 404, never a 500."""

from practices.factories import PracticeFactory
from tests.awards.base import AwardTestCase, make_award

ODD_PAGES = ("abc", "-1", "0", "999999", "1e9", "", "9" * 50, "１", "<script>")


class AwardBadInputTests(AwardTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            practice = PracticeFactory(title="Punkt", slug="punkt")
            make_award(cls.indexes["pl"], practice=practice)

    def test_odd_query_parameters_are_ignored(self):
        for path in ("/pl/aktualnosci/miasta-otwarte-2015/", "/pl/dobre-praktyki/"):
            for value in ODD_PAGES:
                with self.subTest(path=path, page=value):
                    response = self.client.get(path, {"page": value, "year": value, "kind": value})
                    self.assertEqual(response.status_code, 200)
                    self.assertNotContains(response, "<script>")

    def test_unknown_addresses_are_404(self):
        for path in (
            "/pl/aktualnosci/nie-ma-takiej-nagrody/",
            "/pl/aktualnosci/miasta-otwarte-2015/cokolwiek/",
            "/en/news/nie-ma-takiej-nagrody/",
            "/pl/dobre-praktyki/nie-ma-takiej-praktyki/",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)
