"""Award announcements in the newsroom's list and feeds."""

import feedparser

from tests.awards.base import AwardTestCase, make_award


class NewsroomListsAwardsTests(AwardTestCase):
    """An award announcement is news: it shows in the newsroom's list and feeds."""

    def test_the_index_and_the_feeds_list_the_announcement(self):

        award = make_award(self.indexes["pl"])
        response = self.client.get(self.indexes["pl"].url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "story-card--award")
        self.assertContains(response, f'href="{award.url}"')
        for kind in ("rss", "atom"):
            feed = feedparser.parse(
                self.client.get(self.indexes["pl"].url + f"feed.{kind}").content
            )
            self.assertFalse(feed.bozo, kind)
            self.assertIn(award.title, [entry.title for entry in feed.entries])

    def test_a_draft_announcement_is_listed_nowhere(self):
        award = make_award(self.indexes["pl"])
        award.unpublish()
        self.assertNotContains(self.client.get(self.indexes["pl"].url), award.title)
        self.assertNotContains(self.client.get(self.indexes["pl"].url + "feed.rss"), award.title)
