"""The factories make valid, published events quickly (the benchmark makes 1,000)."""

from events.factories import EventPageFactory, EventPresentationFactory
from events.models import EventPage
from tests.events.base import EventTestCase


class FactoryTests(EventTestCase):
    def test_events_are_valid_and_dated_one_day_apart(self):
        first, second = EventPageFactory.create_batch(2, parent=self.indexes["pl"])
        for event in (first, second):
            event.full_clean()
            self.assertTrue(event.live)
            self.assertEqual(event.ends_at - event.begins_at, event.end - event.start)
        self.assertEqual((second.start - first.start).days, 1)
        self.assertEqual(EventPage.objects.child_of(self.indexes["pl"]).count(), 2)

    def test_a_presentation_takes_its_page_language(self):
        event = EventPageFactory(parent=self.indexes["en"])
        talk = EventPresentationFactory(page=event)
        self.assertEqual(talk.locale, event.locale)
        self.assertIn(talk, event.presentations.all())
