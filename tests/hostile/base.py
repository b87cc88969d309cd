"""One shared site with content of every type in every language, some of it
carrying hostile text, and the list of its public addresses."""

from wagtail.models import Site

from home.languages import sync_languages
from home.models import SiteSettings
from practices.factories import PracticeFactory
from stories.models import StoryPage
from tests.awards.base import build_awards, make_award
from tests.topics.base import FUTURE, TopicTestCase, make_event, make_story

# Closes a <script> element, opens another and breaks out of an attribute.
SCRIPT = '</script><script>alert("x")</script>'
LANGUAGES = ("pl", "en", "uk")


def build_hostile_content(tree, newsroom, event_indexes, content):
    """A story, event, practice and award whose every reader-facing text carries
    ``SCRIPT``, all about the translated housing topic."""
    housing = content["housing"]["pl"]
    story = make_story(
        newsroom["indexes"]["pl"],
        [housing],
        title=f"Tytuł {SCRIPT}",
        slug="wrogi",
        standfirst=f"Wstęp {SCRIPT}",
        search_description=f"Opis {SCRIPT}",
        body=[
            {"type": "heading", "value": {"text": f"Nagłówek {SCRIPT}", "anchor": ""}},
            {
                "type": "paragraph",
                "value": '<p><a href="javascript:alert(1)">kliknij</a> '
                '<a href="JaVaScRiPt:alert(2)">dwa</a> <a href="&#106;avascript:alert(3)">trzy</a> '
                '<a href=" java\tscript:alert(4)">cztery</a> <a href="data:text/html,x">pięć</a> '
                '<a href="https://example.org/">sześć</a></p>',
            },
        ],
    )
    event = make_event(
        event_indexes["pl"],
        [housing],
        FUTURE,
        title=f"Wydarzenie {SCRIPT}",
        slug="wrogie",
        summary=f"Streszczenie {SCRIPT}",
        venue=f"Sala {SCRIPT}",
        address=f"Ulica {SCRIPT}",
        city=f"Miasto {SCRIPT}",
    )
    practice = PracticeFactory(
        title=f"Praktyka {SCRIPT}",
        slug="wroga",
        summary=f"Streszczenie {SCRIPT}",
        body='<p><a href="javascript:alert(1)">kliknij</a></p>',
        city=f"Miasto {SCRIPT}",
        topics=[housing],
    )
    award = make_award(
        tree["story_indexes"]["pl"],
        slug="wroga-nagroda",
        title=f"Nagroda {SCRIPT}",
        award_name=f"Nagroda {SCRIPT}",
        introduction=f"Wstęp {SCRIPT}",
        ceremony_venue=f"Sala {SCRIPT}",
    )
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name = f"Organizacja {SCRIPT}"
    site_settings.save()
    sync_languages()
    return {"story": story, "event": event, "practice": practice, "award": award}


class HostileSiteTestCase(TopicTestCase):
    """The topic pages' site (a newsroom, claims, events, a library and topics in
    every language) with awards, plus the hostile content above."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with cls.captureOnCommitCallbacks(execute=True):
            cls.awards = build_awards(cls.tree)
            cls.hostile = build_hostile_content(
                cls.tree, cls.newsroom, cls.event_indexes, cls.content
            )
        cls.urls = public_urls(cls)

    @classmethod
    def in_language(cls, page, code):
        """``page``'s version in ``code``: its translation or untranslated copy."""
        return page.get_translation(cls.locales[code]).specific


def public_urls(case):
    """Every public address of the site, by language and name (see the brief
    in tests/hostile/__init__.py)."""
    urls = {"root": {"/": "/", "sitemap": "/sitemap.xml", "robots": "/robots.txt"}}
    story = case.newsroom["fact_check"]["pl"]
    event = case.content["event"]["pl"]
    practice = case.content["practice"]["pl"]
    for code in LANGUAGES:
        library = case.libraries[code]
        newsroom = case.newsroom["indexes"][code]
        claims = case.newsroom["claims_pages"][code]
        events = case.event_indexes[code]
        topics = case.topic_pages[code]
        topic = case.content["housing"][code]
        event_here = case.in_language(event, code)
        urls[code] = {
            "home": case.tree["home"][code].url,
            "about": case.tree["about"][code].url,
            "search": {"pl": "/pl/szukaj/", "en": "/en/search/", "uk": "/uk/poshuk/"}[code],
            "library": library.url,
            "practice": library.practice_url(
                practice.get_translation_or_none(library.locale) or practice
            ),
            "geojson": f"{library.url}map.geojson",
            "newsroom": newsroom.url,
            "story": case.in_language(story, code).url,
            "rss": newsroom.feed_url("rss"),
            "atom": newsroom.feed_url("atom"),
            "author": newsroom.author_url(
                case.newsroom["person"].get(code, case.newsroom["person"]["pl"])
            ),
            "claims": claims.url,
            "events": events.url,
            "event": event_here.url,
            "calendar": events.calendar_url(),
            "event_ics": event_here.ics_url(),
            "award": case.awards[code].url,
            "topics": topics.url,
            "topic": topics.topic_url(topic),
            "topic_feed": topics.feed_url(topic),
        }
        # The claim is checked (by a translated fact-check) in Polish and English only.
        if code in case.newsroom["claim"]:
            urls[code]["claim"] = claims.claim_url(case.newsroom["claim"][code])
    return urls


def every_url(urls):
    return [url for group in urls.values() for url in group.values()]


__all__ = ["SCRIPT", "HostileSiteTestCase", "StoryPage", "every_url"]
