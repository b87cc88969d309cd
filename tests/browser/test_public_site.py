"""The public site as readers see it: languages, accessibility (axe-core with the
WCAG 2.1 A and AA rules) and a Content-Security-Policy the pages satisfy."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.localization import translate_with
from practices.factories import PracticeFactory
from practices.models import Practice
from tests.base import build_site_tree
from tests.practices.base import build_library

# django_db makes pytest-django create the test database even when only this suite
# runs; the site itself is committed by the module fixture, before any test's
# transaction opens, so the live server's own connection sees it.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
PAGES = {
    "home": {"pl": "/pl/", "en": "/en/", "uk": "/uk/"},
    "about": {"pl": "/pl/o-nas/", "en": "/en/about/", "uk": "/uk/pro-nas/"},
    "search": {
        "pl": "/pl/szukaj/?q=nas",
        "en": "/en/search/?q=about",
        "uk": "/uk/poshuk/?q=нас",
    },
    "library": {
        "pl": "/pl/dobre-praktyki/?area=interaction",
        "en": "/en/good-practices/",
        "uk": "/uk/dobri-praktyky/",
    },
    "practice": {
        "pl": "/pl/dobre-praktyki/aplikacja/",
        "en": "/en/good-practices/language-app/",
        "uk": "/uk/dobri-praktyky/aplikacja/",
    },
    "statement": {
        "pl": "/pl/deklaracja-dostepnosci/",
        "en": "/en/accessibility-statement/",
        "uk": "/uk/deklaratsiia-dostupnosti/",
    },
}


def build_public_site():
    tree = build_site_tree()
    build_library(tree)
    practice = PracticeFactory(
        title="Aplikacja do nauki łotewskiego",
        slug="aplikacja",
        city="Ryga",
        country="LV",
        latitude=56.9496,
        longitude=24.1052,
    )
    translate_with(
        practice,
        tree["locales"]["en"],
        Practice(
            title="Latvian learning app",
            slug="language-app",
            summary="An app.",
            body="<p>An app.</p>",
            city="Riga",
            region="West Pomerania",
        ),
    )
    PracticeFactory(title="Przewodnik dla nowoprzybyłych", slug="przewodnik")


@pytest.fixture(scope="module")
def site(live_site):
    return live_site(build_public_site)


def open_page(browser, url, viewport):
    page = browser.new_page(viewport=viewport)
    problems = []
    page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    return page, problems


def test_language_switcher_leads_through_all_languages(browser, site, artifacts):
    page, _ = open_page(browser, f"{site}/pl/o-nas/", VIEWPORTS["desktop"])
    assert page.locator("html").get_attribute("lang") == "pl"
    switcher = page.get_by_role("navigation", name="Wybierz język")
    switcher.get_by_role("link", name="English").click()
    page.wait_for_url(f"{site}/en/about/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "About us"
    page.get_by_role("navigation", name="Choose language").get_by_role(
        "link", name="Українська"
    ).click()
    page.wait_for_url(f"{site}/uk/pro-nas/")
    assert page.locator("html").get_attribute("lang") == "uk"
    page.screenshot(path=artifacts / "switcher-uk-about.png", full_page=True)
    page.close()


def test_skip_link_moves_focus_to_the_content(browser, site):
    page, _ = open_page(browser, f"{site}/en/", VIEWPORTS["desktop"])
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.close()


def test_no_accessibility_violations_or_policy_errors(browser, site, artifacts):
    axe = Axe()
    failures = []
    for name, urls in PAGES.items():
        for language, path in urls.items():
            for viewport_name, viewport in VIEWPORTS.items():
                page, problems = open_page(browser, f"{site}{path}", viewport)
                result = axe.run(page, options=WCAG_21_AA)
                violations = result.response["violations"]
                page.screenshot(
                    path=artifacts / f"{name}-{language}-{viewport_name}.png", full_page=True
                )
                if violations:
                    failures.append(
                        f"{path} ({viewport_name}): "
                        + "; ".join(f"{v['id']}: {v['help']}" for v in violations)
                    )
                if problems:
                    failures.append(f"{path} ({viewport_name}) console: {problems}")
                page.close()
    assert not failures, "\n".join(failures)


# One transparent pixel for every tile: the suite never reaches a tile server.
BLANK_TILE = (
    "data:image/png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


def test_map_shows_markers_whose_popups_lead_to_the_practice(browser, site, settings, artifacts):
    settings.MAP_TILE_URL = BLANK_TILE
    page, problems = open_page(browser, f"{site}/en/good-practices/", VIEWPORTS["desktop"])
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.get_by_role("button", name="Show the map").click()
    markers = page.locator(".leaflet-marker-icon")
    markers.first.wait_for()
    assert markers.count() == 2
    page.locator(".practice-map__status").filter(has_text="2").wait_for(state="attached")
    # Markers are buttons to the keyboard as well: Enter opens the popup.
    markers.first.focus()
    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup-content a")
    link.wait_for()
    page.screenshot(path=artifacts / "map-en-desktop.png")
    link.click()
    page.wait_for_url(f"{site}/en/good-practices/*/")
    assert page.get_by_role("heading", level=1).inner_text() in {
        "Latvian learning app",
        "Przewodnik dla nowoprzybyłych",
    }
    assert not [url for url in requests if "openstreetmap" in url]
    assert not problems
    page.close()


def test_no_tile_is_requested_before_the_reader_asks(browser, site):
    page = browser.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site}/en/good-practices/")
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("button", name="Show the map").is_visible()
    assert all(url.startswith(site) for url in requests), requests
    page.close()
