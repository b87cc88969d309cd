from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.users.models import UserProfile

import polib

from .machine import ServiceUnavailable

UPLOAD_PO = "wagtail_localize:upload_pofile"


def tell(request, message):
    """An error message in the admin language the user chose: middleware runs
    outside the admin's own language switch."""
    language = UserProfile.get_for_user(request.user).get_preferred_language()
    with translation.override(language):
        messages.error(request, str(message))


def back(request):
    """Where the translator came from (a same-site ``next``), else the dashboard."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("wagtailadmin_home")
    return redirect(next_url)


class TranslationEditorErrors:
    """wagtail-localize answers two kinds of bad moments with a server error: a
    machine-translation service that cannot be reached, and a PO upload without a
    file or without its translation header. Both become a message on the page the
    translator came from, and nothing changes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match.view_name != UPLOAD_PO:
            return None
        upload = request.FILES.get("file")
        if upload is None:
            tell(request, _("Choose a PO file to upload."))
            return back(request)
        try:
            po = polib.pofile(upload.read().decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            po = None
        finally:
            upload.seek(0)
        # polib reads anything without complaint; a PO file has a header or entries.
        if po is None or not (po.metadata or len(po)):
            tell(request, _("Please upload a valid PO file."))
            return back(request)
        if "X-WagtailLocalize-TranslationID" not in po.metadata:
            tell(
                request,
                _(
                    "This PO file was not downloaded from a translation on this site, "
                    "so it was not imported."
                ),
            )
            return back(request)
        return None

    def process_exception(self, request, exception):
        if not isinstance(exception, ServiceUnavailable):
            return None
        tell(
            request,
            format_lazy(
                _(
                    "{service} could not be reached, so nothing was translated. "
                    "Try again later, or translate by hand."
                ),
                service=exception.service,
            ),
        )
        return back(request)
