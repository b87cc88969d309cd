"""The shared test site: root -> a home page per language -> about, privacy and
the accessibility statement, translated through wagtail-localize."""

from django.test import TestCase

from wagtail.models import Locale, Site

from home.factories import (
    AccessibilityStatementPageFactory,
    ContentPageFactory,
    SiteIdentityFactory,
)
from home.languages import sync_languages
from home.localization import translate_with
from home.models import (
    AccessibilityStatementPage,
    ContentPage,
    HomePage,
    SiteIdentity,
    SiteSettings,
)

TRANSLATED_TITLES = {
    "home": {"en": ("Cities for integration", "home"), "uk": ("Міста для інтеграції", "holovna")},
    "about": {"en": ("About us", "about"), "uk": ("Про нас", "pro-nas")},
    "statement": {
        "en": ("Accessibility statement", "accessibility-statement"),
        "uk": ("Декларація доступності", "deklaratsiia-dostupnosti"),
    },
}


def build_site_tree():
    """Build the tree and return its pages by name and language. Call inside
    captured on-commit callbacks: wagtail-localize publishes on commit."""
    sync_languages()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = HomePage.objects.get(locale=locales["pl"], depth=2)
    about = ContentPageFactory(parent=home, title="O nas", slug="o-nas", show_in_menus=True)
    about.save_revision().publish()
    statement = AccessibilityStatementPageFactory(parent=home)
    statement.save_revision().publish()
    privacy = ContentPageFactory(parent=home, title="Polityka prywatności", slug="prywatnosc")
    privacy.save_revision().publish()
    pages = {"home": {"pl": home}, "about": {"pl": about}, "statement": {"pl": statement}}
    for code in ("en", "uk"):
        title, slug = TRANSLATED_TITLES["home"][code]
        pages["home"][code] = translate_with(
            home, locales[code], HomePage(title=title, slug=slug, mission=f"<p>{title}</p>")
        )
        title, slug = TRANSLATED_TITLES["about"][code]
        pages["about"][code] = translate_with(
            about,
            locales[code],
            ContentPage(title=title, slug=slug, introduction=f"{title}.", show_in_menus=True),
        )
        title, slug = TRANSLATED_TITLES["statement"][code]
        pages["statement"][code] = translate_with(
            statement,
            locales[code],
            AccessibilityStatementPage(
                title=title,
                slug=slug,
                entity_name=f"{title} entity",
                website_name=title,
                non_accessible_content=f"<p>{title}</p>",
                contact_person=title,
                complaint_procedure=f"<p>{title}</p>",
            ),
        )
    identity = SiteIdentityFactory(locale=locales["pl"])
    for code in ("en", "uk"):
        translate_with(
            identity,
            locales[code],
            SiteIdentity(site_name=f"Site {code}", tagline=f"Tagline {code}", funding_notice=code),
        )
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.identity = identity
    site_settings.privacy_page = privacy
    site_settings.contact_email = "redakcja@example.org"
    site_settings.save()
    # Pages created after the first sync (privacy) become untranslated copies.
    sync_languages()
    pages["privacy"] = {"pl": privacy}
    pages["locales"] = locales
    return pages


class SiteTestCase(TestCase):
    """A test case with the shared site built once per class."""

    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            cls.tree = build_site_tree()
        cls.locales = cls.tree["locales"]
        for name in ("home", "about", "statement"):
            for code, page in cls.tree[name].items():
                cls.tree[name][code] = page.specific_class.objects.get(pk=page.pk)
