"""EXPLAIN ANALYZE of the filtered lists' deal queries: full scans, EXISTS, DISTINCT."""

from __future__ import annotations

import json
from typing import Any

from bench.timing import endpoint_exists

# The tables that grow with the deals: a full scan of one of them is a finding.
BIG_TABLES = {
    "deals_deal", "deals_dealparty", "deals_dealasset", "deals_paymentcomponent",
    "deals_source", "deals_dealevent", "deals_dealterritory", "companies_asset_targets",
}  # fmt: skip


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
        if not endpoint_exists("/api/v1/deals/"):
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
