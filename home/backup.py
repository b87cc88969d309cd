"""Site backups: the database as Django's portable JSON plus the original uploads,
in one .tar.gz. The same archive restores into SQLite or PostgreSQL.

Left out because they are rebuilt or worth nothing after a restore: content types
(recreated by migrate; everything refers to them by natural key), sessions, sign-in
throttling records, image renditions and oEmbed responses (regenerated on demand),
the search index and Wagtail's reference index (rebuilt by the restore)."""

import io
import json
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import django
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, transaction

import wagtail

EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "axes",
    "wagtailsearch",
    "wagtailcore.referenceindex",
    "wagtailimages.rendition",
    "wagtailembeds",
    "wagtailadmin.editingsession",
]
DATA = "data.json"
PERMISSIONS = "permissions.json"
MANIFEST = "manifest.json"
MEDIA = "media/"
FORMAT = 1


class BackupError(Exception):
    """A backup that cannot be restored as asked; the message says why."""


# Loaded first: some apps' signal handlers look these rows up while loading, and
# ignore loaddata's raw flag (wagtail-localize's locale synchronisation does).
LOAD_FIRST = ["auth", "wagtailcore"]


def load_order():
    labels = [config.label for config in apps.get_app_configs()]
    return LOAD_FIRST + [label for label in labels if label not in LOAD_FIRST]


def uploaded_files():
    """Storage names of every original upload the content refers to."""
    names = set()
    for label in ("wagtailimages.Image", "wagtaildocs.Document"):
        model = apps.get_model(label)
        names.update(name for name in model.objects.values_list("file", flat=True) if name)
    return sorted(names)


def counts():
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "translations": apps.get_model("wagtail_localize.Translation").objects.count(),
    }


def create(path):
    """Write the archive to ``path``; returns the manifest. The dump runs in one
    transaction so it is a consistent snapshot even while editors work."""
    data = io.StringIO()
    with transaction.atomic():
        call_command(
            "dumpdata",
            *load_order(),
            natural_foreign=True,
            exclude=EXCLUDED,
            indent=None,
            stdout=data,
        )
        # By natural key alone: after a flush, migrate's post_migrate step numbers
        # permissions its own way, and the ones data migrations made are gone.
        permissions = io.StringIO()
        call_command(
            "dumpdata",
            "auth.permission",
            natural_foreign=True,
            natural_primary=True,
            stdout=permissions,
        )
        files = uploaded_files()
        manifest = {
            "format": FORMAT,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": connection.vendor,
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "counts": counts(),
            "files": files,
        }
    missing = [name for name in files if not default_storage.exists(name)]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target, then renamed: a failed backup leaves no half archive.
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".part", delete=False) as part:
        try:
            with tarfile.open(fileobj=part, mode="w:gz") as archive:
                _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
                _add_bytes(archive, PERMISSIONS, permissions.getvalue().encode())
                _add_bytes(archive, DATA, data.getvalue().encode())
                for name in files:
                    if name in missing:
                        continue
                    with default_storage.open(name, "rb") as upload:
                        _add_bytes(archive, MEDIA + name, upload.read())
        except BaseException:
            Path(part.name).unlink(missing_ok=True)
            raise
    Path(part.name).replace(path)
    manifest["missing_files"] = missing
    return manifest


def _add_bytes(archive, name, content):
    info = tarfile.TarInfo(name)
    info.size = len(content)
    archive.addfile(info, io.BytesIO(content))


def database_is_empty():
    """Only what migrate creates: the root page and one home page per migration."""
    from wagtail.models import Page, Revision

    return not Revision.objects.exists() and not Page.objects.filter(depth__gt=2).exists()


def restore(path, replace=False):
    """Replace the database content and the uploads with the archive's; returns
    the manifest with the counts found after restoring."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} does not exist")
    try:
        with tarfile.open(path, mode="r:gz") as archive:
            manifest = _restore_from(archive, path, replace)
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(f"{path} is not a readable backup archive: {error}") from error
    call_command("rebuild_references_index", verbosity=0)
    call_command("update_index", verbosity=0)
    manifest["restored_counts"] = counts()
    return manifest


def _read(archive, name):
    try:
        return archive.extractfile(name).read()
    except KeyError as error:
        raise BackupError(f"the archive has no {name}") from error


def _read_json(archive, name):
    try:
        return json.loads(_read(archive, name))
    except ValueError as error:
        raise BackupError(f"{name} in the archive is not valid JSON") from error


def _restore_from(archive, path, replace):
    manifest = _read_json(archive, MANIFEST)
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path}: unknown backup format {manifest.get('format')!r}")
    if not replace and not database_is_empty():
        raise BackupError(
            "The database already has content. Restore into an empty (freshly "
            "migrated) database, or pass --replace to overwrite everything."
        )
    # All or nothing: a fixture that fails to load leaves the database as it was.
    with tempfile.TemporaryDirectory() as scratch, transaction.atomic():
        call_command("flush", interactive=False, verbosity=0)
        # The flush renumbered content types; forget the old numbers.
        ContentType.objects.clear_cache()
        known = set(ContentType.objects.values_list("app_label", "model"))
        for name in (PERMISSIONS, DATA):
            fixture = Path(scratch) / name
            fixture.write_text(json.dumps(_portable(_read_json(archive, name), known)))
            call_command("loaddata", str(fixture), verbosity=0)
    members = set(archive.getnames())
    for name in manifest["files"]:
        if MEDIA + name not in members:
            continue
        if default_storage.exists(name):
            default_storage.delete(name)
        with archive.extractfile(MEDIA + name) as upload:
            saved = default_storage.save(name, File(upload, name=name))
        if saved != name:
            raise BackupError(f"storage renamed {name} to {saved}")
    return manifest


def _portable(objects, known):
    """Drop permissions of models the target database does not have (SQLite's
    full-text index model has no counterpart on PostgreSQL). ``known`` holds the
    target's (app_label, model) pairs; permission keys are [codename, app, model]."""
    kept = []
    for item in objects:
        fields = item["fields"]
        if item["model"] == "auth.permission" and tuple(fields["content_type"]) not in known:
            continue
        for relation in ("permissions", "user_permissions"):
            if item["model"] in ("auth.group", "auth.user") and relation in fields:
                fields[relation] = [key for key in fields[relation] if tuple(key[1:]) in known]
        kept.append(item)
    return kept
