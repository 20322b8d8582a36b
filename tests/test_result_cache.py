"""core/result_cache.py: counts and the home page's aggregates cached by data version.

Each test turns the cache on (it is off without Redis) over a cleared local-memory cache and
checks the two things a cache can get wrong: a write is seen at once, and a reader never gets
what was computed for a reader who may see more.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from core import result_cache
from deals.analytics.breakdowns import breakdown
from deals.analytics.stats import comps_statistics
from deals.models import Deal
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_on(settings: Any) -> None:
    settings.RESULT_CACHE_ENABLED = True
    cache.clear()


def _counts(queries: CaptureQueriesContext) -> int:
    return sum(1 for q in queries if q["sql"].lstrip().upper().startswith("SELECT COUNT"))


def _count(client: APIClient, path: str = "/api/v1/deals/", **params: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        body = client.get(path, params).json()
    return body["count"], _counts(queries)


def test_a_count_is_computed_once_then_served_from_the_cache() -> None:
    f.DealFactory.create_batch(3)
    client = APIClient()
    assert _count(client) == (3, 1)
    assert _count(client) == (3, 0)
    # Another filter is another query, hence another entry.
    assert _count(client, deal_type="option")[1] == 1


@pytest.mark.parametrize(
    "write",
    [
        "create",
        "delete",
        "make internal",
        "party added",
        "asset target added",
        "company renamed",
        "bulk seed",
    ],
)
def test_every_kind_of_write_is_seen_at_once(write: str) -> None:
    deals = f.DealFactory.create_batch(3, title="Pfizer licenses X")
    licensor = f.CompanyFactory(name="Pfizer", country="US")
    client = APIClient()
    before = {
        "all": _count(client)[0],
        "us": _count(client, licensor_country="US")[0],
        "q": _count(client, q="Numbat")[0],
    }
    if write == "create":
        f.DealFactory()
    elif write == "delete":
        deals[0].delete()
    elif write == "make internal":
        deals[0].visibility = Deal.Visibility.INTERNAL
        deals[0].save()
    elif write == "party added":
        f.DealPartyFactory(deal=deals[0], company=licensor, role="licensor")
    elif write == "asset target added":
        asset = f.AssetFactory()
        f.DealAssetFactory(deal=deals[0], asset=asset)
        target = f.TargetFactory(name="NUMB1")
        before["target"] = _count(client, target=target.slug)[0]
        asset.targets.add(target)
    elif write == "company renamed":
        f.DealPartyFactory(deal=deals[0], company=licensor, role="licensor")
        before["q"] = _count(client, q="Numbat")[0]
        licensor.name = "Numbat Bio"
        licensor.save()
    elif write == "bulk seed":
        Deal.objects.filter(pk=deals[0].pk).update(visibility=Deal.Visibility.INTERNAL)
        result_cache.bump_data_version()  # what seed_synthetic does after its COPY
    after = {key: _count(client, **_params(key))[0] for key in before}
    expected = {
        "create": {"all": 4},
        "delete": {"all": 2},
        "make internal": {"all": 2},
        "party added": {"us": 1},
        "asset target added": {"target": 1},
        "company renamed": {"q": 1},
        "bulk seed": {"all": 2},
    }[write]
    for key, value in expected.items():
        assert after[key] == value, (write, key, before, after)


def _params(key: str) -> dict[str, str]:
    return {
        "all": {},
        "us": {"licensor_country": "US"},
        "q": {"q": "Numbat"},
        "target": {"target": "numb1"},  # TargetFactory's slug for "NUMB1"
    }[key]


def test_a_reader_never_gets_a_count_cached_for_one_who_sees_more(viewer: Any) -> None:
    f.DealFactory.create_batch(2)
    f.DealFactory(visibility=Deal.Visibility.INTERNAL)
    insider = APIClient()
    insider.force_authenticate(viewer)
    assert _count(insider)[0] == 3
    assert _count(APIClient()) == (2, 1)  # its own query, not the insider's entry
    assert _count(insider) == (3, 0)


def _list_page(client: Any) -> bytes:
    """/deals/ with the count's <strong> taken out, so "N deals" reads as one string."""
    return client.get("/deals/").content.replace(b"</strong>", b"").replace(b"<strong>", b"")


def test_html_list_and_home_page_use_the_cache_and_see_writes(client: Any) -> None:
    f.DealFactory.create_batch(2, headline_amount=Decimal("100"), headline_currency="USD")
    assert b"2 deals" in _list_page(client)
    with CaptureQueriesContext(connection) as queries:
        client.get("/deals/")
    assert _counts(queries) == 0
    home = client.get("/")
    f.DealFactory(headline_amount=Decimal("900"), headline_currency="USD")
    again = client.get("/")
    assert home.context["figures"].deals + 1 == again.context["figures"].deals
    assert b"3 deals" in _list_page(client)


def test_a_failing_cache_costs_only_time(monkeypatch: pytest.MonkeyPatch) -> None:
    f.DealFactory.create_batch(2)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "get", broken)
    monkeypatch.setattr(cache, "set", broken)
    monkeypatch.setattr(cache, "add", broken)
    assert _count(APIClient()) == (2, 1)
    f.DealFactory()  # the write itself must not fail either
    assert _count(APIClient())[0] == 3


def test_off_without_a_shared_cache(settings: Any) -> None:
    settings.RESULT_CACHE_ENABLED = False
    f.DealFactory.create_batch(2)
    client = APIClient()
    assert _count(client) == (2, 1)
    assert _count(client) == (2, 1)


def test_analytics_and_comps_are_cached_and_see_writes() -> None:

    f.DealFactory.create_batch(2, headline_amount=Decimal("100"), headline_currency="USD")
    visible = Deal.objects.public()
    first = breakdown(visible, "deal_type", "year")
    with CaptureQueriesContext(connection) as queries:
        again = breakdown(visible, "deal_type", "year")
        stats = comps_statistics(visible)
        stats_again = comps_statistics(visible)
    assert again == first and stats_again == stats
    assert len(queries) == 1  # the first comps statistics only
    f.DealFactory(headline_amount=Decimal("900"), headline_currency="USD")
    fresh = breakdown(visible, "deal_type", "year")
    deals = sum(cell.deals for cell in fresh.cells.values())
    assert deals == sum(cell.deals for cell in first.cells.values()) + 1
    assert comps_statistics(visible).count == stats.count + 1
    # An empty queryset is computed, never cached under a shared key.
    assert breakdown(Deal.objects.none(), "deal_type", "year").cells == {}
