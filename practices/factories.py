from django.conf import settings

import wagtail_factories
from wagtail.models import Locale

import factory

from . import models


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Temat {n}")
    slug = factory.Sequence(lambda n: f"temat-{n}")
    locale = factory.LazyFunction(source_locale)

    class Meta:
        model = models.Topic


class ProgrammeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Program {n}")
    slug = factory.Sequence(lambda n: f"program-{n}")
    locale = factory.LazyFunction(source_locale)

    class Meta:
        model = models.Programme


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organizacja {n}")
    locale = factory.LazyFunction(source_locale)

    class Meta:
        model = models.Organisation


class PracticeFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Praktyka {n}")
    slug = factory.Sequence(lambda n: f"praktyka-{n}")
    summary = "Krótki opis praktyki."
    body = "<p>Opis.</p>"
    city = "Szczecin"
    region = "Zachodniopomorskie"
    country = "PL"
    latitude = 53.4285
    longitude = 14.5528
    area = models.IntegrationArea.INTERACTION
    locale = factory.LazyFunction(source_locale)
    live = True

    class Meta:
        model = models.Practice
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()


class PracticeLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Dobre praktyki"
    slug = "dobre-praktyki"
    introduction = "Biblioteka dobrych praktyk integracji."

    class Meta:
        model = models.PracticeLibraryPage
