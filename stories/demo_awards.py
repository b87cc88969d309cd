"""Demo award announcement: Miasta Otwarte 2015 (seed 002), in Polish, translated into
English and Ukrainian through wagtail-localize. Safe to run again: what exists is kept.

The stories app's ``demo.load`` calls ``load_awards`` after the practices are loaded:
laureates link to the library's practices."""

from django.conf import settings

from wagtail.models import Locale, Page

from home.localization import translate_with
from home.models import HomePage
from practices.models import Organisation, Practice

from .award_factories import AwardAnnouncementPageFactory
from .awards import AwardAnnouncementPage, JuryMember, Laureate
from .demo_awards_texts import (
    AWARD,
    CEREMONY_DATE,
    CEREMONY_EVENT_SLUG,
    INDEX,
    JURY,
    LAUREATES,
    ORGANISER_NAME,
    YEAR,
)
from .models import StoryIndexPage

SOURCE = settings.LANGUAGE_CODE


def _needs_translation(page, locale):
    """No translation yet, or only the untranslated copy wagtail-localize keeps in sync."""
    existing = page.get_translation_or_none(locale)
    return existing is None or existing.alias_of_id is not None


def story_index(source, targets):
    """The newsroom the announcement sits in, found by its slug or made once."""
    index = StoryIndexPage.objects.filter(locale=source, slug=INDEX[SOURCE]["slug"]).first()
    if index is None:
        home = HomePage.objects.get(locale=source, depth=2)
        index = home.add_child(instance=StoryIndexPage(show_in_menus=True, **INDEX[SOURCE]))
        index.save_revision().publish()
    for locale in targets:
        if _needs_translation(index, locale):
            code = locale.language_code
            translate_with(index, locale, StoryIndexPage(show_in_menus=True, **INDEX[code]))
    return index


def _fields(code):
    texts = AWARD[code]
    return {
        "title": texts["title"],
        "slug": texts["slug"],
        "award_name": texts["award_name"],
        "edition": texts["edition"],
        "introduction": texts["introduction"],
        "criteria": texts["criteria"],
        "ceremony_venue": texts["ceremony_venue"],
        "body": texts["body"],
    }


def load_awards(stdout):
    source = Locale.objects.get(language_code=SOURCE)
    targets = list(Locale.objects.exclude(pk=source.pk))
    index = story_index(source, targets)

    page = AwardAnnouncementPage.objects.filter(locale=source, slug=AWARD[SOURCE]["slug"]).first()
    if page is None:
        practices = {
            practice.slug: practice
            for practice in Practice.objects.filter(
                locale=source, live=True, slug__in=[entry["practice"] for entry in LAUREATES]
            )
        }
        page = AwardAnnouncementPageFactory(
            parent=index,
            year=YEAR,
            # The ceremony's page from the events demo, loaded before this one.
            ceremony=Page.objects.filter(locale=source, slug=CEREMONY_EVENT_SLUG).first(),
            ceremony_date=CEREMONY_DATE,
            organiser=Organisation.objects.filter(locale=source, name=ORGANISER_NAME).first(),
            **_fields(SOURCE),
        )
        # Explicit order: the translations below are matched to these rows by position.
        page.jury = [
            JuryMember(name=member["name"], sort_order=position, **member[SOURCE])
            for position, member in enumerate(JURY)
        ]
        page.laureates = [
            Laureate(
                recognised_for=entry[SOURCE],
                practice=practices.get(entry["practice"]),
                sort_order=position,
            )
            for position, entry in enumerate(LAUREATES)
        ]
        page.save_revision().publish()
        stdout.write("  created the Miasta Otwarte 2015 award announcement")
        page = AwardAnnouncementPage.objects.get(pk=page.pk)

    jury = list(page.jury.order_by("sort_order", "pk"))
    laureates = list(page.laureates.order_by("sort_order", "pk"))
    for locale in targets:
        if not _needs_translation(page, locale):
            continue
        code = locale.language_code
        translated = AwardAnnouncementPage(**_fields(code))
        translated.jury = [
            JuryMember(translation_key=member.translation_key, name=member.name, **texts[code])
            for member, texts in zip(jury, JURY, strict=True)
        ]
        translated.laureates = [
            Laureate(translation_key=laureate.translation_key, recognised_for=entry[code])
            for laureate, entry in zip(laureates, LAUREATES, strict=True)
        ]
        translate_with(page, locale, translated)
