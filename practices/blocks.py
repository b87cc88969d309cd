from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class PracticeBlock(blocks.StructBlock):
    """A practice card inside a story or event body: the one way a body links to
    the library (Wagtail's reference index sees it for "featured in")."""

    practice = SnippetChooserBlock("practices.Practice", help_text=_("Choose a practice."))

    class Meta:
        icon = "site"
        template = "practices/blocks/practice_block.html"
        label = _("Practice")
        description = _("A card linking to a good practice in the library.")
