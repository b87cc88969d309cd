"""make backup / make restore: a round trip through an empty database finds every
page, revision, translation and image again, with the original files."""

import io
import json
import tarfile

from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection

from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_factories import ImageFactory
from wagtail_localize.models import Translation

import pytest

from home import backup
from tests.base import build_site_tree

# Flush and restore run inside the test transaction, which rolls them back afterwards.
pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "locale__language_code", "url_path")),
        "revisions": sorted(Revision.objects.values_list("pk", "object_id", "content")),
        "translations": sorted(
            Translation.objects.values_list("pk", "target_locale__language_code", "source_id")
        ),
        "images": sorted(get_image_model().objects.values_list("pk", "title", "file")),
    }


@pytest.fixture(autouse=True)
def _forget_content_type_ids():
    # The restore renumbers content types; the rollback after the test puts the
    # old numbers back, which the process-wide cache must not outlive.
    yield
    ContentType.objects.clear_cache()


@pytest.fixture
def site_with_content(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tree = build_site_tree()
    about = tree["about"]["pl"]
    about.title = "O nas, wersja druga"
    about.save_revision().publish()
    image = ImageFactory(title="Ryga, inauguracja")
    return tree, image


def test_round_trip_into_an_empty_database(site_with_content, tmp_path):
    tree, image = site_with_content
    with default_storage.open(image.file.name, "rb") as upload:
        original_bytes = upload.read()
    before = snapshot()
    assert before["translations"] and len(before["revisions"]) > 3

    archive = tmp_path / "site.tar.gz"
    out = io.StringIO()
    call_command("backup_site", str(archive), stdout=out)
    assert "1 images" in out.getvalue()

    # An empty database and empty media storage: nothing survives but the archive.
    if connection.vendor == "postgresql":
        # PostgreSQL truncates only without pending deferred checks, which the
        # test's own transaction has; a real restore starts a fresh transaction.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    default_storage.delete(image.file.name)
    assert not Page.objects.exists()

    out = io.StringIO()
    call_command("restore_site", str(archive), stdout=out)
    assert "Restored" in out.getvalue()
    assert snapshot() == before
    with default_storage.open(image.file.name, "rb") as upload:
        assert upload.read() == original_bytes
    # The latest published edit is what comes back.
    assert Page.objects.get(pk=tree["about"]["pl"].pk).title == "O nas, wersja druga"


def test_restore_refuses_a_database_with_content(site_with_content, tmp_path):
    archive = tmp_path / "site.tar.gz"
    backup.create(archive)
    with pytest.raises(CommandError, match="already has content"):
        call_command("restore_site", str(archive))


def test_a_broken_archive_is_a_clear_error_and_changes_nothing(site_with_content, tmp_path):
    archive = tmp_path / "site.tar.gz"
    backup.create(archive)
    broken = tmp_path / "broken.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(broken, "w:gz") as target:
        manifest = source.extractfile(backup.MANIFEST).read()
        for name, content in ((backup.MANIFEST, manifest), (backup.DATA, b"[{]")):
            info = tarfile.TarInfo(name)
            info.size = len(content)
            target.addfile(info, io.BytesIO(content))
    before = snapshot()
    with pytest.raises(Exception):  # noqa: B017 - loaddata's own error
        call_command("restore_site", str(broken), "--replace")
    assert snapshot() == before

    not_an_archive = tmp_path / "notes.tar.gz"
    not_an_archive.write_text("hello")
    with pytest.raises(CommandError, match="not a readable backup"):
        call_command("restore_site", str(not_an_archive))
    with pytest.raises(CommandError, match="does not exist"):
        call_command("restore_site", str(tmp_path / "missing.tar.gz"))


def test_the_archive_describes_itself(site_with_content, tmp_path):
    archive = tmp_path / "site.tar.gz"
    backup.create(archive)
    with tarfile.open(archive) as contents:
        manifest = json.loads(contents.extractfile(backup.MANIFEST).read())
        names = contents.getnames()
    assert manifest["counts"]["images"] == 1
    assert all(backup.MEDIA + name in names for name in manifest["files"])


def test_permissions_of_models_the_target_lacks_are_dropped():
    # A SQLite backup restored on PostgreSQL: SQLite's full-text index model is
    # not there, so its permissions, and group links to them, are left out.
    known = {("wagtailcore", "page")}
    objects = [
        {"model": "auth.permission", "fields": {"content_type": ["wagtailcore", "page"]}},
        {
            "model": "auth.permission",
            "fields": {"content_type": ["wagtailsearch", "sqliteftsindexentry"]},
        },
        {
            "model": "auth.group",
            "fields": {
                "name": "Editors",
                "permissions": [
                    ["add_page", "wagtailcore", "page"],
                    ["view_sqliteftsindexentry", "wagtailsearch", "sqliteftsindexentry"],
                ],
            },
        },
    ]
    kept = backup._portable(objects, known)
    assert [item["model"] for item in kept] == ["auth.permission", "auth.group"]
    assert kept[1]["fields"]["permissions"] == [["add_page", "wagtailcore", "page"]]
