"""PostgreSQL's statistics statements against the Python computation, on deals of every shape.

On PostgreSQL the statistics are two statements (deals/analytics/stats.py): the figures over the
deals' stored columns, and the "no FX rate" and "no terms" flags that depend on amounts without
a USD value over the deals that have one. SQLite computes the same figures in Python from one
row per deal. This compares the two on the same data, for all deals and per deal class, with
deals chosen so that each flag's two halves are needed: a no-FX amount beside a reported
headline and without one, a no-FX amount that is not an upfront, an undisclosed term, a deal
with nothing disclosed, and internal deals.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import F

from deals.analytics.stats import (
    _statistics,
    _statistics_in_python,
    _value_rows,
    deal_totals_sql,
)
from deals.models import Deal, PaymentComponent
from tests import factories as f

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="compares PostgreSQL's SQL"),
]

K = PaymentComponent.Kind
M = Decimal(1_000_000)


def _deal(klass: str, headline: tuple[int, str] | None, *payments, internal=False) -> Deal:
    deal = f.DealFactory(
        deal_type=Deal.Type.ACQUISITION if klass == "m_and_a" else Deal.Type.LICENSE,
        announced_on=date(2026, 1, 12),
        visibility=Deal.Visibility.INTERNAL if internal else Deal.Visibility.PUBLIC,
        headline_amount=headline[0] * M if headline else None,
        headline_currency=headline[1] if headline else "",
    )
    for kind, amount, currency in payments:
        if amount is None:
            f.PaymentFactory(deal=deal, kind=kind, disclosed=False, amount=None, currency="")
        else:
            f.PaymentFactory(deal=deal, kind=kind, amount=amount * M, currency=currency)
    return deal


@pytest.fixture
def varied() -> None:
    f.FxRateFactory(currency="EUR", date=date(2025, 1, 1), usd_per_unit=Decimal("1.10"))
    for klass in ("licensing", "m_and_a"):
        _deal(klass, (500, "USD"), (K.UPFRONT_CASH, 40, "USD"))
        _deal(klass, (900, "EUR"), (K.UPFRONT_CASH, 70, "EUR"), (K.MILESTONES, 300, "EUR"))
        _deal(klass, None, (K.UPFRONT_CASH, 12, "USD"))
        _deal(klass, None)  # nothing disclosed: "no terms"
        _deal(klass, None, (K.UPFRONT_CASH, None, ""))  # a term, its amount undisclosed
        # An upfront without a USD value and no headline: no FX for upfront and total, and
        # not "no terms" although nothing has a USD value.
        _deal(klass, None, (K.UPFRONT_CASH, 15, "CHF"))
        # A milestone without a USD value beside a USD upfront: no FX for the total only.
        _deal(klass, None, (K.UPFRONT_CASH, 8, "USD"), (K.MILESTONES, 100, "CHF"))
        # A reported headline without a USD value and a no-FX upfront.
        _deal(klass, (200, "CHF"), (K.UPFRONT_CASH, 10, "CHF"))
        _deal(klass, (1200, "USD"), (K.UPFRONT_CASH, 150, "USD"), (K.MILESTONES, None, ""))
        _deal(klass, (99_000, "USD"), (K.UPFRONT_CASH, 9_000, "USD"), internal=True)
        _deal(klass, None, (K.MILESTONES, 5, "CHF"), internal=True)


def _in_python(deals, group: str | None):
    extra = {"grp": F(group)} if group else {}
    sql, params = deal_totals_sql(deals, **extra)
    rows = _value_rows(deals, sql, params, grouped=bool(group))
    if not group:
        return {None: _statistics_in_python(rows, with_values=False)}
    by_group: dict = {}
    for row in rows:
        by_group.setdefault(row[-1], []).append(row[:-1])
    return {k: _statistics_in_python(v, with_values=False) for k, v in by_group.items()}


@pytest.mark.parametrize("group", [None, "deal_class"])
@pytest.mark.parametrize("visible", ["public", "all"])
def test_postgresql_statements_equal_the_python_computation(varied, group, visible) -> None:
    deals = Deal.objects.public() if visible == "public" else Deal.objects.all()
    in_database = _statistics(deals, group, with_values=False)
    expected = _in_python(deals, group)
    assert in_database == expected
    # The fixture reaches every flag, so the comparison is not of zeros.
    every = in_database[None] if group is None else in_database["licensing"]
    assert every.no_terms >= 1
    assert every.upfront.no_fx_rate >= 1 and every.headline.no_fx_rate >= 1
    assert every.total_potential.no_fx_rate >= 2


def test_each_flag_counts_as_defined(varied) -> None:
    """Hand-counted over the public licensing deals above (9 deals)."""
    stats = _statistics(Deal.objects.public(), "deal_class", with_values=False)["licensing"]
    assert stats.count == 9
    # No terms (no headline, no disclosed amount): the deal with nothing and the one whose only
    # term is undisclosed; not the CHF upfront's, a disclosed amount without a USD value.
    assert stats.no_terms == 2
    # Upfront without USD: the CHF upfront with no headline and the one beside a CHF headline.
    assert stats.upfront.no_fx_rate == 2
    # Headline without USD: the CHF headline.
    assert stats.headline.no_fx_rate == 1
    # Total without USD: the CHF headline's deal and the CHF upfront's. The USD upfront beside
    # a CHF milestone has a total in USD (of the amounts that have one), so it is not counted.
    assert stats.total_potential.no_fx_rate == 2
