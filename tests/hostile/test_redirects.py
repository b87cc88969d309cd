"""Open-redirect attempts: the language choice at ``/``, the language switcher's
links and the admin login's ``next`` never send anyone off the site."""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model

from tests.base import SiteTestCase

EVIL_TARGETS = (
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https:evil.example",
    "/%2F%2Fevil.example",
    " //evil.example",
    "javascript:alert(1)",
)


class RedirectTests(SiteTestCase):
    def assertStaysOnSite(self, response):
        if response.status_code in (301, 302, 303, 307, 308):
            target = urlsplit(response["Location"])
            self.assertIn(target.netloc, ("", "testserver"), response["Location"])
            self.assertFalse(response["Location"].startswith(("//", "/\\", "\\")))
            self.assertIn(target.scheme, ("", "http", "https"))

    def test_language_choice_from_hostile_headers_and_cookies(self):
        for header, value in (
            ("HTTP_ACCEPT_LANGUAGE", "//evil.example"),
            ("HTTP_ACCEPT_LANGUAGE", "evil.example/, en;q=0.1"),
            ("HTTP_ACCEPT_LANGUAGE", "x" * 10_000),
            ("HTTP_COOKIE", "django_language=//evil.example"),
            ("HTTP_COOKIE", "django_language=/\\evil.example"),
        ):
            with self.subTest(header=header, value=value[:30]):
                response = self.client.get("/", **{header: value})
                self.assertEqual(response.status_code, 302)
                self.assertIn(response["Location"], ("/pl/", "/en/", "/uk/"))

    def test_language_choice_ignores_next_parameters(self):
        for target in EVIL_TARGETS:
            with self.subTest(target=target):
                response = self.client.get("/", {"next": target, "language": target})
                self.assertIn(response["Location"], ("/pl/", "/en/", "/uk/"))

    def test_language_switcher_links_stay_on_site(self):
        response = self.client.get(
            "/en/about/", {"next": "https://evil.example/"}, HTTP_REFERER="https://evil.example/"
        )
        self.assertNotContains(response, "evil.example")

    def test_admin_login_next_never_leaves_the_site(self):
        get_user_model().objects.create_user("editor", password="right", is_staff=True)
        for target in EVIL_TARGETS:
            with self.subTest(target=target):
                self.client.logout()
                response = self.client.post(
                    f"/admin/login/?next={target}",
                    {"username": "editor", "password": "right", "next": target},
                )
                self.assertEqual(response.status_code, 302)
                self.assertStaysOnSite(response)

    def test_signed_in_visit_to_login_with_next_stays(self):
        user = get_user_model().objects.create_superuser("admin", "a@example.org", "x")
        self.client.force_login(user)
        for target in EVIL_TARGETS:
            with self.subTest(target=target):
                self.assertStaysOnSite(self.client.get("/admin/login/", {"next": target}))
