"""``python bench/search.py``: the free-text search (``q``) and the 500-row export, timed.

Runs against the database of ``DATABASE_URL`` (seed it first with ``manage.py seed_synthetic
--deals N``), in process through Django's full stack (test Client, middleware included), warm.
The queries are the shapes an analyst types, taken from the data: a company name, two
parties of one deal, an asset code without its hyphen, a code split by a space, a target with
a modality, a company name with one typo, a Korean/Chinese local name, and a word found
nowhere. Prints median and p95 per query and the export's time; ``--json`` writes them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "true")
    # The throttles still run; the rate only keeps repeated requests from being refused.
    os.environ["API_THROTTLE_ANON"] = "10000000/s"
    os.environ["API_THROTTLE_USER"] = "10000000/s"
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]


def queries() -> list[tuple[str, str]]:
    """(label, q) pairs built from the data in the database."""
    from django.db.models import Count, Q

    from companies.models import Asset, Company
    from deals.models import Deal

    ranked = list(
        Company.objects.annotate(n=Count("deal_parties"))
        .filter(n__gte=5)
        .order_by("-n", "slug")
        .values_list("name", flat=True)[:60]
    )
    name = ranked[min(49, len(ranked) - 1)].split()[0]
    deal = (
        Deal.objects.public()
        .annotate(n=Count("parties", filter=Q(parties__company__isnull=False)))
        .filter(n=2)
        .order_by("pk")
        .first()
    )
    assert deal is not None
    two = " ".join(p.company.name.split()[0] for p in deal.parties.all() if p.company)
    code = Asset.objects.filter(name__contains="-").order_by("pk").values_list("name", flat=True)[0]
    local = (
        Company.objects.exclude(local_name="")
        .order_by("pk")
        .values_list("local_name", flat=True)[0]
    )
    typo = name[:2] + name[3:] if len(name) > 5 else name + "x"
    return [
        ("company name", name),
        ("two parties of one deal", two),
        ("asset code without hyphen", code.replace("-", "")),
        ("asset code split by a space", code.replace("-", " ")),
        ("target and modality", "TROP2 ADC"),
        ("company name with one typo", typo),
        ("local-language name", local),
        ("company word and code", f"{name} {code}"),
        ("a word in most deals", "Therapeutics"),
        ("a word found nowhere", "zzqxv"),
    ]


def _time(client: Any, path: str, params: dict[str, str], repeat: int) -> dict[str, Any]:
    client.get(path, params)  # warm
    times = []
    count = None
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path, params)
        if response.streaming:
            b"".join(response.streaming_content)  # a streamed export is timed to its last byte
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.content[:300]
        if count is None and response.get("Content-Type", "").startswith("application/json"):
            count = response.json()["count"]
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(p95, 1),
        "count": count,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    _setup()
    from django.db import connection
    from django.test import Client

    from deals.models import Deal

    client = Client()
    out: dict[str, Any] = {"vendor": connection.vendor, "deals": Deal.objects.count(), "q": []}
    print(f"{connection.vendor}, {out['deals']:,} deals, {args.repeat} warm runs each")
    for label, q in queries():
        row = {"label": label, "q": q, **_time(client, "/api/v1/deals/", {"q": q}, args.repeat)}
        out["q"].append(row)
        print(f"  q {label:<30} {q!r:<36} {row['count']!s:>7} deals  "
              f"median {row['median_ms']:>7} ms  p95 {row['p95_ms']:>7} ms")  # fmt: skip
    # 500 rows: the newest 500 deals by date.
    dates = list(
        Deal.objects.public()
        .filter(announced_on__isnull=False)
        .order_by("-announced_on")
        .values_list("announced_on", flat=True)[:500]
    )
    params = {"announced_after": dates[-1].isoformat()}
    n = Deal.objects.public().filter(announced_on__gte=dates[-1]).count()
    for fmt in ("csv", "xlsx"):
        row = _time(client, f"/deals/export.{fmt}", params, max(3, args.repeat // 4))
        out[f"export_{fmt}"] = {**row, "rows": n}
        print(f"  export {fmt} of {n} rows: median {row['median_ms']} ms, p95 {row['p95_ms']} ms")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
