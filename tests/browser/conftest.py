"""Headless Chromium (Debian's, installed by `make test` when missing) driven by
Playwright against pytest-django's live server."""

import os
from pathlib import Path

import pytest

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
