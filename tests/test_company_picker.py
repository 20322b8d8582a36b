"""Company by name on the deal list (issue 15): suggestions as the reader types, names and aliases
where a slug is expected, and no company a reader may not see.

``/deals/suggest/companies/`` feeds the company boxes (static/js/site.js); the deal-list
parameters stay slugs, and without scripts an exact name or alias typed into the box filters
too.
"""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from deals.filters import DealFilterSet
from deals.models import Deal, DealParty
from tests.factories import (
    CompanyAliasFactory,
    CompanyFactory,
    DealFactory,
    DealPartyFactory,
)

pytestmark = pytest.mark.django_db

SUGGEST = "/deals/suggest/companies/"


@pytest.fixture
def companies() -> dict[str, Any]:
    """SciNeuro (alias Sineuro) licenses to Novartis; Novartis buys Novo Nordisk's unit; Numbat
    takes part only in an internal deal; a rumoured deal of Noventis counts nowhere."""
    sci = CompanyFactory(name="SciNeuro Pharmaceuticals", country="CN")
    CompanyAliasFactory(company=sci, name="Sineuro")
    novartis = CompanyFactory(name="Novartis", country="CH")
    novo = CompanyFactory(name="Novo Nordisk", country="DK")
    numbat = CompanyFactory(name="Numbat Therapeutics", country="NZ")
    noventis = CompanyFactory(name="Noventis Bio", country="US")
    license_ = DealFactory(title="SciNeuro licenses a shuttle to Novartis")
    DealPartyFactory(deal=license_, company=sci, role=DealParty.Role.LICENSOR)
    DealPartyFactory(deal=license_, company=novartis, role=DealParty.Role.LICENSEE)
    second = DealFactory(title="Novo Nordisk licenses a peptide to Novartis")
    DealPartyFactory(deal=second, company=novo, role=DealParty.Role.LICENSOR)
    DealPartyFactory(deal=second, company=novartis, role=DealParty.Role.LICENSEE)
    internal = DealFactory(title="Numbat option", visibility=Deal.Visibility.INTERNAL)
    DealPartyFactory(deal=internal, company=numbat, role=DealParty.Role.LICENSOR)
    DealPartyFactory(deal=internal, company=novartis, role=DealParty.Role.LICENSEE)
    rumour = DealFactory(title="Noventis talks", status=Deal.Status.RUMORED)
    DealPartyFactory(deal=rumour, company=noventis, role=DealParty.Role.LICENSOR)
    return {"sci": sci, "novartis": novartis, "novo": novo, "numbat": numbat}


def _suggest(client: Any, **params: str) -> list[dict[str, Any]]:
    response = client.get(SUGGEST, params)
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_an_alias_finds_the_company_and_says_which_name_matched(client, companies) -> None:
    (found,) = _suggest(client, q="sineu")
    assert found["slug"] == "scineuro-pharmaceuticals"
    assert found["name"] == "SciNeuro Pharmaceuticals"
    assert found["alias"] == "Sineuro"
    assert found["country"] == "CN"


def test_suggestions_of_a_role_are_companies_that_took_that_role(client, companies) -> None:
    assert [c["slug"] for c in _suggest(client, q="nov")] == ["novartis", "novo-nordisk"]
    assert [c["slug"] for c in _suggest(client, q="nov", role="licensee")] == ["novartis"]
    assert [c["slug"] for c in _suggest(client, q="nov", role="licensor")] == ["novo-nordisk"]
    assert _suggest(client, q="nov", role="acquirer") == []


def test_each_suggestion_counts_the_deals_of_the_list_it_leads_to(client, companies) -> None:
    api = APIClient()
    for role in ("", "licensor", "licensee"):
        for company in _suggest(client, q="n", role=role) + _suggest(client, q="no", role=role):
            parameter, slug = company["list_url"].split("?")[1].split("=")
            listed = api.get("/api/v1/deals/", {parameter: slug}).json()["count"]
            assert company["deals"] == listed > 0, company


def test_a_company_only_on_internal_deals_is_never_suggested_to_the_public(
    client, companies, viewer
) -> None:
    assert _suggest(client, q="Numbat") == []
    # Novartis is suggested for its public deals, counted without the internal one.
    (novartis,) = _suggest(client, q="Novartis")
    assert novartis["deals"] == 2
    client.force_login(viewer)  # a Viewer sees internal deals, and so their companies
    assert [c["slug"] for c in _suggest(client, q="Numbat")] == ["numbat-therapeutics"]
    (novartis,) = _suggest(client, q="Novartis")
    assert novartis["deals"] == 3


