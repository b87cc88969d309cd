"""Demo content of the practice library: taxonomy, the practices of the seeds and a
library page in every language, translated through wagtail-localize."""

from django.conf import settings

from wagtail.models import Locale

from home.localization import translate_with
from home.models import HomePage

from .demo_texts import ORGANISATIONS, PRACTICES, PROGRAMMES, TOPICS
from .factories import (
    OrganisationFactory,
    PracticeFactory,
    PracticeLibraryPageFactory,
    ProgrammeFactory,
    TopicFactory,
)
from .models import Organisation, Practice, PracticeLibraryPage, Programme, Topic

SOURCE = settings.LANGUAGE_CODE

LIBRARY = {
    "pl": {
        "title": "Dobre praktyki",
        "slug": "dobre-praktyki",
        "introduction": (
            "Przykłady działań miast i regionów na rzecz integracji migrantów i uchodźców: "
            "filtruj według obszaru, tematu, kraju, programu i roku."
        ),
    },
    "en": {
        "title": "Good practices",
        "slug": "good-practices",
        "introduction": (
            "Examples of what cities and regions do to integrate migrants and refugees: "
            "filter by area, topic, country, programme and year."
        ),
    },
    "uk": {
        "title": "Добрі практики",
        "slug": "dobri-praktyky",
        "introduction": (
            "Приклади того, що роблять міста й регіони для інтеграції мігрантів і біженців: "
            "фільтруйте за сферою, темою, країною, програмою та роком."
        ),
    },
}


def _translate(instance, locales, values_for):
    for locale in locales:
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            continue
        translate_with(instance, locale, type(instance)(**values_for(locale.language_code)))


def _taxonomy(model, factory, entries, locales, fields):
    """Create each entry in the source language (once) and translate it."""
    by_key = {}
    for entry in entries:
        values = {field: entry[SOURCE][field] for field in fields if field in entry[SOURCE]}
        extra = {name: entry[name] for name in ("website", "role") if name in entry}
        lookup = {"name": values["name"]} if "slug" not in values else {"slug": values["slug"]}
        instance = model.objects.filter(locale__language_code=SOURCE, **lookup).first()
        if instance is None:
            instance = factory(**values, **extra)
        _translate(
            instance,
            locales,
            lambda code, entry=entry: {
                field: entry[code][field] for field in fields if field in entry[code]
            },
        )
        by_key[entry["key"]] = instance
    return by_key


def load(stdout):
    source = Locale.objects.get(language_code=SOURCE)
    targets = list(Locale.objects.exclude(pk=source.pk))

    topics = _taxonomy(Topic, TopicFactory, TOPICS, targets, ["name", "slug"])
    programmes = _taxonomy(
        Programme, ProgrammeFactory, PROGRAMMES, targets, ["name", "slug", "description"]
    )
    organisations = _taxonomy(Organisation, OrganisationFactory, ORGANISATIONS, targets, ["name"])

    created = 0
    for entry in PRACTICES:
        practice = Practice.objects.filter(locale=source, slug=entry[SOURCE]["slug"]).first()
        if practice is None:
            practice = PracticeFactory(
                **entry[SOURCE],
                city=entry["city"][SOURCE],
                region=entry["region"][SOURCE],
                country=entry["country"],
                latitude=entry["latitude"],
                longitude=entry["longitude"],
                area=entry["area"],
                features=entry["features"],
                programme=programmes.get(entry["programme"]),
                organisation=organisations.get(entry["organisation"]),
                year=entry["year"],
                website=entry["website"],
                contact=entry["contact"],
                topics=[topics[key] for key in entry["topics"]],
            )
            practice.save_revision().publish()
            created += 1
        _translate(
            practice,
            targets,
            lambda code, entry=entry: {
                **entry[code],
                "city": entry["city"][code],
                "region": entry["region"][code],
            },
        )
    if created:
        stdout.write(f"  created {created} practices")

    home = HomePage.objects.get(locale=source, depth=2)
    library = PracticeLibraryPage.objects.child_of(home).first()
    if library is None:
        library = PracticeLibraryPageFactory(parent=home, show_in_menus=True, **LIBRARY[SOURCE])
        library.save_revision().publish()
    _translate(library, targets, lambda code: LIBRARY[code])
