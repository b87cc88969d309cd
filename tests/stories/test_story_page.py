"""The story page: body blocks, table of contents, reading time, related content,
and what an editor may and may not save."""

from django.test import override_settings

import wagtail_factories
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from home.languages import sync_languages
from home.models import HomePage
from practices.factories import PracticeFactory
from stories.factories import StoryPageFactory
from stories.models import AwardAnnouncementPage, ClaimsPage, StoryIndexPage, StoryPage
from tests.practices.base import build_library
from tests.stories.base import NewsroomTestCase

UNREACHABLE = [{"class": "tests.stories.fakes.UnreachableFinder"}]
FAKE_VIDEO = [{"class": "tests.stories.fakes.FakeVideoFinder"}]


def video_story(index, url):
    story = StoryPageFactory(
        parent=index,
        slug="wideo",
        body=[{"type": "video", "value": {"url": url, "title": "Flash mob w Lublinie"}}],
    )
    story.save_revision().publish()
    return story


class BodyTests(NewsroomTestCase):
    def test_headings_have_unique_anchors_and_a_table_of_contents(self):
        response = self.client.get("/pl/aktualnosci/czy-miasta-maja-plan/")
        html = response.content.decode()
        self.assertIn('<h2 id="co-mowia-liczby">Co mówią liczby</h2>', html)
        self.assertIn('<h2 id="co-mowia-liczby-2">Co mówią liczby</h2>', html)
        self.assertIn('<a href="#co-mowia-liczby">Co mówią liczby</a>', html)
        self.assertIn('<a href="#co-mowia-liczby-2">Co mówią liczby</a>', html)

    def test_explicit_anchor_wins_and_template_ids_are_not_taken(self):
        story = StoryPageFactory(
            parent=self.newsroom["indexes"]["pl"],
            body=[
                {"type": "heading", "value": {"text": "Kontakt", "anchor": "main"}},
                {"type": "heading", "value": {"text": "Źródła", "anchor": "zrodla"}},
                {"type": "heading", "value": {"text": "***", "anchor": ""}},
            ],
        )
        self.assertEqual(
            [section.anchor for section in story.table_of_contents],
            ["main-2", "zrodla", "section"],
        )

    def test_reading_time_counts_the_words_of_the_body(self):
        words = " ".join(["słowo"] * 450)
        story = StoryPageFactory(
            parent=self.newsroom["indexes"]["pl"],
            body=[{"type": "paragraph", "value": f"<p>{words}</p>"}],
        )
        self.assertEqual(story.reading_time, 3)  # 450 words and the standfirst, 200 a minute
        self.assertEqual(self.newsroom["news"]["pl"].reading_time, 1)

    @override_settings(WAGTAILEMBEDS_FINDERS=UNREACHABLE)
    def test_a_video_that_cannot_be_resolved_leaves_a_plain_link(self):
        video_story(self.newsroom["indexes"]["pl"], "https://www.youtube.com/watch?v=offline")
        response = self.client.get("/pl/aktualnosci/wideo/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'href="https://www.youtube.com/watch?v=offline"')
        self.assertContains(response, "Flash mob w Lublinie")
        self.assertNotContains(response, "<iframe")

    @override_settings(WAGTAILEMBEDS_FINDERS=FAKE_VIDEO)
    def test_a_resolved_video_is_embedded_with_the_link_kept(self):
        video_story(self.newsroom["indexes"]["pl"], "https://www.youtube.com/watch?v=online")
        response = self.client.get("/pl/aktualnosci/wideo/")
        self.assertContains(response, '<iframe title="Flash mob"')
        self.assertContains(response, 'href="https://www.youtube.com/watch?v=online"')

    def test_statistic_myth_and_fact_and_callout_render_with_their_sources(self):
        story = StoryPageFactory(
            parent=self.newsroom["indexes"]["pl"],
            slug="bloki",
            body=[
                {
                    "type": "statistic",
                    "value": {
                        "number": "54%",
                        "label": "miast ma strategię obejmującą wszystkie sektory",
                        "source": "OECD",
                        "source_url": "https://www.epi-project.com",
                    },
                },
                {
                    "type": "myth_fact",
                    "value": {
                        "claim": "Nikt się tym nie zajmuje",
                        "verdict": "misleading",
                        "explanation": "<p>Fakty.</p>",
                        "sources": [{"title": "Seed", "url": "https://example.org/seed"}],
                        "fact_check": self.newsroom["fact_check"]["pl"].pk,
                    },
                },
                {"type": "callout", "value": {"title": "Pamiętaj", "text": "<p>Ważne.</p>"}},
                {
                    "type": "image",
                    "value": {
                        "image": wagtail_factories.ImageFactory().pk,
                        "alt_text": "Sala obrad sejmiku",
                        "caption": "Peer review",
                        "credit": "Redakcja",
                    },
                },
            ],
        )
        story.save_revision().publish()
        sync_languages()
        response = self.client.get("/en/news/bloki/")  # the untranslated copy in English
        html = response.content.decode()
        self.assertIn('<p class="statistic__number">54%</p>', html)
        self.assertIn('<a href="https://www.epi-project.com" rel="noopener">OECD</a>', html)
        self.assertIn("<strong>Misleading</strong>", html)
        self.assertIn('<a href="https://example.org/seed" rel="noopener">Seed</a>', html)
        # The myth's own fact-check, in the reader's language.
        self.assertIn(
            '<a href="/en/news/do-cities-have-a-plan/">Read the full fact-check</a>', html
        )
        self.assertIn('aria-label="Pamiętaj"', html)
        self.assertIn('alt="Sala obrad sejmiku"', html)


class RelatedContentTests(NewsroomTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            build_library(cls.tree)
        cls.practice = PracticeFactory(title="Przewodnik dla nowoprzybyłych", slug="przewodnik")
        cls.hidden_practice = PracticeFactory(title="Nieopublikowana", slug="ukryta", live=False)
        index = cls.newsroom["indexes"]["pl"]
        cls.story = StoryPageFactory(
            parent=index,
            slug="z-praktyka",
            kind=StoryPage.Kind.NARRATIVE,
            body=[
                {"type": "practice", "value": {"practice": cls.practice.pk}},
                {"type": "practice", "value": {"practice": cls.hidden_practice.pk}},
            ],
        )
        cls.story.related_practices.create(practice=cls.practice)
        cls.story.related_stories.create(story=cls.newsroom["fact_check"]["pl"])
        cls.story.related_stories.create(story=cls.newsroom["news"]["pl"])
        cls.story.save_revision().publish()
        sync_languages()
        news = cls.newsroom["news"]["pl"]
        news.unpublish()

    def test_practice_cards_link_to_the_library_and_skip_unpublished_practices(self):
        response = self.client.get("/pl/aktualnosci/z-praktyka/")
        html = response.content.decode()
        self.assertIn(
            '<a href="/pl/dobre-praktyki/przewodnik/">Przewodnik dla nowoprzybyłych</a>', html
        )
        self.assertEqual(html.count('href="/pl/dobre-praktyki/przewodnik/"'), 2)
        self.assertNotIn("Nieopublikowana", html)

    def test_related_stories_are_published_ones_in_the_readers_language(self):
        response = self.client.get("/pl/aktualnosci/z-praktyka/")
        self.assertEqual(
            [story.title for story in response.context["related_stories"]],
            ["Czy miasta mają plan?"],
        )
        response = self.client.get("/en/news/z-praktyka/")
        self.assertEqual(
            [story.title for story in response.context["related_stories"]],
            ["Do cities have a plan?"],
        )


class PageTypeTests(WagtailPageTestCase, NewsroomTestCase):
    def setUp(self):
        user = self.login()
        # Form errors below are asserted in English, the admin language this user chose.
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(StoryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage, AwardAnnouncementPage})
        self.assertAllowedParentPageTypes(StoryPage, {StoryIndexPage})
        self.assertAllowedSubpageTypes(StoryPage, set())
        self.assertAllowedParentPageTypes(ClaimsPage, {HomePage})
        self.assertAllowedSubpageTypes(ClaimsPage, set())
        self.assertFalse(StoryIndexPage.can_create_at(self.tree["home"]["pl"]))  # one per home

    def form_data(self, **fields):
        return nested_form_data(
            {
                "title": "Nowa historia",
                "slug": "nowa-historia",
                "kind": "news",
                "standfirst": "Wstęp.",
                "hero_alt": "",
                "body": streamfield(
                    [
                        ("heading", {"text": "Początek", "anchor": ""}),
                        ("paragraph", rich_text("<p>Treść.</p>")),
                    ]
                ),
                "authors": inline_formset([{"person": self.newsroom["person"]["pl"].pk}]),
                "related_stories": inline_formset([]),
                "related_practices": inline_formset([]),
                "tags": "migracja, fakty",
                **fields,
            }
        )

    def test_an_editor_can_create_a_story(self):
        index = self.newsroom["indexes"]["pl"]
        self.assertCanCreate(index, StoryPage, self.form_data())
        story = StoryPage.objects.get(slug="nowa-historia", locale=self.locales["pl"])
        self.assertEqual([tag.name for tag in story.tags.order_by("name")], ["fakty", "migracja"])

    def post(self, **fields):
        # Publishing: Wagtail lets a draft be saved with required block fields empty.
        index = self.newsroom["indexes"]["pl"]
        return self.client.post(
            f"/admin/pages/add/stories/storypage/{index.pk}/",
            {**self.form_data(**fields), "action-publish": "action-publish"},
        )

    def test_a_fact_check_needs_a_claim_and_only_a_fact_check_has_one(self):
        response = self.post(kind="fact-check")
        self.assertEqual(list(response.context["form"].errors), ["claim"])
        self.assertContains(response, "A fact-check reviews a claim")
        response = self.post(kind="news", claim=self.newsroom["claim"]["pl"].pk)
        self.assertEqual(list(response.context["form"].errors), ["claim"])
        self.assertContains(response, "Only a fact-check reviews a claim")
        self.assertFalse(StoryPage.objects.filter(slug="nowa-historia").exists())
        response = self.post(kind="fact-check", claim=self.newsroom["claim"]["pl"].pk)
        self.assertEqual(response.status_code, 302)

    def test_the_claim_is_chosen_among_claims_of_the_storys_language(self):
        index = self.newsroom["indexes"]["pl"]
        response = self.client.get(f"/admin/pages/add/stories/storypage/{index.pk}/")
        choices = response.context["form"].fields["claim"].queryset
        self.assertEqual(list(choices), [self.newsroom["claim"]["pl"]])
        response = self.post(kind="fact-check", claim=self.newsroom["claim"]["en"].pk)
        self.assertEqual(list(response.context["form"].errors), ["claim"])

    def test_hero_image_and_image_blocks_need_alternative_text(self):
        image = wagtail_factories.ImageFactory()
        response = self.post(hero_image=image.pk)
        self.assertEqual(list(response.context["form"].errors), ["hero_alt"])
        response = self.post(
            body=streamfield(
                [("image", {"image": image.pk, "alt_text": "", "caption": "", "credit": ""})]
            )
        )
        self.assertEqual(list(response.context["form"].errors), ["body"])
        self.assertFalse(StoryPage.objects.filter(slug="nowa-historia").exists())

    def test_pages_render_and_preview(self):
        for page in (self.newsroom["indexes"]["pl"], self.newsroom["claims_pages"]["pl"]):
            with self.subTest(page=page):
                self.assertPageIsRenderable(page)
                self.assertPageIsPreviewable(Page.objects.get(pk=page.pk).specific)
        story = self.newsroom["fact_check"]["pl"]
        self.assertPageIsRenderable(story)
        self.assertPageIsPreviewable(
            story,
            post_data=self.form_data(
                title=story.title,
                slug=story.slug,
                kind="fact-check",
                claim=self.newsroom["claim"]["pl"].pk,
            ),
        )
