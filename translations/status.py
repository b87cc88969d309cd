"""Where every piece of content stands in every language: the data behind the
"Translation status" report and the translators' dashboard panel.

For each source-language page and translatable record (snippets and the claims
register alike) and each other language, one of:

- missing: nothing translated yet (an untranslated copy of a page counts as missing);
- in progress: a translation is open and some segments wait;
- outdated: the source was published again after its translation was last synced;
- up to date: everything translated since the last change.

A handful of queries per model, whatever the amount of content."""

import dataclasses
from collections import defaultdict

from django.contrib.admin.utils import quote
from django.db.models import Count, F
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.models import DraftStateMixin, Locale, Page, RevisionMixin
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.permissions import translatable_records


class Status:
    MISSING = "missing"
    IN_PROGRESS = "in-progress"
    OUTDATED = "outdated"
    UP_TO_DATE = "up-to-date"

    choices = [
        (MISSING, _("missing")),
        (IN_PROGRESS, _("in progress")),
        (OUTDATED, _("outdated")),
        (UP_TO_DATE, _("up to date")),
    ]
    labels = dict(choices)
    # What a translator still has to do, in the order the dashboard lists it.
    waiting = [MISSING, IN_PROGRESS, OUTDATED]


@dataclasses.dataclass
class Row:
    title: str
    model: type
    source: object
    locale: Locale
    status: str
    percent: int | None = None
    target_pk: object = None
    translation_source_id: int | None = None

    @property
    def kind(self):
        return self.model._meta.verbose_name

    @property
    def language(self):
        return self.locale.get_display_name()

    @property
    def status_label(self):
        label = capfirst(Status.labels[self.status])
        if self.status == Status.IN_PROGRESS:
            return f"{label} ({self.percent}%)"
        return label

    @property
    def source_edit_url(self):
        return edit_url(self.model, self.source.pk)

    def action(self, user):
        """(label, url) of the next step, or None when this user cannot take it."""
        if self.status == Status.MISSING:
            if user.has_perm("wagtail_localize.submit_translation"):
                return _("Translate"), submit_url(self.model, self.source.pk)
            return None
        if self.status == Status.OUTDATED:
            url = reverse("wagtail_localize:update_translations", args=[self.translation_source_id])
            return _("Sync with the source"), url
        if self.target_pk is not None:
            return _("Edit translation"), edit_url(self.model, self.target_pk)
        return None


def translatable_models():
    """Pages first, then every translatable record type, by name."""
    records = sorted(translatable_records(), key=lambda model: str(model._meta.verbose_name))
    return [Page, *records]


def edit_url(model, pk):
    if issubclass(model, Page):
        return reverse("wagtailadmin_pages:edit", args=[pk])
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is not None:
        return reverse(viewset.get_url_name("edit"), args=[quote(pk)])
    try:  # the claims register and other modeladmin-managed models
        return reverse(
            f"{model._meta.app_label}_{model._meta.model_name}_modeladmin_edit", args=[quote(pk)]
        )
    except NoReverseMatch:
        return None


def submit_url(model, pk):
    if issubclass(model, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[pk])
    name = (
        "wagtail_localize:submit_snippet_translation"
        if hasattr(model, "snippet_viewset")
        else "wagtail_localize_modeladmin:submit_translation"
    )
    return reverse(name, args=[model._meta.app_label, model._meta.model_name, quote(pk)])


def changed_at_field(model):
    """The field that says when the source last changed for readers, if any."""
    if issubclass(model, DraftStateMixin):
        return "last_published_at"
    if issubclass(model, RevisionMixin):
        return "latest_revision__created_at"
    return None


def rows_for(model, source_locale, target_locales):
    if issubclass(model, Page):
        sources = Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        sources = sources.select_related("content_type")
    else:
        sources = model.objects.filter(locale=source_locale)
    changed_field = changed_at_field(model)
    if changed_field:
        sources = sources.annotate(changed_at=F(changed_field))
    sources = list(sources)
    if not sources:
        return []
    keys = [source.translation_key for source in sources]

    translated = model.objects.filter(translation_key__in=keys, locale__in=target_locales)
    if issubclass(model, Page):
        translated = translated.filter(alias_of__isnull=True)
    targets = {
        (key, locale_id): pk
        for key, locale_id, pk in translated.values_list("translation_key", "locale_id", "pk")
    }
    if issubclass(model, Page):
        aliases = Page.objects.filter(
            translation_key__in=keys, locale__in=target_locales, alias_of__isnull=False
        )
        for key, locale_id, pk in aliases.values_list("translation_key", "locale_id", "pk"):
            targets.setdefault(("alias", key, locale_id), pk)

    translation_sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    }
    open_translations = set(
        Translation.objects.filter(
            source__in=translation_sources.values(), target_locale__in=target_locales
        ).values_list("source_id", "target_locale_id")
    )
    progress = segment_progress(list(translation_sources.values()), target_locales)

    rows = []
    for source in sources:
        translation_source = translation_sources.get(source.translation_key)
        source_id = translation_source.pk if translation_source else None
        title = source.title if issubclass(model, Page) else str(source)
        kind = source.specific_class if issubclass(model, Page) else model
        for locale in target_locales:
            target_pk = targets.get((source.translation_key, locale.pk))
            has_translation = (source_id, locale.pk) in open_translations
            row = Row(
                title=title,
                model=kind,
                source=source,
                locale=locale,
                status=Status.UP_TO_DATE,
                target_pk=target_pk,
                translation_source_id=source_id,
            )
            total, done = progress.get((source_id, locale.pk), (0, 0))
            changed_at = getattr(source, "changed_at", None)
            if not has_translation and target_pk is None:
                row.status = Status.MISSING
            elif has_translation and done < total:
                row.status = Status.IN_PROGRESS
                row.percent = done * 100 // total
            elif (
                translation_source is not None
                and changed_at is not None
                and changed_at > translation_source.last_updated_at
            ):
                row.status = Status.OUTDATED
            if row.target_pk is None and has_translation:
                row.target_pk = targets.get(("alias", source.translation_key, locale.pk))
            rows.append(row)
    return rows


def segment_progress(translation_sources, target_locales):
    """{(translation source id, locale id): (segments, translated segments)}."""
    if not translation_sources:
        return {}
    totals = dict(
        StringSegment.objects.filter(source__in=translation_sources)
        .values("source_id")
        .annotate(count=Count("pk"))
        .values_list("source_id", "count")
    )
    done = (
        StringSegment.objects.filter(
            source__in=translation_sources,
            string__translations__locale__in=target_locales,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(count=Count("pk", distinct=True))
        .values_list("source_id", "string__translations__locale_id", "count")
    )
    progress = defaultdict(lambda: (0, 0))
    for source_id, total in totals.items():
        for locale in target_locales:
            progress[(source_id, locale.pk)] = (total, 0)
    for source_id, locale_id, count in done:
        progress[(source_id, locale_id)] = (totals.get(source_id, 0), count)
    return progress


def translation_status(languages=None):
    """Every row, pages first; ``languages`` limits the target language codes."""
    source_locale = Locale.get_default()
    target_locales = list(Locale.objects.exclude(pk=source_locale.pk).order_by("language_code"))
    if languages:
        target_locales = [locale for locale in target_locales if locale.language_code in languages]
    rows = []
    for model in translatable_models():
        rows.extend(rows_for(model, source_locale, target_locales))
    return rows


def waiting_counts(language):
    """{status: count} of what waits in one language (the dashboard panel)."""
    counts = dict.fromkeys(Status.waiting, 0)
    for row in translation_status([language]):
        if row.status in counts:
            counts[row.status] += 1
    return counts
