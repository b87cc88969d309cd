"""The Polish home page as the site's root, and the newsroom's roles.

The other languages' trees are mirrored from this one by ``sync_languages``,
which also gives each translator group its tree."""

from django.db import migrations

from home.roles import create_roles


def create_home_and_roles(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("home", "HomePage")

    if not HomePage.objects.exists():
        # Replace the placeholder page Wagtail's first migration creates.
        Page.objects.filter(depth=2, content_type__model="page").delete()
        content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
        root = Page.objects.get(depth=1)
        position = Page.objects.filter(depth=2).count() + 1
        home = HomePage.objects.create(
            title="Miasta i regiony na rzecz integracji",
            draft_title="Miasta i regiony na rzecz integracji",
            slug="strona-glowna",
            content_type=content_type,
            path=f"{root.path}{position:04d}",
            depth=2,
            numchild=0,
            url_path="/strona-glowna/",
            locale=Locale.objects.get(language_code="pl"),
            live=True,
        )
        root.numchild = Page.objects.filter(depth=2).count()
        root.save(update_fields=["numchild"])
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page_id": home.id},
        )
    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_home_and_roles, migrations.RunPython.noop)]
