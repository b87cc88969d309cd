"""The dashboard costs the same number of queries with 2 or 12 entries in every
list, for an editor and for a moderator."""

import itertools

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.dashboard.base import DeskTestCase

numbers = itertools.count()


class QueryCountTests(DeskTestCase):
    def add_work(self, count, drafter):
        for _ in range(count):
            n = next(numbers)
            self.past_event(title=f"Wydarzenie {n}")
            self.suggestion(f"Propozycja {n}")
            self.fact_check(title=f"Sprawdzamy {n}")
            self.draft(drafter, f"Szkic {n}")
            self.practice_draft(drafter, f"Praktyka {n}")
            self.in_review(self.other_editor, f"Do akceptacji {n}")
            self.scheduled(f"Zaplanowana {n}")

    def queries(self, user):
        self.client.force_login(user)
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        return len(context), response

    def assert_constant(self, user):
        self.add_work(2, drafter=user)
        self.queries(user)  # caches (content types, site root paths) warm up
        few, response = self.queries(user)
        self.assertContains(response, "Wydarzenie")
        self.add_work(10, drafter=user)
        many, response = self.queries(user)
        self.assertContains(response, "See all 12")
        self.assertEqual(few, many)

    def test_for_an_editor(self):
        self.assert_constant(self.editor)

    def test_for_a_moderator(self):
        self.assert_constant(self.moderator)
