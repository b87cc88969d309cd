"""Factories for the newsroom, used by tests, the demo content and the benchmark.
``StoryPageFactory.create_batch(1000, parent=index)`` fills a newsroom quickly."""

import datetime

from django.utils import timezone

import wagtail_factories

import factory

from practices.factories import source_locale

from . import models
from .verdicts import Verdict


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Redakcja {n}")
    slug = factory.Sequence(lambda n: f"redakcja-{n}")
    role = "Redakcja serwisu"
    bio = "Zespół redakcyjny serwisu."
    locale = factory.LazyFunction(source_locale)

    class Meta:
        model = models.Person


class ClaimFactory(factory.django.DjangoModelFactory):
    text = factory.Sequence(lambda n: f"Twierdzenie numer {n}")
    slug = factory.Sequence(lambda n: f"twierdzenie-{n}")
    appearance = "komentarze w mediach społecznościowych"
    seen_on = datetime.date(2026, 11, 2)
    verdict = Verdict.FALSE
    locale = factory.LazyFunction(source_locale)

    class Meta:
        model = models.Claim
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktualności"
    slug = "aktualnosci"
    introduction = "Wiadomości, opowieści i sprawdzone fakty."

    class Meta:
        model = models.StoryIndexPage


class ClaimsPageFactory(wagtail_factories.PageFactory):
    title = "Sprawdzamy fakty"
    slug = "sprawdzamy-fakty"
    introduction = "Twierdzenia o migracji, które sprawdziliśmy."

    class Meta:
        model = models.ClaimsPage


class StoryPageFactory(wagtail_factories.PageFactory):
    """A live story, first published a day after the one before it."""

    title = factory.Sequence(lambda n: f"Historia {n}")
    slug = factory.Sequence(lambda n: f"historia-{n}")
    kind = models.StoryPage.Kind.NEWS
    standfirst = "Krótkie wprowadzenie do historii."
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "Co się stało", "anchor": ""}},
            {"type": "paragraph", "value": "<p>Treść historii.</p>"},
        ]
    )
    first_published_at = factory.Sequence(
        lambda n: timezone.make_aware(datetime.datetime(2026, 1, 1)) + datetime.timedelta(days=n)
    )
    live = True

    class Meta:
        model = models.StoryPage
        skip_postgeneration_save = True

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if create and extracted:
            for person in extracted:
                models.StoryAuthor(page=self, person=person).save()

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()
