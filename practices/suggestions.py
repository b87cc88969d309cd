"""Proposals of new practices from the public. A proposal becomes a draft practice
in the source language, never published on its own: the moderators review it in
the admin, where they are sent by e-mail."""

import logging
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac
from django.utils.html import linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext

from wagtail.models import Locale

from anyascii import anyascii

from home.clients import client_address
from home.localization import in_locale, page_versions
from home.models import SiteSettings
from home.roles import MODERATORS

from .forms import PracticeSuggestionForm
from .models import RESERVED_SLUGS, Practice

logger = logging.getLogger(__name__)

RATE_LIMIT_SECONDS = 10 * 60
FALLBACK_SLUG = "praktyka"
SLUG_ATTEMPTS = 3


def suggest(page, request):
    """``<library>/suggest/``: the form, and what happens to what it sends."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    status = 200
    if request.method == "POST":
        form = PracticeSuggestionForm(request.POST)
        if form.caught_robot:
            # Looks like success, so the robot learns nothing from trying again.
            return _redirect_to_thanks(page)
        if form.is_valid():
            if _claim_rate_limit_slot(request):
                try:
                    create_proposal(form, page.locale)
                except Exception:
                    # Nothing was written, so the proposer may try again at once.
                    cache.delete(_rate_limit_key(request))
                    raise
                return _redirect_to_thanks(page)
            status = 429
            minutes = RATE_LIMIT_SECONDS // 60
            form.add_error(
                None,
                ngettext(
                    "You have just sent a proposal. To keep the form free of spam, you can "
                    "send the next one in %(minutes)d minute.",
                    "You have just sent a proposal. To keep the form free of spam, you can "
                    "send the next one in %(minutes)d minutes.",
                    minutes,
                )
                % {"minutes": minutes},
            )
    else:
        form = PracticeSuggestionForm()
    response = page.render(
        request,
        template="practices/suggest_practice.html",
        context_overrides={
            "form": form,
            "privacy_url": _privacy_url(request, page.locale),
            "route_translations": _route_translations(page, "suggest"),
            "structured_data": [],
            "breadcrumb_tail": [_suggest_crumb(page)],
        },
    )
    response.status_code = status
    # The page holds a CSRF token and perhaps what the proposer typed.
    add_never_cache_headers(response)
    return response


def _suggest_crumb(page):
    return {
        "title": gettext("Suggest a practice"),
        "url": page.url + page.reverse_subpage("suggest"),
    }


def thanks(page, request):
    """``<library>/suggest/thanks/``"""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return page.render(
        request,
        template="practices/suggest_thanks.html",
        context_overrides={
            "route_translations": _route_translations(page, "suggest_thanks"),
            "structured_data": [],
            "breadcrumb_tail": [
                _suggest_crumb(page),
                {
                    "title": gettext("Thank you for your proposal"),
                    "url": page.url + page.reverse_subpage("suggest_thanks"),
                },
            ],
        },
    )


def create_proposal(form, reader_locale):
    """Save the proposal as one draft practice in the source language, with a
    revision for the moderators, and tell them once the transaction commits."""
    data = form.cleaned_data
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    practice = Practice(
        locale=source,
        live=False,
        title=data["title"],
        summary=data["summary"],
        body=linebreaks(data["description"], autoescape=True),
        city=data["city"],
        country=data["country"],
        area=data["area"],
        website=data["website"],
        proposed_by=form.contact(),
    )
    with transaction.atomic():
        _save_with_unique_slug(practice)
        practice.save_revision(log_action="wagtail.create")
        transaction.on_commit(
            partial(notify_moderators, practice, reader_locale.language_code), robust=True
        )
    return practice


def unique_slug(title, locale):
    base = slugify(anyascii(title))[: Practice._meta.get_field("slug").max_length - 10]
    base = base.strip("-") or FALLBACK_SLUG
    taken = set(
        Practice.objects.filter(locale=locale, slug__startswith=base).values_list("slug", flat=True)
    )
    taken |= RESERVED_SLUGS
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _save_with_unique_slug(practice):
    # Two proposals with the same title may arrive at the same moment; the
    # database constraint decides, and the loser takes the next free slug.
    for attempt in range(SLUG_ATTEMPTS):
        practice.slug = unique_slug(practice.title, practice.locale)
        try:
            with transaction.atomic():
                practice.save()
            return
        except IntegrityError:
            if attempt == SLUG_ATTEMPTS - 1:
                raise


def moderator_emails():
    return list(
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATORS)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def notify_moderators(practice, submitted_in):
    recipients = moderator_emails()
    if not recipients:
        logger.warning("Practice proposal %s: no moderator has an e-mail address.", practice.pk)
        return
    edit_path = reverse("wagtailsnippets_practices_practice:edit", args=[practice.pk])
    context = {
        "practice": practice,
        "edit_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + edit_path,
        "submitted_in": submitted_in,
    }
    # The moderators work in the source language, whoever sent the proposal.
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("practices/emails/suggestion_subject.txt", context)
        body = render_to_string("practices/emails/suggestion_body.txt", context)
    # A header cannot hold a line break; the title has none, the template might.
    send_mail(" ".join(subject.split()), body, None, recipients)


def _redirect_to_thanks(page):
    response = HttpResponseRedirect(page.url + page.reverse_subpage("suggest_thanks"))
    # 303: the browser fetches the thank-you page with GET, so reloading it
    # cannot send the proposal twice.
    response.status_code = 303
    return response


def _rate_limit_key(request):
    # Keyed on a salted hash: the cache never holds a reader's address.
    digest = salted_hmac("practices.suggest", client_address(request)).hexdigest()
    return f"practices:suggest:{digest}"


def _claim_rate_limit_slot(request):
    # ``add`` only writes a missing key, so two requests at once cannot both pass.
    return cache.add(_rate_limit_key(request), 1, timeout=RATE_LIMIT_SECONDS)


def _privacy_url(request, locale):
    privacy = SiteSettings.for_request(request).privacy_page
    if privacy is None:
        return ""
    privacy = in_locale(privacy, locale)
    return privacy.get_url(request) if privacy.live else ""


def _route_translations(page, route):
    """The same sub-address in every language the library is written in, for the
    language switcher and the alternate links."""
    return {
        language_code: library.url + page.reverse_subpage(route)
        for language_code, library in page_versions(page).items()
    }
