"""The cookies the privacy page names, and no others: none for a reader who only
reads, the CSRF cookie where a form is sent to us, the session cookie after
signing in. The language lives in the address, never in a cookie."""

from django.contrib.auth import get_user_model
from django.test import Client

from tests.practices.base import LibraryTestCase
from tests.practices.test_suggest import SUGGEST, proposal


class CookieTests(LibraryTestCase):
    def cookies(self, client, url, method="get", **kwargs):
        response = getattr(client, method)(url, **kwargs)
        self.assertLess(response.status_code, 400, url)
        return set(response.cookies)

    def test_reading_the_site_sets_no_cookie(self):
        client = Client()
        for url in (
            "/",
            "/pl/",
            "/en/",
            "/uk/",
            "/pl/o-nas/",
            "/pl/prywatnosc/",
            "/en/good-practices/",
            "/en/good-practices/map.geojson",
            "/en/search/?q=integracja",
            "/en/good-practices/suggest/thanks/",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.cookies(client, url, HTTP_ACCEPT_LANGUAGE="uk"), set())
        self.assertEqual(client.cookies, {})

    def test_a_form_sent_to_us_sets_only_the_csrf_cookie(self):
        client = Client()
        self.assertEqual(self.cookies(client, SUGGEST["en"]), {"csrftoken"})
        with self.captureOnCommitCallbacks(execute=True):
            sent = self.cookies(client, SUGGEST["en"], "post", data=proposal())
        self.assertEqual(sent, set())
        self.assertEqual(set(client.cookies), {"csrftoken"})

    def test_signing_in_sets_the_session_cookie(self):
        get_user_model().objects.create_superuser("admin", "admin@example.org", "pass")
        client = Client()
        self.assertEqual(self.cookies(client, "/admin/login/"), {"csrftoken"})
        signed_in = self.cookies(
            client, "/admin/login/", "post", data={"username": "admin", "password": "pass"}
        )
        self.assertIn("sessionid", signed_in)
        self.assertEqual(set(client.cookies), {"csrftoken", "sessionid"})
