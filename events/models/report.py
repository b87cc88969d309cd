"""The report's parts that repeat: presentations and photos. Both are
translatable child objects of the event page, so their texts are translated with
the page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class EventPresentation(TranslatableMixin, Orderable):
    """A speaker and what they presented, optionally a practice of the library."""

    page = ParentalKey("events.EventPage", related_name="presentations", on_delete=models.CASCADE)
    speaker = models.CharField(max_length=255, verbose_name=_("speaker"))
    organisation = models.CharField(
        max_length=255, blank=True, verbose_name=_("speaker's organisation")
    )
    title = models.CharField(max_length=255, verbose_name=_("title of the presentation"))
    practice = models.ForeignKey(
        "practices.Practice",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("practice presented"),
        help_text=_("Link the presentation to the practice in the library, if there is one."),
    )

    panels = [
        FieldRowPanel([FieldPanel("speaker"), FieldPanel("organisation")]),
        FieldPanel("title"),
        FieldPanel("practice"),
    ]
    translatable_fields = [
        TranslatableField("speaker"),
        TranslatableField("organisation"),
        TranslatableField("title"),
        SynchronizedField("practice"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("presentation")
        verbose_name_plural = _("presentations")


class EventPhoto(TranslatableMixin, Orderable):
    page = ParentalKey("events.EventPage", related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("photo"),
    )
    alt_text = models.CharField(
        max_length=255,
        verbose_name=_("description"),
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    caption = models.CharField(max_length=255, blank=True, verbose_name=_("caption"))

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]
    translatable_fields = [
        TranslatableField("alt_text"),
        TranslatableField("caption"),
        SynchronizedField("image"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
