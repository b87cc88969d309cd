#!/usr/bin/env python
"""Grow the benchmark database to the sizes the issues measure at: 2,000 practices,
1,000 stories and 1,000 events of the source language, demo content included.

Idempotent: it tops up to the targets, so a second run adds nothing. Deterministic:
item number N has the same text, place, topics and translation key whenever and
wherever it is made, whatever was made before it. Practices are bulk-inserted and
indexed for search in bulk; pages go through Wagtail's ``add_child`` (tree paths, URL
paths, search and reference index as an editor's page would have), batched in
transactions so that SQLite does not sync to disk once per page.

Run by ``bench/run.py --scale`` with the benchmark's environment; by hand:

    DJANGO_SETTINGS_MODULE=cms.settings.dev DATABASE_URL=sqlite:///bench/.bench.sqlite3 \\
        .venv/bin/python bench/scale.py --practices 2000 --stories 1000 --events 1000
"""

import argparse
import contextlib
import datetime
import os
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALE_SLUG_PREFIX = "bench-"
SEED = 2021
# Translation keys derive from this and the slug, so that they are the same on every run.
KEY_NAMESPACE = uuid.UUID("6f0d3c1e-4b8a-4d53-9a55-0d1b2e3f4a5b")
# Pages per transaction: large enough that commits cost nothing, small enough that an
# interrupted run keeps most of its work.
PAGES_PER_TRANSACTION = 100
# Scaled event number N starts N - 900 days after 1 January 2027.
EVENTS_BEFORE_2027 = 900
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


def item_rng(slug):
    """Each item draws from its own generator: its content does not depend on which
    items an earlier, perhaps interrupted, run made."""
    return random.Random(f"{SEED}-{slug}")


def translation_key(slug):
    return uuid.uuid5(KEY_NAMESPACE, slug)


def numbers_to_add(taken_slugs, slug_for, missing):
    """The ``missing`` lowest item numbers whose slug is not taken yet."""
    numbers = []
    number = 0
    while len(numbers) < missing:
        if slug_for(number) not in taken_slugs:
            numbers.append(number)
        number += 1
    return numbers


def practice_slug(number):
    return f"{SCALE_SLUG_PREFIX}{number}"


def story_slug(number):
    return f"{SCALE_SLUG_PREFIX}story-{number}"


def event_slug(number):
    return f"{SCALE_SLUG_PREFIX}event-{number}"


def source_locale():
    from wagtail.models import Locale

    return Locale.get_default()


def source_topics():
    from practices.models import Topic

    return list(Topic.objects.filter(locale=source_locale()).order_by("pk"))


def taken_slugs(model):
    return set(
        model.objects.filter(slug__startswith=SCALE_SLUG_PREFIX).values_list("slug", flat=True)
    )


