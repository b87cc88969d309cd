"""Translations of pages go through their page's review workflow, as source
content does.

wagtail-localize's editor offers only "Publish", which a translator may not do,
and its text otherwise stays in the translation memory. Submitting for review saves
the translation as a draft revision of the translated page (the live page is left
alone, see localize_fixes) and starts the workflow of that language's tree, or
resumes it when a moderator asked for changes. Moderators find it under "Awaiting
your review"; approving it publishes that revision."""

from django.db import transaction

from wagtail.models import Page, WorkflowState


class NoReviewWorkflow(Exception):
    """The translated page has no workflow to submit to."""


def can_submit(user, translation):
    page = translation.get_target_instance()
    return isinstance(page, Page) and page.permissions_for_user(user).can_edit()


@transaction.atomic
def submit_for_review(translation, user):
    """Save the translation as a draft and put it in front of moderators;
    returns the page's workflow state."""
    page = translation.get_target_instance()
    workflow = page.get_workflow()
    if workflow is None:
        raise NoReviewWorkflow(page)
    translation.save_target(user=user, publish=False)
    page = page.specific_class.objects.get(pk=page.pk)
    state = page.current_workflow_state
    if state is None:
        return workflow.start(page, user)
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    # A review in progress approves the latest revision, which this one now is.
    return state
