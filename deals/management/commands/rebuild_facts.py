"""``manage.py rebuild_facts``: rewrite the stored analytics groups of every deal."""

from __future__ import annotations

from deals.analytics import breakdown_totals, facts, stored_statistics
from deals.management.rebuild import RebuildCommand


def _rebuild(using: str) -> int:
    written = facts.rebuild(using)
    # The stored chart totals add up these rows: computed now, not when a worker gets to it.
    breakdown_totals.refresh(using)
    stored_statistics.refresh(using)
    return written


class Command(RebuildCommand):
    help = (
        "Derive again the stored analytics groups of every deal (deals/analytics/facts.py): "
        "country groups of its licensors and targets, modalities, therapeutic areas. Writes "
        "keep them current; run this after loading data without signals (raw SQL, loaddata) "
        "or to check nothing drifted (--check). Then computes the stored breakdown totals "
        "(deals/analytics/breakdown_totals.py) and the stored statistics "
        "(deals/analytics/stored_statistics.py) again."
    )
    what = "Analytics groups"
    differing = "deals"
    same = "Stored analytics groups equal the derivation."
    rebuild = staticmethod(_rebuild)
    stale = staticmethod(facts.stale_deals)
