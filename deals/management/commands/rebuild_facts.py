"""``manage.py rebuild_facts``: rewrite the stored analytics groups of every deal."""

from __future__ import annotations

from deals.analytics import facts
from deals.management.rebuild import RebuildCommand


class Command(RebuildCommand):
    help = (
        "Derive again the stored analytics groups of every deal (deals/analytics/facts.py): "
        "country groups of its licensors and targets, modalities, therapeutic areas. Writes "
        "keep them current; run this after loading data without signals (raw SQL, loaddata) "
        "or to check nothing drifted (--check)."
    )
    what = "Analytics groups"
    differing = "deals"
    same = "Stored analytics groups equal the derivation."
    rebuild = staticmethod(facts.rebuild)
    stale = staticmethod(facts.stale_deals)
