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
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH_URL = "postgres://postgres@127.0.0.1:5432/dealscope_bench"
SCALE_URL = "postgres://postgres@127.0.0.1:5432/dealscope_bench_scale"
REDIS_URL = "redis://127.0.0.1:6379/15"  # a database of its own, cleared before each run
RESULTS = ROOT / "bench" / "results.json"
BIG_TABLES = {
    "deals_deal", "deals_dealparty", "deals_dealasset", "deals_paymentcomponent",
    "deals_source", "deals_dealevent", "deals_dealterritory", "companies_asset_targets",
}  # fmt: skip
# The targets (ratios to the floor, load, memory, scale).
TARGETS = {
    "api_list_50": 1.5, "html_list_50": 2.5, "api_detail": 2.5, "html_detail": 5.0,
}  # fmt: skip
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


# --- setup ------------------------------------------------------------------------------------


def configure_environment(database_url: str) -> None:
    """Production-like settings for a local run: DEBUG off, plain HTTP, no throttling 429s."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ["ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    os.environ["SECURE_SSL_REDIRECT"] = "false"  # loopback speaks HTTP
    # The throttles still run (their cost is part of a request); the rate only keeps a load
    # test from turning into 429s.
    os.environ["API_THROTTLE_ANON"] = "10000000/s"
    os.environ["API_THROTTLE_USER"] = "10000000/s"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    # Redis, when it runs here, as in production: the throttles' counters live there. The
    # result cache (deals/result_cache.py) stays off, so that every row does its real work;
    # the rows marked "result cache" turn it on, to show what it saves.
    if redis_available():
        os.environ.setdefault("REDIS_URL", REDIS_URL)
    os.environ["RESULT_CACHE"] = "false"


def redis_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def ensure_database(url: str) -> None:
    """Create the database named in ``url`` if the server does not have it yet."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        sys.exit(f"PostgreSQL is not reachable at {admin}: {error}".strip())


def prepare(deals: int, seed: int) -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_synthetic", deals=deals, seed=seed, verbosity=1)
    # DEBUG off serves hashed static names from the manifest that collectstatic writes.
    call_command("collectstatic", verbosity=0, interactive=False)


# --- statistics -------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Linear-interpolated percentile (p in 0..100) of ``values``."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


# --- scenarios --------------------------------------------------------------------------------


def pick_parameters() -> dict[str, str]:
    """Deterministic, realistic values for the filters and details, read from the data."""
    from django.db.models import Count, Q

    from companies.models import Company, Target
    from deals.models import Conference, Deal

    detail = (
        Deal.objects.public()
        .annotate(n_pay=Count("payments", distinct=True), n_src=Count("sources", distinct=True))
        .filter(n_pay__gte=3, n_src__gte=2, deal_assets__isnull=False)
        .order_by("slug")
        .values_list("slug", flat=True)
        .first()
    ) or Deal.objects.public().order_by("slug").values_list("slug", flat=True).first()
    target = Target.objects.filter(name="PD-1").values_list("slug", flat=True).first()
    conference = (
        Conference.objects.annotate(n=Count("deals", filter=Q(deals__visibility="public")))
        .order_by("-n", "slug")
        .values_list("slug", flat=True)
        .first()
    )
    # A mid-ranked licensor: as common as a typical search, not the biggest name.
    ranked = (
        Company.objects.annotate(n=Count("deal_parties"))
        .filter(n__gte=5)
        .order_by("-n", "slug")
        .values_list("name", flat=True)
    )
    names = list(ranked[:60])
    q = names[min(49, len(names) - 1)].split()[0] if names else "Bio"
    return {
        "detail": detail or "",
        "target": target or "",
        "conference": conference or "",
        "q": q,
        "licensor_country": "KR",
        "min_headline_usd": "1000000000",
    }


