"""One seeding run: clear earlier synthetic rows, generate and write N deals, tidy up after COPY."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.management.color import no_style
from django.db import transaction

from companies.models import Asset, AssetAlias, Company, CompanyAlias, StockListing
from core.result_cache import bump_data_version
from deals.analytics import facts as analytics_facts
from deals.models import (
    AssetUnavailability,
    CompanyFigures,
    Deal,
    DealAsset,
    DealEvent,
    DealParty,
    DealTerritory,
    PaymentComponent,
    Royalty,
    Source,
)
from deals.profiles import stored as profiles_stored
from deals.rights import stored as rights_stored
from deals.synthetic.clearing import clear
from deals.synthetic.companies import Companies
from deals.synthetic.context import Context
from deals.synthetic.deals import Deals
from deals.synthetic.progress import Progress
from deals.synthetic.reference import Reference
from deals.synthetic.tables import Tables


def seed_deals(
    n: int,
    seed: int,
    *,
    connection: Any,
    using: str,
    chunk: int,
    clear_first: bool,
    on_cleared: Callable[[dict[str, int]], None],
    progress_stream: Any,
    verbose: bool,
    stored: bool = True,
) -> dict[str, int]:
    """Write ``n`` deals for ``seed`` in one transaction; return the rows written per table.

    ``clear_first`` removes the synthetic rows already present first and reports what went to
    ``on_cleared``; progress goes to ``progress_stream`` when ``verbose``. ``stored=False``
    leaves the stored tables derived from the deals (rights availability, analytics groups,
    company figures) empty for the ``rebuild_*`` commands: at 1M deals the rights alone take
    longer than writing the deals, and the deal list and its search read none of them.
    """
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql":
            # Explicit ids: keep other writers out of these tables until we commit.
            tables = ", ".join(
                m._meta.db_table
                for m in (
                    Company, CompanyAlias, StockListing, Asset, Asset.targets.through,
                    Asset.therapeutic_areas.through, AssetAlias, Deal, Source, DealParty,
                    DealAsset, DealTerritory, PaymentComponent, Royalty, DealEvent,
                )
            )  # fmt: skip
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {tables} IN SHARE ROW EXCLUSIVE MODE")
        if clear_first:
            on_cleared(clear(connection))
        # The order of these steps is the order of the random draws: keep it.
        ctx = Context(seed, n, connection, using)
        reference = Reference(ctx)
        writer = Tables(ctx)
        companies = Companies(ctx, writer, reference)
        deals = Deals(ctx, writer, reference, companies)
        companies.make()
        writer.flush()
        progress = Progress(progress_stream, n, "deals", verbose)
        for start in range(0, n, chunk):
            for i in range(start, min(n, start + chunk)):
                deals.deal(i)
            writer.flush()
            progress.update(min(n, start + chunk))
        statements = connection.ops.sequence_reset_sql(
            no_style(), [t.model for t in writer.all_tables]
        )
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
        availability = figures = 0
        if stored:
            if connection.vendor == "postgresql":
                # Statistics before the rebuilds: without them the planner takes the freshly
                # filled tables for empty when it plans the rebuilds' per-company queries
                # (ANALYZE, unlike VACUUM, may run here). Without rebuilds, the statistics
                # come from the VACUUM (ANALYZE) below alone.
                with connection.cursor() as cursor:
                    cursor.execute(f"ANALYZE {', '.join(t.table for t in writer.all_tables)}")
            # COPY sends no signals: derive the stored availability behind available_in
            # (deals/rights/stored.py) for the whole data set.
            availability = rights_stored.rebuild(using)
            # ... and the stored analytics groups (deals/analytics/facts.py).
            analytics_facts.rebuild(using)
            # Likewise each company's stored profile figures (deals/profiles/stored.py).
            figures = profiles_stored.rebuild(using)
    if connection.vendor == "postgresql":
        # Fresh statistics, or the planner guesses from an empty table; VACUUM also sets
        # the visibility map so that counts can use index-only scans right away (it cannot
        # run inside a transaction, e.g. a test's).
        verb = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
        with connection.cursor() as cursor:
            cursor.execute(f"{verb} {', '.join(t.table for t in writer.all_tables)}")
    # COPY sends no model signals: tell the result cache that the data changed.
    bump_data_version()
    written = {t.table: t.written for t in writer.all_tables}
    written[AssetUnavailability._meta.db_table] = availability
    written[CompanyFigures._meta.db_table] = figures
    return written
