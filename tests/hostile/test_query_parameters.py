"""Junk in the query string of every public address, in every language:
the answer is a page or a 4xx, never a server error."""

from tests.hostile.base import HostileSiteTestCase, every_url

FILTER_KEYS = (
    "q",
    "page",
    "type",
    "kind",
    "topic",
    "area",
    "country",
    "programme",
    "year",
    "city",
    "verdict",
)


def each_key(template):
    return "&".join(template.format(key=key) for key in FILTER_KEYS)


# Raw query strings, sent as they are (the test client does not re-encode them).
# Each request carries several attacks of one kind, so every address gets each kind.
ATTACKS = {
    "oversized": f"q={'a' * 100_000}&topic={'%C5%82' * 2000}&{'k' * 100_000}=1",
    "repeated keys, arrays and bare separators": (
        each_key("{key}=1&{key}=2&{key}=&{key}[]=1&{key}[0]=x&{key}[a][b]=y")
        + "&&&=&==&q&page&;;&%&%%&%zz=%zz"
    ),
    "NUL bytes, invalid UTF-8 and control characters": each_key(
        "{key}=%00a%00&%00{key}=1&{key}%ED%A0%80=%ff%fe%ED%A0%80%C0%AF&{key}%01=%1B%5B31m%7F"
    ),
    # The first value is what a single-valued filter reads: superscript digits
    # pass str.isdigit() but not int().
    "filter and page junk": (
        "year=%C2%B2%E2%81%B0%C2%B2%C2%B9&year=2021&type=..%2F&kind=%27%22&topic=%3Cscript%3E"
        "&area=*&country=%F0%9F%9A%80&programme=%25&city=%E2%80%AE&verdict=%0A&q=%22"
        "&page=99999999999999999999&page=-1&page=%EF%BC%91"
    ),
}

# Years a database cannot bound (year 0, year 1 in Warsaw time), and the last one.
ODD_YEARS = ("0000", "0001", "9999", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%91", "%D9%A2%D9%A0")


class QueryParameterTests(HostileSiteTestCase):
    def test_every_public_url_answers_without_junk(self):
        for url in every_url(self.urls):
            with self.subTest(url=url):
                self.assertIn(self.client.get(url).status_code, (200, 302))

    def test_junk_query_strings_never_fail(self):
        for name, query in ATTACKS.items():
            for url in every_url(self.urls):
                with self.subTest(attack=name, url=url):
                    status = self.client.get(f"{url}?{query}").status_code
                    self.assertLess(status, 500)
                    self.assertNotIn(status, (301, 308), "junk must not move a page")

    def test_odd_years_on_the_year_filters(self):
        urls = [self.urls["pl"][name] for name in ("events", "calendar", "library", "geojson")]
        for year in ODD_YEARS:
            for url in urls:
                with self.subTest(year=year, url=url):
                    self.assertEqual(self.client.get(f"{url}?year={year}").status_code, 200)

    def test_a_superscript_year_is_ignored_like_any_unknown_value(self):
        url = self.urls["pl"]["events"]
        plain = self.client.get(url)
        odd = self.client.get(f"{url}?year=%C2%B2%E2%81%B0%C2%B2%C2%B9")
        self.assertEqual(odd.context["filter"].selected["year"], "")
        self.assertEqual(
            [event.pk for event in odd.context["upcoming"]],
            [event.pk for event in plain.context["upcoming"]],
        )

    def test_a_city_with_a_nul_byte_is_ignored(self):
        # PostgreSQL refuses a NUL in a query: the filter must not pass it on.
        response = self.client.get(f"{self.urls['pl']['events']}?city=Szczecin%00")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["filter"].selected["city"], "")
