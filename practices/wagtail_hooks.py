from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from home.viewsets import TranslatedRecordViewSet

from .models import Organisation, Practice, Programme, Topic


class SourceLanguageChoice:
    """Choosers list only source-language records, so there is no language to
    pick: relations point at the source and readers see it in their language
    (see ``Taxonomy``). Wagtail's choosers list every locale by default."""

    i18n_enabled = False


class SourceLanguageChooseView(SourceLanguageChoice, ChooseView):
    pass


class SourceLanguageChooseResultsView(SourceLanguageChoice, ChooseResultsView):
    pass


class SourceLanguageChooserViewSet(SnippetChooserViewSet):
    choose_view_class = SourceLanguageChooseView
    choose_results_view_class = SourceLanguageChooseResultsView

    def get_object_list(self):
        # By locale id: the search backend filters on indexed fields only.
        return self.model.objects.filter(locale=Locale.get_default())


class PracticeViewSet(TranslatedRecordViewSet):
    chooser_viewset_class = SourceLanguageChooserViewSet
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


class TopicViewSet(TranslatedRecordViewSet):
    chooser_viewset_class = SourceLanguageChooserViewSet
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ProgrammeViewSet(TranslatedRecordViewSet):
    chooser_viewset_class = SourceLanguageChooserViewSet
    model = Programme
    icon = "folder-open-inverse"
    list_display = ["name", "website", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class OrganisationViewSet(TranslatedRecordViewSet):
    chooser_viewset_class = SourceLanguageChooserViewSet
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
