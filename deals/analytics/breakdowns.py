"""Analytics: deal counts and disclosed value per period (year, quarter) and group (licensor
country, modality, therapeutic area, deal type), each chart from ONE grouped query."""

# The SQL assembled here interpolates only aliases and expressions written in this package and
# SQL the ORM generated; every value travels as a parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import (
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import ExtractQuarter, ExtractYear

from companies.models import Modality
from core.money import plus
from core.result_cache import cached, query_key
from deals.analytics.stats import (
    _fetch,
    _to_decimal,
    deal_totals_sql,
)
from deals.models import (
    Deal,
    DealAsset,
    DealParty,
)

EUROPE = (
    # EEA
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    # and the UK and Switzerland, home to much of Europe's pharma
    "GB", "CH",
)  # fmt: skip


COUNTRY_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("china", "China", ("CN", "HK", "MO")),
    ("us", "United States", ("US",)),
    ("korea", "South Korea", ("KR",)),
    ("europe", "Europe", EUROPE),
    ("japan", "Japan", ("JP",)),
)


OTHER, UNKNOWN = "other", "unknown"


COUNTRY_GROUP_LABELS = {key: label for key, label, _ in COUNTRY_GROUPS} | {
    OTHER: "Other",
    UNKNOWN: "Not disclosed",
}


PERIODS = {"year": "Year", "quarter": "Quarter", "all": "All time"}


DIMENSIONS = {
    "licensor_country": "Licensor country",
    "modality": "Modality",
    "therapeutic_area": "Therapeutic area",
    "deal_type": "Deal type",
}


NOT_SPECIFIED = "Not specified"


@dataclass(frozen=True)
class Cell:
    """Deal count and disclosed value of one period and group."""

    deals: int = 0
    deals_with_value: int = 0
    value_usd: Decimal | None = None  # None: nothing disclosed, never 0
    deals_with_upfront: int = 0
    upfront_usd: Decimal | None = None

    def __add__(self, other: Cell) -> Cell:
        return Cell(
            self.deals + other.deals,
            self.deals_with_value + other.deals_with_value,
            plus(self.value_usd, other.value_usd),
            self.deals_with_upfront + other.deals_with_upfront,
            plus(self.upfront_usd, other.upfront_usd),
        )


