"""StreamField blocks shared by every page type."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from anyascii import anyascii


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text=_("The heading as readers see it."))
    anchor = blocks.CharBlock(
        required=False,
        max_length=60,
        help_text=_("Optional link target, e.g. 'contact'. Made from the heading when empty."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading that other pages can link to.")

    def clean(self, value):
        value = super().clean(value)
        if value["anchor"] and slugify(value["anchor"]) != value["anchor"]:
            raise ValidationError(
                _("Use lowercase letters, digits and hyphens only."),
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Transliterate first so "działania" becomes "dzialania", not "dziaania".
        context["anchor"] = value["anchor"] or slugify(anyascii(value["text"]))
        return context


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(help_text=_("Describe the image for people who cannot see it."))
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        image_role = "figure"  # home.images
        label = _("Image")
        description = _("An image with its alternative text, caption and credit.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with the name of the person quoted.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        label=_("Paragraph"),
        description=_("Running text with links and lists."),
    )
    figure = FigureBlock()
    quote = QuoteBlock()

    class Meta:
        block_counts = {"heading": {"max_num": 30}}
