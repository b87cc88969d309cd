"""The type facet: counts for the current query, filtering, and a results page
whose query count does not grow with the results."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from events.factories import EventPageFactory
from home.factories import ContentPageFactory
from practices.factories import PracticeFactory
from stories.award_factories import AwardAnnouncementPageFactory
from stories.factories import StoryPageFactory
from tests.search.base import WORD, SearchTestCase


class TypeFacetTests(SearchTestCase):
    def counts(self, response):
        return {value.key: value.count for value in response.context["facet"]}

    def test_every_type_is_counted_for_the_query(self):
        response = self.search()
        self.assertEqual(
            self.counts(response),
            {"": 6, "story": 2, "event": 1, "award": 1, "practice": 1, "page": 1},
        )
        self.assertEqual(response.context["total"], 6)

    def test_all_results_list_pages_then_practices(self):
        titles = self.titles()
        self.assertEqual(len(titles), 6)
        self.assertEqual(titles[-1], "Rowerownia")

    def test_a_type_narrows_the_results_and_keeps_the_counts(self):
        response = self.search(type="story")
        self.assertEqual(
            sorted(hit.title for hit in response.context["results"]),
            ["Czy rowery dzielą?", "Rowerowa integracja"],
        )
        self.assertEqual(response.context["total"], 2)
        self.assertEqual(self.counts(response)[""], 6)
        self.assertEqual(self.titles(type="event"), ["Warsztaty"])
        self.assertEqual(self.titles(type="award"), ["Nagroda 2015"])
        self.assertEqual(self.titles(type="practice"), ["Rowerownia"])
        self.assertEqual(self.titles(type="page"), ["W mieście"])

    def test_each_result_says_its_type_and_date(self):
        hits = {hit.title: hit for hit in self.search().context["results"]}
        self.assertEqual(hits["Czy rowery dzielą?"].type_label, "weryfikacja faktów")
        self.assertEqual(hits["Czy rowery dzielą?"].kind, "story")
        content = self.content
        self.assertEqual(hits["Warsztaty"].date, content["event"].local_start.date())
        award = type(content["award"]).objects.get(pk=content["award"].pk)
        self.assertEqual(hits["Nagroda 2015"].date, award.publication_date)
        self.assertEqual(hits["Rowerownia"].kind, "practice")
        self.assertEqual(
            hits["Rowerownia"].url, self.libraries["pl"].practice_url(content["practice"])
        )

    def test_the_chosen_type_is_marked_and_links_keep_the_query(self):
        response = self.search(type="event")
        self.assertContains(
            response, f'href="/pl/szukaj/?q={WORD}&amp;type=event" aria-current="true"'
        )
        self.assertContains(response, f'href="/pl/szukaj/?q={WORD}"')
        self.assertContains(response, f'href="/pl/szukaj/?q={WORD}&amp;type=practice"')

    def test_types_without_matches_are_left_out_of_the_facet(self):
        response = self.search(query="Naprawiamy")
        self.assertEqual(self.counts(response), {"": 2, "event": 1, "practice": 1})

    def test_an_unknown_type_shows_everything(self):
        for junk in ("stories", "<script>", "", "PAGE", "story "):
            with self.subTest(junk=junk):
                self.assertEqual(len(self.titles(type=junk)), 6)

    def test_the_type_stays_in_the_pagination_links(self):
        for number in range(13):
            StoryPageFactory(parent=self.content["newsroom"], title=f"Rowery {number}")
        response = self.search(type="story")
        self.assertContains(response, "type=story&amp;page=2")
        self.assertEqual(len(self.titles(type="story", page=2)), 3)

    def test_one_pagination_runs_across_pages_and_practices(self):
        for number in range(12):
            PracticeFactory(title=f"Praktyka rowerowa {number}", summary=f"Rowery {number}.")
        first = self.titles()
        second = self.titles(page=2)
        self.assertEqual(len(first) + len(second), 18)
        self.assertEqual(len(set(first) | set(second)), 18)
        self.assertIn("Rowerownia", first + second)

    def test_counting_every_type_costs_one_query_for_the_pages_and_one_for_practices(self):
        from search.results import SiteSearch

        locale = self.tree["home"]["pl"].locale
        SiteSearch(WORD, locale)  # content types come from Django's cache after this
        with CaptureQueriesContext(connection) as context:
            counts = SiteSearch(WORD, locale).counts
        # One for the pages, one for the practices readers see among the matches.
        self.assertEqual(len(context), 2)
        self.assertEqual(counts, {"story": 2, "event": 1, "award": 1, "practice": 1, "page": 1})

    def test_the_query_count_does_not_grow_with_the_results(self):
        def queries(**params):
            self.search(**params)  # the first search also records the query
            with CaptureQueriesContext(connection) as context:
                self.search(**params)
            return len(context)

        few = {key: queries(type=key) for key in ("", "story", "practice")}
        # Twice as many results, still one page of every type: the count may
        # depend on the types shown (one query each), never on their number.
        newsroom = self.content["newsroom"]
        StoryPageFactory(parent=newsroom, title="Rowery 1")
        StoryPageFactory(parent=newsroom, title="Rowery 2")
        AwardAnnouncementPageFactory(parent=newsroom, introduction="Rowery.")
        EventPageFactory(parent=self.content["event"].get_parent(), summary="Rowery.")
        ContentPageFactory(parent=self.tree["home"]["pl"], title="Rowery 3")
        PracticeFactory(summary="Rowery.")
        self.assertEqual(len(self.titles()), 12)
        many = {key: queries(type=key) for key in ("", "story", "practice")}
        self.assertEqual(few, many)

    def test_the_facet_is_a_labelled_navigation(self):
        with translation.override("en"):
            response = self.search("/en/search/")
        self.assertContains(
            response, '<nav class="search-facet" aria-labelledby="search-facet-heading">'
        )
        self.assertContains(response, "Type of result")