def scenarios(
    p: dict[str, str], floor: Any, scale: bool, independent: Any = None
) -> list[dict[str, Any]]:
    """Every row of the in-process table: path, query and the floor that answers the same.

    Unfiltered lists and details are timed against ``independent`` (bench/floor_independent.py,
    none of the app's code); filtered lists and conferences, which it does not implement, against
    ``floor`` (bench/floor.py, the app's own JSON SQL). Each row names its floor.
    """
    listing = {"page_size": "50"}

    def fl(query: dict[str, str]) -> Callable[[], bytes]:
        return lambda: floor.deal_list(query)

    def ind(query: dict[str, str]) -> Callable[[], bytes]:
        return lambda: independent.deal_list(query)

    def ind_detail(slug: str) -> Callable[[], bytes | None]:
        return lambda: independent.deal_detail(slug)

    country, headline = p["licensor_country"], p["min_headline_usd"]
    filtered = [
        ("licensor_country", "API filter: licensor country", {"licensor_country": country}),
        ("target", "API filter: target", {"target": p["target"]}),
        ("conference", "API filter: conference", {"conference": p["conference"]}),
        ("q", f"API filter: q={p['q']}", {"q": p["q"]}),
        ("min_headline", "API filter: min headline $1B", {"min_headline_usd": headline}),
    ]
    rows: list[dict[str, Any]] = []
    if scale:
        rows.append(
            dict(key="api_list_50", label="API deal list, 50 per page", path="/api/v1/deals/",
                 query=listing, floor=fl(listing), json=True)
        )  # fmt: skip
    else:
        deep = {"page": "1000", "page_size": "50"}
        rows += [
            dict(key="api_list_50", label="API deal list, 50 per page", path="/api/v1/deals/",
                 query=listing, floor=ind(listing), json=True, floor_kind="independent"),
            dict(key="api_list_50_appsql", label="API deal list, 50 (app-SQL floor)",
                 path="/api/v1/deals/", query=listing, floor=fl(listing), json=True),
            dict(key="api_list_500", label="API deal list, 500 per page", path="/api/v1/deals/",
                 query={"page_size": "500"}, floor=ind({"page_size": "500"}), json=True,
                 floor_kind="independent"),
            dict(key="api_list_deep", label="API deal list, page 1000 of 50",
                 path="/api/v1/deals/", query=deep, floor=ind(deep), json=True,
                 floor_kind="independent"),
            dict(key="api_detail", label="API deal detail", path=f"/api/v1/deals/{p['detail']}/",
                 query={}, floor=ind_detail(p["detail"]), json=True, floor_kind="independent"),
            dict(key="api_detail_appsql", label="API deal detail (app-SQL floor)",
                 path=f"/api/v1/deals/{p['detail']}/", query={},
                 floor=lambda: floor.deal_detail(p["detail"]), json=True),
            dict(key="html_list_50", label="HTML deal list, 50 per page", path="/deals/",
                 query=listing, floor=ind(listing), json=False, floor_kind="independent"),
            dict(key="html_detail", label="HTML deal detail", path=f"/deals/{p['detail']}/",
                 query={}, floor=ind_detail(p["detail"]), json=False, floor_kind="independent"),
        ]  # fmt: skip
    for key, label, query in filtered:
        full = {**query, **listing}
        rows.append(
            dict(key=f"filter_{key}", label=label, path="/api/v1/deals/", query=full,
                 floor=fl(full), json=True, filter=key)
        )  # fmt: skip
    if not scale:
        conf = p["conference"]
        rows += [
            dict(key="html_filter_licensor_country", label="HTML filter: licensor country",
                 path="/deals/", query={"licensor_country": p["licensor_country"], **listing},
                 floor=fl({"licensor_country": p["licensor_country"], **listing}), json=False),
            dict(key="html_conference", label="HTML conference page",
                 path=f"/conferences/{conf}/", query={},
                 floor=lambda: floor.conference_detail(conf), json=False),
            dict(key="api_conference", label="API conference detail",
                 path=f"/api/v1/conferences/{conf}/", query={},
                 floor=lambda: floor.conference_detail(conf), json=True),
            # Comps and analytics have no floor (no JSON contract to reproduce): times only.
            dict(key="html_comps", label="Comps page", path="/comps/", query={}, floor=None,
                 json=False),
            dict(key="html_analytics", label="Analytics page", path="/analytics/", query={},
                 floor=None, json=False),
            dict(key="html_home", label="Home page", path="/", query={}, floor=None, json=False),
            # What any request costs here before a view does anything: the middleware stack
            # (sessions, auth, CSRF, CSP, axes...) around one "SELECT 1". Detail pages whose
            # floor is a fraction of a millisecond cannot go below it.
            dict(key="django_minimum", label="Django minimum: /healthz", path="/healthz",
                 query={}, floor=None, json=False),
        ]  # fmt: skip
    if os.environ.get("REDIS_URL"):
        cached = {"api_list_50", "html_list_50", "html_home"}
        if scale:
            cached = {"api_list_50"} | {r["key"] for r in rows if r["key"].startswith("filter_")}
        rows += [
            {**r, "key": f"{r['key']}_cached", "label": f"{r['label']} (result cache)",
             "settings": {"RESULT_CACHE_ENABLED": True}}
            for r in list(rows) if r["key"] in cached
        ]  # fmt: skip
    return rows


