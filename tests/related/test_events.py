"""An event names its topics in every language, and offers related practices
(the editor's choice, or else those sharing its topics) and related events."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail_localize.models import TranslationSource

from events.factories import EventPageFactory
from events.models import EventPage, EventRelatedPractice
from home.languages import sync_languages
from practices.factories import TopicFactory
from tests.events.base import at, make_event, translate_event
from tests.related.base import RelatedTestCase, make_private


class EventTopicTests(RelatedTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.event = make_event(
            cls.event_indexes["pl"],
            slug="inauguracja",
            topics=[cls.topics["housing"], cls.topics["language"]],
        )
        with cls.captureOnCommitCallbacks(execute=True):
            for code in ("en", "uk"):
                translate_event(cls.event, cls.locales[code])

    def test_the_topics_are_named_in_each_language(self):
        pages = {
            "pl": ("/pl/wydarzenia/inauguracja/", ["Mieszkalnictwo", "Nauka języka"]),
            "en": ("/en/events/en-inauguracja/", ["Housing", "Language learning"]),
            "uk": ("/uk/podii/uk-inauguracja/", ["Житло", "Вивчення мови"]),
        }
        for code, (url, names) in pages.items():
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            for name in names:
                self.assertContains(response, f"<li>{name}</li>", html=False)
            with translation.override(code):
                term = translation.gettext("Topics")
            self.assertContains(response, f'<dt lang="{code}">{term}</dt>')

    def test_translations_keep_the_source_topics_and_follow_their_changes(self):
        english = self.event.get_translation(self.locales["en"]).specific
        self.assertEqual(
            set(english.topics.all()), {self.topics["housing"], self.topics["language"]}
        )
        source = EventPage.objects.get(pk=self.event.pk)
        source.topics = [self.topics["labour"]]
        source.save_revision().publish()
        translation_source = TranslationSource.objects.get_for_instance(source)
        translation_source.update_from_db()
        with self.captureOnCommitCallbacks(execute=True):
            for item in translation_source.translations.all():
                item.save_target(publish=True)
        english = EventPage.objects.get(pk=english.pk)
        self.assertEqual(list(english.topics.all()), [self.topics["labour"]])
        response = self.client.get("/en/events/en-inauguracja/")
        self.assertContains(response, "<li>Labour market</li>")
        self.assertNotContains(response, "Housing")

    def test_no_topics_no_term(self):
        bare = make_event(self.event_indexes["pl"], slug="bez-tematow")
        with translation.override("pl"):
            term = translation.gettext("Topics")
        self.assertNotContains(self.client.get(bare.url), f'<dt lang="pl">{term}</dt>')


class RelatedEventTests(RelatedTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = cls.event_indexes["pl"]
        housing, language, labour = (cls.topics[k] for k in ("housing", "language", "labour"))

        def event(slug, year, topics=(), practices=(), **values):
            return make_event(
                index,
                slug=slug,
                start=at(year, 3, 1, 10),
                topics=list(topics),
                related_practices=[EventRelatedPractice(practice=p) for p in practices],
                **values,
            )

        cls.event = event("temat", 2020, [housing, language], [cls.labour_practice])
        # Two shared each (a topic and a practice, or two topics): the later first.
        cls.topic_and_practice = event("temat-i-praktyka", 2025, [housing], [cls.labour_practice])
        cls.two_topics = event("dwa-tematy", 2024, [housing, language])
        # One shared each: only the later fits in the three.
        cls.one_topic = event("jeden-temat", 2023, [language])
        cls.earlier_one_topic = event("wczesniejszy", 2022, [housing])
        cls.unrelated = event("inny-temat", 2027, [labour])
        # Would come first if they were shown.
        cls.draft = EventPageFactory(
            parent=index, slug="szkic", start=at(2030, 1, 1), topics=[housing, language]
        )
        cls.draft.unpublish()
        cls.private = event("prywatne", 2031, [housing, language])
        make_private(cls.private)
        with cls.captureOnCommitCallbacks(execute=True):
            cls.event_en = translate_event(cls.event, cls.locales["en"])
            translate_event(cls.two_topics, cls.locales["en"])
            sync_languages()

    def slugs(self, url, name="related_events"):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return [item.slug for item in response.context[name]]

    def test_shows_the_events_sharing_most_latest_first_among_ties(self):
        self.assertEqual(
            self.slugs("/pl/wydarzenia/temat/"), ["temat-i-praktyka", "dwa-tematy", "jeden-temat"]
        )

    def test_readers_of_a_translation_get_the_events_of_their_language(self):
        response = self.client.get("/en/events/en-temat/")
        self.assertEqual(
            [(e.slug, e.locale.language_code) for e in response.context["related_events"]],
            [("temat-i-praktyka", "en"), ("en-dwa-tematy", "en"), ("jeden-temat", "en")],
        )
        with translation.override("en"):
            response = self.client.get("/en/events/en-temat/")
        self.assertContains(
            response, '<h2 id="related-events-heading" lang="en">Related events</h2>'
        )

    def test_never_shows_itself_drafts_private_events_or_other_languages(self):
        shown = list(self.event.similar_events()) + list(self.event_en.similar_events())
        slugs = {item.slug for item in shown}
        self.assertFalse(slugs & {"temat", "en-temat", "szkic", "prywatne", "inny-temat"})
        self.assertEqual(
            {item.locale_id for item in self.event.similar_events()}, {self.locales["pl"].pk}
        )

    def test_nothing_when_nothing_is_shared(self):
        lonely = make_event(self.event_indexes["pl"], slug="samotne", topics=[TopicFactory()])
        bare = make_event(self.event_indexes["pl"], slug="bez-tematow")
        for page in (lonely, bare):
            self.assertEqual(self.slugs(page.url), [])
            self.assertNotContains(self.client.get(page.url), 'id="related-events-heading"')

    def test_queries_do_not_grow_with_the_number_of_candidates(self):
        index = self.event_indexes["pl"]
        topic = TopicFactory()
        subject = make_event(index, slug="liczone", topics=[topic])
        for _ in range(3):
            make_event(index, topics=[topic])
        self.client.get(subject.url)  # caches the site's root paths and settings

        def queries():
            with CaptureQueriesContext(connection) as captured:
                response = self.client.get(subject.url)
            self.assertEqual(len(response.context["related_events"]), 3)
            return len(captured)

        with_three = queries()
        for _ in range(27):
            make_event(index, topics=[topic])
        self.assertEqual(queries(), with_three)


class RelatedPracticesOfAnEventTests(RelatedTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        housing, language = cls.topics["housing"], cls.topics["language"]
        index = cls.event_indexes["pl"]
        cls.event = make_event(index, slug="bez-praktyk", topics=[housing, language])
        cls.chosen = make_event(
            index,
            slug="z-praktykami",
            topics=[housing],
            related_practices=[
                EventRelatedPractice(practice=cls.labour_practice, sort_order=0),
                EventRelatedPractice(practice=cls.housing_practice, sort_order=1),
            ],
        )
        with cls.captureOnCommitCallbacks(execute=True):
            translate_event(cls.event, cls.locales["en"])

    def links(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return [(link.practice.title, link.url) for link in response.context["related_practices"]]

    def test_without_a_choice_shows_published_practices_sharing_most_topics(self):
        self.assertEqual(
            self.links("/pl/wydarzenia/bez-praktyk/"),
            [
                ("Kursy językowe przy mieszkaniach", "/pl/dobre-praktyki/kursy/"),
                ("Mieszkania dla nowo przybyłych", "/pl/dobre-praktyki/mieszkania/"),
            ],
        )
        self.assertEqual(
            self.links("/en/events/en-bez-praktyk/"),
            [
                ("Language courses where people live", "/en/good-practices/courses/"),
                ("Mieszkania dla nowo przybyłych", "/en/good-practices/mieszkania/"),
            ],
        )

    def test_the_editors_practices_win_in_the_editors_order(self):
        self.assertEqual(
            [title for title, _url in self.links("/pl/wydarzenia/z-praktykami/")],
            ["Doradztwo zawodowe", "Mieszkania dla nowo przybyłych"],
        )

    def test_practices_the_page_already_names_are_not_offered_again(self):
        event = make_event(
            self.event_indexes["pl"],
            slug="z-karta",
            topics=[self.topics["housing"], self.topics["language"]],
            body=[("practice", {"practice": self.both_practice})],
        )
        self.assertEqual(
            [title for title, _url in self.links(event.url)], ["Mieszkania dla nowo przybyłych"]
        )

    def test_nothing_when_no_practice_shares_a_topic(self):
        event = make_event(self.event_indexes["pl"], slug="nic", topics=[TopicFactory()])
        self.assertEqual(self.links(event.url), [])
