"""Analytics: deal counts and disclosed value per period (year, quarter) and group (licensor
country, modality, therapeutic area, deal type), each chart from ONE grouped query."""

# The SQL assembled here interpolates only aliases and expressions written in this package and
# SQL the ORM generated; every value travels as a parameter.
# ruff: noqa: S608

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import (
    F,
    QuerySet,
    Value,
)
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.http import QueryDict

from companies.models import Modality
from core.filters import is_postgres
from core.money import plus
from core.result_cache import cached, query_key
from deals import regions
from deals.analytics import breakdown_totals, facts
from deals.analytics.stats import (
    _fetch,
    _to_decimal,
    deal_totals_sql,
)
from deals.classes import DealClass
from deals.filter_parts import NONE
from deals.models import (
    Deal,
    DealParty,
)

PERIODS = {"year": "Year", "quarter": "Quarter", "all": "All time"}

DIMENSIONS = {
    "licensor_country": "Licensor country",
    "target_country": "Target country (M&A)",
    "modality": "Modality",
    "therapeutic_area": "Therapeutic area",
    "deal_type": "Deal type",
    "deal_class": "Deal class",
}
# Country dimensions: the party role they look at, which is also their filter's role.
COUNTRY_DIMENSIONS = {
    "licensor_country": DealParty.Role.LICENSOR,
    "target_country": DealParty.Role.TARGET,
}
NOT_SPECIFIED = "Not specified"
GROUP_LABELS = {code: label for code, label in regions.ANALYTICS_GROUPS} | {
    regions.OTHER: "Other countries",
    regions.UNKNOWN: "Not disclosed",
}


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
    # Per period, the deals themselves (a deal in two groups counts once here).
    totals: dict[Any, Cell] = field(default_factory=dict)

    def cell(self, period: Any, group: str) -> Cell:
        return self.cells.get((period, group), Cell())

    def total(self, period: Any) -> Cell:
        return self.totals.get(period, Cell())

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

    def linked_rows(
        self, filters: QueryDict, list_path: str, api_path: str
    ) -> list[dict[str, Any]]:
        """:meth:`rows` with ``list_url`` and ``api_list_url``: the deal list (page, API) whose
        count is the row's ``deals`` (``filters`` are the chart's own, classes included)."""
        rows = []
        for row in self.rows():
            query = cell_filters(filters, self.dimension, row["period"], row["group"]).urlencode()
            rows.append(
                {**row, "list_url": f"{list_path}?{query}", "api_list_url": f"{api_path}?{query}"}
            )
        return rows


def _exact(value: Any) -> Decimal | None:
    """A numeric SUM as it came (PostgreSQL: an exact Decimal), to be added up unrounded."""
    return None if value is None else Decimal(value)


def _group_labels(dimension: str, keys: Iterable[str]) -> dict[str, str]:
    if dimension in COUNTRY_DIMENSIONS:
        return {key: GROUP_LABELS.get(key, key) for key in keys}
    if dimension == "modality":
        choices = dict(Modality.choices)
    elif dimension == "deal_type":
        choices = dict(Deal.Type.choices)
    elif dimension == "deal_class":
        choices = dict(DealClass.choices)
    else:
        choices = {}  # therapeutic areas: the query returns their names
    return {key: (choices.get(key, key) if key != NONE else NOT_SPECIFIED) for key in keys}


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


# The longest run of empty periods drawn between two periods with deals; a longer gap is
# skipped (the axis jumps, its labels say so), so sparse, far-apart dates cost a bar each
# instead of one per year between them (once 9,999 bars from year 1 to 9999).
MAX_EMPTY_RUN = {"year": 5, "quarter": 8}


def _period_index(period: str, key: Any) -> int:
    """Years and quarters as consecutive integers (2026-Q1 follows 2025-Q4)."""
    if period == "quarter":
        year, quarter = map(int, str(key).split("-Q"))
        return year * 4 + quarter - 1
    return int(key)


def _period_of_index(period: str, index: int) -> Any:
    return f"{index // 4}-Q{index % 4 + 1}" if period == "quarter" else index


def _continuous(period: str, seen: set[Any]) -> list[Any]:
    """The years or quarters seen, in order, with the empty ones between them: an empty
    period is a gap, shown, up to :data:`MAX_EMPTY_RUN` in a row."""
    if period not in MAX_EMPTY_RUN or not seen:
        return sorted(seen, key=str)
    indexes = sorted(_period_index(period, key) for key in seen)
    filled = [indexes[0]]
    for index in indexes[1:]:
        if index - filled[-1] - 1 <= MAX_EMPTY_RUN[period]:
            filled.extend(range(filled[-1] + 1, index))
        filled.append(index)
    return [_period_of_index(period, index) for index in filled]


