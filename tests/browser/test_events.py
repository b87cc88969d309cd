"""Event pages in the browser: announced and reported events pass axe-core in every
language, and the venue map shows its marker (tests/events/browser_content.py)."""

import pytest

from tests.browser.conftest import VIEWPORTS, audit_pages, open_page
from tests.browser.test_public_site import BLANK_TILE

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = {
    "event-index": {"pl": "/pl/wydarzenia/", "en": "/en/events/", "uk": "/uk/podii/"},
    "event-announced": {
        "pl": "/pl/wydarzenia/debata/",
        "en": "/en/events/announced/",
        "uk": "/uk/podii/announced/",
    },
    "event-reported": {
        "pl": "/pl/wydarzenia/inauguracja/",
        "en": "/en/events/reported/",
        "uk": "/uk/podii/reported/",
    },
}


def test_event_pages_have_no_accessibility_violations(browser, site, artifacts):
    failures = audit_pages(browser, site, artifacts, PAGES)
    assert not failures, "\n".join(failures)


def test_announced_and_reported_events_say_which_they_are(browser, site):
    page, _ = open_page(browser, f"{site}/en/events/announced/", VIEWPORTS["phone"])
    assert page.locator(".event-phase--announcement").is_visible()
    assert page.get_by_role("link", name="Register").is_visible()
    page.goto(f"{site}/en/events/reported/")
    assert page.locator(".event-phase--report").is_visible()
    assert page.get_by_role("heading", name="Report").is_visible()
    assert page.get_by_text("en Aplikacja do nauki łotewskiego").is_visible()
    page.close()


def test_the_event_map_shows_its_marker(browser, site, settings, artifacts):
    settings.MAP_TILE_URL = BLANK_TILE
    page, problems = open_page(browser, f"{site}/en/events/reported/", VIEWPORTS["desktop"])
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.get_by_role("button", name="Show the map").click()
    marker = page.locator(".leaflet-marker-icon")
    marker.wait_for()
    assert marker.count() == 1
    assert marker.get_attribute("alt") == "Venue: en Ratusz"
    page.locator(".map-panel__status").filter(has_text="1").wait_for(state="attached")
    page.screenshot(path=artifacts / "event-map-en-desktop.png")
    assert not [url for url in requests if "openstreetmap" in url]
    assert not problems
    page.close()
