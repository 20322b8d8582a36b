"""The deal JSON of docs/contract.md, walked key by key on the RC148 deal, and who may see what."""

from datetime import date
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from deals.models import Deal, DealParty, PaymentComponent
from tests import factories as f

pytestmark = pytest.mark.django_db

CONTRACT_KEYS = [
    "id", "slug", "title", "deal_type", "status", "exclusive", "visibility", "signed_on",
    "announced_on", "conference", "parties", "assets", "territory", "headline_value", "payments",
    "royalty", "totals_usd", "sources", "events", "url", "api_url",
]  # fmt: skip


@pytest.fixture
def rc148() -> Deal:
    return f.build_rc148_like_deal()


def _get(path: str, token: str | None = None) -> dict:
    client = APIClient()
    if token:
        client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    response = client.get(path)
    assert response.status_code == 200, response.content
    return response.json()


def test_rc148_deal_json_walks_the_contract_key_by_key(rc148: Deal) -> None:
    data = _get(f"/api/v1/deals/{rc148.slug}/")

    # Every contract key, in the contract's order, before any extra key.
    assert list(data)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert data["id"] == rc148.pk
    assert data["slug"] == "remegen-licenses-rc148-to-abbvie"
    assert data["title"] == "RemeGen licenses RC148 to AbbVie"
    assert (data["deal_type"], data["status"]) == ("license", "announced")
    assert data["exclusive"] is True
    assert data["visibility"] == "public"
    assert data["signed_on"] is None
    assert data["announced_on"] == "2026-01-12"
    assert data["conference"] == {
        "slug": "jpm-2026",
        "name": "JPM 2026",
        "api_url": "http://testserver/api/v1/conferences/jpm-2026/",
    }

    licensor, licensee = data["parties"]
    assert licensor["role"] == "licensor" and licensor["disclosed"] is True
    assert {k: licensor["company"][k] for k in ("slug", "name", "country")} == {
        "slug": "remegen",
        "name": "RemeGen",
        "country": "CN",
    }
    assert isinstance(licensor["company"]["id"], int)
    assert licensee["role"] == "licensee" and licensee["company"]["country"] == "US"

    (asset_link,) = data["assets"]
    assert asset_link["phase_at_signing"] == "phase_1"
    asset = asset_link["asset"]
    assert (asset["slug"], asset["name"], asset["modality"]) == ("rc148", "RC148", "bispecific")
    assert [t["name"] for t in asset["targets"]] == ["PD-1", "VEGF-A"]
    assert isinstance(asset["id"], int)

    assert data["territory"] == {"included": ["WW"], "excluded": ["GREATER_CHINA"]}

    headline = data["headline_value"]
    assert (headline["amount"], headline["currency"], headline["amount_usd"]) == (
        "5600000000.00",
        "USD",
        "5600000000.00",
    )
    assert headline["usd_missing_fx"] is False
    assert headline["source"] == "https://example.org/remegen-abbvie-rc148"

    upfront, milestones = data["payments"]
    assert upfront == {
        "kind": "upfront_cash",
        "disclosed": True,
        "amount": "650000000.00",
        "currency": "USD",
        "amount_usd": "650000000.00",
        "usd_missing_fx": False,
        "contingent": False,
        "quote": "an upfront payment of US$650 million",
        "note": None,
        "source": "https://example.org/remegen-abbvie-rc148",
    }
    assert milestones["kind"] == "milestones" and milestones["contingent"] is True
    assert milestones["amount"] == "4950000000.00"

    assert data["royalty"] == {
        "min_pct": None,
        "max_pct": None,
        "tiered": True,
        "wording": "tiered double-digit royalties",
        "disclosed": False,
    }
    # upfront = cash + equity; committed = non-contingent; milestones = the milestone terms;
    # potential = max(headline, sum).
    assert data["totals_usd"] == {
        "upfront": "650000000.00",
        "committed": "650000000.00",
        "milestones": "4950000000.00",
        "disclosed": "5600000000.00",
        "total_potential": "5600000000.00",
    }
    (source,) = data["sources"]
    assert source["url"] == "https://example.org/remegen-abbvie-rc148"
    assert source["publisher"] == "RemeGen" and source["published_on"] == "2026-01-12"
    assert source["quote"] == "RemeGen will receive an upfront payment of US$650 million."
    (event,) = data["events"]
    assert (event["kind"], event["date"], event["description"]) == (
        "announced",
        "2026-01-12",
        "Announced at JPM",
    )
    assert data["url"] == "http://testserver/deals/remegen-licenses-rc148-to-abbvie/"
    assert data["api_url"] == "http://testserver/api/v1/deals/remegen-licenses-rc148-to-abbvie/"