def scale_practices(target, stdout):
    from django.db import transaction

    from wagtail.search.backends import get_search_backend

    from practices.models import IntegrationArea, Practice, Programme, StrategyFeature

    source = source_locale()
    existing = Practice.objects.filter(locale=source).count()
    missing = max(0, target - existing)
    if not missing:
        stdout.write(f"practices: {existing} already, nothing to add\n")
        return
    topics = source_topics()
    programmes = list(Programme.objects.filter(locale=source).order_by("pk"))
    practices, practice_topics = [], []
    for number in numbers_to_add(taken_slugs(Practice), practice_slug, missing):
        slug = practice_slug(number)
        rng = item_rng(slug)
        city, country, lat, lon = rng.choice(PLACES)
        mapped = number % 3 != 0
        practices.append(
            Practice(
                locale=source,
                translation_key=translation_key(slug),
                title=f"{sentence(rng, 5)[:-1]} {number}",
                slug=slug,
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
        practice_topics.append(rng.sample(topics, min(2, len(topics))))
    Through = Practice.topics.through
    with transaction.atomic():
        created = Practice.objects.bulk_create(practices, batch_size=500)
        Through.objects.bulk_create(
            [
                Through(practice_id=practice.pk, topic_id=topic.pk)
                for practice, chosen in zip(created, practice_topics, strict=True)
                for topic in chosen
            ],
            batch_size=1000,
        )
        # bulk_create sends no post_save: without this the library's search would
        # look through the demo's practices only.
        get_search_backend().add_bulk(Practice, created)
    stdout.write(f"practices: {existing} + {missing} = {existing + missing}\n")


def scale_pages(model, index_model, target, slug_for, build, stdout):
    """Top the ``model`` pages of the source language up to ``target``, under the
    source-language ``index_model`` page; ``build(number, slug, rng)`` makes one
    unsaved page."""
    from django.db import transaction

    source = source_locale()
    index = index_model.objects.filter(locale=source).first()
    if index is None:
        raise SystemExit(f"no {index_model.__name__} in {source}: load the demo content first")
    existing = model.objects.filter(locale=source).count()
    missing = max(0, target - existing)
    numbers = numbers_to_add(taken_slugs(model), slug_for, missing)
    with search_indexing_in_bulk(model) as index_batch:
        for start in range(0, len(numbers), PAGES_PER_TRANSACTION):
            with transaction.atomic():
                batch = []
                for number in numbers[start : start + PAGES_PER_TRANSACTION]:
                    slug = slug_for(number)
                    page = build(number, slug, item_rng(slug))
                    page.locale = source
                    page.translation_key = translation_key(slug)
                    batch.append(index.add_child(instance=page))
                index_batch(batch)
    stdout.write(f"{model._meta.verbose_name_plural}: {existing} + {missing}\n")


@contextlib.contextmanager
def search_indexing_in_bulk(model):
    """Index ``model``'s new pages once per batch instead of once per save: the
    database search backend recomputes its title norms over the table at every
    insert, a third of the time of a page. Yields the function that indexes a batch."""
    from django.db.models.signals import post_save

    from wagtail.search.backends import get_search_backend

    from modelsearch.signal_handlers import post_save_signal_handler

    deferred = post_save.disconnect(post_save_signal_handler, sender=model)

    def index_batch(pages):
        if deferred:
            get_search_backend().add_bulk(model, pages)

    try:
        yield index_batch
    finally:
        if deferred:
            post_save.connect(post_save_signal_handler, sender=model)


def build_story(topics):
    from django.utils import timezone

    from stories.factories import StoryPageFactory

    def build(number, slug, rng):
        story = StoryPageFactory.build(
            title=f"{sentence(rng, 6)[:-1]} {number}",
            slug=slug,
            standfirst=sentence(rng, 20),
            body=[
                {"type": "heading", "value": {"text": sentence(rng, 4), "anchor": ""}},
                *({"type": "paragraph", "value": f"<p>{sentence(rng, 60)}</p>"} for _ in range(5)),
            ],
            first_published_at=timezone.make_aware(datetime.datetime(2020, 1, 1))
            + datetime.timedelta(hours=number),
        )
        # A parental relation: saved with the page by add_child, no second save.
        story.topics.set(rng.sample(topics, min(2, len(topics))))
        return story

    return build


def build_event(topics):
    import zoneinfo

    from events.factories import EventPageFactory

    warsaw = zoneinfo.ZoneInfo("Europe/Warsaw")

    def build(number, slug, rng):
        # One a day, the first EVENTS_BEFORE_2027 before 2027 and the rest in it: the
        # index's past list fills its pages, its upcoming list is a busy calendar's.
        start = datetime.datetime(2027, 1, 1, 10, tzinfo=warsaw) + datetime.timedelta(
            days=number - EVENTS_BEFORE_2027
        )
        city, country, lat, lon = rng.choice(PLACES)
        event = EventPageFactory.build(
            title=f"{sentence(rng, 5)[:-1]} {number}",
            slug=slug,
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
        return event

    return build


def timed(label, work, stdout):
    started = time.monotonic()
    work()
    stdout.write(f"{label}: {time.monotonic() - started:.1f} s\n")


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

    from events.models import EventIndexPage, EventPage
    from stories.models import StoryIndexPage, StoryPage

    out = sys.stdout
    topics = source_topics()
    timed("practices took", lambda: scale_practices(args.practices, out), out)
    timed(
        "stories took",
        lambda: scale_pages(
            StoryPage, StoryIndexPage, args.stories, story_slug, build_story(topics), out
        ),
        out,
    )
    timed(
        "events took",
        lambda: scale_pages(
            EventPage, EventIndexPage, args.events, event_slug, build_event(topics), out
        ),
        out,
    )
    timed("statistics took", update_planner_statistics, out)
    return 0


def update_planner_statistics():
    """What autovacuum (PostgreSQL) or a scheduled ANALYZE (SQLite) does soon after a
    bulk load in production. Measured before it, the planner still believes the
    tables hold the demo's few rows: PostgreSQL joined the search index to 2,000
    practices by nested loop, 0.9 s a search instead of 17 ms.

    On PostgreSQL, VACUUM too: the load updates every row it creates (revisions,
    publishing), and a server without autovacuum (this machine's) keeps the dead
    versions. The practices table was twice its size, and the planner sent the
    library's first page to a parallel worker: 7 ms a query instead of 3."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


if __name__ == "__main__":
    sys.exit(main())
