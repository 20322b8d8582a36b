"""FX conversion and compact money formatting."""

from datetime import date
from decimal import Decimal

import pytest

from core import money
from deals import fx
from tests.factories import FxRateFactory


@pytest.mark.django_db
def test_usd_rate_uses_latest_rate_on_or_before_the_date() -> None:
    FxRateFactory(currency="KRW", date=date(2026, 1, 2), usd_per_unit=Decimal("0.00068"))
    FxRateFactory(currency="KRW", date=date(2026, 1, 9), usd_per_unit=Decimal("0.00069"))
    FxRateFactory(currency="KRW", date=date(2026, 1, 20), usd_per_unit=Decimal("0.00070"))
    assert fx.usd_rate("KRW", date(2026, 1, 12)) == Decimal("0.00069")
    assert fx.usd_rate("KRW", date(2026, 1, 9)) == Decimal("0.00069")


@pytest.mark.django_db
def test_no_rate_means_no_usd_amount_never_one_to_one() -> None:
    assert fx.to_usd(Decimal(100), "CHF", date(2026, 1, 12)) is None
    FxRateFactory(currency="CHF", date=date(2026, 1, 13), usd_per_unit=Decimal("1.25"))
    # A rate from after the date does not apply either.
    assert fx.to_usd(Decimal(100), "CHF", date(2026, 1, 12)) is None
    assert fx.to_usd(Decimal(100), "CHF", date(2026, 1, 13)) == Decimal("125.00")


def test_usd_needs_no_rate() -> None:
    assert fx.to_usd(Decimal("5600000000"), "USD", date(2026, 1, 12)) == Decimal("5600000000.00")


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("5600000000", "USD", "$5.6B"),
        ("50000000", "USD", "$50M"),
        ("8200000000000", "KRW", "₩8.2T"),
        ("74000000000", "KRW", "₩74B"),
        # A second decimal where one would misstate the amount by more than half a percent.
        ("1650000000", "USD", "$1.65B"),
        ("4950000000", "USD", "$4.95B"),
        ("1140000000", "USD", "$1.14B"),
        ("1700000000", "USD", "$1.7B"),
        ("2000000000", "EUR", "€2B"),
        ("950", "USD", "$950.00"),
    ],
)
def test_compact_money_reads_like_the_trade_press(
    amount: str, currency: str, expected: str
) -> None:
    assert money.compact_money(Decimal(amount), currency) == expected


def test_compact_money_says_undisclosed_for_no_amount() -> None:
    assert money.compact_money(None) == "undisclosed"


@pytest.mark.parametrize("amount", ["4950000000", "1140000000", "5600000000", "50000000"])
def test_pages_admin_and_charts_write_an_amount_the_same_way(amount: str) -> None:
    """One formatter (core/money.py): $4.95B is $4.95B on a page, in the admin and in a chart."""
    from core.charts import BarChart
    from deals.admin import usd_text
    from deals.templatetags.deal_format import plain_money

    value = Decimal(amount)
    expected = money.compact_money(value, "USD")
    assert plain_money(value) == expected
    assert usd_text(value).startswith(f"{expected} (")
    chart = BarChart.build("t", ["s"], [("row", "", [value])])
    assert chart.bars[0].total_text == expected
