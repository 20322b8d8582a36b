"""A list page costs the same number of queries for 1 object as for 20, on every endpoint."""

from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from tests import factories as f

pytestmark = pytest.mark.django_db


def _full_deal(n: int) -> None:
    """A deal with every part the JSON shows, so that any missing prefetch shows up."""
    deal = f.DealFactory(title=f"Deal {n}", conference=f.ConferenceFactory())
    source = f.SourceFactory(deal=deal)
    deal.headline_amount, deal.headline_currency, deal.headline_source = 100, "USD", source
    deal.save()
    f.DealPartyFactory(deal=deal, role="licensor")
    f.DealPartyFactory(deal=deal, role="licensee")
    asset = f.AssetFactory()
    asset.targets.add(f.TargetFactory(), f.TargetFactory())
    f.DealAssetFactory(deal=deal, asset=asset)
    f.DealTerritoryFactory(deal=deal)
    f.PaymentFactory(deal=deal, source=source)
    f.PaymentFactory(deal=deal, kind="milestones", contingent=True)
    f.RoyaltyFactory(deal=deal)
    f.DealEventFactory(deal=deal)


def _company(n: int) -> None:
    company = f.CompanyFactory(parent=f.CompanyFactory())
    f.CompanyAliasFactory(company=company)
    company.listings.create(exchange="KOSDAQ", ticker=f"{n:06d}")
    f.DealPartyFactory(company=company)


def _asset(n: int) -> None:
    asset = f.AssetFactory()
    asset.targets.add(f.TargetFactory())
    asset.therapeutic_areas.add(f.TherapeuticAreaFactory())
    f.AssetAliasFactory(asset=asset)
    f.DealAssetFactory(asset=asset)


def _conference(n: int) -> None:
    f.DealFactory(conference=f.ConferenceFactory())


def _target(n: int) -> None:
    f.AssetFactory().targets.add(f.TargetFactory())


def _area(n: int) -> None:
    f.AssetFactory().therapeutic_areas.add(f.TherapeuticAreaFactory())


BUILDERS: dict[str, Callable[[int], None]] = {
    "deals": _full_deal,
    "companies": _company,
    "assets": _asset,
    "conferences": _conference,
    "targets": _target,
    "therapeutic-areas": _area,
}


def _count_queries(client: APIClient, path: str, expected_rows: int) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, {"page_size": 100})
    assert response.status_code == 200
    assert response.json()["count"] >= expected_rows
    return len(queries)


@pytest.mark.parametrize("endpoint", list(BUILDERS))
@pytest.mark.parametrize("authenticated", [False, True], ids=["anonymous", "token"])
def test_list_query_count_does_not_grow_with_rows(endpoint, authenticated, api_tokens) -> None:
    client = APIClient()
    if authenticated:
        client.credentials(HTTP_AUTHORIZATION=f"Token {api_tokens['read']}")
    build = BUILDERS[endpoint]
    build(0)
    one = _count_queries(client, f"/api/v1/{endpoint}/", 1)
    for n in range(1, 20):
        build(n)
    twenty = _count_queries(client, f"/api/v1/{endpoint}/", 20)
    assert one == twenty, f"{endpoint}: {one} queries for 1 row, {twenty} for 20"


def test_deal_list_query_budget_is_named() -> None:
    # On PostgreSQL (deals/api/pgjson.py), for q (deals/search.py): 1 the ids of the deals
    # matching the words as typed (up to 10,000 go to the list query as one parameter; only
    # when none match is each word checked and widened to company names one typo away); 2 the
    # page's ids, counted in the same statement (COUNT(*) OVER (): the deals the search names
    # are all fetched to be sorted; core/result_cache.py NamesItsRows); 3 their JSON.
    # Elsewhere: first the data version the count is cached under (core/result_cache.py; a
    # repeated request then skips the COUNT until the next write); does the word "deal" match
    # any search document; then (DRF's serializers) 1 COUNT; 2 the page of deals (conference,
    # royalty, headline source and the totals subqueries in the same query); then one query
    # each for 3 parties (with companies), 4 deal assets (with assets), 5 their targets,
    # 6 payments, 7 territories, 8 their regions, 9 sources, 10 events.
    for n in range(5):
        _full_deal(n)
    with CaptureQueriesContext(connection) as queries:
        response = APIClient().get("/api/v1/deals/", {"q": "Deal", "licensor_country": "US"})
    assert response.status_code == 200
    postgres = connection.vendor == "postgresql"
    expected = 1 + 2 if postgres else 1 + 1 + 10
    assert len(queries) == expected, [q["sql"][:120] for q in queries]
    with CaptureQueriesContext(connection) as again:
        APIClient().get("/api/v1/deals/", {"q": "Deal", "licensor_country": "US"})
    # Elsewhere the same count comes from this process's cache; on PostgreSQL it costs nothing.
    assert len(again) == (expected if postgres else expected - 1)


def test_filtered_deal_list_still_constant() -> None:
    _full_deal(0)
    client = APIClient()
    params = {"has_upfront": "true", "target": None, "ordering": "-upfront_usd"}
    target = f.TargetFactory(name="PD-1")
    params["target"] = target.slug
    _full_deal(100)
    from deals.models import DealAsset

    for link in DealAsset.objects.all():
        link.asset.targets.add(target)
    with CaptureQueriesContext(connection) as few:
        assert client.get("/api/v1/deals/", params).json()["count"] == 2
    for n in range(1, 15):
        _full_deal(n)
    for link in DealAsset.objects.all():
        link.asset.targets.add(target)
    with CaptureQueriesContext(connection) as many:
        assert client.get("/api/v1/deals/", params).json()["count"] == 16
    # The slug lookup of "target" is one of them, whatever the page size.
    assert len(few) == len(many)
