"""The shared test site plus what the home page shows: a newsroom (tests.stories),
an event index and a practice library in every language."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.factories import EventPageFactory
from events.models import EventPage
from tests.events.base import build_event_indexes
from tests.practices.base import build_library
from tests.stories.base import build_stories

FAR_FUTURE = datetime.datetime(2099, 6, 1, 10, 0, tzinfo=datetime.UTC)


def build_front_page_content(tree):
    """A newsroom, an event index and a library under every home of ``tree``."""
    return {
        "stories": build_stories(tree),
        "event_indexes": build_event_indexes(tree),
        "libraries": build_library(tree),
    }


def add_event(index, days_ahead=None, **values):
    """A published event; ``days_ahead`` puts it in the future (the factory's
    events are in 2020)."""
    if days_ahead is not None:
        values["start"] = FAR_FUTURE + datetime.timedelta(days=days_ahead)
    event = EventPageFactory(parent=index, **values)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    return len(queries)
