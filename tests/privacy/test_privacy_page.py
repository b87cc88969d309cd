"""The demo content's privacy policy says what the site keeps and for how long, in
every language, and loading the demo content again brings an existing policy up
to date without touching one that already is."""

from io import StringIO

from django.test import TestCase

from wagtail.models import Locale, Revision

from home import demo
from home.demo import page_values
from home.languages import sync_languages
from home.localization import translate_with
from home.models import ContentPage, HomePage

ADDRESSES = {"pl": "/pl/prywatnosc/", "en": "/en/privacy/", "uk": "/uk/konfidentsiinist/"}
# One phrase per fact the code decides (settings, axes, the suggestion form).
FACTS = {
    "pl": [
        "nie dłużej niż 30 dni",
        "nie otrzymujesz żadnego pliku cookie",
        "nie zapisujemy go w pliku cookie",
        "<b>csrftoken</b>",
        "wygasa po roku",
        "po wylogowaniu albo po dwóch tygodniach",
        "dopóki moderator go nie usunie",
        "przez 10 minut",
        "Samego adresu IP nie zapisujemy",
        "po 5 nieudanych próbach",
        "Udanych logowań nie zapisujemy",
        "Dopiero gdy zdecydujesz się ją wyświetlić",
    ],
    "en": [
        "no more than 30 days",
        "gives you no cookies at all",
        "we do not store it in a cookie",
        "<b>csrftoken</b>",
        "expires after a year",
        "when you sign out or after two weeks",
        "until a moderator deletes it",
        "for 10 minutes",
        "We do not store the IP address itself",
        "after 5 failed attempts",
        "We do not record successful sign-ins",
        "Only when you choose to show it",
    ],
    "uk": [
        "не довше ніж 30 днів",
        "не отримуєте жодного файлу cookie",
        "ми не зберігаємо її у файлі cookie",
        "<b>csrftoken</b>",
        "діє один рік",
        "після виходу або через два тижні",
        "доки модератор її не видалить",
        "протягом 10 хвилин",
        "Саму IP-адресу ми не зберігаємо",
        "після 5 невдалих спроб",
        "Успішні входи ми не записуємо",
        "Лише коли ви вирішите її показати",
    ],
}


class PrivacyPageTests(TestCase):
    def load(self):
        with self.captureOnCommitCallbacks(execute=True):
            demo.load(StringIO())

    def privacy_pages(self):
        source = ContentPage.objects.get(locale__language_code="pl", slug="prywatnosc")
        return ContentPage.objects.filter(translation_key=source.translation_key)

    def assertListsTheFacts(self):
        for code, address in ADDRESSES.items():
            response = self.client.get(address)
            for fact in FACTS[code]:
                with self.subTest(language=code, fact=fact):
                    self.assertContains(response, fact, html=False)

    def test_every_language_lists_what_is_kept_and_for_how_long(self):
        self.load()
        self.assertListsTheFacts()

    def test_a_second_load_changes_nothing(self):
        self.load()
        revisions = Revision.objects.count()
        self.load()
        self.assertEqual(Revision.objects.count(), revisions)
        pages = self.privacy_pages()
        self.assertEqual(
            sorted(pages.values_list("locale__language_code", flat=True)), ["en", "pl", "uk"]
        )
        self.assertFalse(pages.filter(alias_of__isnull=False).exists())
        self.assertFalse(pages.filter(has_unpublished_changes=True).exists())

    def test_an_outdated_policy_is_brought_up_to_date_in_every_language(self):
        # The policy as an earlier version of the demo content left it: fewer
        # sections, an older introduction, translated through wagtail-localize.
        def outdated(code):
            values = page_values("privacy", code)
            values["introduction"] = f"Stara wersja ({code})."
            values["body"] = values["body"][:4]
            return values

        with self.captureOnCommitCallbacks(execute=True):
            sync_languages()
            home = HomePage.objects.get(locale__language_code="pl")
            old = home.add_child(instance=ContentPage(**outdated("pl")))
            old.save_revision().publish()
            for code in ("en", "uk"):
                translate_with(
                    old, Locale.objects.get(language_code=code), ContentPage(**outdated(code))
                )
        before = {page.pk: page.revisions.count() for page in self.privacy_pages()}

        self.load()

        pages = self.privacy_pages()
        self.assertEqual(sorted(page.pk for page in pages), sorted(before))
        for page in pages:
            with self.subTest(language=page.locale.language_code):
                self.assertGreater(page.revisions.count(), before[page.pk])
                self.assertEqual(page.live_revision, page.latest_revision)
                self.assertNotIn("Stara wersja", page.introduction)
                self.assertEqual(len(page.body), len(page_values("privacy", "pl")["body"]))
        self.assertListsTheFacts()

    def test_an_edited_translation_is_put_back(self):
        self.load()
        english = self.privacy_pages().get(locale__language_code="en")
        english.introduction = "Edited by hand."
        english.save_revision().publish()

        self.load()

        english.refresh_from_db()
        self.assertEqual(english.introduction, page_values("privacy", "en")["introduction"])
