"""Factories for events: tests, the demo content and the benchmark's bulk events
(``EventPageFactory.create_batch(1000, parent=index)``)."""

import datetime
import zoneinfo

import wagtail_factories

import factory

from . import models

WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Wydarzenia"
    slug = "wydarzenia"
    introduction = "Inauguracje, warsztaty, konferencje i spotkania."

    class Meta:
        model = models.EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A timed event in Warsaw time; one day apart by sequence, starting in 2020."""

    title = factory.Sequence(lambda n: f"Wydarzenie {n}")
    slug = factory.Sequence(lambda n: f"wydarzenie-{n}")
    event_type = models.EventType.WORKSHOP
    summary = "Krótki opis wydarzenia."
    time_zone = "Europe/Warsaw"
    start = factory.Sequence(
        lambda n: datetime.datetime(2020, 1, 1, 10, 0, tzinfo=WARSAW) + datetime.timedelta(days=n)
    )
    end = factory.LazyAttribute(
        lambda event: event.start + datetime.timedelta(hours=3) if event.start else None
    )
    venue = "Sala sesyjna"
    city = "Szczecin"
    country = "PL"
    latitude = 53.4285
    longitude = 14.5528

    class Meta:
        model = models.EventPage


class EventPresentationFactory(factory.django.DjangoModelFactory):
    speaker = factory.Sequence(lambda n: f"Prelegent {n}")
    organisation = "Urząd Miasta"
    title = factory.Sequence(lambda n: f"Prezentacja {n}")
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = models.EventPresentation
