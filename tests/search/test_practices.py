"""Practices in the site search: each language finds the practices its library
shows, by any word of their description, and nothing else."""

from home.localization import translate_with
from practices.factories import PracticeFactory
from practices.models import Practice
from tests.practices.base import LibraryTestCase

VERSIONS = {
    "pl": ("Kooperatywa sąsiedzka", "<p>Wspólna kooperatywa spożywcza.</p>"),
    "en": ("Neighbourhood co-op", "<p>A shared grocery cooperative.</p>"),
    "uk": ("Сусідський кооператив", "<p>Спільний продуктовий кооператив.</p>"),
}
# A word only the description of each version has.
BODY_WORDS = {"pl": "spożywcza", "en": "grocery", "uk": "продуктовий"}
PATHS = {"pl": "/pl/szukaj/", "en": "/en/search/", "uk": "/uk/poshuk/"}


class PracticeSearchTests(LibraryTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        title, body = VERSIONS["pl"]
        cls.practice = PracticeFactory(
            title=title, slug="kooperatywa", summary="Sklep prowadzony przez sąsiadów.", body=body
        )
        cls.versions = {"pl": cls.practice}
        with cls.captureOnCommitCallbacks(execute=True):
            for code in ("en", "uk"):
                title, body = VERSIONS[code]
                cls.versions[code] = translate_with(
                    cls.practice,
                    cls.locales[code],
                    Practice(
                        title=title,
                        slug=f"co-op-{code}",
                        summary=f"{code}: a shop run by neighbours.",
                        body=body,
                        city=f"{code} Szczecin",
                        region=f"{code} region",
                    ),
                )
        cls.untranslated = PracticeFactory(
            title="Rowerownia", slug="rowerownia", summary="Warsztat.", body="<p>Dętki.</p>"
        )
        cls.draft = PracticeFactory(
            title="Szkic", slug="szkic", body="<p>Kooperatywa spożywcza w szkicu.</p>", live=False
        )

    def hits(self, code, query, **params):
        response = self.client.get(PATHS[code], {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        return response, response.context["results"]

    def test_each_language_finds_its_version_by_a_word_of_the_description(self):
        for code, word in BODY_WORDS.items():
            with self.subTest(code=code):
                response, hits = self.hits(code, word)
                self.assertEqual([hit.title for hit in hits], [VERSIONS[code][0]])
                hit = hits[0]
                self.assertEqual(hit.kind, "practice")
                self.assertEqual(hit.lang, "")
                url = self.libraries[code].practice_url(self.versions[code])
                self.assertEqual(hit.url, url)
                self.assertContains(response, f'href="{url}"')

    def test_no_language_finds_another_language_version(self):
        for code in BODY_WORDS:
            for other, word in BODY_WORDS.items():
                if other == code:
                    continue
                with self.subTest(code=code, word=word):
                    _, hits = self.hits(code, word)
                    self.assertEqual(hits, [])

    def test_a_draft_practice_is_never_found(self):
        _, hits = self.hits("pl", "szkicu")
        self.assertEqual(hits, [])
        _, hits = self.hits("pl", "spożywcza")
        self.assertEqual([hit.title for hit in hits], [VERSIONS["pl"][0]])

    def test_an_unpublished_translation_leaves_the_other_languages_alone(self):
        english = self.versions["en"]
        english.live = False
        english.save()
        _, hits = self.hits("en", "grocery")
        self.assertEqual(hits, [])
        _, hits = self.hits("uk", "продуктовий")
        self.assertEqual(len(hits), 1)

    def test_an_untranslated_practice_is_found_in_its_original_language(self):
        for code in ("en", "uk"):
            with self.subTest(code=code):
                response, hits = self.hits(code, "Dętki")
                self.assertEqual([hit.title for hit in hits], ["Rowerownia"])
                self.assertEqual(hits[0].lang, "pl")
                self.assertEqual(hits[0].url, self.libraries[code].practice_url(self.untranslated))
                self.assertContains(response, 'lang="pl">Rowerownia</a>')

    def test_practices_can_be_searched_alone(self):
        _, hits = self.hits("en", "grocery", type="practice")
        self.assertEqual([hit.title for hit in hits], [VERSIONS["en"][0]])
        _, hits = self.hits("en", "grocery", type="story")
        self.assertEqual(hits, [])
