from django.conf import settings

import pytest


def pytest_collection_modifyitems(config, items):
    # The browser suite runs last: it needs a live server and is the slowest.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rolled-back tests leave cache entries (Wagtail's site root paths among
    # them) that would describe rows which no longer exist, and so does a request
    # left unfinished in the request cache (home.caching).
    from django.core.cache import cache

    from home.caching import forget_request

    cache.clear()
    forget_request()
    yield
    cache.clear()
    forget_request()


@pytest.fixture(autouse=True)
def _media_root(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def on_postgres():
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
