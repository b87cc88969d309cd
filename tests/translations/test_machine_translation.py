"""Machine translation: offered only when a service is configured, fills the
segments of a translation, and an unreachable service is a message, not a 500."""

import os
import subprocess
import sys

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.operations import translate_object

from home.factories import ContentPageFactory
from tests.base import SiteTestCase

FAKE = {"CLASS": "tests.translations.fakes.FakeTranslator", "OPTIONS": {}}
# Nothing listens on port 9 (discard) here: the connection is refused at once.
UNREACHABLE = {
    "CLASS": "translations.machine.LibreTranslate",
    "OPTIONS": {"LIBRETRANSLATE_URL": "http://127.0.0.1:9", "API_KEY": "", "TIMEOUT": 2},
}


class MachineTranslationTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
        # Messages below are asserted in English, the admin language this user chose.
        UserProfile.objects.update_or_create(user=cls.admin, defaults={"preferred_language": "en"})
        cls.source = ContentPageFactory(
            parent=cls.tree["home"]["pl"],
            title="Dzień otwarty",
            introduction="Zapraszamy do ratusza.",
        )
        translate_object(cls.source, [cls.locales["en"]])
        cls.translation = Translation.objects.get(
            source__object_id=cls.source.translation_key, target_locale=cls.locales["en"]
        )
        cls.target = cls.source.get_translation(cls.locales["en"])

    def setUp(self):
        self.client.force_login(self.admin)
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[self.target.pk])
        self.translate_url = (
            reverse("wagtail_localize:machine_translate", args=[self.translation.pk])
            + f"?next={self.edit_url}"
        )

    def translated_strings(self):
        return set(
            StringTranslation.objects.filter(locale=self.locales["en"]).values_list(
                "data", flat=True
            )
        )

    @override_settings()
    def test_no_service_configured_no_button(self):
        if hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR"):
            del settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR
        response = self.client.get(self.edit_url)
        self.assertContains(response, "&quot;machineTranslator&quot;: null")
        self.assertEqual(self.client.post(self.translate_url).status_code, 404)

    @override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=FAKE)
    def test_a_configured_service_is_offered_and_fills_the_segments(self):
        response = self.client.get(self.edit_url)
        self.assertContains(response, "Fake translator")
        before = self.translated_strings()
        response = self.client.post(self.translate_url)
        self.assertRedirects(response, self.edit_url, fetch_redirect_response=False)
        added = self.translated_strings() - before
        self.assertIn("EN: Dzień otwarty", added)
        self.assertIn("EN: Zapraszamy do ratusza.", added)

    @override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=UNREACHABLE)
    def test_an_unreachable_service_is_a_message_not_an_error(self):
        before = self.translated_strings()
        response = self.client.post(self.translate_url, follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.redirect_chain[0], (self.edit_url, 302))
        self.assertContains(response, "LibreTranslate could not be reached")
        self.assertEqual(self.translated_strings(), before)

    @override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=UNREACHABLE)
    def test_the_message_never_redirects_off_site(self):
        url = reverse("wagtail_localize:machine_translate", args=[self.translation.pk])
        response = self.client.post(url + "?next=https://evil.example/")
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)


def configured_translator(**environment):
    """The machine-translation setting a fresh process reads from ``environment``."""
    script = (
        "from django.conf import settings;"
        "print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {}).get('CLASS'))"
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LIBRETRANSLATE_URL", "DEEPL_API_KEY")
    }
    env.update(environment, DJANGO_SETTINGS_MODULE="cms.settings.test")
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_the_service_comes_from_the_environment():
    assert configured_translator() == "None"
    assert (
        configured_translator(LIBRETRANSLATE_URL="http://translate.internal:5000/")
        == "translations.machine.LibreTranslate"
    )
    assert configured_translator(DEEPL_API_KEY="key:fx") == "translations.machine.DeepL"
