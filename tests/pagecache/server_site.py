"""The content of the two-server test, built in its own database by a
``manage.py shell`` of that database (see test_two_servers)."""

from django.contrib.auth import get_user_model
from django.db import transaction

from home.factories import ContentPageFactory
from home.languages import sync_languages
from home.models import HomePage

OLD_TITLE = "Tytuł przed zmianą"
NEW_TITLE = "Tytuł po zmianie"


def build():
    with transaction.atomic():
        sync_languages()
        home = HomePage.objects.get(locale__language_code="pl", depth=2)
        page = ContentPageFactory(parent=home, title=OLD_TITLE, slug="zmiana")
        page.save_revision().publish()
        # The change an editor will publish through one of the servers.
        page.title = NEW_TITLE
        page.save_revision()
        get_user_model().objects.create_superuser(
            "redakcja", "redakcja@example.org", "haslo-testowe"
        )
    print(page.pk)
