"""Background work on Django's Tasks framework (the database backend of django-tasks-db).

The worker (``manage.py db_worker``) runs these; ``manage.py deliver_alerts --once`` runs the
queued ones and every pending delivery in-process, for cron and tests. Tasks are idempotent:
deliveries are keyed by subscription, deal and version, so running one twice sends nothing twice.
"""

from __future__ import annotations

from django.tasks import task

from . import delivery, matching


@task
def match_deal(deal_id: int) -> int:
    """Record the deliveries a new or changed deal is due, then send the immediate ones."""
    created = matching.record_deliveries(deal_id)
    if created:
        delivery.deliver_pending()
    return len(created)


@task
def deliver_alerts() -> int:
    """Send every due immediate e-mail and webhook (retries included)."""
    return delivery.deliver_pending()


@task
def send_digests(frequency: str) -> int:
    """Send the daily or weekly digest e-mails."""
    return delivery.send_digests(frequency)