def _json_differences(a: Any, b: Any, path: str = "$", out: list[str] | None = None) -> list[str]:
    out = [] if out is None else out
    if len(out) >= 8:
        return out
    if type(a) is not type(b):
        out.append(f"{path}: API {str(a)[:60]!r} vs floor {str(b)[:60]!r}")
    elif isinstance(a, dict):
        if list(a) != list(b) and set(a) == set(b):
            out.append(f"{path}: keys in another order: API {list(a)} vs floor {list(b)}")
        for key in sorted(set(a) | set(b)):
            if key not in b:
                out.append(f"{path}.{key}: only in the API")
            elif key not in a:
                out.append(f"{path}.{key}: only in the floor")
            else:
                _json_differences(a[key], b[key], f"{path}.{key}", out)
    elif isinstance(a, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} items in the API, {len(b)} in the floor")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            _json_differences(x, y, f"{path}[{i}]", out)
    elif a != b:
        out.append(f"{path}: API {a!r} vs floor {b!r}")
    return out


class FloorMismatch(RuntimeError):
    """The API's JSON differs from the independent floor's: the run is void."""


def check_independent_floor(independent: Any, details: int = 60) -> dict[str, Any]:
    """Compare the API with the independent floor before timing anything; raise on a difference.

    List pages 1, 2 and the last at page sizes 50 and 500, and the details of ``details``
    deals spread over the ids (public ones of every status, plus an internal one: a 404 on
    both sides). Values and key order must be equal.
    """
    from django.test import Client

    from deals.models import Deal

    client = Client()
    checked = 0
    problems: list[str] = []
    for size in ("50", "500"):
        for page in ("1", "2", "last"):
            query = {"page_size": size, "page": page}
            api = client.get("/api/v1/deals/", query)
            floor_body = independent.deal_list(query)
            if api.status_code != 200:
                problems.append(f"list {query}: API HTTP {api.status_code}")
                continue
            diffs = _json_differences(json.loads(api.content), json.loads(floor_body))
            problems += [f"list {query} {d}" for d in diffs]
            checked += 1
    public = Deal.objects.filter(visibility="public").order_by("pk")
    total = public.count()
    step = max(1, total // details)
    slugs = list(public.values_list("slug", flat=True)[::step][:details])
    slugs += list(Deal.objects.exclude(visibility="public").values_list("slug", flat=True)[:1])
    for slug in slugs:
        api = client.get(f"/api/v1/deals/{slug}/")
        floor_body = independent.deal_detail(slug)
        if floor_body is None or api.status_code != 200:
            if not (floor_body is None and api.status_code == 404):
                problems.append(
                    f"detail {slug}: API HTTP {api.status_code}, floor {floor_body!r:.40}"
                )
            checked += 1
            continue
        problems += [
            f"detail {slug} {d}"
            for d in _json_differences(json.loads(api.content), json.loads(floor_body))
        ]
        checked += 1
    if problems:
        raise FloorMismatch("\n".join(problems[:20]))
    return {"responses_compared": checked, "details": len(slugs), "equal": True}


def _endpoint_exists(path: str) -> bool:
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
    if not _endpoint_exists(row["path"]):
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
        diffs = _json_differences(json.loads(first.content), json.loads(floor_body))
        out["json_equals_floor"] = not diffs
        out["json_differences"] = diffs
        if diffs and row.get("floor_kind") == "independent":
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
        "median_ms": _ms(statistics.median(times)),
        "p95_ms": _ms(percentile(times, 95)),
    }
    if floor_times:
        out |= {
            "floor_median_ms": _ms(statistics.median(floor_times)),
            "floor_p95_ms": _ms(percentile(floor_times, 95)),
            "ratio": round(statistics.median(times) / statistics.median(floor_times), 2),
        }
    ratio = f"{out['ratio']:.2f}x floor" if "ratio" in out else "no floor"
    same = "" if out.get("json_equals_floor", True) else "  JSON DIFFERS from the floor"
    print(f"{out['median_ms']:8.1f} ms  p95 {out['p95_ms']:8.1f}  {ratio}{same}")
    return out


# --- EXPLAIN ----------------------------------------------------------------------------------


def _plan_nodes(plan: dict[str, Any]) -> list[dict[str, Any]]:
    nodes = [plan]
    for child in plan.get("Plans", []):
        nodes += _plan_nodes(child)
    return nodes


