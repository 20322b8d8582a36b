"""An asset's rights map from the database: the deals a reader may see, replayed on a date.

Only ``Deal.objects.visible_to(user)`` enters the derivation, so an internal deal never shapes
what an outsider sees. Besides the asset's own deals, acquisitions of any company that ever
held rights in it are read too: an acquisition moves everything the target held, whether or
not the deal lists the asset.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Prefetch, QuerySet

from companies.models import Asset, Company
from core.api.fields import api_url
from deals.models import Deal, DealAsset, DealParty
from deals.rights.derive import DealFacts, HolderBlock, Kind, RightsMap, derive
from deals.rights.territory import ALL_COUNTRIES, compact, describe, expand

KINDS: dict[str, Kind] = {
    Deal.Type.LICENSE: Kind.LICENSE,
    Deal.Type.COLLABORATION: Kind.LICENSE,
    Deal.Type.PLATFORM_LICENSE: Kind.LICENSE,
    Deal.Type.OPTION: Kind.OPTION,
    Deal.Type.ACQUISITION: Kind.ACQUISITION,
    Deal.Type.MERGER: Kind.ACQUISITION,
    Deal.Type.ASSET_PURCHASE: Kind.ACQUISITION,
}
TAKEOVERS = (Deal.Type.ACQUISITION, Deal.Type.MERGER)
GIVERS, TAKERS = ("licensor", "target"), ("licensee", "acquirer")
# How many rounds of "who acquired the acquirer" are followed.
_TAKEOVER_ROUNDS = 4


def _deals(visible: QuerySet[Deal]) -> QuerySet[Deal]:
    return visible.select_related(None).prefetch_related(
        Prefetch("parties", queryset=DealParty.objects.select_related("company")),
        "territories__region",
        "events",
        "sources",
    )


def _first(
    parties: list[tuple[str, int | None]], roles: tuple[str, ...]
) -> tuple[bool, int | None]:
    """Whether a deal has a party in one of ``roles`` (tried in order), and its company id
    (None: undisclosed)."""
    for role in roles:
        for party_role, company_id in parties:
            if party_role == role:
                return True, company_id
    return False, None


def facts_from(
    pk: int,
    deal_type: str,
    status: str,
    effective: date | None,
    exclusive: bool | None,
    parties: list[tuple[str, int | None]],
    lines: Sequence[tuple[str, bool, Iterable[str] | None]],
    events: list[tuple[str, date | None]],
) -> DealFacts | None:
    """What a deal says about rights, from plain values: its parties as (role, company id) in
    their order, its territory lines as (code, excluded, region members or None)."""
    kind = KINDS.get(deal_type, Kind.NONE)
    has_giver, giver = _first(parties, GIVERS)
    has_taker, taker = _first(parties, TAKERS)
    if kind is Kind.NONE or not (has_giver and has_taker):
        return None  # an equity stake, or a co-development between partners: no rights move
    included: list[str] = []
    excluded: list[str] = []
    members: dict[str, Iterable[str]] = {}
    for code, is_excluded, region_members in lines:
        if region_members is not None:
            members[code] = [str(c) for c in region_members]
        (excluded if is_excluded else included).append(code)
    return DealFacts(
        id=pk,
        kind=kind,
        status=status,
        effective=effective,
        grantor=giver,
        grantee=taker,
        countries=expand(included, excluded, members),
        excluded=expand(excluded, [], members) if included else frozenset(),
        exclusive=exclusive,
        events=tuple(events),
    )


def facts(deal: Deal) -> DealFacts | None:
    """What ``deal`` (with its prefetched parties, territory and events) says about rights."""
    lines = []
    for line in deal.territories.all():
        region = line.region if line.region_id else None
        members = [str(c) for c in region.countries] if region is not None else None
        lines.append((line.code, line.excluded, members))
    return facts_from(
        deal.pk,
        deal.deal_type,
        deal.status,
        deal.signed_on or deal.announced_on,
        deal.exclusive,
        [(p.role, p.company_id) for p in deal.parties.all()],
        lines,
        [(event.kind, event.date) for event in deal.events.all()],
    )


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


def load_deals(
    assets: list[Asset], visible: QuerySet[Deal]
) -> tuple[dict[int, Deal], dict[int, set[int]]]:
    """The visible deals that shape these assets' rights: their own, then takeovers of any
    company taking part in them (and of those companies' acquirers, a few rounds deep), with
    the assets each of their own deals covers."""
    links: dict[int, set[int]] = {}
    rows = DealAsset.objects.filter(asset__in=assets, deal__in=visible.values("pk"))
    for deal_id, asset_id in rows.values_list("deal_id", "asset_id"):
        links.setdefault(deal_id, set()).add(asset_id)
    deals = {d.pk: d for d in _deals(visible.filter(pk__in=links.keys())).order_by("pk")}
    companies = {asset.owner_id for asset in assets if asset.owner_id}
    for _ in range(_TAKEOVER_ROUNDS):
        for deal in deals.values():
            companies |= {p.company_id for p in deal.parties.all() if p.company_id}
        takeovers = (
            visible.filter(
                deal_type__in=TAKEOVERS,
                parties__role="target",
                parties__company__in=companies,
            )
            .exclude(pk__in=deals.keys())
            .distinct()
        )
        found = {d.pk: d for d in _deals(takeovers)}
        if not found:
            break
        deals.update(found)
    return deals, links


def rights_for_assets(
    assets: list[Asset],
    visible: QuerySet[Deal],
    as_of: date,
    countries: frozenset[str] = ALL_COUNTRIES,
) -> dict[int, AssetRights]:
    """The rights maps of ``assets`` on ``as_of`` from the ``visible`` deals, loaded together
    (a constant number of queries for any number of assets); only for ``countries`` if given."""
    deals, links = load_deals(assets, visible)
    # A takeover moves whatever the target held, whichever assets the deal itself lists.
    takeovers = [d for d in deals.values() if d.deal_type in TAKEOVERS]
    companies = _companies(deals.values(), assets)
    facts_of = {pk: facts(deal) for pk, deal in deals.items()}
    result: dict[int, AssetRights] = {}
    by_asset: dict[int, list[Deal]] = {}
    for pk, asset_ids in links.items():
        if deals[pk].deal_type not in TAKEOVERS:
            for asset_id in asset_ids:
                by_asset.setdefault(asset_id, []).append(deals[pk])
    takeovers_of: dict[int, list[Deal]] = {}
    for deal in takeovers:
        fact = facts_of[deal.pk]
        if fact is not None and fact.grantor is not None:
            takeovers_of.setdefault(fact.grantor, []).append(deal)
    for asset in assets:
        mine = by_asset.get(asset.pk, [])
        deal_facts = []
        without_territory = []
        for deal in [*mine, *_relevant(asset, mine, takeovers_of)]:
            fact = facts_of[deal.pk]
            if fact is None:
                continue
            if fact.kind is not Kind.ACQUISITION and not fact.countries:
                without_territory.append(deal)
                continue
            deal_facts.append(fact)
        rights = derive(asset.owner_id, deal_facts, as_of, countries)
        result[asset.pk] = AssetRights(
            asset=asset,
            rights=rights,
            rows=[_row(block, companies, deals) for block in rights.holders],
            owner=companies.get(rights.owner) if rights.owner else None,
            without_territory=sorted(without_territory, key=lambda d: d.announced_on or date.min),
            deals=deals,
        )
    return result


def _relevant(asset: Asset, mine: list[Deal], takeovers_of: dict[int, list[Deal]]) -> list[Deal]:
    """The takeovers that can touch this asset: of its originator or a party to its deals, and
    of whoever acquired them, and so on."""
    companies = {asset.owner_id} if asset.owner_id else set()
    for deal in mine:
        companies |= {p.company_id for p in deal.parties.all() if p.company_id}
    found: dict[int, Deal] = {}
    todo = list(companies)
    while todo:
        for deal in takeovers_of.get(todo.pop(), []):
            if deal.pk not in found:
                found[deal.pk] = deal
                todo += [p.company_id for p in deal.parties.all() if p.company_id]
    return list(found.values())


def asset_rights(asset: Asset, visible: QuerySet[Deal], as_of: date) -> AssetRights:
    """The rights map of ``asset`` on ``as_of`` from the ``visible`` deals."""
    return rights_for_assets([asset], visible, as_of)[asset.pk]


def _companies(deals: Iterable[Deal], assets: list[Asset]) -> dict[int, Company]:
    found: dict[int, Company] = {}
    for asset in assets:
        if asset.owner_id and asset.owner is not None:
            found[asset.owner_id] = asset.owner
    for deal in deals:
        for party in deal.parties.all():
            if party.company is not None:
                found[party.company.pk] = party.company
    return found


def _row(block: HolderBlock, companies: dict[int, Company], deals: dict[int, Deal]) -> Row:
    territory = compact(block.countries)
    return Row(
        company=companies.get(block.company) if block.company else None,
        basis=block.basis.value,
        since=block.since,
        deal=deals.get(block.deal) if block.deal else None,
        territory=territory,
        label=describe(territory),
        countries=block.countries,
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
            "url": absolute(value.get_absolute_url()),
            "api_url": api_url("deal-detail", value.slug, request),
            "sources": [
                {"url": s.url, "publisher": s.publisher, "title": s.title,
                 "published_on": s.published_on}
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
                "deal": deal(row.deal),
                "basis": row.basis,
            }
            for row in rights.rows
        ],
        "unlicensed": sorted(rights.rights.unlicensed),
    }
