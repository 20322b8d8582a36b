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
        ("1650000000", "USD", "$1.7B"),
        ("950", "USD", "$950.00"),
    ],
)
def test_compact_money_reads_like_the_trade_press(
    amount: str, currency: str, expected: str
) -> None:
    assert money.compact_money(Decimal(amount), currency) == expected


def test_compact_money_says_undisclosed_for_no_amount() -> None:
    assert money.compact_money(None) == "undisclosed"
