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
        "in_review": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "csrf_token": context.get("csrf_token"),
    }
