"""Media on S3-compatible storage: uploads, renditions, documents, backups and
erasure all go through the bucket, and nothing lands on the local disk."""

import io
import tarfile
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Site
from wagtail_factories import ImageFactory

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from home import backup
from home.models import SiteSettings
from stories.factories import PersonFactory

pytestmark = pytest.mark.django_db


def png(size=(64, 48)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "teal").save(buffer, "PNG")
    return buffer.getvalue()


def nothing_on_disk():
    root = Path(settings.MEDIA_ROOT)
    return not root.exists() or not any(path.is_file() for path in root.rglob("*"))


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.create_superuser("naczelna", "n@example.org", "x"))
    return client


def upload_image(client, title, content):
    upload = SimpleUploadedFile(f"{title}.png", content, content_type="image/png")
    response = client.post(reverse("wagtailimages:add"), {"title": title, "file": upload})
    assert response.status_code == 302
    return get_image_model().objects.get(title=title)


def upload_document(client, title, content, collection):
    upload = SimpleUploadedFile(f"{title}.pdf", content, content_type="application/pdf")
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": upload, "collection": collection.pk},
    )
    assert response.status_code == 302
    return get_document_model().objects.get(title=title)


def test_an_image_uploaded_in_the_admin_is_stored_in_the_bucket(bucket, editor):
    content = png()
    image = upload_image(editor, "ryga-inauguracja", content)
    assert image.file.name.startswith("original_images/ryga-inauguracja")
    assert bucket.keys() == {image.file.name}
    assert bucket.read(image.file.name) == content
    assert (image.width, image.height) == (64, 48)
    assert nothing_on_disk()


def test_a_rendition_is_made_in_the_bucket_and_the_page_shows_it_from_there(bucket, editor):
    logo = upload_image(editor, "logo", png())
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.logo = logo
    site_settings.save()

    page = editor.get("/pl/")
    assert page.status_code == 200

    renditions = {rendition.file.name for rendition in logo.renditions.all()}
    assert renditions and all(name.startswith("images/logo") for name in renditions)
    assert bucket.keys() == {logo.file.name} | renditions
    # Unsigned, straight from the bucket: the address browsers and a CDN can cache.
    shown = BeautifulSoup(page.text, "html.parser").select_one("img.site-brand__logo")["src"]
    assert shown in {bucket.url(name) for name in renditions}
    with PILImage.open(io.BytesIO(bucket.read(shown.removeprefix(bucket.url(""))))) as made:
        assert made.height == 48
    assert nothing_on_disk()


def test_a_failed_upload_leaves_nothing_in_the_bucket(bucket, editor):
    # The add view saves and logs in one transaction: a failing log entry rolls the
    # row back after its file reached the bucket (home.uploads removes it).
    editor.raise_request_exception = False
    with mock.patch("wagtail.actions.create.log", side_effect=DatabaseError("log table gone")):
        upload = SimpleUploadedFile("zdjecie.png", png(), content_type="image/png")
        response = editor.post(reverse("wagtailimages:add"), {"title": "x", "file": upload})
    assert response.status_code == 500
    assert not get_image_model().objects.exists()
    assert bucket.keys() == set()


def test_documents_land_in_the_bucket_and_private_ones_stay_private(bucket, editor, client):
    root = Collection.get_first_root_node()
    internal = root.add_child(name="Dla redakcji")
    CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.LOGIN
    )
    report = upload_document(editor, "raport-roczny", b"%PDF-1.4\nraport\n", root)
    minutes = upload_document(editor, "protokol-zarzadu", b"%PDF-1.4\nprotokol\n", internal)
    assert bucket.keys() == {report.file.name, minutes.file.name}
    assert bucket.read(minutes.file.name) == b"%PDF-1.4\nprotokol\n"
    editor.logout()

    # Served by Django from the bucket; the bucket's address is never handed out.
    public = client.get(report.url)
    assert public.status_code == 200
    assert b"".join(public.streaming_content) == b"%PDF-1.4\nraport\n"

    refused = client.get(minutes.url)
    assert refused.status_code == 302
    assert bucket.endpoint not in refused["Location"]
    assert b"protokol" not in refused.content

    client.force_login(get_user_model().objects.get(username="naczelna"))
    allowed = client.get(minutes.url)
    assert allowed.status_code == 200
    assert b"".join(allowed.streaming_content) == b"%PDF-1.4\nprotokol\n"
    assert nothing_on_disk()


@pytest.fixture
def _forget_content_type_ids():
    # The restore renumbers content types; the rollback puts the old numbers back.
    yield
    ContentType.objects.clear_cache()


@pytest.mark.usefixtures("_forget_content_type_ids")
def test_backup_reads_originals_from_the_bucket_and_restore_puts_them_back(
    bucket, editor, tmp_path
):
    photo = upload_image(editor, "wolontariusze", png((80, 60)))
    report = upload_document(
        editor, "sprawozdanie", b"%PDF-1.4\nsprawozdanie\n", Collection.get_first_root_node()
    )
    originals = {name: bucket.read(name) for name in (photo.file.name, report.file.name)}
    assert nothing_on_disk()

    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive), stdout=io.StringIO(), stderr=io.StringIO())
    with tarfile.open(archive) as stored:
        archived = {name: stored.extractfile(backup.MEDIA + name).read() for name in originals}
    assert archived == originals

    # An empty database and an empty bucket: only the archive is left.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    for name in originals:
        bucket.delete(name)
    assert bucket.keys() == set()

    call_command("restore_site", str(archive), stdout=io.StringIO())
    assert bucket.keys() == set(originals)
    assert {name: bucket.read(name) for name in originals} == originals
    restored = get_image_model().objects.get(title="wolontariusze")
    assert restored.file.name == photo.file.name
    assert nothing_on_disk()


def test_erasing_a_person_removes_their_photo_from_the_bucket(
    bucket, django_capture_on_commit_callbacks
):
    photo = ImageFactory(title="Portret")
    rendition = photo.get_rendition("fill-160x160")
    PersonFactory(name="Anna Nowak-Przykładowa", photo=photo)
    assert bucket.keys() == {photo.file.name, rendition.file.name}

    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_person", "Anna Nowak-Przykładowa", stdout=io.StringIO())
    assert bucket.keys() == set()
