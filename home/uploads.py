"""No file outlives the row that was meant to name it.

A ``FileField`` writes its file while Django builds the INSERT or UPDATE, before
the database has accepted the row. When the statement fails, or the transaction
around it rolls back afterwards (Wagtail's add views save inside
``transaction.atomic()``), the file stays in storage and Django offers no
rollback hook to remove it. So while a request runs, every save that carries a
new file is noted; when the response is ready, each noted file is kept only if a
row still names it. Checking the rows, rather than catching exceptions, also
covers a rollback that happens after a successful save.

The check runs once the request's transactions are over (``ATOMIC_REQUESTS`` is
off). Code outside a request, such as a management command, can wrap its work in
``files_kept_only_with_their_rows()`` itself.
"""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import DatabaseError
from django.db.models import FileField

logger = logging.getLogger(__name__)

# (instance, field) pairs saved with a new file inside the current guard; None
# outside one, so saves elsewhere cost one lookup.
_noted = ContextVar("home_uploads_noted", default=None)


def note_new_files(sender, instance, raw=False, **kwargs):
    """``pre_save`` receiver: the file is not written yet, so remember the field."""
    noted = _noted.get()
    if noted is None or raw:
        return
    for field in instance._meta.concrete_fields:
        if isinstance(field, FileField):
            file = getattr(instance, field.attname)
            if file and not file._committed:
                noted.append((instance, field))


@contextmanager
def files_kept_only_with_their_rows():
    noted = []
    token = _noted.set(noted)
    try:
        yield
    finally:
        _noted.reset(token)
        for instance, field in noted:
            discard_if_orphaned(instance, field)


def discard_if_orphaned(instance, field):
    file = getattr(instance, field.attname)
    if not file or not file._committed:
        return  # the storage never wrote it
    # A failed INSERT leaves no primary key: no row names the file, and there is
    # nothing to ask a database that may refuse queries until the transaction ends.
    if instance.pk is not None and _still_names(instance, field, file.name) is not False:
        return
    file.storage.delete(file.name)
    logger.warning("Deleted %s: the row naming it was not saved.", file.name)


def _still_names(instance, field, name):
    """Whether the saved row still names the file (False once rolled back), or
    None when the database cannot tell."""
    rows = type(instance)._base_manager.filter(pk=instance.pk, **{field.name: name})
    try:
        return rows.exists()
    except DatabaseError:
        # The row may have been committed before the database went away: a file
        # too many is better than an image without its file.
        logger.warning("Could not check whether %s was saved; the file is kept.", name)
        return None


class OrphanUploadsMiddleware:
    """Runs every request inside ``files_kept_only_with_their_rows()``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with files_kept_only_with_their_rows():
            return self.get_response(request)
