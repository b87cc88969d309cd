from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from .status import Status, waiting_counts
from .views import TranslationStatusView, own_language, submit_for_review_view


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            submit_for_review_view,
            name="submit_translation_for_review",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status"),
        icon_name="globe",
        order=900,
    )


class WaitingTranslationsPanel(Component):
    """What waits in a translator's language, with links into the report."""

    name = "waiting_translations"
    order = 90
    template_name = "translations/waiting_panel.html"

    def __init__(self, language):
        self.language = language

    def get_context_data(self, parent_context):
        report = reverse("translation_status")
        counts = waiting_counts(self.language)
        return {
            "language": self.language,
            "items": [
                {
                    "label": Status.labels[status],
                    "count": counts[status],
                    "url": f"{report}?language={self.language}&status={status}",
                }
                for status in Status.waiting
            ],
            "report_url": f"{report}?language={self.language}",
        }


@hooks.register("construct_homepage_panels")
def add_waiting_translations_panel(request, panels):
    language = own_language(request.user)
    if language:
        panels.append(WaitingTranslationsPanel(language))
