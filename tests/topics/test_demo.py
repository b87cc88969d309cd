"""The demo topic pages: one per language under its home page, loaded once."""

from io import StringIO

from tests.base import SiteTestCase
from topics import demo
from topics.models import TopicIndexPage


class DemoTests(SiteTestCase):
    def test_topic_pages_in_every_language_and_idempotent(self):
        with self.captureOnCommitCallbacks(execute=True):
            demo.load(StringIO())
        pages = {
            page.locale.language_code: (page.title, page.slug, page.live, page.alias_of_id)
            for page in TopicIndexPage.objects.select_related("locale")
        }
        self.assertEqual(
            pages,
            {
                "pl": ("Tematy", "tematy", True, None),
                "en": ("Topics", "topics", True, None),
                "uk": ("Теми", "temy", True, None),
            },
        )
        revisions = [page.latest_revision_id for page in TopicIndexPage.objects.order_by("pk")]
        with self.captureOnCommitCallbacks(execute=True):
            demo.load(StringIO())
        self.assertEqual(TopicIndexPage.objects.count(), 3)
        self.assertEqual(
            [page.latest_revision_id for page in TopicIndexPage.objects.order_by("pk")], revisions
        )
        self.assertEqual(self.client.get("/uk/temy/").status_code, 200)
