"""Hostile text in every field that reaches a script, a feed, a calendar or
the map: it never closes a script or breaks the format, and comes back intact
when the format is read back. ``javascript:`` links in rich text never become
links."""

import json
from html.parser import HTMLParser

from wagtail.whitelist import check_url

import feedparser
import icalendar

from tests.hostile.base import SCRIPT, HostileSiteTestCase


class Scripts(HTMLParser):
    """The page's script elements and link targets, as a browser would see them."""

    def __init__(self, html):
        super().__init__()
        self.scripts, self.hrefs, self._open = [], [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self._open = {"attrs": attrs, "text": ""}
            self.scripts.append(self._open)
        if "href" in attrs:
            self.hrefs.append(attrs["href"] or "")

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = None


def strings(value):
    """Every string anywhere in a JSON document."""
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    return [value] if isinstance(value, str) else []


class MarkupTests(HostileSiteTestCase):
    def json_ld_strings(self, url):
        """Every JSON-LD string of ``url``, after checking that each script is
        either a file or JSON-LD (the CSP forbids inline code) and parses."""
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        found = []
        for script in Scripts(response.content.decode()).scripts:
            if "src" in script["attrs"]:
                continue
            self.assertIn(
                script["attrs"].get("type"), ("application/ld+json", "application/json"), script
            )
            self.assertNotIn("<", script["text"])
            found += strings(json.loads(script["text"]))
        return found

    def test_json_ld_of_every_page_type_keeps_the_text_intact(self):
        story, event = self.hostile["story"], self.hostile["event"]
        library = self.libraries["pl"]
        cases = {
            "home (Organization)": ("/pl/", [f"Organizacja {SCRIPT}"]),
            "story and breadcrumbs": (story.url, [f"Tytuł {SCRIPT}", f"Wstęp {SCRIPT}"]),
            "event": (
                event.url,
                [f"Wydarzenie {SCRIPT}", f"Sala {SCRIPT}", f"Miasto {SCRIPT}"],
            ),
            "award": (self.hostile["award"].url, [f"Nagroda {SCRIPT}"]),
            "practice and breadcrumbs": (
                library.practice_url(self.hostile["practice"]),
                [f"Praktyka {SCRIPT}"],
            ),
            "English copy of the story": (
                self.in_language(story, "en").url,
                [f"Tytuł {SCRIPT}"],
            ),
        }
        for name, (url, expected) in cases.items():
            with self.subTest(page=name):
                found = self.json_ld_strings(url)
                for text in expected:
                    self.assertIn(text, found)

    def test_breadcrumbs_carry_the_title_intact(self):
        found = self.json_ld_strings(self.hostile["story"].url)
        self.assertGreaterEqual(found.count(f"Tytuł {SCRIPT}"), 2)  # article and crumb

    def test_listings_run_no_script_from_content(self):
        for url in (
            self.newsroom["indexes"]["pl"].url,
            self.event_indexes["pl"].url,
            self.libraries["pl"].url,
            self.topic_pages["en"].topic_url(self.content["housing"]["en"]),
            "/pl/szukaj/?q=Tytu%C5%82",
        ):
            with self.subTest(url=url):
                self.json_ld_strings(url)

    def test_geojson_for_the_map_popups_escapes_and_keeps_the_text(self):
        for code in ("pl", "en", "uk"):
            with self.subTest(language=code):
                response = self.client.get(f"{self.libraries[code].url}map.geojson")
                self.assertNotIn(b"<", response.content)
                features = json.loads(response.content)["features"]
                (hostile,) = [
                    f["properties"] for f in features if f["properties"]["title"].endswith(SCRIPT)
                ]
                self.assertEqual(hostile["summary"], f"Streszczenie {SCRIPT}")

    def test_feeds_parse_and_keep_the_title(self):
        topic = self.content["housing"]
        for url in (
            f"{self.newsroom['indexes']['pl'].url}feed.rss",
            f"{self.newsroom['indexes']['pl'].url}feed.atom",
            self.topic_pages["pl"].feed_url(topic["pl"]),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertNotIn(SCRIPT.encode(), response.content)
                feed = feedparser.parse(response.content)
                self.assertFalse(feed.bozo, feed.get("bozo_exception"))
                self.assertIn(f"Tytuł {SCRIPT}", [entry.title for entry in feed.entries])

    def test_event_files_parse_with_one_event_and_no_markup(self):
        # Calendars carry plain text: the events app strips tags from what it
        # writes there (tests/events/test_calendars.py), so the text is checked
        # without them.
        event = self.hostile["event"]
        for url in (event.ics_url(), self.in_language(event, "uk").ics_url()):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertNotIn(b"<script", response.content)
                calendar = icalendar.Calendar.from_ical(response.content)
                (vevent,) = calendar.walk("VEVENT")
                self.assertEqual(str(vevent["SUMMARY"]), 'Wydarzenie alert("x")')
                self.assertIn('Sala alert("x")', str(vevent["LOCATION"]))

    def test_javascript_links_in_rich_text_are_not_links(self):
        story, practice = self.hostile["story"], self.hostile["practice"]
        for url in (
            story.url,
            self.in_language(story, "uk").url,
            self.libraries["pl"].practice_url(practice),
            self.libraries["en"].practice_url(practice),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, "kliknij")
                hrefs = Scripts(response.content.decode()).hrefs
                self.assertFalse([href for href in hrefs if check_url(href) is None], hrefs)
                if "aktualnosci" in url or "novyny" in url:
                    self.assertContains(response, '<a href="https://example.org/">sześć</a>')
