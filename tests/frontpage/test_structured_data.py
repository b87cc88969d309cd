"""Organization JSON-LD on the home page; breadcrumbs and BreadcrumbList below it."""

import json
import re

from django.utils import translation

import wagtail_factories
from wagtail.models import Site

from home.factories import ContentPageFactory
from home.models import SiteSettings
from practices.factories import PracticeFactory
from tests.base import SiteTestCase
from tests.practices.base import build_library


def json_ld(response, schema_type):
    scripts = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return [item for item in map(json.loads, scripts) if item["@type"] == schema_type]


def trail(response):
    """The breadcrumb navigation as (title, href, current) triples."""
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', response.content.decode(), re.S)
    if nav is None:
        return None
    return [
        (title, href, bool(current))
        for href, current, title in re.findall(
            r'<a href="([^"]*)"( aria-current="page")?>([^<]*)</a>', nav.group(0)
        )
    ]


class OrganizationJsonLdTest(SiteTestCase):
    def test_home_describes_the_publishing_organisation(self):
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.organisation_name = "Urząd Marszałkowski"
        site_settings.logo = wagtail_factories.ImageFactory()
        site_settings.facebook_url = "https://www.facebook.com/region4integration"
        site_settings.mastodon_url = "https://mastodon.social/@r4i"
        site_settings.save()
        response = self.client.get("/pl/")
        [organisation] = json_ld(response, "Organization")
        self.assertEqual(organisation["name"], "Urząd Marszałkowski")
        self.assertEqual(organisation["email"], "redakcja@example.org")
        self.assertEqual(
            organisation["sameAs"],
            ["https://www.facebook.com/region4integration", "https://mastodon.social/@r4i"],
        )
        self.assertTrue(organisation["logo"].startswith("http://testserver/"))
        [website] = json_ld(response, "WebSite")
        self.assertEqual(website["publisher"], {"@id": organisation["@id"]})

    def test_without_optional_settings(self):
        [organisation] = json_ld(self.client.get("/en/"), "Organization")
        self.assertEqual(organisation["name"], "Cities for integration")
        self.assertNotIn("logo", organisation)
        self.assertNotIn("sameAs", organisation)


class BreadcrumbsTest(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.libraries = build_library(cls.tree)
        cls.nested = ContentPageFactory(
            parent=cls.tree["about"]["pl"], title="Zespół", slug="zespol"
        )
        cls.nested.save_revision().publish()
        cls.practice = PracticeFactory(title="Klub dyskusyjny", slug="klub-dyskusyjny")

    def test_none_on_home(self):
        response = self.client.get("/pl/")
        self.assertIsNone(trail(response))
        self.assertEqual(json_ld(response, "BreadcrumbList"), [])

    def test_nested_page(self):
        home = self.tree["home"]["pl"]
        response = self.client.get("/pl/o-nas/zespol/")
        self.assertEqual(
            trail(response),
            [
                (home.title, "/pl/", False),
                ("O nas", "/pl/o-nas/", False),
                ("Zespół", "/pl/o-nas/zespol/", True),
            ],
        )
        with translation.override("en"):
            self.assertContains(
                self.client.get("/en/about/"), '<nav class="breadcrumbs" aria-label="Breadcrumb"'
            )
        [breadcrumbs] = json_ld(response, "BreadcrumbList")
        self.assertEqual(
            [
                (item["position"], item["name"], item["item"])
                for item in breadcrumbs["itemListElement"]
            ],
            [
                (1, home.title, "http://testserver/pl/"),
                (2, "O nas", "http://testserver/pl/o-nas/"),
                (3, "Zespół", "http://testserver/pl/o-nas/zespol/"),
            ],
        )

    def test_translated_tree_links_its_own_language(self):
        response = self.client.get("/en/about/")
        self.assertEqual(
            trail(response),
            [("Cities for integration", "/en/", False), ("About us", "/en/about/", True)],
        )

    def test_routed_practice_adds_its_tail(self):
        response = self.client.get("/pl/dobre-praktyki/klub-dyskusyjny/")
        self.assertEqual(
            trail(response)[1:],
            [
                ("Dobre praktyki", "/pl/dobre-praktyki/", False),
                ("Klub dyskusyjny", "/pl/dobre-praktyki/klub-dyskusyjny/", True),
            ],
        )
        [breadcrumbs] = json_ld(response, "BreadcrumbList")
        self.assertEqual(
            breadcrumbs["itemListElement"][-1]["item"],
            "http://testserver/pl/dobre-praktyki/klub-dyskusyjny/",
        )
        # The practice's own structured data stays.
        self.assertEqual(len(json_ld(response, "CreativeWork")), 1)

    def test_untranslated_practice_is_marked_in_its_language(self):
        response = self.client.get("/en/good-practices/klub-dyskusyjny/")
        self.assertContains(
            response,
            '<li lang="pl"><a href="/en/good-practices/klub-dyskusyjny/" aria-current="page">'
            "Klub dyskusyjny</a></li>",
            html=True,
        )
