from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import AccessibilityStatementPage, ContentPage, HomePage
from tests.base import SiteTestCase


class PageTypeTests(SiteTestCase, WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())

    def test_can_create_a_content_page(self):
        self.login()
        self.assertCanCreate(
            self.tree["home"]["pl"],
            ContentPage,
            nested_form_data(
                {
                    "title": "Kontakt",
                    "slug": "kontakt",
                    "introduction": "Jak się z nami skontaktować.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Adres", "anchor": "adres"}),
                            ("paragraph", rich_text("<p>Szczecin</p>")),
                        ]
                    ),
                }
            ),
        )

    def test_accessibility_statement_is_one_per_home(self):
        self.assertFalse(
            AccessibilityStatementPage.can_create_at(self.tree["home"]["pl"]),
        )

    def test_pages_render_and_preview(self):
        for name in ("home", "about", "statement"):
            for code, page in self.tree[name].items():
                with self.subTest(page=name, language=code):
                    self.assertPageIsRenderable(page)
        # Translations are edited (and previewed) in wagtail-localize's editor, not
        # the page form this assertion drives, so the source pages are previewed.
        self.assertPageIsPreviewable(self.tree["home"]["pl"])
        self.assertPageIsPreviewable(self.tree["statement"]["pl"])
        # A StreamField's form is built by JavaScript, so its data is given here.
        self.assertPageIsPreviewable(
            self.tree["about"]["pl"],
            post_data=nested_form_data(
                {
                    "title": "O nas",
                    "slug": "o-nas",
                    "introduction": "Kim jesteśmy.",
                    "body": streamfield([("paragraph", rich_text("<p>Treść</p>"))]),
                }
            ),
        )

    def test_heading_anchor_must_be_a_slug(self):
        from django.core.exceptions import ValidationError

        from home.blocks import HeadingBlock

        with self.assertRaises(ValidationError):
            HeadingBlock().clean({"text": "Adres", "anchor": "Zły adres!"})
        self.assertEqual(
            HeadingBlock().get_context(HeadingBlock().to_python({"text": "Nasze działania"}))[
                "anchor"
            ],
            "nasze-dzialania",
        )
