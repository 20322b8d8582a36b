# A covering index on deal ids for the company profile (deals/profiles/profile.py): its counts
# reach the deals from the company's party rows, one id at a time, and with the columns they
# filter and group on inside the index PostgreSQL looks each deal up (index only) instead of
# scanning every deal; at 100k deals a profile count went from ~300 ms to ~20 ms
# (docs/rights.md). PostgreSQL only: SQLite has no INCLUDE columns, and an index on the
# primary key alone would add nothing.
from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS deal_profile_cover ON deals_deal (id) "
    "INCLUDE (visibility, status, deal_class, announced_on)"
)
DROP = "DROP INDEX IF EXISTS deal_profile_cover"


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("deals", "0015_stored_availability")]

    operations = [migrations.RunPython(add_index, remove_index)]
