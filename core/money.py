"""Currency codes, sums where None means undisclosed, and the one money formatter.

Every page, the admin, exports' display columns and charts write amounts through
:func:`compact_money`, so the same amount reads the same everywhere ("$4.95B", "₩8.2T").
FX conversion lives with the rates, in ``deals/fx.py``.
"""

from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel.numbers import get_currency_symbol, list_currencies

CENT = Decimal("0.01")


# ISO 4217 codes that are not money a deal is paid in: "no currency" (XXX), the testing code
# (XTS), precious metals, bond-market and supranational units of account. ISO lists them, so a
# plain lookup accepted a payment "in XXX".
NOT_MONEY = frozenset(
    {
        "XXX", "XTS", "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU",
        "XUA", "XRE", "XFO", "XFU",
    }
)  # fmt: skip


@cache
def iso_currencies() -> frozenset[str]:
    """Every ISO 4217 currency babel knows (current and historical), without :data:`NOT_MONEY`."""
    return frozenset(list_currencies()) - NOT_MONEY


def is_currency(code: str) -> bool:
    return code in iso_currencies()


def plus(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    """A sum of amounts where None means "nothing disclosed": None only if both are."""
    return b if a is None else a if b is None else a + b


_SCALES = (
    (Decimal(10) ** 12, "T"),
    (Decimal(10) ** 9, "B"),
    (Decimal(10) ** 6, "M"),
    (Decimal(10) ** 3, "K"),
)


@cache  # babel looks the symbol up in its locale data on every call; charts make thousands
def currency_symbol(currency: str) -> str:
    """ "$" for USD, "₩" for KRW, "CHF" where no narrow symbol exists."""
    symbol = get_currency_symbol(currency, locale="en_US")
    if symbol == currency:
        narrow = {"KRW": "₩", "CNY": "CN¥", "JPY": "¥", "EUR": "€", "GBP": "£"}
        symbol = narrow.get(currency, f"{currency} ")
    return symbol


# Rounding to one decimal may move a figure by at most this share before a second decimal is
# kept: "$4.95B" of milestones must not read "$5B", nor "$1.14B" read "$1.1B".
_ONE_DECIMAL_TOLERANCE = Decimal("0.005")


def compact_money(amount: Decimal | None, currency: str = "USD") -> str:
    """ "$5.6B", "$4.95B", "$50M", "₩8.2T": the way deal values are read in the trade press.

    The one money formatter: pages, the admin, charts, feeds and the display columns of
    exports all write amounts through it, so the same amount reads the same everywhere. One
    decimal, or two where one would misstate the amount by more than half a percent.
    """
    if amount is None:
        return "undisclosed"
    symbol = currency_symbol(currency)
    for scale, letter in _SCALES:
        if abs(amount) >= scale:
            value = amount / scale
            rounded = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            if value and abs(rounded - value) / abs(value) > _ONE_DECIMAL_TOLERANCE:
                rounded = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            text = f"{rounded:f}".removesuffix(".00").removesuffix(".0")
            return f"{symbol}{text}{letter}"
    return f"{symbol}{amount.quantize(CENT):,}"
