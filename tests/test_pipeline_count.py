"""The totals row's count of talks and rumours, and repeatable choice filters as one ``IN``.

``status=rumored&status=negotiation`` was written ``status = 'rumored' OR status =
'negotiation'``: PostgreSQL reads such an ``OR`` as a filter over every entry of an index, so
the totals row counted a reader's talks and rumours by scanning an index of every deal. As one
sorted ``IN`` list over an index on (status, visibility), the count reads the matching entries
only (README, "Statistics pages without a cache"). Same rows either way: checked here.
"""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.db.models import Q
from django.http import QueryDict
from django.test import Client

from deals.filters import DealFilterSet
from deals.models import Deal

pytestmark = pytest.mark.django_db


def _index(name: str) -> tuple[str, str | None]:
    """An index's definition and its condition (None for a full index), from the catalogue."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_indexdef(i.indexrelid), pg_get_expr(i.indpred, i.indrelid) "
            "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = %s",
            [name],
        )
        row = cursor.fetchone()
    assert row is not None, f"index {name} is missing"
    return row[0], row[1]


def _status_filtered(query: str) -> object:
    return DealFilterSet(data=QueryDict(query), queryset=Deal.objects.all()).qs


def test_repeated_status_values_are_one_sorted_in_list_with_the_same_rows(demo: None) -> None:
    qs = _status_filtered("status=rumored&status=negotiation&status=announced")
    sql, params = qs.query.sql_with_params()  # type: ignore[attr-defined]
    assert re.search(r'"deals_deal"\."status" IN \(%s, %s, %s\)', sql), sql
    assert " OR " not in sql
    assert [p for p in params if p in {"announced", "negotiation", "rumored"}] == [
        "announced",
        "negotiation",
        "rumored",
    ]
    wanted = Q(status="rumored") | Q(status="negotiation") | Q(status="announced")
    expected = set(Deal.objects.filter(wanted).values_list("pk", flat=True))
    assert expected and set(qs.values_list("pk", flat=True)) == expected  # type: ignore[attr-defined]
    # Written the same whatever order the reader gave the values in.
    other = _status_filtered("status=announced&status=rumored&status=negotiation")
    assert str(other.query) == str(qs.query)  # type: ignore[attr-defined]


def test_the_totals_row_counts_the_talks_in_negotiation(demo: None) -> None:
    visible = Deal.objects.public()
    talks = visible.filter(status__in=["rumored", "negotiation"]).count()
    assert talks > 0  # the demo's ALT-B4 talks at least
    response = Client().get("/deals/summary/")
    assert response.status_code == 200
    assert response.context["in_pipeline"] == talks


@pytest.mark.skipif(connection.vendor != "postgresql", reason="index catalogue: PostgreSQL")
def test_the_talks_count_names_only_the_key_columns_of_the_status_index() -> None:
    definition, predicate = _index("deal_status_visible")
    assert definition.endswith("(status, visibility)") and predicate is None
    qs = DealFilterSet(
        data=QueryDict("status=rumored&status=negotiation"), queryset=Deal.objects.public()
    ).qs
    sql = str(qs.order_by().query)
    where = sql.split(" WHERE ", 1)[1]
    assert set(re.findall(r'"deals_deal"\."(\w+)"', where)) == {"status", "visibility"}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="index catalogue: PostgreSQL")
def test_lists_of_counted_deals_read_an_index_that_holds_no_talks(demo: None) -> None:
    """The deal lists leave talks and rumours out, and in most data the newest deals are
    talks: a list filtered by a party or an asset walked the list-order index past all of
    them, fetching each row for its status. deal_counted_recent holds the list order of the
    counted deals only; its condition must be the very rule the lists write."""
    definition, predicate = _index("deal_counted_recent")
    assert "(visibility, announced_on DESC, id DESC)" in definition
    assert predicate is not None and predicate.startswith("(NOT ")
    assert "'rumored'" in predicate and "'negotiation'" in predicate
    listed = DealFilterSet(data=QueryDict(""), queryset=Deal.objects.public()).qs
    sql, params = listed.values("pk")[:50].query.sql_with_params()
    assert 'NOT ("deals_deal"."status" IN (%s, %s))' in sql
    assert [p for p in params if p in {"rumored", "negotiation"}] == ["rumored", "negotiation"]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "deal_counted_recent" in plan, plan
