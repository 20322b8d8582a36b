"""What a deal says about rights, read from plain values: the one reading both rights paths use.

:mod:`deals.rights.lean` feeds it tuples from ``values_list`` (pages, the API and the stored
availability behind ``available_in``); nothing else decides a deal's kind, grantor, grantee or
countries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from deals.models import Deal
from deals.models.terms import SELLER_ROLES
from deals.rights.derive import DealFacts, Kind
from deals.rights.territory import expand

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
# Rights pass from the seller side to a licensee or acquirer; an investor takes none.
GIVERS, TAKERS = SELLER_ROLES, ("licensee", "acquirer")
# How many rounds of "who acquired the acquirer" are followed.
TAKEOVER_ROUNDS = 4


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


def effective_date(
    signed_on: date | None,
    signed_precision: str,
    announced_on: date | None,
    announced_precision: str,
) -> tuple[date | None, str]:
    """When a deal moves rights, with how exactly that is known: its signing, else its
    announcement (a deal often signs the day before it is announced, or is dated only by its
    announcement). The one home of that rule for every rights path."""
    if signed_on is not None:
        return signed_on, signed_precision
    return announced_on, announced_precision


def facts_from(
    pk: int,
    deal_type: str,
    status: str,
    effective: date | None,
    exclusive: bool | None,
    parties: list[tuple[str, int | None]],
    lines: Sequence[tuple[str, bool, Iterable[str] | None]],
    events: list[tuple[str, date | None]],
    effective_precision: str = "day",
    vague_dates: tuple[tuple[date, str], ...] = (),
) -> DealFacts | None:
    """What a deal says about rights, from plain values: its parties as (role, company id) in
    their order, its territory lines as (code, excluded, region members or None); how exactly
    ``effective`` is known, and the event dates known only to a month, quarter or year."""
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
        effective_precision=effective_precision,
        vague_dates=vague_dates,
    )
