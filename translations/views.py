from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail_localize.models import Translation

import django_filters

from .review import NoReviewWorkflow, can_submit, submit_for_review
from .status import Status, translatable_models, translation_status


class Rows(list):
    """Report rows; django-filter asks a queryset for its model, rows have none."""

    model = None


class RowFilterSet(django_filters.FilterSet):
    """Filters for computed rows rather than a queryset: the report's rows come
    from several models and wagtail-localize's records at once."""

    language = django_filters.ChoiceFilter(label=_("Language"), empty_label=_("All"))
    kind = django_filters.ChoiceFilter(label=_("Type"), empty_label=_("All"))
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, empty_label=_("All")
    )

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, Rows(queryset or []), request=request, prefix=prefix)
        self.filters["language"].extra["choices"] = [
            (locale.language_code, locale.get_display_name())
            for locale in Locale.objects.exclude(pk=Locale.get_default().pk)
        ]
        self.filters["kind"].extra["choices"] = [
            ("page", _("Pages")),
            *[
                (model._meta.label_lower, model._meta.verbose_name_plural)
                for model in translatable_models()[1:]
            ],
        ]

    def filter_queryset(self, rows):
        wanted = self.form.cleaned_data
        if wanted.get("language"):
            rows = [row for row in rows if row.locale.language_code == wanted["language"]]
        if wanted.get("kind") == "page":
            rows = [row for row in rows if row.source._meta.label_lower == "wagtailcore.page"]
        elif wanted.get("kind"):
            rows = [row for row in rows if row.model._meta.label_lower == wanted["kind"]]
        if wanted.get("status"):
            rows = [row for row in rows if row.status == wanted["status"]]
        return rows


class NextStepColumn(Column):
    cell_template_name = "translations/next_step_cell.html"


class TranslationStatusView(ReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    filterset_class = RowFilterSet
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Source"), get_url=lambda row: row.source_edit_url),
        Column("kind", label=_("Type")),
        Column("language", label=_("Language")),
        Column("status_label", label=_("Status")),
        NextStepColumn("next_step", label=_("Next step")),
    ]
    list_export = ["title", "kind", "language", "status", "percent", "source_edit_url"]
    export_headings = {
        "title": _("Source"),
        "kind": _("Type"),
        "language": _("Language"),
        "status": _("Status"),
        "percent": _("Translated (%)"),
        "source_edit_url": _("Source in the admin"),
    }

    def get_filterset_kwargs(self):
        data = self.request.GET.copy()
        if "language" not in data and (own := own_language(self.request.user)):
            # Translators start with their own language.
            data["language"] = own
        return {"data": data, "request": self.request}

    def get_queryset(self):
        return translation_status()

    def get_filtered_queryset(self):
        return self.filter_queryset(self.get_queryset())

    def decorate_paginated_queryset(self, rows):
        for row in rows:
            row.next_step = row.action(self.request.user)
        return rows

    def get_filename(self):
        return "translation-status"


def own_language(user):
    """The language a translator works in, from their group, or None."""
    from home.roles import translation_languages, translator_group_name

    names = set(user.groups.values_list("name", flat=True))
    for code in translation_languages():
        if translator_group_name(code) in names:
            return code
    return None


@require_POST
def submit_for_review_view(request, translation_id):
    """The translation editor's "Submit for review" (translations.review)."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    if not can_submit(request.user, translation):
        raise PermissionDenied
    page = translation.get_target_instance()
    try:
        submit_for_review(translation, request.user)
    except NoReviewWorkflow:
        messages.error(
            request, gettext("This page has no review workflow: ask a moderator to publish it.")
        )
    except ValidationError as error:
        messages.error(
            request,
            gettext("The translation could not be saved: %(errors)s")
            % {"errors": "; ".join(error.messages)},
        )
    else:
        messages.success(
            request,
            gettext("“%(title)s” in %(language)s is waiting for a moderator's review.")
            % {"title": page.get_admin_display_title(), "language": page.locale.get_display_name()},
        )
    return redirect("wagtailadmin_pages:edit", page.pk)
