"""What lies on the newsroom's desk: one list per concern, each saying whom it
is for, which records it holds and how a record reads as an entry with a link
to its edit view.

Every list is a fixed handful of queries, however long it is: related rows come
through joins and subqueries, and edit addresses are reversed from primary keys."""

import dataclasses

from django.conf import settings
from django.db.models import CharField, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.models import ModelLogEntry, Page, Revision, TaskState, WorkflowState
from wagtail.permissions import policy_registry

from events.models import EventPage
from practices.models import Practice
from stories.models import Claim, StoryPage
from translations.status import edit_url

PAGE = Q(base_content_type__app_label="wagtailcore", base_content_type__model="page")
# A draft scheduled to go live is listed as scheduled, not as a draft.
UNSCHEDULED = Q(latest_revision__approved_go_live_at__isnull=True)


@dataclasses.dataclass(frozen=True)
class Entry:
    title: str
    url: str
    kind: str
    language: str = ""
    note: str = ""
    # A second step some entries offer, as (label, url).
    extra: tuple | None = None


def page_entry(page, note="", title=None):
    return Entry(
        title=title or page.title,
        url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
        kind=page.content_type.model_class()._meta.verbose_name,
        language=page.locale.get_display_name(),
        note=note,
    )


def editable_pages(user):
    return policy_registry.get_by_type(Page).instances_user_has_permission_for(user, "change")


def edits_source_tree(user):
    """Whether the user may edit pages in the source language's tree (editors,
    moderators, administrators; not translators)."""
    return (
        editable_pages(user).filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).exists()
    )


def in_source_tree(queryset, user):
    """Source-language originals (not untranslated copies) the user may edit."""
    return queryset.filter(
        locale__language_code=settings.LANGUAGE_CODE,
        alias_of__isnull=True,
        pk__in=editable_pages(user).values("pk"),
    )


def as_text(field):
    """Compare a generic relation's text ``object_id`` with an integer key."""
    return Cast(OuterRef(field), output_field=CharField())


class DeskList:
    """One concern. Subclasses give ``queryset(user)`` (ordered) and ``entry(obj)``."""

    slug = ""
    heading = ""
    empty = ""

    def is_for(self, user):
        return True

    def queryset(self, user):
        raise NotImplementedError

    def entry(self, obj):
        raise NotImplementedError

    def count(self, user):
        return self.queryset(user).count()

    def entries(self, user, limit=None):
        queryset = self.queryset(user)
        if limit is not None:
            queryset = queryset[:limit]
        return [self.entry(obj) for obj in queryset]

    @property
    def listing_url(self):
        return reverse("dashboard_listing", args=[self.slug])


class Reviews(DeskList):
    """Workflow tasks waiting for the user's decision: moderators and administrators."""

    slug = "reviews"
    heading = _("Reviews assigned to me")
    empty = _("Nothing waits for your review.")

    def is_for(self, user):
        return policy_registry.get_by_type(Page).user_has_permission(user, "publish")

    def queryset(self, user):
        # The revision under review names the record and its title at submission,
        # so no record needs loading.
        return (
            TaskState.objects.reviewable_by(user)
            .select_related(
                "revision__content_type",
                "revision__base_content_type",
                "revision__user",
                "workflow_state__requested_by",
            )
            .order_by("started_at", "pk")
        )

    def entry(self, state):
        revision = state.revision
        model = revision.content_type.model_class()
        requested_by = state.workflow_state.requested_by
        when = date_format(timezone.localtime(state.started_at), "j E")
        note = _("submitted %(when)s") % {"when": when}
        if requested_by:
            note = _("submitted by %(who)s on %(when)s") % {
                "who": requested_by.get_full_name() or requested_by.get_username(),
                "when": when,
            }
        return Entry(
            title=revision.object_str,
            url=edit_url(model, revision.object_id),
            kind=model._meta.verbose_name,
            note=note,
        )


class Drafts(DeskList):
    """Pages, and practices, whose unpublished changes the user made last."""

    slug = "drafts"
    heading = _("My drafts")
    empty = _("You have no unpublished changes.")

    def pages(self, user):
        workflow = WorkflowState.objects.active().filter(PAGE, object_id=as_text("pk"))
        return (
            Page.objects.filter(has_unpublished_changes=True, alias_of__isnull=True)
            .filter(Q(latest_revision__user=user) | Q(owner=user, latest_revision__user=None))
            .filter(UNSCHEDULED)
            .select_related("content_type", "locale", "latest_revision")
            .annotate(workflow_status=Subquery(workflow.values("status")[:1]))
            .order_by("-latest_revision__created_at", "-pk")
        )

    def practices(self, user):
        return (
            Practice.objects.filter(has_unpublished_changes=True, latest_revision__user=user)
            .filter(UNSCHEDULED)
            .select_related("locale", "latest_revision")
            .order_by("-latest_revision__created_at", "-pk")
        )

    def count(self, user):
        return self.pages(user).count() + self.practices(user).count()

    def entries(self, user, limit=None):
        pages, practices = self.pages(user), self.practices(user)
        if limit is not None:
            pages, practices = pages[:limit], practices[:limit]
        drafts = [*pages, *practices]
        drafts.sort(key=lambda draft: draft.latest_revision.created_at, reverse=True)
        return [self.entry(draft) for draft in drafts[:limit]]

    def entry(self, draft):
        # The draft's own title: the record's row still holds the published one.
        title = draft.latest_revision.object_str or draft.title
        if isinstance(draft, Page):
            note = WORKFLOW_NOTES.get(draft.workflow_status, "")
            return page_entry(draft, note=note, title=title)
        return Entry(
            title=title,
            url=edit_url(Practice, draft.pk),
            kind=Practice._meta.verbose_name,
            language=draft.locale.get_display_name(),
        )


