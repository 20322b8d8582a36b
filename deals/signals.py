"""Keep stored USD amounts in step with the FX rates they were computed from, and each deal's
stored money measures in step with its payment terms."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Deal, FxRate, PaymentComponent
from .services import recompute_usd_for_currency


@receiver(post_save, sender=FxRate)
@receiver(post_delete, sender=FxRate)
def _fx_rate_changed(sender: type[FxRate], instance: FxRate, **kwargs: object) -> None:
    # A new or corrected rate can change the USD value of every deal dated on or after it.
    if kwargs.get("raw"):
        return
    recompute_usd_for_currency(instance.currency, since=instance.date)


@receiver(post_save, sender=PaymentComponent)
@receiver(post_delete, sender=PaymentComponent)
def _payment_changed(
    sender: type[PaymentComponent], instance: PaymentComponent, **kwargs: object
) -> None:
    # Every save or delete of a term, whichever door it came through (admin inline, API,
    # import, demo loader), rewrites the deal's stored measures.
    if kwargs.get("raw"):
        return
    Deal.objects.filter(pk=instance.deal_id).refresh_totals()
