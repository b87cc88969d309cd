"""Renditions are made when content is published or an image changes, after
the commit and through django-tasks, so that no reader's request makes one."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import wagtail_factories
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Site

from django_tasks import task_backends

from events.models import EventPhoto
from home.images import specs_of
from home.models import SiteSettings
from practices.factories import OrganisationFactory, PracticeFactory
from stories.factories import StoryPageFactory
from tests.events.base import build_event_indexes, make_event
from tests.stories.base import NewsroomTestCase

Rendition = get_image_model().get_rendition_model()
STORY_HERO = ("hero", "card", "wide_card", "sharing")


def new_image():
    # Large enough for every width the roles ask for: Wagtail never upscales.
    return wagtail_factories.ImageFactory(file__width=1800, file__height=1200)


def made_for(image):
    return set(Rendition.objects.filter(image=image).values_list("filter_spec", flat=True))


class RenditionsOnPublishTests(NewsroomTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.event_indexes = build_event_indexes(cls.tree)

    def assertReaderMakesNone(self, *paths):
        """The first request for each path makes no rendition."""
        before = Rendition.objects.count()
        for path in paths:
            with self.subTest(path=path), CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(path).status_code, 200)
            inserts = [
                query["sql"]
                for query in queries
                if query["sql"].startswith("INSERT") and "wagtailimages_rendition" in query["sql"]
            ]
            self.assertEqual(inserts, [], path)
        self.assertEqual(Rendition.objects.count(), before)

    def publish_story(self, **values):
        story = StoryPageFactory(parent=self.newsroom["indexes"]["pl"], **values)
        with self.captureOnCommitCallbacks(execute=True):
            story.save_revision().publish()
            # Queued for after the commit, not made inside the transaction.
            self.assertEqual(Rendition.objects.count(), 0)
        return story

    def test_publishing_a_story_makes_every_rendition_its_pictures_need(self):
        hero, figure = new_image(), new_image()
        story = self.publish_story(
            hero_image=hero,
            hero_alt="Uczestnicy spotkania",
            body=[
                {
                    "type": "image",
                    "value": {"image": figure.pk, "alt_text": "Mapa", "caption": "", "credit": ""},
                }
            ],
        )
        self.assertEqual(made_for(hero), set(specs_of(*STORY_HERO)))
        self.assertEqual(made_for(figure), set(specs_of("figure")))
        response = self.client.get(story.url)
        self.assertContains(response, 'fetchpriority="high"', count=1)
        self.assertContains(response, 'type="image/avif"', count=2)
        self.assertReaderMakesNone(story.url, "/pl/aktualnosci/", "/pl/")

    def test_a_draft_makes_none(self):
        hero = new_image()
        story = StoryPageFactory(parent=self.newsroom["indexes"]["pl"], live=False)
        story.hero_image, story.hero_alt = hero, "Zdjęcie"
        with self.captureOnCommitCallbacks(execute=True):
            story.save_revision()
        self.assertEqual(made_for(hero), set())

    def test_a_new_focal_point_remakes_the_crops(self):
        hero = new_image()
        story = self.publish_story(hero_image=hero, hero_alt="Zdjęcie")
        hero.focal_point_x, hero.focal_point_y = 1500, 200
        hero.focal_point_width = hero.focal_point_height = 100
        with self.captureOnCommitCallbacks(execute=True):
            hero.save()
        crops = [spec for spec in specs_of(*STORY_HERO) if spec.startswith("fill-")]
        for spec in crops:
            with self.subTest(spec=spec):
                # A crop's key names the focal point it was made around.
                self.assertTrue(
                    Rendition.objects.filter(
                        image=hero,
                        filter_spec=spec,
                        focal_point_key=Filter(spec).get_cache_key(hero),
                    ).exists()
                )
        self.assertReaderMakesNone(story.url, "/pl/aktualnosci/")

    def test_publishing_a_practice_makes_its_picture(self):
        image = new_image()
        practice = PracticeFactory(image=image, image_alt="Warsztaty")
        with self.captureOnCommitCallbacks(execute=True):
            practice.save_revision().publish()
        self.assertEqual(made_for(image), set(specs_of("figure")))

    def test_an_event_report_makes_its_gallery(self):
        image = new_image()
        with self.captureOnCommitCallbacks(execute=True):
            event = make_event(
                self.event_indexes["pl"], photos=[EventPhoto(image=image, alt_text="Sala")]
            )
        self.assertEqual(made_for(image), set(specs_of("gallery")))
        self.assertReaderMakesNone(event.url)

    def test_records_without_drafts_make_theirs_when_saved(self):
        photo, partner_logo, site_logo = new_image(), new_image(), new_image()
        person = self.newsroom["person"]["pl"]
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        with self.captureOnCommitCallbacks(execute=True):
            person.photo = photo
            person.save()
            OrganisationFactory(role="partner", logo=partner_logo)
            settings.logo = site_logo
            settings.save()
        self.assertEqual(made_for(photo), set(specs_of("portrait")))
        self.assertEqual(made_for(partner_logo), set(specs_of("partner")))
        self.assertEqual(made_for(site_logo), set(specs_of("logo", "publisher_logo")))
        self.assertReaderMakesNone("/pl/aktualnosci/authors/redakcja/", "/pl/")

    @override_settings(
        TASKS={
            "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
            "renditions": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
        }
    )
    def test_the_work_is_a_background_task(self):
        hero = new_image()
        self.publish_story(hero_image=hero, hero_alt="Zdjęcie")
        self.assertEqual(made_for(hero), set())
        queued = [
            (result.task.name, result.args)
            for result in task_backends["renditions"].results
            if result.task.name == "make_renditions"
        ]
        self.assertIn(("make_renditions", [hero.pk, sorted(STORY_HERO)]), queued)
