"""The one way JSON for readers is written (JSON-LD, GeoJSON): ``<``, ``>`` and
``&`` become escapes, so no value can close a script element or start markup
wherever the JSON ends up."""

import json

from django.http import HttpResponse

ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def safe_json_dumps(data):
    return json.dumps(data, ensure_ascii=False).translate(ESCAPES)


def safe_json_response(data, content_type="application/json"):
    return HttpResponse(safe_json_dumps(data), content_type=f"{content_type}; charset=utf-8")
