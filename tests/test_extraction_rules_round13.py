"""Focused tests of the extractor's rules from issue 14's thirteenth round.

The rules came from the failures of tests/corpus_holdout10 once it became training data, and
from the platform convention settled this round (DOMAIN.md: an asset is "a drug candidate or
a technology platform", so a platform a deal licenses, uses or buys is an asset, as the labels
of every set now record it). Each test states one rule with a short text of its own (invented
names) and fails without it. Nothing here is taken from tests/corpus_holdout11, the held-out
set of this round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import asset_names as _assets
from tests.extraction_rules_helpers import company_names as _companies
from tests.extraction_rules_helpers import deals_in as _deals
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import one_deal
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as _roles

PUBLISHED = date(2025, 6, 2)


def _one(text: str, published: date = PUBLISHED) -> dict:
    return one_deal(text, published)


# Platforms.


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        (
            "Nordhaven will discover antibodies using Korvana's Velmara Mice platform.",
            "Velmara Mice",
        ),
        ("Nordhaven may use Korvana's TrivoBody technology platform for two targets.", "TrivoBody"),
        (
            "Nordhaven licenses Korvana's proprietary LinkSure ADC linker-payload platform.",
            "LinkSure",
        ),
        ("The portfolio is based on Korvana's VELTRACE technology.", "VELTRACE"),
    ],
)
def test_a_platform_named_after_its_owner_before_platform_or_technology_is_an_asset(
    sentence: str, platform: str
) -> None:
    assert platform in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordhaven will find candidates using Korvana's AI-driven platform.",
        "The collaboration leverages Korvana's expertise and research platform.",
        "Nordhaven will use Korvana's Antibody Discovery platform.",
    ],
)
def test_a_platform_described_but_not_named_is_no_asset(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_platform_name_ending_like_a_company_is_no_company() -> None:
    text = "Korvana Bio develops cell therapies built on its Encased Living Therapeutics platform."
    assert "Encased Living Therapeutics" not in _companies(text)
    assert "Encased Living Therapeutics" in _found(text)


def test_the_platform_a_bought_company_develops_on_is_bought_with_it() -> None:
    deal = _one(
        "On May 2, 2025, Korvana Bio agreed to be acquired by Nordhaven Pharma for $12 per share "
        "in cash. Korvana Bio develops cell therapies built on its Encased Living Therapeutics "
        "platform."
    )
    assert "Encased Living Therapeutics" in _assets(deal)


# Drugs.


def test_a_code_with_a_seven_digit_compound_number_is_a_drug() -> None:
    found = _found("The companies will jointly develop KVB0012345C, an anti-PD-L1 antibody.")
    assert found == ["KVB0012345C"]


def test_a_brand_before_the_chemical_names_it_holds_is_a_drug() -> None:
    found = _found(
        "Korvana markets ZELVANTA (dextromethorphan hydrobromide and quinidine sulfate) and "
        "KORBREXA (glycopyrronium) cloth."
    )
    assert found == ["ZELVANTA", "KORBREXA"]


def test_a_brand_before_its_inn_is_still_named_by_the_inn_alone() -> None:
    assert _found("Korvana markets ZELVORA (korvacopan) for vasculitis.") == ["korvacopan"]


def test_what_the_bought_company_markets_or_develops_is_bought_with_it() -> None:
    deal = _one(
        "Nordhaven Pharma to Acquire Korvana Bio for $3.5 Billion\n\n"
        "Nordhaven Pharma and Korvana Bio, Inc. today announced that Nordhaven Pharma will "
        "acquire Korvana Bio for $17.00 per share in cash.\n\n"
        "Korvana Bio markets ZELVANTA (dextromethorphan hydrobromide and quinidine sulfate) for "
        "pseudobulbar affect, and is developing KVB-786 in Phase 3."
    )
    assert {"ZELVANTA", "KVB-786"} <= _assets(deal)


def test_a_drug_the_acquisition_adds_to_the_buyers_pipeline_is_bought() -> None:
    deal = _one(
        "Nordhaven Pharma to Acquire Korvana Bio\n\n"
        "Nordhaven Pharma and Korvana Bio, Inc. today announced a definitive agreement for "
        "Nordhaven Pharma to acquire Korvana Bio for $18.75 per share in cash.\n\n"
        "The acquisition will expand Nordhaven's immunology pipeline with the addition of "
        "korvakizumab, an investigational antibody that binds IL-13."
    )
    assert "korvakizumab" in _assets(deal)


def test_a_gene_symbol_after_targeting_the_is_the_drugs_target() -> None:
    found = _found("KVB-121 is a kinase inhibitor targeting the ROS1 and NTRK oncogenic drivers.")
    assert found == ["KVB-121"]


# Parties.


def test_a_chinese_short_name_defined_after_a_latin_gloss_names_the_party() -> None:
    deal = _one(
        "2025年5月4日，上海科瓦生物医药科技股份有限公司（以下简称“科瓦生物”）宣布，公司与诺德制药"
        "（Nordhaven Pharma Inc.，以下简称“诺德”）签署协议，授予诺德在大中华区以外开发KV016的独家"
        "许可。根据协议，诺德将向科瓦生物支付1000万美元首付款。"
    )
    # Since round 16 a party with a defined short name is reported by its full name.
    assert set(_roles(deal)) == {"上海科瓦生物医药", "诺德制药"}


def test_a_chinese_name_ends_before_jiu_regarding() -> None:
    names = _companies("科瓦生物与诺德就托珠单抗生物类似药KV1806签署授权许可协议。")
    assert "诺德就托珠单抗生物" not in names
    assert _found("科瓦生物与诺德就托珠单抗生物类似药KV1806签署授权许可协议。") == [
        "KV1806",
        "托珠单抗",
    ]


def test_a_description_after_a_in_apposition_is_no_company() -> None:
    names = _companies(
        "Nordhaven Pharma to Acquire Korvana Therapeutics, a Precision Oncology Leader"
    )
    assert "Precision Oncology" not in names


def test_an_affiliates_equity_under_the_terms_of_the_deal_opens_no_deal() -> None:
    deals = _deals(
        "Korvana Bio today announced a license agreement with Nordhaven Pharma NV, one of the "
        "Nordhaven Companies of Halden Group, for KVB-110.\n\n"
        "Under the terms of the agreement, Korvana Bio will receive an upfront payment of $300 "
        "million, and Halden Group Ventures - HGV, Inc. will make an equity investment of $200 "
        "million in Korvana Bio. Korvana Bio retains the option to co-promote KVB-110."
    )
    assert len(deals) == 1
    assert _payments(deals[0]) == {
        ("upfront_cash", Decimal("300000000")),
        ("upfront_equity", Decimal("200000000")),
    }


# Payments.


def test_a_korean_total_ending_in_ro_is_no_upfront() -> None:
    deal = _one(
        "코르바나테라퓨틱은 미국 나스닥 상장사 노르드 파마슈티컬스(Nord Pharmaceuticals)와 "
        "폐암 치료 후보물질 'KV07'에 대한 기술이전 계약을 체결했다고 2025년 5월 2일 "
        "밝혔다.\n\n총 계약 규모는 6억2100만 달러(약 7100억원)로, 계약금 1300만 달러와 "
        "단계별 마일스톤으로 구성된다."
    )
    assert ("upfront_cash", Decimal("621000000")) not in _payments(deal)
    assert ("upfront_cash", Decimal("13000000")) in _payments(deal)


def test_the_bought_companys_drug_in_a_sentence_about_an_older_deal_is_bought() -> None:
    deal = _one(
        "Nordhaven Pharma to Acquire Korvana Bio for $8.0 Billion\n\n"
        "Nordhaven Pharma and Korvana Bio, Inc. today announced that Nordhaven Pharma will "
        "acquire Korvana Bio for $235 per share in cash.\n\n"
        "Korvana Bio's ZELVORA (korvatrectinib) was approved in 2023 and is marketed in "
        "collaboration with Halden Group, which holds global commercial rights under a 2020 "
        "agreement. The acquisition also brings KVB-292, an oral RET inhibitor."
    )
    assert {"korvatrectinib", "KVB-292"} <= _assets(deal)
    assert "Halden Group" not in _roles(deal)


def test_a_deal_dated_earlier_this_year_in_the_past_tense_is_background() -> None:
    deals = _deals(
        "Korvana Bio and Nordhaven Pharma today announced a license agreement for KVB-12. "
        "Under the agreement, Nordhaven Pharma will pay Korvana Bio $50 million upfront. "
        "Earlier this year Korvana Bio licensed its BTK inhibitor KVB-77 to Halden Pharma."
    )
    assert len(deals) == 1
    assert "KVB-77" not in _assets(deals[0])


def test_a_brand_before_its_inn_with_a_suffix_adds_no_second_name() -> None:
    assert _found("Korvana markets ZELTIELD® (korveplizumab-mzwv) in the U.S.") == ["korveplizumab"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Korvana is developing korvaperone for schizophrenia.", ["korvaperone"]),
        ("Korvana is developing therapies for rare diseases.", []),
        ("Korvana is also developing biologics, vaccines and diagnostics.", []),
    ],
)
def test_the_one_lower_case_word_a_company_is_developing_is_its_drug(
    sentence: str, expected: list[str]
) -> None:
    assert _found(sentence) == expected


_BOUGHT = (
    "Nordhaven Pharma to Acquire Korvana Bio\n\nNordhaven Pharma and Korvana Bio, Inc. today "
    "announced that Nordhaven Pharma will acquire Korvana Bio for $20 per share in cash, or "
    "approximately $1.2 billion.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "drugs"),
    [
        (
            "Korvana Bio is a clinical-stage biotechnology company developing KRV-12, an oral "
            "inhibitor of TYK2.",
            {"KRV-12"},
        ),
        (
            "Korvana Bio has two approved medicines, ZELBRA (korvastat) and KORVIQ (korvafenib).",
            {"korvastat", "korvafenib"},
        ),
        (
            "With the acquisition, Nordhaven Pharma gains KRV-12, an oral TYK2 inhibitor.",
            {"KRV-12"},
        ),
    ],
)
def test_the_drugs_a_bought_company_is_described_by_are_bought(
    sentence: str, drugs: set[str]
) -> None:
    assert drugs <= _assets(_one(_BOUGHT + sentence))


def test_a_drug_of_the_bought_companys_trial_with_another_is_not_bought_by_has() -> None:
    deal = _one(_BOUGHT + "Korvana Bio has 80 employees and a trial of KRV-77 with Halden's KLX-5.")
    assert _assets(deal) == set()


@pytest.mark.parametrize(
    "inn",
    ["korvestrant", "korvaperone", "korvaglipron", "korvacaftor", "korvapitant", "korvameran"],
)
def test_inns_of_more_who_stem_families_are_drugs(inn: str) -> None:
    assert inn in _found(f"Nordhaven Pharma will pay Korvana Bio $20 million for {inn}.")
