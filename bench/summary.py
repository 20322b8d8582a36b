"""``python bench/summary.py``: the deal-list summary against the deal list it summarises.

Issue "One number, one meaning" asks that ``GET /api/v1/deals/summary/`` of an unfiltered list
(and of the common filters) stay within 2x of the deal list itself on PostgreSQL at 100k deals.
Both are requested through Django's full stack (test Client, middleware included), warm,
interleaved round by round so that the machine's load falls on both alike, with no Redis and
the result cache off. Each pair is also checked for the same ``count``: the summary must count
exactly the deals the list counts. Exits 1 when a ratio is over 2 or a count differs.

Run against a seeded database: ``DATABASE_URL=postgres://... python bench/summary.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIMIT = 2.0


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "true")
    os.environ.pop("REDIS_URL", None)
    os.environ["RESULT_CACHE"] = "false"
    os.environ["API_THROTTLE_ANON"] = "10000000/s"
    os.environ["API_THROTTLE_USER"] = "10000000/s"
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]


def _time(client: Any, path: str, query: dict[str, str]) -> tuple[float, Any]:
    start = time.perf_counter()
    response = client.get(path, query)
    elapsed = time.perf_counter() - start
    assert response.status_code == 200, (path, query, response.status_code)
    return elapsed, response.json()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    _setup()
    from django.test import Client

    from deals.models import Deal

    client = Client()
    country = (
        Deal.objects.public()
        .filter(parties__role="licensor")
        .values_list("parties__company__country", flat=True)
        .first()
    )
    cases = [("unfiltered", {}), ("licensing", {"deal_class": "licensing"})]
    if country:
        cases.append((f"licensor_country={country}", {"licensor_country": str(country)}))
    failed = False
    print(f"{'case':32} {'list p50':>9} {'summary p50':>12} {'ratio':>6}  count")
    for label, query in cases:
        lists: list[float] = []
        summaries: list[float] = []
        for _ in range(3):  # warm both
            _time(client, "/api/v1/deals/", {**query, "page_size": "50"})
            _time(client, "/api/v1/deals/summary/", query)
        for _ in range(args.rounds):
            elapsed, listed = _time(client, "/api/v1/deals/", {**query, "page_size": "50"})
            lists.append(elapsed)
            elapsed, summary = _time(client, "/api/v1/deals/summary/", query)
            summaries.append(elapsed)
        same = listed["count"] == summary["count"]
        ratio = statistics.median(summaries) / statistics.median(lists)
        failed |= ratio > LIMIT or not same
        print(
            f"{label:32} {statistics.median(lists) * 1000:8.1f}ms "
            f"{statistics.median(summaries) * 1000:11.1f}ms {ratio:6.2f}  "
            f"{summary['count']}{'' if same else ' DIFFERS from ' + str(listed['count'])}"
        )
    print("FAIL" if failed else f"ok: every summary within {LIMIT}x of its list, counts equal")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
