"""Erasing a person from the site: an author, a speaker or a jury member.

A name lives on in more places than the live rows readers see: every revision
of a page or snippet, wagtail-localize's stored sources, its source strings and
their translations, the admin's log, the search index, saved search queries and
the cache. ``erase_person`` finds the name in all of them, in one transaction,
and reports what it changed (see docs/privacy.md)."""

import json
from collections import Counter

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import translation
from django.utils.translation import gettext

from modelcluster.models import get_all_child_relations
from wagtail.fields import StreamField
from wagtail.models import ModelLogEntry, Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search import index
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    String,
    StringTranslation,
    TranslatableObject,
    TranslationContext,
    TranslationSource,
)

from .awards import JuryMember
from .models import Person

# Fields that hold addresses, not prose: a name never belongs there.
SKIPPED_FIELDS = {"slug", "url_path", "translation_key"}
# What identifies a speaker or juror besides the name: blanked with it, in the
# live rows and in every stored copy (revisions, translation sources).
IDENTIFYING_FIELDS = {"organisation", "background", "city"}

# The report's kinds, in the order they are printed.
KINDS = (
    "people",
    "photos",
    "speakers",
    "jury members",
    "pages",
    "records",
    "revisions",
    "translation sources",
    "strings",
    "string translations",
    "segment overrides",
    "log entries",
    "search queries",
    "objects reindexed",
)


class PersonNotFound(LookupError):
    """No author, speaker, jury member or text names the person."""


def placeholder(language_code):
    """What stands where the name was, in the language of the text around it."""
    with translation.override(language_code):
        return gettext("Name withheld")


