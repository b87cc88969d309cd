"""Cross-field rules of an event, on the model and through the admin's forms, and
times read in the event's own zone whatever the editor's."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from events.models import EventIndexPage, EventPage
from home.models import HomePage
from tests.events.base import RIGA, EventTestCase, at, make_event


def event_form_data(**values):
    data = {
        "title": "Warsztaty w Rydze",
        "slug": "warsztaty-w-rydze",
        "event_type": "workshop",
        "status": "scheduled",
        "summary": "Warsztaty dyskusyjne.",
        "time_zone": "Europe/Riga",
        "start": "2021-10-30 10:00",
        "end": "2021-10-30 13:00",
        "start_date": "",
        "end_date": "",
        "venue": "",
        "address": "",
        "city": "Ryga",
        "country": "LV",
        "latitude": "",
        "longitude": "",
        "online_url": "",
        "registration_url": "",
        "registration_deadline": "",
        "body": streamfield([]),
        "related_practices": inline_formset([]),
        "presentations": inline_formset([]),
        "photos": inline_formset([]),
        "participant_count": "",
        "outcomes": rich_text(""),
        "video_url": "",
    }
    data.update(values)
    return nested_form_data(data)


class ModelCleanTests(EventTestCase):
    def event(self, **values):
        defaults = {
            "title": "x",
            "slug": "x",
            "event_type": "workshop",
            "summary": "x",
            "start": at(2021, 10, 30, 10),
            "locale": self.locales["pl"],
        }
        return EventPage(**{**defaults, **values})

    def errors(self, **values):
        with self.assertRaises(ValidationError) as caught:
            self.event(**values).clean()
        return caught.exception.message_dict

    def test_an_end_before_the_start_is_an_error_on_the_end(self):
        self.assertIn("end", self.errors(end=at(2021, 10, 30, 9)))

    def test_a_registration_deadline_after_the_start_is_an_error_on_the_deadline(self):
        self.assertIn(
            "registration_deadline", self.errors(registration_deadline=at(2021, 10, 30, 11))
        )
        self.event(registration_deadline=at(2021, 10, 29, 23)).clean()

    def test_all_day_events_need_a_first_day_and_a_last_day_not_before_it(self):
        self.assertIn("start_date", self.errors(all_day=True, start=None))
        self.assertIn(
            "end_date",
            self.errors(
                all_day=True,
                start_date=datetime.date(2021, 9, 2),
                end_date=datetime.date(2021, 9, 1),
            ),
        )
        self.assertIn("start", self.errors(start=None))

    def test_only_the_chosen_way_of_giving_the_time_is_kept(self):
        all_day = self.event(all_day=True, start_date=datetime.date(2021, 9, 1))
        all_day.clean()
        self.assertIsNone(all_day.start)
        timed = self.event(start_date=datetime.date(2021, 9, 1))
        timed.clean()
        self.assertIsNone(timed.start_date)

    def test_coordinates_come_in_pairs_and_the_zone_must_exist(self):
        self.assertIn("longitude", self.errors(latitude=50.0))
        with self.assertRaises(ValidationError) as caught:
            self.event(time_zone="Europe/Atlantis").full_clean(
                exclude=["path", "depth", "begins_at", "ends_at", "translation_key"]
            )
        self.assertIn("time_zone", caught.exception.message_dict)


class AdminFormTests(EventTestCase, WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
        cls.event = make_event(
            cls.indexes["pl"],
            time_zone="Europe/Riga",
            start=at(2021, 10, 30, 10, tz=RIGA),
            end=at(2021, 10, 30, 13, tz=RIGA),
        )

    def setUp(self):
        self.client.force_login(self.admin)

    def edit(self, **values):
        url = reverse("wagtailadmin_pages:edit", args=[self.event.pk])
        return self.client.post(url, event_form_data(slug=self.event.slug, **values))

    def test_an_end_before_the_start_is_a_form_error(self):
        response = self.edit(end="2021-10-30 09:00")
        self.assertEqual(response.status_code, 200)
        self.assertIn("end", response.context["form"].errors)

    def test_a_registration_deadline_after_the_start_is_a_form_error(self):
        response = self.edit(registration_deadline="2021-10-30 11:00")
        self.assertEqual(response.status_code, 200)
        self.assertIn("registration_deadline", response.context["form"].errors)

    def test_an_unknown_time_zone_is_a_form_error(self):
        response = self.edit(time_zone="Mars/Olympus")
        self.assertIn("time_zone", response.context["form"].errors)

    def test_times_are_typed_and_shown_in_the_event_zone(self):
        # The editor works in Warsaw time (TIME_ZONE); the event is in Riga.
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.event.pk]))
        self.assertEqual(
            response.context["form"]["start"].value(), at(2021, 10, 30, 10).replace(tzinfo=None)
        )
        response = self.edit(start="2021-11-01 10:00", end="2021-11-01 12:00")
        self.assertEqual(response.status_code, 302)
        saved = EventPage.objects.get(pk=self.event.pk).get_latest_revision_as_object()
        self.assertEqual(saved.start, datetime.datetime(2021, 11, 1, 10, tzinfo=RIGA))
        self.assertEqual(saved.start.astimezone(datetime.UTC).hour, 8)

    def test_an_event_can_be_created_with_form_data_under_an_index_only(self):
        self.assertCanCreate(self.indexes["pl"], EventPage, event_form_data())
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})

    def test_event_and_index_are_previewable_and_renderable(self):
        # A StreamField's form is built by JavaScript, so its data is given here.
        self.assertPageIsPreviewable(self.event, post_data=event_form_data(slug=self.event.slug))
        self.assertPageIsPreviewable(self.indexes["pl"])
        for page in (self.event, *self.indexes.values()):
            self.assertPageIsRenderable(page)
