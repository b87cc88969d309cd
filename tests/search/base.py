"""The shared site plus one thing of every result type that mentions bicycles
("rowery", a word every item has as is, since SQLite does not stem), and the
helpers the search tests share."""

from events.factories import EventPageFactory
from home.factories import ContentPageFactory
from practices.factories import PracticeFactory
from stories.award_factories import AwardAnnouncementPageFactory
from stories.factories import ClaimFactory, StoryIndexPageFactory, StoryPageFactory
from stories.models import StoryPage
from tests.base import SiteTestCase
from tests.events.base import build_event_indexes
from tests.practices.base import build_library

WORD = "rowery"


def build_results(tree):
    """Published Polish content of every type, each naming ``WORD``."""
    home = tree["home"]["pl"]
    newsroom = StoryIndexPageFactory(parent=home)
    newsroom.save_revision().publish()
    events = build_event_indexes(tree)["pl"]
    content = {
        "news": StoryPageFactory(
            parent=newsroom, title="Rowerowa integracja", standfirst="Rowery łączą sąsiadów."
        ),
        "fact_check": StoryPageFactory(
            parent=newsroom,
            title="Czy rowery dzielą?",
            kind=StoryPage.Kind.FACT_CHECK,
            claim=ClaimFactory(),
        ),
        "event": EventPageFactory(
            parent=events, title="Warsztaty", summary="Naprawiamy rowery razem."
        ),
        "award": AwardAnnouncementPageFactory(
            parent=newsroom, title="Nagroda 2015", introduction="Jury nagradza rowery."
        ),
        "page": ContentPageFactory(
            parent=home, title="W mieście", introduction="Rowery w mieście."
        ),
    }
    for page in content.values():
        page.save_revision().publish()
    content["practice"] = PracticeFactory(
        title="Rowerownia", summary="Warsztat dla sąsiadów.", body="<p>Naprawiamy rowery.</p>"
    )
    content["newsroom"] = newsroom
    return content


class SearchTestCase(SiteTestCase):
    """The shared site with a library in every language and one result of each type."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.libraries = build_library(cls.tree)
            cls.content = build_results(cls.tree)

    def search(self, path="/pl/szukaj/", query=WORD, **params):
        response = self.client.get(path, {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        return response

    def titles(self, path="/pl/szukaj/", query=WORD, **params):
        return [hit.title for hit in self.search(path, query, **params).context["results"]]
