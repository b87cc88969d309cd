import json

from home.localization import translate_with
from practices.factories import PracticeFactory, ProgrammeFactory, TopicFactory
from practices.models import IntegrationArea, Practice, Topic
from tests.practices.base import LibraryTestCase


class FacetTests(LibraryTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.housing = TopicFactory(name="Mieszkalnictwo", slug="mieszkalnictwo")
        cls.language = TopicFactory(name="Nauka języka", slug="nauka-jezyka")
        cls.epi = ProgrammeFactory(name="EPI", slug="epi")
        cls.riga_app = PracticeFactory(
            title="Aplikacja do nauki łotewskiego",
            slug="aplikacja",
            country="LV",
            city="Ryga",
            area=IntegrationArea.INTERACTION,
            year=2021,
            programme=cls.epi,
            topics=[cls.language],
        )
        cls.riga_guide = PracticeFactory(
            title="Przewodnik dla nowoprzybyłych",
            slug="przewodnik",
            country="LV",
            city="Ryga",
            area=IntegrationArea.GOVERNANCE,
            year=2021,
            programme=cls.epi,
            topics=[cls.housing],
        )
        cls.szczecin = PracticeFactory(
            title="System wsparcia migrantów",
            slug="system",
            country="PL",
            area=IntegrationArea.GOVERNANCE,
            year=None,
            topics=[cls.housing, cls.language],
        )
        cls.draft = PracticeFactory(title="Szkic", slug="szkic", live=False)

    def titles(self, query=""):
        response = self.client.get(f"/pl/dobre-praktyki/{query}")
        self.assertEqual(response.status_code, 200)
        return sorted(card["practice"].title for card in response.context["cards"])

    def test_without_filters_lists_every_live_practice(self):
        self.assertEqual(
            self.titles(),
            sorted(
                [
                    "Aplikacja do nauki łotewskiego",
                    "Przewodnik dla nowoprzybyłych",
                    "System wsparcia migrantów",
                ]
            ),
        )

    def test_facet_combinations(self):
        cases = {
            "?area=governance": ["Przewodnik dla nowoprzybyłych", "System wsparcia migrantów"],
            "?area=governance&country=lv": ["Przewodnik dla nowoprzybyłych"],
            "?topic=nauka-jezyka": ["Aplikacja do nauki łotewskiego", "System wsparcia migrantów"],
            "?topic=nauka-jezyka&topic=mieszkalnictwo": sorted(
                [
                    "Aplikacja do nauki łotewskiego",
                    "Przewodnik dla nowoprzybyłych",
                    "System wsparcia migrantów",
                ]
            ),
            "?topic=mieszkalnictwo&area=interaction": [],
            "?programme=epi&year=2021&area=interaction": ["Aplikacja do nauki łotewskiego"],
            "?year=2021&country=pl": [],
            "?area=interaction&area=governance&country=pl": ["System wsparcia migrantów"],
        }
        for query, expected in cases.items():
            with self.subTest(query=query):
                self.assertEqual(self.titles(query), sorted(expected))

    def test_counts_per_facet_value_follow_the_other_filters(self):
        response = self.client.get("/pl/dobre-praktyki/?country=lv")
        facets = {
            facet.name: {v.value: v.count for v in facet.values}
            for facet in response.context["facets"]
        }
        self.assertEqual(facets["area"], {"interaction": 1, "participation": 0, "governance": 1})
        self.assertEqual(facets["country"], {"lv": 2, "pl": 1})
        self.assertEqual(facets["topic"], {"mieszkalnictwo": 1, "nauka-jezyka": 1})

    def test_facets_with_nothing_chosen_are_counted_from_one_query(self):
        from django.http import QueryDict

        from practices.library import LibraryFilter

        locale = self.libraries["pl"].locale
        for query, expected in (("", 2), ("country=lv", 3), ("country=lv&year=2021", 4)):
            library_filter = LibraryFilter(QueryDict(query), locale)
            with self.subTest(query=query), self.assertNumQueries(expected):
                # The shown practices' values, the topics, one per chosen facet.
                library_filter.facets()

    def test_unknown_values_are_ignored(self):
        every = self.titles()
        for query in (
            "?year=abc",
            "?area=bogus",
            "?topic=nie-ma",
            "?country=zz",
            "?page=-1",
            "?year=20210",
        ):
            with self.subTest(query=query):
                self.assertEqual(self.titles(query), every)

    def test_full_text_search_in_the_library(self):
        self.assertEqual(self.titles("?q=przewodnik"), ["Przewodnik dla nowoprzybyłych"])

    def test_title_with_markup_is_escaped(self):
        PracticeFactory(title="<script>alert(1)</script>", slug="xss")
        response = self.client.get("/pl/dobre-praktyki/")
        self.assertNotContains(response, "<script>alert(1)</script>")
        geojson = self.client.get("/pl/dobre-praktyki/map.geojson")
        self.assertNotIn(b"<", geojson.content)
        titles = [f["properties"]["title"] for f in json.loads(geojson.content)["features"]]
        self.assertIn("<script>alert(1)</script>", titles)


class GeoJsonTests(LibraryTestCase):
    def test_features_are_points_with_title_and_url(self):
        PracticeFactory(title="Ryga", slug="ryga", latitude=56.9496, longitude=24.1052)
        PracticeFactory(title="Bez miejsca", slug="bez-miejsca", latitude=None, longitude=None)
        response = self.client.get("/pl/dobre-praktyki/map.geojson")
        self.assertEqual(response["Content-Type"], "application/geo+json; charset=utf-8")
        data = json.loads(response.content)
        self.assertEqual(data["type"], "FeatureCollection")
        self.assertEqual(len(data["features"]), 1)
        feature = data["features"][0]
        self.assertEqual(feature["geometry"], {"type": "Point", "coordinates": [24.1052, 56.9496]})
        self.assertEqual(feature["properties"]["title"], "Ryga")
        self.assertEqual(feature["properties"]["url"], "http://testserver/pl/dobre-praktyki/ryga/")

    def test_filters_apply_to_geojson(self):
        PracticeFactory(slug="a", area=IntegrationArea.GOVERNANCE)
        PracticeFactory(slug="b", area=IntegrationArea.INTERACTION)
        response = self.client.get("/pl/dobre-praktyki/map.geojson?area=governance")
        data = json.loads(response.content)
        self.assertEqual([f["properties"]["url"].split("/")[-2] for f in data["features"]], ["a"])


class LocaleTests(LibraryTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.topic = TopicFactory(name="Mieszkalnictwo", slug="mieszkalnictwo")
        cls.topic_en = translate_with(
            cls.topic, cls.locales["en"], Topic(name="Housing", slug="housing")
        )
        cls.practice = PracticeFactory(title="Przewodnik", slug="przewodnik", topics=[cls.topic])
        with cls.captureOnCommitCallbacks(execute=True):
            cls.practice_en = translate_with(
                cls.practice,
                cls.locales["en"],
                Practice(
                    title="Newcomers' guide",
                    slug="guide",
                    summary="A guide.",
                    body="<p>Guide.</p>",
                    city="Szczecin",
                    region="West Pomerania",
                ),
            )
        cls.untranslated = PracticeFactory(title="Tylko po polsku", slug="tylko-po-polsku")

    def test_translated_practice_is_listed_in_its_language(self):
        response = self.client.get("/en/good-practices/")
        cards = {card["practice"].title: card for card in response.context["cards"]}
        self.assertEqual(set(cards), {"Newcomers' guide", "Tylko po polsku"})
        self.assertFalse(cards["Newcomers' guide"]["untranslated"])
        self.assertTrue(cards["Tylko po polsku"]["untranslated"])
        self.assertContains(response, '<li class="practice-card" lang="pl">')
        self.assertContains(response, "Not yet translated")

    def test_topics_of_a_translated_practice_read_in_its_language(self):
        self.assertEqual(list(self.practice_en.topics.all()), [self.topic])
        response = self.client.get("/en/good-practices/guide/")
        self.assertEqual([t.name for t in response.context["topics"]], ["Housing"])
        self.assertEqual(
            self.client.get("/en/good-practices/?topic=housing").context["cards"][0]["practice"].pk,
            self.practice_en.pk,
        )

    def test_detail_pages_link_their_translations(self):
        response = self.client.get("/en/good-practices/guide/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(
            response,
            '<link rel="alternate" hreflang="pl" href="http://testserver/pl/dobre-praktyki/przewodnik/">',
        )
        self.assertContains(response, '<html lang="en">')
        self.assertContains(response, '"@type": "CreativeWork"')

    def test_untranslated_detail_reads_in_its_source_language(self):
        response = self.client.get("/uk/dobri-praktyky/tylko-po-polsku/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<article class="prose practice" lang="pl">')

    def test_unknown_and_draft_practices_are_404(self):
        PracticeFactory(slug="szkic", live=False)
        self.assertEqual(self.client.get("/pl/dobre-praktyki/szkic/").status_code, 404)
        self.assertEqual(self.client.get("/pl/dobre-praktyki/nie-ma/").status_code, 404)


class ValidationTests(LibraryTestCase):
    def test_coordinates_out_of_range_are_field_errors(self):
        from django.core.exceptions import ValidationError

        for field, value in (("latitude", 91), ("longitude", 181), ("latitude", -90.5)):
            with self.subTest(field=field, value=value):
                practice = PracticeFactory.build(**{field: value})
                with self.assertRaises(ValidationError) as raised:
                    practice.full_clean()
                self.assertIn(field, raised.exception.message_dict)

    def test_a_slug_cannot_take_the_suggest_form_address(self):
        from django.core.exceptions import ValidationError

        with self.assertRaises(ValidationError) as raised:
            PracticeFactory.build(slug="suggest").full_clean()
        self.assertIn("slug", raised.exception.message_dict)

    def test_image_needs_a_description_and_coordinates_come_in_pairs(self):
        from django.core.exceptions import ValidationError

        practice = PracticeFactory.build(longitude=None)
        with self.assertRaises(ValidationError) as raised:
            practice.full_clean()
        self.assertIn("longitude", raised.exception.message_dict)


class QueryCountTests(LibraryTestCase):
    def count(self, path):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        self.client.get(path)
        with CaptureQueriesContext(connection) as context:
            self.assertEqual(self.client.get(path).status_code, 200)
        return len(context)

    def test_library_and_geojson_queries_do_not_grow(self):
        topic = TopicFactory()
        for _ in range(5):
            PracticeFactory(topics=[topic])
        few = self.count("/pl/dobre-praktyki/"), self.count("/pl/dobre-praktyki/map.geojson")
        for _ in range(195):
            PracticeFactory(topics=[topic])
        many = self.count("/pl/dobre-praktyki/"), self.count("/pl/dobre-praktyki/map.geojson")
        self.assertEqual(few, many)