FIGURES = "COUNT(*), COUNT(t.value_usd), SUM(t.value_usd), COUNT(t.upfront_usd), SUM(t.upfront_usd)"


def cells_sql(
    deals: QuerySet[Deal],
    dimension: str,
    extra: dict[str, Any],
    keys: tuple[str, ...],
    *,
    first: bool,
) -> tuple[str, tuple[Any, ...]]:
    """The one grouped statement behind every breakdown cell, and its parameters.

    Rows: the ``keys`` (annotations in ``extra``, e.g. the period's ``p1, p2``), the group, its
    label, then :data:`FIGURES` (deals, deals with a value, their sum, deals with an upfront,
    its sum) over the deals of ``deals`` in that group; with ``first``, the same five again
    over each deal's first group only (they add up to the per-period totals, each deal once).
    Deal type and class give each deal one group. Countries come from the deal's parties of
    one role, modality and therapeutic area from its assets, so a deal can be in several
    groups: the stored (deal, group) rows (deals/analytics/facts.py), or the same pairs
    computed live, joined to the deals keep each deal once per group. The live charts and the
    stored totals (deals/analytics/breakdown_totals.py) both run this statement.
    """
    extra = dict(extra)
    join_sql, join_params = "", ()
    label_column = "''"  # labels come from the choices, except for therapeutic areas
    if dimension in ("deal_type", "deal_class"):
        extra["grp"] = F(dimension)
        group_column = "t.grp"
    else:
        # A deal's groups from its parties or assets: the stored rows (deals/analytics/facts.py)
        # or, with them off, the same pairs computed live.
        pairs, join_params = facts.pairs_sql(dimension, deals.db)
        join_sql = f" LEFT JOIN ({pairs}) g ON g.deal_id = t.did"
        missing = regions.UNKNOWN if dimension in COUNTRY_DIMENSIONS else NONE
        group_column = f"COALESCE(g.grp, '{missing}')"
        if dimension == "therapeutic_area":
            label_column = "COALESCE(MAX(g.label), '')"
    totals_sql, totals_params = deal_totals_sql(deals, flags=False, **extra)
    one = "(g.deal_id IS NULL OR g.is_first)" if join_sql else "1 = 1"
    first_figures = (
        f", SUM(CASE WHEN {one} THEN 1 ELSE 0 END), "
        f"COUNT(CASE WHEN {one} THEN t.value_usd END), "
        f"SUM(CASE WHEN {one} THEN t.value_usd END), "
        f"COUNT(CASE WHEN {one} THEN t.upfront_usd END), "
        f"SUM(CASE WHEN {one} THEN t.upfront_usd END)"
        if first
        else ""
    )
    key_columns = "".join(f"t.{key}, " for key in keys)
    by = ", ".join(str(i) for i in range(1, len(keys) + 2))
    # Only aliases and constants chosen here are interpolated; values travel as parameters.
    sql = (
        f"SELECT {key_columns}{group_column} AS grp, {label_column}, "  # nosec B608
        f"{FIGURES}{first_figures} FROM ({totals_sql}) t{join_sql} GROUP BY {by}"
    )
    return sql, (*totals_params, *join_params)


