"""Rendering the home page costs the same number of queries whatever the amount
of content."""

import wagtail_factories

from events.models import EventPage
from home.languages import sync_languages
from practices.factories import OrganisationFactory, PracticeFactory, TopicFactory
from practices.models import IntegrationArea, Organisation
from stories.award_factories import AwardAnnouncementPageFactory
from stories.factories import PersonFactory, StoryPageFactory
from tests.base import SiteTestCase

from .base import add_event, build_front_page_content, count_queries


class HomeQueryCountTest(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.content = build_front_page_content(cls.tree)
            cls.add_content(cls, 1)
            sync_languages()

    def add_content(self, amount):
        """Stories with authors, topics and pictures, upcoming and past events,
        award announcements, practices in every area and partners with logos."""
        index = self.content["stories"]["indexes"]["pl"]
        for _ in range(amount):
            StoryPageFactory(
                parent=index,
                hero_image=wagtail_factories.ImageFactory(),
                hero_alt="Zdjęcie",
                authors=[PersonFactory()],
                topics=[TopicFactory(), TopicFactory()],
            ).save_revision().publish()
            AwardAnnouncementPageFactory(parent=index).save_revision().publish()
            add_event(self.content["event_indexes"]["pl"], days_ahead=len(EventPage.objects.all()))
            add_event(self.content["event_indexes"]["pl"])
            for area in IntegrationArea.values:
                PracticeFactory(area=area)
            for role in Organisation.Role.values:
                OrganisationFactory(role=role, logo=wagtail_factories.ImageFactory())

    def assert_constant(self, url):
        # The first visit makes image renditions; count the next.
        count_queries(self.client, url)
        few = count_queries(self.client, url)
        with self.captureOnCommitCallbacks(execute=True):
            self.add_content(8)
            sync_languages()
        count_queries(self.client, url)
        self.assertEqual(count_queries(self.client, url), few)

    def test_constant_with_more_content(self):
        self.assert_constant("/pl/")

    def test_constant_with_more_untranslated_copies(self):
        # The English home lists copies of the Polish stories and events.
        self.assert_constant("/en/")
