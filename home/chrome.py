"""The site's frame (chrome): what every page shows around its content.

The header (site name, tagline, logo, main menu, home link), the language
switcher's fallback addresses (each language's home page), the footer (contact,
social links, accessibility statement, privacy policy, funding notice) and the
site settings behind them are read once per site and language and kept in
Django's cache, together with the site a host name leads to.

Every entry carries a version. ``chrome_changed()`` starts a new version, so the
next request rebuilds the frame; the receivers below call it exactly when what
the frame shows changes: settings, identity, sites, locales and the logo on any
save; pages when a publication, unpublication, move, deletion or new live page
alters the frame as it is cached (compared at once and again after the
transaction commits, so a section index republished with a new introduction
changes nothing here). Caches that hold whole pages (the page cache) listen to
the ``chrome_change`` signal it sends."""

import uuid

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import Signal
from django.http.request import split_domain_port
from django.utils.translation import get_language

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .caching import cache, forget_now_and_on_commit, kept_for
from .locales import locale_by_id, locale_for, with_cached_locale
from .localization import in_locale
from .privacy import every_page

VERSION_KEY = "newsroom:chrome:version"
# Sent after the frame changed (and the cached one was dropped): purge whatever
# else holds it.
chrome_change = Signal()
# Depth of each language's home page (the tree root is at depth 1); the main
# menu and the accessibility statement are the home page's children.
HOME_DEPTH = 2
CHROME_DEPTH = HOME_DEPTH + 1
# What the frame keeps of a section page (the home page's children): enough for
# its address and its sub-addresses.
SECTION_FIELDS = (
    "id",
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "live",
    "locale_id",
    "translation_key",
    "content_type_id",
    "alias_of_id",
)


def chrome_changed():
    """Forget the cached frame of every site and language. A fresh random version
    rather than a counter: an evicted version key can never bring back entries
    written under an old one."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    chrome_change.send(sender=chrome_changed)


def _version(request=None):
    version = getattr(request, "_chrome_version", None)
    if version is None:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, None)
            version = cache.get(VERSION_KEY)
        if request is not None:
            request._chrome_version = version
    return version


# --- the site ---------------------------------------------------------------------------


def site_for(request):
    """``Site.find_for_request(request)`` from the cache: Wagtail asks the database
    on every request. Kept on the request, where Wagtail looks for it."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        key = f"newsroom:chrome:{_version(request)}:site:{hostname}:{request.get_port()}"
        found = cache.get(key)
        if found is None:
            # Wrapped: that a host has no site is worth keeping too.
            found = (Site.find_for_request(request),)
            cache.set(key, found, kept_for())
        request._wagtail_site = found[0]
    return request._wagtail_site


# --- the frame of one site and language -------------------------------------------------


def _page_link(page, site):
    return {"title": page.title, "url": page.get_url(current_site=site), "path": page.path}


def _site_settings(site):
    from .models import SiteSettings

    site_settings, _created = (
        SiteSettings.base_queryset()
        .select_related("logo", "identity", "privacy_page")
        .get_or_create(site=site)
    )
    return site_settings


def pages_shown(site, language_code, site_settings):
    """The pages the frame links to, as plain data: each language's home page,
    the main menu and the footer's pages of ``language_code``."""
    from .models import AccessibilityStatementPage

    root = site.root_page
    homes = {}
    for home in every_page().filter(depth=root.depth, translation_key=root.translation_key):
        locale = locale_by_id(home.locale_id)
        if locale is not None:
            homes[locale.language_code] = {
                "id": home.pk,
                "url": home.get_url(current_site=site),
                "url_path": home.url_path,
                "live": home.live,
                "path": home.path,
            }
    menu, footer, sections = [], [], {}
    locale = locale_for(language_code) or locale_for(settings.LANGUAGE_CODE)
    home = homes.get(language_code)
    if home is not None:
        children = (
            every_page().live().public().filter(path__startswith=home["path"], depth=root.depth + 1)
        )
        for child in children:
            if child.show_in_menus:
                menu.append(_page_link(child, site))
            page_class = child.specific_class
            if page_class is not None:
                sections.setdefault(
                    page_class._meta.label,
                    {name: getattr(child, name) for name in SECTION_FIELDS},
                )
    if locale is not None:
        statement = AccessibilityStatementPage.objects.live().filter(locale=locale).first()
        if statement:
            footer.append(_page_link(statement, site))
        privacy = in_locale(site_settings.privacy_page, locale)
        if privacy is not None and privacy.live:
            footer.append(_page_link(privacy, site))
    return {"homes": homes, "menu": menu, "footer": footer, "sections": sections}


def _identity(site_settings, language_code):
    locale = locale_for(language_code) or locale_for(settings.LANGUAGE_CODE)
    identity = in_locale(site_settings.identity, locale)
    if identity is None:
        return None
    return {
        "site_name": identity.site_name,
        "tagline": identity.tagline,
        "funding_notice": identity.funding_notice,
    }


