"""A result's snippet with the reader's words marked.

Matching is by word, ignoring case and accents (``lodz`` marks ``Łódź``), and
tolerates Polish endings (``wyborów`` marks ``wybory``), because the search
backend found the result through the same folding and stemming. Everything but
the ``<mark>`` elements is escaped."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Letters that Unicode does not decompose into a base letter and an accent.
UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "ı": "i", "æ": "ae"})
# A word with any accents written as separate combining characters.
WORD = re.compile(r"[\w\u0300-\u036f]+")
# Endings a Polish (or English) word may change between its forms.
ENDING = 2
SHORTEST_STEM = 4
SNIPPET_LENGTH = 280
CONTEXT_BEFORE = 60


def fold(text):
    """Lower case without accents: the form words are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(UNDECOMPOSED)


def stems(query):
    """The beginnings a word of the text must have to count as a query word."""
    found = set()
    for word in WORD.findall(query):
        folded = fold(word)
        if len(folded) > SHORTEST_STEM:
            folded = folded[: max(SHORTEST_STEM, len(folded) - ENDING)]
        # A one-letter word ("w", "i") would mark half the text.
        if len(folded) > 1:
            found.add(folded)
    return found


def highlight(text, query, length=SNIPPET_LENGTH):
    """``text`` cut to about ``length`` characters around the first match, HTML
    escaped, with each matching word in ``<mark>``."""
    text = " ".join((text or "").split())
    wanted = stems(query)
    matches = [m for m in WORD.finditer(text) if fold(m.group()).startswith(tuple(wanted))]
    start, end = _window(text, matches[0].start() if matches else 0, length)
    parts = ["…" if start else ""]
    position = start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:end]))
    parts.append("…" if end < len(text) else "")
    return mark_safe("".join(parts))


def mark_words(text, query):
    """The whole of ``text`` (a title), escaped, with each matching word in ``<mark>``."""
    return highlight(text, query, length=len(text or ""))


def _window(text, first_match, length):
    """Where to cut: the first match shown with a little text before it, both
    ends at a space."""
    if len(text) <= length:
        return 0, len(text)
    start = max(0, first_match - CONTEXT_BEFORE)
    if start:
        space = text.find(" ", start, first_match)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end
