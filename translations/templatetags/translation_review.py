from django import template
from django.urls import reverse

from wagtail.models import WorkflowState

from ..review import can_submit

register = template.Library()


@register.inclusion_tag("translations/review_bar.html", takes_context=True)
def review_bar(context, translation):
    """Where a page's translation stands in review, and the button to submit it."""
    request = context["request"]
    if not can_submit(request.user, translation):
        return {"shown": False}
    page = translation.get_target_instance()
    state = page.current_workflow_state
    return {
        "shown": True,
        "submit_url": reverse("submit_translation_for_review", args=[translation.pk]),
        **review_action_urls(page, request.user),
        "in_review": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "csrf_token": context.get("csrf_token"),
    }


def review_action_urls(page, user):
    """Where a moderator approves the translation or asks for changes: Wagtail's own
    workflow actions, offered here because wagtail-localize's editor replaces the
    page editor and its action menu for translated pages."""
    task_state = page.current_workflow_task_state
    if task_state is None:
        return {}
    actions = {name for name, _label, _modal in task_state.task.specific.get_actions(page, user)}
    return {
        f"{action}_url": reverse(
            "wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk)
        )
        for action in ("approve", "reject")
        if action in actions
    }
