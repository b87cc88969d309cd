"""A translator submits a page's translation for review; readers see it only once
a moderator approves it through the same workflow as source content."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from home.roles import MODERATORS, translator_group_name
from tests.base import SiteTestCase


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


class ReviewTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translator = make_user("translator-en", translator_group_name("en"))
        cls.other_translator = make_user("translator-uk", translator_group_name("uk"))
        cls.moderator = make_user("moderator", MODERATORS)
        cls.page = cls.tree["about"]["en"]
        cls.translation = Translation.objects.get(
            source__object_id=cls.page.translation_key, target_locale=cls.locales["en"]
        )

    def submit_url(self):
        return reverse("submit_translation_for_review", args=[self.translation.pk])

    def translate_title(self, text):
        segment = self.translation.source.stringsegment_set.get(context__path="title")
        url = reverse(
            "wagtail_localize:edit_string_translation", args=[self.translation.pk, segment.pk]
        )
        response = self.client.put(
            url, encode_multipart(BOUNDARY, {"value": text}), content_type=MULTIPART_CONTENT
        )
        self.assertEqual(response.status_code, 200)

    def public_title(self):
        self.client.logout()
        return self.client.get("/en/about/").context["page"].title

    def test_the_editor_offers_submitting_for_review(self):
        self.client.force_login(self.translator)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        self.assertContains(response, self.submit_url())
        self.assertContains(response, "Submit for review")

    def test_a_submitted_translation_goes_live_when_a_moderator_approves(self):
        self.client.force_login(self.translator)
        self.translate_title("About the initiative")
        response = self.client.post(self.submit_url(), follow=True)
        self.assertContains(response, "is waiting for a moderator")

        self.page.refresh_from_db()
        self.assertEqual(self.page.current_workflow_state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertTrue(self.page.has_unpublished_changes)
        # Submitted, not approved: readers still read the published text.
        self.assertEqual(self.public_title(), "About us")

        self.client.force_login(self.moderator)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(dashboard, "About the initiative")
        task_state = self.page.current_workflow_task_state
        response = self.client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=(self.page.pk, "approve", task_state.pk),
            ),
            {"comment": ""},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.public_title(), "About the initiative")

    def test_a_moderator_approves_in_the_translation_editor(self):
        self.client.force_login(self.translator)
        self.translate_title("About the initiative")
        self.client.post(self.submit_url())
        editor = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        # The translator cannot approve their own work.
        self.assertNotContains(editor, "Approve and publish")

        self.client.force_login(self.moderator)
        editor = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        self.page.refresh_from_db()
        task_state = self.page.current_workflow_task_state
        approve = reverse(
            "wagtailadmin_pages:workflow_action", args=(self.page.pk, "approve", task_state.pk)
        )
        reject = reverse(
            "wagtailadmin_pages:workflow_action", args=(self.page.pk, "reject", task_state.pk)
        )
        self.assertContains(editor, f'action="{approve}"')
        self.assertContains(editor, f'formaction="{reject}"')
        self.client.post(approve, {"comment": "Thank you"})
        self.assertEqual(self.public_title(), "About the initiative")

    def test_a_moderator_asks_for_changes_in_the_translation_editor(self):
        self.client.force_login(self.translator)
        self.client.post(self.submit_url())
        self.client.force_login(self.moderator)
        self.page.refresh_from_db()
        task_state = self.page.current_workflow_task_state
        self.client.post(
            reverse(
                "wagtailadmin_pages:workflow_action", args=(self.page.pk, "reject", task_state.pk)
            ),
            {"comment": "Title, please"},
        )
        self.page.refresh_from_db()
        self.assertEqual(
            self.page.current_workflow_state.status, WorkflowState.STATUS_NEEDS_CHANGES
        )
        editor = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        # Nothing is in review any more, so there is nothing to approve.
        self.assertNotContains(editor, "Approve and publish")

    def test_changes_requested_then_resubmitted(self):
        self.client.force_login(self.translator)
        self.client.post(self.submit_url())
        self.page.refresh_from_db()
        self.client.force_login(self.moderator)
        task_state = self.page.current_workflow_task_state
        self.client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=(self.page.pk, "reject", task_state.pk),
            ),
            {"comment": "Title, please"},
        )
        self.page.refresh_from_db()
        needs_changes = WorkflowState.STATUS_NEEDS_CHANGES
        self.assertEqual(self.page.current_workflow_state.status, needs_changes)

        self.client.force_login(self.translator)
        editor = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        self.assertContains(editor, "A moderator asked for changes")
        self.translate_title("About the project")
        self.client.post(self.submit_url())
        self.page.refresh_from_db()
        self.assertEqual(self.page.current_workflow_state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual(self.public_title(), "About us")

    def test_only_a_translator_of_the_language_may_submit(self):
        self.client.force_login(self.other_translator)
        response = self.client.post(self.submit_url())
        # The admin answers a refusal with the dashboard and a message.
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.page.refresh_from_db()
        self.assertIsNone(self.page.current_workflow_state)

    def test_submitting_needs_a_post(self):
        self.client.force_login(self.translator)
        self.assertEqual(self.client.get(self.submit_url()).status_code, 405)

    def test_a_draft_sync_leaves_the_live_translation_alone(self):
        """wagtail-localize wrote a draft translation into the live page; readers
        must keep the published text until it is approved."""
        self.client.force_login(self.translator)
        self.translate_title("Draft title")
        self.translation.save_target(user=self.translator, publish=False)
        self.assertEqual(self.public_title(), "About us")
        self.page.refresh_from_db()
        self.assertTrue(self.page.live)
        self.assertEqual(self.page.get_latest_revision_as_object().title, "Draft title")
