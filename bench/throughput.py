"""Under load: the app and the floor under gunicorn, driven by wrk (or a bounded stand-in)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from typing import Any
from urllib.parse import urlencode, urlsplit

from bench.server import Server
from bench.timing import endpoint_exists, ms, percentile

WRK_SCRIPT = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50": %d, "p95": %d, "p99": %d, "max": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max))
end
"""


def run_wrk(url: str, concurrency: int, duration: int) -> dict[str, Any]:
    """wrk at ``concurrency`` connections for ``duration`` s; latency percentiles in ms."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    try:
        threads = min(concurrency, 2)
        cmd = ["wrk", f"-t{threads}", f"-c{concurrency}", f"-d{duration}s", "--timeout", "10s",
               "-s", script.name, url]  # fmt: skip
        output = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout  # noqa: S603
    finally:
        os.unlink(script.name)
    line = next(x for x in output.splitlines() if x.startswith("WRKJSON "))
    raw = json.loads(line.removeprefix("WRKJSON "))
    errors = sum(raw[k] for k in ("connect", "read", "write", "status", "timeout"))
    return {
        "requests": raw["requests"],
        "rps": round(raw["requests"] / (raw["duration_us"] / 1e6), 1),
        "p50_ms": raw["p50"] / 1000,
        "p95_ms": raw["p95"] / 1000,
        "p99_ms": raw["p99"] / 1000,
        "max_ms": raw["max"] / 1000,
        "errors": errors,
        "error_detail": {k: raw[k] for k in ("connect", "read", "write", "status", "timeout")},
        "tool": "wrk",
    }


def run_python_load(url: str, concurrency: int, duration: int) -> dict[str, Any]:
    """A bounded stand-in for wrk (threads, one connection per request); slower, same output."""
    import http.client

    parts = urlsplit(url)
    host = parts.hostname
    assert host is not None  # the server's own loopback URL
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + duration

    def worker() -> None:
        nonlocal errors
        while time.monotonic() < stop_at:
            t0 = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(host, parts.port, timeout=10)
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                ok = 200 <= response.status < 400
                conn.close()
            except OSError:
                ok = False
            with lock:
                latencies.append(time.perf_counter() - t0)
                errors += not ok

    started = time.monotonic()
    pool = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.monotonic() - started
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": ms(percentile(latencies, 50)),
        "p95_ms": ms(percentile(latencies, 95)),
        "p99_ms": ms(percentile(latencies, 99)),
        "max_ms": ms(max(latencies, default=0)),
        "errors": errors,
        "tool": "python threads (wrk not installed)",
    }


def measure_load(
    p: dict[str, str], workers: int, duration: int, concurrencies: list[int]
) -> dict[str, Any]:
    """The app and the floor under gunicorn on loopback, the same pages at each concurrency."""
    load = run_wrk if shutil.which("wrk") else run_python_load
    pages = [
        ("api_list_50", "API deal list, 50 per page", "/api/v1/deals/", {"page_size": "50"}),
        ("api_detail", "API deal detail", f"/api/v1/deals/{p['detail']}/", {}),
        ("html_list_50", "HTML deal list, 50 per page", "/deals/", {"page_size": "50"}),
        ("html_detail", "HTML deal detail", f"/deals/{p['detail']}/", {}),
    ]
    # The floor serves the JSON of the list and the detail; HTML rows compare with those.
    floor_of = {
        "api_list_50": "api_list_50", "html_list_50": "api_list_50",
        "api_detail": "api_detail", "html_detail": "api_detail",
    }  # fmt: skip
    out: dict[str, Any] = {"workers": workers, "duration_s": duration, "rows": []}
    floor_results: dict[tuple[str, int], dict[str, Any]] = {}
    passes: list[tuple[str, str, dict[str, str]]] = [
        ("bench.floor_app:application", "floor", {}),
        ("config.wsgi:application", "app", {}),
    ]
    if os.environ.get("REDIS_URL"):
        # Production with Redis: the result cache serves counts (deals/result_cache.py).
        passes.append(("config.wsgi:application", "cache", {"RESULT_CACHE": "true"}))
    for app, label, env in passes:
        server = Server(app, workers, env)
        try:
            server.wait("/api/v1/deals/?page_size=1" if label == "floor" else "/healthz")
            for key, title, path, query in pages:
                if label == "floor" and key not in ("api_list_50", "api_detail"):
                    continue
                if label == "cache" and key not in ("api_list_50", "html_list_50"):
                    continue
                if label == "cache":
                    key, title = f"{key}_cached", f"{title} (result cache)"
                if label == "app" and not endpoint_exists(path):
                    out["rows"].append({"key": key, "label": title, "status": "n/a"})
                    continue
                url = server.base + path + (f"?{urlencode(query)}" if query else "")
                for concurrency in concurrencies:
                    load(url, concurrency, 2)  # warm every worker at this concurrency
                    result = load(url, concurrency, duration)
                    print(
                        f"  {label:<5} {title:<30} c={concurrency:<3} {result['rps']:8.1f} req/s"
                        f"  p50 {result['p50_ms']:7.1f}  p95 {result['p95_ms']:7.1f}"
                        f"  p99 {result['p99_ms']:7.1f} ms  errors {result['errors']}"
                    )
                    if label == "floor":
                        floor_results[(key, concurrency)] = result
                    else:
                        floor = floor_results.get(
                            (floor_of[key.removesuffix("_cached")], concurrency), {}
                        )
                        share = result["rps"] / floor["rps"] if floor.get("rps") else None
                        out["rows"].append(
                            {"key": key, "label": title, "concurrency": concurrency, **result,
                             "floor_rps": floor.get("rps"),
                             "floor_p99_ms": floor.get("p99_ms"),
                             "share_of_floor_rps": round(share, 3) if share else None}
                        )  # fmt: skip
        finally:
            if label != "cache":
                out[f"{label}_worker_peak_rss_mb"] = server.worker_peak_rss_mb()
            server.stop()
    return out
