"""The benchmark's independent floor (bench/floor_independent.py) answers exactly what the API does.

A ratio to the floor only means something when both do the same work, so the floor's JSON must
equal the API's, value for value and key order for key order, for list pages and details. The
floor must also stay independent: it may not import the app's modules (or their SQL).
"""

from __future__ import annotations

import ast
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from rest_framework.test import APIClient

from bench.floor_independent import IndependentFloor
from deals.models import Deal
from tests import factories as f
from tests.test_pages_world import build_world

FLOOR_SOURCE = Path(__file__).resolve().parent.parent / "bench" / "floor_independent.py"
APP_PACKAGES = ("deals", "companies", "core", "accounts", "config", "django", "rest_framework")


def test_the_floor_imports_nothing_of_the_app() -> None:
    imported: set[str] = set()
    for node in ast.walk(ast.parse(FLOOR_SOURCE.read_text())):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert imported, "the parse found the floor's imports"
    offending = sorted(m for m in imported if m.split(".")[0] in APP_PACKAGES)
    assert offending == []
    source = FLOOR_SOURCE.read_text()
    assert "importlib" not in source and "__import__" not in source  # no import by the back door


def ordered(value: Any) -> Any:
    """``value`` with every dict turned into its list of (key, value) pairs: order counts."""
    if isinstance(value, dict):
        return [(k, ordered(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [ordered(v) for v in value]
    return value


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the floor is psycopg 3 only")
def test_floor_json_equals_the_api_for_lists_and_details() -> None:
    world = build_world()
    # Corners the world lacks: a deal with no parts, a fractional royalty, money in an event,
    # an internal deal (left out of both), non-ASCII text, microseconds in a timestamp.
    f.DealFactory(title="Bare deal", summary="", announced_on=None, signed_on=None)
    f.RoyaltyFactory(
        deal=f.DealFactory(title="Royalté ünïcode — 한국"), min_pct=Decimal("2.5"), disclosed=True
    )
    f.DealEventFactory(
        deal=world.deals["rc148"], amount=Decimal("123.45"), currency="EUR", description=""
    )
    f.DealFactory(title="Internal one", visibility=Deal.Visibility.INTERNAL)
    f.DealFactory(title="Talks", status=Deal.Status.NEGOTIATION)  # a detail, not in the list
    connection.ensure_connection()
    floor = IndependentFloor("", conn=connection.connection)  # the test's own transaction
    client = APIClient()
    listed = (
        Deal.objects.filter(visibility=Deal.Visibility.PUBLIC)
        .exclude(status__in=("rumored", "negotiation"))
        .count()
    )
    assert listed >= 5
    size = "2"
    pages = [{}, {"page_size": size}, {"page_size": size, "page": "2"},
             {"page_size": size, "page": "last"}]  # fmt: skip
    for query in pages:
        api = client.get("/api/v1/deals/", query)
        assert api.status_code == 200
        assert ordered(json.loads(floor.deal_list(query))) == ordered(api.json()), query
    assert json.loads(floor.deal_list({}))["count"] == listed
    for slug in Deal.objects.filter(visibility=Deal.Visibility.PUBLIC).values_list(
        "slug", flat=True
    ):
        api = client.get(f"/api/v1/deals/{slug}/")
        body = floor.deal_detail(slug)
        assert body is not None
        assert ordered(json.loads(body)) == ordered(api.json()), slug
    internal = Deal.objects.get(title="Internal one")
    assert floor.deal_detail(internal.slug) is None


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the floor is psycopg 3 only")
def test_app_sql_floor_lists_what_the_api_lists() -> None:
    """The app-SQL floor (bench/floor.py, the rows of ``make bench-scale``) lists the deals the
    API lists: not the pipeline (rumoured, in negotiation), not internal deals. It once counted
    the pipeline, and every 1M row compared unequal work."""
    from bench.floor import Floor

    build_world()
    f.DealFactory(title="Talks", status=Deal.Status.NEGOTIATION, announced_on=None)
    f.DealFactory(title="Whispers", status=Deal.Status.RUMORED, announced_on=None)
    f.DealFactory(title="Internal one", visibility=Deal.Visibility.INTERNAL)
    connection.ensure_connection()
    floor = Floor("", given=connection.connection)  # the test's own transaction
    client = APIClient()
    for query in ({}, {"page_size": "3", "page": "2"}):
        api = client.get("/api/v1/deals/", query)
        assert api.status_code == 200
        assert ordered(json.loads(floor.deal_list(query))) == ordered(api.json()), query
