"""The shared site plus an event index and a newsroom in Polish, users in the
real roles (home.roles), and makers for everything the desk lists."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.users.models import UserProfile

from bs4 import BeautifulSoup

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage
from home.factories import ContentPageFactory
from home.roles import EDITORS, MODERATORS, translator_group_name
from practices.factories import PracticeFactory
from practices.forms import PracticeSuggestionForm
from practices.models import IntegrationArea, Practice
from practices.suggestions import create_proposal
from stories.factories import ClaimFactory, StoryIndexPageFactory, StoryPageFactory
from stories.models import StoryPage
from tests.base import SiteTestCase

DAY = datetime.timedelta(days=1)


def make_user(username, group_name=None, **extra):
    user = get_user_model().objects.create_user(username, password="x", **extra)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    # The admin in English, so tests can read its words.
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


def edit_url(obj):
    if isinstance(obj, Practice):
        return reverse("wagtailsnippets_practices_practice:edit", args=[obj.pk])
    return reverse("wagtailadmin_pages:edit", args=[obj.pk])


class DeskTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        home = cls.tree["home"]["pl"]
        cls.events = EventIndexPageFactory(parent=home)
        cls.events.save_revision().publish()
        cls.newsroom = StoryIndexPageFactory(parent=home)
        cls.newsroom.save_revision().publish()
        cls.editor = make_user("editor", EDITORS)
        cls.other_editor = make_user("other-editor", EDITORS)
        cls.moderator = make_user("moderator", MODERATORS)
        cls.translator = make_user("translator", translator_group_name("uk"))
        cls.admin = make_user("admin", is_superuser=True)

    # --- makers ---------------------------------------------------------------

    def past_event(self, **values):
        """A live event that ended yesterday, with no report unless ``values`` give one."""
        start = timezone.now() - 2 * DAY
        event = EventPageFactory(parent=self.events, start=start, end=start + DAY, **values)
        event.save_revision().publish()
        return EventPage.objects.get(pk=event.pk)

    def future_event(self):
        start = timezone.now() + 2 * DAY
        event = EventPageFactory(parent=self.events, start=start, end=start + DAY)
        event.save_revision().publish()
        return event

    def suggestion(self, title):
        form = PracticeSuggestionForm(
            {
                "title": title,
                "summary": "Spotkania przy kawie.",
                "area": IntegrationArea.INTERACTION,
                "description": "Co tydzień w bibliotece.",
                "website": "",
                "city": "Szczecin",
                "country": "PL",
                "name": "Anna Nowak",
                "email": "anna@example.org",
                "consent": "on",
                "notes": "",
            }
        )
        self.assertTrue(form.is_valid(), form.errors)
        return create_proposal(form, self.locales["pl"])

    def fact_check(self, verdict="", **values):
        claim = ClaimFactory(verdict=verdict)
        story = StoryPageFactory(
            parent=self.newsroom, kind=StoryPage.Kind.FACT_CHECK, claim=claim, **values
        )
        story.save_revision().publish()
        return story

    def draft(self, user, title):
        """A page whose unpublished changes ``user`` made."""
        page = ContentPageFactory(parent=self.tree["home"]["pl"], title=title, live=False)
        page.title = title
        page.save_revision(user=user)
        return page

    def practice_draft(self, user, title):
        practice = PracticeFactory(title=title)
        practice.save_revision(user=user)
        return practice

    def in_review(self, user, title):
        page = self.draft(user, title)
        page.get_workflow().start(page, user)
        return page

    def scheduled(self, title):
        page = ContentPageFactory(parent=self.tree["home"]["pl"], title=title, live=False)
        page.go_live_at = timezone.now() + 3 * DAY
        page.save_revision(user=self.moderator).publish(user=self.moderator)
        return page

    # --- reading the dashboard --------------------------------------------------

    def dashboard(self, user):
        self.client.force_login(user)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser")

    @staticmethod
    def entries(soup, section_id):
        """(title, edit address) of every entry in one list of the dashboard, or
        None when the list is not there."""
        section = soup.find(id=section_id)
        if section is None:
            return None
        return [
            (item.a.get_text(strip=True), item.a["href"])
            for item in section.select("ul.desk-entries > li")
        ]
