"""The home page's sections: editor's choices, fallbacks, languages, empty states."""

import datetime

import wagtail_factories
from wagtail.models import PageViewRestriction

from home.languages import sync_languages
from home.models import HomeFeaturedStory, HomePage
from practices.factories import OrganisationFactory, PracticeFactory
from practices.models import IntegrationArea, Organisation
from stories.award_factories import AwardAnnouncementPageFactory
from stories.factories import StoryPageFactory
from stories.models import StoryPage
from tests.base import SiteTestCase
from tests.events.base import build_event_indexes

from .base import add_event, build_front_page_content


def lead_card(html):
    """The part of the page holding the lead story's card."""
    start = html.index("story-card--featured")
    return html[start : html.index("</li>", start)]


class EmptyHomePageTest(SiteTestCase):
    """Only the bare tree: no newsroom, events, library or partners."""

    def test_renders_without_sections(self):
        response = self.client.get("/en/")
        self.assertEqual(response.status_code, 200)
        for name in ("stories_section", "events_section", "award", "practices_section"):
            self.assertIsNone(response.context[name], name)
        self.assertEqual(response.context["partner_groups"], [])
        html = response.content.decode()
        self.assertEqual(html.count("<h1"), 1)
        for empty in ("home-top", "story-list", "event-list", "home-practices", "partner-list"):
            self.assertNotIn(empty, html)
        # The funding notice comes from the site identity, not from content.
        self.assertIn('class="site-footer__funding">en</p>', html)

    def test_each_language_renders(self):
        for code in ("pl", "uk"):
            with self.subTest(code=code):
                self.assertEqual(self.client.get(f"/{code}/").status_code, 200)


