from django.db import migrations

from home.roles import create_roles


def update_roles(apps, schema_editor):
    create_roles(apps)


class Migration(migrations.Migration):
    """Authors and the claims register join the records editors write and
    translators translate (home/roles.py); create_roles is idempotent."""

    dependencies = [
        ("home", "0003_record_permissions"),
        ("stories", "0001_newsroom"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