def breakdown(
    deals: QuerySet[Deal], dimension: str, period: str = "year", since_year: int | None = None
) -> Breakdown:
    """:func:`_breakdown`, cached by data version under the deals' SQL (deals/result_cache.py)."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"Unknown dimension {dimension!r}.")
    key = query_key(deals)
    return cached(
        "breakdown", key and (key, dimension, period, since_year),
        lambda: _breakdown(deals, dimension, period, since_year),
        using=deals.db,
    )  # fmt: skip


def _breakdown(
    deals: QuerySet[Deal], dimension: str, period: str = "year", since_year: int | None = None
) -> Breakdown:
    """Deal count and disclosed value per period and group: :func:`cells_sql` over ``deals``
    (the visible, filtered deals), or the stored totals that add up to it; plus the per-period
    totals (a deal in two groups counts once there). ``since_year``: only the deals announced
    in that year or later (a chart of recent years; the stored totals answer it by year).
    """
    if dimension not in DIMENSIONS:
        raise ValueError(f"Unknown dimension {dimension!r}.")
    base = deals.order_by()
    if since_year is not None:
        base = base.filter(announced_on__gte=date(since_year, 1, 1))
    if period in ("year", "quarter"):
        base = base.filter(announced_on__isnull=False)
    if period == "conference":
        base = base.filter(conference__isnull=False)
    # On PostgreSQL the per-period totals come from the same pass: the figures again over each
    # deal's first group only (every deal has exactly one), summed over the groups in Python,
    # exactly (numeric sums, Decimal arithmetic). SQLite sums money as floats, where a sum of
    # sums may differ from the sum in the last cent: there, a second query, as before.
    one_pass = is_postgres(deals)
    # The chart of "the visible deals of these classes" adds up the stored totals while they
    # are current (deals/analytics/breakdown_totals.py, PostgreSQL); anything else aggregates
    # the deals.
    raw = breakdown_totals.rows(deals, dimension, period, since_year)
    if raw is None:
        sql, params = cells_sql(
            base, dimension, _period_annotations(period), ("p1", "p2"), first=one_pass
        )
        raw = _fetch(deals, sql, params)
    cells: dict[tuple[Any, str], Cell] = {}
    names: dict[str, str] = {}
    totals: dict[Any, Cell] = {}
    for p1, p2, grp, label, n, n_value, value, n_upfront, upfront, *once in raw:
        key = (_period_key(period, p1, p2), grp)
        cells[key] = Cell(n, n_value, _to_decimal(value), n_upfront, _to_decimal(upfront))
        if label:
            names[grp] = label
        if once and once[0]:
            f_n, f_n_value, f_value, f_n_upfront, f_upfront = once
            totals[key[0]] = totals.get(key[0], Cell()) + Cell(
                f_n, f_n_value, _exact(f_value), f_n_upfront, _exact(f_upfront)
            )
    if one_pass:
        totals = {
            period_key: Cell(
                c.deals,
                c.deals_with_value,
                _to_decimal(c.value_usd),
                c.deals_with_upfront,
                _to_decimal(c.upfront_usd),
            )
            for period_key, c in totals.items()
        }
    else:
        totals_sql, totals_params = deal_totals_sql(
            base, flags=False, **_period_annotations(period)
        )
        totals = {
            _period_key(period, p1, p2): Cell(
                n, n_value, _to_decimal(value), n_upfront, _to_decimal(upfront)
            )
            for p1, p2, n, n_value, value, n_upfront, upfront in _fetch(
                deals,
                f"SELECT t.p1, t.p2, {FIGURES} FROM ({totals_sql}) t GROUP BY 1, 2",  # nosec B608
                totals_params,
            )
        }
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
    tail = [k for k in ordered if k in (NONE, regions.OTHER, regions.UNKNOWN)]
    groups = [(k, labels[k]) for k in [*(k for k in ordered if k not in tail), *tail]]
    return Breakdown(dimension, period, periods, groups, cells, totals)


# --- drill-downs: the deal list behind every cell --------------------------------------------


def period_bounds(period: Any) -> tuple[date, date] | None:
    """The first and last day of a year (2026) or a quarter ("2026-Q1"); None for "all"."""
    if isinstance(period, int) and not isinstance(period, bool):
        return date(period, 1, 1), date(period, 12, 31)
    if isinstance(period, str) and "-Q" in period:
        year, quarter = (int(part) for part in period.split("-Q"))
        first_month = 3 * quarter - 2
        # monthrange, not "the 1st of the next quarter minus a day": after 9999-Q4 there is none.
        last_day = calendar.monthrange(year, first_month + 2)[1]
        return date(year, first_month, 1), date(year, first_month + 2, last_day)
    return None


def cell_filters(
    base: QueryDict, dimension: str | None, period: Any, group: str | None
) -> QueryDict:
    """The deal-list parameters whose list is exactly a cell's deals: the chart's own filters
    (``base``, the statistics' deal classes included), the group's filter and the period's
    dates (intersected with any dates in ``base``)."""
    # A copy list by list: QueryDict.copy() deep-copies, and a chart builds hundreds of these.
    params = QueryDict(mutable=True)
    for key, values in base.lists():
        params.setlist(key, list(values))
    if dimension is not None and group is not None:
        params.setlist(dimension, [group])  # each dimension is named after its filter
    bounds = period_bounds(period)
    if bounds is not None:
        after, before = bounds
        given_after = params.get("announced_after")
        given_before = params.get("announced_before")
        if given_after and given_after > after.isoformat():
            after = date.fromisoformat(given_after)
        if given_before and given_before < before.isoformat():
            before = date.fromisoformat(given_before)
        params["announced_after"], params["announced_before"] = (
            after.isoformat(),
            before.isoformat(),
        )
    return params
