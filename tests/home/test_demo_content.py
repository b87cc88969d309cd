from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from home.models import AccessibilityStatementPage, SiteIdentity


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "identities": SiteIdentity.objects.count(),
    }


class DemoContentTests(TestCase):
    def test_loads_every_language_and_a_second_run_changes_nothing(self):
        with self.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", stdout=StringIO())
        first = snapshot()
        for path in (
            "/pl/",
            "/en/",
            "/uk/",
            "/pl/o-nas/",
            "/en/about/",
            "/uk/pro-nas/",
            "/pl/deklaracja-dostepnosci/",
            "/en/accessibility-statement/",
            "/uk/deklaratsiia-dostupnosti/",
            "/pl/prywatnosc/",
            "/en/privacy/",
            "/uk/konfidentsiinist/",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 200)
        self.assertFalse(Page.objects.filter(alias_of__isnull=False).exists())
        self.assertEqual(AccessibilityStatementPage.objects.live().count(), 3)
        self.assertContains(self.client.get("/pl/"), "Region4Integration")
        self.assertContains(self.client.get("/uk/"), "мігрантів")

        with self.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", stdout=StringIO())
        self.assertEqual(snapshot(), first)
