from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Organisation, Practice, Programme, Topic


class PracticeViewSet(SnippetViewSet):
    model = Practice
    icon = "site"
    menu_label = _("Practices")
    list_display = ["title", "city", "country", "area", "year", "locale", "live"]
    list_filter = {
        "area": ["exact"],
        "topics": ["exact"],
        "country": ["exact"],
        "programme": ["exact"],
        "live": ["exact"],
        "locale": ["exact"],
    }
    search_fields = ["title", "summary", "city"]
    list_export = [
        "title",
        "slug",
        "summary",
        "city",
        "region",
        "country",
        "latitude",
        "longitude",
        "area",
        "year",
        "website",
        "contact",
        "locale",
        "live",
    ]
    export_filename = "practices"


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "folder-open-inverse"
    list_display = ["name", "website", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "role", "website", "locale"]
    list_filter = ["role", "locale"]
    search_fields = ["name"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (PracticeViewSet, TopicViewSet, ProgrammeViewSet, OrganisationViewSet)
    menu_icon = "site"
    menu_label = _("Practice library")
    menu_name = "practice-library"


register_snippet(LibraryViewSetGroup)
