"""The event index: upcoming and past follow the clock, filters live in the
address, bad input is ignored, and the query count does not grow."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.factories import EventPageFactory
from events.models import EventType
from tests.events.base import EventTestCase, at, frozen_now, make_event


class UpcomingAndPastTests(EventTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = cls.indexes["pl"]
        cls.riga = make_event(index, title="Ryga", start=at(2021, 7, 1, 10), end=None)
        cls.workshop = make_event(
            index, title="Warsztat", start=at(2021, 9, 10, 10), end=at(2021, 9, 10, 14)
        )
        cls.forum = make_event(
            index,
            title="Forum",
            all_day=True,
            start=None,
            end=None,
            start_date=at(2021, 12, 1).date(),
            end_date=at(2021, 12, 2).date(),
        )

    def lists(self, moment, path="/pl/wydarzenia/"):
        with frozen_now(moment):
            response = self.client.get(path)
        self.assertEqual(response.status_code, 200)
        return (
            [event.title for event in response.context["upcoming"]],
            [event.title for event in response.context["page_obj"]],
        )

    def test_before_everything_all_events_are_upcoming_soonest_first(self):
        self.assertEqual(self.lists(at(2021, 6, 1)), (["Ryga", "Warsztat", "Forum"], []))

    def test_the_split_moves_with_the_clock_and_past_is_latest_first(self):
        self.assertEqual(self.lists(at(2021, 9, 1)), (["Warsztat", "Forum"], ["Ryga"]))
        self.assertEqual(self.lists(at(2021, 11, 1)), (["Forum"], ["Warsztat", "Ryga"]))

    def test_an_event_under_way_is_still_announced(self):
        self.assertEqual(self.lists(at(2021, 9, 10, 12)), (["Warsztat", "Forum"], ["Ryga"]))
        self.assertEqual(self.lists(at(2021, 9, 10, 14)), (["Forum"], ["Warsztat", "Ryga"]))

    def test_an_all_day_event_lasts_until_the_end_of_its_last_local_day(self):
        self.assertEqual(self.lists(at(2021, 12, 2, 23, 59))[0], ["Forum"])
        self.assertEqual(self.lists(at(2021, 12, 3))[0], [])

    def test_drafts_and_other_languages_are_not_listed(self):
        draft = EventPageFactory(parent=self.indexes["pl"], title="Szkic", live=False)
        other = EventPageFactory(parent=self.indexes["en"], title="English only")
        upcoming, past = self.lists(at(2020, 1, 1))
        self.assertNotIn(draft.title, upcoming + past)
        self.assertNotIn(other.title, upcoming + past)
        self.assertIn(other.title, self.lists(at(2020, 1, 1), "/en/events/")[0])

    def test_the_calendar_is_advertised(self):
        response = self.client.get("/en/events/")
        self.assertContains(
            response, '<link rel="alternate" type="text/calendar" href="/en/events/calendar.ics"'
        )
        self.assertContains(response, 'href="/en/events/calendar.ics" type="text/calendar"')


class FilterTests(EventTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = cls.indexes["pl"]
        make_event(
            index,
            title="Ryga 2021",
            start=at(2021, 7, 1, 10),
            city="Ryga",
            country="LV",
            event_type=EventType.INAUGURATION,
        )
        make_event(
            index,
            title="Lublin 2021",
            start=at(2021, 7, 31, 12),
            city="Lublin",
            event_type=EventType.FLASH_MOB,
        )
        make_event(
            index,
            title="Wrocław 2015",
            start=at(2015, 5, 14, 15, 30),
            city="Wrocław",
            event_type=EventType.AWARD_CEREMONY,
        )

    def titles(self, **params):
        with frozen_now(at(2026, 1, 1)):
            response = self.client.get("/pl/wydarzenia/", params)
        self.assertEqual(response.status_code, 200)
        return {event.title for event in response.context["page_obj"]}

    def test_each_filter_narrows_the_list(self):
        self.assertEqual(self.titles(year="2015"), {"Wrocław 2015"})
        self.assertEqual(self.titles(type="flash-mob"), {"Lublin 2021"})
        self.assertEqual(self.titles(country="lv"), {"Ryga 2021"})
        self.assertEqual(self.titles(city="lublin"), {"Lublin 2021"})
        self.assertEqual(self.titles(year="2021", country="pl"), {"Lublin 2021"})

    def test_filter_choices_carry_counts_given_the_other_filters(self):
        with frozen_now(at(2026, 1, 1)):
            response = self.client.get("/pl/wydarzenia/", {"country": "pl"})
        filters = {item.name: item for item in response.context["filters"]}
        years = {choice.value: choice.count for choice in filters["year"].choices}
        self.assertEqual(years, {"2021": 1, "2015": 1})
        countries = {choice.value: choice.count for choice in filters["country"].choices}
        self.assertEqual(countries, {"lv": 1, "pl": 2})
        self.assertContains(response, '<option value="pl" selected>')

    def test_unknown_values_are_ignored(self):
        everything = {"Ryga 2021", "Lublin 2021", "Wrocław 2015"}
        for params in (
            {"year": "abc"},
            {"year": "20211"},
            {"type": "bogus"},
            {"country": "xx"},
            {"city": "x" * 500},
            {"page": "-1"},
            {"page": "abc"},
            {"page": "99999"},
            {"year": "<script>"},
        ):
            with self.subTest(params=params):
                self.assertEqual(self.titles(**params), everything)

    def test_pagination_keeps_the_filters_in_the_address(self):
        for day in range(1, 15):
            make_event(self.indexes["pl"], start=at(2019, 3, day, 10), event_type="workshop")
        with frozen_now(at(2026, 1, 1)):
            response = self.client.get("/pl/wydarzenia/", {"type": "workshop"})
        self.assertEqual(response.context["page_obj"].paginator.count, 14)
        self.assertContains(response, 'href="?type=workshop&amp;page=2"')

    def test_a_city_with_markup_is_escaped(self):
        make_event(self.indexes["pl"], start=at(2020, 1, 1, 10), city="<script>alert(1)</script>")
        with frozen_now(at(2026, 1, 1)):
            response = self.client.get("/pl/wydarzenia/")
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")


class ManyUpcomingTests(EventTestCase):
    """The index shows the soonest upcoming events above the past ones and pages
    through all of them at ``?when=upcoming``."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.shown = cls.indexes["pl"].specific.UPCOMING_SHOWN
        for day in range(1, cls.shown + 3):
            make_event(cls.indexes["pl"], title=f"Spotkanie {day:02}", start=at(2030, 1, day, 10))
        make_event(cls.indexes["pl"], title="Dawne", start=at(2020, 1, 1, 10))

    def get(self, path):
        with frozen_now(at(2026, 1, 1)):
            response = self.client.get(path)
        self.assertEqual(response.status_code, 200)
        return response

    def test_the_index_shows_the_soonest_and_links_to_all(self):
        response = self.get("/pl/wydarzenia/")
        titles = [event.title for event in response.context["upcoming"]]
        self.assertEqual(titles, [f"Spotkanie {day:02}" for day in range(1, self.shown + 1)])
        self.assertContains(response, 'href="?when=upcoming"')
        self.assertEqual([event.title for event in response.context["page_obj"]], ["Dawne"])

    def test_all_upcoming_events_page_by_page_without_the_past(self):
        first = self.get("/pl/wydarzenia/?when=upcoming")
        self.assertEqual(len(first.context["page_obj"]), self.shown)
        self.assertNotContains(first, "Dawne")
        self.assertNotContains(first, 'id="past-heading"')
        second = self.get("/pl/wydarzenia/?when=upcoming&page=2")
        self.assertEqual(
            [event.title for event in second.context["page_obj"]],
            [f"Spotkanie {day:02}" for day in (self.shown + 1, self.shown + 2)],
        )
        # The filters keep the choice.
        self.assertContains(second, '<input type="hidden" name="when" value="upcoming">')

    def test_an_unknown_when_shows_the_index(self):
        response = self.get("/pl/wydarzenia/?when=%3Cscript%3E")
        self.assertEqual(len(response.context["upcoming"]), self.shown)
        self.assertContains(response, 'id="past-heading"')


