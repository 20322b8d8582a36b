"""``manage.py rebuild_profiles``: rewrite every company's stored public profile figures."""

from __future__ import annotations

from deals.management.rebuild import RebuildCommand
from deals.profiles import stored


class Command(RebuildCommand):
    help = (
        "Compute again the stored profile figures of every company (deals/profiles/stored.py) "
        "from the deals. Writes keep them current; run this after loading data without signals "
        "(raw SQL, loaddata) or to check nothing drifted (--check)."
    )
    what = "Stored company figures"
    unit = "companies"
    differing = "companies"
    reference = "the live figures"
    same = "Stored company figures equal the live computation."
    rebuild = staticmethod(stored.rebuild)
    stale = staticmethod(stored.stale_companies)
