"""Pages found in two queries (home.routing) are the ones Wagtail's route()
finds: drafts and unknown addresses are not found, private pages ask for their
password, routes of a routable page answer before its children."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import ContentPageFactory
from stories.factories import StoryPageFactory
from tests.topics.base import TopicTestCase


class RoutingTests(TopicTestCase):
    def test_draft_and_unknown_addresses_are_not_found(self):
        for url in (
            "/pl/aktualnosci/szkic/",
            "/pl/aktualnosci/nie-ma-takiej/",
            "/pl/o-nas/nie-ma-takiej/",
            "/en/no-such-page/",
        ):
            self.assertEqual(self.client.get(url).status_code, 404, url)

    def test_private_page_asks_for_its_password(self):
        response = self.client.get("/pl/aktualnosci/prywatna/")
        self.assertContains(response, 'type="password"')
        self.assertNotContains(response, "Prywatna o mieszkaniach</h1>")

    def test_copy_of_a_private_page_asks_for_the_password_too(self):
        # Wagtail follows an untranslated copy to its source's restrictions.
        response = self.client.get("/en/news/prywatna/")
        self.assertContains(response, 'type="password"')

    def test_page_below_a_draft_is_served(self):
        section = ContentPageFactory(parent=self.tree["home"]["pl"], slug="dzial", live=False)
        ContentPageFactory(parent=section, title="Strona w dziale", slug="strona")
        response = self.client.get("/pl/dzial/strona/")
        self.assertContains(response, "Strona w dziale")
        self.assertEqual(self.client.get("/pl/dzial/").status_code, 404)

    def test_a_route_answers_before_a_child_with_its_name(self):
        # The newsroom's author pages live at authors/<slug>/.
        StoryPageFactory(parent=self.newsroom["indexes"]["pl"], slug="authors")
        response = self.client.get("/pl/aktualnosci/authors/redakcja/")
        self.assertEqual(response.context["person"], self.newsroom["person"]["pl"])
        self.assertEqual(self.client.get("/pl/aktualnosci/authors/").status_code, 200)

    def test_page_is_found_in_two_queries(self):
        url = "/pl/aktualnosci/mieszkania/"
        self.client.get(url)
        with CaptureQueriesContext(connection) as queries:
            self.client.get(url)
        routing = [q for q in queries if '"url_path" IN' in q["sql"]]
        self.assertEqual(len(routing), 1)
        self.assertFalse([q for q in queries if '"slug" = ' in q["sql"]])
