"""``manage.py erase_person``: after it, the name is nowhere the site keeps text."""

import io
import json

from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Q

from wagtail.models import Revision
from wagtail.search.models import IndexEntry
from wagtail_localize.models import String, StringTranslation, TranslationSource

from home.localization import translate_with
from stories.awards import AwardAnnouncementPage, JuryMember
from stories.factories import PersonFactory, StoryPageFactory
from stories.models import Person, StoryPage
from tests.awards.base import AWARD_TEXTS, make_award, story_indexes, translate_award
from tests.base import SiteTestCase

AUTHOR = "Anna Kowalska"
AUTHOR_UK = "Анна Ковальська"
JUROR = "Priscilla Rubia"


class ErasureTestCase(SiteTestCase):
    """An author (translated, transliterated in Ukrainian) of a story that also
    names her in its body, and a juror of an award announcement in every language."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            locales = cls.locales
            cls.indexes = story_indexes(cls.tree)
            cls.person = PersonFactory(name=AUTHOR, slug="anna-kowalska", bio="Dziennikarka.")
            translate_with(
                cls.person,
                locales["uk"],
                Person(name=AUTHOR_UK, slug="anna-kowalska", role="Редакція", bio="Журналістка."),
            )
            cls.story = StoryPageFactory(
                parent=cls.indexes["pl"],
                title="Rozmowa o integracji",
                slug="rozmowa",
                standfirst=f"Pisze {AUTHOR}.",
                body=[{"type": "paragraph", "value": f"<p>Rozmawiała {AUTHOR}.</p>"}],
                authors=[cls.person],
            )
            cls.story.save_revision().publish()
            translate_with(
                cls.story,
                locales["en"],
                StoryPage(
                    title="A talk on integration",
                    slug="a-talk",
                    standfirst=f"By {AUTHOR}.",
                    body=[{"type": "paragraph", "value": f"<p>Interview by {AUTHOR}.</p>"}],
                ),
            )
            cls.award = make_award(cls.indexes["pl"])
            for code in ("en", "uk"):
                translate_award(cls.award, locales[code], AWARD_TEXTS[code])

    def erase(self, *args):
        out = io.StringIO()
        with self.captureOnCommitCallbacks(execute=True):
            call_command("erase_person", *args, stdout=out)
        return out.getvalue()

    def traces(self, name):
        """Where ``name`` is still stored, by kind."""
        found = {
            "people": Person.objects.filter(name=name).count(),
            "jury": JuryMember.objects.filter(name=name).count(),
            "revisions": sum(
                name in json.dumps(r.content, ensure_ascii=False) or name in r.object_str
                for r in Revision.objects.all()
            ),
            "sources": sum(
                name in json.dumps(json.loads(s.content_json), ensure_ascii=False)
                for s in TranslationSource.objects.all()
            ),
            "strings": String.objects.filter(data__contains=name).count(),
            "string translations": StringTranslation.objects.filter(data__contains=name).count(),
            "index": self.index_entries(name),
            "stories": StoryPage.objects.filter(standfirst__contains=name).count(),
        }
        return {kind: count for kind, count in found.items() if count}

    @staticmethod
    def index_entries(name):
        # SQLite keeps the indexed text; PostgreSQL keeps tsvectors, asked through search.
        if connection.vendor != "sqlite":
            return len(StoryPage.objects.search(name))
        return IndexEntry.objects.filter(Q(body__contains=name) | Q(title__contains=name)).count()

    def rendered(self):
        pages = list(StoryPage.objects.live()) + list(AwardAnnouncementPage.objects.live())
        return "".join(self.client.get(page.url).content.decode() for page in pages)

    def test_an_author_disappears_everywhere(self):
        self.assertTrue(self.traces(AUTHOR))
        self.assertIn(AUTHOR, self.rendered())
        output = self.erase(AUTHOR)
        self.assertIn("2 people", output)
        self.assertIn("revisions", output)
        self.assertEqual(self.traces(AUTHOR), {})
        self.assertEqual(self.traces(AUTHOR_UK), {})
        self.assertFalse(Person.objects.filter(translation_key=self.person.translation_key))
        rendered = self.rendered()
        self.assertNotIn(AUTHOR, rendered)
        self.assertNotIn(AUTHOR_UK, rendered)
        # The story itself stays, its other text intact.
        self.assertEqual(StoryPage.objects.filter(slug="rozmowa").count(), 1)
        self.assertEqual(self.client.get(self.story.url).status_code, 200)

    def test_a_juror_keeps_a_seat_without_name_or_background(self):
        self.assertEqual(JuryMember.objects.filter(name=JUROR).count(), 3)
        output = self.erase(JUROR)
        self.assertIn("3 jury members", output)
        self.assertEqual(self.traces(JUROR), {})
        members = JuryMember.objects.filter(page__in=AwardAnnouncementPage.objects.all())
        withheld = [m for m in members if m.background == "" and m.city == ""]
        self.assertEqual(len(withheld), 3)
        for background in ("Kenijka", "from Kenya", "кенійка"):
            self.assertFalse(JuryMember.objects.filter(background=background).exists())
            self.assertFalse(
                any(
                    background in json.dumps(r.content, ensure_ascii=False)
                    for r in Revision.objects.all()
                )
            )
        self.assertNotIn(JUROR, self.rendered())
        # The other juror is untouched.
        self.assertEqual(JuryMember.objects.filter(name="Jose Torres").count(), 3)

    def test_search_finds_the_name_no_more(self):
        self.assertTrue(StoryPage.objects.search(AUTHOR))
        self.erase(AUTHOR)
        self.assertFalse(StoryPage.objects.search(AUTHOR))

    def test_the_cache_is_cleared(self):
        cache.set("rendered-fragment", AUTHOR)
        self.erase(AUTHOR)
        self.assertIsNone(cache.get("rendered-fragment"))

    def test_a_dry_run_changes_nothing(self):
        before = self.snapshot()
        cache.set("rendered-fragment", AUTHOR)
        output = self.erase(AUTHOR, "--dry-run")
        self.assertIn("nothing changed", output)
        self.assertIn("2 people", output)
        self.assertEqual(self.snapshot(), before)
        self.assertEqual(cache.get("rendered-fragment"), AUTHOR)

    def test_an_unknown_name_is_an_error_and_changes_nothing(self):
        before = self.snapshot()
        with self.assertRaises(CommandError):
            self.erase("Nikt Taki")
        with self.assertRaises(CommandError):
            self.erase("   ")
        self.assertEqual(self.snapshot(), before)

    def snapshot(self):
        return (
            self.traces(AUTHOR),
            self.traces(JUROR),
            Person.objects.count(),
            list(Revision.objects.order_by("pk").values_list("content", flat=True)),
            list(String.objects.order_by("pk").values_list("data", flat=True)),
        )