class Erasure:
    """One erasure: the names to remove and a count of what changed."""

    def __init__(self, name):
        self.name = name.strip()
        self.names = {self.name}
        self.counts = Counter()
        self.changed = {}  # (model, pk) -> instance, reindexed at the end
        self.deleted_people = set()
        self.languages = {
            locale.pk: locale.language_code
            for locale in apps.get_model("wagtailcore", "Locale").objects.all()
        }

    # --- text ---------------------------------------------------------------

    def mentions(self, text):
        return isinstance(text, str) and any(name in text for name in self.names)

    def scrub_text(self, text, language_code):
        for name in sorted(self.names, key=len, reverse=True):
            text = text.replace(name, placeholder(language_code))
        return text

    def scrub_json(self, value, language_code):
        """``value`` (decoded JSON) with every mention replaced; author entries
        that point at an erased person are dropped."""
        if isinstance(value, str):
            return self.scrub_text(value, language_code) if self.mentions(value) else value
        if isinstance(value, list):
            return [
                self.scrub_json(item, language_code)
                for item in value
                if not (isinstance(item, dict) and item.get("person") in self.deleted_people)
            ]
        if isinstance(value, dict):
            texts = [item for item in value.values() if isinstance(item, str)]
            names_someone = any(text in self.names for text in texts)
            return {
                key: ""
                if names_someone and key in IDENTIFYING_FIELDS
                else self.scrub_json(item, language_code)
                for key, item in value.items()
            }
        return value

    def language_of(self, locale_id):
        return self.languages.get(locale_id, "pl")

    # --- live rows ----------------------------------------------------------

    def erase_authors(self):
        found = Person.objects.filter(name=self.name)
        keys = set(found.values_list("translation_key", flat=True))
        people = list(Person.objects.filter(translation_key__in=keys))
        self.names |= {person.name for person in people if person.name}
        photos = {person.photo for person in people if person.photo_id}
        self.deleted_people = {person.pk for person in people}
        for page in Page.objects.filter(storypage__authors__person__in=people).distinct():
            self.mark(page.specific)
        # The people's own stored sources and strings go with them.
        objects = TranslatableObject.objects.filter(
            translation_key__in=keys, content_type=ContentType.objects.get_for_model(Person)
        )
        # Contexts are protected while segments use them: sources (and with them
        # segments) go first. Strings left without segments go in scrub_strings.
        TranslationSource.objects.filter(object__in=objects).delete()
        StringTranslation.objects.filter(context__object__in=objects).delete()
        TranslationContext.objects.filter(object__in=objects).delete()
        objects.delete()
        for person in people:
            person.delete()
        self.counts["people"] += len(people)
        for photo in photos:
            used_elsewhere = (
                Person.objects.filter(photo=photo).exists()
                or ReferenceIndex.get_references_to(photo).exists()
            )
            if not used_elsewhere:
                photo.delete()  # its file is removed once the transaction commits
                self.counts["photos"] += 1

    def erase_named_rows(self, model, name_field, blanked, kind):
        """Speakers and jury members: the entry stays (the talk, the jury's
        size), the name becomes the placeholder and what identifies them is blanked."""
        keys = set(
            model.objects.filter(**{name_field: self.name}).values_list(
                "translation_key", flat=True
            )
        )
        rows = list(model.objects.filter(translation_key__in=keys).select_related("locale"))
        self.names |= {getattr(row, name_field) for row in rows if getattr(row, name_field)}
        for row in rows:
            setattr(row, name_field, placeholder(row.locale.language_code))
            for field in blanked:
                setattr(row, field, "")
            row.save(update_fields=[name_field, *blanked])
            self.mark(row.page.specific)
        self.counts[kind] += len(rows)

    def scrub_instance(self, instance, language_code):
        """Replace mentions in an instance's text fields; True if any changed."""
        changes = {}
        for field in instance._meta.concrete_fields:
            if field.name in SKIPPED_FIELDS:
                continue
            if isinstance(field, StreamField):
                stream = getattr(instance, field.name)
                raw = stream.get_prep_value()
                if self.mentions(json.dumps(raw, ensure_ascii=False)):
                    changes[field.name] = self.scrub_json(raw, language_code)
            elif isinstance(field, models.CharField | models.TextField):
                value = getattr(instance, field.attname)
                if self.mentions(value):
                    changes[field.name] = self.scrub_text(value, language_code)
        if changes:
            type(instance)._default_manager.filter(pk=instance.pk).update(**changes)
        return bool(changes)

    def scrub_content(self):
        """Mentions in the text of every page and snippet and their inline rows."""
        content = [(Page.objects.specific(), "pages")]
        content += [
            (model._default_manager.all(), "records")
            for model in get_snippet_models()
            if model is not Person
        ]
        for queryset, kind in content:
            for instance in queryset.iterator():
                language_code = self.language_of(getattr(instance, "locale_id", None))
                changed = self.scrub_instance(instance, language_code)
                for relation in get_all_child_relations(type(instance)):
                    for child in getattr(instance, relation.get_accessor_name()).all():
                        changed |= self.scrub_instance(child, language_code)
                if changed:
                    self.counts[kind] += 1
                    self.mark(instance)

    def mark(self, instance):
        self.changed[(type(instance), instance.pk)] = instance

    # --- history and translation memory ---------------------------------------

    def scrub_revisions(self):
        for revision in Revision.objects.only("content", "object_str").iterator():
            content = revision.content or {}
            text = json.dumps(content, ensure_ascii=False) + revision.object_str
            names_author = self.deleted_people and '"person"' in text
            if not (self.mentions(text) or names_author):
                continue
            language_code = self.language_of(content.get("locale"))
            new_content = self.scrub_json(content, language_code)
            new_str = self.scrub_text(revision.object_str, language_code)
            if new_content != content or new_str != revision.object_str:
                Revision.objects.filter(pk=revision.pk).update(
                    content=new_content, object_str=new_str
                )
                self.counts["revisions"] += 1

    def scrub_translation_sources(self):
        for source in TranslationSource.objects.iterator():
            content = json.loads(source.content_json)
            language_code = self.language_of(source.locale_id)
            new_content = self.scrub_json(content, language_code)
            new_repr = self.scrub_text(source.object_repr, language_code)
            if new_content != content or new_repr != source.object_repr:
                TranslationSource.objects.filter(pk=source.pk).update(
                    content_json=json.dumps(new_content, cls=DjangoJSONEncoder),
                    object_repr=new_repr,
                )
                self.counts["translation sources"] += 1

    def scrub_strings(self):
        for string in self.matching(String, "data"):
            if not string.segments.exists():  # left behind by an erased author
                # A raw delete: wagtail-localize's delete signal reads the context,
                # which these translations lost with the author.
                string.translations.all()._raw_delete(string._state.db)
                string.delete()
                self.counts["strings"] += 1
                continue
            language_code = self.language_of(string.locale_id)
            whole_name = string.data.strip() in self.names
            # A string that is only the name may be transliterated in its
            # translations (Анна for Anna): those go whole.
            for item in string.translations.all():
                item_language = self.language_of(item.locale_id)
                if whole_name or self.mentions(item.data):
                    data = (
                        placeholder(item_language)
                        if whole_name
                        else self.scrub_text(item.data, item_language)
                    )
                    # update(): wagtail-localize's save signal expects a context.
                    StringTranslation.objects.filter(pk=item.pk).update(data=data)
                    self.counts["string translations"] += 1
            self.replace_string(string, self.scrub_text(string.data, language_code))
            self.counts["strings"] += 1
        for item in self.matching(StringTranslation, "data"):
            data = self.scrub_text(item.data, self.language_of(item.locale_id))
            StringTranslation.objects.filter(pk=item.pk).update(data=data)
            self.counts["string translations"] += 1
        for model in (SegmentOverride, OverridableSegment):
            for segment in self.matching(model, "data_json"):
                language_code = self.language_of(getattr(segment, "locale_id", None))
                data = self.scrub_json(json.loads(segment.data_json), language_code)
                model.objects.filter(pk=segment.pk).update(data_json=json.dumps(data))
                self.counts["segment overrides"] += 1

    def matching(self, model, field):
        query = models.Q()
        for name in self.names:
            query |= models.Q(**{f"{field}__contains": name})
        return list(model.objects.filter(query))

    @staticmethod
    def replace_string(string, data):
        """Strings are unique per language and text: when the new text exists,
        the segments and translations move to it."""
        existing = String.objects.filter(
            locale_id=string.locale_id, data_hash=String._get_data_hash(data)
        ).first()
        if existing is None:
            string.data = data
            string.data_hash = String._get_data_hash(data)
            string.save(update_fields=["data", "data_hash"])
            return
        string.segments.update(string=existing)
        for item in string.translations.all():
            duplicate = existing.translations.filter(
                locale_id=item.locale_id, context_id=item.context_id
            ).exists()
            if duplicate:
                StringTranslation.objects.filter(pk=item.pk)._raw_delete(string._state.db)
            else:
                StringTranslation.objects.filter(pk=item.pk).update(translation_of=existing)
        string.delete()

    def scrub_logs(self):
        for model in (PageLogEntry, ModelLogEntry):
            for entry in model.objects.only("label", "data").iterator():
                text = entry.label + json.dumps(entry.data or {}, ensure_ascii=False)
                if not self.mentions(text):
                    continue
                model.objects.filter(pk=entry.pk).update(
                    label=self.scrub_text(entry.label, "pl"),
                    data=self.scrub_json(entry.data or {}, "pl"),
                )
                self.counts["log entries"] += 1

    def delete_search_queries(self):
        # Wagtail stores queries lower-cased; they feed the editors' picks report.
        query_model = apps.get_model("wagtailsearchpromotions", "Query")
        matching = models.Q()
        for name in self.names:
            matching |= models.Q(query_string__contains=name.lower())
        deleted = query_model.objects.filter(matching)
        self.counts["search queries"] += deleted.count()
        deleted.delete()

    # --- the whole ------------------------------------------------------------

    def run(self):
        self.erase_authors()
        presentations = apps.get_model("events", "EventPresentation")  # no import cycle
        self.erase_named_rows(presentations, "speaker", ["organisation"], "speakers")
        self.erase_named_rows(JuryMember, "name", ["background", "city"], "jury members")
        self.scrub_content()
        self.scrub_revisions()
        self.scrub_translation_sources()
        self.scrub_strings()
        self.scrub_logs()
        self.delete_search_queries()
        if not any(self.counts.values()):
            raise PersonNotFound(self.name)
        for (model, pk), _instance in self.changed.items():
            fresh = model._default_manager.filter(pk=pk).first()
            if fresh is not None:
                index.insert_or_update_object(fresh)
                self.counts["objects reindexed"] += 1
        # Rendered fragments, renditions and Wagtail's own caches are keyed in
        # ways no list of keys could follow; erasure is rare, so all of it goes.
        transaction.on_commit(clear_caches)
        return self.counts


def clear_caches():
    for alias in caches:
        caches[alias].clear()


def erase_person(name, dry_run=False):
    """Erase ``name`` everywhere; the counts of what changed (see ``KINDS``).
    With ``dry_run`` the same work is done and rolled back."""
    if not name.strip():
        raise PersonNotFound(name)
    with transaction.atomic():
        counts = Erasure(name).run()
        if dry_run:
            transaction.set_rollback(True)
    return counts


def describe(counts):
    """The report: each kind that changed, in a fixed order."""
    return ", ".join(f"{counts[kind]} {kind}" for kind in KINDS if counts[kind])
