"""A practice's page offers the other practices of the reader's library that
share the most of its topics, those of the same integration area first."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from practices.factories import PracticeFactory, TopicFactory
from practices.models import IntegrationArea, Practice
from tests.related.base import RelatedTestCase

GOVERNANCE, INTERACTION = IntegrationArea.GOVERNANCE, IntegrationArea.INTERACTION


class RelatedPracticeTests(RelatedTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        housing, language, labour = (cls.topics[k] for k in ("housing", "language", "labour"))
        cls.subject = PracticeFactory(
            title="Praktyka wzorcowa",
            slug="wzorcowa",
            area=GOVERNANCE,
            topics=[housing, language, labour],
        )
        # Sharing two: the same area first, then by title.
        cls.two_other_area = PracticeFactory(
            title="A dwa tematy", slug="a-dwa", area=INTERACTION, topics=[language, labour]
        )
        cls.two_same_area = PracticeFactory(
            title="B dwa tematy", slug="b-dwa", area=GOVERNANCE, topics=[housing, labour]
        )

    def titles(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return [link.practice.title for link in response.context["related_practices"]]

    def test_ranks_by_shared_topics_then_area_then_title(self):
        # The base adds "Kursy" (two shared, interaction), "Mieszkania" and
        # "Doradztwo" (one shared each; Doradztwo is governance).
        self.assertEqual(
            self.titles("/pl/dobre-praktyki/wzorcowa/"),
            ["B dwa tematy", "A dwa tematy", "Kursy językowe przy mieszkaniach"],
        )
        self.two_same_area.topics.set([self.topics["housing"]])
        self.two_same_area.save()
        self.two_other_area.topics.set([self.topics["language"]])
        self.two_other_area.save()
        self.assertEqual(
            self.titles("/pl/dobre-praktyki/wzorcowa/"),
            ["Kursy językowe przy mieszkaniach", "B dwa tematy", "Doradztwo zawodowe"],
        )

    def test_never_itself_drafts_or_other_languages(self):
        titles = self.titles("/pl/dobre-praktyki/kursy/")
        self.assertNotIn("Kursy językowe przy mieszkaniach", titles)
        self.assertNotIn("Szkic praktyki", titles)
        self.assertNotIn("Language courses where people live", titles)
        # Readers of English get the English version, never its Polish source.
        titles = self.titles("/en/good-practices/wzorcowa/")
        self.assertIn("Language courses where people live", titles)
        self.assertNotIn("Kursy językowe przy mieszkaniach", titles)
        self.assertNotIn(
            "Language courses where people live", self.titles("/en/good-practices/courses/")
        )

    def test_links_lead_into_the_readers_library_under_a_heading(self):
        with translation.override("en"):
            response = self.client.get("/en/good-practices/wzorcowa/")
        self.assertContains(response, '<h2 id="related-practices-heading">Related practices</h2>')
        self.assertContains(
            response, '<a href="/en/good-practices/courses/">Language courses where people live</a>'
        )
        self.assertContains(
            response,
            '<a href="/en/good-practices/b-dwa/" lang="pl">B dwa tematy</a>',
        )

    def test_nothing_when_no_topic_is_shared(self):
        PracticeFactory(title="Samotna", slug="samotna", topics=[TopicFactory()])
        PracticeFactory(title="Bez tematów", slug="bez-tematow")
        for slug in ("samotna", "bez-tematow"):
            response = self.client.get(f"/pl/dobre-praktyki/{slug}/")
            self.assertEqual(response.context["related_practices"], [])
            self.assertNotContains(response, 'id="related-practices-heading"')

    def test_the_topics_link_to_the_library_narrowed_to_them(self):
        response = self.client.get("/en/good-practices/wzorcowa/")
        self.assertContains(response, '<a href="/en/good-practices/?topic=housing">Housing</a>')

    def test_queries_do_not_grow_with_the_number_of_candidates(self):
        topic = TopicFactory()
        PracticeFactory(slug="liczona", topics=[topic])
        PracticeFactory.create_batch(3, topics=[topic])
        self.client.get("/pl/dobre-praktyki/liczona/")  # caches the site's root paths

        def queries():
            with CaptureQueriesContext(connection) as captured:
                response = self.client.get("/pl/dobre-praktyki/liczona/")
            self.assertEqual(len(response.context["related_practices"]), 3)
            return len(captured)

        with_three = queries()
        PracticeFactory.create_batch(27, topics=[topic])
        self.assertEqual(queries(), with_three)
        self.assertEqual(Practice.objects.filter(topics=topic).count(), 31)