class QueryCountTests(EventTestCase):
    def count(self, path):
        self.client.get(path)
        with CaptureQueriesContext(connection) as context:
            self.assertEqual(self.client.get(path).status_code, 200)
        return len(context)

    def make(self, number):
        # Half past, half upcoming, so both lists and every filter have rows.
        for n in range(number):
            year = 2019 if n % 2 else 2030
            EventPageFactory(
                parent=self.indexes["pl"],
                start=at(year, 1 + n % 12, 1 + n % 28, 10),
                city=f"Miasto {n % 7}",
                country=("PL", "LV", "DE")[n % 3],
                event_type=EventType.values[n % len(EventType.values)],
            )

    def test_index_and_calendar_queries_do_not_grow_with_the_number_of_events(self):
        paths = ("/pl/wydarzenia/", "/pl/wydarzenia/?type=workshop", "/pl/wydarzenia/calendar.ics")
        with frozen_now(at(2026, 1, 1)):
            self.make(5)
            few = [self.count(path) for path in paths]
            self.make(95)
            many = [self.count(path) for path in paths]
        self.assertEqual(few, many)


class UpcomingEventsTagTests(EventTestCase):
    def test_the_tag_gives_the_next_events_of_the_reader_language(self):
        from django.template import Context, Template
        from django.utils import translation

        make_event(self.indexes["pl"], title="Później", start=at(2027, 5, 1, 10))
        make_event(self.indexes["pl"], title="Wcześniej", start=at(2027, 4, 1, 10))
        make_event(self.indexes["pl"], title="Dawno", start=at(2020, 4, 1, 10))
        make_event(self.indexes["en"], title="In English", start=at(2027, 4, 2, 10))
        template = Template(
            "{% load event_tags %}{% upcoming_events 2 as events %}"
            "{% for event in events %}{{ event.title }};{% endfor %}"
        )
        with frozen_now(at(2026, 12, 1)):
            with translation.override("pl"):
                self.assertEqual(template.render(Context()), "Wcześniej;Później;")
            with translation.override("en"):
                self.assertEqual(template.render(Context()), "In English;")
