"""The summary of a deal list: /api/v1/deals/summary/ and the totals row above /deals/."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.test import Client
from rest_framework.test import APIClient

from deals.models import Deal
from tests import factories as f

pytestmark = pytest.mark.django_db

MEASURE_KEYS = {
    "disclosed", "undisclosed", "no_fx_rate", "median", "p25", "p75", "min", "max", "sum",
    "values",
}  # fmt: skip


@pytest.fixture
def world() -> dict[str, Deal]:
    """Four licensing deals, one acquisition, talks in negotiation and an internal deal."""
    cn = f.CompanyFactory(country="CN")
    us = f.CompanyFactory(country="US")
    deals: dict[str, Deal] = {}
    for i, (upfront, headline) in enumerate(
        [(50, 1000), (100, None), (None, 2000), (300, 600)], start=1
    ):
        deal = f.DealFactory(
            title=f"License {i}",
            announced_on=date(2025, i, 10),
            headline_amount=Decimal(headline) * 10**6 if headline else None,
            headline_currency="USD" if headline else "",
        )
        f.DealPartyFactory(deal=deal, company=cn, role="licensor")
        f.DealPartyFactory(deal=deal, company=us, role="licensee")
        if upfront:
            f.PaymentFactory(deal=deal, amount=Decimal(upfront) * 10**6)
        deals[f"l{i}"] = deal
    acquisition = f.DealFactory(
        title="Acquisition", deal_type="acquisition", headline_amount=Decimal(43) * 10**9,
        headline_currency="USD", announced_on=date(2025, 3, 13),
    )  # fmt: skip
    f.DealPartyFactory(deal=acquisition, company=us, role="acquirer")
    f.DealPartyFactory(deal=acquisition, company=f.CompanyFactory(country="US"), role="target")
    f.PaymentFactory(deal=acquisition, kind="acquisition_price", amount=Decimal(43) * 10**9)
    deals["acquisition"] = acquisition
    deals["talks"] = f.DealFactory(title="Talks", status="negotiation", headline_amount=None)
    f.DealPartyFactory(deal=deals["talks"], company=cn, role="licensor")
    deals["internal"] = f.DealFactory(
        title="Internal", visibility="internal", headline_amount=Decimal(10**12),
        headline_currency="USD",
    )  # fmt: skip
    return deals


def _summary(params: dict | None = None, client: APIClient | None = None) -> dict:
    response = (client or APIClient()).get("/api/v1/deals/summary/", params or {})
    assert response.status_code == 200, response.content
    return response.json()


def _count(params: dict | None = None) -> int:
    return APIClient().get("/api/v1/deals/", params or {}).json()["count"]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"deal_class": "licensing"},
        {"deal_class": ["licensing", "m_and_a"]},
        {"licensor_country": "CN"},
        {"min_total_potential_usd": "700000000"},
        {"status": "negotiation"},
        {"announced_after": "2025-03-01"},
        {"q": "License"},
    ],
)
def test_summary_count_equals_the_deal_list_count_and_the_classes_add_up(world, params) -> None:
    data = _summary(params)
    assert data["count"] == _count(params)
    assert sum(c["count"] for c in data["classes"]) == data["count"]
    assert all(c["count"] > 0 for c in data["classes"])  # only classes present


def test_summary_keeps_classes_apart_with_every_statistic(world) -> None:
    data = _summary()
    assert data["count"] == 5  # four licenses and the acquisition; not the talks, not internal
    by_class = {c["deal_class"]: c for c in data["classes"]}
    assert set(by_class) == {"licensing", "m_and_a"}
    licensing = by_class["licensing"]
    assert licensing["count"] == 4
    for measure in ("upfront", "total_potential", "headline"):
        assert set(licensing[measure]) == MEASURE_KEYS
    upfront = licensing["upfront"]
    assert (upfront["disclosed"], upfront["undisclosed"]) == (3, 1)
    assert upfront["sum"] == "450000000.00"
    assert upfront["median"] == "100000000.00" and upfront["values"] is None
    # Total potential: 1,000, 100 (sum of terms), 2,000 and 600 (headline over 300 upfront).
    assert licensing["total_potential"]["sum"] == "3700000000.00"
    # The $43B acquisition never pools with licensing, and one value is shown as itself.
    acquisition = by_class["m_and_a"]["headline"]
    assert acquisition["median"] is None and acquisition["values"] == ["43000000000.00"]


def test_summary_never_counts_internal_deals_for_the_public(world, analyst) -> None:
    public = _summary()
    client = APIClient()
    client.force_authenticate(analyst)
    staff = _summary(client=client)
    assert staff["count"] == public["count"] + 1
    assert "1000000000000" not in str(public)


@pytest.mark.parametrize(
    ("params", "bad"),
    [({"deal_class": "mergers"}, "deal_class"), ({"licencee": "x"}, "licencee")],
)
def test_summary_refuses_what_the_list_refuses(world, params, bad) -> None:
    response = APIClient().get("/api/v1/deals/summary/", params)
    assert response.status_code == 400
    assert bad in response.json()


def test_the_deal_list_page_shows_the_same_totals_with_drill_downs(world) -> None:
    client = Client()
    page = client.get("/deals/").content.decode()
    assert 'hx-get="/deals/summary/"' in page  # loaded after the list
    fragment = client.get("/deals/summary/", headers={"HX-Request": "true"}).content.decode()
    assert "Totals of these 5 deals, by class" in fragment
    assert "$3.7B" in fragment and "$43B" in fragment
    assert "/deals/?deal_class=licensing" in fragment
    assert "1 deal in negotiation or rumoured" in fragment
    # Each drill-down lists exactly the deals counted in its row.
    assert _count({"deal_class": "licensing"}) == 4
    # Without scripts the same totals are a page of their own.
    full = client.get("/deals/summary/").content.decode()
    assert "<html" in full and "Totals of these 5 deals" in full
    assert client.get("/deals/summary/", {"deal_class": "x"}).status_code == 400


def test_a_deal_called_summary_gets_another_slug() -> None:
    deal = f.DealFactory(title="Summary")
    assert deal.slug == "summary-2"
