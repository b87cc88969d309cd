"""The topic pages' test site (newsroom, events, library, topics in every
language, a private story among them), plus a story, an event and a practice
that draw every relation their pages show, and a way to add listed items."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import wagtail_factories

import pytest

from events.factories import EventPresentationFactory
from events.models import EventPhoto
from home.languages import sync_languages
from practices.factories import OrganisationFactory, PracticeFactory, ProgrammeFactory
from stories.award_factories import (
    AwardAnnouncementPageFactory,
    JuryMemberFactory,
    LaureateFactory,
)
from stories.factories import PersonFactory
from tests.topics.base import FUTURE, PAST, TopicTestCase, make_event, make_story

# What issue 8 allows a detail page, read by an anonymous reader, uncached.
DETAIL_PAGE_QUERIES = 12


def rich_story(newsroom, content, practices):
    """A story with authors, topics, tags, related stories and practices, and a
    body naming a practice and a fact-check."""
    housing, health = content["housing"]["pl"], content["health"]
    story = make_story(
        newsroom["indexes"]["pl"],
        [housing, health],
        title="Wszystko o mieszkaniach",
        slug="wszystko-o-mieszkaniach",
        authors=[newsroom["person"]["pl"], PersonFactory()],
        body=[
            {"type": "heading", "value": {"text": "Co się stało", "anchor": ""}},
            {"type": "paragraph", "value": "<p>Treść.</p>"},
            {"type": "practice", "value": {"practice": practices[0].pk}},
            {
                "type": "myth_fact",
                "value": {
                    "claim": "Nikt tego nie robi",
                    "verdict": "false",
                    "explanation": "<p>Robi.</p>",
                    "sources": [{"title": "EPI", "url": "https://example.org"}],
                    "fact_check": newsroom["fact_check"]["pl"].pk,
                },
            },
        ],
    )
    story.tags.add("mieszkania", "integracja")
    for practice in practices[1:]:
        story.related_practices.create(practice=practice)
    story.related_stories.create(story=newsroom["news"]["pl"])
    story.related_stories.create(story=content["story"]["pl"])
    story.save_revision().publish()
    return story


def rich_event(event_indexes, content, practices):
    """An event with organisers, partners, presentations naming practices,
    photos, topics and related practices."""
    event = make_event(
        event_indexes["pl"],
        [content["housing"]["pl"], content["health"]],
        PAST,
        title="Forum z relacją",
        slug="forum-z-relacja",
        participant_count=40,
        outcomes="<p>Wnioski.</p>",
    )
    event.organisers.set([OrganisationFactory(), OrganisationFactory()])
    event.partners.set([OrganisationFactory()])
    for practice in practices:
        EventPresentationFactory(page=event, practice=practice)
        event.related_practices.create(practice=practice)
    for _ in range(2):
        EventPhoto.objects.create(
            page=event,
            locale=event.locale,
            image=wagtail_factories.ImageFactory(),
            alt_text="Uczestnicy forum",
        )
    event.save_revision().publish()
    return event


def rich_award(newsroom, event, practices):
    """An award announcement with its jury, laureates, organiser and ceremony."""
    award = AwardAnnouncementPageFactory(
        parent=newsroom["indexes"]["pl"],
        slug="miasta-otwarte",
        organiser=OrganisationFactory(),
        ceremony=event,
    )
    for practice in practices[:2]:
        LaureateFactory(page=award, practice=practice, locale=award.locale)
        JuryMemberFactory(page=award, locale=award.locale)
    award.related_practices.create(practice=practices[2])
    award.save_revision().publish()
    return award


def rich_practice(content):
    practice = content["practice"]["pl"]
    practice.programme = ProgrammeFactory()
    practice.organisation = OrganisationFactory()
    practice.topics.add(content["health"])
    practice.save()  # relations are written with the practice
    return practice


def add_listed_items(newsroom, event_indexes, content, number):
    """``number`` stories, events and practices about housing (stories with
    authors and tags, events to come and past) and one award announcement."""
    housing = content["housing"]["pl"]
    person = newsroom["person"]["pl"]
    for n in range(number):
        story = make_story(
            newsroom["indexes"]["pl"],
            [housing],
            title=f"Mieszkania, odcinek {n}",
            authors=[person],
        )
        story.tags.add("mieszkania")
        story.save_revision().publish()
        start = FUTURE if n % 2 else PAST
        make_event(
            event_indexes["pl"],
            [housing],
            start + datetime.timedelta(days=n),
            title=f"Mieszkania {n}",
        )
        PracticeFactory(title=f"Mieszkania w praktyce {n}", topics=[housing])
    # The newest item: every first page of the newsroom and its feeds shows
    # both kinds of item, whatever the number of stories.
    award = AwardAnnouncementPageFactory(
        parent=newsroom["indexes"]["pl"],
        first_published_at=story.first_published_at + datetime.timedelta(hours=1),
    )
    LaureateFactory(page=award, practice=PracticeFactory(topics=[housing]), locale=award.locale)
    award.save_revision().publish()


class RichSiteTestCase(TopicTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            practices = [PracticeFactory(topics=[cls.content["health"]]) for _ in range(3)]
            cls.story = rich_story(cls.newsroom, cls.content, practices)
            cls.event = rich_event(cls.event_indexes, cls.content, practices)
            cls.practice = rich_practice(cls.content)
            cls.award = rich_award(cls.newsroom, cls.event, practices)
            add_listed_items(cls.newsroom, cls.event_indexes, cls.content, 10)
            # New pages become copies in the other languages, as on the real site.
            sync_languages()

    @pytest.fixture(autouse=True)
    def _query_limits(self, django_assert_max_num_queries):
        self.assert_max_queries = django_assert_max_num_queries

    def count_queries(self, url):
        """The queries of a second (warm) request of ``url``: the first fills the
        caches a running site keeps full."""
        self.assertEqual(self.client.get(url).status_code, 200, url)
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200, url)
        return len(queries)