def explain_filters(p: dict[str, str]) -> list[dict[str, Any]]:
    """EXPLAIN ANALYZE every deal query each filtered API list runs (its page and its count).

    A sequential scan is not the only way to read a whole table: an index scan whose condition
    matches every row (``visibility = 'public'``) with the real test in a row-by-row filter is
    just as slow. So each scan node on a large table reports the rows it examined, and one
    that examined a fifth of the table or more is listed as a full scan.
    """
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reltuples FROM pg_class WHERE relname = ANY(%s)", [sorted(BIG_TABLES)]
        )
        sizes = {name: max(float(rows), 1.0) for name, rows in cursor.fetchall()}
    client = Client()
    checks = []
    for key, query in (
        ("licensor_country", {"licensor_country": p["licensor_country"]}),
        ("target", {"target": p["target"]}),
        ("conference", {"conference": p["conference"]}),
        ("q", {"q": p["q"]}),
        ("min_headline_usd", {"min_headline_usd": p["min_headline_usd"]}),
        ("none (first page)", {}),
    ):
        if not _endpoint_exists("/api/v1/deals/"):
            break
        with CaptureQueriesContext(connection) as captured:
            client.get("/api/v1/deals/", {**query, "page_size": "50"})
        for q in captured.captured_queries:
            sql = q["sql"]
            if 'FROM "deals_deal"' not in sql or "WHERE" not in sql:
                continue
            kind = "count" if sql.lstrip().upper().startswith("SELECT COUNT") else "page"
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
                plan = cursor.fetchone()[0]
            plan = plan if isinstance(plan, list) else json.loads(plan)
            nodes = _plan_nodes(plan[0]["Plan"])
            examined: dict[str, int] = {}
            seq = set()
            for n in nodes:
                table = n.get("Relation Name")
                if table not in BIG_TABLES:
                    continue
                if n["Node Type"] == "Seq Scan":
                    seq.add(table)
                rows = n.get("Actual Rows", 0) + n.get("Rows Removed by Filter", 0)
                rows += n.get("Rows Removed by Index Recheck", 0)
                examined[table] = examined.get(table, 0) + int(rows * n.get("Actual Loops", 1))
            full = sorted(t for t, rows in examined.items() if rows >= 0.2 * sizes.get(t, 1))
            upper = sql.upper()
            checks.append(
                {
                    "filter": key,
                    "query": kind,
                    "ms": round(plan[0]["Execution Time"], 1),
                    "seq_scans_on_big_tables": sorted(seq),
                    "full_scans_on_big_tables": full,
                    "rows_examined": examined,
                    "indexes": sorted({n["Index Name"] for n in nodes if n.get("Index Name")}),
                    "uses_exists": "EXISTS" in upper,
                    "join_distinct": "DISTINCT" in upper,
                    "sql": sql[:2000],
                }
            )
    return checks


# --- load -------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry.name))
    return kids


def _peak_rss_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process ever had."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return float("nan")


class Server:
    """A gunicorn master on loopback, with its workers' peak RSS read from /proc."""

    def __init__(self, app: str, workers: int, env: dict[str, str] | None = None) -> None:
        self.port = _free_port()
        gunicorn = Path(sys.executable).with_name("gunicorn")
        cmd = [
            str(gunicorn), app, "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers),
            "--worker-class", "sync", "--timeout", "120", "--log-level", "warning",
            "--chdir", str(ROOT),
        ]  # fmt: skip
        environment = {**os.environ, **(env or {})}
        self.process = subprocess.Popen(cmd, cwd=ROOT, env=environment)  # noqa: S603 - our own command line
        self.base = f"http://127.0.0.1:{self.port}"

    def wait(self, path: str) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn exited during start-up")
            try:
                with urllib.request.urlopen(self.base + path, timeout=30) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer {path} within 60 s")

    def worker_peak_rss_mb(self) -> list[float]:
        return sorted(_peak_rss_mb(pid) for pid in _children(self.process.pid))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


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
        "p50_ms": _ms(percentile(latencies, 50)),
        "p95_ms": _ms(percentile(latencies, 95)),
        "p99_ms": _ms(percentile(latencies, 99)),
        "max_ms": _ms(max(latencies, default=0)),
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
                if label == "app" and not _endpoint_exists(path):
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


# --- report -----------------------------------------------------------------------------------


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
    sys.path.insert(0, str(ROOT))
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
        sys.exit(f"FAIL: the API's JSON differs from the independent floor: {error}")
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
