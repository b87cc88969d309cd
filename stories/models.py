"""The newsroom: stories, award announcements, their authors and the claims register."""

import math
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import LockableMixin, Orderable, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from anyascii import anyascii

from home.chrome import section
from home.images import rendition_prefetch, role
from home.localization import fetch_sources, page_versions
from home.models import BasePage, SiteSettings
from home.privacy import every_page, is_public
from home.records import naming, readers_know
from pagecache.readers import cache_route_for_readers
from practices.models import RelatedPractice, Topic, source_language_only
from practices.relations import chosen_or_computed, practices_sharing_topics, similar_pages

from .awards import AwardAnnouncementPage  # noqa: F401  (award models live in awards.py)
from .blocks import StoryBodyBlock
from .verdicts import BEST_RATING, RATINGS, WORST_RATING, Verdict

WORDS_PER_MINUTE = 200
# How a story card shows the hero image (stories/includes/story_card.html).
LISTING_ROLES = ("card", "wide_card")


def authors_with_people():
    """A story's authors with their people in the same query, for the story page
    and for every list of story cards."""
    return Prefetch("authors", queryset=StoryAuthor.objects.select_related("person"))


class Person(LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """An author. Each language has its own version (role and bio are translated);
    the author page lives under the story index of that language."""

    name = models.CharField(max_length=120, verbose_name=_("name"))
    slug = models.SlugField(
        max_length=120,
        verbose_name=_("slug"),
        help_text=_("The author page's address, e.g. 'editorial-team'."),
    )
    role = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("role"),
        help_text=_("Shown under the name, e.g. 'Editor'."),
    )
    bio = models.TextField(
        blank=True,
        max_length=1000,
        verbose_name=_("biography"),
        help_text=_("A few sentences shown on the author page."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_("A portrait; it is shown next to the name, so it needs no description."),
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("slug"),
        TranslatableField("role"),
        TranslatableField("bio"),
        SynchronizedField("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("role"), FieldPanel("bio")]
    panels += [FieldPanel("photo")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_person_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def shown_images(self):
        yield self.photo, ("portrait",)


def people_in(locale):
    """Every author as readers of ``locale`` know them, keyed by translation key;
    from the cached register."""
    return readers_know(Person, locale)


class Claim(TranslatableMixin, ClusterableModel):
    """A claim seen in circulation, as worded, with the verdict of our fact-check."""

    text = models.TextField(
        max_length=600,
        verbose_name=_("claim"),
        help_text=_("The claim exactly as it circulates."),
    )
    slug = models.SlugField(
        max_length=120,
        verbose_name=_("slug"),
        help_text=_("The claim's address on the 'claims we checked' page."),
    )
    claimant = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("claimed by"),
        help_text=_("Who made the claim, if known."),
    )
    appearance = models.CharField(
        max_length=255,
        verbose_name=_("where it was seen"),
        help_text=_("E.g. 'comments under local news on Facebook'."),
    )
    appearance_url = models.URLField(
        blank=True,
        verbose_name=_("link to where it was seen"),
        help_text=_("Leave empty rather than link to a page that spreads the claim further."),
    )
    seen_on = models.DateField(verbose_name=_("when it was seen"))
    verdict = models.CharField(
        max_length=20,
        choices=Verdict.choices,
        blank=True,
        verbose_name=_("verdict"),
        help_text=_(
            "Leave empty while the fact-check is under way: readers never see a claim "
            "without a verdict, and the dashboard lists its fact-check."
        ),
    )
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="claims",
        verbose_name=_("topics"),
        limit_choices_to=source_language_only,
    )

    translatable_fields = [
        TranslatableField("text"),
        TranslatableField("slug"),
        TranslatableField("claimant"),
        TranslatableField("appearance"),
        SynchronizedField("appearance_url"),
        SynchronizedField("seen_on"),
        SynchronizedField("verdict"),
        SynchronizedField("topics"),
    ]
    panels = [
        FieldPanel("text"),
        FieldPanel("slug"),
        FieldPanel("claimant"),
        FieldRowPanel([FieldPanel("appearance"), FieldPanel("seen_on")]),
        FieldPanel("appearance_url"),
        FieldPanel("verdict"),
        FieldPanel("topics"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["-seen_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_claim_slug_per_locale")
        ]

    def __str__(self):
        return self.text

    @property
    def rating(self):
        """The schema.org rating, or None while the claim has no verdict."""
        return RATINGS.get(self.verdict)

    @staticmethod
    def checked_in(locale):
        """Claims of ``locale`` that a live, public fact-check of that locale reviews,
        each with its fact-checks in ``published_fact_checks``. A verdict is public
        only once its story is."""
        fact_checks = StoryPage.objects.live().public().filter(locale=locale)
        return (
            Claim.objects.filter(locale=locale, fact_checks__in=fact_checks)
            .exclude(verdict="")
            .distinct()
            .prefetch_related(
                Prefetch(
                    "fact_checks",
                    queryset=fact_checks.order_by("-first_published_at"),
                    to_attr="published_fact_checks",
                )
            )
        )


class StoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryIndexPage(RoutablePageMixin, BasePage):
    """The newsroom of one language: every story and award announcement, newest first."""

    lists_content = (
        "stories.StoryPage",
        "stories.AwardAnnouncementPage",
        "practices.Topic",
        "stories.Person",
    )

    introduction = models.TextField(
        blank=True,
        max_length=600,
        verbose_name=_("introduction"),
        help_text=_("Shown above the list of stories."),
    )
    featured_story = models.ForeignKey(
        "stories.StoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("featured story"),
        help_text=_("Shown first, above the list. Empty: the newest story."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("featured_story"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage", "stories.AwardAnnouncementPage"]
    max_count_per_parent = 1
    select_related_when_served = (*BasePage.select_related_when_served, "featured_story")

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")

    def get_description(self):
        return self.search_description or self.introduction

    def published_items(self, translated_only=False):
        """The live, public items of this index, newest first: the one query behind
        the list, the feeds and the author pages: stories and award announcements.
        ``translated_only`` leaves out untranslated copies of source-language
        stories (a feed declares one language).

        Without the bodies, which no list or feed shows: each would be read and
        decoded for every item."""
        items = (
            every_page()
            .child_of(self)
            .live()
            .public()
            .type(StoryPage, AwardAnnouncementPage)
            .defer_streamfields()
            .order_by("-first_published_at", "-pk")
        )
        if translated_only:
            items = items.filter(alias_of__isnull=True)
        return items

    @staticmethod
    def prefetch_for_listing(pages):
        """Fetch what list cards show for a page of items, one query per relation
        whatever the number of items (each page type says what it needs)."""
        by_type = {}
        for page in pages:
            by_type.setdefault(type(page), []).append(page)
        for page_type, group in by_type.items():
            if hasattr(page_type, "prefetch_for_listing_of"):
                page_type.prefetch_for_listing_of(group)
        # An untranslated copy's card reads in its source's language
        # (``content_locale``): the sources of all copies in one query.
        fetch_sources(pages)
        return pages

    def featured(self):
        """The chosen featured story in this language when it is published here,
        else the newest item."""
        items = self.published_items()
        if self.featured_story_id:
            chosen = items.filter(translation_key=self.featured_story.translation_key).first()
            if chosen is not None:
                return chosen.specific
        newest = items.first()
        return newest.specific if newest else None

    def feed_url(self, kind):
        # Without the route's trailing slash: the page-file pattern of cms/urls.py.
        return f"{self.url}feed.{kind}"

    def author_url(self, person):
        return self.url + self.reverse_subpage("author", kwargs={"slug": person.slug})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = {"rss": self.feed_url("rss"), "atom": self.feed_url("atom")}
        return context

    @path("")
    def index(self, request):
        from home.pagination import paginate

        from .newsroom import StoryFilter, topic_names

        story_filter = StoryFilter(request.GET, self.locale)
        items = story_filter.apply(self.published_items())
        featured = None
        if not story_filter.active and request.GET.get("page", "1") in ("", "1"):
            featured = self.featured()
            if featured is not None:
                items = items.exclude(pk=featured.pk)
        page_obj = paginate(request, items.specific())
        stories = list(page_obj.object_list)
        self.prefetch_for_listing(stories + ([featured] if featured else []))
        return self.render(
            request,
            context_overrides={
                "filter": story_filter,
                "featured": featured,
                "page_obj": page_obj,
                "stories": stories,
                "topic_names": topic_names(self.locale),
                "people": people_in(self.locale),
            },
        )

    @re_path(r"^feed\.rss/$", name="feed_rss")
    @method_decorator(require_safe)
    def feed_rss(self, request):
        from .feeds import StoryRssFeed

        return StoryRssFeed(self)(request)

    @re_path(r"^feed\.atom/$", name="feed_atom")
    @method_decorator(require_safe)
    def feed_atom(self, request):
        from .feeds import StoryAtomFeed

        return StoryAtomFeed(self)(request)

    @re_path(r"^authors/(?P<slug>[-\w]+)/$", name="author")
    def author(self, request, slug):
        from home.pagination import paginate

        from .newsroom import topic_names

        person = self.find_person(slug)
        cache_route_for_readers(request, self, person)
        items = self.published_items().filter(
            storypage__authors__person__translation_key=person.translation_key
        )
        page_obj = paginate(request, items.specific())
        stories = list(page_obj.object_list)
        self.prefetch_for_listing(stories)
        return self.render(
            request,
            template="stories/person_page.html",
            context_overrides={
                "person": person,
                "page_obj": page_obj,
                "stories": stories,
                "topic_names": topic_names(self.locale),
                "people": people_in(self.locale),
                "route_translations": self.author_translations(person),
                "structured_data": [],
                "breadcrumb_tail": [
                    {
                        "title": person.name,
                        "url": self.author_url(person),
                        "lang": person.locale.language_code
                        if person.locale_id != self.locale_id
                        else "",
                    }
                ],
            },
        )

    def find_person(self, slug):
        """The author in this language, or in the source language while untranslated."""
        person = Person.objects.filter(locale=self.locale, slug=slug).first()
        if person is None:
            person = Person.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE, slug=slug
            ).first()
            if person is None or person.has_translation(self.locale):
                raise Http404
        return person

    def author_translations(self, person):
        indexes = page_versions(self)
        return {
            version.locale.language_code: indexes[version.locale.language_code].url
            + self.reverse_subpage("author", kwargs={"slug": version.slug})
            for version in Person.objects.filter(
                translation_key=person.translation_key
            ).select_related("locale")
            if version.locale.language_code in indexes
        }


class StoryPageForm(WagtailAdminPageForm):
    """Offers only the claims of the story's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if "claim" in self.fields and locale_id:
            self.fields["claim"].queryset = Claim.objects.filter(locale_id=locale_id)


class StoryPage(BasePage):
    """A news item, a narrative or a fact-check."""

    base_form_class = StoryPageForm

    class Kind(models.TextChoices):
        NEWS = "news", _("news")
        NARRATIVE = "narrative", _("narrative")
        FACT_CHECK = "fact-check", _("fact-check")

    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.NEWS,
        verbose_name=_("kind"),
        help_text=_("A fact-check reviews one claim from the claims register."),
    )
    standfirst = models.TextField(
        max_length=400,
        verbose_name=_("standfirst"),
        help_text=_("Two sentences under the headline: what happened or what is true."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )
    hero_alt = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("hero image description"),
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
    )
    hero_caption = models.CharField(max_length=250, blank=True, verbose_name=_("caption"))
    hero_credit = models.CharField(max_length=120, blank=True, verbose_name=_("credit"))
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="stories",
        verbose_name=_("topics"),
        limit_choices_to=source_language_only,
    )
    tags = ClusterTaggableManager(through=StoryTag, blank=True, verbose_name=_("tags"))
    claim = models.ForeignKey(
        Claim,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="fact_checks",
        verbose_name=_("claim reviewed"),
        help_text=_("Fact-checks only: the claim from the register this story reviews."),
    )
    body = StreamField(StoryBodyBlock(), blank=True, verbose_name=_("body"))
    reading_time = models.PositiveSmallIntegerField(
        default=1, editable=False, verbose_name=_("reading time in minutes")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("claim"),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt"),
                FieldRowPanel([FieldPanel("hero_caption"), FieldPanel("hero_credit")]),
            ],
            heading=_("Hero image"),
        ),
        InlinePanel("authors", label=_("Authors")),
        FieldPanel("body"),
        InlinePanel("related_stories", label=_("Related stories")),
        InlinePanel("related_practices", label=_("Related practices")),
    ]
    promote_panels = BasePage.promote_panels + [
        FieldPanel(
            "first_published_at",
            heading=_("First published"),
            help_text=_("Set by the first publication; change it to date the story otherwise."),
        ),
        FieldPanel("topics"),
        FieldPanel("tags"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("standfirst", boost=2),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    # Topics point at source-language records in every language (see practices);
    # a translation keeps its source's publication date.
    override_translatable_fields = [
        SynchronizedField("topics"),
        SynchronizedField("first_published_at"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    select_related_when_served = (*BasePage.select_related_when_served, "hero_image", "claim")
    # How the index, author pages and their kin draw this page in a list; every
    # page type listed by ``StoryIndexPage.published_items`` names its own.
    listing_template = "stories/includes/story_card.html"

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def clean(self):
        super().clean()
        errors = {}
        if self.hero_image_id and not self.hero_alt:
            errors["hero_alt"] = _("Describe the image for people who cannot see it.")
        if self.kind == self.Kind.FACT_CHECK and not self.claim_id:
            errors["claim"] = _("A fact-check reviews a claim: choose it from the register.")
        elif self.kind != self.Kind.FACT_CHECK and self.claim_id:
            errors["claim"] = _("Only a fact-check reviews a claim: empty this field.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.reading_time = self.count_reading_time()
        return super().save(*args, **kwargs)

    def count_reading_time(self):
        texts = [self.standfirst] + self.body.stream_block.get_searchable_content(self.body)
        words = sum(len(str(text).split()) for text in texts)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_description(self):
        return self.search_description or self.standfirst

    @property
    def is_fact_check(self):
        return self.kind == self.Kind.FACT_CHECK

    @property
    def sharing_image(self):
        return self.social_image or self.hero_image

    def shown_images(self):
        yield from super().shown_images()
        # Its own page, every list's card, and the article image of structured data.
        yield self.hero_image, ("hero", *LISTING_ROLES, "sharing")

    @cached_property
    def sections(self):
        """The body's blocks, each heading with an anchor unique within the page:
        the explicit anchor or the transliterated text, numbered on repeats."""
        used = {"main", "story-contents", "story-share"}
        sections = []
        for block in self.body:
            anchor = None
            if block.block_type == "heading":
                base = block.value["anchor"] or slugify(anyascii(block.value["text"])) or "section"
                anchor, number = base, 1
                while anchor in used:
                    number += 1
                    anchor = f"{base}-{number}"
                used.add(anchor)
            sections.append(Section(block, anchor))
        return sections

    @property
    def table_of_contents(self):
        return [s for s in self.sections if s.anchor]

    @classmethod
    def prefetch_for_listing_of(cls, stories):
        prefetch_related_objects(
            stories,
            authors_with_people(),
            "topics",
            rendition_prefetch("hero_image", *LISTING_ROLES),
        )

    def prefetch_relations(self):
        prefetch_related_objects(
            [self],
            authors_with_people(),
            Prefetch("related_practices", queryset=naming(StoryRelatedPractice, "practice")),
            Prefetch("related_stories", queryset=naming(RelatedStory, "story")),
            "topics",
            "tags",
        )

    def listed_authors(self, people=None):
        """The authors in the story's order. The relation is copied as it is into
        translations, so it names source-language people; ``people`` (see
        ``people_in``) gives each one in the reader's language."""
        people = people or {}
        persons = [author.person for author in self.authors.all()]
        return [people.get(person.translation_key, person) for person in persons]

    def practice_links(self, request=None):
        """The practices this story names (body cards and related practices) as
        readers of its language find them in the library."""
        from practices.library import practice_links

        named = self.body_practices() + [rp.practice for rp in self.related_practices.all()]
        return practice_links(named, self.locale, request)

    def body_practices(self):
        return [
            block.value["practice"]
            for block in self.body
            if block.block_type == "practice" and block.value["practice"]
        ]

    @cached_property
    def named_stories(self):
        """The live versions in this story's language of the stories it names
        (related stories, fact-checks in the body), by translation key: one query."""
        named = [r.story for r in self.related_stories.all() if r.story] + [
            block.value["fact_check"]
            for block in self.body
            if block.block_type == "myth_fact" and block.value["fact_check"]
        ]
        if not named:
            return {}
        return {
            story.translation_key: story
            for story in StoryPage.objects.live().filter(
                locale=self.locale, translation_key__in={story.translation_key for story in named}
            )
        }

    def published_related_stories(self):
        """Chosen related stories, in this language where translated, live and public only."""
        keys = [r.story.translation_key for r in self.related_stories.all() if r.story]
        versions = self.named_stories
        return [versions[key] for key in keys if key in versions and is_public(versions[key])]

    def similar_stories(self):
        """Other live, public stories of this language sharing the most topics or
        related practices, newest first among ties: what readers are offered when
        the editor chose no related stories."""
        return similar_pages(self, ("-first_published_at", "-pk"))

    def share_links(self, request):
        url = self.get_full_url(request)
        title = self.seo_title or self.title
        return [
            ("email", _("E-mail"), "mailto:?" + urlencode({"subject": title, "body": url})),
            (
                "facebook",
                "Facebook",
                "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
            ),
            ("x", "X", "https://x.com/intent/post?" + urlencode({"url": url, "text": title})),
            (
                "linkedin",
                "LinkedIn",
                "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
            ),
        ]

    def get_context(self, request, *args, **kwargs):
        from .newsroom import topic_names

        context = super().get_context(request, *args, **kwargs)
        # Only its address and routes are needed: no query for its own fields.
        story_index = self.get_parent().specific_deferred
        practice_links = self.practice_links(request)
        names = topic_names(self.locale)
        people = people_in(self.locale)
        related_practices, practices_computed = chosen_or_computed(
            [
                practice_links[rp.practice.translation_key]
                for rp in self.related_practices.all()
                if rp.practice.translation_key in practice_links
            ],
            lambda: practices_sharing_topics(
                self.topics.all(), self.locale, request, exclude=self.body_practices()
            ),
        )
        related_stories, _computed = chosen_or_computed(
            self.published_related_stories(), self.similar_stories
        )
        context.update(
            {
                "story_index": story_index,
                "feeds": {"rss": story_index.feed_url("rss"), "atom": story_index.feed_url("atom")},
                "authors": [
                    (person, story_index.author_url(person))
                    for person in self.listed_authors(people)
                ],
                "topics": [names.get(t.translation_key, t) for t in self.topics.all()],
                "practice_links": practice_links,
                "related_practices": related_practices,
                "related_practices_computed": practices_computed,
                "related_stories": related_stories,
                "share_links": self.share_links(request),
                "claim_url": self.claim_url(request),
                # For the body's myth-and-fact blocks: the fact-checks they name.
                "story_versions": self.named_stories,
            }
        )
        return context

    def claim_url(self, request=None):
        # An untranslated copy still names the source-language claim, which has no
        # address in this language's register.
        if not (self.is_fact_check and self.claim) or self.claim.locale_id != self.locale_id:
            return None
        if not self.claim.verdict:  # the register lists rated claims only
            return None
        claims_page = section(request, ClaimsPage, self.locale)
        return claims_page.claim_url(self.claim) if claims_page else None

    def json_ld(self, request):
        identity = SiteSettings.for_request(request)
        organisation = {
            "@type": "Organization",
            "name": identity.organisation_name or settings.WAGTAIL_SITE_NAME,
        }
        url = self.get_full_url(request)
        published = self.first_published_at.isoformat() if self.first_published_at else None
        article = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.standfirst,
            "url": url,
            "mainEntityOfPage": url,
            "inLanguage": self.content_locale.language_code,
            "datePublished": published,
            "dateModified": (
                self.last_published_at.isoformat() if self.last_published_at else published
            ),
            "author": [
                {"@type": "Person", "name": person.name}
                for person in self.listed_authors(people_in(self.locale))
            ]
            or [organisation],
            "publisher": organisation,
        }
        if self.hero_image:
            rendition = role("sharing").rendition(self.hero_image)
            article["image"] = request.build_absolute_uri(rendition.url)
        items = [article]
        # A ClaimReview without a rating would read as a verdict we have not given.
        if self.is_fact_check and self.claim and self.claim.verdict:
            items.append(self.claim_review(url, published, organisation))
        return items

    def claim_review(self, url, published, organisation):
        claim = self.claim
        appearance = {"@type": "CreativeWork", "name": claim.appearance}
        if claim.appearance_url:
            appearance["url"] = claim.appearance_url
        item_reviewed = {
            "@type": "Claim",
            "appearance": appearance,
            "datePublished": claim.seen_on.isoformat(),
        }
        if claim.claimant:
            item_reviewed["author"] = {"@type": "Person", "name": claim.claimant}
        return {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": url,
            "claimReviewed": claim.text,
            "datePublished": published,
            "inLanguage": self.content_locale.language_code,
            "author": organisation,
            "itemReviewed": item_reviewed,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": claim.rating,
                "bestRating": BEST_RATING,
                "worstRating": WORST_RATING,
                "alternateName": str(claim.get_verdict_display()),
            },
        }


@dataclass
class Section:
    """One body block as the story template draws it; headings carry their anchor."""

    block: object
    anchor: str | None


class StoryAuthor(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="+", verbose_name=_("person")
    )

    panels = [FieldPanel("person")]


class RelatedStory(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_stories")
    story = models.ForeignKey(
        StoryPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("story")
    )

    panels = [FieldPanel("story")]


class StoryRelatedPractice(RelatedPractice):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_practices")


class ClaimsPage(RoutablePageMixin, BasePage):
    """The "claims we checked" page: every claim of the register that a published fact-check
    of this language reviews, with its verdict; each claim has its own address."""

    lists_content = ("stories.Claim", "stories.StoryPage")

    introduction = models.TextField(
        blank=True,
        max_length=600,
        verbose_name=_("introduction"),
        help_text=_("Shown above the list: what we check and how."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("claims we checked")
        verbose_name_plural = _("claims we checked pages")

    def get_description(self):
        return self.search_description or self.introduction

    def claim_url(self, claim):
        return self.url + self.reverse_subpage("claim", kwargs={"slug": claim.slug})

    @path("")
    def index(self, request):
        from home.pagination import paginate

        verdict = request.GET.get("verdict", "")
        claims = Claim.checked_in(self.locale)
        if verdict in Verdict.values:
            claims = claims.filter(verdict=verdict)
        else:
            verdict = ""
        page_obj = paginate(request, claims)
        return self.render(
            request,
            context_overrides={
                "page_obj": page_obj,
                "claims": [(claim, self.claim_url(claim)) for claim in page_obj],
                "verdicts": Verdict.choices,
                "verdict": verdict,
            },
        )

    @re_path(r"^(?P<slug>[-\w]+)/$", name="claim")
    def claim(self, request, slug):
        claim = Claim.checked_in(self.locale).filter(slug=slug).first()
        if claim is None:
            raise Http404
        cache_route_for_readers(request, self, claim)
        return self.render(
            request,
            template="stories/claim_detail.html",
            context_overrides={
                "claim": claim,
                "route_translations": self.claim_translations(claim),
                "structured_data": [],
                "breadcrumb_tail": [
                    {"title": Truncator(claim.text).words(12), "url": self.claim_url(claim)}
                ],
            },
        )

    def claim_translations(self, claim):
        pages = page_versions(self)
        versions = Claim.objects.filter(
            translation_key=claim.translation_key, fact_checks__in=StoryPage.objects.live().public()
        ).select_related("locale")
        return {
            v.locale.language_code: pages[v.locale.language_code].url
            + self.reverse_subpage("claim", kwargs={"slug": v.slug})
            for v in versions
            if v.locale.language_code in pages
        }
