"""Removing synthetic rows, and counting them.

Table and column names in the SQL come from model metadata, never from input.
"""

# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import models

from companies.models import (
    Asset,
    AssetAlias,
    Company,
    CompanyAlias,
    StockListing,
    Target,
    TherapeuticArea,
)
from deals.models import (
    AssetUnavailability,
    CompanyFigures,
    Conference,
    ConferenceSeries,
    Deal,
    DealAsset,
    DealParty,
    DealTerritory,
    Region,
    Source,
)
from deals.synthetic.vocabularies import PREFIX


def clear(connection: Any) -> dict[str, int]:
    """Delete synthetic rows with plain SQL; leave every row real data still refers to.

    Plain SQL because the ORM's delete() would write a history row and send signals per
    object. Children of synthetic deals go first (every table whose foreign key to Deal
    cascades), then the deals, then synthetic assets, companies and the vocabulary rows this
    command created, each only when no remaining row refers to it.
    """
    like = f"{PREFIX}%"
    deleted: dict[str, int] = {}

    def delete(model: type[models.Model], where: str, params: Sequence[object] = ()) -> None:
        table = model._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table} WHERE {where}", params)  # nosec B608 - table names from model metadata
            deleted[table] = deleted.get(table, 0) + max(cursor.rowcount, 0)

    def synthetic_unused(model: type[models.Model], *refs: tuple[type[models.Model], str]) -> str:
        """SQL: ``model``'s synthetic rows that no row of ``refs`` (model, column) points at."""
        table = model._meta.db_table
        unused = " ".join(
            f"AND NOT EXISTS (SELECT 1 FROM {ref._meta.db_table} x WHERE x.{col} = {table}.id)"  # nosec B608 - table names from model metadata
            for ref, col in refs
        )
        return f"SELECT id FROM {table} WHERE slug LIKE %s {unused}"  # nosec B608 - table names from model metadata

    deals = f"SELECT id FROM {Deal._meta.db_table} WHERE slug LIKE %s"  # nosec B608 - table names from model metadata
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Deal._meta.db_table} SET headline_source_id = NULL WHERE slug LIKE %s",  # nosec B608 - table names from model metadata
            [like],
        )
    children = [
        rel
        for rel in Deal._meta.related_objects
        if not rel.many_to_many and rel.on_delete is models.CASCADE
    ]
    # Rows pointing at a deal's sources (payments, royalties, events) go before the sources.
    children.sort(key=lambda rel: rel.related_model is Source)
    for rel in children:
        delete(rel.related_model, f"{rel.field.column} IN ({deals})", [like])
    delete(Deal, "slug LIKE %s", [like])

    assets = synthetic_unused(Asset, (DealAsset, "asset_id"))
    for child in (
        Asset.targets.through, Asset.therapeutic_areas.through, AssetAlias, AssetUnavailability,
    ):  # fmt: skip
        delete(child, f"asset_id IN ({assets})", [like])
    delete(Asset, f"id IN ({assets})", [like])

    # A synthetic subsidiary of a synthetic parent goes with it (foreign keys are checked at
    # commit), so only non-synthetic children keep a parent alive.
    company = Company._meta.db_table
    real_children = (
        f"AND NOT EXISTS (SELECT 1 FROM {company} x"  # nosec B608 - table names from model metadata
        f" WHERE x.parent_id = {company}.id AND x.slug NOT LIKE %s)"
    )
    companies = synthetic_unused(Company, (DealParty, "company_id"), (Asset, "owner_id"))
    companies = f"{companies} {real_children}"
    for company_child in (CompanyAlias, StockListing, CompanyFigures):
        delete(company_child, f"company_id IN ({companies})", [like, like])
    delete(Company, f"id IN ({companies})", [like, like])

    # Vocabulary this command created, unless real rows use it now.
    delete(Conference, f"id IN ({synthetic_unused(Conference, (Deal, 'conference_id'))})", [like])
    series = synthetic_unused(ConferenceSeries, (Conference, "series_id"))
    delete(ConferenceSeries, f"id IN ({series})", [like])
    targets = synthetic_unused(Target, (Asset.targets.through, "target_id"))
    delete(Target, f"id IN ({targets})", [like])
    areas = synthetic_unused(
        TherapeuticArea, (Asset.therapeutic_areas.through, "therapeuticarea_id")
    )
    delete(TherapeuticArea, f"id IN ({areas})", [like])
    delete(Region, f"id IN ({synthetic_unused(Region, (DealTerritory, 'region_id'))})", [like])
    return deleted


def count_with_prefix(connection: Any, prefix: str) -> int:
    """Deals whose slug starts with ``prefix`` (``syn-``: all synthetic; ``syn-S-``: seed S)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*) FROM {Deal._meta.db_table} WHERE slug LIKE %s",  # nosec B608 - table names from model metadata
            [f"{prefix}%"],
        )
        (count,) = cursor.fetchone()
    return count
