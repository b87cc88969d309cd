"""Topics shown as tags link to their topic page in the reader's language, or
read as plain names (or the newsroom's filter) where that language has none."""

from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from tests.topics.base import TopicTestCase


class TopicLinkTests(TopicTestCase):
    def test_story_page_links_its_topics(self):
        response = self.client.get("/en/news/homes/")
        self.assertContains(response, '<a href="/en/topics/housing/">Housing</a>', html=True)
        response = self.client.get("/pl/aktualnosci/mieszkania/")
        self.assertContains(
            response, '<a href="/pl/tematy/mieszkalnictwo/">Mieszkalnictwo</a>', html=True
        )

    def test_story_cards_link_their_topics(self):
        response = self.client.get("/uk/novyny/")
        self.assertContains(response, '<a href="/uk/temy/zhytlo/">Житло</a>', html=True)

    def test_practice_card_and_detail_link_their_topics(self):
        for path in ("/en/good-practices/", "/en/good-practices/housing-guide/"):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertContains(
                    response, '<a href="/en/topics/housing/">Housing</a>', html=True
                )

    def test_event_page_links_its_topics(self):
        response = self.client.get(self.content["event"]["en"].url)
        self.assertContains(response, '<a href="/en/topics/housing/">Housing</a>', html=True)

    def test_without_a_topic_page_the_name_is_not_a_broken_link(self):
        self.topic_pages["uk"].unpublish()
        response = self.client.get("/uk/dobri-praktyky/")
        self.assertContains(response, "<li>Житло</li>", html=True)
        self.assertNotContains(response, "/uk/temy/")
        # The story page falls back on its newsroom's filter.
        response = self.client.get("/uk/novyny/mieszkania/")
        self.assertContains(response, '<a href="/uk/novyny/?topic=zhytlo">Житло</a>', html=True)

    def test_the_tag_asks_once_per_request_whatever_the_number_of_topics(self):
        template = Template(
            "{% load topic_tags %}{% for t in topics %}{% topic_url t %} {% endfor %}"
        )
        topic, health = self.content["housing"]["pl"], self.content["health"]

        def render(topics):
            request = RequestFactory().get("/en/")
            with translation.override("en"), CaptureQueriesContext(connection) as queries:
                rendered = template.render(Context({"request": request, "topics": topics}))
                template.render(Context({"request": request, "topics": topics}))
            return rendered, len(queries)

        render([topic])  # Wagtail keeps the site's root paths in its cache.
        rendered, few = render([topic, health])
        # Any language version of a topic leads to the reader's address of it.
        self.assertEqual(rendered, "/en/topics/housing/ /en/topics/zdrowie/ ")
        self.assertEqual(render([topic, health, self.content["housing"]["en"]] * 10)[1], few)
