"""Keep stored USD amounts in step with the FX rates they were computed from."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import FxRate
from .services import recompute_usd_for_currency


@receiver(post_save, sender=FxRate)
@receiver(post_delete, sender=FxRate)
def _fx_rate_changed(sender: type[FxRate], instance: FxRate, **kwargs: object) -> None:
    # A new or corrected rate can change the USD value of every deal dated on or after it.
    if kwargs.get("raw"):
        return
    recompute_usd_for_currency(instance.currency, since=instance.date)
