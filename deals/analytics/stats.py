"""Statistics over a set of deals: counts, medians, quartiles, min and max of each money measure.

Percentiles are PostgreSQL's ``percentile_cont`` (continuous, linearly interpolated); SQLite has
no such function, so there the values are fetched in one query and the same interpolation is
done in Python with Decimals (:func:`percentile_cont`).
"""

# The SQL assembled here interpolates only aliases and expressions written in this package and
# SQL the ORM generated; every value travels as a parameter.
# ruff: noqa: S608

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db import connections
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)

from core.filters import is_postgres
from core.result_cache import cached, query_key
from deals.models import (
    Deal,
    PaymentComponent,
)

CENT = Decimal("0.01")
SHARE_STEP = Decimal("0.0001")  # shares are fractions, kept to a hundredth of a percent
QUARTILES = (Decimal("0.25"), Decimal("0.5"), Decimal("0.75"))
# Below this many disclosed values a median or quartile says less than the values themselves:
# "median $11.1B" from one deal is that deal. The values are shown instead.
MIN_FOR_STATISTICS = 3


def _percentile_sql(column: str, fraction: Decimal) -> str:
    """PostgreSQL ``percentile_cont(fraction) WITHIN GROUP (ORDER BY column)`` as a numeric.

    ``percentile_cont`` computes in double precision; the cast back to numeric keeps 15
    significant digits, so results are exact to the cent for amounts below $100 billion once
    rounded (see :func:`_money`). NULLs are ignored, as by every SQL aggregate. ``column`` is
    an alias chosen in this module and ``fraction`` one of :data:`QUARTILES`, never user input.
    """
    return f"CAST(PERCENTILE_CONT({fraction:f}) WITHIN GROUP (ORDER BY {column}) AS numeric)"


