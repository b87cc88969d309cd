from django.db import migrations


def install(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search import postgres

    postgres.install(schema_editor.connection)


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search import postgres

    postgres.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    """The Polish text-search configuration on PostgreSQL (see search/postgres.py);
    nothing on SQLite."""

    dependencies = []

    operations = [migrations.RunPython(install, uninstall, elidable=False)]