class PastEventsOnlyTest(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.indexes = build_event_indexes(cls.tree)
            cls.older = add_event(cls.indexes["pl"], title="Warsztaty dawne")
            cls.newer = add_event(cls.indexes["pl"], title="Warsztaty niedawne")
            # Untranslated events become copies in the other languages.
            sync_languages()

    def test_latest_reports_stand_in_for_upcoming_events(self):
        response = self.client.get("/en/")
        section = response.context["events_section"]
        self.assertFalse(section.upcoming)
        self.assertEqual(
            [event.translation_key for event in section.events],
            [
                self.newer.translation_key,
                self.older.translation_key,
            ],
        )
        html = response.content.decode()
        self.assertIn(">Latest event reports</h2>", html)
        self.assertNotIn(">Upcoming events</h2>", html)
        self.assertLess(html.index("Warsztaty niedawne"), html.index("Warsztaty dawne"))

    def test_upcoming_events_win_soonest_first(self):
        later = add_event(self.indexes["pl"], days_ahead=10, title="Konferencja później")
        sooner = add_event(self.indexes["pl"], days_ahead=1, title="Konferencja wkrótce")
        section = self.client.get("/pl/").context["events_section"]
        self.assertTrue(section.upcoming)
        self.assertEqual(section.events, [sooner, later])


class FullHomePageTest(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.content = build_front_page_content(cls.tree)
            cls.newsroom = cls.content["stories"]
            cls.upcoming = add_event(
                cls.content["event_indexes"]["pl"], days_ahead=3, title="Konferencja regionalna"
            )
            cls.award = AwardAnnouncementPageFactory(
                parent=cls.newsroom["indexes"]["pl"], title="Miasta Otwarte 2015"
            )
            cls.award.save_revision().publish()
            # Older stories, for the list under the top stories.
            for day in (1, 2, 3):
                StoryPageFactory(
                    parent=cls.newsroom["indexes"]["pl"],
                    title=f"Archiwalna {day}",
                    first_published_at=datetime.datetime(2020, 1, day, tzinfo=datetime.UTC),
                ).save_revision().publish()
            sync_languages()
        en_home = HomePage.objects.get(pk=cls.tree["home"]["en"].pk)
        en_home.mission = "<p>What the initiative is for.</p>"
        en_home.save_revision().publish()
        PracticeFactory(area=IntegrationArea.INTERACTION)
        PracticeFactory(area=IntegrationArea.INTERACTION)
        PracticeFactory(area=IntegrationArea.GOVERNANCE)
        PracticeFactory(area=IntegrationArea.GOVERNANCE, live=False)
        cls.host = OrganisationFactory(
            name="Urząd Marszałkowski",
            role=Organisation.Role.HOST,
            logo=wagtail_factories.ImageFactory(),
        )
        cls.partner = OrganisationFactory(name="Eurocities", role=Organisation.Role.PARTNER)
        OrganisationFactory(name="Bez roli", role="")

    def test_renders_every_section_in_order(self):
        html = self.client.get("/en/").content.decode()
        headings = [
            "Top stories",
            "Latest stories",
            "Upcoming events",
            "Awards",
            "Good practices",
            "Our mission",
            "Partners",
        ]
        positions = [html.index(f">{heading}</h2>") for heading in headings]
        self.assertEqual(positions, sorted(positions))
        self.assertIn("Konferencja regionalna", html)
        self.assertIn("Miasta Otwarte 2015", html)
        self.assertEqual(html.count("<h1"), 1)

    def test_newest_story_leads_without_a_choice(self):
        news = self.newsroom["news"]["pl"]
        section = self.client.get("/pl/").context["stories_section"]
        self.assertEqual(section.lead, news)
        self.assertEqual(
            [story.title for story in section.featured],
            [self.newsroom["fact_check"]["pl"].title, "Archiwalna 3", "Archiwalna 2"],
        )
        self.assertEqual([story.title for story in section.latest], ["Archiwalna 1"])

    def test_practice_counts_per_area_link_into_the_library(self):
        response = self.client.get("/pl/")
        section = response.context["practices_section"]
        counts = {area.value: area.count for area in section.areas}
        self.assertEqual(counts, {"interaction": 2, "governance": 1})
        self.assertContains(response, 'href="/pl/dobre-praktyki/?area=governance"')

    def test_partners_by_role_with_logos_named(self):
        response = self.client.get("/pl/")
        groups = response.context["partner_groups"]
        self.assertEqual([group.role for group in groups], ["host", "partner"])
        self.assertEqual(groups[0].organisations, [self.host])
        self.assertContains(response, 'alt="Urząd Marszałkowski"')
        self.assertNotContains(response, "Bez roli")

    def test_funding_notice_from_the_site_identity(self):
        response = self.client.get("/uk/")
        self.assertContains(response, '<p class="site-footer__funding">uk</p>', html=True, count=1)

    def test_editors_choice_beats_the_fallback(self):
        home = self.tree["home"]["pl"]
        fact_check = self.newsroom["fact_check"]["pl"]
        home.lead_story = fact_check
        home.save_revision().publish()
        section = self.client.get("/pl/").context["stories_section"]
        self.assertEqual(section.lead, fact_check)
        self.assertIn(fact_check.title, lead_card(self.client.get("/pl/").content.decode()))

    def test_featured_stories_in_the_editors_order(self):
        home = HomePage.objects.get(pk=self.tree["home"]["pl"].pk)
        news, fact_check = self.newsroom["news"]["pl"], self.newsroom["fact_check"]["pl"]
        older = StoryPageFactory(parent=self.newsroom["indexes"]["pl"], title="Starsza")
        older.save_revision().publish()
        home.lead_story = fact_check
        home.featured_stories = [HomeFeaturedStory(story=older), HomeFeaturedStory(story=news)]
        home.save_revision().publish()
        section = self.client.get("/pl/").context["stories_section"]
        self.assertEqual([story.title for story in section.featured], ["Starsza", news.title])
        # Latest: the newest of the rest, none of the chosen ones again.
        self.assertEqual(
            [story.title for story in section.latest],
            ["Archiwalna 3", "Archiwalna 2", "Archiwalna 1"],
        )

    def test_unpublished_choice_falls_back(self):
        home = self.tree["home"]["pl"]
        fact_check = self.newsroom["fact_check"]["pl"]
        home.lead_story = fact_check
        home.save_revision().publish()
        StoryPage.objects.get(pk=fact_check.pk).unpublish()
        response = self.client.get("/pl/")
        self.assertEqual(response.context["stories_section"].lead, self.newsroom["news"]["pl"])
        self.assertNotContains(response, fact_check.title)

    def test_private_choice_falls_back(self):
        home = self.tree["home"]["pl"]
        fact_check = self.newsroom["fact_check"]["pl"]
        home.lead_story = fact_check
        home.save_revision().publish()
        PageViewRestriction.objects.create(
            page=fact_check, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        response = self.client.get("/pl/")
        self.assertEqual(response.context["stories_section"].lead, self.newsroom["news"]["pl"])
        self.assertNotContains(response, fact_check.title)

    def test_choice_of_another_language_falls_back(self):
        english_only = StoryPageFactory(
            parent=self.newsroom["indexes"]["en"], title="Only in English", slug="only-english"
        )
        english_only.save_revision().publish()
        home = self.tree["home"]["pl"]
        home.lead_story = english_only
        home.save_revision().publish()
        response = self.client.get("/pl/")
        self.assertEqual(response.context["stories_section"].lead, self.newsroom["news"]["pl"])
        self.assertNotContains(response, "Only in English")

    def test_each_language_shows_its_own_version_of_the_choice(self):
        # wagtail-localize synchronises page choices: a translated home keeps
        # pointing at the Polish page.
        en_home = HomePage.objects.get(pk=self.tree["home"]["en"].pk)
        en_home.lead_story = self.newsroom["fact_check"]["pl"]
        en_home.save_revision().publish()
        response = self.client.get("/en/")
        self.assertEqual(
            response.context["stories_section"].lead, self.newsroom["fact_check"]["en"]
        )
        self.assertIn("Do cities have a plan?", lead_card(response.content.decode()))
        self.assertNotContains(response, "Czy miasta mają plan?")

    def test_untranslated_story_reads_in_its_source_language(self):
        # The news story has no English translation: its copy shows, marked as Polish.
        response = self.client.get("/en/")
        html = response.content.decode()
        self.assertIn('lang="pl"', lead_card(html))
        self.assertIn(self.newsroom["news"]["pl"].title, lead_card(html))

    def test_editors_award_choice_and_fallback(self):
        self.assertEqual(self.client.get("/pl/").context["award"], self.award)
        older = AwardAnnouncementPageFactory(
            parent=self.newsroom["indexes"]["pl"], title="Miasta Otwarte 2013", year=2013
        )
        older.save_revision().publish()
        home = self.tree["home"]["pl"]
        home.award_announcement = older
        home.save_revision().publish()
        self.assertEqual(self.client.get("/pl/").context["award"].pk, older.pk)
