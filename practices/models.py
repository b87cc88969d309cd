"""The library of good integration practices and the taxonomy the whole site uses."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Cast
from django.http import Http404
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    ReferenceIndex,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries.fields import CountryField

from home.json import safe_json_response
from home.locales import with_cached_locale
from home.localization import page_versions
from home.models import BasePage
from home.privacy import every_page
from home.records import readers_know, readers_version
from pagecache.readers import cache_route_for_readers


def source_language_only():
    """Relations point at source-language records; see ``Taxonomy``."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class Taxonomy(LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A named concept whose name is translated. Relations always point at the
    source-language record (wagtail-localize does not re-point many-to-many
    relations on translation); readers see the name in their language."""

    name = models.CharField(max_length=120, verbose_name=_("name"))
    slug = models.SlugField(
        max_length=120,
        allow_unicode=False,
        verbose_name=_("slug"),
        help_text=_("The name in the address, e.g. 'housing'."),
    )

    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]


class Programme(Taxonomy):
    description = models.TextField(blank=True, verbose_name=_("description"))
    website = models.URLField(blank=True, verbose_name=_("website"))

    translatable_fields = Taxonomy.translatable_fields + [
        TranslatableField("description"),
        SynchronizedField("website"),
    ]
    panels = Taxonomy.panels + [FieldPanel("description"), FieldPanel("website")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_programme_slug_per_locale"
            )
        ]


class Organisation(LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    class Role(models.TextChoices):
        HOST = "host", _("host")
        LEADER = "leader", _("project leader")
        PARTNER = "partner", _("partner")

    name = models.CharField(max_length=255, verbose_name=_("name"))
    website = models.URLField(blank=True, verbose_name=_("website"))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    role = models.CharField(
        max_length=20,
        choices=Role.choices,
        blank=True,
        verbose_name=_("role on the site"),
        help_text=_("Host, project leader or partner: shown with the logo on the home page."),
    )

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
        SynchronizedField("role"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("website"), FieldPanel("logo"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def shown_images(self):
        yield self.logo, ("partner",)


# Sub-addresses of the library page that a practice's slug must not take.
RESERVED_SLUGS = {"suggest"}


class IntegrationArea(models.TextChoices):
    """The three areas of seed 001."""

    INTERACTION = "interaction", _("interaction")
    PARTICIPATION = "participation", _("participation")
    GOVERNANCE = "governance", _("governance")


class StrategyFeature(models.TextChoices):
    """The key features of an integration strategy (seed 001)."""

    POLITICAL_COMMITMENT = "political_commitment", _("political commitment")
    PARTICIPATION = "participation", _("participation")
    NARRATIVE = "narrative", _("narrative")
    EVALUATION = "evaluation", _("evaluation")
    SUSTAINABILITY = "sustainability", _("sustainability")


class Practice(
    PreviewableMixin,
    LockableMixin,
    DraftStateMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    title = models.CharField(max_length=255, verbose_name=_("title"))
    slug = models.SlugField(
        max_length=255,
        verbose_name=_("slug"),
        help_text=_("The practice's address in the library, unique in each language."),
    )
    summary = models.TextField(
        max_length=400,
        verbose_name=_("summary"),
        help_text=_("Two sentences shown in the list and on the map."),
    )
    body = RichTextField(
        blank=True,
        features=["bold", "italic", "ul", "ol", "link"],
        verbose_name=_("description"),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("image description"),
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
    )
    city = models.CharField(max_length=120, blank=True, verbose_name=_("city or municipality"))
    region = models.CharField(max_length=120, blank=True, verbose_name=_("region"))
    country = CountryField(verbose_name=_("country"))
    latitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        verbose_name=_("latitude"),
        help_text=_("Between -90 and 90, e.g. 53.4285 for Szczecin. Empty: not on the map."),
    )
    longitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        verbose_name=_("longitude"),
        help_text=_("Between -180 and 180, e.g. 14.5528 for Szczecin."),
    )
    area = models.CharField(
        max_length=20, choices=IntegrationArea.choices, verbose_name=_("integration area")
    )
    features = models.JSONField(
        default=list,
        blank=True,
        verbose_name=_("strategy features"),
        help_text=_("Which key features of an integration strategy the practice shows."),
    )
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="practices",
        verbose_name=_("topics"),
        limit_choices_to=source_language_only,
    )
    programme = models.ForeignKey(
        Programme,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
        verbose_name=_("programme"),
        limit_choices_to=source_language_only,
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
        verbose_name=_("organisation"),
        limit_choices_to=source_language_only,
    )
    year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1945), MaxValueValidator(2100)],
        verbose_name=_("year"),
    )
    website = models.URLField(blank=True, verbose_name=_("website"))
    contact = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("contact"),
        help_text=_("E-mail or phone, shown to readers."),
    )
    # Who sent a proposal through the public form: moderators may need to ask them
    # something, readers must never see it, so it is kept apart from ``contact``.
    proposed_by = models.CharField(
        max_length=255,
        blank=True,
        editable=False,
        verbose_name=_("proposed by"),
    )

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("image_alt"),
        TranslatableField("city"),
        TranslatableField("region"),
        SynchronizedField("image"),
        SynchronizedField("country"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("area"),
        SynchronizedField("features"),
        SynchronizedField("topics"),
        SynchronizedField("programme"),
        SynchronizedField("organisation"),
        SynchronizedField("year"),
        SynchronizedField("website"),
        SynchronizedField("contact"),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("city"),
        index.SearchField("region"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("area"),
        index.FilterField("year"),
        index.FilterField("country"),
        index.FilterField("programme"),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("region"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("area"),
                FieldPanel("features"),
                FieldPanel("topics"),
                FieldRowPanel([FieldPanel("programme"), FieldPanel("year")]),
                FieldPanel("organisation"),
            ],
            heading=_("Classification"),
        ),
        FieldRowPanel([FieldPanel("website"), FieldPanel("contact")]),
        FieldPanel(
            "proposed_by",
            read_only=True,
            help_text=_("From the public proposal form. Never shown to readers."),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_practice_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.title

    def shown_images(self):
        yield self.image, ("figure",)

    def clean(self):
        super().clean()
        errors = {}
        if self.image_id and not self.image_alt:
            errors["image_alt"] = _("Describe the image for people who cannot see it.")
        if (self.latitude is None) != (self.longitude is None):
            field = "longitude" if self.longitude is None else "latitude"
            errors[field] = _("Give both latitude and longitude, or neither.")
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is used by the library itself; choose another.")
        unknown = set(self.features or []) - set(StrategyFeature.values)
        if unknown:
            errors["features"] = _("Unknown strategy features: %(names)s") % {
                "names": ", ".join(sorted(unknown))
            }
        if errors:
            raise ValidationError(errors)

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    def featured_in(self, locale):
        """Live pages of ``locale`` that name this practice or any of its
        translations, found through Wagtail's reference index (fed by the
        related-practices relation and the practice block)."""
        # One query: the index keeps object ids as text.
        versions = Practice.objects.filter(translation_key=self.translation_key).values_list(
            Cast("pk", models.CharField())
        )
        page_ids = ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(Practice),
            to_object_id__in=versions,
            base_content_type=ContentType.objects.get_for_model(Page),
        ).values_list(Cast("object_id", models.BigIntegerField()))
        return (
            every_page()
            .live()
            .public()
            .filter(locale=locale, pk__in=page_ids)
            .order_by("-first_published_at")
        )

    def json_ld(self, url):
        data = {
            "@context": "https://schema.org",
            "@type": "CreativeWork",
            "name": self.title,
            "description": self.summary,
            "url": url,
            "inLanguage": self.locale.language_code,
            "spatialCoverage": {
                "@type": "Place",
                "name": self.city or self.country.name,
                "address": {"@type": "PostalAddress", "addressCountry": self.country.code},
            },
        }
        if self.has_location:
            data["spatialCoverage"]["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": self.latitude,
                "longitude": self.longitude,
            }
        return data

    def get_preview_template(self, request, mode_name):
        return "practices/practice_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"practice": self, "page": None}


class RelatedPractice(Orderable):
    """The one way a page names the practices it is about. A concrete subclass adds
    ``page = ParentalKey(<page model>, related_name="related_practices")``; Wagtail's
    reference index then knows every page that features a practice."""

    practice = models.ForeignKey(
        Practice,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("practice"),
        limit_choices_to=source_language_only,
    )

    panels = [FieldPanel("practice")]

    class Meta(Orderable.Meta):
        abstract = True


class PracticeDistinction(models.Model):
    """A distinction a practice received, announced on a page (a laureate of an
    award). The library shows it as a badge on the practice's card and page.

    A concrete subclass (in the app that announces awards: practices imports
    none of them) adds ``page = ParentalKey(<page model>, ...)`` and says what
    the badge reads in ``badge_label``. ``practices.distinctions`` finds every
    concrete subclass itself."""

    practice = models.ForeignKey(
        Practice,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("practice in the library"),
        help_text=_("Optional: the published practice this distinction is for."),
    )

    class Meta:
        abstract = True

    @property
    def badge_label(self):
        raise NotImplementedError("A concrete distinction says what its badge reads.")

    def clean(self):
        super().clean()
        # A badge on a practice readers cannot open would lead nowhere.
        if (
            self.practice_id
            and not Practice.objects.filter(pk=self.practice_id, live=True).exists()
        ):
            raise ValidationError({"practice": _("Choose a published practice.")})


class PracticeLibraryPage(RoutablePageMixin, BasePage):
    """The public library of one language: facets, search, pagination, every
    practice's own address and the map's GeoJSON."""

    lists_content = (
        "practices.Practice",
        "practices.Topic",
        "practices.Programme",
        "practices.Organisation",
    )

    introduction = models.TextField(
        blank=True,
        max_length=600,
        verbose_name=_("introduction"),
        help_text=_("Shown above the list: what the library is and how to use it."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practice library")
        verbose_name_plural = _("practice libraries")

    def get_description(self):
        return self.search_description or self.introduction

    def geojson_url(self, request):
        """The map's data, with the reader's current filters (but not the page)."""
        params = request.GET.copy()
        params.pop("page", None)
        query = params.urlencode()
        return f"{self.url}map.geojson" + (f"?{query}" if query else "")

    # Addresses a CDN keeps beside the page's own (see pagecache.frontend).
    def get_cached_paths(self):
        return ["/", "map.geojson"]

    record_routes = {"practices.practice": "practice_url"}

    def practice_url(self, practice, request=None):
        return self.url + self.reverse_subpage("practice", kwargs={"slug": practice.slug})

    @path("")
    def index(self, request):
        from home.pagination import paginate

        from .distinctions import badges_for
        from .library import CARD_FIELDS, LibraryFilter

        library_filter = LibraryFilter(request.GET, self.locale)
        # Rows with only what a card shows: the sort stays in memory, and Django
        # builds a query of ten columns rather than thirty-four.
        results = library_filter.results().only(*CARD_FIELDS).prefetch_related("topics")
        page_obj = paginate(request, results)
        topic_names = {t.translation_key: t for t in library_filter.topics.values()}
        badges = badges_for(page_obj, self.locale, request)
        cards = [
            {
                "practice": practice,
                "url": self.practice_url(practice),
                "untranslated": practice.locale_id != self.locale_id,
                "topics": [topic_names.get(t.translation_key, t) for t in practice.topics.all()],
                "badges": badges.get(practice.translation_key, []),
            }
            for practice in page_obj
        ]
        return self.render(
            request,
            context_overrides={
                "filter": library_filter,
                "facets": library_filter.facets(),
                "page_obj": page_obj,
                "cards": cards,
                "geojson_url": self.geojson_url(request),
            },
        )

    @re_path(r"^map\.geojson/$", name="geojson")
    @method_decorator(require_safe)
    def geojson(self, request):
        """The filtered practices as GeoJSON at ``<library>/map.geojson`` (see the
        page-file pattern in cms/urls.py)."""
        from .library import LibraryFilter

        library_filter = LibraryFilter(request.GET, self.locale)
        # Rows, not practices: a map of every practice is thousands of them, and
        # building a model instance and reversing a URL for each is most of the time.
        practice_address = request.build_absolute_uri(self.practice_url(Practice(slug="-")))
        rows = (
            library_filter.results()
            .filter(latitude__isnull=False, longitude__isnull=False)
            .values_list(
                "title", "summary", "area", "slug", "longitude", "latitude", "locale__language_code"
            )
        )
        features = [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
                "properties": {
                    "title": title,
                    "summary": summary,
                    "area": area,
                    "url": practice_address.replace("/-/", f"/{slug}/"),
                    "lang": language_code,
                },
            }
            for title, summary, area, slug, longitude, latitude, language_code in rows
        ]
        return safe_json_response(
            {"type": "FeatureCollection", "features": features},
            content_type="application/geo+json",
        )

    # Before ``practice``: Wagtail tries routes in the order they are defined, and
    # that route's pattern would take "suggest/" for a practice's slug.
    @path("suggest/", name="suggest")
    def suggest(self, request):
        from .suggestions import suggest

        return suggest(self, request)

    @path("suggest/thanks/", name="suggest_thanks")
    def suggest_thanks(self, request):
        from .suggestions import thanks

        return thanks(self, request)

    @re_path(r"^(?P<slug>[-\w]+)/$", name="practice")
    def practice(self, request, slug):
        from .distinctions import badges_for
        from .library import visible_practices
        from .relations import practices_sharing_topics

        practice = (
            visible_practices(self.locale)
            .filter(slug=slug)
            .select_related("locale", "programme", "organisation", "image")
            .first()
        )
        if practice is None:
            raise Http404
        cache_route_for_readers(request, self, practice)
        libraries = page_versions(self)
        route_translations = {
            version.locale.language_code: libraries[version.locale.language_code].get_url(request)
            + self.reverse_subpage("practice", kwargs={"slug": version.slug})
            for version in map(
                with_cached_locale,
                Practice.objects.filter(translation_key=practice.translation_key, live=True),
            )
            if version.locale.language_code in libraries
        }
        topic_names = readers_know(Topic, self.locale)
        topics = list(practice.topics.all())
        badges = badges_for([practice], self.locale, request).get(practice.translation_key, [])
        structured_data = practice.json_ld(request.build_absolute_uri())
        if badges:
            structured_data["award"] = [badge.label for badge in badges]
        return self.render(
            request,
            template="practices/practice_detail.html",
            context_overrides={
                "practice": practice,
                "untranslated": practice.locale_id != self.locale_id,
                "topics": [topic_names.get(t.translation_key, t) for t in topics],
                "programme": readers_version(practice.programme, self.locale),
                "organisation": readers_version(practice.organisation, self.locale),
                "route_translations": route_translations,
                "featured_in": practice.featured_in(self.locale),
                "related_practices": practices_sharing_topics(
                    topics,
                    self.locale,
                    request,
                    exclude=[practice],
                    area=practice.area,
                ),
                "badges": badges,
                "structured_data": [structured_data],
                "breadcrumb_tail": [
                    {
                        "title": practice.title,
                        "url": self.practice_url(practice),
                        "lang": practice.locale.language_code
                        if practice.locale_id != self.locale_id
                        else "",
                    }
                ],
            },
        )
