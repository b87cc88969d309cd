"""Who may do what, for every role and every action (issue: translators'
workflow). Translators work only in their own language and never on the source;
editors write and submit; only moderators publish."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.urls import reverse

from wagtail.permissions import policy_registry

from home.localization import translate_with
from home.models import SiteIdentity
from home.roles import EDITORS, MODERATORS, translator_group_name
from practices.factories import PracticeFactory
from practices.models import Practice
from tests.base import SiteTestCase

ROLES = ["anonymous", "editor", "moderator", "translator_en", "translator_uk"]
# action -> the roles allowed; everyone else is refused.
MATRIX = {
    "edit source page": {"editor", "moderator"},
    "edit English page": {"editor", "moderator", "translator_en"},
    "edit Ukrainian page": {"editor", "moderator", "translator_uk"},
    "publish page": {"moderator"},
    "edit source practice": {"editor", "moderator"},
    "translate practice into English": {"editor", "moderator", "translator_en"},
    "publish practice": {"moderator"},
    "translate site identity into Ukrainian": {"moderator", "translator_uk"},
}


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


class PermissionMatrixTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.users = {
            "editor": make_user("editor", EDITORS),
            "moderator": make_user("moderator", MODERATORS),
            "translator_en": make_user("translator-en", translator_group_name("en")),
            "translator_uk": make_user("translator-uk", translator_group_name("uk")),
        }
        cls.practice = PracticeFactory(title="Ryga: przewodnik", slug="ryga")
        cls.practice_en = translate_with(
            cls.practice,
            cls.locales["en"],
            Practice(
                title="Riga: a guide",
                slug="riga",
                summary="A.",
                body="<p>A</p>",
                city="Riga",
                region="Vidzeme",
            ),
        )

    def sign_in(self, role):
        self.client.logout()
        if role != "anonymous":
            self.client.force_login(self.users[role])

    def opens(self, url):
        """The edit view opens (200); a refusal redirects away from it."""
        response = self.client.get(url)
        self.assertIn(response.status_code, (200, 302), url)
        return response.status_code == 200

    def page_edit(self, page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    def practice_edit(self, practice):
        return reverse("wagtailsnippets_practices_practice:edit", args=[practice.pk])

    def allowed(self, role, action):
        user = self.users.get(role, AnonymousUser())
        self.sign_in(role)
        about = self.tree["about"]
        policy = policy_registry.get_by_type(Practice)
        checks = {
            "edit source page": lambda: self.opens(self.page_edit(about["pl"])),
            "edit English page": lambda: self.opens(self.page_edit(about["en"])),
            "edit Ukrainian page": lambda: self.opens(self.page_edit(about["uk"])),
            "publish page": lambda: (
                about["en"].permissions_for_user(user).can_publish()
                and about["pl"].permissions_for_user(user).can_publish()
            ),
            "edit source practice": lambda: self.opens(self.practice_edit(self.practice)),
            "translate practice into English": lambda: self.opens(
                self.practice_edit(self.practice_en)
            ),
            "publish practice": lambda: policy.user_has_permission_for_instance(
                user, "publish", self.practice
            ),
            "translate site identity into Ukrainian": lambda: self.opens(
                reverse(
                    "wagtailsnippets_home_siteidentity:edit",
                    args=[SiteIdentity.objects.get(locale=self.locales["uk"]).pk],
                )
            ),
        }
        return checks[action]()

    def test_matrix(self):
        for action, allowed_roles in MATRIX.items():
            for role in ROLES:
                with self.subTest(action=action, role=role):
                    self.assertEqual(self.allowed(role, action), role in allowed_roles)

    def test_a_translator_lists_only_records_of_their_language(self):
        self.sign_in("translator_uk")
        response = self.client.get(reverse("wagtailsnippets_practices_practice:list"))
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Riga: a guide")
        self.assertNotContains(response, "Ryga: przewodnik")

    def test_a_translator_cannot_save_another_language(self):
        self.sign_in("translator_uk")
        response = self.client.post(
            self.practice_edit(self.practice_en), {"title": "Hijacked"}, follow=False
        )
        self.assertNotEqual(response.status_code, 200)
        self.practice_en.refresh_from_db()
        self.assertEqual(self.practice_en.title, "Riga: a guide")
