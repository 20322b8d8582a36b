"""The tables ``make bench`` prints."""

from __future__ import annotations

from typing import Any

from bench.scenarios import TARGETS


def print_tables(results: dict[str, Any]) -> None:
    print("\nIn-process (Django test Client through the full middleware stack), warm")
    head = (
        f"{'scenario':<42}{'median':>9}{'p95':>9}{'floor':>8}{'ratio':>8}{'floor is':>12}"
        f"{'target':>8}{'queries':>8}{'KB':>7}{'n':>5}"
    )
    print(head)
    print("-" * len(head))
    for r in results["in_process"]:
        if "median_ms" not in r:
            print(f"{r['label']:<42}{r.get('status')!s:>9}")
            continue
        floor = f"{r['floor_median_ms']:.1f}" if "floor_median_ms" in r else "-"
        ratio = f"{r['ratio']:.2f}x" if "ratio" in r else "-"
        target = f"<={TARGETS[r['key']]}x" if r["key"] in TARGETS else ""
        print(
            f"{r['label']:<42}{r['median_ms']:>9.1f}{r['p95_ms']:>9.1f}{floor:>8}{ratio:>8}"
            f"{r.get('floor_kind', '-'):>12}{target:>8}{r.get('queries', '-')!s:>8}"
            f"{r.get('bytes', 0) / 1024:>7.0f}{r['n']:>5}"
        )
    by_key = {r["key"]: r for r in results["in_process"]}
    small, large = by_key.get("api_list_50", {}), by_key.get("api_list_500", {})
    if "queries" in small and "queries" in large:
        constant = "constant" if small["queries"] == large["queries"] else "GROWS with page size"
        print(
            f"Queries per API list request: {small['queries']} for 50 deals, "
            f"{large['queries']} for 500 ({constant})."
        )
    if results.get("explain"):
        print("\nEXPLAIN ANALYZE of the filtered lists' deal queries (page and count)")
        for c in results["explain"]:
            seq = ", ".join(c["seq_scans_on_big_tables"]) or "none"
            full = ", ".join(c["full_scans_on_big_tables"]) or "none"
            print(
                f"  {c['filter']:<18} {c['query']:<6}{c['ms']:>9.1f} ms  seq scans: {seq:<34}"
                f" full scans: {full:<34} EXISTS: {'yes' if c['uses_exists'] else 'no '}"
                f"  DISTINCT: {'yes' if c['join_distinct'] else 'no'}"
            )
    load = results.get("load")
    if load:
        print(f"\nUnder load: gunicorn, {load['workers']} sync workers, loopback, wrk, "
              f"{load['duration_s']} s per row")  # fmt: skip
        head = (
            f"{'scenario':<30}{'conc':>5}{'req/s':>9}{'p50':>8}{'p95':>8}{'p99':>8}"
            f"{'errors':>7}{'floor req/s':>12}{'share':>7}"
        )
        print(head)
        print("-" * len(head))
        for r in load["rows"]:
            if "rps" not in r:
                print(f"{r['label']:<30}  {r['status']}")
                continue
            share = f"{r['share_of_floor_rps']:.0%}" if r.get("share_of_floor_rps") else "-"
            print(
                f"{r['label']:<30}{r['concurrency']:>5}{r['rps']:>9.1f}{r['p50_ms']:>8.1f}"
                f"{r['p95_ms']:>8.1f}{r['p99_ms']:>8.1f}{r['errors']:>7}"
                f"{r.get('floor_rps') or 0:>12.1f}{share:>7}"
            )
        print(
            f"gunicorn worker peak RSS (MB): app {load.get('app_worker_peak_rss_mb')}, "
            f"floor {load.get('floor_worker_peak_rss_mb')}"
        )
