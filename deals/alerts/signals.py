"""A new or changed deal queues its matching once its transaction commits.

The admin, the API, the importer and the intake screens save a deal with its parties and
payments in one transaction; matching runs on the committed whole, once per deal however many
rows of it changed.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from deals.models import Deal, DealEvent, DealParty, PaymentComponent

logger = logging.getLogger(__name__)


def _enqueue(deal_ids: set[int]) -> None:
    from .models import SavedSearch, Watch
    from .tasks import match_deal

    if not (SavedSearch.objects.exists() or Watch.objects.exists()):
        return  # nobody subscribed: nothing to match
    for deal_id in sorted(deal_ids):
        try:
            match_deal.enqueue(deal_id)
        except Exception:  # a queue outage must not fail the analyst's save
            logger.exception("could not queue alert matching for deal %s", deal_id)


def schedule_matching(deal_id: int) -> None:
    """Queue matching for ``deal_id`` when the current transaction commits (once per deal)."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _enqueue({deal_id})
        return
    batch: tuple[Any, set[int]] | None = getattr(connection, "_alerts_batch", None)
    # A batch whose callback is no longer queued was flushed or rolled back: start a new one.
    if batch is None or not any(item[1] is batch[0] for item in connection.run_on_commit):
        ids: set[int] = set()

        def flush() -> None:
            _enqueue(ids)

        transaction.on_commit(flush)
        batch = (flush, ids)
        connection._alerts_batch = batch
    batch[1].add(deal_id)


@receiver(post_save, sender=Deal)
def _deal_saved(sender: type[Deal], instance: Deal, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        schedule_matching(instance.pk)


@receiver(post_save, sender=DealParty)
@receiver(post_save, sender=PaymentComponent)
@receiver(post_save, sender=DealEvent)
def _deal_part_saved(sender: type, instance: Any, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        schedule_matching(instance.deal_id)
