"""A translator translates a story into Ukrainian in wagtail-localize's editor and
submits it; a moderator approves it; readers of the Ukrainian site then read it.
Each step is saved as a screenshot in test-artifacts/browser/."""

import pytest
from playwright.sync_api import expect

from tests.browser.content import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TITLE_UK = "Інавгурація в Любліні"
STANDFIRST_UK = "Флешмоб розпочав у Любліні роботу над стратегією інтеграції."
DESKTOP = {"width": 1280, "height": 900}


def sign_in(browser, site, username):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{site}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{site}/admin/")
    return context, page


def translate_segment(editor, source_text, translation):
    segment = editor.locator("li", has_text=source_text).last
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea").fill(translation)
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_text(translation)).to_be_visible()


def test_translator_translates_and_moderator_publishes(browser, site, artifacts):
    # Before: the Ukrainian story is an unpublished draft, readers find nothing.
    reader = browser.new_page()
    assert reader.goto(f"{site}/uk/novyny/inauguracja-w-lublinie/").status == 404

    context, page = sign_in(browser, site, "translator-uk")
    page.screenshot(path=artifacts / "translation-1-translator-dashboard.png", full_page=True)
    page.get_by_role("link", name="In progress").click()
    expect(page.get_by_role("heading", name="Translation status")).to_be_visible()
    page.screenshot(path=artifacts / "translation-2-status-report.png", full_page=True)

    row = page.locator("tr", has_text="Inauguracja w Lublinie")
    expect(row).to_contain_text("In progress (0%)")
    row.get_by_role("link", name="Edit translation").click()
    expect(page.get_by_role("button", name="Submit for review")).to_be_visible()
    translate_segment(page, "Inauguracja w Lublinie", TITLE_UK)
    translate_segment(page, "Flash mob otworzył", STANDFIRST_UK)
    page.screenshot(path=artifacts / "translation-3-editor.png", full_page=True)

    page.get_by_role("button", name="Submit for review").click()
    expect(page.get_by_text("is waiting for a moderator's review")).to_be_visible()
    page.screenshot(path=artifacts / "translation-4-submitted.png", full_page=True)
    context.close()
    # Submitted is not published.
    assert reader.goto(f"{site}/uk/novyny/inauguracja-w-lublinie/").status == 404

    context, page = sign_in(browser, site, "moderator")
    # The desk lists the review; its link opens the translation in the editor,
    # where the moderator approves it.
    review = page.get_by_role("link", name=TITLE_UK)
    expect(review).to_be_visible()
    page.screenshot(path=artifacts / "translation-5-moderator-dashboard.png", full_page=True)
    review.first.click()
    page.get_by_role("button", name="Approve and publish").click()
    page.wait_for_load_state()
    page.goto(f"{site}/admin/")
    # Approved: the review leaves the moderator's desk.
    expect(page.get_by_role("link", name=TITLE_UK)).to_have_count(0)
    page.screenshot(path=artifacts / "translation-6-approved.png", full_page=True)
    context.close()

    response = reader.goto(f"{site}/uk/novyny/inauguracja-w-lublinie/")
    assert response.status == 200
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE_UK)
    expect(reader.get_by_text(STANDFIRST_UK)).to_be_visible()
    reader.screenshot(path=artifacts / "translation-7-published-uk.png", full_page=True)
    reader.close()
