"""Demo newsroom from the seeds: the editorial team, the claims register, a
newsroom and a "claims we checked" page in every language, and four stories
(two fact-checks, news, a narrative), translated through wagtail-localize."""

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale

from home.languages import sync_languages
from home.localization import translate_with
from home.models import HomePage
from practices.demo_texts import PRACTICES, TOPICS
from practices.models import Practice, Topic

from .demo_awards import load_awards
from .demo_texts import CLAIMS, CLAIMS_PAGE, INDEX, PEOPLE, STORIES, localised
from .factories import (
    ClaimFactory,
    ClaimsPageFactory,
    PersonFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)
from .models import Claim, ClaimsPage, Person, StoryIndexPage, StoryPage

SOURCE = settings.LANGUAGE_CODE


def _translate(instance, locales, values_for):
    """Translate ``instance`` into each locale that has no real translation yet."""
    for locale in locales:
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            continue
        translate_with(instance, locale, type(instance)(**values_for(locale.language_code)))


def _source_records(model, entries):
    return {
        entry["key"]: model.objects.get(locale__language_code=SOURCE, slug=entry[SOURCE]["slug"])
        for entry in entries
    }


def _resolve(value, practices, stories):
    """Replace ("practice", key) and ("story", key) references by primary keys."""
    if isinstance(value, tuple) and len(value) == 2 and value[0] in ("practice", "story"):
        records = practices if value[0] == "practice" else stories
        return records[value[1]].pk
    if isinstance(value, dict):
        return {key: _resolve(item, practices, stories) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolve(item, practices, stories) for item in value]
    return value


def _body(entry, code, practices, stories):
    return [
        {"type": block_type, "value": _resolve(localised(value, code), practices, stories)}
        for block_type, value in entry["body"]
    ]


def _with_source_ids(translated, source):
    """Give translated list items the ids of the source's: wagtail-localize names a
    list item's segments by its id, and ``translate_with`` aligns only the body's
    top-level blocks."""
    if isinstance(source, dict) and isinstance(translated, dict):
        return {key: _with_source_ids(value, source.get(key)) for key, value in translated.items()}
    if isinstance(source, list) and isinstance(translated, list):
        if source and all(isinstance(item, dict) and item.get("type") == "item" for item in source):
            return [
                {"type": "item", "value": _with_source_ids(value, item["value"]), "id": item["id"]}
                for value, item in zip(translated, source, strict=True)
            ]
        return [_with_source_ids(t, s) for t, s in zip(translated, source, strict=True)]
    return translated


def _translated_body(story, entry, code, practices, stories):
    source_blocks = story.body.raw_data
    return [
        {"type": block["type"], "value": _with_source_ids(block["value"], source["value"])}
        for block, source in zip(_body(entry, code, practices, stories), source_blocks, strict=True)
    ]


def _child(parent, model, factory, values):
    page = model.objects.child_of(parent).filter(slug=values["slug"]).first()
    if page is None:
        page = factory(parent=parent, **values)
        page.save_revision().publish()
    return page


def load(stdout):
    source = Locale.objects.get(language_code=SOURCE)
    targets = list(Locale.objects.exclude(pk=source.pk))
    topics = _source_records(Topic, TOPICS)
    practices = _source_records(Practice, PRACTICES)

    people = {}
    for entry in PEOPLE:
        person = Person.objects.filter(locale=source, slug=entry[SOURCE]["slug"]).first()
        if person is None:
            person = PersonFactory(locale=source, **entry[SOURCE])
        _translate(person, targets, lambda code, entry=entry: entry[code])
        people[entry["key"]] = person

    claims = {}
    for entry in CLAIMS:
        claim = Claim.objects.filter(locale=source, slug=entry[SOURCE]["slug"]).first()
        if claim is None:
            claim = ClaimFactory(
                locale=source,
                verdict=entry["verdict"],
                seen_on=entry["seen_on"],
                topics=[topics[key] for key in entry["topics"]],
                **entry[SOURCE],
            )
        _translate(claim, targets, lambda code, entry=entry: entry[code])
        claims[entry["key"]] = claim

    home = HomePage.objects.get(locale=source, depth=2)
    index = _child(
        home, StoryIndexPage, StoryIndexPageFactory, {**INDEX[SOURCE], "show_in_menus": True}
    )
    claims_page = _child(
        home, ClaimsPage, ClaimsPageFactory, {**CLAIMS_PAGE[SOURCE], "show_in_menus": True}
    )

    stories = {}
    created = 0
    for entry in STORIES:
        story = StoryPage.objects.child_of(index).filter(slug=entry[SOURCE]["slug"]).first()
        if story is None:
            story = StoryPageFactory(
                parent=index,
                kind=entry["kind"],
                claim=claims.get(entry["claim"]),
                first_published_at=timezone.make_aware(entry["published"]),
                body=_body(entry, SOURCE, practices, stories),
                topics=[topics[key] for key in entry["topics"]],
                authors=[people["editorial-team"]],
                **entry[SOURCE],
            )
            for key in entry["practices"]:
                story.related_practices.create(practice=practices[key])
            for key in entry["related"]:
                story.related_stories.create(story=stories[key])
            story.save_revision().publish()
            created += 1
        # Read back: list items get their ids when saved, and translations refer to them.
        stories[entry["key"]] = StoryPage.objects.get(pk=story.pk)
    if created:
        stdout.write(f"  created {created} stories")

    # The newsroom opens on the fact-check that answers the region's most common claim.
    if index.featured_story_id is None:
        index.featured_story = stories["region-fact-check"]
        index.save_revision().publish()

    for page, texts in ((index, INDEX), (claims_page, CLAIMS_PAGE)):
        _translate(page, targets, lambda code, texts=texts: {**texts[code], "show_in_menus": True})
    for entry in STORIES:
        _translate(
            stories[entry["key"]],
            targets,
            lambda code, entry=entry: {
                **entry[code],
                "body": _translated_body(stories[entry["key"]], entry, code, practices, stories),
            },
        )
    load_awards(stdout)
    # Anything added above and not translated becomes a copy in every language.
    sync_languages()
