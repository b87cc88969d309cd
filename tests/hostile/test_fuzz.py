"""Property-based fuzzing of the public addresses' query strings: whatever the
keys and values, the answer is never a server error."""

from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from tests.hostile.base import HostileSiteTestCase, every_url
from tests.hostile.test_query_parameters import FILTER_KEYS

# Odd Unicode on purpose: controls, surrogates escaped, combining marks,
# right-to-left overrides, emoji, full-width and superscript digits.
ODD_TEXT = st.text(
    alphabet=st.characters(codec="utf-8")
    | st.sampled_from("\x00\x1b\u202e\u0301²⁰１２%&=+#?/\\\"'<>[]{}"),
    max_size=40,
)
KEYS = st.sampled_from(FILTER_KEYS) | st.text(max_size=12)
PAIRS = st.lists(st.tuples(KEYS, ODD_TEXT), max_size=6)


def query_string(pairs, raw):
    """Encoded pairs, plus raw text (percent escapes left as they come)."""
    encoded = "&".join(f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in pairs)
    return f"{encoded}&{quote(raw, safe='%&=[]')}"


class FuzzTests(HostileSiteTestCase, HypothesisTestCase):
    """Each example runs in its own transaction (Hypothesis' Django test case)."""

    @settings(
        max_examples=120,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(url=st.sampled_from(range(64)), pairs=PAIRS, raw=ODD_TEXT)
    def test_query_strings_never_cause_a_server_error(self, url, pairs, raw):
        urls = every_url(self.urls)
        path = urls[url % len(urls)]
        response = self.client.get(f"{path}?{query_string(pairs, raw)}")
        self.assertLess(response.status_code, 500, path)
