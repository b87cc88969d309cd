from stories.award_factories import (
    AwardAnnouncementPageFactory,
    JuryMemberFactory,
    LaureateFactory,
)
from tests.awards.base import AwardTestCase


class AwardFactoryTests(AwardTestCase):
    def test_factories_make_valid_published_content(self):
        page = AwardAnnouncementPageFactory(parent=self.indexes["pl"])
        JuryMemberFactory(page=page)
        LaureateFactory(page=page)
        page.full_clean()
        page.save_revision().publish()
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.context["jury"]), 1)
        self.assertEqual(len(response.context["laureates"]), 1)
