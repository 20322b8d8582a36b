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


SHARE_STEP = Decimal("0.0001")  # shares are fractions, reported to a hundredth of a percent


QUARTILES = (Decimal("0.25"), Decimal("0.5"), Decimal("0.75"))


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
    values: tuple[Decimal, ...] | None = None  # sorted; only when asked for (strip plots)

    @property
    def label(self) -> str:
        return MEASURE_LABELS[self.measure]


@dataclass(frozen=True)
class Share:
    """Upfront as a share of the reported headline, over deals that disclose both."""

    deals: int
    median: Decimal | None
    p25: Decimal | None
    p75: Decimal | None
    missing: int = 0  # matching deals lacking an upfront or a headline in US dollars

    @staticmethod
    def percent(value: Decimal | None) -> str:
        """ "9.85%" from 0.0985; empty when there is no value."""
        return "" if value is None else f"{(value * 100).quantize(CENT)}%"

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


def deal_totals_sql(deals: QuerySet[Deal], **extra: Any) -> tuple[str, tuple[Any, ...]]:
    """SQL for one row per deal of ``deals`` with its money measures, and its parameters.

    Columns: ``did`` (the deal's id), ``headline_usd``, ``headline_reported`` (1/0),
    ``upfront_usd``, ``disclosed_usd``, ``value_usd`` (total potential), ``upfront_no_fx`` and
    ``payment_no_fx`` (disclosed amounts without a USD value), ``any_payment`` (1/0), plus the
    ``extra`` annotations by name.

    The measures are the deal's stored columns (deals/measures.py); one grouped pass over the
    payments adds the counts of amounts that have no USD value, which the statistics report
    apart ("no FX rate") rather than as undisclosed.
    """
    if deals.query.is_empty():
        # .none() compiles to no SQL at all; an always-false filter keeps the shape.
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
    upfront = Q(kind__in=PaymentComponent.UPFRONT_KINDS)
    payments = (
        PaymentComponent.objects.filter(disclosed=True, deal__in=deals.order_by().values("pk"))
        .order_by()
        .values("deal_id")
        .annotate(
            p_upfront_no_fx=Count("pk", filter=upfront & Q(amount_usd__isnull=True)),
            p_no_fx=Count("pk", filter=Q(amount_usd__isnull=True)),
        )
    )
    base_sql, base_params = base.query.sql_with_params()
    pay_sql, pay_params = payments.query.sql_with_params()
    sql = (
        "SELECT d.*, "  # nosec B608
        "COALESCE(p.p_upfront_no_fx, 0) AS upfront_no_fx, "
        "COALESCE(p.p_no_fx, 0) AS payment_no_fx, "
        "CASE WHEN p.deal_id IS NULL THEN 0 ELSE 1 END AS any_payment "
        f"FROM ({base_sql}) d LEFT JOIN ({pay_sql}) p ON p.deal_id = d.did"
    )
    return sql, (*base_params, *pay_params)


# measure → its column in deal_totals_sql()
COLUMNS = {"upfront": "upfront_usd", "headline": "headline_usd", "total_potential": "value_usd"}