def _build(site, language_code):
    site_settings = _site_settings(site)
    return {
        "pages": pages_shown(site, language_code, site_settings),
        "identity": _identity(site_settings, language_code),
        "settings": site_settings,
    }


def _key(version, site, language_code):
    return f"newsroom:chrome:{version}:frame:{site.pk}:{language_code}"


def chrome(request):
    """The frame of the request's site in the reader's language: ``pages``
    (``homes``, ``menu``, ``footer``), ``identity`` and ``settings``. None outside
    any site."""
    language_code = get_language() or settings.LANGUAGE_CODE
    frames = request.__dict__.setdefault("_chrome", {})
    if language_code not in frames:
        site = site_for(request)
        frame = None
        if site is not None:
            key = _key(_version(request), site, language_code)
            frame = cache.get(key)
            if frame is None:
                frame = _build(site, language_code)
                cache.set(key, frame, kept_for())
        frames[language_code] = frame
    return frames[language_code]


def section(request, page_class, locale):
    """The live, public page of ``page_class`` among the home page's children in
    ``locale`` (the library, the newsroom, the topic index...), or None. From the
    frame without a query when ``locale`` is the reader's; its other fields load
    when first read."""
    frame = chrome(request) if request is not None else None
    if frame is None or locale.language_code != (get_language() or settings.LANGUAGE_CODE):
        return page_class.objects.live().public().filter(locale=locale).first()
    values = frame["pages"]["sections"].get(page_class._meta.label)
    if values is None:
        return None
    # The fields kept, and the links to the parent tables (the same id), in the
    # model's order of fields, as from_db() takes them; the others are deferred.
    known = {}
    for field in page_class._meta.concrete_fields:
        if field.attname in values:
            known[field.attname] = values[field.attname]
        elif field.is_relation and field.remote_field.parent_link:
            known[field.attname] = values["id"]
    page = page_class.from_db(None, list(known), list(known.values()))
    return with_cached_locale(page)


def site_settings_for(request):
    frame = chrome(request)
    return frame["settings"] if frame else None


# --- when the frame changes -------------------------------------------------------------


def _frame_outdated():
    """Whether any cached frame no longer shows what the database holds."""
    version = _version()
    for site in Site.objects.select_related("root_page"):
        site_settings = None
        for language_code, _name in settings.LANGUAGES:
            cached = cache.get(_key(version, site, language_code))
            if cached is None:
                continue
            site_settings = site_settings or _site_settings(site)
            if cached["pages"] != pages_shown(site, language_code, site_settings):
                return True
    return False


def _refresh_if_outdated():
    if _frame_outdated():
        chrome_changed()


def _check_after_commit():
    forget_now_and_on_commit(_refresh_if_outdated)


def _may_show(page):
    """Pages the frame can show: home pages, their children (menu, statement)
    and any language version of the privacy policy."""
    if page.depth <= CHROME_DEPTH:
        return True
    from .models import SiteSettings

    return SiteSettings.objects.filter(privacy_page__translation_key=page.translation_key).exists()


def _page_changed(sender, instance, **kwargs):
    if _may_show(instance):
        _check_after_commit()


def _page_created(sender, instance, created, raw=False, **kwargs):
    # Pages made live without a publication (aliases of a new source page, pages
    # created in code) send no page_published. Fixtures load rows as they are.
    if raw or not (created and isinstance(instance, Page) and instance.live):
        return
    if _may_show(instance):
        _check_after_commit()


def _page_moved(sender, **kwargs):
    # Rare, and a moved section may hold the privacy policy: compare.
    _check_after_commit()


def _always_changed(sender, **kwargs):
    forget_now_and_on_commit(chrome_changed)


def _image_saved(sender, instance, **kwargs):
    from .models import SiteSettings

    if SiteSettings.objects.filter(logo=instance).exists():
        forget_now_and_on_commit(chrome_changed)


def connect():
    from .models import SiteIdentity, SiteSettings

    page_published.connect(_page_changed, dispatch_uid="home.chrome.published")
    page_unpublished.connect(_page_changed, dispatch_uid="home.chrome.unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="home.chrome.moved")
    # Before the deletion, while the site settings still point at the privacy policy.
    pre_delete.connect(_page_changed, sender=Page, dispatch_uid="home.chrome.deleted")
    post_save.connect(_page_created, dispatch_uid="home.chrome.created")
    for model in (SiteSettings, SiteIdentity, Site, Locale):
        for signal in (post_save, post_delete):
            signal.connect(
                _always_changed,
                sender=model,
                dispatch_uid=f"home.chrome.{model.__name__}.{signal is post_save}",
            )
    post_save.connect(_image_saved, sender=get_image_model(), dispatch_uid="home.chrome.logo")
