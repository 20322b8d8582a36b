"""Every deal filter of docs/contract.md through /api/v1/deals/, and its 400 for a bad value."""

from datetime import date
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from companies.models import Modality, Phase
from deals.models import Deal, DealParty, PaymentComponent
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def world() -> dict[str, Deal]:
    """Three public deals that differ in every filtered dimension, plus one internal deal."""
    jpm = f.ConferenceFactory(name="JPM 2026", slug="jpm-2026", year=2026)
    remegen = f.CompanyFactory(name="RemeGen Co., Ltd.", slug="remegen", country="CN")
    abbvie = f.CompanyFactory(name="AbbVie Inc.", slug="abbvie", country="US")
    novartis = f.CompanyFactory(name="Novartis AG", slug="novartis", country="CH")
    scineuro = f.CompanyFactory(name="SciNeuro Pharmaceuticals", slug="scineuro", country="CN")
    f.CompanyAliasFactory(company=scineuro, name="Sineuro")
    alteogen = f.CompanyFactory(name="Alteogen", slug="alteogen", country="KR")
    pd1 = f.TargetFactory(name="PD-1")
    onc = f.TherapeuticAreaFactory(name="Oncology")
    neuro = f.TherapeuticAreaFactory(name="Neurology")

    rc148_asset = f.AssetFactory(name="RC148", modality=Modality.BISPECIFIC)
    rc148_asset.targets.set([pd1])
    rc148_asset.therapeutic_areas.set([onc])
    shuttle = f.AssetFactory(name="BBB shuttle anti-amyloid", modality=Modality.MONOCLONAL_ANTIBODY)
    shuttle.therapeutic_areas.set([neuro])
    altb4 = f.AssetFactory(name="ALT-B4", modality=Modality.PLATFORM, is_platform=True)

    rc148 = f.DealFactory(
        title="RC148 license",
        conference=jpm,
        announced_on=date(2026, 1, 12),
        headline_amount=Decimal("5600000000"),
        headline_currency="USD",
    )
    f.DealPartyFactory(deal=rc148, company=remegen, role=DealParty.Role.LICENSOR)
    f.DealPartyFactory(deal=rc148, company=abbvie, role=DealParty.Role.LICENSEE)
    f.DealAssetFactory(deal=rc148, asset=rc148_asset, phase_at_signing=Phase.PHASE_1)
    f.PaymentFactory(deal=rc148, amount=Decimal("650000000"))

    brain = f.DealFactory(
        title="Brain shuttle program",
        deal_type=Deal.Type.COLLABORATION,
        conference=jpm,
        announced_on=date(2026, 1, 13),
        headline_amount=Decimal("1700000000"),
        headline_currency="USD",
    )
    f.DealPartyFactory(deal=brain, company=scineuro, role=DealParty.Role.LICENSOR)
    f.DealPartyFactory(deal=brain, company=novartis, role=DealParty.Role.LICENSEE)
    f.DealAssetFactory(deal=brain, asset=shuttle, phase_at_signing=Phase.PRECLINICAL)
    f.PaymentFactory(deal=brain, amount=Decimal("165000000"))

    alt = f.DealFactory(
        title="Hyaluronidase platform talks",
        status=Deal.Status.NEGOTIATION,
        announced_on=date(2025, 12, 30),
    )
    f.DealPartyFactory(deal=alt, company=alteogen, role=DealParty.Role.LICENSOR)
    f.DealPartyFactory(deal=alt, company=None, role=DealParty.Role.LICENSEE)
    f.DealAssetFactory(deal=alt, asset=altb4, phase_at_signing=Phase.APPROVED)
    f.PaymentFactory(
        deal=alt, kind=PaymentComponent.Kind.UPFRONT_CASH, disclosed=False, amount=None
    )

    hidden = f.DealFactory(
        title="Internal RC148 follow-on", visibility=Deal.Visibility.INTERNAL, conference=jpm
    )
    f.DealPartyFactory(deal=hidden, company=abbvie, role=DealParty.Role.LICENSEE)
    f.DealAssetFactory(deal=hidden, asset=rc148_asset)
    f.PaymentFactory(deal=hidden, amount=Decimal("9000000000"))
    return {"rc148": rc148, "brain": brain, "alt": alt, "hidden": hidden}


