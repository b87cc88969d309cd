"""Path tricks on document addresses and language prefixes: 404, never a
server error, another document or a file outside the media directory."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from tests.base import SiteTestCase


class DocumentPathTests(SiteTestCase):
    def setUp(self):
        documents = get_document_model()
        self.report = documents.objects.create(
            title="Raport", file=ContentFile(b"public report", name="raport.txt")
        )
        self.other = documents.objects.create(
            title="Inny", file=ContentFile(b"other document", name="inny.txt")
        )
        for document in (self.report, self.other):
            self.addCleanup(document.file.delete, save=False)

    def test_the_real_address_serves_the_document(self):
        response = self.client.get(self.report.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(b"".join(response.streaming_content), b"public report")

    def test_tricks_are_404(self):
        pk, other = self.report.pk, self.other.pk
        name = self.report.filename
        for path in (
            f"/documents/{pk}/{self.other.filename}",
            f"/documents/{other}/{name}",
            f"/documents/{pk}/../{other}/{self.other.filename}",
            f"/documents/{pk}/..%2F..%2F..%2Fetc%2Fpasswd",
            f"/documents/{pk}/%2e%2e/%2e%2e/settings.py",
            f"/documents/{pk}/..\\..\\cms\\settings\\base.py",
            f"/documents/{pk}/{name}%00.html",
            f"/documents/{pk}/{name}/",
            f"/documents/{pk}/",
            f"/documents/{pk}/%ff",
            "/documents/99999999/raport.txt",
            "/documents/99999999999999999999999/raport.txt",
            "/documents/-1/raport.txt",
            "/documents/%2e%2e/raport.txt",
            "/media/../cms/settings/base.py",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)


class LocalePrefixTests(SiteTestCase):
    def test_unknown_and_odd_prefixes_are_404(self):
        for path in (
            "/xx/",
            "/pl-PL/",
            "/PL/",
            "/en-gb/about/",
            "/de/",
            "/../",
            "/%2e%2e/",
            "/%2e%2e/pl/",
            "/pl/%2e%2e/%2e%2e/etc/passwd",
            "/pl/..%2F..%2Fcms/",
            "/%00/",
            "/pl%00/",
            "/uk/%ff/",
            "/pl/o-nas/%2e%2e/o-nas/",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_prefixes_do_not_redirect_to_another_language(self):
        response = self.client.get("/xx/o-nas/")
        self.assertEqual(response.status_code, 404)
        self.assertNotIn("Location", response)
