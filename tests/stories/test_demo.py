"""The demo newsroom loads in every language, and a second run changes nothing."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from wagtail.models import Page, Revision

from practices.models import Practice
from stories.models import Claim, Person, StoryPage


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "claims": Claim.objects.count(),
        "people": Person.objects.count(),
        "stories": StoryPage.objects.filter(alias_of__isnull=True).count(),
    }


class StoriesDemoTests(TestCase):
    def test_loads_translated_stories_and_a_second_run_changes_nothing(self):
        with self.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", stdout=StringIO())
        first = snapshot()
        self.assertEqual(first["stories"], 12)  # four stories in three languages
        self.assertEqual(first["claims"], 9)
        for path in (
            "/pl/aktualnosci/",
            "/en/news/",
            "/uk/novyny/",
            "/pl/aktualnosci/czy-region-nic-nie-robi-dla-integracji-migrantow/",
            "/en/news/does-the-region-do-nothing-to-integrate-migrants/",
            "/uk/novyny/chy-rehion-nichoho-ne-robyt-dlia-intehratsii-mihrantiv/",
            "/pl/sprawdzamy-fakty/",
            "/en/fact-checks/west-pomerania-does-nothing/",
            "/uk/perevirka-faktiv/",
            "/en/news/authors/editorial-team/",
            "/uk/novyny/feed.rss",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 200)
        story = self.client.get("/en/news/does-the-region-do-nothing-to-integrate-migrants/")
        # Facts from seed 004 and 003, translated, with sources and practice cards.
        self.assertContains(story, "18–20 March")
        self.assertContains(story, "EPI – European Pact for Integration, citing the OECD")
        self.assertContains(
            story, 'href="/en/good-practices/mile-project-peer-review-in-szczecin/"'
        )
        self.assertContains(story, 'href="/en/news/do-cities-have-no-integration-strategy/"')
        self.assertContains(self.client.get("/uk/novyny/"), "Редакція")
        claims = self.client.get("/en/fact-checks/")
        self.assertContains(claims, "West Pomerania does nothing about integrating migrants.")
        self.assertContains(claims, "Cities have no strategy at all for integrating migrants.")
        # Translating the stories must not take the practices they name offline.
        self.assertFalse(Practice.objects.filter(live=False).exists())

        with self.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", stdout=StringIO())
        self.assertEqual(snapshot(), first)
