from typing import Any

from django.db import migrations

# A conference page totals its deals and breaks them down by licensor country and modality for
# it and its previous edition. At 1M deals the busiest editions hold thousands of deals each:
# reading them through deal_conference_recent_id fetched every row from the wide deal table,
# and each deal's stored group row from the group table, which was most of the page's time.
# These two indexes hold every column those statements read, so both are index-only scans
# (README, "Statistics pages without a cache"; tests/test_stats_plans.py checks the columns).
# PostgreSQL only: SQLite has no INCLUDE columns.
CREATE = (
    "CREATE INDEX IF NOT EXISTS deal_conference_cover ON deals_deal (conference_id, visibility) "
    "INCLUDE (id, deal_class, status, announced_on, headline_amount, headline_currency, "
    "headline_amount_usd, upfront_usd, disclosed_usd, total_potential_usd)",
    "CREATE INDEX IF NOT EXISTS groupfact_deal_cover ON deals_dealgroupfact (deal_id, dimension) "
    "INCLUDE (grp, is_first)",
)
DROP = (
    "DROP INDEX IF EXISTS deal_conference_cover",
    "DROP INDEX IF EXISTS groupfact_deal_cover",
)


def _run(schema_editor: Any, statements: tuple[str, ...]) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for statement in statements:
            schema_editor.execute(statement)


def forwards(apps: Any, schema_editor: Any) -> None:
    _run(schema_editor, CREATE)


def backwards(apps: Any, schema_editor: Any) -> None:
    _run(schema_editor, DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("deals", "0024_status_visibility_index"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
