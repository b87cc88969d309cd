"""Hostile uploads through the admin's image and document views, as an editor:
refused with a form error, leaving no file and no record behind."""

import struct
import zlib
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.test import override_settings
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from PIL import Image as PILImage

from home.roles import EDITORS
from tests.base import SiteTestCase

HUGE = 200 * 1024 * 1024
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!doctype html><script>alert(document.cookie)</script>"


def png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def decompression_bomb(side=20_000):
    """A valid one-bit PNG of ``side`` x ``side`` pixels (400 million for the
    default), all black: about 50 kB on disk, 50 MB once decoded. Written row by
    row so the test never holds the decoded image."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + side // 8)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )


def small_png():
    buffer = BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return buffer.getvalue()


class ReportsTwoHundredMegabytes(MemoryFileUploadHandler):
    """Delivers each uploaded file as a 200 MB upload would arrive (its size is
    what the upload handler reports), without sending or storing 200 MB."""

    def file_complete(self, file_size):
        uploaded = super().file_complete(file_size)
        uploaded.size = HUGE
        return uploaded


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return {path for path in root.rglob("*") if path.is_file()} if root.exists() else set()


class HostileUploadTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = get_user_model().objects.create_user("editor", password="x")
        cls.editor.groups.add(Group.objects.get(name=EDITORS))

    def setUp(self):
        self.client.force_login(self.editor)
        self.images, self.documents = get_image_model(), get_document_model()
        self.before = (media_files(), self.images.objects.count(), self.documents.objects.count())

    def assertRefusedLeavingNothing(self, response):
        self.assertEqual(response.status_code, 200)  # the form again, with its error
        self.assertTrue(response.context["form"].errors)
        self.assertEqual(
            (media_files(), self.images.objects.count(), self.documents.objects.count()),
            self.before,
        )

    def add(self, kind, name, content, content_type):
        upload = SimpleUploadedFile(name, content, content_type=content_type)
        return self.client.post(reverse(f"wagtail{kind}:add"), {"title": name, "file": upload})

    def test_the_bomb_declares_400_million_pixels_in_a_small_file(self):
        bomb = decompression_bomb()
        self.assertLess(len(bomb), 200_000)
        # Pillow reads the header only, and refuses what it declares.
        with self.assertRaisesMessage(PILImage.DecompressionBombError, "400000000 pixels"):
            PILImage.open(BytesIO(bomb))

    def test_a_decompression_bomb_png_is_refused(self):
        self.assertRefusedLeavingNothing(
            self.add("images", "bomb.png", decompression_bomb(), "image/png")
        )

    def test_a_decompression_bomb_in_the_multiple_uploader_is_refused(self):
        upload = SimpleUploadedFile("bomb.png", decompression_bomb(), content_type="image/png")
        response = self.client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": upload},
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.json()["success"])
        self.assertEqual(media_files(), self.before[0])
        self.assertEqual(self.images.objects.count(), self.before[1])

    @override_settings(
        FILE_UPLOAD_HANDLERS=["tests.hostile.test_uploads.ReportsTwoHundredMegabytes"]
    )
    def test_a_200_mb_image_is_refused(self):
        self.assertRefusedLeavingNothing(self.add("images", "photo.png", small_png(), "image/png"))

    @override_settings(
        FILE_UPLOAD_HANDLERS=["tests.hostile.test_uploads.ReportsTwoHundredMegabytes"]
    )
    def test_a_200_mb_document_is_refused(self):
        self.assertRefusedLeavingNothing(
            self.add("docs", "report.pdf", b"%PDF-1.4\n", "application/pdf")
        )

    def test_the_limits_that_refuse_them(self):
        self.assertLess(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, HUGE)
        self.assertLess(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, HUGE)
        self.assertLess(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS, 20_000 * 20_000)

    def test_html_as_an_image_is_refused(self):
        for name in ("page.html", "page.png"):
            with self.subTest(name=name):
                self.assertRefusedLeavingNothing(self.add("images", name, HTML, "text/html"))

    def test_svg_and_html_as_documents_are_refused(self):
        for name, content, content_type in (
            ("logo.svg", SVG, "image/svg+xml"),
            ("page.html", HTML, "text/html"),
            ("page.htm", HTML, "text/html"),
            ("page.xhtml", HTML, "application/xhtml+xml"),
        ):
            with self.subTest(name=name):
                self.assertRefusedLeavingNothing(self.add("docs", name, content, content_type))


class DocumentServingTests(SiteTestCase):
    """A document holding markup (uploaded before the extension list, or as
    .txt) is never rendered by the browser in the site's origin."""

    def serve(self, name, content):
        document = get_document_model().objects.create(
            title=name, file=ContentFile(content, name=name)
        )
        self.addCleanup(document.file.delete, save=False)
        return self.client.get(document.url)

    def test_html_and_svg_documents_are_attachments_that_run_nothing(self):
        for name, content in (("page.html", HTML), ("logo.svg", SVG)):
            with self.subTest(name=name):
                response = self.serve(name, content)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(response["Content-Disposition"].startswith("attachment"))
                self.assertEqual(response["Content-Security-Policy"], "default-src 'none'")
                self.assertEqual(response["X-Content-Type-Options"], "nosniff")

    def test_markup_in_a_text_document_is_served_as_plain_text(self):
        response = self.serve("notes.txt", HTML)
        self.assertTrue(response["Content-Type"].startswith("text/plain"))
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Content-Security-Policy"], "default-src 'none'")
