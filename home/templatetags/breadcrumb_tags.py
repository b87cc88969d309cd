from django import template

from home.breadcrumbs import breadcrumb_trail

register = template.Library()


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The navigation trail of every page below a home page (see home.breadcrumbs)."""
    return {"trail": breadcrumb_trail(context), "LANGUAGE_CODE": context.get("LANGUAGE_CODE")}
