"""The one way a reader's search words are cleaned before they reach a search
backend (site search, the practice library)."""

# Longer queries are cut here: nobody types more, and the backends slow down
# with every extra term.
MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Return the usable query and whether it had to be shortened. Control
    characters and double quotes carry no meaning for readers here, and SQLite's
    full-text syntax fails on an unbalanced quote."""
    query = "".join(ch for ch in raw if ch.isprintable() and ch != '"').strip()
    return query[:MAX_QUERY_LENGTH], len(query) > MAX_QUERY_LENGTH
