"""Demo events from the seeds: an event index in every language and the events in
Polish, translated into English and Ukrainian through wagtail-localize. Loading
twice changes nothing."""

import json
import zoneinfo

from django.conf import settings

from wagtail.models import Locale

from home.localization import translate_with
from home.models import HomePage
from practices.demo_texts import ORGANISATIONS, PRACTICES, TOPICS
from practices.models import Organisation, Practice, Topic

from .demo_texts import EVENTS, INDEX
from .factories import EventIndexPageFactory, EventPageFactory
from .models import EventIndexPage, EventPage, EventPresentation, EventRelatedPractice

SOURCE = settings.LANGUAGE_CODE


def _practices(source):
    slugs = {entry["key"]: entry[SOURCE]["slug"] for entry in PRACTICES}
    by_slug = {p.slug: p for p in Practice.objects.filter(locale=source, slug__in=slugs.values())}
    return {key: by_slug[slug] for key, slug in slugs.items() if slug in by_slug}


def _organisations(source):
    names = {entry["key"]: entry[SOURCE]["name"] for entry in ORGANISATIONS}
    by_name = {o.name: o for o in Organisation.objects.filter(locale=source)}
    return {key: by_name[name] for key, name in names.items() if name in by_name}


def _topics(source):
    slugs = {entry["key"]: entry[SOURCE]["slug"] for entry in TOPICS}
    by_slug = {t.slug: t for t in Topic.objects.filter(locale=source, slug__in=slugs.values())}
    return {key: by_slug[slug] for key, slug in slugs.items() if slug in by_slug}


def _body(entry, code, practices):
    """Paragraphs, then a card for each practice the event presents; the same
    blocks in every language (translate_with lines them up by position)."""
    blocks = [{"type": "paragraph", "value": html} for html in entry[code]["body"]]
    blocks += [
        {"type": "practice", "value": {"practice": practices[key].pk}}
        for key in entry["practice_cards"]
        if key in practices
    ]
    return json.dumps(blocks)


def _when(entry):
    tz = zoneinfo.ZoneInfo(entry["time_zone"])
    if "start_date" in entry:
        return {
            "all_day": True,
            "start": None,
            "end": None,
            "start_date": entry["start_date"],
            "end_date": entry.get("end_date"),
        }
    end = entry.get("end")
    return {
        "all_day": False,
        "start": entry["start"].replace(tzinfo=tz),
        "end": end.replace(tzinfo=tz) if end else None,
    }


def _texts(entry, code):
    return {
        "title": entry[code]["title"],
        "slug": entry[code]["slug"],
        "summary": entry[code]["summary"],
        "outcomes": entry[code]["outcomes"],
        "venue": entry["venue"][code],
        "city": entry["city"][code],
    }


def _create(entry, index, practices, organisations, topics):
    latitude, longitude = entry["latlon"] or (None, None)
    event = EventPageFactory(
        parent=index,
        **_texts(entry, SOURCE),
        **_when(entry),
        event_type=entry["event_type"],
        time_zone=entry["time_zone"],
        body=_body(entry, SOURCE, practices),
        address="",
        country=entry["country"],
        latitude=latitude,
        longitude=longitude,
        participant_count=entry["participant_count"],
        related_practices=[
            EventRelatedPractice(practice=practices[key])
            for key in entry["related_practices"]
            if key in practices
        ],
        presentations=[
            EventPresentation(
                locale=index.locale,
                speaker=talk["speaker"],
                organisation=talk[SOURCE]["organisation"],
                title=talk[SOURCE]["title"],
                practice=practices.get(talk["practice"]),
                # Explicit order: translations are matched to these rows by position.
                sort_order=position,
            )
            for position, talk in enumerate(entry["presentations"])
        ],
        organisers=[organisations[key] for key in entry["organisers"] if key in organisations],
        partners=[organisations[key] for key in entry["partners"] if key in organisations],
        topics=[topics[key] for key in entry["topics"] if key in topics],
    )
    event.save_revision().publish()
    return event


def _translation(entry, event, code, practices):
    """An unsaved page holding ``event``'s texts in ``code``, shaped like the source."""
    return EventPage(
        **_texts(entry, code),
        body=_body(entry, code, practices),
        address="",
        presentations=[
            EventPresentation(
                translation_key=source_talk.translation_key,
                speaker=talk["speaker"],
                organisation=talk[code]["organisation"],
                title=talk[code]["title"],
            )
            for source_talk, talk in zip(
                event.presentations.order_by("sort_order", "pk"),
                entry["presentations"],
                strict=True,
            )
        ],
    )


def _needs_translation(page, locale):
    existing = page.get_translation_or_none(locale)
    return existing is None or existing.alias_of_id is not None


def load(stdout):
    source = Locale.objects.get(language_code=SOURCE)
    targets = list(Locale.objects.exclude(pk=source.pk))
    home = HomePage.objects.get(locale=source, depth=2)

    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        index = EventIndexPageFactory(parent=home, show_in_menus=True, **INDEX[SOURCE])
        index.save_revision().publish()
    for locale in targets:
        if _needs_translation(index, locale):
            values = INDEX[locale.language_code]
            translate_with(index, locale, EventIndexPage(show_in_menus=True, **values))

    practices = _practices(source)
    organisations = _organisations(source)
    topics = _topics(source)
    created = 0
    for entry in EVENTS:
        event = EventPage.objects.child_of(index).filter(slug=entry[SOURCE]["slug"]).first()
        if event is None:
            event = _create(entry, index, practices, organisations, topics)
            created += 1
        for locale in targets:
            if _needs_translation(event, locale):
                translate_with(
                    event, locale, _translation(entry, event, locale.language_code, practices)
                )
    if created:
        stdout.write(f"  created {created} events")
