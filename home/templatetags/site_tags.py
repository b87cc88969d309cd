"""What the base template needs on every page: languages, navigation, footer
and structured data. Queries live here, never in templates."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Page

from home.breadcrumbs import breadcrumb_json_ld, breadcrumb_trail
from home.chrome import chrome
from home.json import safe_json_dumps
from home.localization import page_versions

register = template.Library()

OG_LOCALES = {"pl": "pl_PL", "en": "en_GB", "uk": "uk_UA"}


def _locale_homes(request):
    """The address of every language's home page, keyed by language code, from
    the site's frame."""
    frame = chrome(request)
    return frame["pages"]["homes"] if frame else {}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per language: where the switcher leads and whether the page
    itself exists in that language."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = page_versions(page) if isinstance(page, Page) else {}
    homes = _locale_homes(request) if isinstance(page, Page) else {}
    # A routable page's sub-address (a practice in the library) names its own
    # translations; where one is missing, the page itself in that language is next best.
    routed = context.get("route_translations")
    versions = []
    for code, name in settings.LANGUAGES:
        if routed is not None and code in routed:
            url, translated = routed[code], True
        elif routed is not None and code in translations:
            url, translated = translations[code].get_url(request), False
        elif code in translations:
            url, translated = translations[code].get_url(request), True
        elif isinstance(page, Page):
            home = homes.get(code)
            url, translated = (home["url"] if home else f"/{code}/"), False
        else:
            url = translate_url(request.path, code)
            translated = url != request.path or code == current
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "translated": translated,
                "full_url": request.build_absolute_uri(url),
            }
        )
    return versions


@register.simple_tag
def x_default_url(versions):
    """The source-language version, offered to readers whose language we lack."""
    for version in versions:
        if version["code"] == settings.LANGUAGE_CODE and version["translated"]:
            return version["full_url"]
    return ""


@register.simple_tag
def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children shown in menus (title and address), each marked
    when the reader is on it or below it."""
    frame = chrome(context["request"])
    if frame is None:
        return []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return [
        {**item, "is_active": bool(current_path) and current_path.startswith(item["path"])}
        for item in frame["pages"]["menu"]
    ]


@register.simple_tag(takes_context=True)
def locale_home_url(context):
    home = _locale_homes(context["request"]).get(get_language())
    return home["url"] if home else f"/{get_language()}/"


@register.simple_tag(takes_context=True)
def site_identity(context):
    """The site's name, tagline and funding notice in the reader's language."""
    frame = chrome(context["request"])
    return frame["identity"] if frame else None


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The accessibility statement and privacy policy of the reader's language
    (title and address)."""
    frame = chrome(context["request"])
    return frame["pages"]["footer"] if frame else []


@register.simple_tag(takes_context=True)
def json_ld(context):
    """The page's schema.org objects as script elements. The one place JSON-LD
    is written: ``<`` is escaped so no value can close the script."""
    page = context.get("page")
    # A routable page's sub-address (a practice) brings its own structured data.
    items = context.get("structured_data")
    if items is None:
        has_json_ld = isinstance(page, Page) and hasattr(page, "json_ld")
        items = page.json_ld(context["request"]) if has_json_ld else []
    # Every page below a home page adds its trail, once for all page types.
    items = [*items, *breadcrumb_json_ld(breadcrumb_trail(context), context.get("request"))]
    scripts = []
    for item in items:
        payload = mark_safe(safe_json_dumps(item))  # escaped by safe_json_dumps
        scripts.append(format_html('<script type="application/ld+json">{}</script>', payload))
    return mark_safe("\n".join(scripts))