@dataclass
class Breakdown:
    """Deals and disclosed value per period and group: one chart's data."""

    dimension: str
    period: str
    periods: list[Any]  # ascending: years (int), "2026-Q1" strings, or ["all"]
    groups: list[tuple[str, str]]  # (key, label), largest value first
    cells: dict[tuple[Any, str], Cell] = field(default_factory=dict)

    def cell(self, period: Any, group: str) -> Cell:
        return self.cells.get((period, group), Cell())

    def group_total(self, group: str) -> Cell:
        total = Cell()
        for period in self.periods:
            total = total + self.cell(period, group)
        return total

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows (period, group, figures) for the API, CSV and XLSX."""
        labels = dict(self.groups)
        return [
            {"period": period, "group": key, "label": labels[key], **cell.__dict__}
            for period in self.periods
            for key, _ in self.groups
            if (cell := self.cells.get((period, key))) is not None
        ]


def _first_licensor_countries() -> QuerySet[DealParty, Mapping[str, Any]]:
    """(deal_id, lc): the country of each deal's first named licensor or acquisition target.

    "First" by the party's order, then id; an anti-join keeps exactly one row per deal.
    """
    sellers = DealParty.objects.filter(
        role__in=[DealParty.Role.LICENSOR, DealParty.Role.TARGET], company__isnull=False
    )
    earlier = sellers.filter(deal=OuterRef("deal")).filter(
        Q(order__lt=OuterRef("order")) | Q(order=OuterRef("order"), pk__lt=OuterRef("pk"))
    )
    return sellers.filter(~Exists(earlier)).order_by().values("deal_id", lc=F("company__country"))


def totals_by_year_and_licensor_country(
    deals: QuerySet[Deal],
) -> list[tuple[int, str, int, Decimal | None, Decimal | None]]:
    """(year, licensor country or "", deals, total potential USD, upfront USD) per year.

    Over the announced deals of ``deals``, grouped by year and by the country of the first
    named licensor or target. One grouped pass (:func:`deal_totals_sql`, not with_totals()'s
    per-deal subqueries, which took a second at 100,000 deals); a sum is None when nothing in
    it is disclosed, never 0.
    """
    base = deals.order_by().filter(announced_on__isnull=False)
    totals_sql, totals_params = deal_totals_sql(base, yr=ExtractYear("announced_on"))
    first_sql, join_params = _first_licensor_countries().query.sql_with_params()
    sql = (
        "SELECT t.yr, COALESCE(g.lc, ''), COUNT(*), SUM(t.value_usd), "  # nosec B608
        f"SUM(t.upfront_usd) FROM ({totals_sql}) t "
        f"LEFT JOIN ({first_sql}) g ON g.deal_id = t.did GROUP BY 1, 2"
    )
    return [
        (int(year), country, n, _to_decimal(value), _to_decimal(upfront))
        for year, country, n, value, upfront in _fetch(deals, sql, (*totals_params, *join_params))
    ]


def _country_group_sql() -> tuple[str, tuple[str, ...]]:
    """CASE over a licensor country ``g.lc``: china, us, korea, europe, japan, other, unknown."""
    whens = ["WHEN g.lc IS NULL OR g.lc = '' THEN %s"]
    params: list[str] = [UNKNOWN]
    for key, _, codes in COUNTRY_GROUPS:
        whens.append(f"WHEN g.lc IN ({', '.join(['%s'] * len(codes))}) THEN %s")
        params += [*codes, key]
    return f"CASE {' '.join(whens)} ELSE %s END", (*params, OTHER)


def _group_labels(dimension: str, keys: Iterable[str]) -> dict[str, str]:
    if dimension == "licensor_country":
        return {key: COUNTRY_GROUP_LABELS.get(key, key) for key in keys}
    if dimension == "modality":
        choices = dict(Modality.choices)
    elif dimension == "deal_type":
        choices = dict(Deal.Type.choices)
    else:
        choices = {}  # therapeutic areas: the query returns their names
    return {key: (choices.get(key, key) if key else NOT_SPECIFIED) for key in keys}


def _period_annotations(period: str) -> dict[str, Any]:
    if period == "year":
        return {"p1": ExtractYear("announced_on"), "p2": Value(0)}
    if period == "quarter":
        return {"p1": ExtractYear("announced_on"), "p2": ExtractQuarter("announced_on")}
    if period == "conference":  # the conference report: one "period" per edition
        return {"p1": F("conference_id"), "p2": Value(0)}
    return {"p1": Value(0), "p2": Value(0)}


def _period_key(period: str, p1: Any, p2: Any) -> Any:
    if period == "year":
        return int(p1)
    if period == "quarter":
        return f"{int(p1)}-Q{int(p2)}"
    if period == "conference":
        return int(p1)
    return "all"


def _continuous(period: str, seen: set[Any]) -> list[Any]:
    """Every year or quarter from the first to the last seen: an empty one is a gap, shown."""
    if period == "year" and seen:
        return list(range(min(seen), max(seen) + 1))
    if period == "quarter" and seen:
        first, last = (tuple(map(int, q.split("-Q"))) for q in (min(seen), max(seen)))
        quarters = []
        year, quarter = first
        while (year, quarter) <= last:
            quarters.append(f"{year}-Q{quarter}")
            year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
        return quarters
    return sorted(seen, key=str)


def breakdown(deals: QuerySet[Deal], dimension: str, period: str = "year") -> Breakdown:
    """:func:`_breakdown`, cached by data version under the deals' SQL (deals/result_cache.py)."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"Unknown dimension {dimension!r}.")
    key = query_key(deals)
    return cached(
        "breakdown", key and (key, dimension, period),
        lambda: _breakdown(deals, dimension, period),
    )  # fmt: skip


