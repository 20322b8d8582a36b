"""A deal's money in plain text, for alert e-mails and feeds: the readings the pages' cells give.

The pages write a headline reported in euros as "€1.4B ≈ $1.48B" and an amount that no FX rate
converts as "no FX rate"; plain text must not drop the dollar value or call a disclosed amount
"undisclosed" (never the same thing: DOMAIN.md). ``compact_money`` (core/money.py) stays the
one formatter of an amount; this module only says which amounts, and what a missing one means.
"""

from __future__ import annotations

from decimal import Decimal

from core.money import compact_money
from deals.measures import DISCLOSED, UPFRONT, ComponentSum
from deals.models import Deal

NO_FX = "no FX rate"
UNDISCLOSED = "undisclosed"


def headline_text(deal: Deal) -> str:
    """ "$5.6B", "€1.4B (≈ $1.48B)", "NOK 1.1B (no FX rate)" or "undisclosed"."""
    if deal.headline_amount is None:
        return UNDISCLOSED
    currency = deal.headline_currency or "USD"
    reported = compact_money(deal.headline_amount, currency)
    if currency == "USD":
        return reported
    if deal.headline_amount_usd is None:
        return f"{reported} ({NO_FX})"
    return f"{reported} (≈ {compact_money(deal.headline_amount_usd)})"


def _unconverted(deal: Deal, measure: ComponentSum) -> bool:
    """Whether a payment ``measure`` sums (its one definition, deals/measures.py) is disclosed
    with an amount no FX rate converts."""
    payments = deal.payments.all()  # prefetched by for_listing(); one query otherwise
    return any(measure.covers(p) and p.needs_fx for p in payments)


def upfront_text(deal: Deal) -> str:
    """The upfront in US dollars; "no FX rate" when it is disclosed in an unconverted currency."""
    return _usd_or_reason(deal.upfront_usd, deal, UPFRONT)


def total_potential_text(deal: Deal) -> str:
    """The total potential in US dollars; "no FX rate" when what it would add is unconverted."""
    if deal.total_potential_usd is None and deal.headline_needs_fx:
        return NO_FX
    return _usd_or_reason(deal.total_potential_usd, deal, DISCLOSED)


def _usd_or_reason(value: Decimal | None, deal: Deal, measure: ComponentSum) -> str:
    if value is not None:
        return compact_money(value)
    return NO_FX if _unconverted(deal, measure) else UNDISCLOSED
