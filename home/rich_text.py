"""Links that a browser would run (``javascript:``, ``data:``, ``vbscript:``) never
reach a reader. Wagtail's editor drops them when it saves, but rich text also
arrives through wagtail-localize's link overrides, which a translator may set to
any value, and through code; Wagtail renders such links as they are."""

from functools import cache
from html import unescape

import wagtail.rich_text
from wagtail.rich_text.rewriters import LinkRewriter, MultiRuleRewriter
from wagtail.whitelist import check_url


class UnsafeLinkRewriter(LinkRewriter):
    """Turns such a link into a bare ``<a>``, as Wagtail does with a link type it
    does not know; every other link is left to Wagtail's own rewriter."""

    def get_tag_type_from_attrs(self, attrs):
        # Character references too: a browser reads "&#106;avascript:" as "javascript:".
        href = attrs.get("href")
        if href and "linktype" not in attrs and check_url(unescape(href)) is None:
            return "unsafe"
        return None


def install():
    """Put the check in front of Wagtail's rewriter, which ``expand_db_html``
    (the ``richtext`` filter and rich text blocks) looks up on each call."""
    wagtail_rewriter = wagtail.rich_text.get_rewriter

    @cache
    def get_rewriter():
        return MultiRuleRewriter([UnsafeLinkRewriter(), wagtail_rewriter()])

    wagtail.rich_text.get_rewriter = get_rewriter
