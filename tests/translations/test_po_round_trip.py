"""A translator downloads a translation as a PO file, edits it offline and uploads
it; readers see the change once a moderator publishes it, not before."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

import polib

from home.roles import MODERATORS, translator_group_name
from tests.base import SiteTestCase


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    # Messages below are asserted in English.
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


def po_upload(content, name="about-en.po"):
    return SimpleUploadedFile(name, content.encode("utf-8"), "text/x-gettext-translation")


class PoRoundTripTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translator = make_user("translator-en", translator_group_name("en"))
        cls.moderator = make_user("moderator", MODERATORS)
        cls.page = cls.tree["about"]["en"]
        cls.translation = Translation.objects.get(
            source__object_id=cls.page.translation_key, target_locale=cls.locales["en"]
        )

    def setUp(self):
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        self.upload_url = (
            reverse("wagtail_localize:upload_pofile", args=[self.translation.pk])
            + f"?next={self.edit_url}"
        )

    def download(self):
        response = self.client.get(
            reverse("wagtail_localize:download_pofile", args=[self.translation.pk])
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/x-gettext-translation")
        return polib.pofile(response.content.decode("utf-8"))

    def public_title(self):
        response = self.client.get("/en/about/")
        return response.context["page"].title

    def test_edited_po_file_goes_live_after_a_moderator_publishes(self):
        self.client.force_login(self.translator)
        po = self.download()
        entry = next(entry for entry in po if entry.msgid == "O nas")
        self.assertEqual(entry.msgstr, "About us")
        entry.msgstr = "About the initiative"

        response = self.client.post(self.upload_url, {"file": po_upload(str(po))}, follow=True)
        self.assertEqual(response.redirect_chain[0], (self.edit_url, 302))
        self.assertContains(response, "Successfully imported translations from PO File")

        # Imported, not yet published: readers still see the approved text.
        self.client.logout()
        self.assertEqual(self.public_title(), "About us")

        # A translator cannot publish it themselves.
        self.client.force_login(self.translator)
        self.client.post(self.edit_url, {"action": "publish"})
        self.client.logout()
        self.assertEqual(self.public_title(), "About us")

        self.client.force_login(self.moderator)
        response = self.client.post(self.edit_url, {"action": "publish"})
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        self.assertEqual(self.public_title(), "About the initiative")

    def test_a_translator_of_another_language_cannot_download_or_upload(self):
        self.client.force_login(make_user("translator-uk", translator_group_name("uk")))
        response = self.client.get(
            reverse("wagtail_localize:download_pofile", args=[self.translation.pk])
        )
        self.assertNotEqual(response.status_code, 200)

    def test_bad_uploads_are_messages_and_change_nothing(self):
        self.client.force_login(self.translator)
        po = self.download()
        without_header = polib.POFile()
        for entry in po:
            without_header.append(polib.POEntry(msgid=entry.msgid, msgstr="Hijacked"))
        for data, message in [
            ({}, "Choose a PO file to upload."),
            ({"file": po_upload("\x00 not a po file \x00")}, "Please upload a valid PO file."),
            ({"file": po_upload(str(without_header))}, "was not downloaded from a translation"),
        ]:
            with self.subTest(message):
                response = self.client.post(self.upload_url, data, follow=True)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, message)
        entry = next(entry for entry in self.download() if entry.msgid == "O nas")
        self.assertEqual(entry.msgstr, "About us")
