from home import factories
from tests.base import SiteTestCase

TREE_FIELDS = ["path", "depth", "url_path"]


class FactoryTests(SiteTestCase):
    def test_content_page_factory_creates_a_valid_child(self):
        page = factories.ContentPageFactory(parent=self.tree["home"]["pl"])
        page.full_clean()
        self.assertEqual(page.get_parent().pk, self.tree["home"]["pl"].pk)

    def test_unsaved_pages_are_valid(self):
        for factory in (
            factories.HomePageFactory,
            factories.ContentPageFactory,
            factories.AccessibilityStatementPageFactory,
        ):
            with self.subTest(factory=factory.__name__):
                page = factory.build(locale=self.locales["pl"])
                page.full_clean(exclude=TREE_FIELDS)

    def test_identity_factory(self):
        factories.SiteIdentityFactory(locale=self.locales["pl"]).full_clean()
