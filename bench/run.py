"""``make bench`` / ``make bench-scale``: DealScope against its floor, on PostgreSQL, in one run.

    python bench/run.py [--deals 100000] [--duration 15] [--skip-load] [--scale]

1. Makes sure the database exists, migrates it, seeds ``--deals`` synthetic deals once (a
   re-run reuses them) and collects static files (the pages run with DEBUG off).
2. Checks that the floor (bench/floor.py: one hand-written query + orjson) returns exactly the
   API's JSON for every API row, so that a ratio compares equal work.
3. In-process: each page through Django's full stack (test Client, middleware included),
   interleaved with its floor, warm; median, p95, queries per request and size.
4. EXPLAIN of every query the filtered lists run: sequential scans on the big tables, and
   whether filters over to-many relations use EXISTS (no JOIN + DISTINCT).
5. Under load (skipped with --skip-load): gunicorn on loopback, wrk at concurrency 8 and 32
   for --duration seconds per scenario (30 s at most), then the floor served the same way by a
   tiny WSGI app; requests/s, p50/p95/p99, errors and each worker's peak RSS.

Prints tables and writes bench/results.json. ``--scale`` uses its own database
(dealscope_bench_scale, 1M deals unless --deals says otherwise) and runs the filtered lists,
their counts and the EXPLAIN checks only.

The parts: bench/environment.py (database, settings, seeding), bench/scenarios.py (the rows),
bench/floor_check.py (the JSON comparison), bench/timing.py (in-process), bench/explain.py,
bench/throughput.py and bench/server.py (under load), bench/report.py (the printed tables).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
# ``python bench/run.py`` puts bench/ on the path, not the project root the bench package is in.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.environment import (  # noqa: E402
    BENCH_URL,
    SCALE_URL,
    configure_environment,
    ensure_database,
    prepare,
)
from bench.explain import explain_filters  # noqa: E402
from bench.floor_check import FloorMismatch, check_independent_floor  # noqa: E402
from bench.report import print_tables  # noqa: E402
from bench.scenarios import pick_parameters, scenarios  # noqa: E402
from bench.throughput import measure_load  # noqa: E402
from bench.timing import measure_in_process  # noqa: E402

RESULTS = ROOT / "bench" / "results.json"


def git_commit() -> str:
    try:
        command = ["git", "rev-parse", "--short", "HEAD"]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True).stdout.strip()  # noqa: S603
    except OSError:
        return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", action="store_true", help="Filtered lists at 1M deals.")
    parser.add_argument("--deals", type=int, help="Synthetic deals (100000; 1000000 with --scale).")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duration", type=int, default=15, help="Seconds per load row (<= 30).")
    parser.add_argument("--concurrency", default="8,32")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    parser.add_argument("--budget", type=float, default=3.0, help="Seconds per in-process row.")
    parser.add_argument("--max-requests", type=int, default=200)
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--only", default="", help="Comma-separated in-process row keys.")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    if not 1 <= args.duration <= 30:
        parser.error("--duration must be between 1 and 30 seconds")
    deals = args.deals or (1_000_000 if args.scale else 100_000)
    url = os.environ.get("SCALE_DATABASE_URL" if args.scale else "BENCH_DATABASE_URL") or (
        os.environ.get("DATABASE_URL") if not args.scale else None
    ) or (SCALE_URL if args.scale else BENCH_URL)  # fmt: skip
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit(f"The benchmark runs on PostgreSQL only; DATABASE_URL is {url!r}.")

    started = time.monotonic()
    configure_environment(url)
    ensure_database(url)
    import django

    django.setup()
    from django.db import connection

    from bench.floor import Floor
    from bench.floor_independent import IndependentFloor

    print(
        f"Database {urlsplit(url).path.lstrip('/')}: {deals:,} synthetic deals (seed {args.seed})"
    )
    prepare(deals, args.seed)
    params = pick_parameters()
    floor = Floor(url)
    independent = IndependentFloor(url)
    results: dict[str, Any] = {
        "meta": {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "mode": "scale" if args.scale else "bench",
            "deals": deals,
            "public_deals": None,
            "seed": args.seed,
            "git_commit": git_commit(),
            "python": platform.python_version(),
            "postgresql": connection.cursor().connection.info.server_version,
            "cpus": os.cpu_count(),
            "machine": platform.machine(),
            "parameters": params,
            # Other work on the machine inflates absolute times; ratios are measured interleaved.
            "load_average_at_start": os.getloadavg(),
        }
    }
    from deals.models import Deal

    results["meta"]["public_deals"] = Deal.objects.public().count()
    print("Checking the API's JSON against the independent floor ...")
    try:
        results["independent_floor_check"] = check_independent_floor(independent)
        print(f"  equal: {results['independent_floor_check']}")
    except FloorMismatch as error:
        sys.exit(f"FAIL: the API's JSON differs from the independent floor:\n{error}")
    print("In-process timings (each row interleaved with its floor):")
    rows = scenarios(params, floor, args.scale, independent)
    if args.only:
        rows = [r for r in rows if r["key"] in args.only.split(",")]
    try:
        results["in_process"] = measure_in_process(
            rows, budget=args.budget, max_n=args.max_requests, hard=15.0
        )
    except FloorMismatch as error:
        sys.exit(f"FAIL: the API's JSON differs from its floor: {error}")
    print("EXPLAIN checks ...")
    results["explain"] = explain_filters(params)
    floor.close()
    independent.close()
    if not args.scale and not args.skip_load:
        print(f"Load test: {args.duration} s per row at concurrency {args.concurrency}")
        concurrencies = [int(c) for c in args.concurrency.split(",")]
        results["load"] = measure_load(params, args.workers, args.duration, concurrencies)
    elapsed = results["meta"]["elapsed_s"] = round(time.monotonic() - started, 1)
    results["meta"]["load_average_at_end"] = os.getloadavg()
    print_tables(results)
    # One file for both runs: a scale run is kept under "scale", beside the last 100k run.
    previous = json.loads(args.output.read_text()) if args.output.exists() else {}
    if args.scale:
        results = {**previous, "scale": results}
    elif "scale" in previous:
        results["scale"] = previous["scale"]
    args.output.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nWrote {args.output} in {elapsed} s total.")


if __name__ == "__main__":
    main()
