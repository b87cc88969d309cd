"""The body of a story: the site's shared blocks plus what journalism that answers
disinformation needs (statistics with sources, myth and fact, video, call-outs)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import HeadingBlock, QuoteBlock
from practices.blocks import PracticeBlock

from .verdicts import Verdict

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class StoryHeadingBlock(HeadingBlock):
    """A heading whose anchor the story page chooses, so that anchors are unique
    within the page and the table of contents points at them."""

    def get_context(self, value, parent_context=None):
        # Read first: the parent's get_context writes its own anchor into the same dict.
        anchor = (parent_context or {}).get("anchor")
        context = super().get_context(value, parent_context)
        if anchor:
            context["anchor"] = anchor
        return context


class StoryImageBlock(blocks.StructBlock):
    """An image with its own alternative text: a text block, so translators
    translate it like any other sentence."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=255,
        label=_("Alternative text"),
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "stories/blocks/image_block.html"
        image_role = "figure"  # home.images
        label = _("Image")
        description = _("An image with its alternative text, caption and credit.")


class VideoBlock(blocks.StructBlock):
    """A video from YouTube or Vimeo. The player needs the provider's oEmbed
    service; when it cannot be reached the reader still gets a link."""

    url = blocks.URLBlock(help_text=_("The video's address on YouTube or Vimeo."))
    title = blocks.CharBlock(
        max_length=200, help_text=_("What the video is: also the link text when it cannot play.")
    )

    class Meta:
        icon = "media"
        template = "stories/blocks/video_block.html"
        label = _("Video")
        description = _("An embedded video, with a plain link as a fallback.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        try:
            context["embed"] = embeds.get_embed(value["url"])
        except EmbedException:
            # Offline, unknown provider or a removed video: the link alone is shown.
            context["embed"] = None
        return context


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "stories/blocks/callout_block.html"
        label = _("Call-out")
        description = _("A highlighted box: what to remember, where to get help.")


class StatisticBlock(blocks.StructBlock):
    number = blocks.CharBlock(max_length=20, help_text=_("The figure as printed, e.g. '54%'."))
    label = blocks.CharBlock(max_length=200, help_text=_("What the figure counts."))
    source = blocks.CharBlock(max_length=200, help_text=_("Who published the figure."))
    source_url = blocks.URLBlock(
        required=False, help_text=_("Where readers can check it, when the source is online.")
    )

    class Meta:
        icon = "table"
        template = "stories/blocks/statistic_block.html"
        label = _("Statistic")
        description = _("A figure with what it counts and a link to its source.")


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    url = blocks.URLBlock(required=False, help_text=_("The source's address, when it is online."))


class MythFactBlock(blocks.StructBlock):
    claim = blocks.TextBlock(
        max_length=400, help_text=_("The claim as it circulates, word for word.")
    )
    verdict = blocks.ChoiceBlock(choices=Verdict.choices)
    explanation = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    sources = blocks.ListBlock(SourceBlock(), min_num=1, label=_("Sources"))
    fact_check = blocks.PageChooserBlock(
        page_type="stories.StoryPage",
        required=False,
        help_text=_("The claim's own fact-check, when it has one."),
    )

    class Meta:
        icon = "help"
        template = "stories/blocks/myth_fact_block.html"
        label = _("Myth and fact")
        description = _("A claim that circulates, its verdict, the facts and their sources.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["verdict_label"] = Verdict(value["verdict"]).label
        fact_check = value["fact_check"]
        # The chosen page is in the source language; readers go to their own
        # version. The story gives the versions of all it names at once.
        versions = context.get("story_versions")
        if fact_check and versions is not None:
            fact_check = versions.get(fact_check.translation_key, fact_check)
        elif fact_check:
            fact_check = fact_check.localized
        context["fact_check"] = fact_check if fact_check and fact_check.live else None
        return context


class StoryBodyBlock(blocks.StreamBlock):
    heading = StoryHeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        label=_("Paragraph"),
        description=_("Running text with links and lists."),
    )
    image = StoryImageBlock()
    quote = QuoteBlock(label=_("Pull quote"))
    video = VideoBlock()
    callout = CalloutBlock()
    statistic = StatisticBlock()
    practice = PracticeBlock()
    myth_fact = MythFactBlock()

    class Meta:
        block_counts = {"heading": {"max_num": 30}, "video": {"max_num": 5}}
