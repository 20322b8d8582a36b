"""The OpenAPI document: valid OpenAPI 3, every filter and error documented, docs served offline."""

import re

import pytest
from django.test import Client
from openapi_spec_validator import validate

from companies.filters import CompanyFilterSet
from deals.filters import ConferenceFilterSet, DealFilterSet
from deals.rights.filters import RightsAssetFilterSet

pytestmark = pytest.mark.django_db


_SCHEMA: dict = {}


@pytest.fixture
def schema() -> dict:
    # Generated once per module: it does not depend on the data, and takes a second.
    if not _SCHEMA:
        response = Client().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
        assert response.status_code == 200
        _SCHEMA.update(response.json())
    return _SCHEMA


def test_schema_is_valid_openapi_3(schema: dict) -> None:
    assert schema["openapi"].startswith("3.")
    validate(schema)  # raises on any violation of the OpenAPI 3 specification


@pytest.mark.parametrize(
    ("path", "filterset"),
    [
        ("/api/v1/deals/", DealFilterSet),
        ("/api/v1/companies/", CompanyFilterSet),
        ("/api/v1/assets/", RightsAssetFilterSet),
        ("/api/v1/conferences/", ConferenceFilterSet),
    ],
)
def test_every_filter_is_documented_with_a_description(schema, path, filterset) -> None:
    parameters = {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}
    for name in [*filterset.base_filters, "page", "page_size"]:
        assert name in parameters, f"{path}: {name} is not documented"
        assert parameters[name].get("description"), f"{path}: {name} has no description"


def test_contract_deal_filters_are_all_in_the_schema(schema: dict) -> None:
    contract = [
        "conference", "company", "company_id", "licensor", "licensee", "licensor_country",
        "licensee_country", "deal_type", "status", "modality", "target", "therapeutic_area",
        "phase_at_signing", "announced_after", "announced_before", "min_headline_usd",
        "has_upfront", "min_upfront_usd", "q", "ordering",
    ]  # fmt: skip
    documented = {p["name"] for p in schema["paths"]["/api/v1/deals/"]["get"]["parameters"]}
    assert set(contract) <= documented


def test_computed_totals_carry_their_definitions(schema: dict) -> None:
    totals = schema["components"]["schemas"]["Totals"]["properties"]
    assert "upfront cash plus upfront equity" in totals["upfront"]["description"]
    assert "non-contingent" in totals["committed"]["description"]
    assert "larger of the reported headline" in totals["total_potential"]["description"]


def test_error_responses_are_documented(schema: dict) -> None:
    deals = schema["paths"]["/api/v1/deals/"]
    detail = schema["paths"]["/api/v1/deals/{slug}/"]
    assert {"200", "400", "404", "429"} <= set(deals["get"]["responses"])
    assert {"201", "400", "401", "403", "429"} <= set(deals["post"]["responses"])
    assert {"200", "400", "401", "403", "404", "412"} <= set(detail["patch"]["responses"])
    assert {"204", "401", "403", "404", "409", "412"} <= set(detail["delete"]["responses"])
    assert any(p["name"] == "If-Match" for p in detail["patch"]["parameters"])


def test_money_is_documented_as_decimal_strings(schema: dict) -> None:
    payment = schema["components"]["schemas"]["Payment"]["properties"]
    assert payment["amount"]["type"] == "string" and payment["amount"]["format"] == "decimal"
    assert payment["amount"]["nullable"] is True


def test_analyst_notes_are_documented_but_optional(schema: dict) -> None:
    deal = schema["components"]["schemas"]["Deal"]
    assert "analyst_notes" in deal["properties"]
    assert "analyst_notes" not in deal["required"]


@pytest.mark.parametrize("path", ["/api/docs/", "/api/redoc/"])
def test_interactive_docs_load_nothing_from_a_cdn(path: str, client) -> None:
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    external = re.findall(r"""(?:src|href)=["'](https?://[^"']+)""", html)
    assert external == []
    assert "drf_spectacular_sidecar" in html  # the bundled assets


@pytest.mark.parametrize(
    ("path", "asset"),
    [("/api/docs/", "swagger-ui-bundle.js"), ("/api/redoc/", "redoc.standalone.js")],
)
def test_docs_assets_ship_with_the_static_files(client, path: str, asset: str) -> None:
    from django.conf import settings
    from django.contrib.staticfiles import finders

    html = client.get(path).content.decode()
    url = re.search(rf"""src=["']([^"']*{re.escape(asset)})""", html).group(1)
    # What collectstatic will copy (and WhiteNoise serve) in production.
    assert finders.find(url.removeprefix(settings.STATIC_URL).removeprefix("/static/"))
