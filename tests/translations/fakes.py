from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


class FakeTranslator(BaseMachineTranslator):
    """Answers at once, without a network: the target language code before each string."""

    display_name = "Fake translator"

    def translate(self, source_locale, target_locale, strings):
        return {
            string: StringValue(f"{target_locale.language_code.upper()}: {string.data}")
            for string in strings
        }

    def can_translate(self, source_locale, target_locale):
        return source_locale != target_locale