def _titles(params: dict[str, str]) -> list[str]:
    response = APIClient().get("/api/v1/deals/", params)
    assert response.status_code == 200, response.json()
    data = response.json()
    assert data["count"] == len(data["results"])
    return [deal["title"] for deal in data["results"]]


RC148, BRAIN, ALT = "RC148 license", "Brain shuttle program", "Hyaluronidase platform talks"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # Pipeline is not a deal: the talks are listed only when a status asks for them.
        ({}, [BRAIN, RC148]),
        ({"status": ["negotiation", "announced"]}, [BRAIN, RC148, ALT]),
        ({"conference": "jpm-2026"}, [BRAIN, RC148]),
        ({"company": "abbvie"}, [RC148]),
        ({"company": "alteogen"}, []),
        ({"company": "alteogen", "status": "negotiation"}, [ALT]),
        ({"licensor": "scineuro"}, [BRAIN]),
        ({"licensor": "abbvie"}, []),
        ({"licensee": "abbvie"}, [RC148]),
        ({"licensor_country": "CN"}, [BRAIN, RC148]),
        ({"licensor_country": "kr", "status": "negotiation"}, [ALT]),
        ({"licensor_country": ["KR", "CH"]}, []),
        ({"licensor_country": "GREATER_CHINA"}, [BRAIN, RC148]),
        ({"licensor_country": ["kr", "US"], "status": "negotiation"}, [ALT]),
        ({"licensor_country": "OTHER", "status": "negotiation"}, []),
        ({"licensee_country": "UNKNOWN", "status": "negotiation"}, [ALT]),
        ({"licensee_country": "CH"}, [BRAIN]),
        ({"deal_type": "collaboration"}, [BRAIN]),
        ({"deal_type": ["collaboration", "license"]}, [BRAIN, RC148]),
        ({"deal_class": "licensing"}, [BRAIN, RC148]),
        ({"deal_class": "m_and_a"}, []),
        ({"status": "negotiation"}, [ALT]),
        ({"modality": "bispecific"}, [RC148]),
        ({"modality": "platform", "status": "negotiation"}, [ALT]),
        ({"modality": ["platform", "bispecific"]}, [RC148]),
        ({"target": "pd-1"}, [RC148]),
        ({"therapeutic_area": "neurology"}, [BRAIN]),
        ({"phase_at_signing": "preclinical"}, [BRAIN]),
        ({"announced_after": "2026-01-13"}, [BRAIN]),
        ({"announced_before": "2026-01-12"}, [RC148]),
        ({"announced_after": "2026-01-01", "announced_before": "2026-01-12"}, [RC148]),
        ({"min_headline_usd": "2000000000"}, [RC148]),
        ({"min_headline_usd": "1700000000.00"}, [BRAIN, RC148]),
        ({"has_upfront": "true"}, [BRAIN, RC148]),
        ({"has_upfront": "false"}, []),
        ({"has_upfront": "false", "status": "negotiation"}, [ALT]),
        ({"min_total_potential_usd": "2000000000"}, [RC148]),
        ({"max_total_potential_usd": "2000000000"}, [BRAIN]),
        ({"min_upfront_usd": "200000000"}, [RC148]),
        ({"ordering": "announced_on"}, [RC148, BRAIN]),
        ({"ordering": "-upfront_usd"}, [RC148, BRAIN]),
        ({"ordering": "-headline_usd"}, [RC148, BRAIN]),
        ({"ordering": "headline_usd"}, [BRAIN, RC148]),
        ({"ordering": "total_potential_usd"}, [BRAIN, RC148]),
        (
            {"ordering": "-total_potential_usd", "status": ["negotiation", "announced"]},
            [RC148, BRAIN, ALT],
        ),
        ({"ordering": "title"}, [BRAIN, RC148]),
        ({"ordering": "-title", "status": ["negotiation", "announced"]}, [RC148, ALT, BRAIN]),
        ({"conference": "jpm-2026", "licensee_country": "US", "has_upfront": "true"}, [RC148]),
    ],
)
def test_deal_list_filter(world: dict, params: dict[str, str], expected: list[str]) -> None:
    assert _titles(params) == expected


