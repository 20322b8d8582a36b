"""Focused tests of the extractor's rules from issue 14's seventeenth round.

The rules came from the failures of tests/corpus_holdout14 once it became training data, each
written for the mechanism behind a failure rather than its phrase: a Chinese deal pair whose
first party carries a bracketed gloss and whose second is followed by 公司; milestones named with
no amount of their own (received in Chinese, included in a Korean or English total, listed in a
Korean "not disclosed" sentence); amounts that are no deal value (cost reimbursement, a price
per share written after its unit); a CVR with no stated total beside an acquisition price; a
total written with its conversion in brackets; gene or protein symbols written before a Korean
or Chinese target or class word; a platform's quoted name; radioligand codes and
nonproprietary names; what an earlier acquisition "brought". Each test states one rule with a
short text of its own (invented names, phrasings that are not those of the corpus) and fails
without it. Nothing here is taken from tests/corpus_holdout15, the held-out set of this round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import asset_names as _assets
from tests.extraction_rules_helpers import company_names as _companies
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import one_deal
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as _roles

PUBLISHED = date(2025, 6, 2)


def _one(text: str) -> dict:
    return one_deal(text, PUBLISHED)


# Parties.


@pytest.mark.parametrize(
    "text",
    [
        "2025年3月4日，诺德康（Nordkang Bio）宣布与美国Veltrix公司达成独家许可协议，"
        "授予Veltrix开发NK-210的权利。",
        "2025年3月4日，诺德康（Nordkang Bio）宣布与瑞士Veltrix Pharma公司签署许可协议。",
    ],
)
def test_a_chinese_pair_with_a_gloss_and_company_word_names_both(text: str) -> None:
    names = _companies(text)
    assert any("诺德康" in n for n in names), names
    assert any(n.startswith("Veltrix") and "公司" not in n for n in names), names


# Milestones named with no amount of their own.


def test_chinese_milestones_received_without_an_amount_are_undisclosed() -> None:
    deal = _one(
        "2025年3月4日，诺德康（Nordkang Bio）宣布与美国Veltrix公司达成独家许可协议，授予Veltrix开发"
        "NK-210的权利。诺德康将收取6000万美元首付款，并可收取后续的临床和销售里程碑款项以及特许权使用费。"
    )
    assert ("milestones", None) in _payments(deal), deal["payments"]
    assert ("upfront_cash", Decimal("60000000")) in _payments(deal)


@pytest.mark.parametrize(
    "text",
    [
        "노바젠은 미국 벨트릭스와 'NV-220' 기술이전 계약을 체결했다고 2025년 3월 4일 "
        "밝혔다. 노바젠은 계약금 2000만 달러를 받고, 임상 및 상업화 마일스톤을 포함해 "
        "총 5억 달러를 받을 수 있다.",
        "노바젠은 미국 벨트릭스와 'NV-220' 기술이전 계약을 체결했다고 2025년 3월 4일 "
        "밝혔다. 계약금은 2000만 달러이며 단계별 마일스톤을 포함한 총 계약 규모는 5억 "
        "달러다.",
    ],
)
def test_korean_milestones_included_in_a_total_are_an_undisclosed_term(text: str) -> None:
    deal = _one(text)
    assert ("milestones", None) in _payments(deal), deal["payments"]
    assert deal["headline"]["amount"] == "500000000.00"


def test_english_milestones_included_in_a_total_are_an_undisclosed_term() -> None:
    deal = _one(
        "Veltrix Pharma has licensed VX-310 from Nordkang Bio, the companies said on March 4, "
        "2025. Nordkang will receive $20 million upfront, for a total of up to $500 million, "
        "including potential development and sales milestones."
    )
    assert ("upfront_cash", Decimal("20000000")) in _payments(deal)
    assert any(k.endswith("milestones") and a is None for k, a in _payments(deal)), deal
    assert deal["headline"]["amount"] == "500000000.00"


def test_korean_not_disclosed_sentence_names_its_milestones() -> None:
    deal = _one(
        "노바젠은 벨트릭스와 'NV-220' 기술이전 계약을 체결했다고 2025년 3월 4일 밝혔다. "
        "총 계약 규모는 3억 달러이며, 선급금과 마일스톤 세부 금액은 공개되지 않았다."
    )
    assert ("milestones", None) in _payments(deal), deal["payments"]


# Amounts that are no deal value.


def test_cost_reimbursement_is_no_headline() -> None:
    deal = _one(
        "Veltrix Pharma licensed VX-310 from Nordkang Bio on March 4, 2025. Veltrix will pay "
        "Nordkang $30 million upfront and will fund research costs of up to $15 million."
    )
    assert deal["headline"] is None, deal["headline"]
    assert ("upfront_cash", Decimal("30000000")) in _payments(deal)


def test_a_cvr_valued_per_share_only_is_undisclosed_and_the_price_is_the_headline() -> None:
    deal = _one(
        "Veltrix Pharma will acquire Nordkang Bio for $12.00 per share in cash, or approximately "
        "$450 million, the companies said on March 4, 2025. Each Nordkang shareholder also "
        "receives one contingent value right per share valued at up to $3.00, payable on approval "
        "of NK-210."
    )
    assert deal["headline"]["amount"] == "450000000.00"
    assert ("cvr", None) in _payments(deal), deal["payments"]
    assert ("cvr", Decimal("3")) not in _payments(deal)


def test_a_body_total_with_the_titles_figure_as_its_conversion_is_the_headline() -> None:
    deal = _one(
        "노바젠, 벨트릭스에 'NV-220' 기술수출…최대 7000억원 규모\n\n"
        "노바젠은 벨트릭스와 'NV-220' 기술이전 계약을 체결했다고 2025년 3월 4일 밝혔다. "
        "총 계약 규모는 최대 5억 달러(약 7000억원)이며, 세부 조건은 공개되지 않았다."
    )
    assert (deal["headline"]["amount"], deal["headline"]["currency"]) == ("500000000.00", "USD")


# Assets.


@pytest.mark.parametrize(
    ("sentence", "symbol"),
    [
        ("노바젠의 'NV-220'은 TL1A 단일클론 항체로, 벨트릭스에 이전된다.", "TL1A"),
        ("노바젠의 'NV-220'은 GPR75 표적 후보물질이다.", "GPR75"),
        ("诺德康将其KIF18A小分子抑制剂NK-210授权给Veltrix。", "KIF18A"),
        ("诺德康将抗TSLP单抗NK-210授权给Veltrix。", "TSLP"),
    ],
)
def test_a_symbol_before_a_korean_or_chinese_target_or_class_word_is_no_asset(
    sentence: str, symbol: str
) -> None:
    assert symbol not in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        (
            "노바젠은 벨트릭스와 항체-약물 접합체(ADC) 플랫폼 'NOVA-Link'에 대한 계약을 맺었다.",
            "NOVA-Link",
        ),
        ("Veltrix licensed the antibody platform 'Tri-Body' from Nordkang Bio.", "Tri-Body"),
    ],
)
def test_a_quoted_name_beside_the_platform_word_is_the_platform(
    sentence: str, platform: str
) -> None:
    found = _found(sentence)
    assert platform in found and "ADC" not in found, found


@pytest.mark.parametrize(
    ("sentence", "drug"),
    [
        ("Its lead candidate, 225Ac-NKB-12, is a radioligand therapy.", "225Ac-NKB-12"),
        ("It also brought Veltrix Radivo (lutetium Lu 177 nordotide) for tumors.", None),
    ],
)
def test_radioligand_codes_and_names_are_assets(sentence: str, drug: str | None) -> None:
    found = _found(sentence)
    if drug:
        assert drug in found, found
    else:
        assert "lutetium Lu 177 nordotide" in found, found


def test_what_an_earlier_acquisition_brought_is_its_asset() -> None:
    deal = _one(
        "Veltrix Pharma agreed on March 4, 2025 to acquire Nordkang Bio for $900 million. "
        "That deal brought Veltrix NK-210, a KIF18A inhibitor in Phase 2."
    )
    assert "NK-210" in _assets(deal), deal["assets"]
    assert _roles(deal) == {"Veltrix Pharma": "acquirer", "Nordkang Bio": "target"}


# Later mechanisms of the same round.


def test_valuing_a_long_description_at_an_amount_is_the_headline() -> None:
    deal = _one(
        "Veltrix Pharma agreed on March 4, 2025 to acquire Nordkang Bio NV for EUR 30 per share in "
        "cash, valuing the Dutch peptide vaccine developer at about EUR 2.1 billion."
    )
    assert (deal["headline"]["amount"], deal["headline"]["currency"]) == ("2100000000.00", "EUR")


def test_a_day_given_with_on_after_a_news_dateline_is_the_deals_date() -> None:
    deal = _one(
        "March 28, 2025 -- The quarter's biggest buyout came on March 3 when Veltrix Pharma agreed "
        "to acquire Nordkang Bio for $900 million."
    )
    assert deal["announced_on"] == "2025-03-03", deal["announced_on"]


def test_a_rival_bidder_is_no_party() -> None:
    deal = _one(
        "Veltrix Pharma agreed on March 4, 2025 to acquire Nordkang Bio for $900 million, after "
        "Nordkang turned down a competing offer from Corvane Therapeutics."
    )
    assert _roles(deal) == {"Veltrix Pharma": "acquirer", "Nordkang Bio": "target"}


def test_a_chinese_name_with_its_city_in_brackets_is_one_company() -> None:
    names = _companies(
        "2025年3月4日，诺德（苏州）生物医药有限公司宣布与美国Veltrix公司达成许可协议。"
    )
    assert any(n.startswith("诺德（苏州）生物医药") for n in names), names


def test_sales_payments_named_after_another_kinds_amount_are_undisclosed() -> None:
    deal = _one(
        "Veltrix Pharma has licensed VX-310 from Nordkang Bio, the companies said on March 4, "
        "2025. Nordkang receives $40 million upfront and up to $300 million in development "
        "milestone payments plus commercial milestones."
    )
    assert ("commercial_milestones", None) in _payments(deal), deal["payments"]
    assert ("development_milestones", Decimal("300000000")) in _payments(deal)
