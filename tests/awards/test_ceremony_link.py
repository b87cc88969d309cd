"""An award announcement names its ceremony's event page; the event page links
back, in every language, once the announcement is live."""

from tests.awards.base import AWARD_TEXTS, AwardTestCase, make_award, translate_award
from tests.events.base import build_event_indexes, make_event, translate_event


class CeremonyLinkTests(AwardTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.event_indexes = build_event_indexes(cls.tree)
        cls.event = make_event(cls.event_indexes["pl"], title="Gala Miasta Otwarte", slug="gala")
        cls.event_en = translate_event(cls.event, cls.locales["en"], slug="gala-en")

    def test_the_event_links_to_the_live_announcement_in_each_language(self):
        award = make_award(self.indexes["pl"], ceremony=self.event)
        award_en = translate_award(award, self.locales["en"], AWARD_TEXTS["en"])
        response = self.client.get(self.event.url)
        self.assertContains(response, 'aria-labelledby="announced-in"')
        self.assertContains(response, f'href="{award.url}"')
        response = self.client.get(self.event_en.url)
        self.assertContains(response, f'href="{award_en.url}"')
        self.assertNotContains(response, f'href="{award.url}"')
        # And the announcement points at its ceremony's page.
        self.assertContains(self.client.get(award.url), f'href="{self.event.url}"')

    def test_a_draft_announcement_is_not_linked(self):
        award = make_award(self.indexes["pl"], ceremony=self.event)
        award.unpublish()
        self.assertNotContains(self.client.get(self.event.url), "announced-in")
