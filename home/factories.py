import datetime

import wagtail_factories

import factory

from . import models


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Miasta i regiony na rzecz integracji"
    mission = "<p>Wspieranie integracji migrantów i uchodźców.</p>"

    class Meta:
        model = models.HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")
    introduction = "Krótki wstęp."

    class Meta:
        model = models.ContentPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Deklaracja dostępności"
    slug = "deklaracja-dostepnosci"
    entity_name = "Urząd Marszałkowski Województwa Zachodniopomorskiego"
    website_name = "Miasta i regiony na rzecz integracji"
    published_on = datetime.date(2026, 11, 23)
    updated_on = datetime.date(2026, 11, 23)
    prepared_on = datetime.date(2026, 11, 23)
    status = models.AccessibilityStatementPage.Status.PARTIAL
    non_accessible_content = "<p>Niektóre starsze dokumenty PDF.</p>"
    contact_person = "Zespół redakcyjny"
    contact_email = "redakcja@example.org"
    complaint_procedure = "<p>Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności.</p>"

    class Meta:
        model = models.AccessibilityStatementPage


class SiteIdentityFactory(factory.django.DjangoModelFactory):
    site_name = "Miasta i regiony na rzecz integracji"
    tagline = "#Region4Integration"
    funding_notice = "Inicjatywa realizowana we współpracy z Komisją Europejską."

    class Meta:
        model = models.SiteIdentity
