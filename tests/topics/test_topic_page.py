"""A topic's page in each language lists only the live, public stories, events
and practices readers of that language see; the topic index lists the topics."""

from django.utils import translation

from practices.factories import TopicFactory
from tests.topics.base import TopicTestCase

HIDDEN = ["Szkic o mieszkaniach", "Prywatna o mieszkaniach", "Szkic praktyki", "Zdrowie migrantów"]


def titles(response):
    context = response.context
    return {
        "stories": [story.title for story in context["stories"]],
        "upcoming": [event.title for event in context["upcoming_events"]],
        "past": [event.title for event in context["past_events"]],
        "practices": [card["practice"].title for card in context["cards"]],
    }


class TopicPageTests(TopicTestCase):
    def test_polish_page_lists_the_polish_items(self):
        response = self.client.get("/pl/tematy/mieszkalnictwo/")
        self.assertEqual(
            titles(response),
            {
                "stories": ["Lokale socjalne", "Mieszkania dla nowo przybyłych"],
                "upcoming": ["Forum mieszkaniowe"],
                "past": ["Warsztaty mieszkaniowe"],
                "practices": ["Przewodnik mieszkaniowy"],
            },
        )
        self.assertContains(response, '<html lang="pl">')
        self.assertContains(response, "<h1>Mieszkalnictwo</h1>", html=True)
        for hidden in HIDDEN + ["Homes for newcomers", "Housing guide"]:
            self.assertNotContains(response, hidden)

    def test_english_page_lists_translations_and_untranslated_copies(self):
        response = self.client.get("/en/topics/housing/")
        self.assertEqual(
            titles(response),
            {
                # Untranslated stories and events are the copies the newsroom lists too.
                "stories": ["Lokale socjalne", "Homes for newcomers"],
                "upcoming": ["en Forum mieszkaniowe"],
                "past": ["Warsztaty mieszkaniowe"],
                "practices": ["Housing guide"],
            },
        )
        for item in response.context["stories"] + response.context["upcoming_events"]:
            self.assertEqual(item.locale.language_code, "en")
        self.assertContains(response, "<h1>Housing</h1>", html=True)
        for hidden in HIDDEN + ["Mieszkania dla nowo przybyłych", "Przewodnik mieszkaniowy"]:
            self.assertNotContains(response, hidden)

    def test_ukrainian_page_reads_untranslated_items_in_polish(self):
        response = self.client.get("/uk/temy/zhytlo/")
        found = titles(response)
        self.assertEqual(found["stories"], ["Lokale socjalne", "Mieszkania dla nowo przybyłych"])
        self.assertEqual(found["practices"], ["Przewodnik mieszkaniowy"])
        self.assertTrue(all(s.locale.language_code == "uk" for s in response.context["stories"]))
        self.assertContains(response, '<li class="practice-card" lang="pl">')
        for hidden in HIDDEN + ["Homes for newcomers", "Housing guide"]:
            self.assertNotContains(response, hidden)

    def test_links_into_the_filtered_lists(self):
        response = self.client.get("/en/topics/housing/")
        self.assertEqual(response.context["stories_url"], "/en/news/?topic=housing")
        self.assertEqual(response.context["practices_url"], "/en/good-practices/?topic=housing")
        self.assertEqual(response.context["events_url"], "/en/events/")

    def test_unknown_or_other_language_slugs_are_404(self):
        for path in (
            "/pl/tematy/nie-ma/",
            "/pl/tematy/housing/",
            # The source slug of a translated topic is not its English address.
            "/en/topics/mieszkalnictwo/",
            "/uk/temy/housing/",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_an_untranslated_topic_is_reached_by_its_source_slug(self):
        response = self.client.get("/en/topics/zdrowie/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<h1 lang="pl">Zdrowie</h1>', html=True)
        self.assertEqual(
            [story.title for story in response.context["stories"]], ["Zdrowie migrantów"]
        )
        # The newsroom of English knows no such topic: no link into its list.
        self.assertEqual(response.context["stories_url"], "")

    def test_breadcrumb_tail_names_the_topic(self):
        response = self.client.get("/en/topics/housing/")
        self.assertEqual(
            response.context["breadcrumb_tail"],
            [{"title": "Housing", "url": "/en/topics/housing/"}],
        )

    def test_language_versions_lead_to_the_same_topic(self):
        response = self.client.get("/en/topics/housing/")
        for code, path in (("pl", "/pl/tematy/mieszkalnictwo/"), ("uk", "/uk/temy/zhytlo/")):
            self.assertContains(
                response, f'<link rel="alternate" hreflang="{code}" href="http://testserver{path}">'
            )

    def test_feed_is_advertised_in_the_head(self):
        response = self.client.get("/en/topics/housing/")
        self.assertContains(
            response,
            '<link rel="alternate" type="application/rss+xml" title="Housing (RSS)" '
            'href="/en/topics/housing/feed.rss">',
        )

    def test_an_empty_topic_says_so(self):
        TopicFactory(name="Kultura", slug="kultura")
        with translation.override("en"):
            response = self.client.get("/en/topics/kultura/")
        self.assertContains(response, "Nothing has been published on this topic")


class TopicIndexTests(TopicTestCase):
    def test_lists_the_topics_in_the_readers_language_with_counts(self):
        response = self.client.get("/en/topics/")
        entries = {entry["topic"].name: entry for entry in response.context["topics"]}
        self.assertEqual(set(entries), {"Housing", "Zdrowie"})
        housing = entries["Housing"]
        self.assertEqual(housing["url"], "/en/topics/housing/")
        self.assertEqual(
            (housing["counts"].stories, housing["counts"].events, housing["counts"].practices),
            (2, 2, 1),
        )
        self.assertEqual(entries["Zdrowie"]["lang"], "pl")
        self.assertContains(response, "2 stories · 2 events · 1 practice")

    def test_polish_index(self):
        response = self.client.get("/pl/tematy/")
        self.assertContains(
            response, '<a class="topic-list__name" href="/pl/tematy/mieszkalnictwo/">'
        )
        self.assertNotContains(response, "Housing")

    def test_topic_routes_are_in_the_sitemap_with_their_versions(self):
        response = self.client.get("/sitemap.xml")
        content = response.content.decode()
        self.assertIn("/en/topics/housing/</loc>", content)
        self.assertIn("/pl/tematy/zdrowie/</loc>", content)
        start = content.index("/en/topics/housing/</loc>")
        entry = content[start : content.index("</url>", start)]
        self.assertIn('hreflang="pl" href="http://localhost/pl/tematy/mieszkalnictwo/"', entry)
        self.assertIn('hreflang="uk" href="http://localhost/uk/temy/zhytlo/"', entry)
