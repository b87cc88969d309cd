"""Whatever a reader (or a robot) puts in the address, search answers without a
server error, on SQLite and PostgreSQL alike."""

from tests.search.base import SearchTestCase

ODD_QUERIES = [
    "x" * 10_000,
    "rowery " * 2_000,
    "\u200frowery\u200e",  # right-to-left and left-to-right marks
    "\u202eyrewor",  # right-to-left override
    "🚲 rowery 🚲👨‍👩‍👧",
    "rowery\x00",
    "\x00",
    "e\u0301\u0301\u0301 ro\u0301wery",  # combining accents
    "Z\u0351\u0364\u036b\u0313a\u0308l\u0357g\u0310o",
    "İ" * 300,  # longer in lower case than as typed
    '"rowery',
    "rowery*",
    "^rowery",
    "rowery:",
    "(rowery",
    "rowery -",
    "- + * : ^",
    "NEAR(rowery sąsiedzi)",
    "rowery AND OR NOT",
    "title:rowery",
    "'; DROP TABLE wagtailcore_page; --",
    "%",
    "\\",
    "{}[]<>",
    "&#0;",
    "\ufffd",
]
RAW_QUERY_STRINGS = [
    "q=%ED%A0%80",  # a lone surrogate in UTF-8
    "q=%ED%A0%80rowery%ED%B0%80",
    "q=%FF%FE%00",
    "q=%00",
    "q=rowery&q=inne",
    "q[]=rowery",
    "q=rowery&type=%ED%A0%80",
    "q=rowery&type=story&type=event",
    "q=rowery&page=%00",
]
ODD_PARAMS = [
    {"type": "<script>alert(1)</script>"},
    {"type": "x" * 10_000},
    {"type": "story", "page": "-1"},
    {"page": "0"},
    {"page": "abc"},
    {"page": "1e10"},
    {"page": "99999999999999999999999"},
    {"page": "2.5"},
    {"page": "\u0661"},  # an Arabic-Indic one
    {"type": "practice", "page": "999"},
]


class BadInputTests(SearchTestCase):
    def assert_answers(self, response):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="search"')

    def test_odd_queries(self):
        for query in ODD_QUERIES:
            for path in ("/pl/szukaj/", "/uk/poshuk/"):
                with self.subTest(query=query[:20], path=path):
                    self.assert_answers(self.client.get(path, {"q": query}))

    def test_odd_query_strings(self):
        for raw in RAW_QUERY_STRINGS:
            with self.subTest(raw=raw):
                self.assert_answers(self.client.get(f"/pl/szukaj/?{raw}"))

    def test_odd_types_and_pages(self):
        for params in ODD_PARAMS:
            with self.subTest(params={k: v[:20] for k, v in params.items()}):
                self.assert_answers(self.client.get("/en/search/", {"q": "rowery", **params}))

    def test_a_long_query_is_cut_and_the_reader_told(self):
        response = self.client.get("/pl/szukaj/", {"q": "rowery " + "x" * 10_000})
        self.assertEqual(len(response.context["search_query"]), 200)
        self.assertTrue(response.context["shortened"])
        self.assertContains(response, 'class="notice"')

    def test_a_page_past_the_end_shows_the_last(self):
        response = self.client.get("/pl/szukaj/", {"q": "rowery", "page": "999"})
        self.assertEqual(response.context["page_obj"].number, 1)
        self.assertEqual(len(response.context["results"]), 6)

    def test_only_get_and_head(self):
        self.assertEqual(self.client.post("/pl/szukaj/", {"q": "rowery"}).status_code, 405)
        self.assertEqual(self.client.head("/pl/szukaj/", {"q": "rowery"}).status_code, 200)