def test_a_company_only_in_rumours_is_not_suggested(client, companies) -> None:
    # The list leaves rumours out unless a status asks: a pick would list nothing.
    assert _suggest(client, q="Noventis") == []


def test_one_letter_suggests_nothing_yet(client, companies) -> None:
    assert _suggest(client, q="n") == []


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"q": "nov", "role": "buyer"}, "role"),
        ({"q": "x" * 201}, "q"),
        ({"q": "nov", "company": "novartis"}, "company"),
    ],
)
def test_bad_suggestion_parameters_are_a_400_naming_them(client, companies, params, param) -> None:
    response = client.get(SUGGEST, params)
    assert response.status_code == 400
    assert list(response.json()) == [param]


def test_a_nul_in_the_typed_text_is_a_400_not_a_database_error(client, companies) -> None:
    assert client.get(SUGGEST, {"q": "nov\x00"}).status_code == 400


@pytest.mark.parametrize(
    "typed", ["SciNeuro Pharmaceuticals", "sineuro", "scineuro-pharmaceuticals"]
)
def test_a_name_or_alias_typed_without_scripts_filters_like_the_slug(
    client, companies, typed: str
) -> None:
    by_slug = client.get("/deals/", {"licensor": "scineuro-pharmaceuticals"})
    by_name = client.get("/deals/", {"licensor": typed})
    assert by_name.status_code == by_slug.status_code == 200
    assert "<strong>1</strong> deal" in by_name.content.decode()
    assert "SciNeuro licenses a shuttle" in by_name.content.decode()
    # The API reads the same parameter the same way.
    assert APIClient().get("/api/v1/deals/", {"licensor": typed}).json()["count"] == 1


def test_an_unknown_company_name_is_an_error_naming_the_parameter(client, companies) -> None:
    response = APIClient().get("/api/v1/deals/", {"licensee": "Nobody Pharma"})
    assert response.status_code == 400
    assert "Nobody Pharma" in response.json()["licensee"][0]
    page = client.get("/deals/", {"licensee": "Nobody Pharma"})
    assert page.status_code == 400
    assert "licensee: No company is called" in page.content.decode()


def test_a_name_two_companies_share_asks_for_the_slug(client, companies) -> None:
    CompanyAliasFactory(company=companies["novo"], name="NVS")
    CompanyAliasFactory(company=companies["novartis"], name="NVS")
    response = APIClient().get("/api/v1/deals/", {"company": "NVS"})
    assert response.status_code == 400
    assert "several companies" in response.json()["company"][0]


def test_the_form_offers_company_boxes_with_suggestions_and_no_company_id(
    client, companies
) -> None:
    page = client.get("/deals/", {"licensee": "novartis"}).content.decode()
    for name, role in (
        ("company", ""),
        ("licensor", "?role=licensor"),
        ("licensee", "?role=licensee"),
        ("acquirer", "?role=acquirer"),
        ("acquired", "?role=target"),
    ):
        assert f'data-suggest-url="{SUGGEST}{role}"' in page, name
        assert f'name="{name}"' in page
    # The picked company's name, for the box to show instead of its slug.
    assert 'data-suggest-label="Novartis"' in page
    assert "Company id" not in page and "Company (by number)" not in page
    assert '<input type="hidden" name="company_id"' in page
    # Still a parameter of the list and the API.
    novartis = companies["novartis"].pk
    assert client.get("/deals/", {"company_id": novartis}).status_code == 200
    assert APIClient().get("/api/v1/deals/", {"company_id": novartis}).json()["count"] == 2


def test_company_filters_of_the_filterset_take_slugs_names_and_aliases(companies) -> None:
    for value in ("novo-nordisk", "Novo Nordisk", "novo nordisk"):
        filterset = DealFilterSet({"licensor": value}, queryset=Deal.objects.visible_to(None))
        assert filterset.is_valid(), filterset.errors
        assert [d.title for d in filterset.qs] == ["Novo Nordisk licenses a peptide to Novartis"]
