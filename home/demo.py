"""Demo content of the site's frame: the home pages, about, accessibility
statement and privacy policy in every language, and the site identity."""

import datetime

from django.conf import settings

from wagtail.models import Locale, Site

from .demo_texts import PAGES, SITE_IDENTITY
from .factories import AccessibilityStatementPageFactory, ContentPageFactory, SiteIdentityFactory
from .languages import sync_languages
from .localization import reads_as, translate_with
from .models import AccessibilityStatementPage, ContentPage, HomePage, SiteIdentity, SiteSettings

SOURCE = settings.LANGUAGE_CODE

# Dates of the accessibility statement: when the site went public.
STATEMENT_DATES = {
    "published_on": datetime.date(2026, 11, 23),
    "updated_on": datetime.date(2026, 11, 23),
    "prepared_on": datetime.date(2026, 11, 23),
    "reviewed_on": datetime.date(2026, 11, 23),
}
# The seeds name no contact address; editors set the real one in Settings.
CONTACT_EMAIL = "redakcja@region4integration.example"


def _stream(blocks):
    """Demo body blocks as raw StreamField data."""
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def page_values(key, language):
    values = dict(PAGES[key][language])
    if "body" in values:
        values["body"] = _stream(values["body"])
    return values


def _publish(page):
    page.save_revision().publish()
    return page


def _ensure_child(parent, factory, model, values):
    existing = model.objects.child_of(parent).filter(slug=values["slug"]).first()
    if existing:
        return existing, False
    return _publish(factory(parent=parent, **values)), True


def _translate_page(page, key, locales, stdout):
    for locale in locales:
        translation = page.get_translation_or_none(locale)
        if translation is not None and translation.alias_of_id is None:
            continue
        translated = page.specific_class(**page_values(key, locale.language_code))
        translate_with(page.specific, locale, translated)
        stdout.write(f"  translated {page.title!r} into {locale.language_code}")


def _keep_current(page, key, locales, stdout):
    """Bring an existing page and its translations to the seed's text: a new
    published revision wherever the text differs, none where it matches. Used for
    the privacy policy, which states what the code does and must follow it."""
    page = page.specific
    values = page_values(key, SOURCE)
    source_changed = not reads_as(page, page.specific_class(**values))
    if source_changed:
        for field, value in values.items():
            setattr(page, field, value)
        _publish(page)
        stdout.write(f"  updated {page.title!r}")
    for locale in locales:
        translated = page.specific_class(**page_values(key, locale.language_code))
        current = page.get_translation_or_none(locale)
        if (
            not source_changed
            and current is not None
            and current.alias_of_id is None
            and reads_as(current.specific, translated)
        ):
            continue
        translate_with(page, locale, translated)
        stdout.write(f"  translated {page.title!r} into {locale.language_code}")


def load(stdout):
    sync_languages()
    source = Locale.objects.get(language_code=SOURCE)
    targets = list(Locale.objects.exclude(pk=source.pk))

    home = HomePage.objects.get(locale=source, depth=2)
    if not home.mission:
        for field, value in page_values("home", SOURCE).items():
            setattr(home, field, value)
        _publish(home)
        stdout.write(f"  filled the home page {home.title!r}")

    about, _ = _ensure_child(
        home,
        ContentPageFactory,
        ContentPage,
        {**page_values("about", SOURCE), "show_in_menus": True},
    )
    privacy, _ = _ensure_child(
        home, ContentPageFactory, ContentPage, page_values("privacy", SOURCE)
    )
    statement, _ = _ensure_child(
        home,
        AccessibilityStatementPageFactory,
        AccessibilityStatementPage,
        {
            **page_values("accessibility", SOURCE),
            **STATEMENT_DATES,
            "contact_email": CONTACT_EMAIL,
        },
    )
    pages = {"home": home, "about": about, "accessibility": statement}
    for key, page in pages.items():
        _translate_page(page, key, targets, stdout)
    _keep_current(privacy, "privacy", targets, stdout)

    identity = SiteIdentity.objects.filter(locale=source).first()
    if identity is None:
        identity = SiteIdentityFactory(locale=source, **SITE_IDENTITY[SOURCE])
    for locale in targets:
        if identity.get_translation_or_none(locale) is None:
            translate_with(identity, locale, SiteIdentity(**SITE_IDENTITY[locale.language_code]))

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if site_settings.identity_id is None:
        site_settings.identity = identity
        site_settings.organisation_name = PAGES["accessibility"][SOURCE]["entity_name"]
        site_settings.contact_email = CONTACT_EMAIL
        site_settings.privacy_page = privacy
        site_settings.save()

    # Pages created above are mirrored into any language that still lacks them.
    sync_languages()
