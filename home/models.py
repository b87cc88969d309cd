"""The site's frame: the base page, the home page, generic content pages,
the accessibility statement and the site-wide settings."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    LockableMixin,
    Orderable,
    Page,
    PageViewRestriction,
    RevisionMixin,
    Site,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from .blocks import BodyBlock
from .caching import cache
from .images import prefetch_shown_renditions, role, stream_images
from .locales import locale_by_id, with_cached_locale
from .privacy import ReadersPageManager, may_be_restricted


class BasePage(Page):
    """What every public page shares: sharing image, JSON-LD and the language facts
    the base template needs."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("sharing image"),
        help_text=_("Shown when the page is shared on social media (1200×630 works best)."),
    )

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]

    # Wagtail's manager, with ``public()`` reading the private sections from the cache.
    objects = ReadersPageManager()
    # Foreign keys the page draws, fetched with it when it is served (home.routing).
    select_related_when_served = ("social_image",)

    # The kinds of content ("app.Model") this page lists or filters by, beyond
    # what its editor links to: publishing any of them changes the page (pagecache).
    lists_content = ()

    class Meta:
        abstract = True

    @cached_property
    def content_locale(self):
        """The locale the text is really in: an untranslated copy still reads
        in its source language."""
        if self.alias_of_id:
            return locale_by_id(self.alias_of.locale_id)
        return with_cached_locale(self).locale

    def _get_site_root_paths(self, cache_object=None):
        # Without a request to keep them on (``page.url``), Wagtail reads the site
        # root paths from the cache once per page instance: a dozen round trips on
        # a list. Once per request is enough. Given an object, Wagtail keeps them
        # on it and other Wagtail code reads them back from there.
        if cache_object is not None:
            return super()._get_site_root_paths(cache_object)
        if not hasattr(self, "_wagtail_cached_site_root_paths"):
            self._wagtail_cached_site_root_paths = cache.remembered(
                ("site-root-paths",), Site.get_site_root_paths
            )
        return self._wagtail_cached_site_root_paths

    def get_view_restrictions(self):
        # Asked on every page served; most pages lie in no private section.
        if not may_be_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_description(self):
        return self.search_description

    @property
    def sharing_image(self):
        """The image shown when the page is shared; page types with a picture of
        their own fall back to it."""
        return self.social_image

    def shown_images(self):
        """``(image, role names)`` for each picture the page shows (see
        ``home.images``): its sharing image and the images in its StreamFields.
        Page types with pictures of their own add them."""
        yield self.sharing_image, ("sharing",)
        for field in self._meta.get_fields():
            if isinstance(field, StreamField):
                yield from stream_images(getattr(self, field.name))

    def prefetch_relations(self):
        """Fetch what the page draws of its relations, one query per relation:
        page types with relations say which (a preview keeps its unsaved ones)."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.prefetch_relations()
        # Every picture's renditions in one query rather than one per picture.
        prefetch_shown_renditions(self.shown_images())
        return context

    def json_ld(self, request):
        """Structured data for this page, as a list of schema.org objects."""
        return []


class HomePage(BasePage):
    """The front page of one language. The editor curates its stories here; the
    sections themselves are put together by the app that knows the content
    (``frontpage``), through the ``construct_home_page_context`` hook, so this
    app imports none of the content apps."""

    lists_content = (
        "stories.StoryPage",
        "stories.AwardAnnouncementPage",
        "events.EventPage",
        "practices.Practice",
        "practices.Organisation",
    )

    mission = RichTextField(
        features=["bold", "italic", "ul", "link"],
        blank=True,
        verbose_name=_("mission statement"),
        help_text=_("What the initiative is for, shown on the home page."),
    )
    lead_story = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead story"),
        help_text=_(
            "The story shown first and largest. Empty, unpublished or not in this "
            "language: the newest story."
        ),
    )
    award_announcement = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("award announcement"),
        help_text=_(
            "The award shown on the home page. Empty, unpublished or not in this "
            "language: the newest award announcement."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("mission")]
    front_page_panels = [
        PageChooserPanel("lead_story", page_type="stories.StoryPage"),
        InlinePanel(
            "featured_stories",
            heading=_("Featured stories"),
            label=_("featured story"),
            max_num=3,
            help_text=_(
                "Up to three stories shown next to the lead story, in this order. "
                "None chosen: the newest stories after the lead."
            ),
        ),
        PageChooserPanel("award_announcement", page_type="stories.AwardAnnouncementPage"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(front_page_panels, heading=_("Front page")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [index.SearchField("mission")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for construct in hooks.get_hooks("construct_home_page_context"):
            construct(self, request, context)
        return context

    def json_ld(self, request):
        site_settings = SiteSettings.for_request(request)
        url = self.get_full_url(request)
        organisation = self.organisation_json_ld(request, site_settings, url)
        return [
            {
                "@context": "https://schema.org",
                "@type": "WebSite",
                "name": self.title,
                "url": url,
                "inLanguage": self.content_locale.language_code,
                "publisher": {"@id": organisation["@id"]},
            },
            organisation,
        ]

    def organisation_json_ld(self, request, site_settings, url):
        """The publishing body as schema.org describes an organisation."""
        organisation = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "@id": f"{url}#organization",
            "name": site_settings.organisation_name or self.title,
            "url": url,
        }
        if site_settings.logo:
            rendition = role("publisher_logo").rendition(site_settings.logo)
            organisation["logo"] = request.build_absolute_uri(rendition.url)
        if site_settings.contact_email:
            organisation["email"] = site_settings.contact_email
        if site_settings.social_links:
            organisation["sameAs"] = [link for _label, link in site_settings.social_links]
        return organisation


class HomeFeaturedStory(Orderable):
    """A story the editor puts next to the lead story on the home page."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("story"),
    )

    panels = [PageChooserPanel("story", page_type="stories.StoryPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured story")
        verbose_name_plural = _("featured stories")


class ContentPage(BasePage):
    """A plain page: about us, privacy policy and the like."""

    introduction = models.TextField(
        blank=True,
        max_length=500,
        verbose_name=_("introduction"),
        help_text=_("One or two sentences shown under the title."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")

    def get_description(self):
        return self.search_description or self.introduction


class AccessibilityStatementPage(BasePage):
    """The accessibility statement Polish public bodies must publish, laid out as
    the ministry's template with its a11y-* element ids."""

    class Status(models.TextChoices):
        COMPLIANT = "compliant", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NON_COMPLIANT = "non-compliant", _("not compliant")

    class Assessment(models.TextChoices):
        SELF = "self", _("a self-assessment by the public body")
        EXTERNAL = "external", _("an assessment by an external body")

    entity_name = models.CharField(
        max_length=255,
        verbose_name=_("public body"),
        help_text=_("The full name of the body responsible for the website."),
    )
    website_name = models.CharField(
        max_length=255,
        verbose_name=_("website name"),
        help_text=_("The name of the website the statement covers."),
    )
    published_on = models.DateField(
        verbose_name=_("website published on"),
        help_text=_("When the website was first published."),
    )
    updated_on = models.DateField(
        verbose_name=_("last significant update"),
        help_text=_("When the website last changed significantly."),
    )
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.PARTIAL,
        verbose_name=_("compliance status"),
    )
    non_accessible_content = RichTextField(
        blank=True,
        features=["bold", "ul", "link"],
        verbose_name=_("content that is not accessible"),
        help_text=_(
            "What does not meet WCAG 2.1 AA yet, and why. Required unless fully compliant."
        ),
    )
    prepared_on = models.DateField(verbose_name=_("statement prepared on"))
    reviewed_on = models.DateField(
        null=True, blank=True, verbose_name=_("statement last reviewed on")
    )
    assessment = models.CharField(
        max_length=20,
        choices=Assessment.choices,
        default=Assessment.SELF,
        verbose_name=_("how the statement was prepared"),
    )
    keyboard_shortcuts = RichTextField(
        blank=True,
        features=["bold", "ul"],
        verbose_name=_("keyboard shortcuts"),
    )
    contact_person = models.CharField(max_length=255, verbose_name=_("contact person"))
    contact_email = models.EmailField(verbose_name=_("contact e-mail"))
    contact_phone = models.CharField(max_length=40, blank=True, verbose_name=_("contact phone"))
    complaint_procedure = RichTextField(
        features=["bold", "ul", "ol", "link"],
        verbose_name=_("requests and complaints"),
        help_text=_("How to ask for accessible content and how to complain."),
    )
    architectural_accessibility = RichTextField(
        blank=True,
        features=["bold", "ul", "link"],
        verbose_name=_("architectural accessibility"),
        help_text=_("Access to the office building: entrances, lifts, parking, guide dogs."),
    )
    mobile_apps = RichTextField(
        blank=True,
        features=["bold", "ul", "link"],
        verbose_name=_("mobile apps"),
    )
    sign_language = RichTextField(
        blank=True,
        features=["bold", "ul", "link"],
        verbose_name=_("sign language and communication"),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("entity_name"), FieldPanel("website_name")],
            heading=_("Who and what"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("published_on"), FieldPanel("updated_on")]),
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("non_accessible_content"),
                FieldPanel("assessment"),
                FieldPanel("keyboard_shortcuts"),
            ],
            heading=_("Compliance"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("complaint_procedure"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("architectural_accessibility"),
        FieldPanel("mobile_apps"),
        FieldPanel("sign_language"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def clean(self):
        super().clean()
        errors = {}
        if self.published_on and self.updated_on and self.updated_on < self.published_on:
            errors["updated_on"] = _("The update cannot come before the publication.")
        if self.prepared_on and self.reviewed_on and self.reviewed_on < self.prepared_on:
            errors["reviewed_on"] = _("The review cannot come before the statement.")
        if self.status != self.Status.COMPLIANT and not self.non_accessible_content:
            errors["non_accessible_content"] = _(
                "Say what is not accessible when the site is not fully compliant."
            )
        if errors:
            raise ValidationError(errors)


class SiteIdentity(LockableMixin, RevisionMixin, TranslatableMixin, models.Model):
    """The words that name the site in each language. Site settings point at one
    identity; each locale reads its own translation of it."""

    site_name = models.CharField(
        max_length=120,
        verbose_name=_("site name"),
        help_text=_("Shown in the header and in the browser tab."),
    )
    tagline = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("tagline"),
        help_text=_("A short line under the site name."),
    )
    funding_notice = models.TextField(
        blank=True,
        verbose_name=_("funding notice"),
        help_text=_("The funders' required wording, shown in every page's footer."),
    )

    translatable_fields = [
        TranslatableField("site_name"),
        TranslatableField("tagline"),
        TranslatableField("funding_notice"),
    ]

    panels = [FieldPanel("site_name"), FieldPanel("tagline"), FieldPanel("funding_notice")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site identity")
        verbose_name_plural = _("site identities")

    def __str__(self):
        return self.site_name


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    identity = models.ForeignKey(
        SiteIdentity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("site identity"),
        help_text=_("Site name, tagline and funding notice; translate them as a snippet."),
    )
    organisation_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("organisation"),
        help_text=_("The body that publishes the site, as named in structured data."),
    )
    contact_email = models.EmailField(
        blank=True,
        verbose_name=_("contact e-mail"),
        help_text=_("Shown in the footer."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy policy"),
        help_text=_("Linked from every page's footer, in the reader's language."),
    )
    facebook_url = models.URLField(blank=True, verbose_name=_("Facebook"))
    linkedin_url = models.URLField(blank=True, verbose_name=_("LinkedIn"))
    youtube_url = models.URLField(blank=True, verbose_name=_("YouTube"))
    mastodon_url = models.URLField(blank=True, verbose_name=_("Mastodon"))

    panels = [
        FieldPanel("identity"),
        FieldPanel("organisation_name"),
        FieldPanel("contact_email"),
        FieldPanel("logo"),
        FieldPanel("privacy_page"),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
                FieldPanel("mastodon_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """The settings from the site's cached frame (``home.chrome``), once per
        request, as Wagtail's ``for_request`` keeps them."""
        from .chrome import site_settings_for

        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site_settings = site_settings_for(request)
            if site_settings is None:
                return super().for_request(request)
            site_settings._request = request
            setattr(request, attr_name, site_settings)
        return getattr(request, attr_name)

    def shown_images(self):
        yield self.logo, ("logo", "publisher_logo")

    @property
    def social_links(self):
        return [
            (label, url)
            for label, url in (
                ("Facebook", self.facebook_url),
                ("LinkedIn", self.linkedin_url),
                ("YouTube", self.youtube_url),
                ("Mastodon", self.mastodon_url),
            )
            if url
        ]
