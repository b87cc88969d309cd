"""Award announcements: who organised an award, by which criteria a jury chose,
which municipalities it recognised and for what, and where the ceremony is.
A laureate linked to a practice gives that practice an "awarded" badge in the
library (``practices.models.PracticeDistinction``)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock
from home.models import BasePage, SiteSettings
from home.records import readers_version
from practices.blocks import PracticeBlock
from practices.library import practice_links
from practices.models import (
    Organisation,
    PracticeDistinction,
    RelatedPractice,
    source_language_only,
)

# Awards for local integration policy in Poland began in the 2010s; anything
# before 1990 (or after next year) is a typing error.
FIRST_PLAUSIBLE_YEAR = 1990


class AwardBodyBlock(BodyBlock):
    """The page body: the site's blocks plus a practice card."""

    practice = PracticeBlock()


class AwardAnnouncementPage(BasePage):
    award_name = models.CharField(
        max_length=200,
        verbose_name=_("award name"),
        help_text=_("The award as it is called, e.g. 'Miasta Otwarte'."),
    )
    edition = models.CharField(
        max_length=60,
        blank=True,
        verbose_name=_("edition"),
        help_text=_("Which edition, as the organiser words it, e.g. 'II edycja'."),
    )
    year = models.PositiveSmallIntegerField(
        verbose_name=_("year"),
        help_text=_("The year the award is given for, e.g. 2015."),
    )
    organiser = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_language_only,
        verbose_name=_("organiser"),
        help_text=_("The organisation that runs the award. Readers see its name translated."),
    )
    introduction = models.TextField(
        blank=True,
        max_length=600,
        verbose_name=_("introduction"),
        help_text=_("One or two sentences shown under the title and in lists."),
    )
    criteria = RichTextField(
        blank=True,
        features=["bold", "italic", "ul", "ol", "link"],
        verbose_name=_("criteria"),
        help_text=_("What the jury looked for and how the laureates were chosen."),
    )
    ceremony = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="award_announcements",
        verbose_name=_("ceremony event"),
        help_text=_(
            "The event page of the ceremony. When set, date and venue below are not shown."
        ),
    )
    ceremony_date = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("ceremony date and time"),
        help_text=_("When the awards are handed over, if there is no event page."),
    )
    ceremony_venue = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("ceremony venue"),
        help_text=_("Where, and at which event, e.g. 'the White Stork Synagogue, Wrocław'."),
    )
    body = StreamField(AwardBodyBlock(), blank=True, verbose_name=_("body"))
    published_on = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("first published"),
        help_text=_("The announcement's date as readers see it. Empty: the day it went live."),
    )

    # The organiser stays the source-language record, as practices' taxonomy
    # does; readers see its translation (see ``organiser_in``).
    override_translatable_fields = [SynchronizedField("organiser")]

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("award_name"),
                FieldRowPanel([FieldPanel("edition"), FieldPanel("year")]),
                FieldPanel("organiser"),
                FieldPanel("published_on"),
            ],
            heading=_("Award"),
        ),
        FieldPanel("criteria"),
        InlinePanel("jury", heading=_("Jury"), label=_("jury member")),
        InlinePanel("laureates", heading=_("Laureates"), label=_("laureate")),
        MultiFieldPanel(
            [
                PageChooserPanel("ceremony", page_type="events.EventPage"),
                FieldRowPanel([FieldPanel("ceremony_date"), FieldPanel("ceremony_venue")]),
            ],
            heading=_("Ceremony"),
        ),
        FieldPanel("body"),
        InlinePanel("related_practices", heading=_("Related practices"), label=_("practice")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("award_name", boost=2),
        index.SearchField("introduction"),
        index.SearchField("criteria"),
        index.SearchField("body"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    select_related_when_served = (*BasePage.select_related_when_served, "organiser", "ceremony")
    # Its card in the newsroom's list (StoryIndexPage.published_items).
    listing_template = "stories/includes/award_card.html"

    class Meta:
        verbose_name = _("award announcement")
        verbose_name_plural = _("award announcements")

    def clean(self):
        super().clean()
        latest = timezone.localdate().year + 1
        if self.year is not None and not FIRST_PLAUSIBLE_YEAR <= self.year <= latest:
            raise ValidationError(
                {
                    "year": _("Give a year between %(first)s and %(last)s.")
                    % {"first": FIRST_PLAUSIBLE_YEAR, "last": latest}
                }
            )

    def get_description(self):
        return self.search_description or self.introduction

    @property
    def publication_date(self):
        """The date readers see: the editor's, else the day the page went live."""
        if self.published_on:
            return self.published_on
        if self.first_published_at:
            return timezone.localdate(self.first_published_at)
        return None

    @cached_property
    def organiser_for_readers(self):
        """The organiser's record in this page's language (or the source's)."""
        return readers_version(self.organiser, self.locale)

    @cached_property
    def live_ceremony(self):
        """The ceremony's event page in this page's language (or its source),
        if it is live and public; otherwise date and venue are shown."""
        if self.ceremony_id is None:
            return None
        ceremony = self.ceremony.get_translation_or_none(self.locale) or self.ceremony
        ceremony = ceremony.specific_deferred
        return ceremony if ceremony.live and not ceremony.get_view_restrictions() else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        laureates = list(self.laureates.select_related("practice__locale"))
        related = [
            item.practice for item in self.related_practices.select_related("practice__locale")
        ]
        links = practice_links(
            [laureate.practice for laureate in laureates] + related, self.locale, request
        )
        context["jury"] = list(self.jury.all())
        context["laureates"] = [
            {
                "laureate": laureate,
                "practice_link": laureate.practice and links.get(laureate.practice.translation_key),
            }
            for laureate in laureates
        ]
        context["related_links"] = [
            links[p.translation_key] for p in related if p.translation_key in links
        ]
        return context

    def json_ld(self, request):
        identity = SiteSettings.for_request(request)
        published = self.publication_date
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.get_description(),
            "url": self.get_full_url(request),
            "inLanguage": self.content_locale.language_code,
            "about": {
                "@type": "Thing",
                "name": f"{self.award_name} {self.year}",
            },
        }
        if identity.organisation_name:
            data["publisher"] = {"@type": "Organization", "name": identity.organisation_name}
        if published:
            data["datePublished"] = published.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.organiser_for_readers:
            data["mentions"] = [{"@type": "Organization", "name": self.organiser_for_readers.name}]
        return [data]


class JuryMember(TranslatableMixin, Orderable):
    page = ParentalKey(AwardAnnouncementPage, on_delete=models.CASCADE, related_name="jury")
    name = models.CharField(max_length=120, verbose_name=_("name"))
    background = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("background"),
        help_text=_("Where the juror comes from or what they do, e.g. 'from Kenya'."),
    )
    city = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("city"),
        help_text=_("The city the juror lives in or represents."),
    )

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("background"), FieldPanel("city")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("jury member")
        verbose_name_plural = _("jury")

    def __str__(self):
        return self.name


class Laureate(TranslatableMixin, PracticeDistinction, Orderable):
    page = ParentalKey(AwardAnnouncementPage, on_delete=models.CASCADE, related_name="laureates")
    municipality = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("municipality"),
        help_text=_(
            "The city or municipality recognised. Leave empty if the organiser names none."
        ),
    )
    recognised_for = models.CharField(
        max_length=300,
        verbose_name=_("what was recognised"),
        help_text=_("The action or policy the jury recognised."),
    )
    distinction = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("distinction or place"),
        help_text=_("Optional, e.g. 'first place' or 'special mention'."),
    )

    # The practice stays the one the editor chose (readers see its translation),
    # so a translated announcement needs no translated practice to exist.
    override_translatable_fields = [SynchronizedField("practice")]

    panels = [
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("distinction")]),
        FieldPanel("recognised_for"),
        FieldPanel("practice"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("laureate")
        verbose_name_plural = _("laureates")

    def __str__(self):
        return self.municipality or self.recognised_for

    @property
    def badge_label(self):
        return f"{self.page.award_name} {self.page.year}"


class AwardRelatedPractice(RelatedPractice):
    page = ParentalKey(
        AwardAnnouncementPage, on_delete=models.CASCADE, related_name="related_practices"
    )
