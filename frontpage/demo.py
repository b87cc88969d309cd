"""Demo curation of the home page: the newsroom's lead fact-check first, with the
two stories from the EPI cities next to it, in every language. Loaded after the
stories (stories/demo.py); a second load changes nothing."""

from django.conf import settings

from wagtail.models import Locale

from home.localization import in_locale
from home.models import HomeFeaturedStory, HomePage
from stories.demo_texts import STORIES
from stories.models import StoryIndexPage, StoryPage

SOURCE = settings.LANGUAGE_CODE

# The fact-check that answers the region's most common claim, as in the newsroom.
LEAD = "region-fact-check"
FEATURED = ["epi-inaugurations", "riga-interaction"]


def _curate(home, lead, featured, stdout):
    """Point ``home`` at the stories of its own language. Page choices are
    synchronised fields in wagtail-localize, which would leave a translated
    home pointing at the Polish pages, so each home is set here."""
    chosen = [row.story_id for row in home.featured_stories.all()]
    if home.lead_story_id == lead.pk and chosen == [story.pk for story in featured]:
        return
    home.lead_story = lead
    home.featured_stories = [HomeFeaturedStory(story=story) for story in featured]
    home.save_revision().publish()
    stdout.write(f"  curated the home page {home.title!r}")


def load(stdout):
    source = Locale.objects.get(language_code=SOURCE)
    home = HomePage.objects.get(locale=source, depth=2)
    index = StoryIndexPage.objects.child_of(home).first()
    if index is None:
        return
    slugs = {entry["key"]: entry[SOURCE]["slug"] for entry in STORIES}
    stories = {
        key: StoryPage.objects.child_of(index).get(slug=slugs[key]) for key in [LEAD, *FEATURED]
    }
    # The home page of every language: the Polish one and its translations.
    for each in HomePage.objects.filter(translation_key=home.translation_key, depth=2):
        _curate(
            each,
            in_locale(stories[LEAD], each.locale),
            [in_locale(stories[key], each.locale) for key in FEATURED],
            stdout,
        )
