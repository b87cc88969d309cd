from django.db import migrations

from home.roles import create_roles


def update_roles(apps, schema_editor):
    create_roles(apps)


class Migration(migrations.Migration):
    """Moderators manage the editors' picks in search (home/roles.py);
    create_roles is idempotent."""

    dependencies = [
        ("home", "0005_home_page_curation"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
