import re

from django.test import override_settings

from wagtail.models import Page

from tests.base import SiteTestCase


class ChooseLanguageTests(SiteTestCase):
    def test_root_follows_the_browser_language(self):
        for header, expected in [
            ("uk-UA,uk;q=0.9", "/uk/"),
            ("en-GB,en;q=0.8", "/en/"),
            ("pl", "/pl/"),
            ("fr-FR,fr;q=0.9,en;q=0.5", "/en/"),
            ("de", "/pl/"),
        ]:
            with self.subTest(header=header):
                response = self.client.get("/", HTTP_ACCEPT_LANGUAGE=header)
                self.assertRedirects(response, expected, fetch_redirect_response=False)
                self.assertIn("Accept-Language", response["Vary"])

    def test_every_language_home_is_served_in_its_language(self):
        for code in ("pl", "en", "uk"):
            with self.subTest(code=code):
                response = self.client.get(f"/{code}/")
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{code}">')
                self.assertContains(response, self.tree["home"][code].title)

    def test_unknown_language_prefix_is_404(self):
        for path in ("/xx/", "/de/", "/xx/o-nas/"):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_translated_slugs(self):
        self.assertEqual(self.client.get("/en/about/").status_code, 200)
        self.assertEqual(self.client.get("/uk/pro-nas/").status_code, 200)
        self.assertEqual(self.client.get("/pl/o-nas/").status_code, 200)


class LanguageSwitcherTests(SiteTestCase):
    def switcher_links(self, response):
        nav = re.search(r'<nav class="language-switcher".*?</nav>', response.content.decode(), re.S)
        return dict(re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav.group(0)))

    def test_switcher_leads_to_the_same_page_in_each_language(self):
        links = self.switcher_links(self.client.get("/pl/o-nas/"))
        self.assertEqual(links, {"/pl/o-nas/": "pl", "/en/about/": "en", "/uk/pro-nas/": "uk"})

    def test_switcher_falls_back_to_the_locale_home_without_a_translation(self):
        privacy_pl = self.tree["privacy"]["pl"]
        response = self.client.get(privacy_pl.url)
        links = {lang: href for href, lang in self.switcher_links(response).items()}
        self.assertEqual(links["en"], "/en/")
        self.assertEqual(links["uk"], "/uk/")

    def test_switcher_on_the_search_page_keeps_the_search(self):
        links = self.switcher_links(self.client.get("/pl/szukaj/"))
        self.assertEqual(set(links), {"/pl/szukaj/", "/en/search/", "/uk/poshuk/"})


class HeadTests(SiteTestCase):
    def test_hreflang_alternates_and_x_default(self):
        html = self.client.get("/en/about/").content.decode()
        alternates = dict(
            re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html)
        )
        self.assertEqual(
            alternates,
            {
                "pl": "http://testserver/pl/o-nas/",
                "en": "http://testserver/en/about/",
                "uk": "http://testserver/uk/pro-nas/",
                "x-default": "http://testserver/pl/o-nas/",
            },
        )

    def test_untranslated_copies_are_not_alternates(self):
        privacy_pl = self.tree["privacy"]["pl"]
        html = self.client.get(privacy_pl.url).content.decode()
        self.assertNotIn('hreflang="en"', html.split("</head>")[0])

    def test_canonical_description_and_open_graph(self):
        about = self.tree["about"]["en"]
        about.search_description = "Who we are and what we do."
        about.save_revision().publish()
        response = self.client.get("/en/about/?utm_source=x")
        self.assertContains(response, '<link rel="canonical" href="http://testserver/en/about/">')
        self.assertContains(
            response, '<meta name="description" content="Who we are and what we do.">'
        )
        self.assertContains(response, '<meta property="og:title" content="About us">')
        self.assertContains(response, '<meta property="og:locale" content="en_GB">')
        self.assertContains(response, '<meta property="og:locale:alternate" content="uk_UA">')

    def test_landmarks_and_skip_link(self):
        html = self.client.get("/uk/").content.decode()
        self.assertIn('<a class="skip-link" href="#main">', html)
        for landmark in ("<header", '<main id="main"', "<footer", 'aria-label="'):
            self.assertIn(landmark, html)

    def test_untranslated_copy_carries_its_source_language(self):
        privacy_en = Page.objects.get(
            translation_key=self.tree["privacy"]["pl"].translation_key, locale=self.locales["en"]
        )
        self.assertIsNotNone(privacy_en.alias_of_id)
        response = self.client.get(privacy_en.url)
        self.assertContains(response, '<html lang="pl">')

    def test_untranslated_copy_says_so_in_the_reader_language(self):
        privacy_en = Page.objects.get(
            translation_key=self.tree["privacy"]["pl"].translation_key, locale=self.locales["en"]
        )
        html = self.client.get(privacy_en.url).content.decode()
        self.assertIn('<p class="untranslated-notice" lang="en" role="note">', html)
        self.assertIn(
            "This page is not translated into English yet. Below is the original in Polish.",
            html,
        )
        # A real translation carries no such note.
        html = self.client.get("/uk/pro-nas/").content.decode()
        self.assertNotIn("untranslated-notice", html)


class NavigationAndFooterTests(SiteTestCase):
    def test_menu_lists_menu_pages_of_the_reader_language(self):
        html = self.client.get("/uk/").content.decode()
        menu = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
        self.assertIn('href="/uk/pro-nas/"', menu)
        self.assertNotIn("/pl/", menu)

    def test_footer_links_the_accessibility_statement_in_every_language(self):
        for code, path in [
            ("pl", "/pl/deklaracja-dostepnosci/"),
            ("en", "/en/accessibility-statement/"),
            ("uk", "/uk/deklaratsiia-dostupnosti/"),
        ]:
            with self.subTest(code=code):
                html = self.client.get(f"/{code}/").content.decode()
                footer = html.split('<footer class="site-footer">')[1]
                self.assertIn(f'href="{path}"', footer)

    def test_footer_shows_the_translated_identity(self):
        self.assertContains(self.client.get("/en/"), "Site en")
        self.assertContains(self.client.get("/uk/"), "Tagline uk")

    @override_settings(LANGUAGE_CODE="pl")
    def test_search_page_has_translated_address(self):
        for path in ("/pl/szukaj/", "/en/search/", "/uk/poshuk/"):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 200)
