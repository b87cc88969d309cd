"""The newsroom: stories, award announcements, their authors and the claims register."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from home.models import BasePage

from .awards import AwardAnnouncementPage  # noqa: F401  (award models live in awards.py)


class StoryIndexPage(BasePage):
    """The newsroom of one language: every story and award announcement, newest first."""

    introduction = models.TextField(
        blank=True,
        max_length=600,
        verbose_name=_("introduction"),
        help_text=_("Shown above the list of stories."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage", "stories.AwardAnnouncementPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")


class StoryPage(BasePage):
    """A news item, a narrative or a fact-check."""

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
