"""One event: announced before it happens, reported after."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries.fields import CountryField

from home.models import BasePage
from home.records import naming, readers_know
from practices.models import (
    Organisation,
    RelatedPractice,
    Topic,
    source_language_only,
)
from practices.relations import chosen_or_computed, practices_sharing_topics, similar_pages

from ..blocks import EventBodyBlock
from ..forms import EventPageForm
from ..time_zones import DEFAULT_TIME_ZONE, start_of_day, validate_time_zone, zone
from .report import EventPhoto, EventPresentation


class EventType(models.TextChoices):
    INAUGURATION = "inauguration", _("inauguration")
    WORKSHOP = "workshop", _("workshop")
    CONFERENCE = "conference", _("conference")
    ROUND_TABLE = "round-table", _("round table")
    PEER_REVIEW = "peer-review", _("peer review")
    AWARD_CEREMONY = "award-ceremony", _("award ceremony")
    FLASH_MOB = "flash-mob", _("flash mob")
    MEETING = "meeting", _("meeting")


class EventStatus(models.TextChoices):
    """The schema.org event statuses an editor may need after announcing."""

    SCHEDULED = "scheduled", _("takes place as planned")
    POSTPONED = "postponed", _("postponed")
    CANCELLED = "cancelled", _("cancelled")
    MOVED_ONLINE = "moved-online", _("moved online")


class EventPage(RoutablePageMixin, BasePage):
    event_type = models.CharField(
        max_length=20,
        choices=EventType.choices,
        verbose_name=_("type of event"),
    )
    status = models.CharField(
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        verbose_name=_("status"),
        help_text=_("Change it when the event is postponed, cancelled or moved online."),
    )
    summary = models.TextField(
        max_length=500,
        verbose_name=_("summary"),
        help_text=_("Two sentences shown in the list of events and in calendars."),
    )
    body = StreamField(EventBodyBlock(), blank=True, verbose_name=_("programme and details"))

    # When. Timed events use start/end; all-day events use the dates.
    time_zone = models.CharField(
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        verbose_name=_("time zone"),
        help_text=_(
            "Where the event takes place, e.g. Europe/Warsaw or Europe/Riga. "
            "Times below are local times in this zone."
        ),
    )
    all_day = models.BooleanField(
        default=False,
        verbose_name=_("all-day event"),
        help_text=_("Tick for events without times: fill in the dates, not the times."),
    )
    start = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("starts"),
        help_text=_("Local date and time the event starts (not for all-day events)."),
    )
    end = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("ends"),
        help_text=_("Local date and time the event ends. Empty: no end time announced."),
    )
    start_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("first day"),
        help_text=_("For all-day events: the first day."),
    )
    end_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("last day"),
        help_text=_("For all-day events over several days: the last day."),
    )
    # The instants the event occupies, worked out on save from the fields above:
    # lists sort and split upcoming from past on these, whatever the kind of event.
    begins_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False, db_index=True)

    # Where.
    venue = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("venue"),
        help_text=_("The building or room, e.g. 'White Stork Synagogue'."),
    )
    address = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("street address"),
    )
    city = models.CharField(max_length=120, blank=True, verbose_name=_("city"))
    country = CountryField(blank=True, verbose_name=_("country"))
    latitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        verbose_name=_("latitude"),
        help_text=_("Between -90 and 90. Empty: no map."),
    )
    longitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        verbose_name=_("longitude"),
        help_text=_("Between -180 and 180."),
    )
    online_url = models.URLField(
        blank=True,
        verbose_name=_("online link"),
        help_text=_("Where to follow the event online, if it is streamed or held online."),
    )

    # Taking part.
    registration_url = models.URLField(blank=True, verbose_name=_("registration link"))
    registration_deadline = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("registration deadline"),
        help_text=_("Local date and time; must come before the start."),
    )
    organisers = ParentalManyToManyField(
        Organisation,
        blank=True,
        related_name="organised_events",
        verbose_name=_("organisers"),
        limit_choices_to=source_language_only,
    )
    partners = ParentalManyToManyField(
        Organisation,
        blank=True,
        related_name="partnered_events",
        verbose_name=_("partners"),
        limit_choices_to=source_language_only,
    )

    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="events",
        verbose_name=_("topics"),
        limit_choices_to=source_language_only,
    )

    # The report, shown once the event is over.
    participant_count = models.PositiveIntegerField(
        null=True,
        blank=True,
        verbose_name=_("number of participants"),
    )
    outcomes = RichTextField(
        blank=True,
        features=["bold", "italic", "ul", "ol", "link"],
        verbose_name=_("outcomes"),
        help_text=_("What came out of the event: decisions, next steps, lessons."),
    )
    video_url = models.URLField(
        blank=True,
        verbose_name=_("video"),
        help_text=_(
            "A YouTube or Vimeo address. Readers get a plain link if it cannot be embedded."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("status")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_deadline")],
            heading=_("Registration"),
        ),
        FieldPanel("organisers"),
        FieldPanel("partners"),
        FieldPanel("topics"),
        FieldPanel("body"),
        InlinePanel("related_practices", label=_("Related practices")),
    ]
    report_panels = [
        FieldPanel("participant_count"),
        InlinePanel("presentations", label=_("Speakers and presentations")),
        FieldPanel("outcomes"),
        FieldPanel("video_url"),
        InlinePanel("photos", label=_("Photo gallery")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Announcement")),
            ObjectList(report_panels, heading=_("Report")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    base_form_class = EventPageForm

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.SearchField("outcomes"),
        index.FilterField("event_type"),
        index.FilterField("begins_at"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("venue"),
        TranslatableField("address"),
        TranslatableField("city"),
        TranslatableField("outcomes"),
        TranslatableField("presentations"),
        TranslatableField("photos"),
        SynchronizedField("social_image"),
        SynchronizedField("event_type"),
        SynchronizedField("status"),
        SynchronizedField("time_zone"),
        SynchronizedField("all_day"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("begins_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("country"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("online_url"),
        SynchronizedField("registration_url"),
        SynchronizedField("registration_deadline"),
        SynchronizedField("organisers"),
        SynchronizedField("partners"),
        # Topics point at source-language records in every language (see practices).
        SynchronizedField("topics"),
        SynchronizedField("participant_count"),
        SynchronizedField("video_url"),
        SynchronizedField("related_practices"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- when ---------------------------------------------------------------

    @property
    def zone(self):
        return zone(self.time_zone)

    def clean(self):
        super().clean()
        errors = {}
        # Only one way of giving the time counts; clear the other so no stale
        # value lingers where a calendar or a later edit might read it.
        if self.all_day:
            self.start = self.end = None
        else:
            self.start_date = self.end_date = None
        if self.all_day:
            if self.start_date is None:
                errors["start_date"] = _("Give the first day of an all-day event.")
            elif self.end_date and self.end_date < self.start_date:
                errors["end_date"] = _("The last day cannot come before the first day.")
        elif self.start is None:
            errors["start"] = _("Give the start date and time, or tick “all-day event”.")
        elif self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        begins_at = self.compute_period()[0] if not errors else None
        if begins_at and self.registration_deadline and self.registration_deadline > begins_at:
            errors["registration_deadline"] = _("Registration must close before the event starts.")
        if (self.latitude is None) != (self.longitude is None):
            field = "longitude" if self.longitude is None else "latitude"
            errors[field] = _("Give both latitude and longitude, or neither.")
        if errors:
            raise ValidationError(errors)

    def compute_period(self):
        """The instants the event begins and ends. An all-day event runs from local
        midnight of its first day to local midnight after its last."""
        if self.all_day and self.start_date:
            last_day = self.end_date or self.start_date
            return (
                start_of_day(self.start_date, self.zone),
                start_of_day(last_day + datetime.timedelta(days=1), self.zone),
            )
        if self.start:
            return self.start, self.end or self.start
        return None, None

    def save(self, *args, **kwargs):
        begins_at, ends_at = self.compute_period()
        if begins_at is not None:
            self.begins_at, self.ends_at = begins_at, ends_at
        super().save(*args, **kwargs)

    @property
    def is_over(self):
        """Announcement before the end, report after."""
        return self.ends_at is not None and self.ends_at <= timezone.now()

    @property
    def local_start(self):
        return self.start.astimezone(self.zone) if self.start else None

    @property
    def local_end(self):
        return self.end.astimezone(self.zone) if self.end else None

    @property
    def local_registration_deadline(self):
        if self.registration_deadline is None:
            return None
        return self.registration_deadline.astimezone(self.zone)

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def registration_open(self):
        if not self.registration_url or self.is_over:
            return False
        return self.registration_deadline is None or self.registration_deadline > timezone.now()

    # --- where --------------------------------------------------------------

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def in_person(self):
        """Whether people meet somewhere (an event moved online no longer does)."""
        if self.status == EventStatus.MOVED_ONLINE:
            return False
        return bool(self.venue or self.address or self.city)

    @property
    def attendance_mode(self):
        if self.status == EventStatus.MOVED_ONLINE:
            return "OnlineEventAttendanceMode"
        if self.online_url and self.in_person:
            return "MixedEventAttendanceMode"
        if self.online_url:
            return "OnlineEventAttendanceMode"
        return "OfflineEventAttendanceMode"

    @property
    def place_line(self):
        """Venue, street and city on one line, for lists and calendars."""
        country = self.country.name if self.country else ""
        return ", ".join(part for part in (self.venue, self.address, self.city, country) if part)

    def map_feature_collection(self):
        """The event's place as GeoJSON for the shared map script."""
        if not self.has_location:
            return None
        return {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [self.longitude, self.latitude]},
                    "properties": {"title": self.venue or self.city or self.title},
                }
            ],
        }

    # --- who ----------------------------------------------------------------

    def organisations_for_readers(self, relation):
        """Organisers or partners named in the page's language: relations point at
        the source records (see practices.models.Taxonomy)."""
        names = readers_know(Organisation, self.locale)
        return [names.get(r.translation_key, r) for r in getattr(self, relation).all()]

    @cached_property
    def organisers_for_readers(self):
        return self.organisations_for_readers("organisers")

    @cached_property
    def partners_for_readers(self):
        return self.organisations_for_readers("partners")

    # --- what it is about ---------------------------------------------------

    @cached_property
    def topics_for_readers(self):
        """The topics named in the page's language (relations point at the source
        records, see practices.models.Taxonomy)."""
        names = readers_know(Topic, self.locale)
        return [names.get(topic.translation_key, topic) for topic in self.topics.all()]

    def similar_events(self):
        """Other live, public events of this language sharing the most topics or
        related practices, the latest first among ties."""
        return similar_pages(self, ("-begins_at", "-pk"))

    # --- the report ---------------------------------------------------------

    @cached_property
    def video_embed(self):
        """The video's player, or None when it cannot be had (no network, an
        unknown provider): the template then links to the video instead."""
        if not self.video_url:
            return None
        try:
            return get_embed(self.video_url)
        except EmbedException:
            return None

    @cached_property
    def announced_in(self):
        """Live award announcements of this language that name this event (in any of
        its languages) as their ceremony. The link is the announcement's page
        chooser (``related_name="award_announcements"``), so events imports nothing
        from the app that announces awards."""
        announcements = getattr(self, "award_announcements", None)
        if announcements is None:
            return []
        return list(
            announcements.model.objects.live()
            .public()
            .filter(locale=self.locale, ceremony__translation_key=self.translation_key)
            .order_by("-first_published_at")
        )

    @cached_property
    def gallery(self):
        """The report's photos with their images, in the editor's order."""
        return list(self.photos.all())

    def prefetch_relations(self):
        prefetch_related_objects(
            [self],
            Prefetch("photos", queryset=EventPhoto.objects.select_related("image")),
            Prefetch("presentations", queryset=naming(EventPresentation, "practice")),
            Prefetch("related_practices", queryset=naming(EventRelatedPractice, "practice")),
            "topics",
            "organisers",
            "partners",
        )

    def shown_images(self):
        yield from super().shown_images()
        for photo in self.gallery:
            yield photo.image, ("gallery",)

    @cached_property
    def has_report(self):
        return bool(
            self.participant_count
            or self.outcomes
            or self.video_url
            or self.presentations.exists()
            or self.photos.exists()
        )

    @classmethod
    def without_report(cls, events):
        """``events`` of which ``has_report`` is false, asked of the database in
        one query: keep the two in step."""
        report_parts = (cls.presentations.rel.related_model, cls.photos.rel.related_model)
        return events.filter(
            models.Q(participant_count__isnull=True) | models.Q(participant_count=0),
            *(
                ~models.Exists(part.objects.filter(page=models.OuterRef("pk")))
                for part in report_parts
            ),
            outcomes="",
            video_url="",
        )

    def practice_links(self, presentations, related, request=None):
        """The practices this event names (body cards, presentations, related
        practices) as readers of its language find them in the library."""
        from practices.library import practice_links

        named = [block.value["practice"] for block in self.body if block.block_type == "practice"]
        named += [item.practice for item in presentations + related]
        return practice_links(named, self.locale, request)

    # --- pages and machine-readable faces -------------------------------------

    def get_description(self):
        return self.search_description or self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_over"] = self.is_over
        context["map_data"] = self.map_feature_collection()
        presentations = list(self.presentations.all())
        related = list(self.related_practices.all())
        links = self.practice_links(presentations, related, request)
        for presentation in presentations:
            practice = presentation.practice
            presentation.practice_link = practice and links.get(practice.translation_key)
        context["practice_links"] = links
        context["presentations"] = presentations
        # Practices the page already names are not offered again.
        named = [link.practice for link in links.values()]
        context["related_practices"], _computed = chosen_or_computed(
            [
                links[item.practice.translation_key]
                for item in related
                if item.practice.translation_key in links
            ],
            lambda: practices_sharing_topics(self.topics.all(), self.locale, request, named),
        )
        context["related_events"] = self.similar_events()
        # Untranslated copies of events read in the source language.
        context["source_language"] = settings.LANGUAGE_CODE
        return context

    @re_path(r"^event\.ics/$", name="ics")
    @method_decorator(require_safe)
    def ics(self, request):
        from ..calendars import calendar_response, event_calendar

        return calendar_response(event_calendar(self, request), f"{self.slug}.ics")

    def ics_url(self):
        return f"{self.url}event.ics"

    def json_ld(self, request):
        from ..structured_data import event_json_ld

        return [event_json_ld(self, request)]


class EventRelatedPractice(RelatedPractice):
    page = ParentalKey(EventPage, related_name="related_practices", on_delete=models.CASCADE)


__all__ = ["EventPage", "EventRelatedPractice", "EventStatus", "EventType"]