WORKFLOW_NOTES = {
    WorkflowState.STATUS_IN_PROGRESS: _("in review"),
    WorkflowState.STATUS_NEEDS_CHANGES: _("changes requested"),
}


class Scheduled(DeskList):
    """Revisions a moderator scheduled to go live, of records the user may edit."""

    slug = "scheduled"
    heading = _("Scheduled")
    empty = _("Nothing is scheduled.")

    def queryset(self, user):
        pages = editable_pages(user).annotate(key=Cast("pk", CharField()))
        practices = (
            policy_registry.get_by_type(Practice)
            .instances_user_has_permission_for(user, "change")
            .annotate(key=Cast("pk", CharField()))
        )
        return (
            Revision.objects.filter(approved_go_live_at__isnull=False)
            .filter(
                (PAGE & Q(object_id__in=pages.values("key")))
                | Q(
                    content_type__app_label="practices",
                    content_type__model="practice",
                    object_id__in=practices.values("key"),
                )
            )
            .select_related("content_type")
            .order_by("approved_go_live_at", "pk")
        )

    def entry(self, revision):
        model = revision.content_type.model_class()
        when = timezone.localtime(revision.approved_go_live_at)
        return Entry(
            title=revision.object_str,
            url=edit_url(model, revision.object_id),
            kind=model._meta.verbose_name,
            note=_("goes live %(when)s") % {"when": date_format(when, "j E Y, H:i")},
        )


class EventsWithoutReport(DeskList):
    """Live events that are over and still have no report (``EventPage.has_report``)."""

    slug = "events-without-report"
    heading = _("Past events without a report")
    empty = _("Every past event has its report.")

    def is_for(self, user):
        return edits_source_tree(user)

    def queryset(self, user):
        events = EventPage.without_report(EventPage.objects.live()).filter(
            ends_at__lte=timezone.now()
        )
        return (
            in_source_tree(events, user)
            .select_related("content_type", "locale")
            .order_by("-ends_at", "-pk")
        )

    def entry(self, event):
        ended = date_format(timezone.localtime(event.ends_at, event.zone), "j E Y")
        note = _("ended %(when)s") % {"when": ended}
        if event.has_unpublished_changes:
            note = _("ended %(when)s; a draft waits") % {"when": ended}
        return page_entry(event, note=note)


class SuggestedPractices(DeskList):
    """Practices proposed through the public form (``practices.suggestions``) that
    nobody has published yet. A proposal is the one practice created without a
    signed-in user; publishing it (or deleting it) ends its review."""

    slug = "suggested-practices"
    heading = _("Practices suggested by the public")
    empty = _("No suggestion waits for review.")

    def is_for(self, user):
        return user.has_perm("practices.publish_practice")

    def queryset(self, user):
        proposal = ModelLogEntry.objects.filter(
            content_type__app_label="practices",
            content_type__model="practice",
            object_id=as_text("pk"),
            action="wagtail.create",
            user__isnull=True,
        )
        return (
            Practice.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE,
                live=False,
                first_published_at__isnull=True,
            )
            .annotate(suggested_at=Subquery(proposal.values("timestamp")[:1]))
            .filter(suggested_at__isnull=False)
            .order_by("suggested_at", "pk")
        )

    def entry(self, practice):
        when = date_format(timezone.localtime(practice.suggested_at), "j E Y")
        place = ", ".join(part for part in (practice.city, practice.country.name) if part)
        return Entry(
            title=practice.title,
            url=edit_url(Practice, practice.pk),
            kind=Practice._meta.verbose_name,
            note=_("%(place)s; sent %(when)s") % {"place": place, "when": when},
        )


class UnratedFactChecks(DeskList):
    """Fact-checks (live or draft) whose claim is missing or has no verdict yet."""

    slug = "unrated-fact-checks"
    heading = _("Fact-checks without a verdict")
    empty = _("Every fact-check has a rated claim.")

    def is_for(self, user):
        return user.has_perm("stories.change_claim") and edits_source_tree(user)

    def queryset(self, user):
        stories = StoryPage.objects.filter(kind=StoryPage.Kind.FACT_CHECK).filter(
            Q(claim__isnull=True) | Q(claim__verdict="")
        )
        return (
            in_source_tree(stories, user)
            .select_related("content_type", "locale", "claim")
            .order_by("-latest_revision_created_at", "-pk")
        )

    def entry(self, story):
        entry = page_entry(story, note=_("no claim chosen"))
        if story.claim is None:
            return entry
        claim = Truncator(story.claim.text).chars(80)
        return dataclasses.replace(
            entry,
            note=_("claim: %(claim)s") % {"claim": claim},
            extra=(_("Give the claim its verdict"), edit_url(Claim, story.claim.pk)),
        )


DESK_LISTS = {
    desk_list.slug: desk_list
    for desk_list in (
        Reviews(),
        Drafts(),
        Scheduled(),
        EventsWithoutReport(),
        SuggestedPractices(),
        UnratedFactChecks(),
    )
}
