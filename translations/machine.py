"""Machine translation for translators, from a self-hosted LibreTranslate or DeepL
(chosen in settings from the environment). The services are reached over the
network, so a failure becomes a message in the editor instead of a server error."""

from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator

import requests


class ServiceUnavailable(Exception):
    """The translation service did not answer usefully; nothing was translated."""

    def __init__(self, service):
        super().__init__(service)
        self.service = service


class ReportsFailures:
    def translate(self, source_locale, target_locale, strings):
        try:
            return super().translate(source_locale, target_locale, strings)
        except (requests.RequestException, ValueError, KeyError) as error:
            # Timeouts, refused connections, HTTP errors and unreadable answers alike.
            raise ServiceUnavailable(self.display_name) from error


class LibreTranslate(ReportsFailures, LibreTranslator):
    pass


class DeepL(ReportsFailures, DeepLTranslator):
    pass
