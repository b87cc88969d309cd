"""The one site the whole browser suite reads: the shared tree plus each app's
pages. It is committed once per session, so every app adds its content here
rather than building a tree of its own."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile
from wagtail_localize.operations import translate_object

from home.localization import translate_with
from home.roles import MODERATORS, translator_group_name
from practices.factories import PracticeFactory
from practices.models import Practice
from stories.factories import StoryPageFactory
from tests.awards.base import build_awards
from tests.base import build_site_tree
from tests.events.browser_content import build_events
from tests.practices.base import build_library
from tests.stories.base import build_stories
from tests.topics.base import build_topic_content, build_topic_pages

PASSWORD = "browser-suite"


def build_practices(tree):
    build_library(tree)
    practice = PracticeFactory(
        title="Aplikacja do nauki łotewskiego",
        slug="aplikacja",
        city="Ryga",
        country="LV",
        latitude=56.9496,
        longitude=24.1052,
    )
    translate_with(
        practice,
        tree["locales"]["en"],
        Practice(
            title="Latvian learning app",
            slug="language-app",
            summary="An app.",
            body="<p>An app.</p>",
            city="Riga",
            region="West Pomerania",
        ),
    )
    PracticeFactory(title="Przewodnik dla nowoprzybyłych", slug="przewodnik")
    # A hostile title: it must reach the map popup as text, never as markup.
    hostile = PracticeFactory(
        title='<script>alert("x")</script> Gdańsk',
        slug="gdansk",
        city="Gdańsk",
        latitude=54.352,
        longitude=18.6466,
    )
    tree["practices"] = {"app": practice, "hostile": hostile}


def build_translation_desk(tree, newsroom):
    """A Ukrainian translator and a moderator (admin in English), and a story an
    editor has sent for translation into Ukrainian: nothing translated yet."""
    for username, group in [
        ("translator-uk", translator_group_name("uk")),
        ("moderator", MODERATORS),
    ]:
        user = get_user_model().objects.create_user(username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    story = StoryPageFactory(
        parent=newsroom["indexes"]["pl"],
        title="Inauguracja w Lublinie",
        slug="inauguracja-w-lublinie",
        standfirst="Flash mob otworzył w Lublinie prace nad strategią integracji.",
    )
    story.save_revision().publish()
    translate_object(story, [tree["locales"]["uk"]])
    tree["translation_desk"] = story


def build_topics(tree, newsroom):
    """A topic page in every language, and a topic ("housing") with stories, events
    and practices."""
    from events.models import EventIndexPage

    build_topic_pages(tree)
    event_index = EventIndexPage.objects.get(locale=tree["locales"]["pl"])
    build_topic_content(tree, newsroom, {"pl": event_index})


def build_public_site():
    tree = build_site_tree()
    build_practices(tree)
    build_events(tree)
    # Stories make the newsroom; award announcements join the same one.
    newsroom = build_stories(tree)
    build_awards(tree)
    build_topics(tree, newsroom)
    build_translation_desk(tree, newsroom)
    return tree
