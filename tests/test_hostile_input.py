"""Hostile input from the outside security test: never a 500, always a clear 4xx.

NUL bytes in URLs (PostgreSQL text cannot hold them), deeply nested or oversized JSON, and
deals with thousands of nested parts.
"""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def some_data() -> None:
    conference = f.ConferenceFactory(year=2026)
    deal = f.DealFactory(conference=conference)
    f.DealPartyFactory(deal=deal, company=f.CompanyFactory(name="Pfizer"), role="licensee")
    f.DealAssetFactory(deal=deal, asset=f.AssetFactory(name="RC148"))


# Every URL the outside test found answering 500 with a NUL byte (PostgreSQL's DataError),
# plus the same holes in query strings of pages and the API.
NUL_PATHS = [
    "/deals/%00/",
    "/companies/%00/",
    "/assets/%00/",
    "/conferences/%00/",
    "/feeds/conferences/%00/",
    "/feeds/companies/%00/",
    "/api/v1/analytics/conference/%00/",
    "/api/v1/deals/ab%00c/",
    "/api/v1/companies/%00/",
]
NUL_QUERIES = [
    "/comps/?like_deal=%00",
    "/comps/?like_asset=%00",
    "/comps/panel/?like_deal=%00",
    "/comps/panel/?like_asset=%00",
    "/deals/?q=a%00b",
    "/deals/?licensor=%00",
    "/api/v1/deals/?conference=%00",
    "/api/v1/comps/?like_deal=%00",
    "/analytics/?licensor=x%00",
]


@pytest.mark.parametrize("path", NUL_PATHS)
def test_a_nul_byte_in_a_path_is_a_404(client: Any, some_data: None, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404, response.content[:300]
    if path.startswith("/api/"):
        assert response["Content-Type"].startswith("application/json")
        assert "detail" in response.json()


@pytest.mark.parametrize("path", NUL_QUERIES)
def test_a_nul_byte_in_a_query_is_a_400(client: Any, some_data: None, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 400, response.content[:300]
    if path.startswith("/api/"):
        # The API's error shape: the parameter named, with a list of messages.
        name = path.split("?")[1].split("=")[0]
        assert list(response.json()) == [name]


@pytest.fixture
def writer(api_tokens: dict[str, str]) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_tokens['write']}")
    return client


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_json_is_a_json_400(writer: APIClient, depth: int) -> None:
    body = '{"title": ' + "[" * depth + "]" * depth + "}"
    response = writer.post("/api/v1/deals/", body, content_type="application/json")
    assert response.status_code == 400
    assert "nested" in response.json()["detail"].lower()


def test_a_body_over_the_size_limit_is_a_json_413(writer: APIClient, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    body = '{"title": "' + "x" * 20_000 + '"}'
    response = writer.post("/api/v1/deals/", body, content_type="application/json")
    assert response.status_code == 413
    assert response["Content-Type"].startswith("application/json")
    assert "10000 bytes" in response.json()["detail"]
    # Under the limit the same endpoint reads the body as usual (a 400 for a bad deal).
    small = writer.post("/api/v1/deals/", '{"title": "x"}', content_type="application/json")
    assert small.status_code == 400 and "deal_type" in small.json()


# --- caps on a deal's nested parts (deals/limits.py) -------------------------------------------


def _deal_body(**parts: Any) -> dict[str, Any]:
    return {"title": "Capped", "deal_type": "license", "announced_on": "2026-01-12", **parts}


def _payments(n: int) -> list[dict[str, Any]]:
    return [{"kind": "milestones", "amount": str(n + 1), "currency": "USD"} for n in range(n)]


def test_a_deal_with_thousands_of_payments_is_refused_at_once(writer: APIClient) -> None:
    import time

    from deals.models import Deal

    started = time.perf_counter()
    response = writer.post("/api/v1/deals/", _deal_body(payments=_payments(5_000)), format="json")
    elapsed = time.perf_counter() - started
    assert response.status_code == 400
    assert response.json() == {"payments": ["At most 50 payments per deal; this one has 5000."]}
    assert elapsed < 5, "refused before validating every item"
    assert not Deal.objects.exists()


@pytest.mark.parametrize(
    ("key", "item"),
    [
        ("parties", {"role": "licensee", "company": None}),
        ("assets", {"asset": "nope"}),
        ("sources", {"url": "https://example.org/x"}),
        ("events", {"kind": "other"}),
        ("payments", {"kind": "milestones", "disclosed": False}),
    ],
)
def test_every_nested_list_has_a_documented_cap(
    writer: APIClient, key: str, item: dict[str, Any]
) -> None:
    from deals.limits import MAX_PER_DEAL

    cap = MAX_PER_DEAL[key]
    response = writer.post("/api/v1/deals/", _deal_body(**{key: [item] * (cap + 1)}), format="json")
    assert response.status_code == 400
    assert list(response.json()) == [key] and f"At most {cap} {key}" in response.json()[key][0]


def test_territory_lines_are_capped_included_and_excluded_together(writer: APIClient) -> None:
    from deals.limits import MAX_PER_DEAL

    half = MAX_PER_DEAL["territory"] // 2 + 1
    territory = {"included": ["US"] * half, "excluded": ["CN"] * half}
    response = writer.post("/api/v1/deals/", _deal_body(territory=territory), format="json")
    assert response.status_code == 400 and list(response.json()) == ["territory"]


def test_a_deal_at_the_cap_is_accepted(writer: APIClient) -> None:
    response = writer.post("/api/v1/deals/", _deal_body(payments=_payments(50)), format="json")
    assert response.status_code == 201, response.json()
    assert len(response.json()["payments"]) == 50


def test_save_deal_refuses_too_many_parts_for_every_other_door() -> None:
    # The importer and text intake call save_deal directly, without the API's serializer.
    from deals.models import Deal
    from deals.services import DealInputError, save_deal

    with pytest.raises(DealInputError) as refused:
        save_deal({"title": "Import", "deal_type": "license", "events": [{"kind": "other"}] * 101})
    assert list(refused.value.errors) == ["events"]
    assert not Deal.objects.exists()


def test_the_admin_stops_at_the_cap(client: Any, analyst: Any) -> None:
    from tests.admin_forms import DEAL_ADD, add_rows, error_texts, new_deal_data

    client.force_login(analyst)
    page = client.get(DEAL_ADD)
    payments = next(
        inline.formset
        for inline in page.context["inline_admin_formsets"]
        if inline.formset.prefix == "payments"
    )
    assert payments.max_num == 50
    data = new_deal_data(client)
    rows = [{"kind": "milestones", "disclosed": False, "amount": ""} for _ in range(51)]
    add_rows(data, "payments", *rows)
    response = client.post(DEAL_ADD, data)
    assert "Please submit at most 50 forms" in error_texts(response)
