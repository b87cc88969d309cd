from wagtail import hooks

from .sections import front_page_context


@hooks.register("construct_home_page_context")
def add_front_page_sections(home, request, context):
    """The home page's sections; ``home`` imports no content app, so it asks here."""
    context.update(front_page_context(home, request))
