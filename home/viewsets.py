from django.core.exceptions import PermissionDenied

from wagtail.snippets.views.snippets import SnippetViewSet

from .permissions import may_act_on, translator_languages


def in_own_language(view_class):
    """``view_class`` refusing records outside the translator's language. Wagtail's
    generic views check model permissions only, not the record at hand."""

    class View(view_class):
        def get_object(self, *args, **kwargs):
            record = super().get_object(*args, **kwargs)
            if not may_act_on(self.request.user, record):
                raise PermissionDenied
            return record

    View.__name__ = view_class.__name__
    View.__qualname__ = view_class.__qualname__
    return View


class RecordEditView(SnippetViewSet.edit_view_class):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # Autosave writes a draft revision only where a record has drafts; on any
        # other record it would publish half-typed text (a site name, a topic) as
        # the editor types. Those are saved when the editor says so.
        self.autosave_enabled = self.autosave_enabled and self.draftstate_enabled


class OwnLanguageIndexView(SnippetViewSet.index_view_class):
    def get_base_queryset(self):
        records = super().get_base_queryset()
        languages = translator_languages(self.request.user)
        if languages is None:
            return records
        return records.filter(locale__language_code__in=languages)


class TranslatedRecordViewSet(SnippetViewSet):
    """The viewset of every translatable snippet: translators list, open and
    change only the records of their own language."""

    index_view_class = OwnLanguageIndexView
    edit_view_class = in_own_language(RecordEditView)
    delete_view_class = in_own_language(SnippetViewSet.delete_view_class)
    lock_view_class = in_own_language(SnippetViewSet.lock_view_class)
    unlock_view_class = in_own_language(SnippetViewSet.unlock_view_class)
    unpublish_view_class = in_own_language(SnippetViewSet.unpublish_view_class)
    revisions_unschedule_view_class = in_own_language(
        SnippetViewSet.revisions_unschedule_view_class
    )
    history_view_class = in_own_language(SnippetViewSet.history_view_class)
    inspect_view_class = in_own_language(SnippetViewSet.inspect_view_class)
