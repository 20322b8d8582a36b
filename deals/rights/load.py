"""An asset's rights map from the database: the deals a reader may see, replayed on a date.

Only ``Deal.objects.visible_to(user)`` enters the derivation, so an internal deal never shapes
what an outsider sees. Besides the asset's own deals, acquisitions of any company that ever
held rights in it are read too: an acquisition moves everything the target held, whether or
not the deal lists the asset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import QuerySet

from companies.models import Asset, Company
from core.api.fields import api_url
from deals.dates import format_precise
from deals.models import Deal
from deals.rights.derive import HolderBlock, RightsMap, derive
from deals.rights.lean import inputs_by_asset
from deals.rights.territory import ALL_COUNTRIES, compact, describe


@dataclass
class Row:
    """One row of the rights table, ready to show or serialise."""

    company: Company | None
    basis: str
    since: date | None
    deal: Deal | None
    territory: dict[str, list[str]]
    label: str
    countries: frozenset[str]
    since_precision: str = "day"

    @property
    def since_label(self) -> str:
        """ "Jan 12, 2026", or "Jan 2026" when the deal date or event (a closing, an option's
        exercise) the holding starts at is known only to the month."""
        return format_precise(self.since, self.since_precision)


@dataclass
class AssetRights:
    """An asset's rights map with the objects its rows refer to."""

    asset: Asset
    rights: RightsMap
    rows: list[Row] = field(default_factory=list)
    owner: Company | None = None
    # Licensing deals that move rights but have no territory on record.
    without_territory: list[Deal] = field(default_factory=list)
    deals: dict[int, Deal] = field(default_factory=dict)

    @property
    def unlicensed_territory(self) -> dict[str, list[str]]:
        return compact(self.rights.unlicensed)

    @property
    def unlicensed_label(self) -> str:
        return describe(self.unlicensed_territory)


def rights_for_assets(
    assets: list[Asset],
    visible: QuerySet[Deal],
    as_of: date,
    countries: frozenset[str] = ALL_COUNTRIES,
    *,
    with_deals: bool = True,
) -> dict[int, AssetRights]:
    """The rights maps of ``assets`` on ``as_of`` from the ``visible`` deals, loaded together
    (a constant number of queries for any number of assets); only for ``countries`` if given.

    The derivation replays plain rows (:mod:`deals.rights.lean`); model instances are loaded
    only for what the maps show: their holders, the deals behind them and their conflicts.
    ``with_deals=False`` is for a page that names the holders only (the compare table): no
    deal is loaded, so each row's ``deal``, ``deals`` and ``without_territory`` are empty."""
    inputs = inputs_by_asset(assets, visible)
    maps = {
        asset.pk: derive(asset.owner_id, inputs[asset.pk].facts, as_of, countries)
        for asset in assets
    }
    deal_ids: set[int] = set()
    company_ids: set[int] = set()
    for asset in assets:
        found = maps[asset.pk]
        deal_ids.update(block.deal for block in found.holders if block.deal)
        company_ids.update(block.company for block in found.holders if block.company)
        for conflict in found.conflicts:
            deal_ids.update((conflict.standing_deal, conflict.conflicting_deal))
        deal_ids.update(inputs[asset.pk].without_territory)
    deals = (
        {
            deal.pk: deal
            for deal in visible.select_related(None)
            .filter(pk__in=deal_ids)
            .prefetch_related("sources")
            .order_by()
        }
        if with_deals
        else {}
    )
    companies: dict[int, Company] = {}
    for asset in assets:
        if asset.owner_id and asset.owner is not None:
            companies[asset.owner_id] = asset.owner
    missing = company_ids - companies.keys()
    if missing:
        companies.update(Company.objects.in_bulk(missing))
    result: dict[int, AssetRights] = {}
    for asset in assets:
        rights = maps[asset.pk]
        result[asset.pk] = AssetRights(
            asset=asset,
            rights=rights,
            rows=[_row(block, companies, deals) for block in rights.holders],
            owner=companies.get(rights.owner) if rights.owner else None,
            without_territory=sorted(
                (deals[pk] for pk in inputs[asset.pk].without_territory if pk in deals),
                key=lambda d: d.announced_on or date.min,
            ),
            deals=deals,
        )
    return result


def asset_rights(asset: Asset, visible: QuerySet[Deal], as_of: date) -> AssetRights:
    """The rights map of ``asset`` on ``as_of`` from the ``visible`` deals."""
    return rights_for_assets([asset], visible, as_of)[asset.pk]


def _row(
    block: HolderBlock,
    companies: dict[int, Company],
    deals: dict[int, Deal],
) -> Row:
    territory = compact(block.countries)
    deal = deals.get(block.deal) if block.deal else None
    return Row(
        company=companies.get(block.company) if block.company else None,
        basis=block.basis.value,
        since=block.since,
        deal=deal,
        territory=territory,
        label=describe(territory),
        countries=block.countries,
        since_precision=block.since_precision,
    )


def as_json(rights: AssetRights, request: Any = None) -> dict[str, Any]:
    """The rights map as ``GET /api/v1/assets/<slug>/rights/`` writes it (docs/contract.md)."""

    def absolute(path: str) -> str:
        return request.build_absolute_uri(path) if request is not None else path

    def company(value: Company | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {
            "id": value.pk, "slug": value.slug, "name": value.name,
            "country": str(value.country) or None,
            "url": absolute(value.get_absolute_url()),
        }  # fmt: skip

    def deal(value: Deal | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {
            "id": value.pk, "slug": value.slug, "title": value.title,
            "deal_type": value.deal_type, "status": value.status,
            "announced_on": value.announced_on,
            "announced_on_precision": value.announced_on_precision,
            "url": absolute(value.get_absolute_url()),
            "api_url": api_url("deal-detail", value.slug, request),
            "sources": [
                {"url": s.url, "publisher": s.publisher, "title": s.title,
                 "published_on": s.published_on,
                 "published_on_precision": s.published_on_precision}
                for s in value.sources.all()
            ],
        }  # fmt: skip

    asset = rights.asset
    return {
        "asset": {
            "id": asset.pk,
            "slug": asset.slug,
            "name": asset.name,
            "owner": company(asset.owner if asset.owner_id else None),
            "url": absolute(asset.get_absolute_url()),
        },
        "as_of": rights.rights.as_of,
        "holders": [
            {
                "company": company(row.company),
                "territory": row.territory,
                "since": row.since,
                "since_precision": row.since_precision,
                "deal": deal(row.deal),
                "basis": row.basis,
            }
            for row in rights.rows
        ],
        "unlicensed": sorted(rights.rights.unlicensed),
    }
