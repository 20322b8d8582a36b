"""core/result_cache.py: counts and the home page's aggregates cached by data version.

Each test turns the cache on (it is off without Redis) over a cleared cache, once on local
memory and once on Redis (tests/redis_cache.py; CI starts one), and checks the two things a
cache can get wrong: a write is seen at once, and a reader never gets what was computed for a
reader who may see more. The last test makes the write in a second process, as another
gunicorn worker would.
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


@pytest.fixture(autouse=True, params=["locmem", "redis"])
def _cache_on(request: pytest.FixtureRequest, settings: Any) -> None:
    settings.RESULT_CACHE_ENABLED = True
    if request.param == "redis":
        request.getfixturevalue("redis_cache")  # the default cache on Redis, cleared
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

    from django.core.cache import caches

    # The cache object itself, not the module-level proxy: the proxy forwards the undo to
    # whichever backend is the default by then (the Redis variant's settings are gone first).
    backend = caches["default"]
    monkeypatch.setattr(backend, "get", broken)
    monkeypatch.setattr(backend, "set", broken)
    monkeypatch.setattr(backend, "add", broken)
    assert _count(APIClient()) == (2, 1)
    f.DealFactory()  # the write itself must not fail either
    assert _count(APIClient())[0] == 3


def test_without_a_shared_cache_counts_use_the_database_stamp(settings: Any) -> None:
    # No Redis: the count is kept in this process under the database's data version
    # (tests/test_count_version.py covers every write path).
    settings.RESULT_CACHE_ENABLED = False
    f.DealFactory.create_batch(2)
    client = APIClient()
    assert _count(client) == (2, 1)
    assert _count(client) == (2, 0)
    f.DealFactory()
    assert _count(client) == (3, 1)


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


@pytest.mark.parametrize("local", [True, False])
def test_without_a_shared_cache_statistics_use_the_database_stamp(
    settings: Any, local: bool
) -> None:
    # No Redis: charts, comps statistics and list summaries are kept in this process under the
    # database's data version, exactly as counts are; RESULT_CACHE_LOCAL=False computes always.
    settings.RESULT_CACHE_ENABLED = False
    settings.RESULT_CACHE_LOCAL = local
    f.DealFactory.create_batch(2, headline_amount=Decimal("100"), headline_currency="USD")
    visible = Deal.objects.public()
    first = breakdown(visible, "deal_type", "year")
    stats = comps_statistics(visible)
    with CaptureQueriesContext(connection) as queries:
        again = breakdown(visible, "deal_type", "year")
        stats_again = comps_statistics(visible)
    assert again == first and stats_again == stats
    stamp_reads = [q for q in queries if "deals_dataversion" in q["sql"]]
    if local:
        assert len(queries) == len(stamp_reads) == 2  # one stamp read each, nothing computed
    else:
        # The chart (its totals in the same pass on PostgreSQL, a second query on SQLite), then
        # the comps.
        chart = 1 if connection.vendor == "postgresql" else 2
        assert not stamp_reads and len(queries) == chart + 1
    f.DealFactory(headline_amount=Decimal("900"), headline_currency="USD")
    fresh = breakdown(visible, "deal_type", "year")
    assert (
        sum(c.deals for c in fresh.cells.values()) == sum(c.deals for c in first.cells.values()) + 1
    )
    assert comps_statistics(visible).count == stats.count + 1


def _database_url() -> str:
    """A URL for the test database this process uses (the second process connects to it)."""
    conf = connection.settings_dict
    auth = conf["USER"] + (f":{conf['PASSWORD']}" if conf["PASSWORD"] else "")
    return f"postgres://{auth}@{conf['HOST'] or '127.0.0.1'}:{conf['PORT'] or 5432}/{conf['NAME']}"


def _in_another_process(code: str, redis_url: str, prefix: str) -> str:
    """Run ``code`` in a fresh Django process on this test database and Redis cache."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {
        **os.environ,
        "DEBUG": "true",
        "DATABASE_URL": _database_url(),
        "REDIS_URL": redis_url,
        "RESULT_CACHE": "true",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    setup = (
        "import django; from django.conf import settings; "
        f"settings.CACHES['default']['KEY_PREFIX'] = {prefix!r}; django.setup(); "
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", setup + code],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a second process needs a database it can open"
)
def test_a_write_in_another_process_is_seen_at_once(
    request: pytest.FixtureRequest, redis_url: str
) -> None:
    from django.core.cache import caches

    if request.node.callspec.params["_cache_on"] != "redis":
        pytest.skip("processes share only a Redis cache")
    prefix = caches["default"].key_prefix
    f.DealFactory.create_batch(2)
    client = APIClient()
    assert _count(client) == (2, 1)
    assert _count(client) == (2, 0)  # cached
    # Another worker adds a deal: its signals move the data version in Redis.
    _in_another_process(
        "from deals.models import Deal; "
        "Deal.objects.create(title='Elsewhere', deal_type='license')",
        redis_url,
        prefix,
    )
    assert _count(client) == (3, 1)  # recomputed, not the cached 2
    # And the other way round: this process writes, a fresh worker must not serve the count
    # cached here before the write.
    f.DealFactory()
    count = _in_another_process(
        "from rest_framework.test import APIClient; "
        "print(APIClient().get('/api/v1/deals/', HTTP_HOST='localhost').json()['count'])",
        redis_url,
        prefix,
    )
    assert count == "4"
