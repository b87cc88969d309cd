"""Discovery in the browser: the home page, search results and a topic page have
zero axe-core violations (WCAG 2.1 A and AA) in every language, on a phone and on
a desktop, and a topic tag leads to its topic page."""

import pytest

from tests.browser.conftest import VIEWPORTS, audit_pages, open_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = {
    "home": {"pl": "/pl/", "en": "/en/", "uk": "/uk/"},
    "search-results": {
        "pl": "/pl/szukaj/?q=mieszkania",
        "en": "/en/search/?q=homes",
        "uk": "/uk/poshuk/?q=mieszkania",
    },
    "search-results-practices": {"en": "/en/search/?q=guide&type=practice"},
    "topic": {
        "pl": "/pl/tematy/mieszkalnictwo/",
        "en": "/en/topics/housing/",
        "uk": "/uk/temy/zhytlo/",
    },
    "topics": {"pl": "/pl/tematy/", "en": "/en/topics/", "uk": "/uk/temy/"},
}


def test_discovery_pages_have_no_axe_violations(browser, site, artifacts):
    assert audit_pages(browser, site, artifacts, PAGES) == []


def test_search_marks_the_words_it_found(browser, site):
    page, problems = open_page(browser, f"{site}/en/search/?q=homes", VIEWPORTS["desktop"])
    results = page.get_by_role("link", name="Homes for newcomers")
    assert results.count() >= 1
    assert page.locator("mark").first.inner_text().lower() == "homes"
    assert problems == []
    page.close()


def test_a_topic_tag_leads_to_the_topic_page(browser, site):
    page, problems = open_page(browser, f"{site}/en/topics/housing/", VIEWPORTS["phone"])
    page.get_by_role("link", name="Homes for newcomers").first.click()
    page.wait_for_load_state()
    page.get_by_role("link", name="Housing", exact=True).first.click()
    page.wait_for_url(f"{site}/en/topics/housing/")
    assert page.get_by_role("heading", level=1).inner_text() == "Housing"
    assert problems == []
    page.close()