def test_money_is_never_a_float_anywhere_in_the_deal_json(rc148: Deal) -> None:
    def walk(value: object) -> None:
        assert not isinstance(value, float), value
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(_get(f"/api/v1/deals/{rc148.slug}/"))
    walk(_get("/api/v1/deals/"))


def test_undisclosed_party_and_payment_read_as_null_with_disclosed_false() -> None:
    deal = f.DealFactory(title="ALT-B4 negotiation", status=Deal.Status.NEGOTIATION)
    f.DealPartyFactory(deal=deal, role=DealParty.Role.LICENSOR)
    f.DealPartyFactory(deal=deal, company=None, role=DealParty.Role.LICENSEE)
    f.PaymentFactory(
        deal=deal, kind=PaymentComponent.Kind.UPFRONT_CASH, disclosed=False, amount=None
    )

    data = _get(f"/api/v1/deals/{deal.slug}/")

    assert data["parties"][1] == {
        "role": "licensee",
        "company": None,
        "disclosed": False,
        "name_as_reported": None,
    }
    payment = data["payments"][0]
    assert (payment["amount"], payment["amount_usd"], payment["disclosed"]) == (None, None, False)
    assert data["headline_value"] is None
    assert data["totals_usd"]["upfront"] is None  # undisclosed is not zero
    assert data["territory"] == {"included": [], "excluded": []}


def test_headline_in_a_currency_without_fx_rate_says_so() -> None:
    deal = f.DealFactory(headline_amount=Decimal("8200000000000"), headline_currency="KRW")
    headline = _get(f"/api/v1/deals/{deal.slug}/")["headline_value"]
    assert headline["amount_usd"] is None and headline["usd_missing_fx"] is True

    f.FxRateFactory(currency="KRW", date=date(2026, 1, 2), usd_per_unit=Decimal("0.00068"))
    headline = _get(f"/api/v1/deals/{deal.slug}/")["headline_value"]
    assert headline["amount_usd"] == "5576000000.00" and headline["usd_missing_fx"] is False


def test_internal_deal_is_invisible_to_anonymous_and_plain_read_tokens(
    rc148: Deal, django_user_model
) -> None:
    from accounts.models import create_token

    secret = f.DealFactory(title="Secret talks", visibility=Deal.Visibility.INTERNAL)
    f.DealPartyFactory(deal=secret, company=rc148.parties.first().company)
    outsider = django_user_model.objects.create_user("outsider", password="pw-out-123")
    outsider_key = create_token(outsider)[1]

    for token in (None, outsider_key):
        client = APIClient()
        if token:
            client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
        assert client.get(f"/api/v1/deals/{secret.slug}/").status_code == 404
        assert client.get(f"/api/v1/deals/{secret.pk}/").status_code == 404
        listing = client.get("/api/v1/deals/", {"company": "remegen"}).json()
        assert [d["slug"] for d in listing["results"]] == [rc148.slug]
        assert listing["count"] == 1
        company = client.get("/api/v1/companies/remegen/").json()
        assert company["deal_count"] == 1
        assert [d["slug"] for d in company["deals"]] == [rc148.slug]
        assert "analyst_notes" not in client.get(f"/api/v1/deals/{rc148.slug}/").json()


def test_viewers_read_internal_deals_and_analyst_notes(rc148: Deal, api_tokens) -> None:
    secret = f.DealFactory(title="Secret talks", visibility=Deal.Visibility.INTERNAL)
    data = _get(f"/api/v1/deals/{secret.slug}/", api_tokens["read"])
    assert data["visibility"] == "internal"
    assert _get(f"/api/v1/deals/{rc148.slug}/", api_tokens["read"])["analyst_notes"] == (
        "Internal: compare with the SSGJ-707 deal."
    )
    assert _get("/api/v1/deals/", api_tokens["read"])["count"] == 2


