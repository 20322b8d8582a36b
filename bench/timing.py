"""In-process timings: each page through Django's full stack, interleaved with its floor."""

from __future__ import annotations

import json
import statistics
import time
from typing import Any

from bench.floor_check import FloorMismatch, json_differences


def percentile(values: list[float], p: float) -> float:
    """Linear-interpolated percentile (p in 0..100) of ``values``."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def ms(seconds: float) -> float:
    """Seconds as milliseconds, two decimals (the unit of every time in results.json)."""
    return round(seconds * 1000, 2)


def endpoint_exists(path: str) -> bool:
    """Whether ``path`` resolves (a row for an endpoint this build lacks reads n/a)."""
    from django.urls import Resolver404, resolve

    try:
        resolve(path)
    except Resolver404:
        return False
    return True


def measure_in_process(
    rows: list[dict[str, Any]], budget: float, max_n: int, hard: float
) -> list[dict[str, Any]]:
    """Time every row and its floor, interleaved so both see the same machine state."""
    from django.core.cache import cache
    from django.test import Client
    from django.test.utils import override_settings

    client = Client()
    results = []

    for row in rows:
        with override_settings(**row.get("settings", {})):
            if row.get("settings"):
                cache.clear()  # the first request computes, the timed ones are served
            results.append(_measure_row(client, row, budget, max_n, hard))
    return results


def _measure_row(
    client: Any, row: dict[str, Any], budget: float, max_n: int, hard: float
) -> dict[str, Any]:
    """One row of :func:`measure_in_process`."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    out = {k: row[k] for k in ("key", "label", "path", "query")}
    if row["floor"] is not None:
        out["floor_kind"] = row.get("floor_kind", "app-SQL")
    print(f"  {row['label']:<40}", end=" ", flush=True)
    if not endpoint_exists(row["path"]):
        out["status"] = "n/a (endpoint missing)"
        print(out["status"])
        return out
    t0 = time.perf_counter()
    first = client.get(row["path"], row["query"])
    first_s = time.perf_counter() - t0
    out["status"] = first.status_code
    if first.status_code != 200:
        print(f"HTTP {first.status_code}: not timed")
        return out
    out["bytes"] = len(first.content)
    if row["floor"] is not None and row["json"]:
        floor_body = row["floor"]()
        diffs = json_differences(json.loads(first.content), json.loads(floor_body))
        out["json_equals_floor"] = not diffs
        out["json_differences"] = diffs
        if diffs:  # a ratio over different work says nothing, whichever the floor
            raise FloorMismatch(f"{row['label']}: " + "; ".join(diffs))
    with CaptureQueriesContext(connection) as queries:
        client.get(row["path"], row["query"])
    out["queries"] = len(queries)
    slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:3]
    out["slowest_queries"] = [
        {"ms": round(float(q["time"]) * 1000, 2), "sql": q["sql"][:400]} for q in slowest
    ]
    times, floor_times = [], []
    # Two more warm-ups (templates, caches, prepared plans) unless a request takes seconds.
    for _ in range(0 if first_s > 1 else 2):
        client.get(row["path"], row["query"])
        if row["floor"]:
            row["floor"]()
    started = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        response = client.get(row["path"], row["query"])
        times.append(time.perf_counter() - t0)
        if response.status_code != 200:
            out["status"] = response.status_code
        if row["floor"] is not None:
            t0 = time.perf_counter()
            row["floor"]()
            floor_times.append(time.perf_counter() - t0)
        elapsed, n = time.perf_counter() - started, len(times)
        # Enough samples, or enough time; a request of many seconds gets three samples at
        # most, or one when a single one takes longer than the whole budget.
        if n >= max_n or (elapsed >= budget and n >= 20) or (elapsed >= hard and n >= 3):
            break
        if first_s > hard:
            break
    out |= {
        "n": len(times),
        "median_ms": ms(statistics.median(times)),
        "p95_ms": ms(percentile(times, 95)),
    }
    if floor_times:
        out |= {
            "floor_median_ms": ms(statistics.median(floor_times)),
            "floor_p95_ms": ms(percentile(floor_times, 95)),
            "ratio": round(statistics.median(times) / statistics.median(floor_times), 2),
        }
    ratio = f"{out['ratio']:.2f}x floor" if "ratio" in out else "no floor"
    same = "" if out.get("json_equals_floor", True) else "  JSON DIFFERS from the floor"
    print(f"{out['median_ms']:8.1f} ms  p95 {out['p95_ms']:8.1f}  {ratio}{same}")
    return out
