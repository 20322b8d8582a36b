"""Focused tests of the extractor's rules from issue 14's fourth round.

The rules came from the failures of tests/corpus_holdout once it became training data; each
test states one rule with a short text of its own (invented names), and fails without it.
Nothing here is taken from tests/corpus_holdout2, the held-out set of that round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from deals.intake.extraction.companies import _is_plausible_company
from tests.extraction_rules_helpers import company_names as _names
from tests.extraction_rules_helpers import deals_in as _deals
from tests.extraction_rules_helpers import one_deal as _one
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as _roles

PUBLISHED = date(2025, 1, 1)


# --- Parties: one company however the text names it ------------------------------------


def test_initials_name_the_company_written_out_elsewhere() -> None:
    deal = _one(
        "Kelvio Biologics announced an exclusive license agreement with Bristol Myers Squibb "
        "for KV-221. Under the agreement, BMS will pay Kelvio Biologics $50 million upfront."
    )
    assert _roles(deal) == {"Kelvio Biologics": "licensor", "Bristol Myers Squibb": "licensee"}


def test_initials_the_text_keeps_using_are_the_party_name() -> None:
    deal = _one(
        "Kelvio Enters License Agreement with MSD for KV-221\n\n"
        "Kelvio Biologics announced an exclusive license agreement with Merck Sharp & Dohme "
        "LLC for KV-221. MSD will obtain worldwide rights. MSD will pay Kelvio Biologics "
        "$40 million upfront."
    )
    assert set(_roles(deal)) == {"Kelvio Biologics", "MSD"}


def test_a_defined_short_name_used_first_in_the_headline_is_the_same_company() -> None:
    deal = _one(
        "KelvioBio and Arcadia Pharma Announce License Agreement for KV-221\n\n"
        'Kelvio Biologics (Suzhou) Co., Ltd. ("KelvioBio") and Arcadia Pharma AG today '
        "announced an exclusive license agreement for KV-221. Arcadia Pharma obtains global "
        "rights to KV-221. KelvioBio will receive $30 million upfront."
    )
    assert len(deal["parties"]) == 2
    assert _roles(deal)["Arcadia Pharma"] == "licensee"


def test_a_country_or_a_region_is_no_party() -> None:
    text = (
        "Kelvio Biologics licensed KV-221 to Arcadia Pharma LLC, a subsidiary of Arcadia Group, "
        "Rahway, N.J., USA, with rights outside Hong Kong Special Administrative Region."
    )
    names = _names(text)
    assert "USA" not in names
    assert "Special Administrative Region" not in names


def test_what_is_licensed_is_no_company() -> None:
    assert not _is_plausible_company("GLP-1 Portfolio")
    assert not _is_plausible_company("Obesity Pipeline")
    assert _is_plausible_company("Kelvio Biologics")


def test_korean_subsidiary_of_a_parent_is_the_party() -> None:
    # "Hanbit licenses HB-201 to Corva Biotech, a subsidiary of Pfizer" in Korean.
    deal = _one(
        "한빛제약은 화이자의 자회사 코르바 바이오테크와 HB-201의 전 세계 독점 라이선스 계약을 "
        "체결했다고 밝혔다. 한빛제약은 계약금 5000만 달러를 받는다."
    )
    assert set(_roles(deal)) == {"한빛제약", "코르바 바이오테크"}


# --- Companies only mentioned -------------------------------------------------------------


def test_a_past_perfect_deal_is_background() -> None:
    deals = _deals(
        "GSK will acquire Zentra Bio, whose lead asset ZB-101 is an antibody, for $1 billion "
        "upfront. Zentra Bio had licensed the antibody from Hanbit Pharmaceutical."
    )
    assert len(deals) == 1
    assert set(_roles(deals[0])) == {"GSK", "Zentra Bio"}


# --- Money ----------------------------------------------------------------------------------


def test_upfront_payments_totaling_are_the_upfront() -> None:
    deal = _one(
        "Kelvio Biologics and Arcadia Pharma announced an exclusive license agreement for KV-221. "
        "Kelvio Biologics will receive upfront payments totaling $170 million and is eligible "
        "for over $1.5 billion in milestone payments."
    )
    assert deal["headline"] is None
    assert ("upfront_cash", Decimal("170000000")) in _payments(deal)


def test_an_acquisitions_upfront_paid_in_cash_and_shares_is_the_upfront() -> None:
    deal = _one(
        "Arcadia Pharma will acquire Zentra Bio for a total consideration of up to $950 million, "
        "made up of an upfront payment of $800 million in cash and Arcadia shares and up to "
        "$150 million in milestone payments."
    )
    assert ("upfront_cash", Decimal("800000000")) in _payments(deal)
    assert deal["headline"]["amount"] == "950000000.00"


def test_an_amount_followed_by_its_own_milestones_is_of_their_kind() -> None:
    deal = _one(
        "Kelvio Biologics licensed KV-221 to Arcadia Pharma. Kelvio Biologics is eligible to "
        "receive up to $1.3 billion upon the achievement of regulatory milestones and "
        "$250 million upon the achievement of sales milestones."
    )
    assert _payments(deal) >= {
        ("regulatory_milestones", Decimal("1300000000")),
        ("commercial_milestones", Decimal("250000000")),
    }


def test_an_instalment_of_the_upfront_is_no_payment_and_a_stated_total_is_the_headline() -> None:
    deal = _one(
        "Kelvio Biologics licensed KV-221 to Arcadia Pharma. Arcadia Pharma will pay Kelvio "
        "Biologics an upfront payment of $400 million, with $150 million due at signing and the "
        "balance over 24 months, and extension payments of up to $150 million. Kelvio Biologics "
        "is also eligible for sales milestones, for a total potential consideration of up to "
        "$2.2 billion."
    )
    assert _payments(deal) == {("upfront_cash", Decimal("400000000"))}
    assert deal["headline"]["amount"] == "2200000000.00"


# --- Assets -------------------------------------------------------------------------------


def test_the_drug_an_acquisition_brings_is_its_asset() -> None:
    deal = _one(
        "Zentra Bio will be acquired by Arcadia Pharma for $40.00 per share in cash, a total "
        "equity value of $2.0 billion. The transaction brings ZB-101, an antibody for asthma, "
        "into Arcadia Pharma's pipeline."
    )
    assert [a["name"] for a in deal["assets"]] == ["ZB-101"]


def test_the_product_a_licensed_technology_goes_into_is_no_licensed_asset() -> None:
    deal = _one(
        "Kelvio Biologics granted Arcadia Pharma exclusive worldwide rights to use KB-4, its "
        "enzyme, in the subcutaneous formulation of zentrazumab. Kelvio Biologics will receive "
        "$20 million upfront."
    )
    assert [a["name"] for a in deal["assets"]] == ["KB-4"]


def test_a_per_drug_amount_is_no_total() -> None:
    deal = _one(
        "Kelvio Biologics licensed three ADCs to Arcadia Pharma. Arcadia Pharma will pay "
        "$400 million upfront. Kelvio Biologics is also eligible to receive up to $900 million "
        "for each ADC in sales milestones."
    )
    assert _payments(deal) == {("upfront_cash", Decimal("400000000"))}
