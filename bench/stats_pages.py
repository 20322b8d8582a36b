"""The statistics pages at scale, without any cache and with the per-process data-version cache.

    DATABASE_URL=postgres://…/dealscope_bench100k python bench/stats_pages.py [--runs 20]

Expects a database seeded with ``manage.py seed_synthetic --deals 100000``. The process is
prepared as config/wsgi.py prepares a server worker (core/startup.py; ``--no-prepare`` skips
it, as the rounds before it ran). Redis is never used
(the result cache is off, as on an installation without ``REDIS_URL``). Each page is requested
through Django's full stack (test Client, DEBUG off) in two modes, interleaved in one run:

- ``no cache``: ``RESULT_CACHE_LOCAL`` off, so every request computes every figure (issue #18's
  goal: each statistics page <= 150 ms p95 at 100k deals);
- ``stamp cache``: the default without Redis, figures kept in the process under the database's
  data version (exact: any committed write changes the version, and the next request computes
  again); the first request after a write is the ``no cache`` time.

The stored breakdown totals (deals/analytics/breakdown_totals.py) and the stored statistics
(deals/analytics/stored_statistics.py) are computed first, as the worker does after the seed's
writes; the rows "(after a write)" are the pages before that refresh has run (every figure from
the deals). Before timing, each page's body is compared
between the two modes and with every figure computed from the deals: a cached or stored figure
must be the one computed live, byte for byte (the run fails otherwise). Writes
bench/stats_results.json.
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
RESULTS = ROOT / "bench" / "stats_results.json"
GOAL_MS = 150.0


def _setup(prepare: bool) -> None:
    sys.path.insert(0, str(ROOT))
    from bench.environment import configure_environment

    configure_environment(os.environ.get("DATABASE_URL", ""))
    os.environ.pop("REDIS_URL", None)  # as on an installation without Redis
    import django

    django.setup()
    from django.conf import settings

    # Static URLs are not what this bench measures (no collectstatic manifest needed).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    if prepare:
        # As config/wsgi.py prepares a server worker (views imported, startup objects frozen).
        from core.startup import prepare_worker

        prepare_worker()


def _pages() -> dict[str, tuple[str, dict[str, Any]]]:
    from django.db.models import Count

    from companies.models import Company
    from deals.models import Conference, Deal

    public = Deal.objects.public()
    conference = (
        Conference.objects.filter(deals__in=public.values("pk"))
        .annotate(n=Count("deals"))
        .order_by("-n", "pk")
        .values_list("slug", flat=True)
        .first()
    )
    company = (
        Company.objects.filter(deal_parties__deal__in=public.values("pk"))
        .annotate(n=Count("deal_parties"))
        .order_by("-n", "pk")
        .values_list("slug", flat=True)
        .first()
    )
    pages = {
        "/analytics/": "/analytics/",
        "/comps/": "/comps/",
        "home": "/",
        "conference (busiest)": f"/conferences/{conference}/",
        "deal list (HTML)": "/deals/",
        "totals row (HTML, htmx)": "/deals/summary/",
        "summary API": "/api/v1/deals/summary/",
        "company page (busiest)": f"/companies/{company}/",
    }
    rows: dict[str, tuple[str, dict[str, Any]]] = {k: (v, {}) for k, v in pages.items()}
    # The same page before the refresh task has run after a write: every chart live.
    rows["/analytics/ (after a write)"] = ("/analytics/", {"BREAKDOWN_TOTALS": False})
    rows["/comps/ (after a write)"] = ("/comps/", {"STORED_STATISTICS": False})
    rows["summary API (after a write)"] = ("/api/v1/deals/summary/", {"STORED_STATISTICS": False})
    rows["home (after a write)"] = ("/", {"BREAKDOWN_TOTALS": False})
    rows["deal list (after a write)"] = ("/deals/", {"STORED_STATISTICS": False})
    return rows


def _p95(times: list[float]) -> float:
    times = sorted(times)
    return times[max(0, int(len(times) * 0.95 + 0.5) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--no-prepare",
        action="store_true",
        help="skip the worker preparation config/wsgi.py does (as the rounds before it)",
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        help="leave out the pages whose label contains this (repeatable), e.g. 'company' on a "
        "database seeded --without-stored",
    )
    args = parser.parse_args()
    _setup(prepare=not args.no_prepare)
    from django.test import Client, override_settings

    from deals.analytics import breakdown_totals, stored_statistics
    from deals.models import Deal

    # As the worker does after the seed's writes (deals/analytics/breakdown_totals.py).
    started = time.perf_counter()
    breakdown_totals.refresh(force=True)
    refresh_s = round(time.perf_counter() - started, 2)
    started = time.perf_counter()
    stored_statistics.refresh(force=True)
    statistics_s = round(time.perf_counter() - started, 2)
    pages = {
        label: page
        for label, page in _pages().items()
        if not any(skip in label for skip in args.skip)
    }
    client = Client()
    results: dict[str, Any] = {
        "deals": Deal.objects.count(), "runs": args.runs, "prepared": not args.no_prepare,
        "breakdown_totals_refresh_s": refresh_s, "stored_statistics_refresh_s": statistics_s,
        "pages": {},
    }  # fmt: skip
    print(f"{results['deals']:,} deals, no Redis; {args.runs} runs per mode, interleaved")
    print(f"stored breakdown totals refreshed in {refresh_s} s, statistics in {statistics_s} s\n")
    print(f"{'page':<26} {'no cache p50':>13} {'p95':>9} {'stamp cache p50':>16} {'p95':>9}")
    failed = False
    for label, (path, overrides) in pages.items():
        with override_settings(
            RESULT_CACHE_LOCAL=False, BREAKDOWN_TOTALS=False, STORED_STATISTICS=False
        ):
            computed = client.get(path)  # every figure from the deals themselves
        with override_settings(RESULT_CACHE_LOCAL=False, **overrides):
            live = client.get(path)
        assert live.status_code == 200, (path, live.status_code)
        if live.content != computed.content:
            print(f"MISMATCH: {path} differs between the stored totals and the deals")
            failed = True
        with override_settings(**overrides):
            client.get(path)  # fills the stamp cache
            cachedbody = client.get(path)
        if cachedbody.content != live.content:
            print(f"MISMATCH: {path} differs between the live and the cached computation")
            failed = True
        cold: list[float] = []
        warm: list[float] = []
        for _ in range(args.runs):
            with override_settings(RESULT_CACHE_LOCAL=False, **overrides):
                t0 = time.perf_counter()
                client.get(path)
                cold.append((time.perf_counter() - t0) * 1000)
            with override_settings(**overrides):
                t0 = time.perf_counter()
                client.get(path)
                warm.append((time.perf_counter() - t0) * 1000)
        row: dict[str, Any] = {
            "path": path,
            "no_cache_median_ms": round(statistics.median(cold), 1),
            "no_cache_p95_ms": round(_p95(cold), 1),
            "stamp_cache_median_ms": round(statistics.median(warm), 1),
            "stamp_cache_p95_ms": round(_p95(warm), 1),
        }
        results["pages"][label] = row
        mark = "" if row["no_cache_p95_ms"] <= GOAL_MS else f"  > {GOAL_MS:.0f} ms"
        print(
            f"{label:<26} {row['no_cache_median_ms']:>11.1f}ms {row['no_cache_p95_ms']:>7.1f}ms "
            f"{row['stamp_cache_median_ms']:>14.1f}ms {row['stamp_cache_p95_ms']:>7.1f}ms{mark}"
        )
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
