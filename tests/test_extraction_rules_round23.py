"""Focused tests of the extractor's rules from issue 14's twenty-third round.

The rules came from the failures of tests/corpus_holdout20 once it became training data, each
written for the mechanism behind a failure rather than its phrase. Each test states one rule
with a short text of its own (invented names, phrasings that are not those of the corpus) and
fails without it, but the guards, which hold with and without it. Nothing here is taken from
tests/corpus_holdout21, the held-out set of this round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.extraction_rules_helpers import deals_in, one_deal
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as roles_of

# Milestone kinds.


def test_r_and_d_with_sales_milestones_is_an_unspecified_bundle() -> None:
    # "R&D" is a development event: with sales it names two kinds, so one unspecified bundle.
    deal = one_deal(
        "Halvern Pharma will acquire Corvane Bio for $60 million upfront, with R&D and "
        "sales-based milestones of up to $540 million."
    )
    assert ("milestones", Decimal("540000000")) in _payments(deal), deal["payments"]


def test_sales_milestones_alone_keep_their_kind() -> None:
    # Guard: one kind named keeps that kind.
    deal = one_deal(
        "Halvern Pharma will acquire Corvane Bio for $60 million upfront, with sales-based "
        "milestones of up to $540 million."
    )
    assert ("commercial_milestones", Decimal("540000000")) in _payments(deal), deal["payments"]


# Milestones with no amount.


def test_korean_milestones_listed_before_a_total_are_an_undisclosed_term() -> None:
    # "... 마일스톤 등 총 5500만 달러": milestones listed ("등") among what a total is made of.
    deal = one_deal(
        "한빛제약은 2023년 3월 노르반 파마와 ZX-202에 대한 라이선스 계약을 체결했다고 밝혔다. "
        "계약금 200만 달러와 임상 단계별 마일스톤 등 총 5500만 달러 규모다."
    )
    assert ("milestones", None) in _payments(deal), deal["payments"]
    assert Decimal(deal["headline"]["amount"]) == Decimal("55000000")


def test_korean_milestones_with_their_own_amount_are_no_undisclosed_term() -> None:
    # Guard: milestones with an amount of their own are that amount.
    deal = one_deal(
        "한빛제약은 2023년 3월 노르반 파마와 ZX-202에 대한 라이선스 계약을 체결했다고 밝혔다. "
        "계약금 200만 달러와 마일스톤 5300만 달러를 받는다."
    )
    assert ("milestones", None) not in _payments(deal), deal["payments"]


# Wrap-ups.


def test_a_deal_told_later_the_same_month_shares_the_previous_deals_month() -> None:
    text = (
        "Halvern Pharma agreed in April to acquire Corvane Bio for $300 million in cash.\n\n"
        "Later that month, Keltis Pharma agreed to buy Orvane Therapeutics for $450 million in "
        "cash."
    )
    deals = deals_in(text, date(2023, 6, 30))
    assert len(deals) == 2
    assert {(d["announced_on"], d["announced_on_precision"]) for d in deals} == {
        ("2023-04-01", "month")
    }


def test_a_deal_told_later_that_year_does_not_share_the_month() -> None:
    # Guard: a year is no month.
    text = (
        "Halvern Pharma agreed in April to acquire Corvane Bio for $300 million in cash.\n\n"
        "Later that year, Keltis Pharma agreed to buy Orvane Therapeutics for $450 million in "
        "cash."
    )
    deals = deals_in(text, date(2023, 12, 30))
    assert len(deals) == 2
    assert deals[1]["announced_on"] != "2023-04-01"


# Chinese texts.


def test_a_chinese_announcement_dated_before_its_counterparty_names_both_parties() -> None:
    # "A于2021年3月宣布，与B达成…": the date stands between the announcer and "与".
    deal = one_deal(
        "诺凡生物于2021年3月宣布，与英国Keltis Pharma达成独家许可协议，Keltis Pharma将支付"
        "2000万美元首付款。"
    )
    assert roles_of(deal) == {"诺凡生物": "licensor", "Keltis Pharma": "licensee"}, deal["parties"]


def test_a_latin_name_whose_rights_are_obtained_in_chinese_is_the_drug() -> None:
    assert "Velimar" in _found("凯尔蒂斯获得Velimar在日本及韩国的独家开发和商业化权利。")


def test_a_latin_company_paying_in_chinese_is_no_drug() -> None:
    # Guard: a company that obtains nothing stands in no rights phrase.
    assert _found("凯尔蒂斯获得Keltis Pharma的股权投资。") == []


def test_a_chinese_inn_after_a_word_for_granting_starts_after_that_word() -> None:
    # "授予" (grants) and "抗体" (antibody) end in characters no transliteration holds.
    found = _found("诺凡生物授予凯尔蒂斯其PD-L1抗体卡维利单抗及授予卡维利单抗的全球权利。")
    assert "卡维利单抗" in found
    assert not any(name.startswith(("予", "体")) for name in found), found


def test_a_chinese_inn_of_three_characters_before_its_stem_is_whole() -> None:
    # Guard: a longer name after a function character is found whole.
    assert "帕维达珠单抗" in _found("与诺凡合作开发的帕维达珠单抗进入三期临床。")


# Assets and targets.


def test_a_symbol_in_brackets_after_its_protein_is_the_target() -> None:
    # (Its letters are not the initials of the words before, which another rule reads.)
    assert (
        _found(
            "Corvane develops modulators of the neuronal vesicle glycoprotein 3C (KQV3C) for pain."
        )
        == []
    )


def test_a_symbol_naming_a_companys_field_is_its_target() -> None:
    assert _found("Halvern buys Danish LTP4B specialist Corvane") == []


def test_a_code_bought_from_a_company_is_a_drug() -> None:
    # Guard: the symbol's shape alone is no target.
    assert _found("Halvern buys CVX12 from Corvane") == ["CVX12"]


def test_a_brands_inn_with_its_second_word_is_the_drug() -> None:
    assert "pelmocerase alfa" in _found(
        "Corvane markets Velzyra (pelmocerase alfa), approved for a lysosomal storage disorder."
    )


def test_a_mixed_case_name_before_a_modality_and_a_medicine_word_is_the_technology() -> None:
    assert _found(
        "The deal covers KX-101, Corvane's investigational NovaXR RNAi therapy for hepatitis D."
    ) == ["KX-101"]


def test_a_mixed_case_drug_name_is_still_a_drug() -> None:
    # Guard: without the modality and medicine words after it, the name is the drug's.
    assert "NovaXR" in _found("Corvane's NovaXR is approved for hepatitis D.")
