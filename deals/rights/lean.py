"""The rights derivation's input read as plain rows: every deal that can shape an asset's rights.

The derivation needs only what :class:`~deals.rights.derive.DealFacts` holds, so the deals are
read as tuples (``values_list``), far faster at scale than model instances with prefetches
(README, "Figures behind design choices"). Both the stored availability behind ``available_in``
(deals/rights/stored.py) and the rights maps of pages and the API (deals/rights/load.py, which
then loads instances only for the rows it shows) read here. tests/test_rights_lean.py holds this
reading equal to one built from model instances.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db.models import QuerySet

from companies.models import Asset
from deals.models import Deal, DealAsset, DealEvent, DealParty, DealTerritory
from deals.rights.dealfacts import TAKEOVER_ROUNDS, TAKEOVERS, effective_date, facts_from
from deals.rights.derive import DealFacts, Kind


def _rows(
    ids: Iterable[int],
) -> tuple[dict[int, DealFacts | None], dict[int, set[int]], set[int]]:
    """Facts of the deals ``ids``, the companies taking part in each, and which of them are
    company takeovers (acquisitions and mergers)."""
    ids = sorted(ids)
    # The deals with their parties in one statement (a deal without parties comes back once,
    # with an empty party): one round trip fewer per round of the takeover search.
    deal_rows: dict[int, tuple[str, str, tuple[date | None, str], bool | None]] = {}
    parties: dict[int, list[tuple[str, int | None]]] = {}
    for (
        pk, deal_type, status, signed_on, signed_precision, announced_on, announced_precision,
        exclusive, role, company_id,
    ) in (
        Deal.objects.filter(pk__in=ids)
        .order_by("parties__order", "parties__pk")
        .values_list(
            "pk", "deal_type", "status", "signed_on", "signed_on_precision", "announced_on",
            "announced_on_precision", "exclusive", "parties__role", "parties__company_id",
        )
    ):  # fmt: skip
        effective = effective_date(signed_on, signed_precision, announced_on, announced_precision)
        deal_rows[pk] = (deal_type, status, effective, exclusive)
        if role is not None:
            parties.setdefault(pk, []).append((role, company_id))
    lines: dict[int, list[tuple[str, bool, Iterable[str] | None]]] = {}
    # Territory lines in any order: they become sets of countries.
    for deal_id, code, raw, country, excluded in (
        DealTerritory.objects.filter(deal_id__in=ids).order_by()
    ).values_list("deal_id", "region__code", "region__countries", "country", "excluded"):
        # A multiple CountryField reads back as "CN,HK,MO,TW" from values_list.
        members = [m for m in raw.split(",") if m] if isinstance(raw, str) else list(raw or [])
        lines.setdefault(deal_id, []).append(
            (code or str(country), excluded, members if code else None)
        )
    events: dict[int, list[tuple[str, date | None]]] = {}
    vague: dict[int, list[tuple[date, str]]] = {}
    for deal_id, kind, day, precision in (
        DealEvent.objects.filter(deal_id__in=ids)
        .order_by("date", "pk")
        .values_list("deal_id", "kind", "date", "date_precision")
    ):
        events.setdefault(deal_id, []).append((kind, day))
        if day is not None and precision != "day":
            vague.setdefault(deal_id, []).append((day, precision))
    found: dict[int, DealFacts | None] = {}
    takeovers: set[int] = set()
    for pk, (deal_type, status, (when, known_to), exclusive) in deal_rows.items():
        found[pk] = facts_from(
            pk, deal_type, status, when, exclusive,
            parties.get(pk, []), lines.get(pk, []), events.get(pk, []),
            known_to, tuple(vague.get(pk, ())),
        )  # fmt: skip
        if deal_type in TAKEOVERS:
            takeovers.add(pk)
    companies = {pk: {c for _, c in rows if c} for pk, rows in parties.items()}
    return found, companies, takeovers


@dataclass
class AssetInputs:
    """What the derivation replays for one asset, and the licenses it cannot place."""

    facts: list[DealFacts] = field(default_factory=list)
    # Licensing deals of the asset that move rights but have no territory on record (shown
    # under the rights table, never guessed into it).
    without_territory: list[int] = field(default_factory=list)


def facts_by_asset(assets: list[Asset], visible: QuerySet[Deal]) -> dict[int, list[DealFacts]]:
    """The facts the derivation replays for each of ``assets`` (see :func:`inputs_by_asset`)."""
    return {pk: found.facts for pk, found in inputs_by_asset(assets, visible).items()}


def inputs_by_asset(assets: list[Asset], visible: QuerySet[Deal]) -> dict[int, AssetInputs]:
    """For each of ``assets``: its own visible deals and the takeovers that can touch it (of
    its originator or of any party to its deals, and of whoever acquired them, a few rounds
    deep), leaving out deals that move no rights; licenses without a territory are set apart."""
    links: dict[int, set[int]] = {}
    for deal_id, asset_id in DealAsset.objects.filter(
        asset__in=assets, deal__in=visible.values("pk")
    ).values_list("deal_id", "asset_id"):
        links.setdefault(asset_id, set()).add(deal_id)
    own = {deal_id for ids in links.values() for deal_id in ids}
    facts, companies, takeover_ids = _rows(own)
    involved = {a.owner_id for a in assets if a.owner_id}
    for ids in companies.values():
        involved |= ids
    loaded = set(own)
    for _ in range(TAKEOVER_ROUNDS):
        # The deals where these companies are the target first (a few rows from the party
        # index), then which of them are visible takeovers: asked in one statement, PostgreSQL
        # may scan every visible deal to join them.
        targeted = set(
            DealParty.objects.filter(role="target", company__in=involved)
            .exclude(deal_id__in=loaded)
            .order_by()
            .values_list("deal_id", flat=True)
        )
        new = (
            set(
                visible.filter(pk__in=targeted, deal_type__in=TAKEOVERS)
                .order_by()
                .values_list("pk", flat=True)
            )
            if targeted
            else set()
        )
        if not new:
            break
        more, more_companies, more_takeovers = _rows(new)
        facts.update(more)
        companies.update(more_companies)
        takeover_ids |= more_takeovers
        loaded |= new
        for pk in new:
            involved |= more_companies.get(pk, set())
    takeovers_of: dict[int, list[int]] = {}
    for pk in takeover_ids:
        fact = facts.get(pk)
        if fact is not None and fact.grantor is not None:
            takeovers_of.setdefault(fact.grantor, []).append(pk)
    result: dict[int, AssetInputs] = {}
    for asset in assets:
        mine = [pk for pk in sorted(links.get(asset.pk, ())) if pk not in takeover_ids]
        found = AssetInputs()
        start = {asset.owner_id} if asset.owner_id else set()
        for pk in mine:
            start |= companies.get(pk, set())
        seen: set[int] = set()
        todo = list(start)
        while todo:
            for pk in takeovers_of.get(todo.pop(), []):
                if pk not in seen:
                    seen.add(pk)
                    todo += list(companies.get(pk, set()))
        for pk in [*mine, *sorted(seen)]:
            fact = facts.get(pk)
            if fact is None:
                continue
            if fact.kind is not Kind.ACQUISITION and not fact.countries:
                found.without_territory.append(pk)
                continue
            found.facts.append(fact)
        result[asset.pk] = found
    return result
