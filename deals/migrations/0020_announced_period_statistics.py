from typing import Any

from django.db import migrations

# The breakdowns group by the announcement's year (and quarter). PostgreSQL keeps no statistics
# on an expression unless asked, so it guessed as many groups as deals, planned a sort of every
# row and a grouped pass over them instead of one hash table of a few hundred groups. With the
# expressions' own statistics it knows there are a few dozen years. PostgreSQL only (SQLite
# has no such statistics); ANALYZE fills them now instead of at autovacuum's next visit.
CREATE = (
    "CREATE STATISTICS IF NOT EXISTS deal_announced_period ON "
    "(EXTRACT(year FROM announced_on)), (EXTRACT(quarter FROM announced_on)) FROM deals_deal"
)


def forwards(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)
        schema_editor.execute("ANALYZE deals_deal")


def backwards(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP STATISTICS IF EXISTS deal_announced_period")


class Migration(migrations.Migration):
    dependencies = [
        ("deals", "0019_stats_cover_with_id"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
