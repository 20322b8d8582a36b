"""FX conversion: USD amounts from the FxRate in force on a deal's date.

USD amounts always come from an FxRate on or before the reference date; where no rate is
known the USD amount stays empty (never a silent 1:1).
"""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from core.money import CENT


def usd_rate(currency: str, on: date | None) -> Decimal | None:
    """USD per one unit of ``currency``: the latest FxRate on or before ``on``; None if unknown."""
    if currency == "USD":
        return Decimal(1)
    if not currency or on is None:
        return None
    from .models import FxRate  # models import this module; avoid the cycle at import time

    rate = (
        FxRate.objects.filter(currency=currency, date__lte=on)
        .order_by("-date")
        .values_list("usd_per_unit", flat=True)
        .first()
    )
    return rate


def to_usd(amount: Decimal | None, currency: str, on: date | None) -> Decimal | None:
    """``amount`` converted to USD at the rate in force on ``on``, rounded to the cent."""
    if amount is None:
        return None
    rate = usd_rate(currency, on)
    if rate is None:
        return None
    return (amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)
