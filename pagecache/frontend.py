"""Purging a CDN in front of the site through Wagtail's frontend cache, when one is
configured (``WAGTAILFRONTENDCACHE``, built from the environment in settings).

A CDN knows addresses, not tags: the tags are turned back into the pages they
stand for (with the files each page keeps, ``get_cached_paths``) and into the
addresses of records shown by a page's route (``record_routes``)."""

from django.apps import apps

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, get_page_models

from . import store
from .readers import listed_models


def pages_for(tags):
    if store.SITE_TAG in tags:
        return set(Page.objects.live().public().specific())
    page_ids = {int(tag.split(":", 1)[1]) for tag in tags if tag.startswith("page:")}
    pages = set(Page.objects.filter(pk__in=page_ids).live().specific())
    listed = {tag for tag in tags if tag.startswith("list:")}
    for model in get_page_models():
        if listed & set(map(store.list_tag, listed_models(model))):
            pages.update(model.objects.live().public())
    return pages


def record_urls(tags):
    """The addresses at which the tagged records are shown, in their own language."""
    wanted = {}
    for tag in tags:
        if tag.startswith("record:"):
            _record, label, pk = tag.split(":")
            wanted.setdefault(label, set()).add(pk)
    urls = []
    for model in get_page_models():
        for label, method in getattr(model, "record_routes", {}).items():
            if label not in wanted:
                continue
            records = apps.get_model(label)._default_manager.filter(pk__in=wanted[label])
            for record in records:
                for page in model.objects.live().public().filter(locale=record.locale_id):
                    urls.append(page.get_site().root_url + getattr(page, method)(record))
    return urls


def purge_cdn(tags):
    batch = PurgeBatch()
    batch.add_pages(pages_for(tags))
    batch.add_urls(record_urls(tags))
    batch.purge()
