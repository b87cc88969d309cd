"""Nothing an editor writes is lost: autosave (where a save is a draft) and
concurrent-editing notices are on, pages and records can be locked, and every
saved edit is a revision."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import LockableMixin, Page, RevisionMixin
from wagtail.snippets.models import get_snippet_models

from bs4 import BeautifulSoup

from practices.factories import PracticeFactory, TopicFactory
from practices.models import Topic
from tests.home.test_roles_and_workflow import RoleTestCase, new_page_data


def edit_form(response):
    return BeautifulSoup(response.content, "html.parser").select_one("form[data-edit-form]")


class EditingSafetyTests(RoleTestCase):
    def setUp(self):
        self.page = self.tree["about"]["pl"]
        self.topic = TopicFactory(name="Mieszkalnictwo", slug="mieszkalnictwo")
        self.topic.save_revision()

    def page_edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=(self.page.pk,))

    def topic_edit_url(self):
        return reverse("wagtailsnippets_practices_topic:edit", args=(self.topic.pk,))

    def test_every_record_editors_use_keeps_revisions_and_can_be_locked(self):
        models = get_snippet_models()
        self.assertIn(Topic, models)
        for model in models:
            with self.subTest(model=model.__name__):
                self.assertTrue(issubclass(model, RevisionMixin))
                self.assertTrue(issubclass(model, LockableMixin))

    def test_a_saved_edit_of_a_record_is_a_revision(self):
        self.client.force_login(self.editor)
        before = self.topic.revisions.count()
        response = self.client.post(
            self.topic_edit_url(), {"name": "Mieszkanie", "slug": "mieszkalnictwo"}
        )
        self.assertEqual(response.status_code, 302)
        self.topic.refresh_from_db()
        self.assertEqual(self.topic.name, "Mieszkanie")
        self.assertEqual(self.topic.revisions.count(), before + 1)
        self.assertEqual(self.topic.latest_revision.user, self.editor)
        self.assertEqual(self.topic.latest_revision.content["name"], "Mieszkanie")

    def test_autosave_and_editing_sessions_are_on_where_a_save_is_a_draft(self):
        practice = PracticeFactory()
        practice.save_revision()
        self.client.force_login(self.editor)
        for url in (
            self.page_edit_url(),
            reverse("wagtailsnippets_practices_practice:edit", args=(practice.pk,)),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                form = edit_form(response)
                self.assertIn("w-autosave", form["data-controller"].split())
                self.assertTrue(form.get("data-w-autosave-interval-value"))
                self.assertContains(response, "/admin/editing-sessions/ping/")

    def test_records_without_drafts_are_saved_only_when_the_editor_says_so(self):
        # Autosaving a topic would publish it half-typed; the notices stay.
        self.client.force_login(self.editor)
        response = self.client.get(self.topic_edit_url())
        self.assertNotIn("w-autosave", edit_form(response)["data-controller"].split())
        self.assertContains(response, "/admin/editing-sessions/ping/")

    def ping(self, user, model, obj, **data):
        self.client.force_login(user)
        response = self.client.get(AdminURLFinder(user).get_edit_url(obj))
        self.assertEqual(response.status_code, 200)
        session = user.editing_sessions.filter(
            content_type=ContentType.objects.get_for_model(model), object_id=str(obj.pk)
        ).latest("pk")
        url = reverse(
            "wagtailadmin_editing_sessions:ping",
            args=(model._meta.app_label, model._meta.model_name, obj.pk, session.pk),
        )
        return self.client.post(url, data).json()["other_sessions"]

    def test_the_ping_tells_an_editor_who_else_has_the_page_or_record_open(self):
        self.editor.first_name, self.editor.last_name = "Ewa", "Redaktorska"
        self.editor.save()
        # Wagtail keeps the sessions of every page type under Page.
        for model, obj in ((Page, self.page), (Topic, self.topic)):
            with self.subTest(model=model.__name__):
                self.assertEqual(self.ping(self.editor, model, obj, is_editing="1"), [])
                others = self.ping(self.moderator, model, obj)
                self.assertEqual([other["user"] for other in others], ["Ewa Redaktorska"])
                self.assertTrue(others[0]["is_editing"])

    def test_the_ping_reports_a_revision_saved_meanwhile(self):
        # The revision the moderator's editor was opened on.
        loaded = self.topic.latest_revision
        self.client.force_login(self.editor)
        self.client.post(self.topic_edit_url(), {"name": "Mieszkanie", "slug": "mieszkalnictwo"})
        others = self.ping(
            self.moderator,
            Topic,
            self.topic,
            revision_id=loaded.pk,
            revision_created_at=loaded.created_at.isoformat(),
        )
        self.topic.refresh_from_db()
        self.assertEqual(
            [other["revision_id"] for other in others], [self.topic.latest_revision.pk]
        )

    def test_a_page_locked_by_one_editor_cannot_be_saved_by_another(self):
        self.client.force_login(self.editor)
        self.client.post(reverse("wagtailadmin_pages:lock", args=(self.page.pk,)))
        self.page.refresh_from_db()
        self.assertTrue(self.page.locked)
        revisions = self.page.revisions.count()

        self.client.force_login(self.moderator)
        response = self.client.post(
            self.page_edit_url(), new_page_data("Przejęta strona", self.page.slug, "action-publish")
        )
        self.assertEqual(response.status_code, 200)  # the form again, with the lock notice
        self.page.refresh_from_db()
        self.assertEqual(self.page.title, "O nas")
        self.assertEqual(self.page.revisions.count(), revisions)

    def test_a_record_locked_by_one_editor_cannot_be_saved_by_another(self):
        self.client.force_login(self.editor)
        self.client.post(reverse("wagtailsnippets_practices_topic:lock", args=(self.topic.pk,)))
        self.topic.refresh_from_db()
        self.assertEqual((self.topic.locked, self.topic.locked_by), (True, self.editor))
        revisions = self.topic.revisions.count()

        self.client.force_login(self.moderator)
        self.client.post(self.topic_edit_url(), {"name": "Przejęty", "slug": "mieszkalnictwo"})
        self.topic.refresh_from_db()
        self.assertEqual(self.topic.name, "Mieszkalnictwo")
        self.assertEqual(self.topic.revisions.count(), revisions)

        # The one who locked it still can.
        self.client.force_login(self.editor)
        self.client.post(self.topic_edit_url(), {"name": "Mieszkanie", "slug": "mieszkalnictwo"})
        self.topic.refresh_from_db()
        self.assertEqual(self.topic.name, "Mieszkanie")
