"""A practice's detail page lists the published stories that feature it, through
the related-practices relation or a practice card in the body."""

from practices.factories import PracticeFactory
from stories.factories import StoryPageFactory
from tests.practices.base import build_library
from tests.stories.base import NewsroomTestCase


class FeaturedInTests(NewsroomTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            build_library(cls.tree)
        practice = PracticeFactory(title="Kluby dyskusyjne", slug="kluby")
        index = cls.newsroom["indexes"]["pl"]
        related = StoryPageFactory(parent=index, title="Historia z relacją")
        related.related_practices.create(practice=practice)
        related.save_revision().publish()
        card = StoryPageFactory(
            parent=index,
            title="Historia z kartą",
            body=[{"type": "practice", "value": {"practice": practice.pk}}],
        )
        card.save_revision().publish()
        draft = StoryPageFactory(
            parent=index,
            title="Szkic z kartą",
            live=False,
            body=[{"type": "practice", "value": {"practice": practice.pk}}],
        )
        draft.related_practices.create(practice=practice)
        draft.save_revision()

    def test_published_stories_featuring_a_practice_are_listed_on_it(self):
        response = self.client.get("/pl/dobre-praktyki/kluby/")
        titles = [page.title for page in response.context["featured_in"]]
        self.assertCountEqual(titles, ["Historia z relacją", "Historia z kartą"])
        self.assertContains(response, "Historia z kartą")
        self.assertNotContains(response, "Szkic z kartą")
