"""Who is asking: the reader's network address, for the suggestion form's rate
limit and the admin's login throttling (django-axes), decided one way for both.

Behind a proxy (a TLS terminator, a CDN) every request comes from the proxy's
address, so a limit keyed on it would hold back every reader at once. With
``TRUSTED_PROXY_COUNT`` proxies in front, the reader is the address the outermost
of them saw: the count-th entry from the right of X-Forwarded-For, the part our
own proxies wrote. Entries further left come from the client and are never
believed."""

import ipaddress

from django.conf import settings


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        # It did not come through every proxy we know of: only the socket is sure.
        return remote
    address = forwarded[-count]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return remote
