"""Background work on Django's Tasks framework (the database backend of django-tasks-db).

The worker (``manage.py db_worker``) runs these; ``manage.py deliver_alerts --once`` runs the
queued ones and every pending delivery in-process, for cron and tests. Tasks are idempotent:
deliveries are keyed by subscription, deal and version, so running one twice sends nothing twice.
"""

from __future__ import annotations

from django.tasks import task

from . import delivery, matching
from .models import Frequency


@task
def match_deal(deal_id: int) -> int:
    """Record the deliveries a new or changed deal is due and queue one task per immediate one.

    One task per delivery: a worker stopped between two of them (SIGTERM lets the current one
    finish) leaves the rest queued, and the delivery rows stay pending for ``deliver_alerts``
    even if a task itself is lost.
    """
    created = matching.record_deliveries(deal_id)
    for row in created:
        if row.channel == row.Channel.WEBHOOK or row.frequency == Frequency.IMMEDIATE:
            send_delivery.enqueue(row.pk)
    return len(created)


@task
def send_delivery(delivery_id: int) -> str:
    """Send one delivery if it is still pending and due; a webhook retry queues itself again."""
    row = delivery.deliver_one(delivery_id)
    if row is None:
        return "not due"
    if row.status == row.Status.PENDING and row.next_attempt_at is not None:
        send_delivery.using(run_after=row.next_attempt_at).enqueue(row.pk)
    return row.status


@task
def deliver_alerts() -> int:
    """Send every due immediate e-mail and webhook (retries included)."""
    return delivery.deliver_pending()


@task
def send_digests(frequency: str) -> int:
    """Send the daily or weekly digest e-mails."""
    return delivery.send_digests(frequency)
