import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from home.factories import ContentPageFactory
from tests.base import SiteTestCase

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


class SitemapTests(SiteTestCase):
    def sitemap(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        root = ET.fromstring(response.content)
        return {
            url.find("s:loc", NS).text: {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
            }
            for url in root.findall("s:url", NS)
        }

    def test_every_language_with_hreflang_alternates(self):
        urls = self.sitemap()
        about = {
            "pl": "http://localhost/pl/o-nas/",
            "en": "http://localhost/en/about/",
            "uk": "http://localhost/uk/pro-nas/",
        }
        for location in about.values():
            self.assertEqual(urls[location], {**about, "x-default": about["pl"]})
        self.assertIn("http://localhost/uk/", urls)

    def test_untranslated_copies_drafts_and_private_pages_are_left_out(self):
        statement = self.tree["statement"]["en"]
        PageViewRestriction.objects.create(page=statement, restriction_type="login")
        about = self.tree["about"]["uk"]
        about.unpublish()
        urls = self.sitemap()
        self.assertNotIn("http://localhost/en/accessibility-statement/", urls)
        self.assertNotIn("http://localhost/uk/pro-nas/", urls)
        # The Polish privacy page has only untranslated copies: no alternates, no copies.
        self.assertEqual(urls["http://localhost/pl/prywatnosc/"], {})
        self.assertNotIn("http://localhost/en/prywatnosc/", urls)

    def test_robots_points_at_the_sitemap(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain")
        self.assertContains(response, "Sitemap: http://testserver/sitemap.xml")
        self.assertContains(response, "Disallow: /admin/")


class SitemapQueryTests(SiteTestCase):
    def queries(self):
        with CaptureQueriesContext(connection) as captured:
            self.assertEqual(self.client.get("/sitemap.xml").status_code, 200)
        return len(captured)

    def test_queries_do_not_grow_with_the_number_of_pages(self):
        home = self.tree["home"]["pl"]
        for number in range(3):
            ContentPageFactory(parent=home, title=f"Strona {number}")
        self.client.get("/sitemap.xml")
        few = self.queries()
        for number in range(3, 40):
            ContentPageFactory(parent=home, title=f"Strona {number}")
        self.assertEqual(self.queries(), few)


class JsonLdTests(SiteTestCase):
    def test_home_page_describes_the_site(self):
        import json
        import re

        html = self.client.get("/en/").content.decode()
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        data = [json.loads(block) for block in blocks]
        self.assertEqual(data[0]["@type"], "WebSite")
        self.assertEqual(data[0]["inLanguage"], "en")

    def test_script_cannot_be_closed_from_content(self):
        home = self.tree["home"]["en"]
        home.title = "</script><script>alert(1)</script>"
        home.save_revision().publish()
        html = self.client.get("/en/").content.decode()
        json_ld = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
        self.assertNotIn("<", json_ld)
