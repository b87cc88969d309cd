from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from home.locales import active_locale


class PracticeBlock(blocks.StructBlock):
    """A practice card inside a story, event or award body: the one way a body
    links to the library (Wagtail's reference index sees it for "featured in")."""

    practice = SnippetChooserBlock("practices.Practice", help_text=_("Choose a practice."))

    class Meta:
        icon = "site"
        template = "practices/blocks/practice_block.html"
        label = _("Practice")
        description = _("A card linking to a good practice in the library.")

    def get_context(self, value, parent_context=None):
        from .library import practice_links

        context = super().get_context(value, parent_context)
        chosen = value["practice"]
        # The page gives the links of all its practices at once (``practice_links``
        # in its context); on its own the block looks its one practice up.
        links = context.get("practice_links")
        if links is None and chosen is not None:
            page = context.get("page")
            locale = page.locale if page is not None else active_locale()
            links = practice_links([chosen], locale, context.get("request"))
        # A practice not published in the library is not shown.
        context["link"] = (links or {}).get(chosen.translation_key) if chosen else None
        return context
