"""The shared site plus an event index in every language, and helpers to make
events and their translations."""

import datetime
import zoneinfo
from contextlib import contextmanager
from unittest import mock

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventIndexPage, EventPage
from home.localization import translate_with
from tests.base import SiteTestCase

WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")
RIGA = zoneinfo.ZoneInfo("Europe/Riga")

INDEX_TITLES = {"en": ("Events", "events"), "uk": ("Події", "podii")}


def build_event_indexes(tree):
    """An event index under every home page of ``tree`` (see tests.base)."""
    index = EventIndexPageFactory(parent=tree["home"]["pl"], show_in_menus=True)
    index.save_revision().publish()
    indexes = {"pl": index}
    for code, (title, slug) in INDEX_TITLES.items():
        indexes[code] = translate_with(
            index,
            tree["locales"][code],
            EventIndexPage(title=title, slug=slug, introduction=title, show_in_menus=True),
        )
    return indexes


def make_event(index, **values):
    """A published event under ``index``."""
    event = EventPageFactory(parent=index, **values)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def translate_event(event, locale, **values):
    """Translate ``event`` through wagtail-localize; untranslated text keeps the
    source's words with the language code in front."""
    code = locale.language_code
    fields = {
        "title": f"{code} {event.title}",
        "slug": f"{code}-{event.slug}",
        "summary": f"{code} {event.summary}",
        "venue": event.venue and f"{code} {event.venue}",
        "address": event.address and f"{code} {event.address}",
        "city": event.city and f"{code} {event.city}",
        "outcomes": event.outcomes,
        "body": event.body.raw_data,
        **values,
    }
    return translate_with(event, locale, EventPage(**fields))


@contextmanager
def frozen_now(moment):
    """Pretend it is ``moment`` wherever the events app asks for the time."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def at(year, month, day, hour=0, minute=0, tz=WARSAW):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=tz)


class EventTestCase(SiteTestCase):
    """The shared site plus an event index in every language."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.indexes = build_event_indexes(cls.tree)
