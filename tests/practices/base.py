from home.localization import translate_with
from practices.factories import PracticeLibraryPageFactory
from practices.models import PracticeLibraryPage
from tests.base import SiteTestCase

LIBRARY_TITLES = {
    "en": ("Good practices", "good-practices"),
    "uk": ("Добрі практики", "dobri-praktyky"),
}


def build_library(tree):
    """A practice library page in every language of ``tree`` (see tests.base)."""
    library = PracticeLibraryPageFactory(parent=tree["home"]["pl"], show_in_menus=True)
    library.save_revision().publish()
    libraries = {"pl": library}
    for code, (title, slug) in LIBRARY_TITLES.items():
        libraries[code] = translate_with(
            library,
            tree["locales"][code],
            PracticeLibraryPage(title=title, slug=slug, introduction=title, show_in_menus=True),
        )
    return libraries


class LibraryTestCase(SiteTestCase):
    """The shared site plus a practice library in every language."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.libraries = build_library(cls.tree)
