"""Translating a page leaves the translations of the records it links to alone
(translations/localize_fixes.py): an event showing a practice card must not take
the practice's published translation off the site."""

from wagtail_localize.operations import translate_object

from events.models import EventRelatedPractice
from home.localization import translate_with
from practices.factories import PracticeFactory
from practices.models import Practice
from tests.events.base import EventTestCase, make_event
from tests.practices.base import build_library


class RelatedTranslationTests(EventTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            build_library(cls.tree)
        cls.practice = PracticeFactory(title="Ryga: przewodnik", slug="ryga")
        cls.practice_en = translate_with(
            cls.practice,
            cls.locales["en"],
            Practice(
                title="Riga: a guide",
                slug="riga",
                summary="A.",
                body="<p>A</p>",
                city="Riga",
                region="Vidzeme",
            ),
        )
        cls.untranslated = PracticeFactory(title="Tylko po polsku", slug="tylko")

    def test_translating_an_event_keeps_its_practices_translations_live(self):
        event = make_event(
            self.indexes["pl"],
            body=[
                ("practice", {"practice": self.practice}),
                ("practice", {"practice": self.untranslated}),
            ],
            related_practices=[EventRelatedPractice(practice=self.practice)],
        )
        event.save_revision().publish()
        with self.captureOnCommitCallbacks(execute=True):
            translate_object(event, [self.locales["en"]])
        self.practice_en.refresh_from_db()
        self.assertTrue(self.practice_en.live)
        self.assertFalse(self.practice_en.has_unpublished_changes)
        self.assertEqual(self.practice_en.title, "Riga: a guide")
        self.assertEqual(self.client.get("/en/good-practices/riga/").status_code, 200)
        # A linked record with no translation yet is still translated along.
        self.assertTrue(self.untranslated.has_translation(self.locales["en"]))
