"""The award announcement as readers see it, in every language."""

import json
import re

from django.core.exceptions import ValidationError

from wagtail.models import PageViewRestriction

from home.factories import ContentPageFactory
from home.localization import translate_with
from practices.factories import OrganisationFactory, PracticeFactory
from practices.models import Organisation, Practice
from stories.awards import AwardAnnouncementPage, Laureate
from tests.awards.base import AWARD_TEXTS, AwardTestCase, make_award, translate_award

URLS = {
    "pl": "/pl/aktualnosci/miasta-otwarte-2015/",
    "en": "/en/news/open-cities-2015/",
    "uk": "/uk/novyny/vidkryti-mista-2015/",
}


def json_ld(response):
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    # Every page below a home page also carries its BreadcrumbList (tests/frontpage).
    items = [json.loads(block) for block in blocks]
    return [item for item in items if item["@type"] != "BreadcrumbList"]


class AwardPageTests(AwardTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.organiser = OrganisationFactory(name="Fundacja „Inna Przestrzeń”")
            translate_with(
                cls.organiser,
                cls.locales["en"],
                Organisation(name="“Inna Przestrzeń” Foundation"),
            )
            cls.practice = PracticeFactory(title="Punkt obsługi", slug="punkt")
            translate_with(
                cls.practice,
                cls.locales["en"],
                Practice(
                    title="Service point",
                    slug="service-point",
                    summary="A point.",
                    body="<p>A point.</p>",
                    city="Szczecin",
                    region="West Pomerania",
                ),
            )
            cls.award = make_award(
                cls.indexes["pl"], practice=cls.practice, organiser=cls.organiser
            )
            cls.translations = {
                code: translate_award(cls.award, cls.locales[code], AWARD_TEXTS[code])
                for code in ("en", "uk")
            }

    def test_renders_in_every_language_with_jury_laureates_and_ceremony(self):
        for code, url in URLS.items():
            with self.subTest(language=code):
                texts = AWARD_TEXTS[code]
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{code}">')
                self.assertContains(response, f"<h1>{texts['title']}</h1>", html=True)
                for name, background, city in texts["jury"]:
                    self.assertContains(response, name)
                    self.assertContains(response, background)
                    self.assertContains(response, city)
                for municipality, what, distinction in texts["laureates"]:
                    self.assertContains(response, what)
                    if municipality:
                        self.assertContains(response, municipality)
                        self.assertContains(response, distinction)
                # No event page linked: the ceremony's date (in Wrocław's time) and venue.
                self.assertContains(response, 'datetime="2015-05-14T15:30:00+02:00"')
                self.assertContains(response, texts["ceremony_venue"])
                self.assertContains(response, texts["edition"])

    def test_laureate_links_to_its_practice_in_the_readers_library(self):
        self.assertContains(self.client.get(URLS["en"]), 'href="/en/good-practices/service-point/"')
        # Not translated into Ukrainian: the Polish practice, marked as Polish.
        response = self.client.get(URLS["uk"])
        self.assertContains(response, 'href="/uk/dobri-praktyky/punkt/" lang="pl"')

    def test_organiser_is_named_in_the_readers_language(self):
        self.assertContains(self.client.get(URLS["en"]), "“Inna Przestrzeń” Foundation")
        self.assertContains(self.client.get(URLS["pl"]), "Fundacja „Inna Przestrzeń”")

    def test_translations_keep_pointing_at_the_source_organiser_and_practice(self):
        english = self.translations["en"]
        self.assertEqual(english.organiser_id, self.organiser.pk)
        self.assertEqual(english.laureates.first().practice_id, self.practice.pk)

    def test_news_article_json_ld(self):
        for code, url in URLS.items():
            with self.subTest(language=code):
                items = json_ld(self.client.get(url))
                self.assertEqual(len(items), 1)
                article = items[0]
                self.assertEqual(article["@type"], "NewsArticle")
                self.assertEqual(article["headline"], AWARD_TEXTS[code]["title"])
                self.assertEqual(article["inLanguage"], code)
                self.assertTrue(article["url"].endswith(url))
                self.assertRegex(article["datePublished"], r"^\d{4}-\d{2}-\d{2}$")
                self.assertIn("2015", article["about"]["name"])
        english = json_ld(self.client.get(URLS["en"]))[0]
        self.assertEqual(english["mentions"][0]["name"], "“Inna Przestrzeń” Foundation")

    def test_editors_publication_date_wins(self):
        import datetime

        self.award.published_on = datetime.date(2015, 4, 30)
        self.award.save_revision().publish()
        response = self.client.get(URLS["pl"])
        self.assertContains(response, 'datetime="2015-04-30"')
        self.assertEqual(json_ld(response)[0]["datePublished"], "2015-04-30")

    def test_linked_ceremony_page_replaces_date_and_venue(self):
        ceremony = ContentPageFactory(parent=self.tree["home"]["pl"], title="Forum", slug="forum")
        ceremony.save_revision().publish()
        self.award.ceremony = ceremony
        self.award.save_revision().publish()
        response = self.client.get(URLS["pl"])
        self.assertContains(response, '<a href="/pl/forum/">Forum</a>', html=True)
        self.assertNotContains(response, AWARD_TEXTS["pl"]["ceremony_venue"])
        # An unpublished or private event leads nowhere: date and venue again.
        ceremony.unpublish()
        response = self.client.get(URLS["pl"])
        self.assertNotContains(response, 'href="/pl/forum/"')
        self.assertContains(response, AWARD_TEXTS["pl"]["ceremony_venue"])
        ceremony.save_revision().publish()
        PageViewRestriction.objects.create(page=ceremony, restriction_type="login")
        self.assertNotContains(self.client.get(URLS["pl"]), 'href="/pl/forum/"')

    def test_unpublished_laureate_practice_is_not_linked(self):
        Practice.objects.filter(translation_key=self.practice.translation_key).update(live=False)
        response = self.client.get(URLS["pl"])
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "/pl/dobre-praktyki/punkt/")

    def test_detail_query_count_does_not_grow_with_laureates(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        def count():
            self.client.get(URLS["pl"])
            with CaptureQueriesContext(connection) as context:
                self.client.get(URLS["pl"])
            return len(context)

        few = count()
        page = AwardAnnouncementPage.objects.get(pk=self.award.pk)
        for number in range(20):
            practice = PracticeFactory()
            page.laureates.add(
                Laureate(municipality=f"Gmina {number}", recognised_for="Coś", practice=practice)
            )
        page.save_revision().publish()
        self.assertEqual(few, count())


class EscapingTests(AwardTestCase):
    def test_script_in_texts_is_escaped_in_html_and_json_ld(self):
        evil = "<script>alert(1)</script>"
        texts = dict(AWARD_TEXTS["pl"])
        texts["laureates"] = [(evil, evil, evil)]
        texts["jury"] = [(evil, evil, evil)]
        make_award(
            self.indexes["pl"],
            texts=texts,
            title=f"Nagroda {evil}",
            slug="zla",
            award_name=evil,
            ceremony_venue=evil,
            edition=evil,
        )
        response = self.client.get("/pl/aktualnosci/zla/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, evil)
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
        article = json_ld(response)[0]
        self.assertEqual(article["headline"], f"Nagroda {evil}")
        self.assertIn("\\u003cscript\\u003e", response.content.decode())

    def test_script_in_the_award_name_is_escaped_in_badges(self):
        evil = "<script>alert(1)</script>"
        practice = PracticeFactory(title="Punkt", slug="punkt")
        make_award(self.indexes["pl"], practice=practice, award_name=evil)
        for path in ("/pl/dobre-praktyki/", "/pl/dobre-praktyki/punkt/"):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertContains(response, 'class="badge"')
                self.assertNotContains(response, evil)
        detail = self.client.get("/pl/dobre-praktyki/punkt/").content.decode()
        self.assertIn('"award": ["\\u003cscript\\u003ealert(1)\\u003c/script\\u003e 2015"]', detail)


class ValidationTests(AwardTestCase):
    def test_year_must_be_plausible(self):
        for year in (1200, 1989, 3000):
            with self.subTest(year=year):
                page = AwardAnnouncementPage(title="X", slug="x", award_name="X", year=year)
                with self.assertRaises(ValidationError) as raised:
                    page.clean()
                self.assertIn("year", raised.exception.message_dict)
        AwardAnnouncementPage(title="X", slug="x", award_name="X", year=2015).clean()

    def test_laureate_practice_must_be_published(self):
        draft = PracticeFactory(live=False)
        with self.assertRaises(ValidationError) as raised:
            Laureate(recognised_for="X", practice=draft).clean()
        self.assertIn("practice", raised.exception.message_dict)
        Laureate(recognised_for="X", practice=PracticeFactory()).clean()
        Laureate(recognised_for="X").clean()
