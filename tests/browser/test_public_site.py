"""The public site as readers see it: languages, accessibility (axe-core with the
WCAG 2.1 A and AA rules) and a Content-Security-Policy the pages satisfy."""

import re

import pytest

from tests.browser.conftest import VIEWPORTS, audit_pages, open_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

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
    failures = audit_pages(browser, site, artifacts, PAGES)
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
    # Four practices with coordinates in the English library (content.py).
    assert markers.count() == 4
    page.locator(".map-panel__status").filter(has_text="4").wait_for(state="attached")
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
        '<script>alert("x")</script> Gdańsk',
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


def test_a_hostile_title_reaches_the_popup_as_text(browser, site, settings):
    settings.MAP_TILE_URL = BLANK_TILE
    page, problems = open_page(browser, f"{site}/uk/dobri-praktyky/", VIEWPORTS["desktop"])
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.locator(".map-panel__show").click()
    title = '<script>alert("x")</script> Gdańsk'
    marker = page.locator(f".leaflet-marker-icon[title='{title}']")
    # The status names the count once every marker is placed and the map fitted.
    page.locator(".map-panel__status").filter(has_text=re.compile(r"^\d+$")).wait_for(
        state="attached"
    )
    marker.click()
    link = page.locator(".leaflet-popup-content a")
    link.wait_for()
    assert link.inner_text() == title
    assert page.locator(".leaflet-popup-content script").count() == 0
    assert not dialogs
    assert not problems
    page.close()
