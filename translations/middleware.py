from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .machine import ServiceUnavailable


class MachineTranslationErrors:
    """wagtail-localize lets a translator's exception through to a 500; this turns
    an unreachable service into a message on the page the translator came from."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ServiceUnavailable):
            return None
        messages.error(
            request,
            _(
                "%(service)s could not be reached, so nothing was translated. "
                "Try again later, or translate by hand."
            )
            % {"service": exception.service},
        )
        next_url = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            next_url = reverse("wagtailadmin_home")
        return redirect(next_url)