def test_company_id_filter_matches_company_slug_filter(world: dict) -> None:
    abbvie = world["rc148"].parties.get(role="licensee").company
    assert _titles({"company_id": str(abbvie.pk)}) == _titles({"company": "abbvie"}) == [RC148]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Pfizer", []),
        ("AbbVie", [RC148]),  # "AbbVie Inc." found by its plain name
        ("abbvie inc", [RC148]),
        ("Sineuro", [BRAIN]),  # the news article's spelling, an alias
        ("ALTB4", []),  # the talks are not a deal yet (see the status cases below)
        ("rc148", [RC148]),
        ("shuttle", [BRAIN]),
    ],
)
def test_q_is_alias_aware(world: dict, query: str, expected: list[str]) -> None:
    assert _titles({"q": query}) == expected


@pytest.mark.parametrize("query", ["ALTB4", "alt-b4"])
def test_q_finds_the_talks_when_the_status_asks_for_pipeline(world: dict, query: str) -> None:
    assert _titles({"q": query, "status": "negotiation"}) == [ALT]


def test_q_finds_pfizer_inc_by_pfizer(world: dict) -> None:
    deal = f.DealFactory(title="Oncology collaboration", announced_on=date(2026, 2, 1))
    f.DealPartyFactory(deal=deal, company=f.CompanyFactory(name="Pfizer Inc."))
    assert _titles({"q": "Pfizer"}) == ["Oncology collaboration"]


def test_internal_deals_never_match_any_filter_for_anonymous(world: dict) -> None:
    for params in ({"q": "RC148"}, {"licensee": "abbvie"}, {"min_upfront_usd": "8000000000"}):
        assert "Internal RC148 follow-on" not in _titles(params)


@pytest.mark.parametrize(
    ("params", "bad"),
    [
        ({"conference": "jpm-2099"}, "conference"),
        ({"company": "pfizer"}, "company"),
        ({"company_id": "abc"}, "company_id"),
        ({"company_id": "999999"}, "company_id"),
        ({"licensor": "nobody"}, "licensor"),
        ({"licensee": "nobody"}, "licensee"),
        ({"licensor_country": "ZZ"}, "licensor_country"),
        ({"licensee_country": "USA"}, "licensee_country"),
        ({"deal_type": "handshake"}, "deal_type"),
        ({"deal_class": "licensing_and_more"}, "deal_class"),
        ({"target_match": "most"}, "target_match"),
        ({"licensor_country": ["CN", "MARS"]}, "licensor_country"),
        ({"min_total_potential_usd": "1Q"}, "min_total_potential_usd"),  # 1B is $1,000,000,000
        ({"max_total_potential_usd": "-1"}, "max_total_potential_usd"),
        ({"status": "done"}, "status"),
        ({"modality": "magic"}, "modality"),
        ({"target": "no-such-target"}, "target"),
        ({"therapeutic_area": "astrology"}, "therapeutic_area"),
        ({"phase_at_signing": "phase_9"}, "phase_at_signing"),
        ({"announced_after": "12/01/2026"}, "announced_after"),
        ({"announced_before": "2026-02-30"}, "announced_before"),
        ({"min_headline_usd": "five billion"}, "min_headline_usd"),
        ({"min_headline_usd": "1e30"}, "min_headline_usd"),
        ({"min_headline_usd": "-5"}, "min_headline_usd"),
        ({"has_upfront": "maybe"}, "has_upfront"),
        ({"min_upfront_usd": "NaN"}, "min_upfront_usd"),
        ({"ordering": "analyst_notes"}, "ordering"),
        ({"ordering": "title,,"}, "ordering"),
        ({"licencee": "abbvie"}, "licencee"),  # a typo is not silently ignored
        ({"q": "x" * 201}, "q"),
        ({"company": "abb\x00vie"}, "company"),  # PostgreSQL text cannot hold NUL
        ({"target": "\x00"}, "target"),
        ({"q": "pd\x001"}, "q"),
    ],
)
def test_bad_filter_value_is_400_naming_the_parameter(
    world: dict, params: dict[str, str], bad: str
) -> None:
    response = APIClient().get("/api/v1/deals/", params)
    assert response.status_code == 400
    errors = response.json()
    assert list(errors) == [bad]
    assert all(isinstance(message, str) and message for message in errors[bad])


