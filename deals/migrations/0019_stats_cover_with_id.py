from typing import Any

from django.db import migrations

# deal_stats_cover (0017) was meant to let the statistics read the index instead of the wide
# deal table, but their per-deal rows also read the deal's id (to join its payments and its
# stored groups), which was not in the index: PostgreSQL read the whole table. With the id
# included the statistics and the breakdowns are index-only scans. PostgreSQL only: SQLite
# has no INCLUDE columns.
WITH_ID = (
    "CREATE INDEX IF NOT EXISTS deal_stats_cover ON deals_deal (deal_class, visibility) "
    "INCLUDE (id, status, announced_on, conference_id, deal_type, headline_amount, "
    "headline_amount_usd, upfront_usd, disclosed_usd, total_potential_usd)"
)
WITHOUT_ID = (
    "CREATE INDEX IF NOT EXISTS deal_stats_cover ON deals_deal (deal_class, visibility) "
    "INCLUDE (status, announced_on, conference_id, deal_type, headline_amount, "
    "headline_amount_usd, upfront_usd, disclosed_usd, total_potential_usd)"
)


def _replace(schema_editor: Any, definition: str) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS deal_stats_cover")
        schema_editor.execute(definition)


def forwards(apps: Any, schema_editor: Any) -> None:
    _replace(schema_editor, WITH_ID)


def backwards(apps: Any, schema_editor: Any) -> None:
    _replace(schema_editor, WITHOUT_ID)


class Migration(migrations.Migration):
    dependencies = [
        ("deals", "0018_company_figures"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
