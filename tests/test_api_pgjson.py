"""On PostgreSQL the deal list and detail are JSON built by the database (deals/api/pgjson.py).

They must be DRF's serializers' JSON exactly: every key, every value, every reader, every
page, filter and order, and the same ETag. Each test asks the API twice, once as it runs and
once with the SQL path switched off, and compares the two answers.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from deals.models import Deal
from tests import factories as f
from tests.test_pages_world import MARKER, World, build_world

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the SQL-built JSON is PostgreSQL only"
    ),
]


@pytest.fixture(autouse=True)
def _another_host(settings: Any) -> None:
    # A host other than "testserver", so that absolute URLs are really built per request.
    settings.ALLOWED_HOSTS = ["api.example.org", "testserver"]


@pytest.fixture
def world() -> World:
    world = build_world()
    # Odd corners the world lacks: a deal with no parts at all, a fractional royalty, an
    # event with money, a created_at with microseconds, non-ASCII text.
    f.DealFactory(title="Bare deal", summary="", announced_on=None, signed_on=None)
    rich = world.deals["rc148"]
    f.RoyaltyFactory(
        deal=f.DealFactory(title="Royalté ünïcode — 한국"), min_pct=Decimal("2.5"), disclosed=True
    )
    f.DealEventFactory(deal=rich, amount=Decimal("123.45"), currency="EUR", description="")
    return world


def _client(reader: str, analyst: Any) -> APIClient:
    """An API client reading as ``reader``: "anonymous", or "analyst" (sees internal deals)."""
    client = APIClient()
    if reader == "analyst":
        client.force_authenticate(analyst)
    return client


def _both(client: APIClient, path: str, params: dict[str, Any], monkeypatch: Any) -> tuple:
    fast = client.get(path, params, HTTP_HOST="api.example.org")
    with monkeypatch.context() as patch:
        patch.setattr("deals.api.views.sql_json_alias", lambda request: None)
        slow = client.get(path, params, HTTP_HOST="api.example.org")
    return fast, slow


LISTS = [
    {},
    {"page_size": "2"},
    {"page_size": "2", "page": "2"},
    {"page_size": "2", "page": "last"},
    {"ordering": "-upfront_usd"},
    {"ordering": "headline_usd"},
    {"ordering": "title"},
    {"conference": "jpm-2026"},
    {"licensor_country": "CN"},
    {"q": "RC148"},
    {"status": "negotiation"},
]


@pytest.mark.parametrize("reader", ["anonymous", "analyst"])
@pytest.mark.parametrize("params", LISTS, ids=lambda p: "&".join(f"{k}={v}" for k, v in p.items()))
def test_list_json_is_the_serializers(
    world: World, reader: str, params: dict[str, str], analyst: Any, monkeypatch: Any
) -> None:
    client = _client(reader, analyst)
    fast, slow = _both(client, "/api/v1/deals/", params, monkeypatch)
    assert fast.status_code == slow.status_code == 200
    assert fast["Content-Type"] == slow["Content-Type"] == "application/json"
    assert fast.json() == slow.json()
    assert fast.json()["results"], "an empty page compares nothing"


def test_the_sql_path_is_the_one_answering(world: World, analyst: Any) -> None:
    # Without this the comparisons above could compare the serializers with themselves.
    client = APIClient()
    client.force_authenticate(analyst)
    with CaptureQueriesContext(connection) as queries:
        body = client.get("/api/v1/deals/").json()
    assert any("json_build_object" in q["sql"] for q in queries)
    # The analyst sees the internal deal and its notes; nobody else sees either.
    internal = next(d for d in body["results"] if d["slug"] == world.internal.slug)
    assert MARKER in internal["analyst_notes"]
    anonymous = APIClient().get("/api/v1/deals/", {"page_size": "500"}).content.decode()
    assert MARKER not in anonymous and "analyst_notes" not in anonymous


@pytest.mark.parametrize("reader", ["anonymous", "analyst"])
def test_every_detail_and_its_etag_are_the_serializers(
    world: World, reader: str, analyst: Any, monkeypatch: Any
) -> None:
    client = _client(reader, analyst)
    deals = list(Deal.objects.order_by("pk"))
    assert len(deals) >= 8
    for deal in deals:
        for key in (deal.slug, str(deal.pk)):
            fast, slow = _both(client, f"/api/v1/deals/{key}/", {}, monkeypatch)
            assert fast.status_code == slow.status_code, key
            if deal.visibility == Deal.Visibility.INTERNAL and reader == "anonymous":
                assert fast.status_code == 404
                assert fast.json() == slow.json()
                continue
            assert fast.status_code == 200, key
            assert fast.json() == slow.json(), key
            assert fast["ETag"] == slow["ETag"], key


def test_an_etag_from_the_sql_path_is_accepted_by_a_write(
    world: World, analyst: Any, api_tokens: dict[str, str]
) -> None:
    deal = world.deals["rc148"]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_tokens['write']}")
    etag = client.get(f"/api/v1/deals/{deal.slug}/")["ETag"]
    stale = client.patch(
        f"/api/v1/deals/{deal.slug}/", {"summary": "x"}, format="json", HTTP_IF_MATCH='"0"'
    )
    assert stale.status_code == 412
    fresh = client.patch(
        f"/api/v1/deals/{deal.slug}/", {"summary": "Edited."}, format="json", HTTP_IF_MATCH=etag
    )
    assert fresh.status_code == 200, fresh.content
    assert client.get(f"/api/v1/deals/{deal.slug}/")["ETag"] == fresh["ETag"] != etag


def test_missing_and_odd_lookups_answer_like_the_serializers(
    world: World, monkeypatch: Any
) -> None:
    client = APIClient()
    for key in ("no-such-deal", "999999999", "%00", "1" * 30):
        fast, slow = _both(client, f"/api/v1/deals/{key}/", {}, monkeypatch)
        assert fast.status_code == slow.status_code == 404, key
        assert fast.json() == slow.json()
    for params in ({"page": "99"}, {"page_size": "0"}, {"licencee": "x"}):
        fast, slow = _both(client, "/api/v1/deals/", params, monkeypatch)
        assert fast.status_code == slow.status_code != 200
        assert fast.json() == slow.json()


def test_the_browsable_api_still_renders(world: World) -> None:
    response = APIClient().get("/api/v1/deals/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert b"RemeGen" in response.content


def _prepared_json_statements() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
            ["%json_build_object%FROM deals_deal d WHERE d.id = $%"],
        )
        return cursor.fetchone()[0]


@pytest.mark.parametrize("prepared", [True, False])
@pytest.mark.django_db(transaction=True)  # committed data, so that a new connection sees it
def test_the_json_statement_is_prepared_once_per_connection(
    world: World, settings: Any, prepared: bool
) -> None:
    settings.DATABASE_PREPARED_STATEMENTS = prepared
    # A new session: prepared statements belong to a connection, and earlier tests (in any
    # order) may have prepared this one on the old. Now "before" is this test's own zero.
    connection.close()
    before = _prepared_json_statements()
    assert before == 0
    client = APIClient()
    slug = world.deals["rc148"].slug
    bodies = [client.get(f"/api/v1/deals/{slug}/").json() for _ in range(3)]
    assert bodies[0] == bodies[1] == bodies[2]
    after = _prepared_json_statements()
    if prepared:
        assert after > before, "the detail statement is prepared"
        assert after == 1, "once, however often it runs"
    else:
        assert after == before, "nothing is prepared when prepared statements are off"


@pytest.mark.parametrize("reader", ["anonymous", "analyst"])
def test_conference_detail_is_the_serializers(
    world: World, reader: str, analyst: Any, monkeypatch: Any
) -> None:
    from deals.models import Conference

    client = _client(reader, analyst)
    f.ConferenceFactory(name="Empty conference")
    for conference in Conference.objects.all():
        fast, slow = _both(client, f"/api/v1/conferences/{conference.slug}/", {}, monkeypatch)
        assert fast.status_code == slow.status_code == 200
        assert fast.json() == slow.json(), conference.slug
        assert fast["ETag"] == slow["ETag"]
    with CaptureQueriesContext(connection) as queries:
        body = client.get(f"/api/v1/conferences/{world.conference.slug}/").json()
    assert any("json_build_object" in q["sql"] for q in queries), "the SQL path answered"
    assert body["deals"] and body["totals"]["deal_count"] == len(body["deals"])
    assert (world.internal.slug in {d["slug"] for d in body["deals"]}) == (reader == "analyst")