def test_several_bad_parameters_are_all_reported(world: dict) -> None:
    response = APIClient().get(
        "/api/v1/deals/", {"licensee_country": "XX", "announced_after": "soon", "foo": "1"}
    )
    assert response.status_code == 400
    assert set(response.json()) == {"licensee_country", "announced_after", "foo"}


def test_cross_relation_filters_count_each_deal_once(world: dict) -> None:
    rc148 = world["rc148"]
    for n in range(3):
        asset = f.AssetFactory(name=f"RC148-{n}")
        asset.targets.add(world["rc148"].deal_assets.first().asset.targets.first())
        f.DealAssetFactory(deal=rc148, asset=asset)
        f.PaymentFactory(deal=rc148, amount=Decimal(1))
    assert _titles({"target": "pd-1", "has_upfront": "true"}) == [RC148]


@pytest.mark.parametrize(
    ("path", "params", "expected"),
    [
        ("/api/v1/companies/", {"q": "sineuro"}, ["SciNeuro Pharmaceuticals"]),
        (
            "/api/v1/companies/",
            {"country": "cn"},
            ["RemeGen Co., Ltd.", "SciNeuro Pharmaceuticals"],
        ),
        ("/api/v1/assets/", {"q": "ALTB4"}, ["ALT-B4"]),
        ("/api/v1/assets/", {"target": "pd-1"}, ["RC148"]),
        ("/api/v1/assets/", {"is_platform": "true"}, ["ALT-B4"]),
        ("/api/v1/conferences/", {"year": "2026"}, ["JPM 2026"]),
        ("/api/v1/targets/", {"q": "pd-1"}, ["PD-1"]),
        ("/api/v1/therapeutic-areas/", {"q": "onco"}, ["Oncology"]),
    ],
)
def test_other_lists_filter_too(world: dict, path: str, params: dict, expected: list) -> None:
    data = APIClient().get(path, params).json()
    assert [row["name"] for row in data["results"]] == expected


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v1/companies/", {"country": "XX"}),
        ("/api/v1/companies/", {"parent": "nobody"}),
        ("/api/v1/assets/", {"is_platform": "perhaps"}),
        ("/api/v1/assets/", {"owner_id": "0"}),
        ("/api/v1/conferences/", {"year": "1066"}),
        ("/api/v1/targets/", {"unknown": "1"}),
    ],
)
def test_other_lists_reject_bad_values(world: dict, path: str, params: dict) -> None:
    response = APIClient().get(path, params)
    assert response.status_code == 400
    assert list(response.json()) == list(params)


def test_company_deal_count_ignores_internal_deals(world: dict) -> None:
    companies = APIClient().get("/api/v1/companies/", {"q": "abbvie"}).json()["results"]
    assert [(c["slug"], c["deal_count"]) for c in companies] == [("abbvie", 1)]


def _postgres() -> bool:
    from django.db import connection

    return connection.vendor == "postgresql"


@pytest.mark.skipif("not _postgres()", reason="trigram and full-text search need PostgreSQL")
def test_q_on_postgresql_forgives_typos_and_matches_word_forms(world: dict) -> None:
    pfizer_deal = f.DealFactory(title="Oncology collaboration", summary="Pfizer licenses a TKI.")
    f.DealPartyFactory(deal=pfizer_deal, company=f.CompanyFactory(name="Pfizer Inc."))
    assert _titles({"q": "Pfizr"}) == ["Oncology collaboration"]  # trigram similarity
    assert _titles({"q": "licensing"}) == ["Oncology collaboration", RC148]  # stemming


def test_indication_filter_lists_deals_by_their_assets_indications(world: dict) -> None:
    from companies.models import Indication

    nsclc = Indication.objects.create(name="Non-small-cell lung cancer", code="C34")
    asset = world["rc148"].deal_assets.get().asset
    asset.indication_terms.add(nsclc)
    assert _titles({"indication": nsclc.slug}) == [RC148]
    assert _titles({"indication": "none"}) == [BRAIN]
    assert _titles({"indication": [nsclc.slug, "none"]}) == [BRAIN, RC148]
    response = APIClient().get("/api/v1/deals/", {"indication": "astrology"})
    assert response.status_code == 400 and "indication" in response.json()
