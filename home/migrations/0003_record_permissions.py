from django.db import migrations

from home.roles import create_roles


def update_roles(apps, schema_editor):
    create_roles(apps)


class Migration(migrations.Migration):
    """Editors, moderators and translators get their permissions on the library's
    records (see home/roles.py); create_roles is idempotent."""

    dependencies = [
        ("home", "0002_site_tree_and_roles"),
        ("practices", "0001_initial"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
