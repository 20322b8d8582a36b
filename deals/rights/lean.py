"""The rights derivation's input read as plain rows, for filters over thousands of assets.

:mod:`deals.rights.load` builds model instances (with sources, for pages and the API); the
stored availability behind ``available_in`` (deals/rights/stored.py) needs only what
:class:`~deals.rights.derive.DealFacts` holds, so it reads tuples, far faster at scale
(README, "Figures behind design choices"). Both paths share
:func:`deals.rights.load.facts_from` and are held equal by the differential tests of the
stored table against the full derivation (tests/test_rights_stored.py,
tests/test_rights_demo.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.db.models import QuerySet

from companies.models import Asset
from deals.models import Deal, DealAsset, DealEvent, DealParty, DealTerritory
from deals.rights.derive import DealFacts, Kind
from deals.rights.load import _TAKEOVER_ROUNDS, TAKEOVERS, facts_from


def _rows(
    ids: Iterable[int],
) -> tuple[dict[int, DealFacts | None], dict[int, set[int]], set[int]]:
    """Facts of the deals ``ids``, the companies taking part in each, and which of them are
    company takeovers (acquisitions and mergers)."""
    ids = sorted(ids)
    parties: dict[int, list[tuple[str, int | None]]] = {}
    for deal_id, role, company_id in (
        DealParty.objects.filter(deal_id__in=ids)
        .order_by("order", "pk")
        .values_list("deal_id", "role", "company_id")
    ):
        parties.setdefault(deal_id, []).append((role, company_id))
    lines: dict[int, list[tuple[str, bool, Iterable[str] | None]]] = {}
    for deal_id, code, raw, country, excluded in DealTerritory.objects.filter(
        deal_id__in=ids
    ).values_list("deal_id", "region__code", "region__countries", "country", "excluded"):
        # A multiple CountryField reads back as "CN,HK,MO,TW" from values_list.
        members = [m for m in raw.split(",") if m] if isinstance(raw, str) else list(raw or [])
        lines.setdefault(deal_id, []).append(
            (code or str(country), excluded, members if code else None)
        )
    events: dict[int, list[tuple[str, date | None]]] = {}
    for deal_id, kind, day in DealEvent.objects.filter(deal_id__in=ids).values_list(
        "deal_id", "kind", "date"
    ):
        events.setdefault(deal_id, []).append((kind, day))
    found: dict[int, DealFacts | None] = {}
    takeovers: set[int] = set()
    for pk, deal_type, status, signed_on, announced_on, exclusive in Deal.objects.filter(
        pk__in=ids
    ).values_list("pk", "deal_type", "status", "signed_on", "announced_on", "exclusive"):
        found[pk] = facts_from(
            pk, deal_type, status, signed_on or announced_on, exclusive,
            parties.get(pk, []), lines.get(pk, []), events.get(pk, []),
        )  # fmt: skip
        if deal_type in TAKEOVERS:
            takeovers.add(pk)
    companies = {pk: {c for _, c in rows if c} for pk, rows in parties.items()}
    return found, companies, takeovers


def facts_by_asset(assets: list[Asset], visible: QuerySet[Deal]) -> dict[int, list[DealFacts]]:
    """The facts the derivation replays for each of ``assets``: its own visible deals and the
    takeovers that can touch it (as :func:`deals.rights.load.rights_for_assets` chooses them),
    leaving out deals that move no rights and licenses without a territory."""
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
    for _ in range(_TAKEOVER_ROUNDS):
        new = set(
            visible.filter(
                deal_type__in=TAKEOVERS, parties__role="target", parties__company__in=involved
            )
            .exclude(pk__in=loaded)
            .values_list("pk", flat=True)
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
    result: dict[int, list[DealFacts]] = {}
    for asset in assets:
        mine = [pk for pk in sorted(links.get(asset.pk, ())) if pk not in takeover_ids]
        chosen: list[DealFacts] = []
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
            if fact is None or (fact.kind is not Kind.ACQUISITION and not fact.countries):
                continue
            chosen.append(fact)
        result[asset.pk] = chosen
    return result
