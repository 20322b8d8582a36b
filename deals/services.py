"""Writes that touch several models: USD recomputation and (later) deal intake and import.

Every write path (admin, API, importer, demo loader) calls these, so validation and history
are the same whichever door the data comes in by.
"""

from datetime import date

from django.db import transaction
from django.db.models import Q

from . import money
from .models import Deal, PaymentComponent


def recompute_usd(deal: Deal) -> None:
    """Recompute the USD value of the deal's headline and of every disclosed component."""
    on = deal.fx_date
    headline_usd = money.to_usd(deal.headline_amount, deal.headline_currency, on)
    if headline_usd != deal.headline_amount_usd:
        Deal.objects.filter(pk=deal.pk).update(headline_amount_usd=headline_usd)
        deal.headline_amount_usd = headline_usd
    changed = []
    for component in deal.payments.all():
        usd = (
            money.to_usd(component.amount, component.currency, on) if component.disclosed else None
        )
        if usd != component.amount_usd:
            component.amount_usd = usd
            changed.append(component)
    if changed:
        PaymentComponent.objects.bulk_update(changed, ["amount_usd"])


@transaction.atomic
def recompute_usd_for_currency(currency: str, since: date) -> int:
    """Recompute the deals whose money is in ``currency`` and dated on or after ``since``."""
    uses_currency = Q(headline_currency=currency) | Q(payments__currency=currency)
    dated = Q(announced_on__gte=since) | Q(announced_on__isnull=True, signed_on__gte=since)
    deals = Deal.objects.filter(uses_currency, dated).distinct().prefetch_related("payments")
    count = 0
    for deal in deals:
        recompute_usd(deal)
        count += 1
    return count
