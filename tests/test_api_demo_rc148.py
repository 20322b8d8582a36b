"""The contract walk on the real demo data: `load_demo`, then the RC148 deal key by key."""

from decimal import Decimal

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

RC148 = "/api/v1/deals/abbvie-remegen-rc148-2026/"


def test_demo_rc148_deal_json_key_by_key(demo: None) -> None:
    response = APIClient().get(RC148)
    assert response.status_code == 200
    data = response.json()

    contract = [
        "id", "slug", "title", "deal_type", "status", "exclusive", "visibility", "signed_on",
        "announced_on", "conference", "parties", "assets", "territory", "headline_value",
        "payments", "royalty", "totals_usd", "sources", "events", "url", "api_url",
    ]  # fmt: skip
    assert list(data)[: len(contract)] == contract
    assert isinstance(data["id"], int)
    assert data["slug"] == "abbvie-remegen-rc148-2026"
    assert "RC148" in data["title"]
    assert (data["deal_type"], data["status"], data["exclusive"]) == ("license", "announced", True)
    assert data["visibility"] == "public"
    assert data["announced_on"] == "2026-01-12"
    assert data["conference"]["slug"] == "jpm-2026"

    parties = {p["role"]: p for p in data["parties"]}
    assert set(parties) == {"licensor", "licensee"}
    assert parties["licensor"]["company"]["slug"] == "remegen"
    assert parties["licensor"]["company"]["country"] == "CN"
    assert parties["licensee"]["company"]["slug"] == "abbvie"
    assert parties["licensee"]["company"]["country"] == "US"
    assert all(p["disclosed"] for p in data["parties"])

    (asset,) = data["assets"]
    assert asset["asset"]["slug"] == "rc148"
    assert asset["asset"]["modality"] == "bispecific"
    assert {t["slug"] for t in asset["asset"]["targets"]} == {"pd-1", "vegf-a"}

    assert data["territory"] == {"included": ["WW"], "excluded": ["GREATER_CHINA"]}
    headline = data["headline_value"]
    assert (headline["amount"], headline["currency"], headline["amount_usd"]) == (
        "5600000000.00",
        "USD",
        "5600000000.00",
    )

    payments = {p["kind"]: p for p in data["payments"]}
    assert payments["upfront_cash"]["amount"] == "650000000.00"
    assert payments["upfront_cash"]["contingent"] is False
    milestones = [Decimal(p["amount"]) for p in data["payments"] if "milestone" in p["kind"]]
    assert sum(milestones) == Decimal("4950000000.00")
    assert all(p["disclosed"] and p["currency"] == "USD" for p in data["payments"])

    assert data["royalty"]["tiered"] is True
    assert "double-digit" in data["royalty"]["wording"]
    assert data["royalty"]["disclosed"] is False  # wording only, no rates

    assert data["totals_usd"]["upfront"] == "650000000.00"
    assert data["totals_usd"]["committed"] == "650000000.00"
    assert data["totals_usd"]["total_potential"] == "5600000000.00"

    source_urls = {s["url"] for s in data["sources"]}
    assert headline["source"] in source_urls
    assert all(p["source"] in source_urls for p in data["payments"])
    assert all(s["published_on"] for s in data["sources"])
    assert any(e["kind"] == "announced" and e["date"] == "2026-01-12" for e in data["events"])
    assert data["url"].endswith("/deals/abbvie-remegen-rc148-2026/")
    assert data["api_url"] == f"http://testserver{RC148}"
    assert "analyst_notes" not in data


def test_demo_jpm_2026_filters_and_conference_totals(demo: None) -> None:
    client = APIClient()
    jpm = client.get("/api/v1/deals/", {"conference": "jpm-2026"}).json()
    # Three deals announced; Alteogen's ALT-B4 talks are listed only with their status.
    assert jpm["count"] == 3
    talks = client.get("/api/v1/deals/", {"conference": "jpm-2026", "status": "negotiation"})
    assert [d["slug"] for d in talks.json()["results"]] == ["alteogen-alt-b4-negotiation-2026"]
    chinese = client.get(
        "/api/v1/deals/", {"conference": "jpm-2026", "licensor_country": "CN"}
    ).json()
    assert {d["slug"] for d in chinese["results"]} >= {"abbvie-remegen-rc148-2026"}
    assert "alteogen-alt-b4-negotiation-2026" not in {d["slug"] for d in chinese["results"]}
    sineuro = client.get("/api/v1/deals/", {"q": "Sineuro"}).json()
    assert [d["slug"] for d in sineuro["results"]] == ["novartis-scineuro-abeta-shuttle-2026"]
    altb4 = client.get("/api/v1/deals/", {"q": "ALTB4", "status": "negotiation"}).json()
    assert "alteogen-alt-b4-negotiation-2026" in [d["slug"] for d in altb4["results"]]

    conference = client.get("/api/v1/conferences/jpm-2026/").json()
    assert conference["totals"]["deal_count"] == 3  # and the ALT-B4 talks, listed apart
    assert [d["slug"] for d in conference["negotiations"]] == ["alteogen-alt-b4-negotiation-2026"]
    assert conference["totals"]["upfront_usd"] is not None
