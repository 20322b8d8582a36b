"""A deal's money in plain text, for alert e-mails and feeds: the readings the pages' cells give.

The pages write a headline reported in euros as "€1.4B ≈ $1.48B" and an amount that no FX rate
converts as "no FX rate"; plain text must not drop the dollar value or call a disclosed amount
"undisclosed" (never the same thing: DOMAIN.md). ``compact_money`` (core/money.py) stays the
one formatter of an amount; this module only says which amounts, and what a missing one means.
"""

from __future__ import annotations

from decimal import Decimal

from core.money import compact_money
from deals.measures import UPFRONT_KINDS
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


def _unconverted(deal: Deal, upfront_only: bool) -> bool:
    """Whether a disclosed amount (an upfront one, when ``upfront_only``) has no USD value."""
    payments = deal.payments.all()  # prefetched by for_listing(); one query otherwise
    return any(
        p.disclosed
        and p.amount is not None
        and p.amount_usd is None
        and (p.kind in UPFRONT_KINDS or not upfront_only)
        for p in payments
    )


def upfront_text(deal: Deal) -> str:
    """The upfront in US dollars; "no FX rate" when it is disclosed in an unconverted currency."""
    return _usd_or_reason(deal.upfront_usd, deal, upfront_only=True)


def total_potential_text(deal: Deal) -> str:
    """The total potential in US dollars; "no FX rate" when what it would add is unconverted."""
    if deal.total_potential_usd is None and deal.headline_needs_fx:
        return NO_FX
    return _usd_or_reason(deal.total_potential_usd, deal, upfront_only=False)


def _usd_or_reason(value: Decimal | None, deal: Deal, *, upfront_only: bool) -> str:
    if value is not None:
        return compact_money(value)
    return NO_FX if _unconverted(deal, upfront_only) else UNDISCLOSED
