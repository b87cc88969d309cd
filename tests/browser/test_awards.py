"""Award announcements and badges in the browser: zero axe-core violations
(WCAG 2.1 A and AA) in every language, and the badge leads to the announcement."""

import pytest

from tests.browser.conftest import VIEWPORTS, audit_pages, open_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = {
    "award": {
        "pl": "/pl/aktualnosci/miasta-otwarte-2015/",
        "en": "/en/news/open-cities-2015/",
        "uk": "/uk/novyny/vidkryti-mista-2015/",
    },
    "awarded-practice": {
        "pl": "/pl/dobre-praktyki/aplikacja/",
        "en": "/en/good-practices/language-app/",
        "uk": "/uk/dobri-praktyky/aplikacja/",
    },
}


def test_award_pages_have_no_axe_violations(browser, site, artifacts):
    assert audit_pages(browser, site, artifacts, PAGES) == []


def test_badge_in_the_library_leads_to_the_announcement(browser, site):
    page, problems = open_page(browser, f"{site}/en/good-practices/", VIEWPORTS["phone"])
    page.get_by_role("link", name="Awarded: Open Cities 2015").click()
    page.wait_for_url(f"{site}/en/news/open-cities-2015/")
    assert page.get_by_role("heading", level=1).inner_text() == "Open Cities 2015"
    assert page.get_by_role("heading", name="Laureates").is_visible()
    assert problems == []
    page.close()
