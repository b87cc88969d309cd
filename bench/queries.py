#!/usr/bin/env python
"""Count the SQL queries of a warm request to each page, in-process with Django's test
client, under the environment bench/run.py gives it (one process per mode, so that
PAGE_CACHE_SECONDS and the cache are exactly the server's).

    python bench/queries.py REQUEST.json RESULT.json

REQUEST.json: {"rows": [[name, path], ...], "list_sizes": {name: "app.Model"},
"small_items": 10}. RESULT.json: {name: {"status", "queries", "queries_small"}}.

A list page's count at full scale is compared with its count at ``small_items`` items:
in one transaction that is rolled back, every live item of the model but the
``small_items`` first of the source language (and their translations) is unpublished,
the cache is cleared and the page counted again. Same database, same URL, same code;
only the number of items differs, so any query made per item shows as a difference.
"""

import json
import logging
import os
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def describe(exc_info) -> str:
    """The exception and the innermost project frame: enough to find the bug."""
    _, exc, tb = exc_info
    frames = traceback.extract_tb(tb)
    own = [f for f in frames if f.filename.startswith(str(ROOT)) and "/.venv/" not in f.filename]
    where = own[-1] if own else frames[-1]
    summary = "".join(traceback.format_exception_only(exc)).strip()
    return f"{summary} (at {where.filename}:{where.lineno})"


def clear_caches():
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


def count(client, name, path):
    """Status and queries of the second of two requests: the first fills whatever
    the site caches per process or in the cache (navigation, settings, pages)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    if getattr(response, "exc_info", None):
        print(f"warning: {name}: {describe(response.exc_info)}", file=sys.stderr)
    return response.status_code, len(captured.captured_queries)


def keep_only(label, items):
    """Unpublish every live ``label`` item except the ``items`` first (by primary key)
    of the source language and their translations. A queryset update: no signals, no
    cache purges, nothing outside the transaction."""
    from django.apps import apps

    from wagtail.models import Locale

    model = apps.get_model(label)
    kept = list(
        model.objects.filter(locale=Locale.get_default(), live=True)
        .order_by("pk")
        .values_list("translation_key", flat=True)[:items]
    )
    model.objects.filter(live=True).exclude(translation_key__in=kept).update(live=False)


def count_small(client, name, path, label, items):
    from django.db import transaction

    with transaction.atomic():
        keep_only(label, items)
        clear_caches()
        _, queries = count(client, name, path)
        transaction.set_rollback(True)
    # Nothing cached from the small list may outlive it.
    clear_caches()
    return queries


def main(argv=None):
    request_path, result_path = argv or sys.argv[1:]
    request = json.loads(Path(request_path).read_text())
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.db import connections
    from django.test import Client

    # Each failing page is reported once; production logging would add two tracebacks.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    # A page that raises should show up as a 500 in the table, not end the count.
    client = Client(HTTP_HOST=HOST, raise_request_exception=False)
    results = {}
    try:
        clear_caches()
        for name, path in request["rows"]:
            status, queries = count(client, name, path)
            results[name] = {"status": status, "queries": queries, "queries_small": None}
            label = request["list_sizes"].get(name)
            if label and status == 200:
                results[name]["queries_small"] = count_small(
                    client, name, path, label, request["small_items"]
                )
    finally:
        connections.close_all()
    Path(result_path).write_text(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