def _breakdown(deals: QuerySet[Deal], dimension: str, period: str = "year") -> Breakdown:
    """Deal count and disclosed value per period and group, in ONE query (GROUP BY in SQL).

    ``deals`` is the visible (and possibly filtered) queryset. Licensor country and deal type
    give each deal one group. Modality and therapeutic area come from the deal's assets, so a
    deal can be in several groups; a DISTINCT (deal, group) list joined to the deals keeps each
    deal once per group. The statement is the ORM's SQL for the deals and for the group list,
    wrapped in a GROUP BY that the ORM cannot express over a DISTINCT subquery.
    """
    if dimension not in DIMENSIONS:
        raise ValueError(f"Unknown dimension {dimension!r}.")
    base = deals.order_by()
    if period in ("year", "quarter"):
        base = base.filter(announced_on__isnull=False)
    if period == "conference":
        base = base.filter(conference__isnull=False)
    extra = _period_annotations(period)
    join_sql, join_params = "", ()
    label_column = "''"  # labels come from the choices, except for therapeutic areas
    group_params: tuple[str, ...] = ()
    if dimension == "licensor_country":
        # Joined, not a correlated subquery: PostgreSQL would repeat a subquery in every WHEN
        # of the CASE that groups the countries.
        first_sql, join_params = _first_licensor_countries().query.sql_with_params()
        join_sql = f" LEFT JOIN ({first_sql}) g ON g.deal_id = t.did"
        group_column, group_params = _country_group_sql()
    elif dimension == "deal_type":
        extra["grp"] = F("deal_type")
        group_column = "t.grp"
    else:
        if dimension == "modality":
            pairs = DealAsset.objects.exclude(asset__modality="").values(
                "deal_id", grp=F("asset__modality")
            )
        else:
            pairs = DealAsset.objects.filter(asset__therapeutic_areas__isnull=False).values(
                "deal_id",
                grp=F("asset__therapeutic_areas__slug"),
                label=F("asset__therapeutic_areas__name"),
            )
            label_column = "MAX(g.label)"
        pairs_sql, join_params = pairs.order_by().distinct().query.sql_with_params()
        join_sql = f" LEFT JOIN ({pairs_sql}) g ON g.deal_id = t.did"
        group_column = "COALESCE(g.grp, '')"
    totals_sql, totals_params = deal_totals_sql(base, **extra)
    # Only aliases chosen here are interpolated; values travel as parameters.
    sql = (
        f"SELECT t.p1, t.p2, {group_column} AS grp, {label_column}, COUNT(*), "  # nosec B608
        "COUNT(t.value_usd), SUM(t.value_usd), COUNT(t.upfront_usd), SUM(t.upfront_usd) "
        f"FROM ({totals_sql}) t{join_sql} "
        "GROUP BY 1, 2, 3"
    )
    raw = _fetch(deals, sql, (*group_params, *totals_params, *join_params))
    cells: dict[tuple[Any, str], Cell] = {}
    names: dict[str, str] = {}
    for p1, p2, grp, label, n, n_value, value, n_upfront, upfront in raw:
        key = (_period_key(period, p1, p2), grp or "")
        cells[key] = Cell(n, n_value, _to_decimal(value), n_upfront, _to_decimal(upfront))
        if label:
            names[grp] = label
    labels = _group_labels(dimension, {key for _, key in cells}) | names
    periods = _continuous(period, {p for p, _ in cells})

    def size(key: str) -> tuple[Decimal, int, str]:
        total = Cell()
        for (_, group), cell in cells.items():
            if group == key:
                total = total + cell
        return (-(total.value_usd or Decimal(0)), -total.deals, labels[key])

    ordered = sorted(labels, key=size)
    # "Other" and "not disclosed" close the list whatever their size.
    tail = [k for k in ordered if k in ("", OTHER, UNKNOWN)]
    groups = [(k, labels[k]) for k in [*(k for k in ordered if k not in tail), *tail]]
    return Breakdown(dimension, period, periods, groups, cells)
