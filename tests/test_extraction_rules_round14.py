"""Focused tests of the extractor's rules from issue 14's fourteenth round.

The rules came from the failures of tests/corpus_holdout11 once it became training data: two
Chinese licences were not found at all (their parties' names end in no business word), and
platforms, mixed-case codes, Korean glosses and Chinese milestone kinds were missed. Each test
states one rule with a short text of its own (invented names) and fails without it. Nothing
here is taken from tests/corpus_holdout12, the held-out set of this round.
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


# Chinese deal sentences: the parties by their place around 与 ... 签订.


@pytest.mark.parametrize(
    ("text", "licensor", "licensee"),
    [
        (
            "2024年3月5日，瑞科康宣布与诺维拉（Norvela）签订许可协议，授予诺维拉KX-101在中国以外的"
            "独家权利。",
            "瑞科康",
            "诺维拉",
        ),
        (
            "2024年3月5日，瑞科康集团宣布，其附属公司与美国Harbin Vale签订独家许可协议，授予"
            "Harbin Vale开发KX-101的独家权利。",
            "瑞科康集团",
            "Harbin Vale",
        ),
    ],
)
def test_chinese_deal_sentence_names_its_parties_whatever_they_end_with(
    text: str, licensor: str, licensee: str
) -> None:
    assert _roles(_one(text)) == {licensor: "licensor", licensee: "licensee"}


def test_the_company_before_yu_names_no_party() -> None:
    # A guard on the rule above (passes without it too): "公司与美国X签署": 公司 ("the company")
    # is the announcer already named, no second party.
    text = (
        "2024年3月5日，上海瑞科康医药科技股份有限公司（以下简称“瑞科康”）宣布，公司与美国"
        "Harbin Vale Therapeutics, Inc.（以下简称“Harbin Vale”）签署独家许可协议，授予Harbin "
        "Vale开发KX-101的独家权利。"
    )
    assert "公司" not in _companies(text)
    deal = _one(text)
    assert set(_roles(deal).values()) == {"licensor", "licensee"}


def test_chinese_drug_name_takes_no_character_of_the_company_before_it() -> None:
    text = (
        "2024年3月5日，瑞科康宣布与诺维拉签订许可协议，授予诺维拉帕妥珠单抗在中国以外的独家权利。"
    )
    assert "帕妥珠单抗" in _assets(_one(text))
    assert "拉帕妥珠单抗" not in _assets(_one(text))


def test_biosimilar_reference_product_is_no_asset() -> None:
    text = (
        "2024年3月5日，瑞科康宣布与诺维拉签订许可协议，授予诺维拉帕妥珠单抗生物类似药KX-11在中国以外"
        "的独家商业化权利。"
    )
    assert _assets(_one(text)) == {"KX-11"}


# Assets: codes, platforms, glosses.


def test_mixed_case_prefix_code_is_a_drug() -> None:
    assert "VeLo20451" in _found("Nordhaven will co-develop VeLo20451, a bispecific antibody.")


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        ("Nordhaven receives a license to Korvana's VeLo Fc technologies.", "VeLo"),
        (
            "Nordhaven will use Korvana's LinkSure antibody-drug conjugate (ADC) platform "
            "technology.",
            "LinkSure",
        ),
        ("Korvana has developed a proprietary Open Donor Cell technology.", "Open Donor Cell"),
    ],
)
def test_platform_names(sentence: str, platform: str) -> None:
    assert platform in _found(sentence)


def test_short_name_opening_a_platform_name_is_no_company_mention() -> None:
    text = (
        "Nordhaven to Acquire Open Cells, Inc.\n\n"
        "BOSTON, March 5, 2024 - Nordhaven Pharma Inc. and Open Cells, Inc. today announced that "
        "Nordhaven will acquire Open Cells for $90 million. Open Cells has developed a "
        "proprietary Open Donor Cell technology that makes stem cells."
    )
    assert "Open Donor Cell" in _assets(_one(text))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "코르바나는 한빛제약과 치료제 '벨로사(VeloGene-C)'의 판매에 관한 계약을 체결했다.",
            "VeloGene-C",
        ),
        (
            "코르바나는 한빛제약과 'ALT-B9'를 활용한 벨로자임(Velozyme) 플랫폼 계약을 체결했다.",
            "Velozyme",
        ),
    ],
)
def test_korean_name_glossed_in_latin(sentence: str, name: str) -> None:
    assert name in _found(sentence)


# Payments.


def test_korean_total_right_before_ro_is_no_upfront() -> None:
    text = (
        "코르바나는 한빛제약과 기술이전 계약을 체결했다고 2024년 3월 5일 밝혔다. 총 계약 규모는 "
        "1억900만 달러로, 계약금 600만 달러와 마일스톤 1억300만 달러로 구성된다."
    )
    deal = _one(text)
    assert ("upfront_cash", Decimal("109000000")) not in _payments(deal)
    assert ("upfront_cash", Decimal("6000000")) in _payments(deal)


def test_chinese_milestone_kind_after_the_amount() -> None:
    text = (
        "2024年3月5日，瑞科康宣布与诺维拉签订许可协议。根据协议，诺维拉将向瑞科康支付2700万美元首付款，"
        "以及最高1.48亿美元的开发及注册里程碑付款和最高10.2亿美元的销售里程碑付款。"
    )
    got = _payments(_one(text))
    assert ("commercial_milestones", Decimal("1020000000")) in got
    assert ("milestones", Decimal("148000000")) in got


def test_chinese_research_and_sales_milestones_are_one_bundle() -> None:
    text = (
        "2024年3月5日，瑞科康宣布与诺维拉签订许可协议。根据协议，瑞科康将获得6300万美元的首付款，"
        "以及最高达11.25亿美元的潜在研发及销售相关里程碑付款。"
    )
    assert ("milestones", Decimal("1125000000")) in _payments(_one(text))
