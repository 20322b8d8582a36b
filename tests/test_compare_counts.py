"""The compare page's deal count per asset equals the deal list it links to, whether the
asset has fewer deals than the page lists (counted from the list) or more (counted)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from deals.models import Deal
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    DealAssetFactory,
    DealFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


def _deals(asset, n: int, **fields) -> None:
    for i in range(n):
        deal = DealFactory(announced_on=date(2025, 1, 1) + timedelta(days=i), **fields)
        DealAssetFactory(deal=deal, asset=asset)


@pytest.mark.parametrize("staff", [False, True])
def test_compare_assets_counts_equal_the_linked_deal_list(client: Client, staff: bool) -> None:
    owner = CompanyFactory()
    few = AssetFactory(name="Few", owner=owner)
    many = AssetFactory(name="Many", owner=owner)
    _deals(few, 3)
    _deals(many, 12)
    for asset in (few, many):
        # Neither an internal deal (for outsiders) nor a negotiation is in a deal list's count.
        _deals(asset, 1, visibility=Deal.Visibility.INTERNAL)
        _deals(asset, 1, status=Deal.Status.NEGOTIATION)
    if staff:
        client.force_login(get_user_model().objects.create_superuser("s", "s@example.org", "x"))
    response = client.get(f"/compare/?assets={few.slug},{many.slug}")
    assert response.status_code == 200
    shown = {item["asset"].slug: item["deals"].value for item in response.context["items"]}
    expected = {
        asset.slug: client.get(f"/api/v1/deals/?asset={asset.slug}").json()["count"]
        for asset in (few, many)
    }
    assert shown == expected
    assert shown == ({few.slug: 4, many.slug: 13} if staff else {few.slug: 3, many.slug: 12})
    latest = {item["asset"].slug: len(item["latest"]) for item in response.context["items"]}
    assert latest == {few.slug: shown[few.slug], many.slug: 10}


def test_compare_companies_works_out_no_asset_rights(client: Client) -> None:
    """The companies' compare table shows no assets, so the profiles it is built from leave out
    the assets and their rights holders (the costliest part of a profile); the company page,
    which shows them, still has them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first, second = CompanyFactory(), CompanyFactory()
    for company in (first, second):
        asset = AssetFactory(owner=company)
        _deals(asset, 2)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/compare/?companies={first.slug},{second.slug}")
    assert response.status_code == 200
    assert [p.assets for p in response.context["profiles"]] == [[], []]
    assert not [q["sql"] for q in queries if 'FROM "companies_asset"' in q["sql"]]
    page = client.get(first.get_absolute_url())
    assert page.status_code == 200
    assert len(page.context["profile"].assets) == 1


def test_compare_assets_names_the_holders_without_loading_their_deals(client: Client) -> None:
    """The assets' compare table names each rights holder, territory and date but links no
    deal, so the deals behind the holders (and their sources) are not loaded for it; the rights
    page, which links them, still has them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from deals.models import DealParty, DealTerritory

    owner, licensee = CompanyFactory(), CompanyFactory(name="Holder Pharma")
    asset, other = AssetFactory(owner=owner), AssetFactory(owner=owner)
    deal = DealFactory(deal_type=Deal.Type.LICENSE, announced_on=date(2025, 3, 1))
    DealAssetFactory(deal=deal, asset=asset)
    DealParty.objects.create(deal=deal, company=owner, role=DealParty.Role.LICENSOR)
    DealParty.objects.create(deal=deal, company=licensee, role=DealParty.Role.LICENSEE)
    DealTerritory.objects.create(deal=deal, country="JP")
    SourceFactory(deal=deal)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/compare/?assets={asset.slug},{other.slug}")
    assert response.status_code == 200
    assert "Holder Pharma" in response.content.decode()
    rows = response.context["items"][0]["rights"].rows
    assert [(row.company, row.deal) for row in rows] == [(licensee, None)]
    assert not [q["sql"] for q in queries if 'FROM "deals_source"' in q["sql"]]
    page = client.get(f"/assets/{asset.slug}/rights/")
    assert page.status_code == 200 and deal.get_absolute_url() in page.content.decode()
