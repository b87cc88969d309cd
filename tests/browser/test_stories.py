"""The newsroom in the browser: axe-core on the story index, a story, an author
page and the claims pages in three languages; the table of contents."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import VIEWPORTS, audit_pages, open_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = {
    "story-index": {"pl": "/pl/aktualnosci/", "en": "/en/news/", "uk": "/uk/novyny/"},
    "story-index-filtered": {"en": "/en/news/?kind=fact-check&page=abc"},
    "story": {
        "pl": "/pl/aktualnosci/czy-miasta-maja-plan/",
        "en": "/en/news/do-cities-have-a-plan/",
        # Not translated into Ukrainian: the untranslated copy, marked lang="pl".
        "uk": "/uk/novyny/czy-miasta-maja-plan/",
    },
    "news": {"pl": "/pl/aktualnosci/inauguracje-epi/", "en": "/en/news/inauguracje-epi/"},
    "author": {
        "pl": "/pl/aktualnosci/authors/redakcja/",
        "en": "/en/news/authors/editorial-team/",
    },
    "claims": {
        "pl": "/pl/sprawdzamy-fakty/",
        "en": "/en/fact-checks/",
        "uk": "/uk/perevirka-faktiv/",
    },
    "claim": {
        "pl": "/pl/sprawdzamy-fakty/miasta-bez-planu/",
        "en": "/en/fact-checks/cities-without-a-plan/",
    },
}


def test_newsroom_pages_have_no_axe_violations(browser, site, artifacts):
    failures = audit_pages(browser, site, artifacts, PAGES)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_table_of_contents_links_land_on_their_headings(browser, site, viewport):
    page, problems = open_page(
        browser, f"{site}/en/news/do-cities-have-a-plan/", VIEWPORTS[viewport]
    )
    toc = page.get_by_role("navigation", name="In this story")
    for index, anchor in enumerate(["co-mowia-liczby-en", "co-mowia-liczby-en-2"]):
        heading = page.locator(f"h2#{anchor}")
        toc.get_by_role("link").nth(index).click()
        expect(page).to_have_url(re.compile(f"#{anchor}$"))
        expect(heading).to_be_in_viewport()
    assert not problems
    page.close()
