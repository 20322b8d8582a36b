"""Who holds an asset where, on a date: derived from its deals and their events, in pure Python.

The input is plain data (:class:`DealFacts`, built from the ORM by :mod:`deals.rights.lean`
from the deals the reader may see), so the rules below are tested without a database:

- a license moves the countries of its territory from their current holder to the licensee,
  from its signing (else announcement) date; a non-exclusive one adds a holder beside the
  current one. Countries a license explicitly excludes stay with the licensor ("retained");
- an option is shown as an option (beside the current holder) until an "option exercised"
  event, which turns it into a license from that date;
- a "terminated" or "rights returned" event gives what that deal granted back to its licensor;
- an acquisition (company acquisition, merger, asset purchase) moves everything the target held
  to the acquirer from its closing (a "closed" event, else the announcement of a closed deal);
- a sub-license is a license whose licensor is the current holder;
- an exclusive license of a country that another deal already licensed exclusively to someone
  other than this licensor is a *conflict*: the first grant stands and both deals are reported
  (to analysts in the admin), never silently resolved.

Rumoured and in-negotiation deals change nothing; nor does a terminated deal without a dated
termination event (the map cannot say from when).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from deals.rights.territory import ALL_COUNTRIES


class Basis(StrEnum):
    """Why a company holds rights in a country."""

    LICENSE = "license"
    OPTION = "option"
    ACQUISITION = "acquisition"
    RETAINED = "retained"


class Kind(StrEnum):
    """What a deal does to rights (derived from its type by the loader)."""

    LICENSE = "license"
    OPTION = "option"
    ACQUISITION = "acquisition"
    NONE = "none"


# Deal statuses that never move rights: talks are not transactions.
NOT_YET = frozenset({"rumored", "negotiation"})
ENDED = frozenset({"terminated", "expired"})
ENDING_EVENTS = frozenset({"terminated", "rights_returned"})


@dataclass(frozen=True)
class DealFacts:
    """What a deal says about rights: who gives, who takes, where, from when, and its events.

    ``grantor`` and ``grantee`` are company ids (None when undisclosed): the licensor and
    licensee, or the acquisition target (seller) and acquirer (buyer).
    """

    id: int
    kind: Kind
    status: str
    effective: date | None
    grantor: int | None
    grantee: int | None
    countries: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()
    exclusive: bool | None = None
    events: tuple[tuple[str, date | None], ...] = ()
    # How exactly the dates are known: ``effective``'s precision, and the events' dates known
    # only to a month, quarter or year (a closing "in February 2025"); others are days.
    effective_precision: str = "day"
    vague_dates: tuple[tuple[date, str], ...] = ()

    def event_precision(self, day: date) -> str:
        """How exactly an event of this deal on ``day`` (a closing, an exercise) is known."""
        return next((precision for vague, precision in self.vague_dates if vague == day), "day")


@dataclass(frozen=True)
class Holding:
    """One company's rights in one country: on what basis, since when, through which deal.

    ``grant`` is the deal whose license underlies the holding (kept through acquisitions, so a
    later termination of that license still returns it); None for the originator's own rights.
    """

    company: int | None
    basis: Basis
    since: date | None = None
    deal: int | None = None
    grant: int | None = None


@dataclass(frozen=True)
class HolderBlock:
    """A holding over a set of countries: one row of the rights table."""

    company: int | None
    basis: Basis
    since: date | None
    deal: int | None
    countries: frozenset[str]
    since_precision: str = "day"  # "month" when the deal date or event behind it is a month


@dataclass(frozen=True)
class Conflict:
    """Two exclusive grants of the same countries to different companies."""

    countries: frozenset[str]
    standing_deal: int
    conflicting_deal: int


@dataclass
class RightsMap:
    """The derived picture on ``as_of``."""

    as_of: date
    owner: int | None
    holders: list[HolderBlock] = field(default_factory=list)
    # Countries no deal has touched: still with the originator (or whoever acquired it).
    unlicensed: frozenset[str] = frozenset()
    # Countries whose rights are with the originator (untouched, retained or returned).
    available: frozenset[str] = frozenset()
    conflicts: list[Conflict] = field(default_factory=list)
    by_country: dict[str, list[Holding]] = field(default_factory=dict)


_ORDER = {"grant": 0, "exercise": 1, "acquire": 2, "end": 3}
_BASIS_ORDER = {Basis.LICENSE: 0, Basis.ACQUISITION: 1, Basis.OPTION: 2, Basis.RETAINED: 3}


def _event_date(deal: DealFacts, kinds: frozenset[str]) -> date | None:
    dates = [day for kind, day in deal.events if kind in kinds and day is not None]
    return min(dates) if dates else None


Step = tuple[date, int, int, str, DealFacts, str]


def _steps(deals: list[DealFacts], as_of: date) -> list[Step]:
    """Every dated change the deals make up to ``as_of``, in the order they happened, each
    with how exactly its day is known (the deal date's or the event's own precision)."""
    steps: list[Step] = []

    def add(day: date | None, action: str, deal: DealFacts, from_event: bool = True) -> None:
        if day is not None and day <= as_of:
            known = deal.event_precision(day) if from_event else deal.effective_precision
            steps.append((day, _ORDER[action], deal.id, action, deal, known))

    for deal in deals:
        if deal.status in NOT_YET or deal.kind is Kind.NONE:
            continue
        ended = _event_date(deal, ENDING_EVENTS)
        if deal.status in ENDED and ended is None:
            continue
        if deal.kind is Kind.ACQUISITION:
            closed = _event_date(deal, frozenset({"closed"}))
            if closed is None and deal.status == "closed":
                add(deal.effective, "acquire", deal, from_event=False)
            else:
                add(closed, "acquire", deal)
            continue
        add(deal.effective, "grant", deal, from_event=False)
        if deal.kind is Kind.OPTION:
            add(_event_date(deal, frozenset({"option_exercised"})), "exercise", deal)
        add(ended, "end", deal)
    steps.sort(key=lambda step: step[:3])
    return steps


def change_days(deals: list[DealFacts]) -> list[date]:
    """The days on which ``deals`` change anything, in order: between two of them (and before
    the first) the derivation gives the same map whatever the date."""
    return sorted({step[0] for step in _steps(deals, date.max)})


class _State:
    """Per-country holders while the steps are replayed."""

    def __init__(self, owner: int | None, universe: frozenset[str]) -> None:
        self.owner = owner
        self.universe = universe
        self.main: dict[str, Holding] = {c: Holding(owner, Basis.RETAINED) for c in universe}
        self.extra: dict[str, list[Holding]] = defaultdict(list)
        self.conflicts: dict[tuple[int, int], set[str]] = defaultdict(set)
        self.acquired_by: dict[int, int | None] = {}

    def successor(self, company: int | None) -> int | None:
        """The company that now stands for ``company`` (its acquirer, theirs...)."""
        seen: set[int] = set()
        while company is not None and company in self.acquired_by and company not in seen:
            seen.add(company)
            company = self.acquired_by[company]
        return company

    def license(self, deal: DealFacts, day: date, countries: frozenset[str]) -> None:
        holding = Holding(deal.grantee, Basis.LICENSE, day, deal.id, deal.id)
        for country in countries & self.universe:
            # An exercised option is now a license: it no longer shows as an option.
            self.extra[country] = [h for h in self.extra[country] if h.deal != deal.id]
            if deal.exclusive is False:
                self.extra[country].append(holding)
                continue
            current = self.main[country]
            if current.grant is not None and current.company != deal.grantor:
                self.conflicts[(current.grant, deal.id)].add(country)
                continue
            self.main[country] = holding
        for country in deal.excluded & self.universe:
            current = self.main[country]
            if current.deal is None and current.company == deal.grantor:
                self.main[country] = Holding(deal.grantor, Basis.RETAINED, day, deal.id)

    def option(self, deal: DealFacts, day: date) -> None:
        for country in deal.countries & self.universe:
            self.extra[country].append(Holding(deal.grantee, Basis.OPTION, day, deal.id))

    def end(self, deal: DealFacts, day: date) -> None:
        back_to = self.successor(deal.grantor)  # a licensor acquired since takes them back
        for country in self.universe:
            if self.main[country].grant == deal.id:
                self.main[country] = Holding(back_to, Basis.RETAINED, day, deal.id)
            if self.extra.get(country):
                self.extra[country] = [h for h in self.extra[country] if h.deal != deal.id]

    def acquire(self, deal: DealFacts, day: date) -> None:
        target, buyer = deal.grantor, deal.grantee
        if target is None:
            return
        for country in self.universe:
            current = self.main[country]
            if current.company == target:
                self.main[country] = Holding(buyer, Basis.ACQUISITION, day, deal.id, current.grant)
            if self.extra.get(country):
                self.extra[country] = [
                    replace(h, company=buyer) if h.company == target else h
                    for h in self.extra[country]
                ]
        if self.owner == target:
            self.owner = buyer
        self.acquired_by[target] = buyer


def derive(
    owner: int | None,
    deals: list[DealFacts],
    as_of: date,
    countries: frozenset[str] = ALL_COUNTRIES,
) -> RightsMap:
    """The rights map of an asset originated by ``owner``, from ``deals``, on ``as_of``;
    only for ``countries`` when given (a filter asking about one country)."""
    state = _State(owner, countries)
    # How exactly each holding's start is known, by (deal, day): the step that set it says.
    known: dict[tuple[int, date], str] = {}
    for day, _, _, action, deal, precision in _steps(deals, as_of):
        known[(deal.id, day)] = precision
        if action == "grant" and deal.kind is Kind.OPTION:
            state.option(deal, day)
        elif action in ("grant", "exercise"):
            state.license(deal, day, deal.countries)
        elif action == "end":
            state.end(deal, day)
        elif action == "acquire":
            state.acquire(deal, day)

    blocks: dict[tuple[int | None, Basis, date | None, int | None], set[str]] = defaultdict(set)
    unlicensed: set[str] = set()
    available: set[str] = set()
    by_country: dict[str, list[Holding]] = {}
    for country, holding in state.main.items():
        extras = state.extra.get(country, [])
        by_country[country] = [holding, *extras]
        if holding.grant is None and holding.company == state.owner:
            available.add(country)
        if holding.deal is None:
            unlicensed.add(country)
        else:
            blocks[(holding.company, holding.basis, holding.since, holding.deal)].add(country)
        for extra in extras:
            blocks[(extra.company, extra.basis, extra.since, extra.deal)].add(country)
    holders = [
        HolderBlock(
            company, basis, since, deal_id, frozenset(countries),
            known.get((deal_id, since), "day") if deal_id and since else "day",
        )
        for (company, basis, since, deal_id), countries in blocks.items()
    ]  # fmt: skip
    holders.sort(key=lambda b: (_BASIS_ORDER[b.basis], b.since or date.min, -len(b.countries)))
    conflicts = [
        Conflict(frozenset(countries), standing, later)
        for (standing, later), countries in sorted(state.conflicts.items())
    ]
    return RightsMap(
        as_of=as_of,
        owner=state.owner,
        holders=holders,
        unlicensed=frozenset(unlicensed),
        available=frozenset(available),
        conflicts=conflicts,
        by_country=by_country,
    )
