"""Filter parity: the same query string gives the same deals on /deals/ and /api/v1/deals/."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.test_pages_world import World, build_world

pytestmark = pytest.mark.django_db

API = "/api/v1/deals/"

PARAMETERS = [
    {},
    {"conference": "jpm-2026"},
    {"conference": "jpm-2026", "licensor_country": "CN"},
    {"licensor_country": "KR"},
    {"licensee_country": "CH"},
    {"licensee": "novartis"},
    {"licensor": "alteogen"},
    {"company": "abbvie"},
    {"deal_type": "platform_license"},
    {"status": "negotiation"},
    {"modality": "bispecific"},
    {"target": "pd-1"},
    {"therapeutic_area": "oncology"},
    {"phase_at_signing": "preclinical"},
    {"announced_after": "2026-01-12", "announced_before": "2026-01-13"},
    {"min_headline_usd": "1000000000"},
    {"has_upfront": "true"},
    {"has_upfront": "false"},
    {"min_upfront_usd": "100000000"},
    {"q": "Sineuro"},
    {"q": "ALTB4"},
    {"q": "荣昌生物"},
    {"ordering": "-headline_usd"},
    {"ordering": "upfront_usd"},
    {"ordering": "title", "page_size": "2", "page": "2"},
]

BAD_PARAMETERS = [
    {"licensor_country": "XX"},
    {"conference": "no-such-conference"},
    {"announced_after": "yesterday"},
    {"has_upfront": "maybe"},
    {"ordering": "analyst_notes"},
    {"page_size": "0"},
    {"licencee": "novartis"},
]


@pytest.fixture
def world() -> World:
    return build_world()


def _api_or_skip(client: Client) -> None:
    if client.get(API).status_code == 404:
        pytest.skip("the deal API (/api/v1/deals/) is not installed")


def _ids(params: dict[str, str]) -> str:
    return "&".join(f"{k}={v}" for k, v in params.items()) or "no-filter"


@pytest.mark.parametrize("params", PARAMETERS, ids=[_ids(p) for p in PARAMETERS])
def test_deal_list_and_api_return_the_same_deals_in_the_same_order(
    client: Client, world: World, params: dict[str, str]
) -> None:
    _api_or_skip(client)
    page = client.get("/deals/", params)
    api = client.get(API, params)
    assert page.status_code == api.status_code == 200, (page.status_code, api.status_code)
    html_slugs = [deal.slug for deal in page.context["page_obj"].object_list]
    api_slugs = [row["slug"] for row in api.json()["results"]]
    assert html_slugs == api_slugs
    assert page.context["page_obj"].paginator.count == api.json()["count"]


@pytest.mark.parametrize("params", BAD_PARAMETERS, ids=[_ids(p) for p in BAD_PARAMETERS])
def test_deal_list_and_api_reject_the_same_bad_parameters(
    client: Client, world: World, params: dict[str, str]
) -> None:
    _api_or_skip(client)
    page = client.get("/deals/", params)
    api = client.get(API, params)
    assert page.status_code == api.status_code == 400
    (name,) = params
    assert name in api.json()
    assert f"{name}:" in page.content.decode()


def test_anonymous_parity_never_includes_the_internal_deal(client: Client, world: World) -> None:
    _api_or_skip(client)
    page = client.get("/deals/", {"company": "abbvie"})
    api = client.get(API, {"company": "abbvie"})
    slugs = {d.slug for d in page.context["page_obj"].object_list}
    assert world.internal.slug not in slugs
    assert slugs == {row["slug"] for row in api.json()["results"]}
