#!/usr/bin/env python
"""Grow the benchmark database to the sizes the issues measure at: 2,000 practices,
1,000 stories and 1,000 events on top of the demo content (source language).
Idempotent: it tops up to the target, so a second run adds nothing.

Run by ``bench/run.py --scale`` with the benchmark's environment; by hand:

    DJANGO_SETTINGS_MODULE=cms.settings.dev DATABASE_URL=sqlite:///bench/.bench.sqlite3 \\
        .venv/bin/python bench/scale.py --practices 2000 --stories 1000 --events 1000
"""

import argparse
import os
import random
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALE_SLUG_PREFIX = "bench-"
# Cities the seeds name, so the map spreads over the region the site is about.
PLACES = [
    ("Ryga", "LV", 56.9496, 24.1052),
    ("Lublin", "PL", 51.2465, 22.5684),
    ("Szczecin", "PL", 53.4285, 14.5528),
    ("Wrocław", "PL", 51.1079, 17.0385),
    ("Gdańsk", "PL", 54.3520, 18.6466),
    ("Poznań", "PL", 52.4064, 16.9252),
    ("Amadora", "PT", 38.7538, -9.2308),
    ("Jelgava", "LV", 56.6511, 23.7214),
    ("Kalamaria", "GR", 40.5825, 22.9503),
    ("Sankt Pölten", "AT", 48.2047, 15.6256),
]
WORDS = [
    "integracja",
    "migranci",
    "miasto",
    "region",
    "szkoła",
    "praca",
    "mieszkanie",
    "język",
    "zdrowie",
    "urząd",
    "partnerstwo",
    "dialog",
    "młodzież",
    "kobiety",
    "przedsiębiorczość",
    "sąsiedztwo",
    "kultura",
    "sport",
    "doradztwo",
    "informacja",
    "wolontariat",
    "biblioteka",
    "mentoring",
    "staż",
    "dzielnica",
]


def sentence(rng, words=12):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def scale_practices(target, rng, stdout):
    from django.db import transaction

    from wagtail.models import Locale

    from practices.models import IntegrationArea, Practice, Programme, StrategyFeature, Topic

    source = Locale.get_default()
    existing = Practice.objects.filter(locale=source).count()
    missing = max(0, target - existing)
    if not missing:
        stdout.write(f"practices: {existing} already, nothing to add\n")
        return
    topics = list(Topic.objects.filter(locale=source))
    programmes = list(Programme.objects.filter(locale=source))
    start = Practice.objects.filter(slug__startswith=SCALE_SLUG_PREFIX).count()
    practices = []
    for number in range(start, start + missing):
        city, country, lat, lon = rng.choice(PLACES)
        mapped = number % 3 != 0
        practices.append(
            Practice(
                locale=source,
                translation_key=uuid.uuid4(),
                title=f"{sentence(rng, 5)[:-1]} {number}",
                slug=f"{SCALE_SLUG_PREFIX}{number}",
                summary=sentence(rng, 25),
                body="".join(f"<p>{sentence(rng, 40)}</p>" for _ in range(4)),
                city=city,
                country=country,
                latitude=lat + rng.uniform(-0.05, 0.05) if mapped else None,
                longitude=lon + rng.uniform(-0.05, 0.05) if mapped else None,
                area=rng.choice(IntegrationArea.values),
                features=rng.sample(StrategyFeature.values, 2),
                programme=rng.choice(programmes) if programmes else None,
                year=rng.randint(2010, 2026),
                live=True,
            )
        )
    Through = Practice.topics.through
    with transaction.atomic():
        created = Practice.objects.bulk_create(practices, batch_size=500)
        Through.objects.bulk_create(
            [
                Through(practice_id=practice.pk, topic_id=topic.pk)
                for practice in created
                for topic in rng.sample(topics, min(2, len(topics)))
            ],
            batch_size=1000,
        )
    stdout.write(f"practices: {existing} + {missing} = {existing + missing}\n")


def scale_pages(model, index_model, target, make, stdout):
    """Top the live ``model`` pages of the source language up to ``target``, under
    the source-language ``index_model`` page; ``make(parent, number)`` adds one."""
    from wagtail.models import Locale

    source = Locale.get_default()
    index = index_model.objects.get(locale=source)
    existing = model.objects.filter(locale=source).count()
    missing = max(0, target - existing)
    start = model.objects.filter(slug__startswith=SCALE_SLUG_PREFIX).count()
    for number in range(start, start + missing):
        make(index, number)
    stdout.write(f"{model._meta.verbose_name_plural}: {existing} + {missing}\n")


def source_topics():
    from wagtail.models import Locale

    from practices.models import Topic

    return list(Topic.objects.filter(locale=Locale.get_default()).order_by("pk"))


def make_story(rng):
    import datetime

    from django.utils import timezone

    from stories.factories import StoryPageFactory

    topics = source_topics()

    def make(index, number):
        StoryPageFactory(
            parent=index,
            topics=rng.sample(topics, min(2, len(topics))),
            title=f"{sentence(rng, 6)[:-1]} {number}",
            slug=f"{SCALE_SLUG_PREFIX}story-{number}",
            standfirst=sentence(rng, 20),
            body=[
                {"type": "heading", "value": {"text": sentence(rng, 4), "anchor": ""}},
                *({"type": "paragraph", "value": f"<p>{sentence(rng, 60)}</p>"} for _ in range(5)),
            ],
            first_published_at=timezone.make_aware(datetime.datetime(2020, 1, 1))
            + datetime.timedelta(hours=number),
        )

    return make


def make_event(rng):
    import datetime
    import zoneinfo

    from events.factories import EventPageFactory

    warsaw = zoneinfo.ZoneInfo("Europe/Warsaw")
    topics = source_topics()

    def make(index, number):
        # Half before and half after the end of 2026: both lists of the index fill up.
        start = datetime.datetime(2024, 1, 1, 10, tzinfo=warsaw) + datetime.timedelta(days=number)
        city, country, lat, lon = rng.choice(PLACES)
        event = EventPageFactory(
            parent=index,
            title=f"{sentence(rng, 5)[:-1]} {number}",
            slug=f"{SCALE_SLUG_PREFIX}event-{number}",
            summary=sentence(rng, 20),
            start=start,
            end=start + datetime.timedelta(hours=3),
            city=city,
            country=country,
            latitude=lat,
            longitude=lon,
        )
        # Topic pages gather events by topic, so scaled events have them too.
        event.topics.set(rng.sample(topics, min(2, len(topics))))
        event.save()

    return make


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practices", type=int, default=2000)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--events", type=int, default=1000)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    # The same content on every run and every machine.
    rng = random.Random(2021)
    scale_practices(args.practices, rng, sys.stdout)

    from events.models import EventIndexPage, EventPage
    from stories.models import StoryIndexPage, StoryPage

    scale_pages(StoryPage, StoryIndexPage, args.stories, make_story(rng), sys.stdout)
    scale_pages(EventPage, EventIndexPage, args.events, make_event(rng), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
