"""The one way JSON for readers is written (JSON-LD, GeoJSON): ``<``, ``>`` and
``&`` become escapes, so no value can close a script element or start markup
wherever the JSON ends up."""

import json

from django.http import HttpResponse

ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))


def safe_json_dumps(data):
    text = json.dumps(data, ensure_ascii=False)
    # str.replace, not str.translate: a map of every practice is most of a megabyte,
    # and translate walks it character by character in Python's slow path.
    for character, escape in ESCAPES:
        text = text.replace(character, escape)
    return text


def safe_json_response(data, content_type="application/json"):
    return HttpResponse(safe_json_dumps(data), content_type=f"{content_type}; charset=utf-8")
