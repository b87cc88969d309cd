from django.db import migrations

from home.roles import create_roles


def update_roles(apps, schema_editor):
    create_roles(apps)


class Migration(migrations.Migration):
    """Every snippet can be locked now: editors and translators lock, moderators
    also unlock (home/roles.py); create_roles is idempotent."""

    dependencies = [
        ("home", "0007_records_keep_revisions_and_lock"),
        ("practices", "0002_records_keep_revisions_and_lock"),
        ("stories", "0003_records_keep_revisions_and_lock"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
