"""Small translatable registers (topics, authors) as readers of one language
know them, without a query on every page that names one.

Relations point at source-language records; a page shows each one in the
reader's language, so it needs the whole register of that language. Registers
are a few dozen records that change when an editor saves one, so each is kept
in Django's cache per locale and dropped on any save or deletion of its model.
An app registers its models in ``AppConfig.ready()`` (``keep(model)``), so every
process drops them, whichever serves the editor."""

import uuid

from django.db.models.signals import post_delete, post_save

from .caching import cache, forget_now_and_on_commit, kept_for
from .localization import as_readers_find


def _version_key(model):
    return f"newsroom:records:{model._meta.label_lower}:version"


def _version(model):
    version = cache.get(_version_key(model))
    if version is None:
        cache.add(_version_key(model), uuid.uuid4().hex, None)
        version = cache.get(_version_key(model))
    return version


def readers_know(model, locale):
    """``{translation key: record}``: the records of ``locale``, plus the
    source-language record of each one not yet translated into it
    (``as_readers_find``), with their locale."""
    key = f"newsroom:records:{model._meta.label_lower}:{_version(model)}:{locale.pk}"
    records = cache.get(key)
    if records is None:
        records = {
            record.translation_key: record
            for record in as_readers_find(model.objects.all(), locale).select_related("locale")
        }
        cache.set(key, records, kept_for())
    return records


def readers_version(record, locale):
    """``record`` (any language version) as readers of ``locale`` know it, as
    ``home.localization.in_locale`` finds it, from the cached register."""
    if record is None:
        return None
    return readers_know(type(record), locale).get(record.translation_key, record)


def forget(sender, **kwargs):
    forget_now_and_on_commit(lambda: cache.set(_version_key(sender), uuid.uuid4().hex, None))


def keep(model):
    """Cache ``model``'s registers and drop them whenever one record changes."""
    for signal in (post_save, post_delete):
        signal.connect(
            forget,
            sender=model,
            dispatch_uid=f"home.records.{model._meta.label_lower}.{signal is post_save}",
        )


def naming(model, relation):
    """``model``'s rows, each with the record it names through ``relation``
    carrying only its translation key: a page's list of related records needs
    no more to find the versions its readers see (``readers_version``,
    ``practices.library.practice_links``). Joining whole rows (a story is 40
    columns) costs Django more to build than the database to run."""
    own = [field.name for field in model._meta.concrete_fields]
    return model.objects.select_related(relation).only(*own, f"{relation}__translation_key")
