"""``manage.py rebuild_rights``: rewrite the stored availability behind ``available_in``."""

from __future__ import annotations

from deals.management.rebuild import RebuildCommand
from deals.rights import stored


class Command(RebuildCommand):
    help = (
        "Derive again the stored availability of every licensed asset (deals/rights/stored.py) "
        "from the deals. Writes keep it current; run this after loading data without signals "
        "(raw SQL, loaddata) or to check nothing drifted (--check)."
    )
    what = "Stored availability"
    differing = "assets"
    same = "Stored availability equals the derivation."
    rebuild = staticmethod(stored.rebuild)
    stale = staticmethod(stored.stale_assets)
