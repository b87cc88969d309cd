"""The library's "awarded" badge: laureates of live announcements in the reader's
language, on list cards and detail pages, with no query per practice."""

import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from home.localization import translate_with
from practices.factories import PracticeFactory
from practices.models import Practice
from stories.awards import AwardAnnouncementPage, Laureate
from tests.awards.base import AWARD_TEXTS, AwardTestCase, make_award, translate_award

BADGE = '<a class="badge" href="{url}"><span class="badge__kind">{kind}</span> {label}</a>'
# What the badge says before the award's name, in each reader language.
AWARDED = {"pl": "Nagrodzona:", "en": "Awarded:", "uk": "Відзначено:"}


class BadgeTests(AwardTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.laureate = PracticeFactory(title="Punkt obsługi", slug="punkt")
            cls.laureate_en = translate_with(
                cls.laureate,
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
            cls.other = PracticeFactory(title="Inna praktyka", slug="inna")
            cls.award = make_award(cls.indexes["pl"], practice=cls.laureate)
            cls.award_en = translate_award(cls.award, cls.locales["en"], AWARD_TEXTS["en"])

    def card(self, response, title):
        for card in response.context["cards"]:
            if card["practice"].title == title:
                return card
        raise AssertionError(f"no card for {title}")

    def test_library_card_shows_the_badge_with_name_year_and_link(self):
        response = self.client.get("/pl/dobre-praktyki/")
        self.assertContains(
            response,
            BADGE.format(
                url="/pl/aktualnosci/miasta-otwarte-2015/",
                label="Miasta Otwarte 2015",
                kind=AWARDED["pl"],
            ),
            html=True,
        )
        self.assertEqual(len(self.card(response, "Punkt obsługi")["badges"]), 1)
        self.assertEqual(self.card(response, "Inna praktyka")["badges"], [])
        english = self.client.get("/en/good-practices/")
        self.assertContains(
            english,
            BADGE.format(
                url="/en/news/open-cities-2015/", label="Open Cities 2015", kind=AWARDED["en"]
            ),
            html=True,
        )

    def test_detail_page_shows_the_badge_and_schema_award(self):
        response = self.client.get("/en/good-practices/service-point/")
        self.assertContains(
            response,
            BADGE.format(
                url="/en/news/open-cities-2015/", label="Open Cities 2015", kind=AWARDED["en"]
            ),
            html=True,
        )
        data = json.loads(
            re.search(
                r'<script type="application/ld\+json">(.*?)</script>',
                response.content.decode(),
                re.S,
            ).group(1)
        )
        self.assertEqual(data["award"], ["Open Cities 2015"])
        other = self.client.get("/pl/dobre-praktyki/inna/")
        self.assertNotContains(other, 'class="badge"')
        self.assertNotIn("award", other.content.decode())

    def test_only_announcements_of_the_readers_language_count(self):
        # The English announcement goes offline; the Polish one and the
        # Ukrainian copy of it stay.
        AwardAnnouncementPage.objects.get(pk=self.award_en.pk).unpublish()
        self.assertNotContains(self.client.get("/en/good-practices/"), 'class="badge"')
        self.assertNotContains(
            self.client.get("/en/good-practices/service-point/"), 'class="badge"'
        )
        self.assertContains(self.client.get("/pl/dobre-praktyki/"), 'class="badge"')
        self.assertContains(self.client.get("/pl/dobre-praktyki/punkt/"), 'class="badge"')

    def test_untranslated_copy_of_the_announcement_counts_in_its_language(self):
        self.assertNotContains(self.client.get("/uk/dobri-praktyky/"), 'class="badge"')
        self.award.create_alias(parent=self.indexes["uk"], update_locale=self.locales["uk"])
        self.assertContains(
            self.client.get("/uk/dobri-praktyky/"),
            'href="/uk/novyny/miasta-otwarte-2015/"',
        )

    def test_unpublished_announcement_gives_no_badge(self):
        for version in AwardAnnouncementPage.objects.filter(
            translation_key=self.award.translation_key
        ):
            version.unpublish()
        for url in ("/pl/dobre-praktyki/", "/pl/dobre-praktyki/punkt/", "/en/good-practices/"):
            with self.subTest(url=url):
                self.assertNotContains(self.client.get(url), 'class="badge"')

    def test_private_announcement_gives_no_badge(self):
        PageViewRestriction.objects.create(page=self.award, restriction_type="login")
        self.assertNotContains(self.client.get("/pl/dobre-praktyki/"), 'class="badge"')
        self.assertContains(self.client.get("/en/good-practices/"), 'class="badge"')

    def test_two_awards_give_two_badges(self):
        make_award(
            self.indexes["pl"],
            practice=self.laureate,
            slug="druga",
            year=2016,
            award_name="Druga nagroda",
        )
        badges = self.card(self.client.get("/pl/dobre-praktyki/"), "Punkt obsługi")["badges"]
        self.assertEqual(
            sorted(badge.label for badge in badges), ["Druga nagroda 2016", "Miasta Otwarte 2015"]
        )


class BadgeQueryCountTests(AwardTestCase):
    def count(self, path):
        self.client.get(path)
        with CaptureQueriesContext(connection) as context:
            self.assertEqual(self.client.get(path).status_code, 200)
        return len(context), context

    def add_practices(self, number, award):
        page = AwardAnnouncementPage.objects.get(pk=award.pk)
        for _ in range(number):
            practice = PracticeFactory()
            page.laureates.add(Laureate(recognised_for="Działanie", practice=practice))
        page.save_revision().publish()

    def test_library_list_queries_do_not_grow_with_practices_or_laureates(self):
        first = make_award(self.indexes["pl"])
        second = make_award(self.indexes["pl"], slug="druga", award_name="Druga")
        self.add_practices(3, first)
        self.add_practices(2, second)
        few, _ = self.count("/pl/dobre-praktyki/")
        self.add_practices(60, first)
        self.add_practices(35, second)
        many, context = self.count("/pl/dobre-praktyki/")
        self.assertEqual(few, many, "\n".join(q["sql"] for q in context.captured_queries))
        response = self.client.get("/pl/dobre-praktyki/")
        self.assertEqual(response.context["page_obj"].paginator.count, 100)
        self.assertTrue(all(card["badges"] for card in response.context["cards"]))
