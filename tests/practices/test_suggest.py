import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings

from wagtail.models import Revision

from home.roles import MODERATORS
from practices.factories import PracticeFactory
from practices.models import IntegrationArea, Practice
from tests.practices.base import LibraryTestCase

SUGGEST = {
    "pl": "/pl/dobre-praktyki/suggest/",
    "en": "/en/good-practices/suggest/",
    "uk": "/uk/dobri-praktyky/suggest/",
}
THANKS = {code: url + "thanks/" for code, url in SUGGEST.items()}


def proposal(**changes):
    data = {
        "title": "Kawiarenka językowa",
        "summary": "Spotkania przy kawie. Dla nowych mieszkańców.",
        "area": IntegrationArea.INTERACTION,
        "description": "Co tydzień w bibliotece.\n\nProwadzą wolontariusze.",
        "website": "https://example.org/kawiarenka",
        "city": "Szczecin",
        "country": "PL",
        "name": "Anna Nowak",
        "email": "anna@example.org",
        "consent": "on",
        "notes": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


class SuggestTestCase(LibraryTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        users = get_user_model().objects
        cls.moderator = users.create_user("moderator", "moderator@example.org", "x")
        cls.moderator.groups.add(Group.objects.get(name=MODERATORS))
        # Neither may receive mail: one has no address, the other has left.
        users.create_user("silent", "", "x").groups.add(Group.objects.get(name=MODERATORS))
        gone = users.create_user("gone", "gone@example.org", "x", is_active=False)
        gone.groups.add(Group.objects.get(name=MODERATORS))
        users.create_user("editor", "editor@example.org", "x")

    def post(self, data, url=SUGGEST["en"], address="192.0.2.1"):
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url, data, REMOTE_ADDR=address)

    def assertNothingWritten(self, practices_before=0):
        self.assertEqual(Practice.objects.count(), practices_before)
        self.assertEqual(mail.outbox, [])


class FormPageTests(SuggestTestCase):
    def test_form_in_every_language(self):
        for code, url in SUGGEST.items():
            with self.subTest(code=code):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{code}">')
                self.assertContains(response, 'name="csrfmiddlewaretoken"')
                self.assertIn("no-cache", response["Cache-Control"])

    def test_every_field_has_a_label_and_the_trap_is_hidden(self):
        response = self.client.get(SUGGEST["en"])
        form = response.context["form"]
        for field in form:
            self.assertContains(response, f'<label for="{field.id_for_label}"')
        self.assertContains(response, '<div class="suggest-form__trap" aria-hidden="true">')
        self.assertContains(response, 'tabindex="-1"')
        self.assertContains(response, "<legend>Your data</legend>", html=True)
        self.assertContains(response, '<option value="PL" selected>', html=False)

    def test_consent_links_the_privacy_policy(self):
        response = self.client.get(SUGGEST["pl"])
        self.assertContains(response, 'href="/pl/prywatnosc/"')

    def test_no_inline_script_or_style(self):
        content = self.client.get(SUGGEST["en"]).content.decode()
        self.assertNotIn(" style=", content)
        self.assertNotIn("<style", content)
        self.assertNotIn("<script>", content)
        self.assertNotIn("<script src", content.split("</head>")[1])

    def test_language_switcher_leads_to_the_form(self):
        response = self.client.get(SUGGEST["en"])
        self.assertContains(
            response, f'hreflang="uk" href="http://testserver{SUGGEST["uk"]}"', html=False
        )

    def test_other_methods_are_405(self):
        self.assertEqual(self.client.put(SUGGEST["en"]).status_code, 405)
        self.assertEqual(self.client.delete(SUGGEST["en"]).status_code, 405)
        self.assertEqual(self.client.post(THANKS["en"]).status_code, 405)

    def test_thanks_page_in_every_language(self):
        for code, url in THANKS.items():
            with self.subTest(code=code):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{code}">')
        self.assertContains(
            self.client.get(THANKS["en"]), "The editorial team will review it before anything"
        )

    def test_post_without_csrf_token_is_403(self):
        client = Client(enforce_csrf_checks=True)
        response = client.post(SUGGEST["en"], proposal())
        self.assertEqual(response.status_code, 403)
        self.assertEqual(Practice.objects.count(), 0)


@override_settings(WAGTAILADMIN_BASE_URL="https://cms.example.org")
class ProposalTests(SuggestTestCase):
    def test_the_proposers_address_is_never_published(self):
        from practices.models import PracticeLibraryPage

        self.post(proposal(), url=SUGGEST["uk"])
        practice = Practice.objects.get()
        practice.save_revision().publish()
        library = PracticeLibraryPage.objects.get(locale__language_code="pl")
        response = self.client.get(library.practice_url(practice))
        self.assertContains(response, practice.title)
        self.assertNotContains(response, "anna@example.org")
        # The moderators still see who proposed it.
        from django.contrib.auth import get_user_model

        moderator = get_user_model().objects.create_superuser("moderacja", "m@example.org", "x")
        self.client.force_login(moderator)
        edit = self.client.get(f"/admin/snippets/practices/practice/edit/{practice.pk}/")
        self.assertContains(edit, "Anna Nowak &lt;anna@example.org&gt;")

    def test_valid_proposal_becomes_one_draft_in_the_source_language(self):
        response = self.post(proposal(), url=SUGGEST["uk"])
        self.assertEqual(response.status_code, 303)
        self.assertEqual(response["Location"], THANKS["uk"])

        practice = Practice.objects.get()
        self.assertFalse(practice.live)
        self.assertIsNone(practice.first_published_at)
        self.assertEqual(practice.locale.language_code, "pl")
        self.assertEqual(practice.slug, "kawiarenka-jezykowa")
        self.assertEqual(practice.proposed_by, "Anna Nowak <anna@example.org>")
        self.assertEqual(practice.contact, "")
        self.assertEqual(practice.city, "Szczecin")
        self.assertEqual(practice.country.code, "PL")
        self.assertEqual(practice.website, "https://example.org/kawiarenka")
        self.assertEqual(
            practice.body, "<p>Co tydzień w bibliotece.</p>\n\n<p>Prowadzą wolontariusze.</p>"
        )
        self.assertIsNotNone(practice.latest_revision)
        self.assertEqual(Revision.objects.for_instance(practice).count(), 1)

        self.assertEqual(len(mail.outbox), 1)
        message = mail.outbox[0]
        self.assertEqual(message.to, ["moderator@example.org"])
        self.assertIn("Kawiarenka językowa", message.subject)
        self.assertIn(
            f"https://cms.example.org/admin/snippets/practices/practice/edit/{practice.pk}/",
            message.body,
        )
        self.assertIn("Anna Nowak <anna@example.org>", message.body)

    def test_proposal_is_not_public(self):
        self.post(proposal(title="Ukryta propozycja"))
        practice = Practice.objects.get()
        practice.latitude, practice.longitude = 53.4, 14.5
        practice.save()
        for code, library in (("pl", "dobre-praktyki"), ("en", "good-practices")):
            with self.subTest(code=code):
                response = self.client.get(f"/{code}/{library}/?q=ukryta")
                self.assertEqual(response.context["cards"], [])
                response = self.client.get(f"/{code}/{library}/")
                self.assertNotContains(response, "Ukryta propozycja")
                geojson = json.loads(self.client.get(f"/{code}/{library}/map.geojson").content)
                self.assertEqual(geojson["features"], [])
                detail = self.client.get(f"/{code}/{library}/{practice.slug}/")
                self.assertEqual(detail.status_code, 404)

    def test_second_proposal_from_the_same_address_is_429(self):
        self.post(proposal())
        mail.outbox.clear()
        response = self.post(proposal(title="Druga"))
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "You have just sent a proposal", status_code=429)
        self.assertContains(response, 'class="error-summary"', status_code=429)
        self.assertEqual(response.context["form"]["title"].value(), "Druga")
        self.assertNothingWritten(practices_before=1)
        # Another address is not held back.
        self.assertEqual(self.post(proposal(title="Trzecia"), address="192.0.2.2").status_code, 303)

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_a_proxy_each_reader_has_a_limit_of_their_own(self):
        def post_via_proxy(title, forwarded):
            with self.captureOnCommitCallbacks(execute=True):
                return self.client.post(
                    SUGGEST["en"],
                    proposal(title=title),
                    REMOTE_ADDR="10.0.0.5",
                    HTTP_X_FORWARDED_FOR=forwarded,
                )

        self.assertEqual(post_via_proxy("Pierwsza", "198.51.100.7").status_code, 303)
        # A second reader behind the same proxy is not held back...
        self.assertEqual(post_via_proxy("Druga", "198.51.100.8").status_code, 303)
        # ...and the first cannot slip past with an address of their own invention.
        self.assertEqual(post_via_proxy("Trzecia", "203.0.113.9, 198.51.100.7").status_code, 429)
        self.assertEqual(Practice.objects.count(), 2)

    def test_invalid_proposal_does_not_use_up_the_limit(self):
        self.post(proposal(email="x"))
        self.assertEqual(self.post(proposal()).status_code, 303)

    def test_filled_trap_looks_like_success_and_writes_nothing(self):
        for data in (proposal(notes="https://spam.example"), proposal(notes="x", consent=None)):
            with self.subTest(data=data):
                response = self.post(data, address="192.0.2.9")
                self.assertEqual(response.status_code, 303)
                self.assertEqual(response["Location"], THANKS["en"])
                self.assertNothingWritten()

    def test_invalid_input_is_shown_with_its_errors(self):
        cases = {
            "consent": (proposal(consent=None), "Tick the box to agree"),
            "email": (proposal(email="anna@"), "Enter an e-mail address like"),
            "title": (proposal(title="   "), "Enter the name of the practice."),
            "area": (proposal(area="bogus"), "Select a valid choice"),
            "country": (proposal(country="XX"), "Select a valid choice"),
            "website": (proposal(website="not a url at all"), "Enter a valid URL"),
        }
        for name, (data, message) in cases.items():
            with self.subTest(field=name):
                response = self.post(data)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(response.context["form"].has_error(name))
                self.assertContains(response, message)
                field_id = f"id_{name}"
                self.assertContains(response, f'<a href="#{field_id}">')
                self.assertContains(response, f'<ul class="errorlist" id="{field_id}_error">')
                self.assertContains(response, 'aria-invalid="true"')
                self.assertContains(response, f"{field_id}_error")
                self.assertContains(response, "<title>Error:", html=False)
                self.assertNothingWritten()

    def test_same_title_gets_a_unique_slug(self):
        PracticeFactory(title="Istniejąca", slug="kawiarenka-jezykowa-2")
        self.post(proposal(), address="192.0.2.1")
        self.post(proposal(), address="192.0.2.2")
        self.post(proposal(), address="192.0.2.3")
        cache.clear()
        self.post(proposal(title="!!!"), address="192.0.2.1")
        slugs = set(Practice.objects.filter(live=False).values_list("slug", flat=True))
        self.assertEqual(
            slugs,
            {"kawiarenka-jezykowa", "kawiarenka-jezykowa-3", "kawiarenka-jezykowa-4", "praktyka"},
        )

    def test_reserved_route_name_is_never_a_slug(self):
        self.post(proposal(title="Suggest"))
        self.assertEqual(Practice.objects.get().slug, "suggest-2")

    def test_line_breaks_and_markup_are_harmless(self):
        self.post(
            proposal(
                title="Tytuł\r\nBcc: x@example.org",
                description="<script>alert(1)</script>\r\nnext",
            )
        )
        practice = Practice.objects.get()
        self.assertEqual(practice.title, "Tytuł Bcc: x@example.org")
        self.assertEqual(practice.body, "<p>&lt;script&gt;alert(1)&lt;/script&gt;<br>next</p>")
        self.assertNotIn("\n", mail.outbox[0].subject)

    def test_without_moderators_the_proposal_is_still_saved(self):
        Group.objects.get(name=MODERATORS).user_set.clear()
        self.assertEqual(self.post(proposal()).status_code, 303)
        self.assertEqual(Practice.objects.count(), 1)
        self.assertEqual(mail.outbox, [])
