"""Full-text search: an FTS5 table on SQLite, a GIN expression index on PostgreSQL.

Both read ``bounty.search_document``, which the services keep up to date; the FTS5 rows are
written by the services too (``bounties.search``), keyed by the bounty id.
"""

from django.db import migrations


def create_search_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS bounties_bounty_fts USING fts5("
            "search_document, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS bounty_search_gin ON bounties_bounty "
            "USING GIN (to_tsvector('simple'::regconfig, search_document))"
        )


def drop_search_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS bounties_bounty_fts")
    elif vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS bounty_search_gin")


class Migration(migrations.Migration):
    dependencies = [("bounties", "0001_initial")]
    operations = [migrations.RunPython(create_search_index, drop_search_index)]
