from django.http import HttpResponse


def minimal(request):
    """The reference of every rate: no template, no query, a small body, through
    every middleware of the site."""
    return HttpResponse("ok\n", content_type="text/plain")
