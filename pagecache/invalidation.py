"""Which cached responses a change stales, and when.

A change to a page, snippet, image or document stales:

- the object's own pages, in every language;
- every page that shows it because an editor put it there: Wagtail's reference index
  (followed through snippets, so a topic reaches the stories that show practices of
  that topic), in every language, since translations point at the source records;
- every page that may show it because it was computed from shared topics (related
  practices and similar stories are ranked by topic): the pages referencing one of
  the object's topics;
- every list of its kind (``list:<model>``: newsroom, calendar, library, topics,
  search, home), which a new or retracted item changes;
- the whole site when the site's frame changes (menu, footer, identity), as
  ``home.chrome`` tells.

The purge runs after the transaction commits: purged earlier, a reader could store
the old version again before the new one is visible."""

from functools import cache

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_save, pre_delete

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, Page, ReferenceIndex, TranslatableMixin
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from . import store

# How far references are followed through snippets: image → practice → story.
REFERENCE_DEPTH = 3


def listed_kinds(model):
    """The list tags a change to an object of ``model`` stales: its own model and
    every concrete model it inherits from (a story is also a page)."""
    return {
        store.list_tag(parent)
        for parent in (model, *model._meta.get_parent_list())
        if not parent._meta.abstract
    }


def language_versions(obj):
    if isinstance(obj, TranslatableMixin):
        return list(type(obj)._default_manager.filter(translation_key=obj.translation_key))
    return [obj]


def referring_tags(objects, depth=REFERENCE_DEPTH):
    """Tags of the pages and records whose stored content points at any of
    ``objects``, directly or through records that point at them."""
    tags, seen = set(), set()
    for _ in range(depth):
        if not objects:
            break
        rows = ReferenceIndex.get_references_to_in_bulk(objects).values_list(
            "base_content_type", "object_id"
        )
        by_model = {}
        for content_type_id, object_id in set(rows):
            if (content_type_id, object_id) not in seen:
                seen.add((content_type_id, object_id))
                by_model.setdefault(content_type_id, []).append(object_id)
        objects = []
        for content_type_id, ids in by_model.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is None:
                continue
            if issubclass(model, Page):
                tags.update(store.page_tag(int(pk)) for pk in ids)
            else:
                records = list(model._default_manager.filter(pk__in=ids))
                tags.update(map(store.record_tag, records))
                objects.extend(records)
    return tags


def choosing_tags(objects):
    """Tags of the pages and records that chose any of ``objects`` in a many-to-many
    field (a story's topics): the reference index does not record those."""
    tags = set()
    by_model = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj)
    for target, chosen in by_model.items():
        for model, field in _many_to_many_fields_to(target):
            pks = model._default_manager.filter(**{f"{field}__in": chosen}).values_list(
                "pk", flat=True
            )
            if issubclass(model, Page):
                tags.update(store.page_tag(pk) for pk in pks)
            else:
                tags.update(store.record_tag_of(model, pk) for pk in pks)
    return tags


@cache
def _many_to_many_fields_to(target):
    return [
        (model, field.name)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.many_to_many and not field.auto_created and field.related_model is target
    ]


def referenced_tags(obj):
    """Records ``obj`` points at show it back ("featured in")."""
    if not ReferenceIndex.is_indexed(type(obj)):
        return set()
    tags = set()
    for reference in ReferenceIndex.get_references_for_object(obj).select_related(
        "to_content_type"
    ):
        model = reference.to_content_type.model_class()
        if model is not None and not issubclass(model, Page):
            tags.add(store.record_tag_of(model, reference.to_object_id))
    return tags


def topic_neighbour_tags(obj):
    """Pages and records ranking their related content by a topic ``obj`` has: they
    may show it now, or stop showing it."""
    topics = getattr(obj, "topics", None)
    if topics is None or not hasattr(topics, "all"):
        return set()
    topics = list(topics.all())
    return referring_tags(topics, depth=1) | choosing_tags(topics)


def tags_for(obj, include_descendants=False):
    """Every tag a change to ``obj`` stales."""
    tags = listed_kinds(type(obj))
    versions = language_versions(obj)
    page_ids = set()
    for version in versions:
        if isinstance(version, Page):
            page_ids.add(version.pk)
            if include_descendants:
                page_ids.update(version.get_descendants().values_list("pk", flat=True))
        else:
            tags.add(store.record_tag(version))
    tags |= referring_tags(versions) | choosing_tags(versions)
    tags |= topic_neighbour_tags(obj) | referenced_tags(obj)
    page_ids |= {int(tag.split(":")[1]) for tag in tags if tag.startswith("page:")}
    tags.update(store.page_tag(pk) for pk in _all_language_versions_of_pages(page_ids))
    return tags


def _all_language_versions_of_pages(page_ids):
    """Translations point at the source language's records, so the reference
    index may know one language version of a page only."""
    if not page_ids:
        return set()
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    return set(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))


def purge_after_commit(tags):
    if not store.enabled() and not _frontend_cache_configured():
        return
    tags = set(tags)
    transaction.on_commit(lambda: purge(tags))


def purge(tags):
    """Stale ``tags`` here and in the CDN, when one is configured."""
    store.purge(tags)
    if _frontend_cache_configured():
        from .frontend import purge_cdn

        purge_cdn(tags)


def _frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def changed(sender, instance, include_descendants=False, **kwargs):
    if kwargs.get("raw"):  # loading fixtures: nothing of theirs is cached yet
        return
    if isinstance(instance, Page):
        instance = instance.specific_deferred
    purge_after_commit(tags_for(instance, include_descendants))


def record_published(sender, instance, **kwargs):
    # Pages send ``published`` too, after ``page_published``: handled there.
    if not isinstance(instance, Page):
        changed(sender, instance, **kwargs)


def saved(sender, instance, **kwargs):
    """A record without drafts is live as soon as it is saved; one with drafts
    goes live through ``published``."""
    if is_record(sender) and not issubclass(sender, DraftStateMixin):
        changed(sender, instance, **kwargs)


def deleted(sender, instance, **kwargs):
    # Before the delete: afterwards the reference index no longer knows who showed it.
    if sender is Page or is_record(sender):
        changed(sender, instance, **kwargs)


def moved(sender, instance, **kwargs):
    changed(sender, instance, include_descendants=True)


@cache
def is_record(model):
    """Whether readers see objects of ``model`` outside pages: snippets, site
    settings, images and documents."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    from home.models import SiteSettings

    readers_see = (SiteSettings, SearchPromotion, get_image_model(), get_document_model())
    return issubclass(model, readers_see) or any(
        issubclass(model, snippet) for snippet in get_snippet_models()
    )


def frame_changed(sender, **kwargs):
    """The site's frame (menu, footer, identity: ``home.chrome``) is on every page;
    home.chrome says when it changed, after the commit."""
    purge({store.SITE_TAG})


def connect():
    from home.chrome import chrome_change

    chrome_change.connect(frame_changed, dispatch_uid="pagecache-frame-changed")
    page_published.connect(changed, dispatch_uid="pagecache-page-published")
    page_unpublished.connect(changed, dispatch_uid="pagecache-page-unpublished")
    post_page_move.connect(moved, dispatch_uid="pagecache-page-moved")
    published.connect(record_published, dispatch_uid="pagecache-published")
    unpublished.connect(record_published, dispatch_uid="pagecache-unpublished")
    post_save.connect(saved, dispatch_uid="pagecache-saved")
    pre_delete.connect(deleted, dispatch_uid="pagecache-deleted")