def percentile_cont(sorted_values: Sequence[Decimal], fraction: Decimal) -> Decimal | None:
    """``percentile_cont`` in Python, exactly: linear interpolation at h = fraction × (n − 1).

    The SQLite fallback. ``sorted_values`` must be ascending; None when there are none.
    """
    n = len(sorted_values)
    if n == 0:
        return None
    position = fraction * (n - 1)
    lower = math.floor(position)
    upper = math.ceil(position)
    low_value = sorted_values[lower]
    return low_value + (position - lower) * (sorted_values[upper] - low_value)


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def _share(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(SHARE_STEP, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Distribution:
    """One money measure over the matching deals: how many disclosed it, and its spread."""

    measure: str
    disclosed: int
    undisclosed: int  # deals without a US dollar value (includes no_fx_rate)
    no_fx_rate: int
    median: Decimal | None
    p25: Decimal | None
    p75: Decimal | None
    minimum: Decimal | None
    maximum: Decimal | None
    total: Decimal | None = None  # the sum of the disclosed values; None when there are none
    values: tuple[Decimal, ...] | None = None  # sorted; for strip plots, and when too few

    @property
    def label(self) -> str:
        return MEASURE_LABELS[self.measure]

    @property
    def too_few(self) -> bool:
        """Fewer disclosed values than a median is worth: the values are shown instead."""
        return 0 < self.disclosed < MIN_FOR_STATISTICS


def _distribution(
    measure: str,
    *,
    n: int,
    disclosed: int,
    no_fx: int,
    low: Any,
    high: Any,
    p25: Any,
    median: Any,
    p75: Any,
    total: Any,
    values: tuple[Decimal, ...] | None = None,
) -> Distribution:
    """A distribution, honest about small samples: below :data:`MIN_FOR_STATISTICS` disclosed
    values no median or quartile, and the values themselves (the minimum and maximum are
    exactly them)."""
    low, high = _money(low), _money(high)
    if disclosed < MIN_FOR_STATISTICS:
        p25 = median = p75 = None
        if values is None and disclosed:
            values = (low,) if disclosed == 1 else (low, high)
    return Distribution(
        measure=measure,
        disclosed=disclosed,
        undisclosed=n - disclosed,
        no_fx_rate=no_fx or 0,
        median=_money(median),
        p25=_money(p25),
        p75=_money(p75),
        minimum=low,
        maximum=high,
        total=_to_decimal(total),
        values=values,
    )


@dataclass(frozen=True)
class Share:
    """Upfront as a share of the reported headline, over deals that disclose both."""

    deals: int
    median: Decimal | None
    p25: Decimal | None
    p75: Decimal | None
    missing: int = 0  # matching deals lacking an upfront or a headline in US dollars

    minimum: Decimal | None = None
    maximum: Decimal | None = None

    @staticmethod
    def percent(value: Decimal | None) -> str:
        """ "10%" from 0.1066: whole percents, as precise as a handful of deals allows."""
        if value is None:
            return ""
        return f"{(value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)}%"

    @property
    def too_few(self) -> bool:
        return 0 < self.deals < MIN_FOR_STATISTICS

    @property
    def values(self) -> tuple[Decimal, ...]:
        """The ratios themselves when there are too few for a median."""
        if not self.too_few or self.minimum is None or self.maximum is None:
            return ()
        return (self.minimum,) if self.deals == 1 else (self.minimum, self.maximum)

    @property
    def median_percent(self) -> str:
        return self.percent(self.median)

    @property
    def p25_percent(self) -> str:
        return self.percent(self.p25)

    @property
    def p75_percent(self) -> str:
        return self.percent(self.p75)


@dataclass(frozen=True)
class CompsStatistics:
    """Statistics over a set of comparable deals (see :data:`DEFINITIONS`)."""

    count: int
    upfront: Distribution
    headline: Distribution
    total_potential: Distribution
    upfront_share: Share
    no_terms: int

    @property
    def distributions(self) -> tuple[Distribution, ...]:
        return (self.upfront, self.headline, self.total_potential)


MEASURE_LABELS = {
    "upfront": "Upfront",
    "headline": "Headline (reported)",
    "total_potential": "Total potential",
}


STRIP_LIMIT = 1000  # beyond this many deals a strip of dots says nothing a box plot does not


def deal_totals_sql(
    deals: QuerySet[Deal], *, flags: bool = True, only_without_fx: bool = False, **extra: Any
) -> tuple[str, tuple[Any, ...]]:
    """SQL for one row per deal of ``deals`` with its money measures, and its parameters.

    Columns: ``did`` (the deal's id), ``headline_usd``, ``headline_reported`` (1/0),
    ``upfront_usd``, ``disclosed_usd``, ``value_usd`` (total potential), ``upfront_no_fx`` and
    ``payment_no_fx`` (disclosed amounts without a USD value), ``any_payment`` (1/0), plus the
    ``extra`` annotations by name.

    The measures are the deal's stored columns (deals/measures.py); one grouped pass over the
    payments adds the counts of amounts that have no USD value, which the statistics report
    apart ("no FX rate") rather than as undisclosed. ``flags=False`` leaves that pass (and
    the three flag columns) out, for callers that read only the stored measures;
    ``only_without_fx=True`` keeps only the deals with at least one such amount (an inner join
    to that pass: a few rows, read without scanning the deals).
    """
    if query_key(deals) is None:
        # .none() and pk__in=[] (a search that matched nothing) compile to no SQL at all; an
        # always-false filter keeps the shape.
        deals = deals.model.objects.filter(pk__isnull=True)
    base = (
        deals.order_by()
        .annotate(
            did=F("pk"),
            headline_usd=F("headline_amount_usd"),
            value_usd=F("total_potential_usd"),
            headline_reported=Case(
                When(headline_amount__isnull=False, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
            **extra,
        )
        .values(
            "did", "headline_usd", "headline_reported", "upfront_usd", "disclosed_usd",
            "value_usd", *extra,
        )
    )  # fmt: skip
    if not flags:
        return base.query.sql_with_params()
    # Only the disclosed terms WITHOUT a US dollar value are read (few; a partial index on
    # PostgreSQL): whether a deal has any disclosed term at all follows from them and the
    # stored disclosed sum, which is the sum of the disclosed terms WITH one (deals/measures.py),
    # so it is not None exactly when there is at least one of those.
    payments = (
        PaymentComponent.objects.filter(
            disclosed=True, amount_usd__isnull=True, deal__in=deals.order_by().values("pk")
        )
        .order_by()
        .values("deal_id")
        .annotate(
            p_upfront_no_fx=Count("pk", filter=Q(kind__in=PaymentComponent.UPFRONT_KINDS)),
            p_no_fx=Count("pk"),
        )
    )
    base_sql, base_params = base.query.sql_with_params()
    pay_sql, pay_params = payments.query.sql_with_params()
    sql = (
        "SELECT d.*, "  # nosec B608
        "COALESCE(p.p_upfront_no_fx, 0) AS upfront_no_fx, "
        "COALESCE(p.p_no_fx, 0) AS payment_no_fx, "
        "CASE WHEN p.deal_id IS NULL AND d.disclosed_usd IS NULL THEN 0 ELSE 1 END "
        "AS any_payment "
        f"FROM ({base_sql}) d {'JOIN' if only_without_fx else 'LEFT JOIN'} ({pay_sql}) p "
        "ON p.deal_id = d.did"
    )
    return sql, (*base_params, *pay_params)


# measure → its column in deal_totals_sql()
COLUMNS = {"upfront": "upfront_usd", "headline": "headline_usd", "total_potential": "value_usd"}


def _fetch(deals: QuerySet[Deal], sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    with connections[deals.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def comps_statistics(deals: QuerySet[Deal], *, with_values: bool = False) -> CompsStatistics:
    """:func:`statistics_by` over all of ``deals`` at once, cached by data version."""
    key = query_key(deals)
    return cached(
        "comps-statistics", key and (key, with_values),
        lambda: _stored_or_live(deals, None, with_values=with_values)[None],
        using=deals.db,
    )  # fmt: skip


def statistics_by(deals: QuerySet[Deal], group: str) -> dict[Any, CompsStatistics]:
    """The statistics of ``deals`` per value of the deal field ``group`` (e.g. ``deal_class``),
    in one query; cached by data version. Groups without deals are absent."""
    key = query_key(deals)
    return cached(
        "statistics-by",
        key and (key, group),
        lambda: _stored_or_live(deals, group, with_values=False),
        using=deals.db,
    )


def statistics_of(deals: QuerySet[Deal]) -> CompsStatistics:
    """The statistics of all of ``deals``, computed now: neither cached nor stored (what the
    stored statistics are computed with, deals/analytics/stored_statistics.py)."""
    return _statistics(deals, None, with_values=False)[None]


def _stored_or_live(
    deals: QuerySet[Deal], group: str | None, *, with_values: bool
) -> dict[Any, CompsStatistics]:
    """The stored statistics when they answer exactly this query, else :func:`_statistics`."""
    from deals.analytics import stored_statistics

    stored = stored_statistics.answer(deals, group, with_values=with_values)
    if stored is not None:
        return stored
    return _statistics(deals, group, with_values=with_values)


def _statistics(
    deals: QuerySet[Deal], group: str | None, *, with_values: bool
) -> dict[Any, CompsStatistics]:
    """Count, disclosed counts, sums, medians, quartiles, min and max of upfront, headline and
    total potential, per group (or one group, None, for all of ``deals``).

    ``deals`` is the visible, filtered queryset. One query: on PostgreSQL an aggregate with
    ``percentile_cont``; elsewhere the per-deal values, from which :func:`percentile_cont`
    computes the same numbers exactly. ``with_values`` also returns the sorted values for a
    strip plot (one more query on PostgreSQL, and only for up to :data:`STRIP_LIMIT` deals).
    """
    extra: dict[str, Any] = {"grp": F(group)} if group else {}
    grouped = bool(group)
    if is_postgres(deals):
        result = _statistics_in_database(deals, extra, grouped)
        if with_values and not grouped and result and result[None].count <= STRIP_LIMIT:
            totals_sql, params = deal_totals_sql(deals, **extra)
            result = {None: _with_values(result[None], _value_rows(deals, totals_sql, params))}
        return result
    totals_sql, params = deal_totals_sql(deals, **extra)
    rows = _value_rows(deals, totals_sql, params, grouped)
    if not grouped:
        return {None: _statistics_in_python(rows, with_values=with_values)}
    by_group: dict[Any, list[tuple]] = {}
    for row in rows:
        by_group.setdefault(row[-1], []).append(row[:-1])
    return {
        key: _statistics_in_python(group_rows, with_values=False)
        for key, group_rows in by_group.items()
    }


# The flags counted in the statistics, as SQL over deal_totals_sql()'s columns. They are summed
# in two passes (see _statistics_in_database): the part that needs no payment row, over every
# deal, and the rest over the few deals with an amount lacking a USD value. Together they are
# exactly the definitions in the comments.
# "no FX" upfront: an upfront-kind amount without a USD value (payment pass only).
_UPFRONT_NO_FX = "SUM(CASE WHEN upfront_no_fx > 0 THEN 1 ELSE 0 END)"
# "no FX" headline: reported, but no USD value (deal columns only).
_HEADLINE_NO_FX = "SUM(CASE WHEN headline_reported = 1 AND headline_usd IS NULL THEN 1 ELSE 0 END)"
# "no FX" total: no USD total while a headline is reported or an amount lacks a USD value;
# the headline half here, the payment half (headline not reported) in the payment pass.
_TOTAL_NO_FX_HEADLINE = (
    "SUM(CASE WHEN value_usd IS NULL AND headline_reported = 1 THEN 1 ELSE 0 END)"
)
_TOTAL_NO_FX_PAYMENT = (
    "SUM(CASE WHEN value_usd IS NULL AND headline_reported = 0 THEN 1 ELSE 0 END)"
)
# No terms: no headline and no disclosed amount at all. A disclosed amount either has a USD
# value (then the stored disclosed sum is not NULL) or it has none (then the deal is in the
# payment pass): the deal pass counts the first condition, the payment pass takes its deals
# back out.
_NO_DISCLOSED_USD = (
    "SUM(CASE WHEN headline_reported = 0 AND disclosed_usd IS NULL THEN 1 ELSE 0 END)"
)


def _statistics_in_database(
    deals: QuerySet[Deal], extra: dict[str, Any], grouped: bool
) -> dict[Any, CompsStatistics]:
    """The statistics in one statement of two passes: every figure over the deals' stored
    columns (read from the covering index in its order, so a grouped pass needs no sort), and
    the flags that depend on amounts without a USD value over the deals that have one (usually
    none), joined by group. Joining every deal to the payment pass instead hid the index's
    order and sorted every deal before aggregating (README, "Statistics pages without a
    cache")."""
    group_column = "grp" if grouped else "NULL"
    columns = [group_column, "COUNT(*)"]
    for column in COLUMNS.values():
        columns += [f"COUNT({column})", f"MIN({column})", f"MAX({column})", f"SUM({column})"]
        columns += [_percentile_sql(column, fraction) for fraction in QUARTILES]
    columns += [
        _HEADLINE_NO_FX, _TOTAL_NO_FX_HEADLINE, _NO_DISCLOSED_USD,
        "COUNT(share)", "MIN(share)", "MAX(share)",
        *(_percentile_sql("share", fraction) for fraction in QUARTILES),
    ]  # fmt: skip
    grouping = " GROUP BY grp" if grouped else ""
    deals_sql, deals_params = deal_totals_sql(deals, flags=False, **extra)
    fx_sql, fx_params = deal_totals_sql(deals, only_without_fx=True, **extra)
    named = ", ".join(f"{column} AS c{i}" for i, column in enumerate(columns))
    # Only aliases and constants chosen here are interpolated; values travel as parameters.
    sql = (
        f"SELECT m.*, COALESCE(x.upfront_no_fx, 0), COALESCE(x.total_no_fx, 0), "  # nosec B608
        f"COALESCE(x.no_disclosed_usd, 0) FROM (SELECT {named} FROM (SELECT t.*, "
        f"upfront_usd / NULLIF(headline_usd, 0) AS share FROM ({deals_sql}) t) s{grouping}) m "
        f"LEFT JOIN (SELECT {group_column} AS c0, {_UPFRONT_NO_FX} AS upfront_no_fx, "
        f"{_TOTAL_NO_FX_PAYMENT} AS total_no_fx, {_NO_DISCLOSED_USD} AS no_disclosed_usd "
        f"FROM ({fx_sql}) f{grouping}) x ON x.c0 IS NOT DISTINCT FROM m.c0"
    )
    result = {}
    for raw in _fetch(deals, sql, (*deals_params, *fx_params)):
        row = list(raw)
        key, n = row.pop(0), row.pop(0)
        measured = {}
        for measure in COLUMNS:
            measured[measure] = row[:7]
            del row[:7]
        headline_no_fx, total_no_fx, no_disclosed_usd, share_n, s_min, s_max = row[:6]
        s25, s50, s75, upfront_no_fx, total_no_fx_payment, no_disclosed_usd_fx = row[6:]
        total_no_fx = (total_no_fx or 0) + total_no_fx_payment
        no_terms = (no_disclosed_usd or 0) - no_disclosed_usd_fx
        no_fx = {
            "upfront": upfront_no_fx, "headline": headline_no_fx, "total_potential": total_no_fx
        }  # fmt: skip

        def distribution(measure: str) -> Distribution:
            disclosed, low, high, total, p25, median, p75 = measured[measure]  # noqa: B023
            return _distribution(
                measure, n=n, disclosed=disclosed, no_fx=no_fx[measure],  # noqa: B023
                low=low, high=high, p25=p25, median=median, p75=p75, total=total,
            )  # fmt: skip

        honest = share_n >= MIN_FOR_STATISTICS
        result[key] = CompsStatistics(
            count=n,
            upfront=distribution("upfront"),
            headline=distribution("headline"),
            total_potential=distribution("total_potential"),
            upfront_share=Share(
                deals=share_n,
                median=_share(s50) if honest else None,
                p25=_share(s25) if honest else None,
                p75=_share(s75) if honest else None,
                missing=n - share_n,
                minimum=_share(s_min),
                maximum=_share(s_max),
            ),
            no_terms=no_terms or 0,
        )
    return result


def _value_rows(
    deals: QuerySet[Deal], totals_sql: str, params: tuple[Any, ...], grouped: bool = False
) -> list[tuple]:
    """Per deal: upfront, headline, total (Decimal or None), then the flags (and the group
    last, when ``grouped``), in one query."""
    sql = (
        "SELECT upfront_usd, headline_usd, value_usd, headline_reported, "  # nosec B608
        f"upfront_no_fx, payment_no_fx, any_payment{', grp' if grouped else ''} "
        f"FROM ({totals_sql}) t"
    )
    return [
        (_to_decimal(r[0]), _to_decimal(r[1]), _to_decimal(r[2]), *r[3:])
        for r in _fetch(deals, sql, params)
    ]


def _with_values(stats: CompsStatistics, rows: list[tuple]) -> CompsStatistics:
    replaced = {}
    for index, measure in enumerate(COLUMNS):
        dist: Distribution = getattr(stats, measure)
        values = tuple(sorted(r[index] for r in rows if r[index] is not None))
        replaced[measure] = Distribution(**{**dist.__dict__, "values": values})
    return CompsStatistics(
        count=stats.count,
        upfront=replaced["upfront"],
        headline=replaced["headline"],
        total_potential=replaced["total_potential"],
        upfront_share=stats.upfront_share,
        no_terms=stats.no_terms,
    )


def _statistics_in_python(rows: list[tuple], *, with_values: bool) -> CompsStatistics:
    """The SQLite fallback: exact Decimal arithmetic over the per-deal values (cents)."""
    n = len(rows)
    no_fx = {
        "upfront": sum(1 for r in rows if r[4]),
        "headline": sum(1 for r in rows if r[3] and r[1] is None),
        "total_potential": sum(1 for r in rows if r[2] is None and (r[5] or r[3])),
    }

    def distribution(measure: str, index: int) -> Distribution:
        values = sorted(r[index] for r in rows if r[index] is not None)
        return _distribution(
            measure,
            n=n,
            disclosed=len(values),
            no_fx=no_fx[measure],
            low=values[0] if values else None,
            high=values[-1] if values else None,
            p25=percentile_cont(values, QUARTILES[0]),
            median=percentile_cont(values, QUARTILES[1]),
            p75=percentile_cont(values, QUARTILES[2]),
            total=sum(values, Decimal(0)) if values else None,
            values=tuple(values) if with_values else None,
        )

    shares = sorted(r[0] / r[1] for r in rows if r[0] is not None and r[1])
    honest = len(shares) >= MIN_FOR_STATISTICS
    return CompsStatistics(
        count=n,
        upfront=distribution("upfront", 0),
        headline=distribution("headline", 1),
        total_potential=distribution("total_potential", 2),
        upfront_share=Share(
            deals=len(shares),
            median=_share(percentile_cont(shares, QUARTILES[1])) if honest else None,
            p25=_share(percentile_cont(shares, QUARTILES[0])) if honest else None,
            p75=_share(percentile_cont(shares, QUARTILES[2])) if honest else None,
            missing=n - len(shares),
            minimum=_share(shares[0]) if shares else None,
            maximum=_share(shares[-1]) if shares else None,
        ),
        no_terms=sum(1 for r in rows if not r[3] and not r[6]),
    )


def _to_decimal(value: Any) -> Decimal | None:
    """A SUM from a raw cursor: Decimal on PostgreSQL, int or float on SQLite."""
    if value is None:
        return None
    if isinstance(value, float):
        value = repr(value)
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
