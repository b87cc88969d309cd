"""The newsroom factories build valid, live content (the benchmark and the demo use them)."""

from practices.factories import TopicFactory
from stories.factories import ClaimFactory, PersonFactory, StoryPageFactory
from stories.models import StoryPage
from tests.stories.base import NewsroomTestCase


class FactoryTests(NewsroomTestCase):
    def test_story_batches_are_live_valid_and_dated_in_order(self):
        index = self.newsroom["indexes"]["pl"]
        person = PersonFactory()
        topic = TopicFactory()
        stories = StoryPageFactory.create_batch(3, parent=index, authors=[person], topics=[topic])
        for story in stories:
            story.full_clean()
            self.assertTrue(story.live)
            self.assertEqual(list(story.topics.all()), [topic])
            self.assertEqual(story.listed_authors(), [person])
        dates = [story.first_published_at for story in stories]
        self.assertEqual(dates, sorted(dates))
        self.assertEqual(list(index.published_items()[:3].specific()), list(reversed(stories)))

    def test_claims_and_fact_checks(self):
        claim = ClaimFactory(topics=[TopicFactory()])
        claim.full_clean()
        self.assertEqual(claim.topics.count(), 1)
        story = StoryPageFactory(
            parent=self.newsroom["indexes"]["pl"], kind=StoryPage.Kind.FACT_CHECK, claim=claim
        )
        story.full_clean()
