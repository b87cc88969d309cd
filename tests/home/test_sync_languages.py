from django.contrib.auth.models import Group
from django.test import override_settings

from wagtail.models import Locale, Page

from home.factories import ContentPageFactory
from home.languages import sync_languages
from home.models import HomePage
from tests.base import SiteTestCase

WITH_GERMAN = [("pl", "Polski"), ("en", "English"), ("uk", "Українська"), ("de", "Deutsch")]


class SyncLanguagesTests(SiteTestCase):
    def test_new_polish_pages_appear_as_untranslated_copies_in_every_tree(self):
        page = ContentPageFactory(parent=self.tree["home"]["pl"], title="Nowość", slug="nowosc")
        sync_languages()
        copies = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
        self.assertEqual(sorted(copy.locale.language_code for copy in copies), ["en", "uk"])
        self.assertTrue(all(copy.alias_of_id == page.pk for copy in copies))

    @override_settings(LANGUAGES=WITH_GERMAN, WAGTAIL_CONTENT_LANGUAGES=WITH_GERMAN)
    def test_adding_a_language_is_a_setting_and_one_command(self):
        created = sync_languages()
        self.assertEqual(created, ["de"])
        german = Locale.objects.get(language_code="de")
        german_home = HomePage.objects.get(locale=german)
        self.assertEqual(
            german_home.get_children().count(), self.tree["home"]["pl"].get_children().count()
        )
        group = Group.objects.get(name="Translators DE")
        self.assertEqual(
            set(group.page_permissions.values_list("page_id", flat=True)), {german_home.pk}
        )
        self.assertEqual(sync_languages(), [], "a second run adds nothing")
