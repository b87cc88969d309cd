"""The story index: filters in the query string, the featured story, author
pages, the claims page, bad input and query counts."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import wagtail_factories

from practices.factories import TopicFactory
from stories.factories import PersonFactory, StoryPageFactory
from stories.models import StoryPage
from tests.stories.base import NewsroomTestCase


class IndexTests(NewsroomTestCase):
    def titles(self, response):
        featured = [response.context["featured"]] if response.context["featured"] else []
        return [story.title for story in featured + response.context["stories"]]

    def test_lists_stories_newest_first_with_the_newest_featured(self):
        response = self.client.get("/pl/aktualnosci/")
        self.assertEqual(response.context["featured"].title, "Inauguracje EPI")
        self.assertEqual(self.titles(response), ["Inauguracje EPI", "Czy miasta mają plan?"])

    def test_the_editor_chooses_the_featured_story(self):
        index = self.newsroom["indexes"]["pl"]
        index.featured_story = self.newsroom["fact_check"]["pl"]
        index.save_revision().publish()
        response = self.client.get("/pl/aktualnosci/")
        self.assertEqual(response.context["featured"].title, "Czy miasta mają plan?")
        self.assertEqual([s.title for s in response.context["stories"]], ["Inauguracje EPI"])
        # Synchronised into a translation, the choice still names the Polish story;
        # each language shows its own version of it.
        index_en = self.newsroom["indexes"]["en"]
        index_en.featured_story = self.newsroom["fact_check"]["pl"]
        index_en.save_revision().publish()
        response = self.client.get("/en/news/")
        self.assertEqual(response.context["featured"].title, "Do cities have a plan?")

    def test_filter_by_kind_and_topic_kept_in_the_url(self):
        topic = TopicFactory(name="Mieszkalnictwo", slug="mieszkalnictwo")
        story = self.newsroom["news"]["pl"]
        story.topics.set([topic])
        story.save_revision().publish()
        response = self.client.get("/pl/aktualnosci/", {"kind": "fact-check"})
        self.assertIsNone(response.context["featured"])
        self.assertEqual(self.titles(response), ["Czy miasta mają plan?"])
        self.assertContains(response, '<option value="fact-check" selected>', html=False)
        response = self.client.get("/pl/aktualnosci/", {"topic": "mieszkalnictwo"})
        self.assertEqual(self.titles(response), ["Inauguracje EPI"])
        self.assertContains(response, '<option value="mieszkalnictwo" selected>')
        response = self.client.get("/pl/aktualnosci/", {"topic": "mieszkalnictwo", "kind": "news"})
        self.assertEqual(self.titles(response), ["Inauguracje EPI"])

    def test_pagination_keeps_the_filters(self):
        index = self.newsroom["indexes"]["pl"]
        for _ in range(13):
            StoryPageFactory(parent=index)
        response = self.client.get("/pl/aktualnosci/", {"kind": "news"})
        self.assertContains(response, 'href="?kind=news&amp;page=2"')

    def test_bad_parameters_are_ignored(self):
        for params in (
            {"kind": "bogus"},
            {"page": "abc"},
            {"page": "-3"},
            {"page": "99999"},
            {"topic": "<script>"},
            {"kind": "news", "page": "1e9"},
        ):
            with self.subTest(params=params):
                response = self.client.get("/pl/aktualnosci/", params)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "<script>")
        response = self.client.get("/pl/aktualnosci/", {"kind": "bogus"})
        self.assertEqual(len(self.titles(response)), 2)

    def test_untranslated_stories_show_in_their_language_marked(self):
        response = self.client.get("/en/news/")
        html = response.content.decode()
        self.assertIn("Inauguracje EPI", html)
        self.assertRegex(
            html, r'<li class="story-card[^"]*" lang="pl">\s*<div class="story-card__text">'
        )
        self.assertEqual(html.count("story-card--featured"), 1)
        self.assertIn("Not yet translated", html)


class AuthorPageTests(NewsroomTestCase):
    def test_author_page_lists_their_published_stories(self):
        response = self.client.get("/en/news/authors/editorial-team/")
        self.assertContains(response, "<h1>Editorial team</h1>", html=True)
        self.assertEqual([s.title for s in response.context["stories"]], ["Do cities have a plan?"])
        # The language switcher leads to the author's page in each language.
        self.assertContains(response, 'href="/pl/aktualnosci/authors/redakcja/"')

    def test_unknown_or_foreign_author_is_404(self):
        for path in (
            "/pl/aktualnosci/authors/nikt/",
            "/pl/aktualnosci/authors/editorial-team/",
            # Translated into English: the Polish slug is not an English address.
            "/en/news/authors/redakcja/",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_untranslated_author_is_shown_in_the_source_language(self):
        PersonFactory(name="Zespół faktów", slug="zespol-faktow")
        response = self.client.get("/en/news/authors/zespol-faktow/")
        self.assertContains(response, '<div class="prose person" lang="pl">')


class ClaimsPageTests(NewsroomTestCase):
    def test_lists_checked_claims_with_verdict_and_story(self):
        response = self.client.get("/en/fact-checks/")
        self.assertContains(response, "Cities have no integration plan")
        self.assertContains(response, '<a href="/en/news/do-cities-have-a-plan/">')
        self.assertContains(response, "False")

    def test_verdict_filter_is_lenient(self):
        response = self.client.get("/pl/sprawdzamy-fakty/", {"verdict": "true"})
        self.assertNotContains(response, "Miasta nie mają planu integracji")
        for value in ("bogus", "", "<b>"):
            with self.subTest(value=value):
                response = self.client.get("/pl/sprawdzamy-fakty/", {"verdict": value})
                self.assertContains(response, "Miasta nie mają planu integracji")

    def test_claim_page_links_to_its_fact_check(self):
        response = self.client.get("/en/fact-checks/cities-without-a-plan/")
        self.assertContains(response, "<h1>Cities have no integration plan</h1>", html=True)
        self.assertContains(response, '<a href="/en/news/do-cities-have-a-plan/">')
        self.assertContains(response, 'href="/pl/sprawdzamy-fakty/miasta-bez-planu/"')

    def test_fact_check_links_to_the_claim_page(self):
        response = self.client.get("/en/news/do-cities-have-a-plan/")
        self.assertContains(response, 'href="/en/fact-checks/cities-without-a-plan/"')

    def test_bad_page_numbers_never_fail(self):
        for path in ("/pl/sprawdzamy-fakty/", "/pl/aktualnosci/authors/redakcja/"):
            for value in ("abc", "-1", "0", "99999", "9" * 40):
                with self.subTest(path=path, page=value):
                    self.assertEqual(self.client.get(path, {"page": value}).status_code, 200)

    def test_unknown_claim_is_404(self):
        self.assertEqual(self.client.get("/pl/sprawdzamy-fakty/nie-ma/").status_code, 404)
        self.assertEqual(self.client.get("/pl/sprawdzamy-fakty/a/b/").status_code, 404)


class QueryCountTests(NewsroomTestCase):
    def count(self, path):
        self.client.get(path)  # warm: renditions, site root paths
        with CaptureQueriesContext(connection) as context:
            self.assertEqual(self.client.get(path).status_code, 200)
        return len(context)

    def add_stories(self, number):
        index = self.newsroom["indexes"]["pl"]
        person = self.newsroom["person"]["pl"]
        for _ in range(number):
            StoryPageFactory(
                parent=index,
                topics=[self.topic],
                authors=[person],
                hero_image=wagtail_factories.ImageFactory(),
                hero_alt="Zdjęcie",
            )

    def measure(self):
        return tuple(
            self.count(path)
            for path in (
                "/pl/aktualnosci/",
                "/pl/aktualnosci/?kind=news&topic=temat-x",
                "/pl/aktualnosci/czy-miasta-maja-plan/",
                "/pl/aktualnosci/authors/redakcja/",
                "/pl/aktualnosci/feed.rss",
                "/pl/sprawdzamy-fakty/",
            )
        )

    def test_queries_do_not_grow_with_the_number_of_stories(self):
        self.topic = TopicFactory(slug="temat-x")
        self.add_stories(5)
        few = self.measure()
        self.add_stories(95)
        many = self.measure()
        self.assertEqual(few, many)
        self.assertEqual(StoryPage.objects.filter(locale__language_code="pl").count(), 102)
