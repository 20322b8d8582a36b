"""Small pure helpers of the generator: weighted draws, calendar rules, press-release rounding."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from deals.synthetic.vocabularies import CENT


def cum(weights: Iterable[float]) -> list[float]:
    """Cumulative weights, for ``random.choices(..., cum_weights=...)``."""
    return list(itertools.accumulate(weights))


def first_weekday(year: int, month: int, day: int, weekday: int) -> date:
    """The first ``weekday`` (Monday 0) on or after ``year``-``month``-``day``."""
    start = date(year, month, day)
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def round_sig(value: float, digits: int = 3, *, up: bool = False) -> Decimal:
    """``value`` to ``digits`` significant digits, the way press releases round ("$4.95B")."""
    if value <= 0:
        return Decimal(0)
    exponent = math.floor(math.log10(value)) - digits + 1
    quantum = Decimal(1).scaleb(exponent)
    rounded = (Decimal(repr(value)) / quantum).quantize(
        Decimal(1), rounding=ROUND_CEILING if up else ROUND_HALF_UP
    ) * quantum
    return rounded.quantize(CENT) if exponent < 0 else Decimal(int(rounded)).quantize(CENT)


def usd(amount: Decimal | None, rate: Decimal | None) -> Decimal | None:
    """deals.fx.to_usd with the rate already looked up."""
    if amount is None or rate is None:
        return None
    return (amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)