def test_conference_detail_totals_count_only_visible_deals(rc148: Deal) -> None:
    zonsen = f.DealFactory(title="Zonsen PepLib RLT", conference=rc148.conference)
    f.PaymentFactory(deal=zonsen, amount=Decimal("50000000"))
    hidden = f.DealFactory(conference=rc148.conference, visibility=Deal.Visibility.INTERNAL)
    f.PaymentFactory(deal=hidden, amount=Decimal("999000000"))
    f.DealFactory(title="Unvalued", conference=rc148.conference)

    talks = f.DealFactory(title="Talks", conference=rc148.conference, status="negotiation")
    buyout = f.DealFactory(title="Buyout", conference=rc148.conference, deal_type="acquisition")
    f.PaymentFactory(deal=buyout, kind="acquisition_price", amount=Decimal("4000000000"))

    data = _get("/api/v1/conferences/jpm-2026/")

    assert data["deal_count"] == 4  # every class, never the talks
    assert {d["slug"] for d in data["deals"]} == {rc148.slug, zonsen.slug, "unvalued", "buyout"}
    assert [d["slug"] for d in data["negotiations"]] == [talks.slug]
    list_query = "conference=jpm-2026&deal_class=licensing"
    assert data["totals"] == {
        "deal_class": ["licensing"],  # a statistic: licensing unless asked otherwise
        "list_url": f"http://testserver/deals/?{list_query}",
        "api_list_url": f"http://testserver/api/v1/deals/?{list_query}",
        "deal_count": 3,
        "headline_usd": "5600000000.00",
        "upfront_usd": "700000000.00",
        "committed_usd": "700000000.00",
        "total_potential_usd": "5650000000.00",
        "undisclosed_value_count": 1,
    }
    assert _get(data["totals"]["api_list_url"])["count"] == data["totals"]["deal_count"]
    acquisitions = _get("/api/v1/conferences/jpm-2026/?deal_class=m_and_a")["totals"]
    # For M&A the price paid at closing is the upfront (deals/measures.py).
    assert (acquisitions["deal_count"], acquisitions["upfront_usd"]) == (1, "4000000000.00")
    assert acquisitions["total_potential_usd"] == "4000000000.00"


def test_company_and_asset_details_list_their_deals_with_role_and_phase(rc148: Deal) -> None:
    company = _get("/api/v1/companies/abbvie/")
    assert [(d["slug"], d["roles"]) for d in company["deals"]] == [(rc148.slug, ["licensee"])]
    asset = _get("/api/v1/assets/rc148/")
    assert [(d["slug"], d["phase_at_signing"]) for d in asset["deals"]] == [(rc148.slug, "phase_1")]
    assert asset["targets"][0]["slug"] == "pd-1"


def test_details_resolve_by_slug_or_numeric_id(rc148: Deal) -> None:
    company = rc148.parties.first().company
    assert _get(f"/api/v1/deals/{rc148.pk}/")["slug"] == rc148.slug
    assert _get(f"/api/v1/companies/{company.pk}/")["slug"] == company.slug
    assert _get("/api/v1/targets/pd-1/")["name"] == "PD-1"
    assert _get("/api/v1/therapeutic-areas/oncology/")["asset_count"] == 1
    assert APIClient().get("/api/v1/deals/no-such-deal/").status_code == 404
    assert APIClient().get("/api/v1/deals/99999999999999999999999/").status_code == 404


def test_list_is_paginated_with_count_next_previous() -> None:
    for n in range(3):
        f.DealFactory(title=f"Deal number {n}")
    client = APIClient()
    page = client.get("/api/v1/deals/", {"page_size": 2}).json()
    assert list(page) == ["count", "next", "previous", "results"]
    assert page["count"] == 3 and len(page["results"]) == 2 and page["previous"] is None
    assert "page=2" in page["next"]
    assert len(client.get(page["next"]).json()["results"]) == 1
    assert client.get("/api/v1/deals/", {"page_size": 501}).status_code == 400
    assert client.get("/api/v1/deals/", {"page_size": "ten"}).json() == {
        "page_size": ["Enter a whole number."]
    }
    assert client.get("/api/v1/deals/", {"page": 9}).status_code == 404
    assert client.get("/api/v1/deals/", {"page": "x"}).status_code == 400
    assert client.get("/api/v1/deals/", {"page_size": ""}).status_code == 400
