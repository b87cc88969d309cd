"""The one way list pages count the values of their filters (the library's facets,
the event list's filters).

A filter none of whose values is chosen counts what the list shows, as every such
filter does: one query brings their values row by row and they are counted here,
instead of one grouped query per filter. At a few thousand rows of small values
that is one short read instead of several scans of the whole list."""

from collections import Counter

from django.db.models import F


def tally(queryset, values):
    """``{name: Counter(value: rows)}`` over ``queryset`` for each of ``values``
    (a name mapped to a field path or an expression with one value per row).
    Empty values are not counted."""
    names = list(values)
    if not names:
        return {}
    columns = {
        f"tally_{name}": F(value) if isinstance(value, str) else value
        for name, value in values.items()
    }
    rows = list(queryset.order_by().annotate(**columns).values_list(*columns))
    # Column by column: Counter counts a whole column in C, where a loop over
    # every value of every row costs the library page milliseconds.
    columns_of_values = zip(*rows, strict=True) if rows else ((),) * len(names)
    counts = {}
    for name, column in zip(names, columns_of_values, strict=True):
        counted = Counter(column)
        for empty in (None, ""):
            counted.pop(empty, None)
        counts[name] = counted
    return counts
