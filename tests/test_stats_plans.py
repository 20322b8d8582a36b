"""The statistics' per-deal rows can be read from the covering index alone (PostgreSQL).

deal_stats_cover is meant to hold every column of the deal table that the statistics and the
breakdowns read, so that PostgreSQL scans the index instead of the wide table. A column read
but missing from it (the id, which joins the payments and the stored groups, once was) turns
every such scan into a read of the whole table. Plans over a test's handful of rows say
nothing about plans at scale, so this checks the property itself: each column the statements
name is in the index.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import deals.analytics.breakdowns as breakdowns
from deals.analytics.stats import deal_totals_sql
from deals.models import Deal

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="INCLUDE indexes: PostgreSQL"),
]

DEAL_COLUMN = re.compile(r'"deals_deal"\."(\w+)"')


def _index_columns(name: str) -> set[str]:
    """Key and INCLUDE columns of an index."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
            "WHERE c.relname = %s",
            [name],
        )
        return {row[0] for row in cursor.fetchall()}


def _statements(monkeypatch) -> list[str]:
    """The statistics' and the breakdowns' SQL over the visible deals, one of a class too."""
    visible = Deal.objects.visible_to(AnonymousUser())
    licensing = visible.filter(deal_class="licensing")
    statements = [deal_totals_sql(deals)[0] for deals in (visible, licensing)]
    monkeypatch.setattr(
        breakdowns, "_fetch", lambda deals, sql, params: statements.append(sql) or []
    )
    for dimension in breakdowns.DIMENSIONS:
        for period in ("year", "quarter", "all", "conference"):
            breakdowns._breakdown(licensing, dimension, period)
    return statements


def test_the_statistics_read_only_columns_of_the_covering_index(monkeypatch) -> None:
    covered = _index_columns("deal_stats_cover")
    assert covered, "deal_stats_cover is missing"
    for sql in _statements(monkeypatch):
        # The deal table under its own name; "U0" aliases are the id-only IN subqueries.
        read = set(DEAL_COLUMN.findall(sql))
        assert read, sql
        assert read <= covered, (read - covered, sql)


PERIOD_EXPRESSION = re.compile(r'EXTRACT\((\w+) FROM "deals_deal"\."announced_on"\)')


def test_the_breakdowns_period_expressions_have_statistics(monkeypatch) -> None:
    """Without statistics on the year and quarter expressions PostgreSQL plans a breakdown
    for as many groups as deals (a sort of every row); the statistics object must name each
    period expression the breakdowns group by."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_statisticsobjdef(s.oid) FROM pg_statistic_ext s "
            "WHERE s.stxrelid = 'deals_deal'::regclass"
        )
        definitions = " ".join(row[0].lower() for row in cursor.fetchall())
    grouped = {
        part.lower() for sql in _statements(monkeypatch) for part in PERIOD_EXPRESSION.findall(sql)
    }
    assert grouped == {"year", "quarter"}
    for part in grouped:
        assert f"extract({part} from announced_on)" in definitions, (part, definitions)


def test_a_conference_pages_totals_and_report_read_only_their_covering_indexes(
    demo: None,
) -> None:
    """The conference page's totals and its report by licensor country and modality (the
    edition and the previous one) read, of the deal table, only columns of
    deal_conference_cover, and of the stored groups only what groupfact_deal_cover holds, so
    a busy conference is totalled from the indexes alone (deals/migrations/0025)."""
    covered = _index_columns("deal_conference_cover")
    assert {"conference_id", "visibility", "id", "total_potential_usd"} <= covered
    assert _index_columns("groupfact_deal_cover") == {"deal_id", "dimension", "grp", "is_first"}
    with CaptureQueriesContext(connection) as queries:
        assert Client().get("/conferences/jpm-2026/").status_code == 200
    statements = [
        q["sql"]
        for q in queries.captured_queries
        if '"deals_deal"."conference_id" IN' in q["sql"]  # the report, both editions
        or ('"deals_deal"."headline_currency"' in q["sql"] and "GROUP BY" not in q["sql"])
    ]
    assert len(statements) >= 3, statements  # the totals, the two breakdowns
    for sql in statements:
        read = set(DEAL_COLUMN.findall(sql))
        assert read <= covered, (read - covered, sql)
