"""Bad input on the public site answers 4xx or a normal page, never 500."""

from unittest import mock

from django.db import OperationalError, connection
from django.test import Client

from tests.base import SiteTestCase

ODD_QUERIES = [
    "a" * 10_000,
    "\x00\x01\x02",
    '"unterminated',
    "*",
    "NEAR(a b)",
    "AND OR NOT",
    "-",
    "^~:()[]{}",
    "%_%",
    "\u202eevil",
    "z\u0301\u0302\u0303\u0304",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🚀👩‍👩‍👧",
    "Łódź ŁÓDŹ łódź",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
]


class SearchInputTests(SiteTestCase):
    def test_odd_queries_never_fail(self):
        for query in ODD_QUERIES:
            with self.subTest(query=query[:20]):
                response = self.client.get("/pl/szukaj/", {"q": query})
                self.assertEqual(response.status_code, 200)

    def test_long_query_is_shortened_with_a_notice(self):
        response = self.client.get("/pl/szukaj/", {"q": "a" * 10_000})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.context["search_query"]), 200)
        self.assertTrue(response.context["shortened"])

    def test_query_is_escaped(self):
        response = self.client.get("/en/search/", {"q": "<script>alert(1)</script>"})
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;")

    def test_page_parameter_never_fails(self):
        for value in ("abc", "-1", "0", "999999", "1e9", "", "9" * 50, "１"):
            with self.subTest(page=value):
                response = self.client.get("/pl/szukaj/", {"q": "nas", "page": value})
                self.assertEqual(response.status_code, 200)

    def test_search_refuses_post(self):
        self.assertEqual(self.client.post("/pl/szukaj/", {"q": "x"}).status_code, 405)


class RequestTests(SiteTestCase):
    def test_spoofed_host_is_400(self):
        response = self.client.get("/pl/", HTTP_HOST="evil.example.com")
        self.assertEqual(response.status_code, 400)

    def test_post_without_csrf_token_is_403(self):
        client = Client(enforce_csrf_checks=True)
        response = client.post("/admin/login/", {"username": "admin", "password": "x"})
        self.assertEqual(response.status_code, 403)

    def test_unknown_pages_are_404_in_the_reader_language(self):
        response = self.client.get("/uk/nie-ma-takiej-strony/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, '<html lang="uk">', status_code=404)

    def test_odd_paths_are_404(self):
        for path in ("/pl/%00/", "/pl/../../etc/passwd", "/pl/" + "a" * 2000 + "/", "/pl/ł/"):
            with self.subTest(path=path[:30]):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_root_refuses_post(self):
        self.assertEqual(self.client.post("/").status_code, 405)


class HealthTests(SiteTestCase):
    def test_healthy(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertIn("no-cache", response["Cache-Control"])

    def test_database_gone_is_503(self):
        with mock.patch.object(connection, "cursor", side_effect=OperationalError("gone")):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
