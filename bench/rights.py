"""Rights map, company profile and compare pages against the deal detail page, at scale.

    DATABASE_URL=postgres://…/dealscope_rights python bench/rights.py [--runs 15]

Expects a database seeded with ``manage.py seed_synthetic --deals 100000`` (not done here:
it takes minutes; the issue's figure is at 100k deals). Every page is requested through
Django's full stack (test Client, DEBUG off), warm; the table gives the median and p95 of
``--runs`` requests and the ratio of the median to the deal detail
page's median (issue #17: within 3x). Subjects are picked by their number of deals: the
busiest company and asset (the worst case) and a median one. Writes bench/rights_results.json.
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
RESULTS = ROOT / "bench" / "rights_results.json"
LIMIT = 3.0


def _setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ["ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    os.environ.setdefault("API_THROTTLE_ANON", "1000000/minute")
    # Without any cache: not Redis's, nor the per-process one kept under the data version.
    os.environ["RESULT_CACHE"] = "false"
    os.environ["RESULT_CACHE_LOCAL"] = "false"
    import django

    django.setup()
    from django.conf import settings

    # The manifest storage needs collectstatic (bench/run.py runs it); static URLs are not
    # what this bench measures.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def _subjects() -> dict[str, str]:
    from django.db.models import Count

    from companies.models import Asset, Company
    from deals.models import Deal

    public = Deal.objects.public()
    companies = list(
        Company.objects.filter(deal_parties__deal__in=public.values("pk"))
        .annotate(n=Count("deal_parties"))
        .order_by("-n", "pk")
        .values_list("slug", "n")[:2000]
    )
    assets = list(
        Asset.objects.filter(deal_assets__deal__in=public.values("pk"))
        .annotate(n=Count("deal_assets"))
        .order_by("-n", "pk")
        .values_list("slug", "n")[:2000]
    )
    deals = list(public.order_by("pk").values_list("slug", flat=True)[:2000])
    return {
        "deal": deals[len(deals) // 2],
        "company_busiest": companies[0][0],
        "company_median": companies[len(companies) // 2][0],
        "company_second": companies[1][0],
        "asset_busiest": assets[0][0],
        "asset_median": assets[len(assets) // 2][0],
        "asset_second": assets[1][0],
    }


def _time(client: Any, path: str, runs: int) -> dict[str, Any]:
    first = client.get(path)
    assert first.status_code == 200, (path, first.status_code)
    client.get(path)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {
        "path": path,
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1),
        "bytes": len(first.content),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    _setup()
    from django.test import Client

    from deals.models import Deal

    s = _subjects()
    pages = {
        "deal detail (baseline)": f"/deals/{s['deal']}/",
        "deal detail API": f"/api/v1/deals/{s['deal']}/",
        "asset rights page (busiest)": f"/assets/{s['asset_busiest']}/rights/",
        "asset rights page (median)": f"/assets/{s['asset_median']}/rights/",
        "asset rights API (busiest)": f"/api/v1/assets/{s['asset_busiest']}/rights/",
        "asset page with rights (busiest)": f"/assets/{s['asset_busiest']}/",
        "company profile API (busiest)": f"/api/v1/companies/{s['company_busiest']}/profile/",
        "company profile API (median)": f"/api/v1/companies/{s['company_median']}/profile/",
        "company page with profile (busiest)": f"/companies/{s['company_busiest']}/",
        "compare 2 companies (busiest)": (
            f"/compare/?companies={s['company_busiest']},{s['company_second']}"
        ),
        "compare 2 assets (busiest)": f"/compare/?assets={s['asset_busiest']},{s['asset_second']}",
        # The unfiltered asset list first: what available_in adds is the difference.
        "asset API, no filter (floor for the next)": "/api/v1/assets/",
        "asset list available_in=JP": "/assets/?available_in=JP",
        "asset API available_in=JP": "/api/v1/assets/?available_in=JP",
    }
    client = Client()
    results: dict[str, Any] = {"deals": Deal.objects.count(), "subjects": s, "pages": {}}
    print(f"{results['deals']:,} deals; {args.runs} warm runs each\n")
    print(f"{'page':<40} {'median':>9} {'p95':>9} {'x detail':>9}")
    base = None
    for label, path in pages.items():
        row = _time(client, path, args.runs)
        if base is None:
            base = row["median_ms"]
        row["ratio_to_detail"] = round(row["median_ms"] / base, 2)
        results["pages"][label] = row
        mark = "" if row["ratio_to_detail"] <= LIMIT or "available_in" in label else "  > 3x"
        print(
            f"{label:<40} {row['median_ms']:>7.1f}ms {row['p95_ms']:>7.1f}ms "
            f"{row['ratio_to_detail']:>8.2f}x{mark}"
        )
    RESULTS.write_text(json.dumps(results, indent=2))
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
