"""Focused tests of the extractor's rules from issue 14's fifteenth round.

The rules came from the failures of tests/corpus_holdout12 once it became training data: asset
and milestone recall were its weakest fields (a drug a pipeline "includes", a platform a bought
company "uses its" own, platform names with an abbreviation or a class word after them;
milestones named without an amount in Korean and Chinese, and as the second thing a holder
"would receive"), and an option to buy a company was read as the purchase itself. Each test
states one rule with a short text of its own (invented names) and fails without it. Nothing
here is taken from tests/corpus_holdout13, the held-out set of this round.
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


def _one(text: str, published: date = PUBLISHED) -> dict:
    return one_deal(text, published)


# Assets.


def test_what_a_pipeline_includes_is_a_drug_whatever_its_ending() -> None:
    # "velnabinols" ends like an English plural; a pipeline "includes" names it all the same.
    assert "velnabinols" in _found(
        "Korvana's pipeline also includes velnabinols, which is in Phase 2 development."
    )
    assert _found("Korvana's pipeline also includes several candidates for epilepsy.") == []


def test_a_bought_company_describing_itself_owns_what_it_calls_its() -> None:
    text = (
        "Nordhaven to Acquire Korvana\n\n"
        "BOSTON, March 5, 2024 -- Nordhaven Pharma Inc. and Korvana Bio, Inc. today announced "
        "that Nordhaven will acquire Korvana for $300 million in cash. Korvana is a "
        "clinical-stage company that uses its proprietary Veltope platform to design antibodies."
    )
    assert "Veltope" in _assets(_one(text))


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        # A class word at the end ("RNAi") says what the platform makes, not its name.
        ("Nordhaven will use Korvana's proprietary VelXC RNAi platform technology.", "VelXC"),
        # The name's own abbreviation may stand between it and "platform".
        ("Nordhaven obtains a license to Korvana's proprietary VeloCas-Editor (VE) genome "
         "editing platform.", "VeloCas-Editor"),
    ],
)  # fmt: skip
def test_platform_names_with_what_follows_them(sentence: str, platform: str) -> None:
    assert platform in _found(sentence)
    assert [n for n in _found(sentence) if n.startswith(platform)] == [platform]


def test_a_later_licence_sentence_may_say_a_platform_is_licensed() -> None:
    text = (
        "BOSTON, March 5, 2024 -- Korvana Bio today announced a collaboration and license "
        "agreement with Nordhaven Pharma. Nordhaven obtains a non-exclusive license to "
        "Korvana's proprietary VeloCas-Editor (VE) genome editing platform to develop cell "
        "therapies. Korvana will receive an upfront payment of $40 million."
    )
    assert _one(text)["deal_type"] == "platform_license"


# Options to buy a company.


def test_an_option_to_acquire_a_company_has_a_buyer_and_a_target() -> None:
    text = (
        "Nordhaven Invests in Korvana Bio and Obtains Option to Acquire Company\n\n"
        "BOSTON, March 5, 2024 -- Nordhaven Pharma Inc. and Korvana Bio Inc. today announced that "
        "Nordhaven has acquired a 15 percent equity interest in Korvana for EUR 45 million, "
        "together with an exclusive option to acquire all of the outstanding shares of Korvana. "
        "If Nordhaven exercises the option, Korvana shareholders would receive an option "
        "exercise price and potential milestone payments."
    )
    deal = _one(text)
    assert deal["deal_type"] == "option"
    assert _roles(deal) == {"Nordhaven Pharma": "acquirer", "Korvana Bio": "target"}
    assert ("milestones", None) in _payments(deal)


def test_a_headline_verb_is_no_part_of_the_company_name() -> None:
    assert "Nordhaven Invests" not in _companies(
        "Nordhaven Invests in Korvana Bio and Obtains Option to Acquire Company"
    )


# Payments.


def test_an_upfront_made_of_the_amounts_that_follow_is_no_cash_payment() -> None:
    text = (
        "BOSTON, March 5, 2024 -- Korvana Bio announced a license agreement with Nordhaven "
        "Pharma for KRV-12. Nordhaven will pay Korvana $175 million upfront, consisting of a "
        "$100 million upfront payment and a $75 million equity investment in Korvana."
    )
    got = _payments(_one(text))
    assert ("upfront_cash", Decimal("175000000")) not in got
    assert ("upfront_cash", Decimal("100000000")) in got


def test_korean_upfront_and_milestones_named_without_an_amount_after_a_total() -> None:
    text = (
        "코르바나는 한빛제약과 KRV-12의 기술이전 계약을 체결했다고 2024년 3월 5일 밝혔다. "
        "총 계약 규모는 207억원으로, 코르바나는 계약금과 개발 및 허가 단계에 따른 "
        "마일스톤을 받는다."
    )
    got = _payments(_one(text))
    assert ("upfront_cash", None) in got
    assert ("milestones", None) in got


def test_korean_milestones_listed_with_royalties_are_an_undisclosed_term() -> None:
    text = (
        "코르바나는 한빛제약과 KRV-12에 대한 라이선스 계약을 체결했다고 2024년 3월 5일 밝혔다. "
        "코르바나는 계약금과 개발 단계별 마일스톤, 판매에 따른 로열티를 받게 된다."
    )
    assert ("milestones", None) in _payments(_one(text))


def test_chinese_fee_whose_brackets_hold_upfront_and_milestones_is_the_total() -> None:
    text = (
        "2024年3月5日，瑞科康宣布与诺维拉签订许可协议，获得KX-101在中国的独家权利。根据协议，"
        "瑞科康将向诺维拉支付最高不超过8500万美元的许可费用（包括首付款及里程碑付款）。"
    )
    deal = _one(text)
    assert deal["headline"]["amount"] == "85000000.00"
    got = _payments(deal)
    assert ("upfront_cash", Decimal("85000000")) not in got
    assert {("upfront_cash", None), ("milestones", None)} <= got


def test_milestones_received_beside_another_unpriced_term_are_undisclosed() -> None:
    text = (
        "BOSTON, March 5, 2024 -- Korvana Bio granted Nordhaven Pharma an exclusive option to "
        "license KRV-12. Upon exercise, Korvana would receive an option exercise fee and "
        "potential milestone payments."
    )
    assert ("milestones", None) in _payments(_one(text))
