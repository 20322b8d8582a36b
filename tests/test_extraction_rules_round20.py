"""Focused tests of the extractor's rules from issue 14's twentieth round.

The rules came from the failures of tests/corpus_holdout17 once it became training data (and
from gaps earlier rounds left: a wrap-up's second deal, a Korean price written before 인수),
each written for the mechanism behind a failure rather than its phrase. Each test states one
rule with a short text of its own (invented names, phrasings that are not those of the corpus)
and fails without it, but the guards, which hold with and without it. Nothing here is taken
from tests/corpus_holdout18, the held-out set of this round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import deals_in, one_deal
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as roles_of

# Asset names.


def test_a_latin_inn_written_right_after_chinese_script_is_a_drug() -> None:
    found = _found("金石医药宣布获得velotinib和sorvamab在中国的独家开发权利。")
    assert {"velotinib", "sorvamab"} <= set(found), found


def test_a_code_holding_a_bracketed_isoform_letter_is_one_drug() -> None:
    assert _found("Halvern licensed HALO-LP(a)-Rx, an antisense drug, to Brandt.") == [
        "HALO-LP(a)-Rx"
    ]


def test_a_three_part_code_ending_in_a_format_tag_and_number_is_a_drug() -> None:
    found = _found("Korvane's pipeline includes K-CD7-ALLO2 and Q-GPRC5D-AUTO12 for lymphoma.")
    assert found == ["K-CD7-ALLO2", "Q-GPRC5D-AUTO12"], found


def test_a_gene_written_before_a_point_mutation_is_no_drug() -> None:
    assert _found("RV-1182 is being studied in TP53 Y220C-mutant solid tumours.") == ["RV-1182"]


def test_a_stem_word_before_a_class_noun_names_the_class() -> None:
    found = _found("Lorvane licensed zelacycline, a novel tetracycline antibiotic, to Merak.")
    assert found == ["zelacycline"], found


def test_a_target_shaped_code_named_a_drug_by_its_apposition_is_the_drug() -> None:
    found = _found("Harvell licensed CD472, a first-in-class antibody-drug conjugate, to Pellam.")
    assert found == ["CD472"], found


def test_a_target_code_described_as_a_target_stays_no_drug() -> None:
    # Guard: "CD20, a B-cell antigen" describes a target (holds with and without the rule).
    assert _found("TV-221 binds CD20, a B-cell antigen, and CD3.") == ["TV-221"]


def test_the_platform_a_licensed_drug_comes_from_is_no_asset_and_no_platform_licence() -> None:
    deal = one_deal(
        "Tarvo Therapeutics licensed TV-221, an antibody from Tarvo's Helixa platform, to "
        "Brandt Pharma for $20 million upfront."
    )
    assert [a["name"] for a in deal["assets"]] == ["TV-221"]
    assert deal["deal_type"] == "license"


def test_what_an_acquisition_provides_the_buyer_access_to_is_bought() -> None:
    deal = one_deal(
        "Halvern Pharma will acquire Corvane Bio for $900 million in cash. The acquisition "
        "provides Halvern Pharma with access to velirostat (CRV-12), an oral aldosterone "
        "synthase inhibitor in Phase 2."
    )
    assert {a["name"] for a in deal["assets"]} & {"CRV-12", "velirostat"}


@pytest.mark.parametrize("drug", ["베다글립틴", "로시글리타존"])
def test_korean_gliptin_and_glitazone_stems_name_drugs(drug: str) -> None:
    assert drug in _found(f"당뇨병 치료제 {drug}의 국내 판매 권리를 갖게 된다.")


# Korean purchases and their price.


def test_the_korean_business_of_a_company_bought_is_an_asset_purchase_from_it() -> None:
    deal = one_deal(
        "한빛제약, 노바크바이오 아시아 사업 1600억원에 인수\n\n"
        "한빛제약은 미국 노바크바이오의 아시아 사업 부문을 1억2000만 달러(약 1600억원)에 "
        "인수하는 계약을 체결했다고 밝혔다."
    )
    assert deal["deal_type"] == "asset_purchase"
    assert roles_of(deal) == {"한빛제약": "acquirer", "노바크바이오": "target"}
    # The body's dollars, with the title's won as their conversion, are the price.
    assert (deal["headline"]["amount"], deal["headline"]["currency"]) == (
        "120000000.00",
        "USD",
    )


def test_a_korean_price_written_before_insu_is_the_headline() -> None:
    deal = one_deal("테라온은 미국 노바크바이오를 3억 달러에 인수하는 계약을 체결했다고 밝혔다.")
    assert deal["deal_type"] == "acquisition"
    assert (deal["headline"]["amount"], deal["headline"]["currency"]) == ("300000000.00", "USD")


# Per-share amounts and milestones with no amount.


def test_a_cvr_amount_per_share_entitling_its_holder_is_no_milestone() -> None:
    deal = one_deal(
        "Halvern Pharma will acquire Corvane Bio for $5.00 per share in cash at closing, plus "
        "one contingent value right per share entitling the holder to receive $3.00 in cash "
        "upon achievement of a sales milestone, for a total equity value of up to "
        "approximately $800 million."
    )
    assert all(p["amount"] != "3.00" for p in deal["payments"]), deal["payments"]
    assert deal["headline"]["amount"] == "800000000.00"


def test_further_payments_tied_to_milestones_after_an_upfront_are_an_undisclosed_term() -> None:
    deal = one_deal(
        "Halvern Pharma agreed to acquire Corvane Bio, paying $120 million upfront plus further "
        "payments linked to the attainment of clinical milestones."
    )
    paid = _payments(deal)
    assert ("upfront_cash", Decimal("120000000")) in paid
    assert any(kind.endswith("milestones") and amount is None for kind, amount in paid), paid


# A wrap-up's second deal.

WRAP_UP = (
    "Deals this month: Halvern buys a kidney startup, Brandt licenses an antibody\n\n"
    "Halvern Pharma agreed in March to acquire Corvane Bio, a private kidney disease company, "
    "for $400 million. Separately, Brandt & Co. agreed to license TV-221 from Tarvo "
    "Therapeutics for $25 million upfront."
)


def test_a_headline_of_two_subjects_each_with_its_verb_opens_no_deal_between_them() -> None:
    text = (
        "Deals this month: Halvern Pharma bets on kidney drugs, Brandt Bio buys a gene therapy "
        "startup\n\nHalvern Pharma agreed in March to acquire Corvane Bio, a private kidney "
        "disease company, for $400 million. Brandt Bio later agreed to acquire Tarvo "
        "Therapeutics for $25 million upfront."
    )
    pairs = [set(roles_of(d)) for d in deals_in(text, date(2025, 3, 28))]
    assert pairs == [{"Halvern Pharma", "Corvane Bio"}, {"Brandt Bio", "Tarvo Therapeutics"}]


def test_the_full_stop_of_an_abbreviated_legal_form_does_not_end_the_subject() -> None:
    deals = deals_in(WRAP_UP, date(2025, 3, 28))
    assert any(
        roles_of(d) == {"Brandt": "licensee", "Tarvo Therapeutics": "licensor"} for d in deals
    ), [roles_of(d) for d in deals]


def test_a_deal_told_separately_with_no_date_of_its_own_shares_the_previous_date() -> None:
    deals = deals_in(WRAP_UP, date(2025, 3, 28))
    dated = {
        frozenset(roles_of(d)): (d["announced_on"], d["announced_on_precision"]) for d in deals
    }
    assert dated.get(frozenset({"Brandt", "Tarvo Therapeutics"})) == ("2025-03-01", "month"), dated


def test_a_ligand_word_before_receptor_or_analogue_is_the_target() -> None:
    found = _found("KX-310 is a radioligand targeting somatostatin receptor 3 in lung cancer.")
    assert found == ["KX-310"], found


# Party names.


def test_initials_joined_by_an_ampersand_are_reported_by_the_full_name() -> None:
    text = (
        "H&B bets again on skin disease\n\nHalvern & Brandt, Inc. said it will acquire Corvane "
        "Bio for $850 million in cash. In May, H&B agreed to buy Tarvo Bio for $300 million in "
        "cash."
    )
    acquirers = {p["name"] for d in deals_in(text) for p in d["parties"] if p["role"] == "acquirer"}
    assert acquirers == {"Halvern & Brandt"}, acquirers
