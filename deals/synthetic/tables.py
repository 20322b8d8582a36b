"""The raw table writer: rows with explicit ids, written by COPY (PostgreSQL) or executemany.

Table and column names in the SQL come from model metadata, never from input.
"""

# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.management.base import CommandError
from django.db import models

from companies.models import Asset, AssetAlias, Company, CompanyAlias, StockListing
from deals import search
from deals.models import (
    Deal,
    DealAsset,
    DealEvent,
    DealParty,
    DealTerritory,
    PaymentComponent,
    Royalty,
    Source,
)
from deals.synthetic.context import Context
from deals.synthetic.vocabularies import PREFIX


class Table:
    """Rows for one table, written with explicit ids by COPY (PostgreSQL) or executemany."""

    def __init__(self, model: type[models.Model], columns: Sequence[str], first_id: int) -> None:
        self.model = model
        self.table = model._meta.db_table
        # Concrete fields with a column, except generated ones (a deal's class), which the
        # database writes itself.
        by_column = {
            f.column: f
            for f in model._meta.concrete_fields
            if f.column is not None and not getattr(f, "generated", False)
        }
        unknown = set(columns) - set(by_column)
        if unknown:
            raise CommandError(f"seed_synthetic: {self.table} has no column(s) {sorted(unknown)}.")
        # Columns added to the model later are filled with their default, or refused clearly.
        self.extra: list[tuple[str, object]] = []
        for column, model_field in by_column.items():
            if column in columns:
                continue
            if not (model_field.has_default() or model_field.null or model_field.blank):
                raise CommandError(
                    f"seed_synthetic does not know how to fill {self.table}.{column}; update it."
                )
            default = model_field.get_default() if model_field.has_default() else None
            if default is None and not model_field.null:
                default = ""
            self.extra.append((column, default))
        self.columns = [*columns, *(c for c, _ in self.extra)]
        self.fields = [by_column[c] for c in self.columns]
        self.extra_values = tuple(v for _, v in self.extra)
        self.rows: list[tuple] = []
        self.next_id = first_id
        self.written = 0

    def add(self, *values: object) -> int:
        """Queue one row (``values`` in the column order given, id first); return its id."""
        row_id = self.next_id
        self.next_id += 1
        self.rows.append((row_id, *values, *self.extra_values))
        return row_id

    def flush(self, connection: Any) -> None:
        if not self.rows:
            return
        names = ", ".join(connection.ops.quote_name(c) for c in self.columns)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {self.table} ({names}) FROM STDIN") as copy:
                    for row in self.rows:
                        copy.write_row(row)
            else:
                preps = [f.get_db_prep_save for f in self.fields]
                placeholders = ", ".join(["%s"] * len(self.columns))
                sql = f"INSERT INTO {self.table} ({names}) VALUES ({placeholders})"  # nosec B608 - table names from model metadata
                prepared = [
                    [prep(v, connection) for prep, v in zip(preps, row, strict=True)]
                    for row in self.rows
                ]
                for start in range(0, len(prepared), 500):
                    cursor.executemany(sql, prepared[start : start + 500])
        self.written += len(self.rows)
        self.rows = []


def next_id(connection: Any, model: type[models.Model]) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT MAX(id) FROM {model._meta.db_table}")  # nosec B608 - table names from model metadata
        (current,) = cursor.fetchone()
    return (current or 0) + 1


class Tables:
    """The tables a run writes, each with its next free id; ``flush`` writes what is queued."""

    def __init__(self, ctx: Context) -> None:
        """Open every table and note the synthetic slugs and tickers the database already holds."""
        self.ctx = ctx
        c = ctx.connection
        asset_targets = Asset.targets.through
        asset_areas = Asset.therapeutic_areas.through

        def table(model: type[models.Model], *columns: str) -> Table:
            return Table(model, ("id", *columns), next_id(c, model))

        self.companies = table(
            Company, "name", "slug", "legal_name", "local_name", "country", "city",
            "company_type", "ownership", "parent_id", "website", "description", "created_at",
            "updated_at",
        )  # fmt: skip
        self.company_aliases = table(
            CompanyAlias, "name", "normalized", "company_id", "kind", "valid_from", "valid_to"
        )
        self.listings = table(StockListing, "company_id", "exchange", "ticker")
        self.assets = table(
            Asset, "name", "slug", "owner_id", "modality", "is_platform", "indications",
            "highest_phase", "description", "created_at", "updated_at",
        )  # fmt: skip
        self.asset_targets = table(asset_targets, "asset_id", "target_id")
        self.asset_areas = table(asset_areas, "asset_id", "therapeuticarea_id")
        self.asset_aliases = table(AssetAlias, "name", "normalized", "asset_id", "kind")
        self.deals = table(
            Deal, "title", "slug", "deal_type", "exclusive", "status", "visibility", "signed_on",
            "announced_on", "conference_id", "summary", "analyst_notes", "headline_amount",
            "headline_currency", "headline_amount_usd", "headline_source_id", "headline_quote",
            "created_by_id", "created_at", "updated_at", "version",
        )  # fmt: skip
        self.sources = table(
            Source, "deal_id", "url", "publisher", "title", "published_on", "language", "quote"
        )
        self.parties = table(
            DealParty, "deal_id", "company_id", "role", "name_as_reported", "order"
        )
        self.deal_assets = table(DealAsset, "deal_id", "asset_id", "phase_at_signing")
        self.territories = table(DealTerritory, "deal_id", "region_id", "country", "excluded")
        self.payments = table(
            PaymentComponent, "deal_id", "kind", "disclosed", "amount", "currency", "amount_usd",
            "contingent", "source_id", "quote", "note", "order",
        )  # fmt: skip
        self.royalties = table(
            Royalty, "deal_id", "disclosed", "min_pct", "max_pct", "tiered", "wording", "source_id"
        )
        self.events = table(
            DealEvent, "deal_id", "kind", "date", "description", "amount", "currency", "source_id"
        )
        self.all_tables = [
            self.companies, self.company_aliases, self.listings, self.assets, self.asset_targets,
            self.asset_areas, self.asset_aliases, self.deals, self.sources, self.parties,
            self.deal_assets, self.territories, self.payments, self.royalties, self.events,
        ]  # fmt: skip
        with c.cursor() as cursor:
            for model in (Company, Asset):
                cursor.execute(
                    f"SELECT slug FROM {model._meta.db_table} WHERE slug LIKE %s",  # nosec B608 - table names from model metadata
                    [f"{PREFIX}%"],
                )
                ctx.used_slugs.update(slug for (slug,) in cursor.fetchall())
            cursor.execute(f"SELECT exchange, ticker FROM {StockListing._meta.db_table}")  # nosec B608 - table names from model metadata
            ctx.used_tickers.update(cursor.fetchall())

    def flush(self) -> None:
        """Write every queued row; then the new deals' measures and search documents."""
        using = self.ctx.using
        first_deal = self.deals.next_id - len(self.deals.rows)
        for t in self.all_tables:
            t.flush(self.ctx.connection)
        if self.deals.next_id > first_deal:
            # COPY sends no signals: write the new deals' money measures (deals/measures.py)
            # from their payments, in one set-based UPDATE per chunk.
            Deal.objects.using(using).filter(
                pk__gte=first_deal, pk__lt=self.deals.next_id
            ).refresh_totals()
            # ... and their search documents (deals/search.py), which no signal writes either.
            search.refresh_documents(range(first_deal, self.deals.next_id), using=using)
