import os
import subprocess
import sys
from datetime import timedelta
from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.test import override_settings
from django.utils import timezone

from wagtail.images.fields import WagtailImageField

from axes.models import AccessAttempt, AccessLog
from PIL import Image as PILImage

from tests.base import SiteTestCase

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "k9$Zp2!vQ7@rX4#mL8^tW1&nB6*yC3(eH5)jU0-aS9_dF2+gK7=hP4[oI8]uY1",
    "ALLOWED_HOSTS": "newsroom.example.org",
    "DATABASE_URL": "sqlite:////tmp/newsroom-deploy-check.sqlite3",
    "CACHE_URL": "locmemcache://",
}


def production_env(**overrides):
    env = {**os.environ, **PRODUCTION_ENV, **overrides}
    # The browser suite's async escape hatch must never reach a deployment check.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


def run_with_production_settings(*args):
    env = production_env()
    return subprocess.run(
        [sys.executable, *args], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )


class HeaderTests(SiteTestCase):
    def test_public_pages_carry_security_headers(self):
        response = self.client.get("/pl/")
        policy = response["Content-Security-Policy"]
        self.assertIn("default-src 'self'", policy)
        self.assertIn("script-src 'self'", policy)
        self.assertNotIn("unsafe-inline", policy)
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Referrer-Policy"], "strict-origin-when-cross-origin")

    def test_admin_keeps_its_relaxed_policy(self):
        response = self.client.get("/admin/login/")
        self.assertNotIn("Content-Security-Policy", response)


class ProductionSettingsTests(SiteTestCase):
    def test_deploy_check_is_clean(self):
        result = run_with_production_settings(
            "manage.py", "check", "--deploy", "--fail-level", "WARNING"
        )
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("no issues", result.stdout)

    def test_https_responses_carry_hsts(self):
        script = (
            "import django; django.setup();"
            "from django.test import Client;"
            "r = Client().get('/robots.txt', secure=True, HTTP_HOST='newsroom.example.org');"
            "print(r.status_code, r.headers.get('Strict-Transport-Security'))"
        )
        result = run_with_production_settings("-c", script)
        self.assertIn(
            "200 max-age=31536000; includeSubDomains; preload", result.stdout, result.stderr
        )

    def test_production_refuses_to_start_without_a_secret(self):
        env = production_env()
        env.pop("SECRET_KEY")
        result = subprocess.run(
            [sys.executable, "manage.py", "check"],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
        )
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("SECRET_KEY", result.stderr)


class ServerErrorPageTests(SiteTestCase):
    def test_500_page_renders_without_the_database(self):
        with self.assertNumQueries(0):
            html = render_to_string("500.html")
        self.assertIn('<html lang="pl">', html)
        self.assertIn('lang="uk"', html)


@override_settings(
    AXES_ENABLED=True,
    AXES_FAILURE_LIMIT=3,
    AUTHENTICATION_BACKENDS=[
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ],
)
class LoginThrottlingTests(SiteTestCase):
    def attempt(self, username, password="wrong"):
        return self.client.post("/admin/login/", {"username": username, "password": password})

    def test_lockout_does_not_reveal_whether_the_account_exists(self):
        get_user_model().objects.create_user("editor", "editor@example.org", "right-password")
        for _ in range(3):
            self.attempt("editor")
            self.attempt("nobody")
        existing, missing = self.attempt("editor"), self.attempt("nobody")
        self.assertEqual(existing.status_code, 429)
        self.assertEqual(missing.status_code, 429)
        self.assertEqual(existing.content, missing.content)

    def test_locked_out_even_with_the_right_password(self):
        get_user_model().objects.create_user("editor", "editor@example.org", "right-password")
        for _ in range(3):
            self.attempt("editor")
        self.assertEqual(self.attempt("editor", "right-password").status_code, 429)

    # What the privacy page says is kept about signing in, and for how long.
    def test_a_successful_sign_in_deletes_the_failed_attempts_and_is_not_recorded(self):
        get_user_model().objects.create_user("editor", "editor@example.org", "right-password")
        self.attempt("editor")
        attempt = AccessAttempt.objects.get()
        self.assertEqual((attempt.username, attempt.ip_address), ("editor", "127.0.0.1"))
        self.assertNotIn("wrong", attempt.post_data)

        self.assertEqual(self.attempt("editor", "right-password").status_code, 302)
        self.assertFalse(AccessAttempt.objects.exists())
        self.assertFalse(AccessLog.objects.exists())

    def test_failed_attempts_go_at_the_first_sign_in_after_the_cool_off(self):
        self.attempt("editor")
        AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(hours=1, minutes=1))
        self.attempt("somebody")
        self.assertEqual(
            list(AccessAttempt.objects.values_list("username", flat=True)), ["somebody"]
        )


class UploadTests(SiteTestCase):
    def upload(self, name, content, content_type):
        return SimpleUploadedFile(name, content, content_type=content_type)

    def test_svg_is_refused(self):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        with self.assertRaises(ValidationError):
            WagtailImageField().clean(self.upload("logo.svg", svg, "image/svg+xml"))

    def test_too_many_pixels_is_refused(self):
        buffer = BytesIO()
        PILImage.new("1", (8000, 6000)).save(buffer, "PNG")
        with self.assertRaises(ValidationError):
            WagtailImageField().clean(self.upload("huge.png", buffer.getvalue(), "image/png"))

    def test_a_normal_photo_is_accepted(self):
        buffer = BytesIO()
        PILImage.new("RGB", (800, 600), "navy").save(buffer, "JPEG")
        WagtailImageField().clean(self.upload("photo.jpg", buffer.getvalue(), "image/jpeg"))

    @override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
    def test_oversized_file_is_refused(self):
        buffer = BytesIO()
        PILImage.new("RGB", (400, 400), "navy").save(buffer, "PNG")
        with self.assertRaises(ValidationError):
            WagtailImageField().clean(self.upload("big.png", buffer.getvalue(), "image/png"))
