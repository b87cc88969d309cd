"""An upload that fails leaves no file in MEDIA_ROOT and no record."""

import os
from io import BytesIO
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, transaction
from django.test import override_settings
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from PIL import Image as PILImage

from tests.base import SiteTestCase


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return {str(path) for path in root.rglob("*") if path.is_file()} if root.exists() else set()


def png(size=(40, 30), mode="RGB"):
    buffer = BytesIO()
    PILImage.new(mode, size, "navy").save(buffer, "PNG")
    return buffer.getvalue()


class FailedUploadTests(SiteTestCase):
    def setUp(self):
        self.client.force_login(
            get_user_model().objects.create_superuser("admin", "admin@example.org", "x")
        )
        self.before = media_files()
        self.images, self.documents = get_image_model(), get_document_model()
        self.counts = (self.images.objects.count(), self.documents.objects.count())

    def assertNothingLeft(self):
        self.assertEqual(media_files() - self.before, set())
        self.assertEqual((self.images.objects.count(), self.documents.objects.count()), self.counts)

    def add_image(self, name, content, content_type="image/png"):
        upload = SimpleUploadedFile(name, content, content_type=content_type)
        return self.client.post(reverse("wagtailimages:add"), {"title": name, "file": upload})

    def add_document(self, name, content, content_type="application/octet-stream"):
        upload = SimpleUploadedFile(name, content, content_type=content_type)
        return self.client.post(reverse("wagtaildocs:add"), {"title": name, "file": upload})

    def test_a_refused_svg_leaves_nothing(self):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        response = self.add_image("logo.svg", svg, "image/svg+xml")
        self.assertEqual(response.status_code, 200)  # the form again, with its error
        self.assertNothingLeft()

    def test_too_many_pixels_leaves_nothing(self):
        self.add_image("huge.png", png((8000, 6000), "1"))
        self.assertNothingLeft()

    @override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
    def test_too_large_a_file_leaves_nothing(self):
        self.add_image("big.png", os.urandom(2048))
        self.add_image("big2.png", png((400, 400)))
        self.assertNothingLeft()

    def test_a_refused_document_type_leaves_nothing(self):
        response = self.add_document("tool.exe", b"MZ\x90\x00")
        self.assertEqual(response.status_code, 200)
        self.assertNothingLeft()

    def test_a_refused_upload_in_the_multiple_uploader_leaves_nothing(self):
        upload = SimpleUploadedFile("logo.svg", b"<svg/>", content_type="image/svg+xml")
        response = self.client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": upload},
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        self.assertFalse(response.json()["success"])
        self.assertNothingLeft()

    def test_a_storage_that_fails_leaves_nothing(self):
        failing = mock.patch(
            "django.core.files.storage.FileSystemStorage._save",
            side_effect=OSError("disk full"),
        )
        self.client.raise_request_exception = False
        with failing:
            image = self.add_image("photo.png", png())
            document = self.add_document("report.pdf", b"%PDF-1.4\n", "application/pdf")
        self.assertEqual(image.status_code, 500)
        self.assertEqual(document.status_code, 500)
        self.assertNothingLeft()

    def post_while_inserts_fail(self, post, *args):
        """``post(*args)`` while every INSERT fails after its row was built, which
        is when ``FileField.pre_save`` writes the file."""

        def insert_then_fail(compiler, *args, **kwargs):
            compiler.as_sql()
            raise DatabaseError("connection lost")

        failing = mock.patch(
            "django.db.models.sql.compiler.SQLInsertCompiler.execute_sql",
            autospec=True,
            side_effect=insert_then_fail,
        )
        self.client.raise_request_exception = False
        # In production each request runs in autocommit; here the test's transaction
        # surrounds it, and a view without its own atomic block would leave that
        # transaction unusable after the failed INSERT. A savepoint stands in.
        with failing, transaction.atomic():
            return post(*args)

    def test_a_database_failure_after_the_image_is_written_leaves_nothing(self):
        response = self.post_while_inserts_fail(self.add_image, "photo.png", png())
        self.assertEqual(response.status_code, 500)
        self.assertNothingLeft()

    def test_a_database_failure_after_the_document_is_written_leaves_nothing(self):
        response = self.post_while_inserts_fail(
            self.add_document, "report.pdf", b"%PDF-1.4\n", "application/pdf"
        )
        self.assertEqual(response.status_code, 500)
        self.assertNothingLeft()

    def test_a_database_failure_in_the_multiple_uploaders_leaves_nothing(self):
        for url_name, upload in (
            ("wagtailimages:add_multiple", ("photo.png", png(), "image/png")),
            ("wagtaildocs:add_multiple", ("report.pdf", b"%PDF-1.4\n", "application/pdf")),
        ):
            with self.subTest(url_name):
                response = self.post_while_inserts_fail(
                    self.client.post,
                    reverse(url_name),
                    {"files[]": SimpleUploadedFile(*upload)},
                )
                self.assertEqual(response.status_code, 500)
                self.assertNothingLeft()

    def test_a_rollback_after_a_successful_save_leaves_nothing(self):
        # The add view saves and logs in one transaction: a failing log entry
        # rolls the saved row back after its file was written.
        failing_log = mock.patch(
            "wagtail.actions.create.log", side_effect=DatabaseError("log table gone")
        )
        self.client.raise_request_exception = False
        with failing_log:
            image = self.add_image("photo.png", png())
            document = self.add_document("report.pdf", b"%PDF-1.4\n", "application/pdf")
        self.assertEqual((image.status_code, document.status_code), (500, 500))
        self.assertNothingLeft()

    def test_an_accepted_upload_writes_one_record_and_its_file(self):
        response = self.add_image("photo.png", png())
        self.assertEqual(response.status_code, 302)
        image = self.images.objects.get(title="photo.png")
        self.assertTrue(Path(image.file.path).exists())
        with self.captureOnCommitCallbacks(execute=True):
            image.delete()
        self.assertNothingLeft()
