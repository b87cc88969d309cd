"""Snippets: the reader's words marked, everything else escaped."""

from django.test import SimpleTestCase

from home.factories import ContentPageFactory
from search.highlight import highlight, mark_words
from tests.base import SiteTestCase


class HighlightTests(SimpleTestCase):
    def test_marks_the_words_ignoring_case(self):
        self.assertEqual(
            highlight("Rowery łączą sąsiadów", "ROWERY"), "<mark>Rowery</mark> łączą sąsiadów"
        )

    def test_marks_accented_words_for_an_unaccented_query_and_back(self):
        self.assertEqual(highlight("Miasto Łódź", "lodz"), "Miasto <mark>Łódź</mark>")
        self.assertEqual(highlight("Miasto Lodz", "Łódź"), "Miasto <mark>Lodz</mark>")
        self.assertEqual(highlight("Kraków", "krakow"), "<mark>Kraków</mark>")

    def test_marks_other_forms_of_a_polish_word(self):
        self.assertEqual(
            highlight("Wybory i wyborach", "wyborów"), "<mark>Wybory</mark> i <mark>wyborach</mark>"
        )

    def test_escapes_everything_else(self):
        snippet = highlight('<script>alert("x")</script> & rowery', "rowery")
        self.assertEqual(
            snippet,
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>rowery</mark>",
        )

    def test_the_query_cannot_inject_markup(self):
        self.assertEqual(highlight("a <bold> c", "<bold>"), "a &lt;<mark>bold</mark>&gt; c")
        self.assertEqual(highlight("tekst", "<mark>"), "tekst")

    def test_a_long_text_is_cut_around_the_first_match(self):
        text = " ".join(["słowo"] * 100) + " rowery " + " ".join(["koniec"] * 100)
        snippet = highlight(text, "rowery", length=100)
        self.assertTrue(snippet.startswith("…"))
        self.assertTrue(snippet.endswith("…"))
        self.assertIn("<mark>rowery</mark>", snippet)
        self.assertLess(len(snippet), 130)

    def test_one_letter_words_mark_nothing(self):
        self.assertEqual(highlight("w mieście", "w"), "w mieście")

    def test_empty_text(self):
        self.assertEqual(highlight(None, "x"), "")

    def test_a_title_is_marked_whole_however_long(self):
        title = " ".join(["Długi"] * 80) + " tytuł o rowerach"
        marked = mark_words(title, "rowery")
        self.assertTrue(marked.startswith("Długi Długi"))
        self.assertTrue(marked.endswith("o <mark>rowerach</mark>"))


class RenderedSnippetTests(SiteTestCase):
    def test_an_editor_s_markup_is_shown_as_text(self):
        page = ContentPageFactory(
            parent=self.tree["home"]["pl"],
            title="Rowery",
            introduction='<img src=x onerror="alert(1)"> Rowery dla wszystkich',
        )
        page.save_revision().publish()
        response = self.client.get("/pl/szukaj/", {"q": "rowery"})
        self.assertContains(
            response, "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>Rowery</mark>"
        )
        self.assertNotContains(response, "<img src=x")
        # The title's word is marked too.
        self.assertContains(response, "<mark>Rowery</mark></a></h3>")