def _fetch(deals: QuerySet[Deal], sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    with connections[deals.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def comps_statistics(deals: QuerySet[Deal], *, with_values: bool = False) -> CompsStatistics:
    """:func:`_comps_statistics`, cached by data version under the deals' SQL."""
    key = query_key(deals)
    return cached(
        "comps-statistics", key and (key, with_values),
        lambda: _comps_statistics(deals, with_values=with_values),
    )  # fmt: skip


def _comps_statistics(deals: QuerySet[Deal], *, with_values: bool = False) -> CompsStatistics:
    """Count, disclosed counts, median, quartiles, min and max of upfront, headline and total.

    ``deals`` is the visible, filtered queryset. One query: on PostgreSQL an aggregate with
    ``percentile_cont``; elsewhere the per-deal values, from which :func:`percentile_cont`
    computes the same numbers exactly. ``with_values`` also returns the sorted values for a
    strip plot (one more query on PostgreSQL, and only for up to :data:`STRIP_LIMIT` deals).
    """
    totals_sql, params = deal_totals_sql(deals)
    if is_postgres(deals):
        stats = _statistics_in_database(deals, totals_sql, params)
        if with_values and stats.count <= STRIP_LIMIT:
            stats = _with_values(stats, _value_rows(deals, totals_sql, params))
        return stats
    return _statistics_in_python(_value_rows(deals, totals_sql, params), with_values=with_values)


def _statistics_in_database(
    deals: QuerySet[Deal], totals_sql: str, params: tuple[Any, ...]
) -> CompsStatistics:
    columns = ["COUNT(*)"]
    for column in COLUMNS.values():
        columns += [f"COUNT({column})", f"MIN({column})", f"MAX({column})"]
        columns += [_percentile_sql(column, fraction) for fraction in QUARTILES]
    columns += [
        "SUM(CASE WHEN upfront_no_fx > 0 THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN headline_reported = 1 AND headline_usd IS NULL THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN value_usd IS NULL AND (payment_no_fx > 0 OR headline_reported = 1) "
        "THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN headline_reported = 0 AND any_payment = 0 THEN 1 ELSE 0 END)",
        "COUNT(share)",
        *(_percentile_sql("share", fraction) for fraction in QUARTILES),
    ]
    sql = (
        f"SELECT {', '.join(columns)} FROM (SELECT t.*, "  # nosec B608
        f"upfront_usd / NULLIF(headline_usd, 0) AS share FROM ({totals_sql}) t) s"
    )
    row = list(_fetch(deals, sql, params)[0])
    n = row.pop(0)
    measures = {}
    for measure in COLUMNS:
        disclosed, low, high, p25, median, p75 = row[:6]
        del row[:6]
        measures[measure] = (disclosed, low, high, p25, median, p75)
    upfront_no_fx, headline_no_fx, total_no_fx, no_terms, share_n, s25, s50, s75 = row
    no_fx = {"upfront": upfront_no_fx, "headline": headline_no_fx, "total_potential": total_no_fx}

    def distribution(measure: str) -> Distribution:
        disclosed, low, high, p25, median, p75 = measures[measure]
        return Distribution(
            measure=measure,
            disclosed=disclosed,
            undisclosed=n - disclosed,
            no_fx_rate=no_fx[measure] or 0,
            median=_money(median),
            p25=_money(p25),
            p75=_money(p75),
            minimum=_money(low),
            maximum=_money(high),
        )

    return CompsStatistics(
        count=n,
        upfront=distribution("upfront"),
        headline=distribution("headline"),
        total_potential=distribution("total_potential"),
        upfront_share=Share(
            deals=share_n,
            median=_share(s50),
            p25=_share(s25),
            p75=_share(s75),
            missing=n - share_n,
        ),
        no_terms=no_terms or 0,
    )


def _value_rows(deals: QuerySet[Deal], totals_sql: str, params: tuple[Any, ...]) -> list[tuple]:
    """Per deal: upfront, headline, total (Decimal or None), then the flags, in one query."""
    sql = (
        "SELECT upfront_usd, headline_usd, value_usd, headline_reported, "  # nosec B608
        f"upfront_no_fx, payment_no_fx, any_payment FROM ({totals_sql}) t"
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
        return Distribution(
            measure=measure,
            disclosed=len(values),
            undisclosed=n - len(values),
            no_fx_rate=no_fx[measure],
            median=_money(percentile_cont(values, QUARTILES[1])),
            p25=_money(percentile_cont(values, QUARTILES[0])),
            p75=_money(percentile_cont(values, QUARTILES[2])),
            minimum=values[0] if values else None,
            maximum=values[-1] if values else None,
            values=tuple(values) if with_values else None,
        )

    shares = sorted(r[0] / r[1] for r in rows if r[0] is not None and r[1])
    return CompsStatistics(
        count=n,
        upfront=distribution("upfront", 0),
        headline=distribution("headline", 1),
        total_potential=distribution("total_potential", 2),
        upfront_share=Share(
            deals=len(shares),
            median=_share(percentile_cont(shares, QUARTILES[1])),
            p25=_share(percentile_cont(shares, QUARTILES[0])),
            p75=_share(percentile_cont(shares, QUARTILES[2])),
            missing=n - len(shares),
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
