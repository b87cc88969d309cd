"""Programmatic translation through wagtail-localize, the way a translation
agency works: export the PO file, fill it, import it, publish."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, prefetch_related_objects

from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from .locales import locale_by_id
from .privacy import every_page


def in_locale(record, locale):
    """A translatable record (page, snippet) as readers of ``locale`` see it: its
    translation there, or the record itself while it has none."""
    if record is None:
        return None
    return record.get_translation_or_none(locale) or record


def page_versions(page):
    """``{language code: page}``: the live, public versions of ``page`` written in
    each language (not untranslated copies). Found with the page when it was
    routed (``home.routing``), else in one query."""
    versions = getattr(page, "routed_versions", None)
    if versions is None:
        versions = (
            every_page()
            .live()
            .public()
            .filter(translation_key=page.translation_key, alias_of__isnull=True)
        )
    return {locale_by_id(version.locale_id).language_code: version for version in versions}


def with_sources(pages):
    """``pages`` (a queryset) with the page each untranslated copy copies, which
    says the language its text is in (``BasePage.content_locale``). Fetched in one
    more query, and only when there are copies: joined instead, a second whole
    page row would come with every row, and such a query costs more to build
    than to run."""
    return pages.prefetch_related("alias_of")


def fetch_sources(pages):
    """``with_sources`` for pages already fetched: one query for the copies whose
    source is not known yet, none when there are no such copies."""
    prefetch_related_objects([page for page in pages if page.alias_of_id], "alias_of")
    return pages


def as_readers_find(records, locale):
    """``records`` (a queryset of a translatable model) as readers of ``locale``
    find them: those of ``locale``, plus the source-language record of every one
    not yet translated into it. One ``NOT EXISTS`` subquery, whatever the count.

    Readers of the source language find its records alone, and the database is
    not asked to look for translations of each into their own language."""
    if locale.language_code == settings.LANGUAGE_CODE:
        return records.filter(locale=locale)
    translated = records.filter(locale=locale, translation_key=OuterRef("translation_key"))
    return records.filter(
        Q(locale=locale) | (Q(locale__language_code=settings.LANGUAGE_CODE) & ~Exists(translated))
    )


class TranslationMismatch(ValueError):
    """The translated values do not line up with the source's segments."""


def _strings_by_path(instance):
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


def align_stream_block_ids(source, translated):
    """Give the translated StreamField blocks their source blocks' ids, which
    are part of every segment's path."""
    for field in source._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        source_stream = getattr(source, field.name)
        translated_stream = getattr(translated, field.name)
        if len(source_stream) != len(translated_stream):
            raise TranslationMismatch(f"{source!r}: {field.name} differs in length")
        for source_block, translated_block in zip(source_stream, translated_stream, strict=True):
            translated_block.id = source_block.id


def segment_pairs(source, translated):
    """Map each (path, source string) to its translation. ``translated`` is an
    unsaved instance of the source's model holding the translated values; its
    segments must line up one to one with the source's."""
    align_stream_block_ids(source, translated)
    source_strings = _strings_by_path(source)
    target_strings = _strings_by_path(translated)
    pairs = {}
    for path, strings in source_strings.items():
        targets = target_strings.get(path, [])
        if len(targets) != len(strings):
            raise TranslationMismatch(
                f"{source!r}: {path} has {len(strings)} source segments "
                f"but {len(targets)} translated ones"
            )
        pairs.update({(path, s): t for s, t in zip(strings, targets, strict=True)})
    return pairs


def reads_as(record, values):
    """Whether ``record`` already holds the text of ``values`` (an unsaved
    instance of its model), segment for segment: what decides whether seeded
    content needs a new revision."""
    try:
        align_stream_block_ids(record, values)
    except TranslationMismatch:
        return False
    return _strings_by_path(record) == _strings_by_path(values)


def translate_with(source, locale, translated, *, user=None, publish=True):
    """Translate ``source`` into ``locale`` with the values of ``translated``,
    via a PO round trip, and save (and by default publish) the result. Also
    brings an existing translation up to date with an edited source."""
    # The stored source may predate the record's latest edit, and the segments are
    # matched against the record as it is now.
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    translate_object(source, [locale], user=user)
    translation = Translation.objects.get(source=translation_source, target_locale=locale)
    pairs = segment_pairs(source, translated)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = pairs.get((entry.msgctxt, entry.msgid), "")
    translation.import_po(po, user=user, tool_name="demo content")
    if not isinstance(source, DraftStateMixin):
        translation.save_target(user=user)
        return translation.get_target_instance()
    # wagtail-localize defers publishing to the end of the transaction, when the
    # revision would overwrite tree counts that changed meanwhile; publish now.
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance()
    if publish:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
