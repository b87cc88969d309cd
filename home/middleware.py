from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's locale middleware without its 404 fallback redirect.

    Wagtail serves every path under a language prefix, so Django's fallback would
    turn any unknown address such as ``/xx/`` into a redirect to ``/pl/xx/``.
    Only ``/`` chooses a language (see ``home.views.choose_language``); every
    other address without a known prefix is a plain 404.
    """

    def process_response(self, request, response):
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
