"""Focused tests of the extractor's rules from issue 14's fifth round.

The rules came from the failures of tests/corpus_holdout2 once it became training data; each
test states one rule with a short text of its own (invented names), and fails without it.
Nothing here is taken from tests/corpus_holdout3, the held-out set of that round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from deals.intake.extraction.assets import find_assets
from deals.intake.extraction.results import Directory
from tests.extraction_rules_helpers import company_names as _names
from tests.extraction_rules_helpers import deals_in, one_deal
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as _roles

PUBLISHED = date(2025, 3, 4)
DEAL = (
    "Kelvio Biologics today announced an exclusive license agreement with Norvane Pharma for "
    "KV-221. Norvane Pharma will pay Kelvio Biologics $40 million upfront."
)


def _deals(text: str) -> list[dict]:
    return deals_in(text, PUBLISHED)


def _one(text: str) -> dict:
    return one_deal(text, PUBLISHED)


# --- Precision: companies a text merely mentions are no parties ----------------------------


def test_deal_dated_to_an_earlier_year_is_background() -> None:
    deal = _one(DEAL + " Kelvio Biologics in-licensed KV-221 from Oramed Sciences in 2018.")
    assert _roles(deal) == {"Kelvio Biologics": "licensor", "Norvane Pharma": "licensee"}


def test_founding_investor_is_no_party() -> None:
    deal = _one(DEAL + " Kelvio Biologics was founded by Larch Health Investors.")
    assert set(_roles(deal)) == {"Kelvio Biologics", "Norvane Pharma"}


def test_product_marketed_by_others_in_present_passive_is_background() -> None:
    deal = _one(
        DEAL + " ZELMIRA is jointly developed and commercialized by Oramed Sciences and Larch "
        "Therapeutics under their collaboration."
    )
    assert set(_roles(deal)) == {"Kelvio Biologics", "Norvane Pharma"}


def test_other_partnered_products_are_background() -> None:
    deal = _one(
        DEAL + " Kelvio Biologics' other partnered products include VELTRA, licensed to Oramed "
        "Sciences."
    )
    assert set(_roles(deal)) == {"Kelvio Biologics", "Norvane Pharma"}


def test_deals_spoken_of_in_general_are_no_deal() -> None:
    deals = _deals(
        DEAL + " Elsewhere, Oramed Sciences and Larch Therapeutics reported quarterly earnings, "
        "and both said they had no plans for large acquisitions this year."
    )
    assert len(deals) == 1, deals


def test_sentence_adverb_is_no_company() -> None:
    text = "Elsewhere, Oramed Sciences and Larch Therapeutics reported quarterly earnings."
    assert "Elsewhere" not in _names(text)


def test_brand_followed_by_its_inn_is_no_company() -> None:
    names = _names(
        "Kelvio Biologics licensed its enzyme to Norvane Pharma for use with ZELMIRA "
        "(zelmitamab). Norvane Pharma obtains rights to use KV-221 with ZELMIRA."
    )
    assert "ZELMIRA" not in names and "Norvane Pharma" in names


def test_world_region_is_no_company() -> None:
    text = "Norvane Pharma acquires rights to KV-221 in Asia, the Middle East and Latin America."
    assert not {"Latin America", "Middle East"} & _names(text)


# --- Roles and deals ----------------------------------------------------------------------


def test_announced_today_is_the_texts_deal_despite_previously() -> None:
    deal = _one(
        "Kelvio Biologics and Norvane Pharma today announced an agreement under which Norvane "
        "Pharma will acquire an option to obtain rights to zelmitamab outside the territories "
        "previously licensed by Kelvio Biologics to Oramed Sciences. Norvane Pharma will pay "
        "Kelvio Biologics $40 million upfront."
    )
    assert [a["name"] for a in deal["assets"]] == ["zelmitamab"]


def test_acquiring_an_option_is_no_acquisition() -> None:
    deal = _one(
        "Kelvio Biologics and Norvane Pharma today announced an agreement under which Norvane "
        "Pharma will acquire an option to obtain rights to KV-221."
    )
    assert deal["deal_type"] == "option"
    assert _roles(deal) == {"Kelvio Biologics": "licensor", "Norvane Pharma": "licensee"}


def test_target_that_will_become_a_subsidiary_stays_a_party() -> None:
    deal = _one(
        "Kelvio Biologics will be acquired by Norvane Pharma under a definitive agreement "
        "announced today. Kelvio Biologics will operate as a wholly owned subsidiary of Norvane "
        "Pharma."
    )
    assert _roles(deal) == {"Kelvio Biologics": "target", "Norvane Pharma": "acquirer"}


def test_second_agreement_between_the_same_parties_is_a_deal_of_its_own() -> None:
    deals = _deals(
        "Under the first agreement, Norvane Pharma licensed KV-221 from Kelvio Biologics. "
        "Norvane Pharma will pay Kelvio Biologics $60 million upfront. Under the second "
        "agreement, Norvane Pharma acquires exclusive rights to commercialize KV-305 in Japan. "
        "Norvane Pharma will pay Kelvio Biologics $25 million upfront."
    )
    assert [{a["name"] for a in d["assets"]} for d in deals] == [{"KV-221"}, {"KV-305"}]
    assert [_payments(d) for d in deals] == [
        {("upfront_cash", Decimal("60000000"))},
        {("upfront_cash", Decimal("25000000"))},
    ]


# --- Money ----------------------------------------------------------------------------------


def test_combined_value_including_the_cvr_is_the_headline() -> None:
    deal = _one(
        "Norvane Pharma will acquire Kelvio Biologics for $3.00 per share in cash plus a "
        "contingent value right. The upfront cash portion represents a transaction value of "
        "approximately $1.0 billion, and the combined value including the maximum potential "
        "CVR payment is approximately $1.4 billion."
    )
    assert deal["headline"]["amount"] == "1400000000.00"


def test_additional_payments_upon_milestones_are_milestones() -> None:
    deal = _one(
        DEAL + " Kelvio Biologics is eligible to receive up to $810 million in additional "
        "payments upon the achievement of development, regulatory and commercial milestones."
    )
    assert deal["headline"] is None
    assert ("milestones", Decimal("810000000")) in _payments(deal)


def test_upfront_and_near_term_milestones_are_no_total() -> None:
    deal = _one(
        "Norvane Pharma licensed KV-221 from Kelvio Biologics. Kelvio Biologics will receive "
        "upfront and near-term milestone payments of up to €45 million."
    )
    assert deal["headline"] is None
    assert _payments(deal) == {("near_term", Decimal("45000000"))}


def test_total_value_named_before_an_aside_is_the_headline() -> None:
    deal = _one(
        "Norvane Pharma licensed KV-221 from Kelvio Biologics. Kelvio Biologics will receive "
        "$20 million upfront, and the total potential deal value, including development, "
        "regulatory and commercial milestones, exceeds $900 million."
    )
    assert deal["headline"]["amount"] == "900000000.00"


# --- Assets ---------------------------------------------------------------------------------


def test_inn_outside_the_stem_list_is_known_by_its_apposition() -> None:
    sentence = "The deal gives Norvane Pharma zelbresib, a BET inhibitor for myelofibrosis."
    assert find_assets(sentence, Directory()) == ["zelbresib"]
    assert find_assets("It would buy Kelvio, gaining torudelpar for PBC.", Directory()) == [
        "torudelpar"
    ]
    # Ordinary words in the same place are no drug.
    assert find_assets("It brings expertise, a novel drug discovery approach.", Directory()) == []


def test_reference_product_of_a_biosimilar_is_no_asset() -> None:
    sentence = "The agreement covers KB17, a proposed biosimilar to Stelvo (zelmitumab)."
    assert find_assets(sentence, Directory()) == ["KB17"]


def test_product_already_in_a_pipeline_is_no_asset() -> None:
    sentence = "The deal complements Norvane's ADC pipeline, which includes zelmitamab vedotin."
    assert find_assets(sentence, Directory()) == []


def test_code_in_brackets_after_a_code_is_the_same_drug() -> None:
    sentence = "Norvane licensed KV-4849 (NP849), a DLL3 antibody-drug conjugate, from Kelvio."
    assert find_assets(sentence, Directory()) == ["KV-4849"]


def test_brand_and_inn_the_technology_goes_into_is_no_asset() -> None:
    sentence = (
        "Norvane obtains rights to use KV-B4 in a subcutaneous formulation of ZELMIRA "
        "(zelmitamab deruxtecan)."
    )
    assert find_assets(sentence, Directory()) == ["KV-B4"]


def test_korean_target_before_inhibitor_is_no_asset() -> None:
    sentence = "켈비오는 노르반과 HDAC6 저해제 KV-510의 라이선스 계약을 체결했다."
    assert find_assets(sentence, Directory()) == ["KV-510"]


# --- Parties sharing a group name, headline currency -------------------------------------


def test_parent_and_subsidiary_sharing_a_prefix_are_two_companies() -> None:
    deal = _one(
        "Zorin Biopharmaceuticals Co., Ltd., a subsidiary of Zorin Holdings, and Arvane "
        "Therapeutics today announced an exclusive license agreement granting Arvane "
        "Therapeutics the rights to KV-221 in Europe. Zorin Life Science, the U.S. subsidiary "
        "of Zorin Biopharmaceuticals, retains rights in the United States."
    )
    assert _roles(deal) == {
        "Zorin Biopharmaceuticals": "licensor",
        "Arvane Therapeutics": "licensee",
    }


def test_total_in_the_payments_currency_beats_a_converted_title_figure() -> None:
    text = (
        "켈비오, 노르반에 KV-510 기술수출…총 1조7000억원 규모\n\n"
        "켈비오는 노르반과 KV-510의 라이선스 계약을 체결했다고 2025년 3월 4일 공시했다. "
        "켈비오는 계약금 8000만 달러를 받고, 마일스톤으로 최대 12억2500만 달러를 받는다. "
        "총 계약 규모는 13억500만 달러(약 1조7302억원)다."
    )
    deal = _one(text)
    assert (deal["headline"]["amount"], deal["headline"]["currency"]) == ("1305000000.00", "USD")


def test_transaction_value_of_an_acquisition_is_its_price() -> None:
    deal = _one(
        "Norvane Pharma will acquire Kelvio Biologics for $2.00 per share in cash. The upfront "
        "cash portion represents a transaction value of approximately $800 million."
    )
    assert deal["deal_type"] == "acquisition"
    assert "upfront_cash" not in {p["kind"] for p in deal["payments"]}
    assert deal["headline"]["amount"] == "800000000.00"
