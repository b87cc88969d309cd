"""Polish search on PostgreSQL: inflected forms meet through the hunspell dictionary
(search/postgres.py) and an unaccented query still finds the accented word."""

import logging
from unittest import mock

from django.db import connection

import pytest

from home.factories import ContentPageFactory
from practices.factories import PracticeFactory
from search import postgres
from tests.base import SiteTestCase
from tests.practices.base import build_library

pytestmark = pytest.mark.postgres


def setUpModule():
    if connection.vendor != "postgresql":
        raise pytest.skip.Exception(
            "PostgreSQL text search: run with DATABASE_URL=postgres://... (make test-postgres)",
            allow_module_level=True,
        )


class PolishSearchTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        home = cls.tree["home"]["pl"]
        ContentPageFactory(
            parent=home, title="Kalendarz", introduction="Wybory samorządowe odbędą się w maju."
        )
        ContentPageFactory(parent=home, title="Łódź otwarta", introduction="Miasto w centrum.")
        ContentPageFactory(parent=home, title="Kraków", introduction="Dzielnice i sąsiedzi.")
        build_library(cls.tree)
        PracticeFactory(
            title="Punkt informacyjny",
            summary="Porady dla cudzoziemców.",
            body="<p>Pomagamy w urzędach i przy rejestracji w Białymstoku.</p>",
        )

    def titles(self, query):
        response = self.client.get("/pl/szukaj/", {"q": query})
        self.assertEqual(response.status_code, 200)
        return [hit.title for hit in response.context["results"]]

    def test_the_configuration_uses_the_polish_dictionary(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_tsvector(%s, 'wyborów')", [postgres.SEARCH_CONFIG])
            (vector,) = cursor.fetchone()
        self.assertIn("wybór", vector)

    def test_an_inflected_word_finds_its_other_form(self):
        self.assertEqual(self.titles("wyborów"), ["Kalendarz"])
        self.assertEqual(self.titles("wyborach"), ["Kalendarz"])

    def test_an_unaccented_query_finds_the_accented_word(self):
        self.assertEqual(self.titles("lodz"), ["Łódź otwarta"])
        self.assertEqual(self.titles("krakow"), ["Kraków"])

    def test_a_practice_is_found_by_another_form_of_a_word_of_its_description(self):
        self.assertEqual(self.titles("urząd"), ["Punkt informacyjny"])
        self.assertEqual(self.titles("bialystok"), ["Punkt informacyjny"])

    def test_the_snippet_marks_the_other_form(self):
        response = self.client.get("/pl/szukaj/", {"q": "wyborów"})
        self.assertContains(response, "<mark>Wybory</mark> samorządowe")

    def test_a_word_found_exactly_is_not_diluted_by_fuzzy_matches(self):
        self.assertEqual(self.titles("Łódź"), ["Łódź otwarta"])

    def test_without_the_dictionary_the_configuration_falls_back_to_simple(self):
        failing = "could not open dictionary file pl_pl.dict"

        real_create = postgres._create_dictionary

        def missing_dictionary(conn, cursor):
            with mock.patch.object(
                cursor, "execute", side_effect=_fail_on_dictionary(cursor.execute, failing)
            ):
                return real_create(conn, cursor)

        with (
            mock.patch.object(postgres, "_create_dictionary", missing_dictionary),
            self.assertLogs("search.postgres", logging.WARNING) as logs,
        ):
            polish = postgres.install(connection)
        self.assertFalse(polish)
        self.assertIn("hunspell-pl", logs.output[0])
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_tsvector(%s, 'wyborów')", [postgres.SEARCH_CONFIG])
            (vector,) = cursor.fetchone()
        self.assertEqual(vector, "'wyborów':1")


def _fail_on_dictionary(execute, message):
    from django.db import DatabaseError

    def run(sql, *args, **kwargs):
        if "CREATE TEXT SEARCH DICTIONARY" in sql:
            raise DatabaseError(message)
        return execute(sql, *args, **kwargs)

    return run
