"""Headless Chromium (Debian's, installed by `make test` when missing) driven by
Playwright against pytest-django's live server."""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
# Without these flags Chromium keeps calling home, which this network refuses.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests
# make around it are ordinary blocking calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run `make chromium` (make test does).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """Start Django's live-server thread over content that ``build`` commits to the
    test database; returns the server's URL.

    pytest-django's own ``live_server`` flushes the database after every test,
    which also removes what the migrations created (locales, the root page,
    roles). The browser suite runs after every other test (tests/conftest.py)
    and its content is built once, so nothing needs flushing."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    threads = []

    def start(build):
        from django.db import connection

        # Never build demo pages into a developer's or production database.
        assert "test" in str(connection.settings_dict["NAME"]), "no test database is set up"
        build()
        thread = LiveServerThread("localhost", StaticFilesHandler, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        threads.append(thread)
        return f"http://localhost:{thread.port}"

    # The server thread answers requests for as long as the suite runs, so the
    # database stays open to it until the end.
    with django_db_blocker.unblock():
        yield start
        for thread in threads:
            # Wait for the thread to close its database connection, or
            # PostgreSQL refuses to drop the test database.
            thread.terminate()
            thread.join()


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def site(live_site):
    """The URL of the live server over the shared browser site (content.py)."""
    from tests.browser.content import build_public_site

    return live_site(build_public_site)


def open_page(browser, url, viewport):
    """Open ``url`` in a new tab; returns the tab and a list that collects its
    console errors and uncaught exceptions (a CSP refusal shows there)."""
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


def audit_pages(browser, site, artifacts, pages):
    """Run axe-core (WCAG 2.1 A and AA) on ``pages`` ({name: {language: path}}) at
    every viewport, screenshot each, and return the failures as readable lines."""
    axe = Axe()
    failures = []
    for name, urls in pages.items():
        for language, path in urls.items():
            for viewport_name, viewport in VIEWPORTS.items():
                page, problems = open_page(browser, f"{site}{path}", viewport)
                violations = axe.run(page, options=WCAG_21_AA).response["violations"]
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
    return failures
