"""Factories for award announcements (the story factories live with the stories)."""

import datetime

import wagtail_factories

import factory

from .awards import AwardAnnouncementPage, JuryMember, Laureate


class AwardAnnouncementPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nagroda {n}")
    award_name = "Miasta Otwarte"
    edition = "II edycja"
    year = 2015
    introduction = "Jury docenia działania samorządów."
    criteria = "<p>Kompleksowość i skuteczność.</p>"
    ceremony_date = datetime.datetime(2015, 5, 14, 13, 30, tzinfo=datetime.UTC)
    ceremony_venue = "Synagoga pod Białym Bocianem, Wrocław"

    class Meta:
        model = AwardAnnouncementPage


class JuryMemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Juror {n}")
    background = "Kenijka"
    city = "Łódź"

    class Meta:
        model = JuryMember


class LaureateFactory(factory.django.DjangoModelFactory):
    municipality = factory.Sequence(lambda n: f"Miasto {n}")
    recognised_for = "Miejski punkt obsługi cudzoziemców"

    class Meta:
        model = Laureate
