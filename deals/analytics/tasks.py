"""Background work of the analytics (Django's Tasks framework, run by ``manage.py db_worker``)."""

from __future__ import annotations

from django.tasks import task

from deals.analytics import breakdown_totals, stored_statistics


@task
def refresh_breakdown_totals(using: str = "default") -> bool:
    """Compute the stored breakdown totals and the stored statistics again unless they are
    current (idempotent: many queued refreshes after a burst of writes cost one computation
    and a check each). True when either was computed."""
    # Each only while pages may read it (its setting): rows nobody reads are not computed.
    totals = breakdown_totals.enabled() and breakdown_totals.refresh(using)
    statistics = stored_statistics.enabled() and stored_statistics.refresh(using)
    return totals or statistics
