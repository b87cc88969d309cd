"""The site's frame (menu, footer, site name, settings) is cached per language
and dropped exactly when what it shows changes: the next request of every
language the change concerns shows it, and other publications leave the cached
frame alone (home.chrome)."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from home.chrome import chrome_change
from home.factories import ContentPageFactory
from home.languages import sync_languages
from home.models import SiteIdentity, SiteSettings
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.base import SiteTestCase

LANGUAGES = {"pl": "/pl/o-nas/", "en": "/en/about/", "uk": "/uk/pro-nas/"}


def section(html, name):
    found = re.search(rf'<(nav|footer) class="{name}".*?</\1>', html, re.DOTALL)
    return found.group(0) if found else ""


class FrameTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            # Not translated: its copies are in the English and Ukrainian menus.
            cls.guide = ContentPageFactory(
                parent=cls.tree["home"]["pl"],
                title="Poradnik",
                slug="poradnik",
                show_in_menus=True,
            )
            cls.guide.save_revision().publish()
            cls.newsroom = StoryIndexPageFactory(parent=cls.tree["home"]["pl"])
            cls.newsroom.save_revision().publish()
            sync_languages()

    def setUp(self):
        self.changes = []
        chrome_change.connect(self.note_change)
        self.addCleanup(chrome_change.disconnect, self.note_change)

    def note_change(self, **kwargs):
        self.changes.append(kwargs)

    def read(self, code, name):
        response = self.client.get(LANGUAGES[code])
        self.assertEqual(response.status_code, 200)
        return section(response.content.decode(), name)

    def read_all(self, name="site-nav"):
        return {code: self.read(code, name) for code in LANGUAGES}

    def publish(self, page, **values):
        for field, value in values.items():
            setattr(page, field, value)
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()


class MenuTests(FrameTestCase):
    def test_the_frame_is_cached(self):
        for code in LANGUAGES:
            self.read(code, "site-nav")
        with CaptureQueriesContext(connection) as queries:
            self.read_all()
        tables = ('"wagtailcore_site"', '"home_sitesettings"', '"home_siteidentity"')
        self.assertEqual([q["sql"] for q in queries if any(t in q["sql"] for t in tables)], [])
        # What is left is each page's own: found in one query, made specific in one.
        self.assertEqual(len(queries), 2 * len(LANGUAGES))

    def test_renamed_page_shows_in_every_menu_it_is_in(self):
        before = self.read_all()
        for code in LANGUAGES:
            self.assertIn(">Poradnik</a>", before[code], code)
        self.publish(self.guide, title="Poradnik dla przybyłych")
        after = self.read_all()
        for code in LANGUAGES:
            self.assertIn(">Poradnik dla przybyłych</a>", after[code], code)
            self.assertNotIn(">Poradnik</a>", after[code], code)

    def test_renamed_translation_shows_in_its_language(self):
        before = self.read_all()
        self.publish(self.tree["about"]["en"], title="Who we are")
        after = self.read_all()
        self.assertIn(">Who we are</a>", after["en"])
        self.assertNotIn(">About us</a>", after["en"])
        self.assertEqual(after["pl"], before["pl"])
        self.assertEqual(after["uk"], before["uk"])

    def test_unpublished_page_leaves_every_menu(self):
        self.read_all()
        with self.captureOnCommitCallbacks(execute=True):
            self.guide.unpublish()
        for code, menu in self.read_all().items():
            self.assertNotIn("Poradnik", menu, code)

    def test_page_taken_out_of_menus(self):
        self.read_all()
        self.publish(self.tree["about"]["pl"], show_in_menus=False)
        self.assertNotIn(">O nas</a>", self.read("pl", "site-nav"))
        self.assertIn(">About us</a>", self.read("en", "site-nav"))

    def test_new_menu_page_appears(self):
        self.read_all()
        with self.captureOnCommitCallbacks(execute=True):
            page = ContentPageFactory(
                parent=self.tree["home"]["pl"], title="Kontakt", slug="kontakt", show_in_menus=True
            )
            page.save_revision().publish()
            sync_languages()
        for code, menu in self.read_all().items():
            self.assertIn(">Kontakt</a>", menu, code)


class SettingsTests(FrameTestCase):
    def site_settings(self):
        return SiteSettings.for_site(Site.objects.get(is_default_site=True))

    def test_changed_contact_shows_in_every_language(self):
        for footer in self.read_all("site-footer").values():
            self.assertIn("redakcja@example.org", footer)
        site_settings = self.site_settings()
        site_settings.contact_email = "kontakt@example.org"
        with self.captureOnCommitCallbacks(execute=True):
            site_settings.save()
        for code, footer in self.read_all("site-footer").items():
            self.assertIn("kontakt@example.org", footer, code)
            self.assertNotIn("redakcja@example.org", footer, code)

    def test_changed_settings_show_without_waiting_for_the_commit(self):
        self.read_all("site-footer")
        site_settings = self.site_settings()
        site_settings.contact_email = "kontakt@example.org"
        site_settings.save()
        for code, footer in self.read_all("site-footer").items():
            self.assertIn("kontakt@example.org", footer, code)

    def test_translated_site_name_shows_in_its_language(self):
        self.read_all("site-footer")
        identity = SiteIdentity.objects.get(locale=self.locales["en"])
        identity.funding_notice = "Funded by the people of Europe"
        with self.captureOnCommitCallbacks(execute=True):
            identity.save()
        footers = self.read_all("site-footer")
        self.assertIn("Funded by the people of Europe", footers["en"])
        self.assertNotIn("Funded by the people of Europe", footers["pl"])

    def test_privacy_page_moves_with_its_address(self):
        self.read_all("site-footer")
        privacy = self.site_settings().privacy_page.specific
        self.publish(privacy, slug="ochrona-danych")
        self.assertIn("/pl/ochrona-danych/", self.read("pl", "site-footer"))


class ExactnessTests(FrameTestCase):
    """Only what the frame shows drops it: the page cache purges everything
    when it does (``chrome_change``)."""

    def test_publishing_a_story_keeps_the_frame(self):
        self.read_all()
        story = StoryPageFactory(parent=self.newsroom, live=False)
        self.publish(story, title="Nowa historia")
        self.assertEqual(self.changes, [])

    def test_republished_section_keeps_the_frame_until_its_title_changes(self):
        self.read_all()
        self.publish(self.newsroom, introduction="Nowy wstęp.")
        self.assertEqual(self.changes, [])
        self.publish(self.newsroom, title="Wiadomości")
        self.assertNotEqual(self.changes, [])

    def test_settings_drop_the_frame(self):
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        with self.captureOnCommitCallbacks(execute=True):
            site_settings.save()
        self.assertNotEqual(self.changes, [])
