"""A story offers related stories and practices: the editor's choice, or else the
ones sharing the most topics and practices (practices.relations)."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from home.languages import sync_languages
from home.localization import translate_with
from practices.factories import TopicFactory
from stories.factories import StoryPageFactory
from tests.related.base import RelatedTestCase, make_private
from tests.stories.base import translated_story


def day(number):
    return timezone.make_aware(datetime.datetime(2026, 3, number))


class RelatedStoryTests(RelatedTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = cls.newsroom["indexes"]["pl"]
        housing, language, labour = (cls.topics[k] for k in ("housing", "language", "labour"))

        def story(slug, published, topics=(), practices=(), **values):
            page = StoryPageFactory(
                parent=index,
                slug=slug,
                title=slug.replace("-", " ").capitalize(),
                first_published_at=day(published),
                topics=list(topics),
                **values,
            )
            for practice in practices:
                page.related_practices.create(practice=practice)
            page.save()  # child relations are written with the page
            return page

        cls.story = story("temat", 1, topics=[housing, language], practices=[cls.labour_practice])
        # Two shared each (a topic and a practice, or two topics): the newer first.
        cls.topic_and_practice = story(
            "temat-i-praktyka", 10, topics=[housing], practices=[cls.labour_practice]
        )
        cls.two_topics = story("dwa-tematy", 5, topics=[housing, language])
        # One shared each: only the newer fits in the three.
        cls.one_topic = story("jeden-temat", 3, topics=[language])
        cls.older_one_topic = story("starszy-jeden-temat", 2, topics=[housing])
        cls.unrelated = story("inny-temat", 20, topics=[labour])
        # Would come first if they were shown.
        cls.draft = story("szkic", 21, topics=[housing, language], live=False)
        cls.private = story("prywatna", 22, topics=[housing, language])
        make_private(cls.private)
        with cls.captureOnCommitCallbacks(execute=True):
            cls.story_en = translate_with(
                cls.story,
                cls.locales["en"],
                translated_story(cls.story, "en", "Topic", "topic"),
            )
            cls.two_topics_en = translate_with(
                cls.two_topics,
                cls.locales["en"],
                translated_story(cls.two_topics, "en", "Two topics", "two-topics"),
            )
            sync_languages()

    def context(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return response.context

    def test_shows_the_stories_sharing_most_newest_first_among_ties(self):
        related = self.context("/pl/aktualnosci/temat/")["related_stories"]
        self.assertEqual(
            [story.slug for story in related], ["temat-i-praktyka", "dwa-tematy", "jeden-temat"]
        )

    def test_never_shows_itself_drafts_private_stories_or_other_languages(self):
        related = list(self.story.similar_stories()) + list(self.story_en.similar_stories())
        slugs = {story.slug for story in related}
        self.assertNotIn("temat", slugs)
        self.assertNotIn("topic", slugs)
        self.assertFalse(slugs & {"szkic", "prywatna", "inny-temat"})
        self.assertEqual(
            {story.locale_id for story in self.story.similar_stories()}, {self.locales["pl"].pk}
        )

    def test_readers_of_a_translation_get_the_stories_of_their_language(self):
        related = self.context("/en/news/topic/")["related_stories"]
        self.assertEqual(
            [(story.slug, story.locale.language_code) for story in related],
            [("temat-i-praktyka", "en"), ("two-topics", "en"), ("jeden-temat", "en")],
        )

    def test_the_editors_choice_wins_in_the_editors_order(self):
        self.story.related_stories.create(story=self.unrelated, sort_order=0)
        self.story.related_stories.create(story=self.one_topic, sort_order=1)
        self.story.save()
        related = self.context("/pl/aktualnosci/temat/")["related_stories"]
        self.assertEqual([story.slug for story in related], ["inny-temat", "jeden-temat"])

    def test_nothing_when_nothing_is_shared(self):
        lonely = StoryPageFactory(
            parent=self.newsroom["indexes"]["pl"], slug="samotna", topics=[TopicFactory()]
        )
        bare = StoryPageFactory(parent=self.newsroom["indexes"]["pl"], slug="bez-tematow")
        for page in (lonely, bare):
            response = self.client.get(page.url)
            self.assertEqual(response.context["related_stories"], [])
            self.assertNotContains(response, 'id="related-stories-heading"')

    def test_the_related_stories_have_a_heading(self):
        with translation.override("en"):
            html = self.client.get("/en/news/topic/").content.decode()
        self.assertIn('<h2 id="related-stories-heading">Related stories</h2>', html)

    def test_queries_do_not_grow_with_the_number_of_candidates(self):
        index = self.newsroom["indexes"]["pl"]
        topic = TopicFactory()
        subject = StoryPageFactory(parent=index, slug="liczona", topics=[topic])
        StoryPageFactory.create_batch(3, parent=index, topics=[topic])
        self.client.get(subject.url)  # caches the site's root paths and settings

        def queries():
            with CaptureQueriesContext(connection) as captured:
                response = self.client.get(subject.url)
            self.assertEqual(len(response.context["related_stories"]), 3)
            return len(captured)

        with_three = queries()
        StoryPageFactory.create_batch(27, parent=index, topics=[topic])
        self.assertEqual(queries(), with_three)


class RelatedPracticesOfAStoryTests(RelatedTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        housing, language = cls.topics["housing"], cls.topics["language"]
        index = cls.newsroom["indexes"]["pl"]
        cls.story = StoryPageFactory(parent=index, slug="bez-praktyk", topics=[housing, language])
        cls.chosen = StoryPageFactory(parent=index, slug="z-praktykami", topics=[housing])
        cls.chosen.related_practices.create(practice=cls.labour_practice, sort_order=0)
        cls.chosen.related_practices.create(practice=cls.housing_practice, sort_order=1)
        cls.chosen.save()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.story_en = translate_with(
                cls.story,
                cls.locales["en"],
                translated_story(cls.story, "en", "No practices", "no-practices"),
            )

    def titles(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return [link.practice.title for link in response.context["related_practices"]]

    def test_without_a_choice_shows_published_practices_sharing_most_topics(self):
        self.assertEqual(
            self.titles("/pl/aktualnosci/bez-praktyk/"),
            ["Kursy językowe przy mieszkaniach", "Mieszkania dla nowo przybyłych"],
        )

    def test_practices_are_shown_as_readers_of_the_language_find_them(self):
        response = self.client.get("/en/news/no-practices/")
        links = response.context["related_practices"]
        self.assertEqual(
            [(link.practice.title, link.url) for link in links],
            [
                ("Language courses where people live", "/en/good-practices/courses/"),
                ("Mieszkania dla nowo przybyłych", "/en/good-practices/mieszkania/"),
            ],
        )
        with translation.override("en"):
            response = self.client.get("/en/news/no-practices/")
        self.assertContains(response, '<h2 id="related-practices-heading">Related practices</h2>')

    def test_the_editors_practices_win_in_the_editors_order(self):
        self.assertEqual(
            self.titles("/pl/aktualnosci/z-praktykami/"),
            ["Doradztwo zawodowe", "Mieszkania dla nowo przybyłych"],
        )
        response = self.client.get("/pl/aktualnosci/z-praktykami/")
        with translation.override("pl"):
            heading = translation.gettext("Good practices in this story")
        self.assertContains(response, f'<h2 id="related-practices-heading">{heading}</h2>')

    def test_practices_named_in_the_body_are_not_offered_again(self):
        self.story.body = [{"type": "practice", "value": {"practice": self.both_practice.pk}}]
        self.story.save_revision().publish()
        self.assertEqual(
            self.titles("/pl/aktualnosci/bez-praktyk/"), ["Mieszkania dla nowo przybyłych"]
        )

    def test_nothing_when_no_practice_shares_a_topic(self):
        bare = StoryPageFactory(
            parent=self.newsroom["indexes"]["pl"], slug="nic", topics=[TopicFactory()]
        )
        self.assertEqual(self.titles(bare.url), [])
