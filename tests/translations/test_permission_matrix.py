"""Who may do what, for every role and every action (issue: translators'
workflow). Translators work only in their own language and never on the source;
editors write and submit; only moderators publish."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from wagtail.permissions import policy_registry
from wagtail_localize.models import StringTranslation, Translation

from home.localization import translate_with
from home.models import SiteIdentity
from home.roles import EDITORS, MODERATORS, translator_group_name
from practices.factories import PracticeFactory
from practices.models import Practice
from stories.factories import ClaimFactory, PersonFactory
from stories.models import Claim, Person
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
    "translate practice into Ukrainian": {"editor", "moderator", "translator_uk"},
    "publish practice": {"moderator"},
    "translate site identity into Ukrainian": {"moderator", "translator_uk"},
    "edit source claim": {"editor", "moderator"},
    "translate claim into English": {"editor", "moderator", "translator_en"},
    "translate claim into Ukrainian": {"editor", "moderator", "translator_uk"},
    "translate author into English": {"editor", "moderator", "translator_en"},
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
        cls.practice_uk = translate_with(
            cls.practice,
            cls.locales["uk"],
            Practice(
                title="Рига: путівник",
                slug="riga",
                summary="А.",
                body="<p>А</p>",
                city="Рига",
                region="Відземе",
            ),
        )
        cls.claim = ClaimFactory(text="Miasta nie mają planu", slug="bez-planu")
        cls.claims = {
            code: translate_with(
                cls.claim,
                cls.locales[code],
                Claim(text=text, slug="no-plan", appearance=appearance),
            )
            for code, text, appearance in [
                ("en", "Cities have no plan", "social media"),
                ("uk", "Міста не мають плану", "соцмережі"),
            ]
        }
        cls.author = PersonFactory(name="Redakcja", slug="redakcja")
        cls.author_en = translate_with(
            cls.author,
            cls.locales["en"],
            Person(name="Editorial team", slug="editorial-team", role="Editors", bio="Editors."),
        )

    def sign_in(self, role):
        self.client.logout()
        if role != "anonymous":
            self.client.force_login(self.users[role])

    def opens(self, url):
        """The edit view opens (200); a refusal redirects away from it or answers 403."""
        response = self.client.get(url)
        self.assertIn(response.status_code, (200, 302, 403), url)
        return response.status_code == 200

    def page_edit(self, page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    def practice_edit(self, practice):
        return reverse("wagtailsnippets_practices_practice:edit", args=[practice.pk])

    def claim_edit(self, claim):
        return reverse("stories_claim_modeladmin_edit", args=[claim.pk])

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
            "translate practice into Ukrainian": lambda: self.opens(
                self.practice_edit(self.practice_uk)
            ),
            "edit source claim": lambda: self.opens(self.claim_edit(self.claim)),
            "translate claim into English": lambda: self.opens(self.claim_edit(self.claims["en"])),
            "translate claim into Ukrainian": lambda: self.opens(
                self.claim_edit(self.claims["uk"])
            ),
            "translate author into English": lambda: self.opens(
                reverse("wagtailsnippets_stories_person:edit", args=[self.author_en.pk])
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

    def put_string(self, url, value):
        """A string as the translation editor's script saves it."""
        return self.client.put(
            url, encode_multipart(BOUNDARY, {"value": value}), content_type=MULTIPART_CONTENT
        )

    def test_a_translator_cannot_change_another_language_through_the_editors_api(self):
        """The translation editor saves each string through its own API; a
        translator of Ukrainian cannot use it on the English practice or claim."""
        self.sign_in("translator_uk")
        for record in (self.practice_en, self.claims["en"]):
            with self.subTest(record=record):
                translation = Translation.objects.get(
                    source__object_id=record.translation_key, target_locale=record.locale
                )
                segment = translation.source.stringsegment_set.order_by("order").first()
                url = reverse(
                    "wagtail_localize:edit_string_translation",
                    args=[translation.pk, segment.pk],
                )
                response = self.put_string(url, "Hijacked")
                self.assertEqual(response.status_code, 403)
                self.assertFalse(
                    StringTranslation.objects.filter(locale=record.locale, data="Hijacked").exists()
                )

    def test_the_own_language_translator_saves_strings_through_the_api(self):
        self.sign_in("translator_en")
        translation = Translation.objects.get(
            source__object_id=self.claims["en"].translation_key,
            target_locale=self.locales["en"],
        )
        segment = translation.source.stringsegment_set.order_by("order").first()
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = self.put_string(url, "Cities have no plan at all")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(
            StringTranslation.objects.filter(
                locale=self.locales["en"], data="Cities have no plan at all"
            ).exists()
        )
