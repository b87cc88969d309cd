"""The events of the shared browser site (tests/browser/content.py): an announced
and a reported event in every language. No photos: the live server serves no
media (tests/events/test_event_page.py covers the gallery)."""

import datetime

from django.utils import timezone

from events.models import EventPage, EventPresentation, EventRelatedPractice
from tests.events.base import RIGA, build_event_indexes, make_event, translate_event

ENGLISH = {"announced": "Round table on local labour markets", "reported": "Launch in Riga"}
UKRAINIAN = {"announced": "Круглий стіл про місцеві ринки праці", "reported": "Початок у Ризі"}


def build_events(tree):
    indexes = build_event_indexes(tree)
    practice = tree.get("practices", {}).get("app")
    soon = timezone.now().astimezone(RIGA).replace(hour=10, minute=0, second=0, microsecond=0)
    announced = make_event(
        indexes["pl"],
        title="Debata okrągłego stołu o lokalnych rynkach pracy",
        slug="debata",
        event_type="round-table",
        start=soon + datetime.timedelta(days=60),
        end=soon + datetime.timedelta(days=60, hours=3),
        registration_url="https://example.org/zapisy",
        registration_deadline=soon + datetime.timedelta(days=50),
        online_url="https://example.org/transmisja",
    )
    reported = make_event(
        indexes["pl"],
        title="Inauguracja w Rydze",
        slug="inauguracja",
        event_type="inauguration",
        time_zone="Europe/Riga",
        start=datetime.datetime(2021, 7, 1, 10, tzinfo=RIGA),
        end=datetime.datetime(2021, 7, 1, 13, tzinfo=RIGA),
        venue="Ratusz",
        city="Ryga",
        country="LV",
        latitude=56.9473,
        longitude=24.1069,
        participant_count=26,
        outcomes="<p>Omówiono działania pilotażowe.</p>",
        related_practices=[EventRelatedPractice(practice=practice)] if practice else [],
        presentations=[
            EventPresentation(
                speaker="Ērika Pičukāne",
                organisation="Łotewska Agencja Językowa",
                title="Aplikacja do nauki łotewskiego",
                practice=practice,
            )
        ],
    )
    pages = {"announced": announced, "reported": reported}
    for code, titles in (("en", ENGLISH), ("uk", UKRAINIAN)):
        locale = tree["locales"][code]
        for name, event in pages.items():
            source = EventPage.objects.get(pk=event.pk)
            translate_event(
                source,
                locale,
                title=titles[name],
                slug=name,
                presentations=[
                    EventPresentation(
                        translation_key=talk.translation_key,
                        speaker=talk.speaker,
                        organisation=f"{code} {talk.organisation}",
                        title=f"{code} {talk.title}",
                    )
                    for talk in source.presentations.all()
                ],
            )
    tree["events"] = pages
    return pages
