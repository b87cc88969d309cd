from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import ContentPage
from home.roles import EDITORS, MODERATORS, translator_group_name
from tests.base import SiteTestCase


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pass")
    user.groups.add(Group.objects.get(name=group_name))
    return user


class RoleTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = make_user("editor", EDITORS)
        cls.moderator = make_user("moderator", MODERATORS)
        cls.translator_en = make_user("translator-en", translator_group_name("en"))
        cls.translator_uk = make_user("translator-uk", translator_group_name("uk"))


def new_page_data(title, slug, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": "",
            "body": streamfield([]),
            "comments": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            },
        }
    )
    data[action] = "1"
    return data


class ReviewWorkflowTests(RoleTestCase):
    def add_page_url(self, parent):
        return reverse("wagtailadmin_pages:add", args=("home", "contentpage", parent.pk))

    def test_every_locale_tree_needs_review(self):
        for code, home in self.tree["home"].items():
            with self.subTest(code=code):
                workflow = home.get_workflow()
                self.assertIsNotNone(workflow)
                self.assertTrue(workflow.active)
                tasks = [task.specific for task in workflow.tasks.all()]
                self.assertEqual(
                    [list(task.groups.values_list("name", flat=True)) for task in tasks],
                    [[MODERATORS]],
                )

    def test_editor_page_goes_live_only_after_a_moderator_approves(self):
        home = self.tree["home"]["pl"]
        self.client.force_login(self.editor)
        response = self.client.post(
            self.add_page_url(home), new_page_data("Nowa strona", "nowa-strona", "action-submit")
        )
        self.assertEqual(response.status_code, 302)
        page = ContentPage.objects.get(slug="nowa-strona", locale__language_code="pl")
        self.assertFalse(page.live)
        self.assertEqual(page.current_workflow_state.status, "in_progress")
        self.client.logout()
        self.assertEqual(self.client.get("/pl/nowa-strona/").status_code, 404)

        self.client.force_login(self.moderator)
        task_state = page.current_workflow_task_state
        response = self.client.post(
            reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
            {"comment": ""},
        )
        self.assertEqual(response.status_code, 302)
        page.refresh_from_db()
        self.assertTrue(page.live)
        self.client.logout()
        self.assertEqual(self.client.get("/pl/nowa-strona/").status_code, 200)

    def test_editor_cannot_publish_directly(self):
        home = self.tree["home"]["pl"]
        self.client.force_login(self.editor)
        self.client.post(self.add_page_url(home), new_page_data("Pilne", "pilne", "action-publish"))
        page = ContentPage.objects.get(slug="pilne", locale__language_code="pl")
        self.assertFalse(page.live)

    def test_moderator_publishes_directly(self):
        home = self.tree["home"]["pl"]
        self.client.force_login(self.moderator)
        self.client.post(
            self.add_page_url(home), new_page_data("Komunikat", "komunikat", "action-publish")
        )
        self.assertTrue(ContentPage.objects.get(slug="komunikat", locale__language_code="pl").live)


class TranslatorPermissionTests(RoleTestCase):
    def edit_status(self, user, page):
        """The edit view's status as the admin's own scripts see it: Wagtail
        answers a refused request from a browser tab with a redirect to the
        dashboard and a message, and from its scripts with 403."""
        self.client.force_login(user)
        return self.client.get(
            reverse("wagtailadmin_pages:edit", args=(page.pk,)),
            headers={"x-requested-with": "XMLHttpRequest"},
        ).status_code

    def test_translator_edits_only_their_own_language(self):
        about = self.tree["about"]
        matrix = [
            (self.translator_uk, "uk", 200),
            (self.translator_uk, "en", 403),
            (self.translator_uk, "pl", 403),
            (self.translator_en, "en", 200),
            (self.translator_en, "uk", 403),
            (self.translator_en, "pl", 403),
            (self.editor, "pl", 200),
            (self.moderator, "uk", 200),
        ]
        for user, code, expected in matrix:
            with self.subTest(user=user.username, page=code):
                self.assertEqual(self.edit_status(user, about[code]), expected)

    def test_refused_translator_sees_why_in_the_browser(self):
        self.client.force_login(self.translator_uk)
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=(self.tree["about"]["en"].pk,)), follow=True
        )
        self.assertEqual(response.redirect_chain[-1][0], reverse("wagtailadmin_home"))
        levels = [message.level_tag for message in response.context["messages"]]
        self.assertEqual(levels, ["error"])

    def test_refused_edit_changes_nothing(self):
        page = self.tree["about"]["pl"]
        self.client.force_login(self.translator_uk)
        data = new_page_data("Przejęta", "o-nas", "action-submit")
        self.client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
        page.refresh_from_db()
        self.assertEqual(page.title, "O nas")
        self.assertEqual(page.revisions.count(), 1)

    def test_translator_cannot_publish(self):
        page = self.tree["about"]["uk"]
        self.assertTrue(page.permissions_for_user(self.translator_uk).can_edit())
        self.assertFalse(page.permissions_for_user(self.translator_uk).can_publish())

    def test_anonymous_is_sent_to_login(self):
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=(self.tree["about"]["pl"].pk,))
        )
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])

    def test_roles_survive_a_second_sync(self):
        from home.languages import sync_languages

        sync_languages()
        self.assertEqual(self.edit_status(self.translator_uk, self.tree["about"]["uk"]), 200)
        self.assertEqual(self.edit_status(self.translator_uk, self.tree["about"]["pl"]), 403)
        self.assertEqual(
            Page.objects.filter(depth=2).count(), 3, "one home page per language, no duplicates"
        )


class SearchPromotionPermissionTests(RoleTestCase):
    """Editors' picks in search go live when saved: moderators manage them."""

    def test_only_moderators_manage_editors_picks(self):
        url = reverse("wagtailsearchpromotions:index")
        for user, allowed in (
            (self.moderator, True),
            (self.editor, False),
            (self.translator_uk, False),
        ):
            with self.subTest(user=user.username):
                self.client.force_login(user)
                response = self.client.get(url)
                if allowed:
                    self.assertEqual(response.status_code, 200)
                else:
                    self.assertRedirects(
                        response, reverse("wagtailadmin_home"), fetch_redirect_response=False
                    )
