"""NewsArticle on every story, exactly one ClaimReview on a fact-check, sharing
tags; and a claim or title with markup is escaped everywhere it goes."""

import datetime
import json
import re

from django.utils import timezone

import wagtail_factories

import feedparser

from stories.factories import ClaimFactory, StoryPageFactory
from stories.models import StoryPage
from tests.stories.base import NewsroomTestCase

SCRIPT = "<script>alert(1)</script>"


def json_ld(response):
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return [json.loads(block) for block in blocks]


class StructuredDataTests(NewsroomTestCase):
    def test_fact_check_has_one_claim_review_with_the_required_fields(self):
        items = json_ld(self.client.get("/en/news/do-cities-have-a-plan/"))
        reviews = [item for item in items if item["@type"] == "ClaimReview"]
        self.assertEqual(len(reviews), 1)
        review = reviews[0]
        self.assertEqual(review["claimReviewed"], "Cities have no integration plan")
        self.assertTrue(review["url"].endswith("/en/news/do-cities-have-a-plan/"))
        self.assertEqual(
            review["reviewRating"],
            {
                "@type": "Rating",
                "ratingValue": 1,
                "bestRating": 4,
                "worstRating": 1,
                "alternateName": "false",
            },
        )
        self.assertEqual(review["itemReviewed"]["@type"], "Claim")
        self.assertEqual(review["itemReviewed"]["datePublished"], "2026-11-02")
        self.assertEqual(
            review["itemReviewed"]["appearance"],
            {"@type": "CreativeWork", "name": "social media comments"},
        )
        self.assertEqual(review["author"]["@type"], "Organization")
        self.assertTrue(review["author"]["name"])
        published = self.newsroom["fact_check"]["pl"].first_published_at
        self.assertEqual(datetime.datetime.fromisoformat(review["datePublished"]), published)

    def test_every_story_is_a_news_article(self):
        for path in ("/pl/aktualnosci/inauguracje-epi/", "/pl/aktualnosci/czy-miasta-maja-plan/"):
            with self.subTest(path=path):
                items = json_ld(self.client.get(path))
                articles = [item for item in items if item["@type"] == "NewsArticle"]
                self.assertEqual(len(articles), 1)
                article = articles[0]
                for field in ("headline", "datePublished", "dateModified", "author", "publisher"):
                    self.assertTrue(article[field], field)
                self.assertEqual(article["inLanguage"], "pl")
                self.assertTrue(article["url"].endswith(path))
        news = json_ld(self.client.get("/pl/aktualnosci/inauguracje-epi/"))
        self.assertNotIn("ClaimReview", [item["@type"] for item in news])

    def test_authors_are_named_in_the_readers_language(self):
        article = json_ld(self.client.get("/en/news/do-cities-have-a-plan/"))[0]
        self.assertEqual(article["author"], [{"@type": "Person", "name": "Editorial team"}])
        response = self.client.get("/en/news/do-cities-have-a-plan/")
        self.assertContains(
            response, '<a href="/en/news/authors/editorial-team/">Editorial team</a>'
        )

    def test_sharing_tags_use_the_hero_image(self):
        story = self.newsroom["news"]["pl"]
        story.hero_image = wagtail_factories.ImageFactory()
        story.hero_alt = "Uczestnicy spotkania"
        story.save_revision().publish()
        response = self.client.get("/pl/aktualnosci/inauguracje-epi/")
        html = response.content.decode()
        self.assertIn('<meta property="og:type" content="article">', html)
        self.assertIn('<meta name="twitter:card" content="summary_large_image">', html)
        self.assertIn('<meta property="og:image:alt" content="Uczestnicy spotkania">', html)
        self.assertRegex(html, r'<meta property="og:image" content="http://testserver/[^"]+\.')
        published = timezone.localtime(story.first_published_at).isoformat()
        self.assertIn(f'<meta property="article:published_time" content="{published}">', html)
        self.assertTrue(json_ld(response)[0]["image"].startswith("http://testserver/"))

    def test_share_links_need_no_third_party_script(self):
        response = self.client.get("/en/news/do-cities-have-a-plan/")
        html = response.content.decode()
        for start in (
            "mailto:?subject=Do+cities+have+a+plan%3F",
            "https://www.facebook.com/sharer/sharer.php?u=http",
            "https://x.com/intent/post?url=http",
            "https://www.linkedin.com/sharing/share-offsite/?url=http",
        ):
            self.assertIn(start, html)
        self.assertNotRegex(html, r"<script[^>]+src=")


class EscapingTests(NewsroomTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        claim = ClaimFactory(text=f"Migranci {SCRIPT} wszystko", slug="skrypt")
        cls.story = StoryPageFactory(
            parent=cls.newsroom["indexes"]["pl"],
            title=f"Tytuł {SCRIPT}",
            slug="skrypt",
            standfirst=f"Wstęp {SCRIPT}",
            kind=StoryPage.Kind.FACT_CHECK,
            claim=claim,
            body=[
                {"type": "heading", "value": {"text": f"Nagłówek {SCRIPT}", "anchor": ""}},
                {
                    "type": "myth_fact",
                    "value": {
                        "claim": f"Mit {SCRIPT}",
                        "verdict": "false",
                        "explanation": "<p>Fakty.</p>",
                        "sources": [{"title": f"Źródło {SCRIPT}", "url": "https://example.org"}],
                        "fact_check": None,
                    },
                },
            ],
        )
        cls.story.save_revision().publish()

    def test_markup_never_reaches_a_page_or_json_ld_unescaped(self):
        for path in (
            "/pl/aktualnosci/skrypt/",
            "/pl/aktualnosci/",
            "/pl/sprawdzamy-fakty/",
            "/pl/sprawdzamy-fakty/skrypt/",
        ):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, SCRIPT)
                self.assertContains(response, "&lt;script&gt;")
        items = json_ld(self.client.get("/pl/aktualnosci/skrypt/"))
        review = [item for item in items if item["@type"] == "ClaimReview"][0]
        self.assertEqual(review["claimReviewed"], f"Migranci {SCRIPT} wszystko")

    def test_markup_is_escaped_in_the_feeds(self):
        for path in ("/pl/aktualnosci/feed.rss", "/pl/aktualnosci/feed.atom"):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertNotContains(response, SCRIPT)
                feed = feedparser.parse(response.content)
                self.assertFalse(feed.bozo)
                self.assertEqual(feed.entries[0].title, f"Tytuł {SCRIPT}")
