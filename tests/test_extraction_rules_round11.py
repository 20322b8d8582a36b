"""Focused tests of the extractor's rules from issue 14's eleventh round.

The rules came from the failures of tests/corpus_holdout8 once it became training data,
grouped by cause: roles (an agreement "which grants" a company its rights, an equity investor
in a collaboration whose other side is paid as a licensor, "investigational" read as an
investment); payments (an upfront "payment and equity" split into its cash and shares,
milestone parts and their stated total, a bundle "development milestones and commercial
payments", a Chinese full-width comma ending a payment's clause); dates (a dateline with a month
and no day); drug names (the -siran stem of siRNA drugs; a vector construct's parts); and a
joint venture named as the licensing party in Chinese. Each test states one rule with a short
text of its own (invented names) and fails without it. Nothing here is taken from
tests/corpus_holdout9, the held-out set of this round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.extraction_rules_helpers import asset_names as _assets
from tests.extraction_rules_helpers import company_names as _names
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import one_deal
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as _roles

PUBLISHED = date(2025, 6, 2)


def _one(text: str, published: date = PUBLISHED) -> dict:
    return one_deal(text, published)


# Roles.


def test_an_agreement_which_grants_a_company_rights_makes_it_the_licensee() -> None:
    deal = _one(
        "Korvana Bio today announced that it has entered into an exclusive licensing agreement "
        "with Nordhaven Pharma, which grants Nordhaven Pharma exclusive rights to commercialize "
        "ZX-1 outside the United States."
    )
    assert _roles(deal) == {"Korvana Bio": "licensor", "Nordhaven Pharma": "licensee"}


def test_an_equity_investor_in_a_paid_collaboration_is_its_licensee() -> None:
    deal = _one(
        "Korvana Bio and Nordhaven Pharma today announced a global collaboration to develop and "
        "commercialize ZX-1. Under the terms of the agreement, Korvana Bio will receive an "
        "upfront payment of $100 million. Nordhaven Pharma will also make a $50 million equity "
        "investment in Korvana Bio."
    )
    assert _roles(deal) == {"Korvana Bio": "licensor", "Nordhaven Pharma": "licensee"}


def test_investigational_is_no_investment() -> None:
    deal = _one(
        "Nordhaven Pharma and Korvana Bio today announced an exclusive global collaboration for "
        "the development and commercialization of ZX-1, an investigational kinase inhibitor. "
        "Nordhaven Pharma will pay Korvana Bio an upfront payment of $100 million."
    )
    assert deal["deal_type"] == "collaboration"
    assert _roles(deal) == {"Korvana Bio": "licensor", "Nordhaven Pharma": "licensee"}


# Payments.


def test_an_upfront_payment_and_equity_is_split_into_its_cash_and_shares() -> None:
    deal = _one(
        "Korvana Bio entered into a licensing agreement with Nordhaven Pharma for ZX-1. Korvana "
        "Bio will receive $300 million in an upfront payment and equity, comprising $200 million "
        "in cash and $100 million in an equity investment in Korvana Bio."
    )
    pays = _payments(deal)
    assert ("upfront_cash", Decimal("200000000")) in pays
    assert ("upfront_equity", Decimal("100000000")) in pays
    assert ("upfront_cash", Decimal("300000000")) not in pays


def test_milestone_parts_and_their_stated_total_are_recorded_once_as_the_total() -> None:
    deal = _one(
        "Korvana Bio and Nordhaven Pharma today announced a license agreement for ZX-1. Korvana "
        "Bio will receive an upfront payment of $100 million and is eligible to receive up to "
        "$200 million in approval milestones and up to $300 million in commercialization "
        "milestones, for a total of up to $500 million in milestone payments."
    )
    assert _payments(deal) == {
        ("upfront_cash", Decimal("100000000")),
        ("milestones", Decimal("500000000")),
    }


def test_development_milestones_and_commercial_payments_are_one_bundle() -> None:
    deal = _one(
        "Korvana Bio and Nordhaven Pharma today announced a license agreement for ZX-1. Korvana "
        "Bio will receive an upfront payment of $100 million and is eligible to receive up to "
        "$500 million in potential development milestones and commercial payments, as well as "
        "royalties."
    )
    assert ("milestones", Decimal("500000000")) in _payments(deal)


def test_a_chinese_full_width_comma_ends_the_upfront_clause() -> None:
    deal = _one(
        "诺凡制药与佩拉姆生物达成许可协议\n\n"
        "2025年6月2日，诺凡制药宣布与佩拉姆生物就NV-2201签订全球独家许可协议。"
        "诺凡制药将获得3,000万美元的首付款，以及最高达5亿美元的潜在研发及销售里程碑付款。"
    )
    pays = _payments(deal)
    assert ("upfront_cash", Decimal("30000000")) in pays
    assert ("milestones", Decimal("500000000")) in pays
    assert ("upfront_cash", Decimal("500000000")) not in pays


# Dates.


def test_a_dateline_with_a_month_and_no_day_dates_the_deal_to_that_month() -> None:
    deal = _one(
        "Nordhaven Pharma to Acquire Korvana Bio\n\n"
        "BOSTON, March 2024 -- Nordhaven Pharma and Korvana Bio today announced that Nordhaven "
        "Pharma will acquire Korvana Bio for $500 million in cash.",
        date(2024, 3, 1),
    )
    assert (deal["announced_on"], deal["announced_on_precision"]) == ("2024-03-01", "month")


# Drug names.


def test_the_drug_a_bought_company_is_focused_on_developing_is_its_lead_asset() -> None:
    deal = _one(
        "Nordhaven Pharma will acquire Korvana Bio for $500 million in cash. Korvana Bio is a "
        "biopharmaceutical company focused on developing velisiran, a twice-yearly therapy."
    )
    assert "velisiran" in _assets(deal)


def test_a_platform_named_in_capitals_after_proprietary_is_an_asset() -> None:
    deal = _one(
        "Nordhaven Pharma today announced that it will acquire Korvana Bio for $500 million, "
        "gaining Korvana Bio's proprietary TRIAX technology platform for cell therapies."
    )
    assert "TRIAX" in _assets(deal)


def test_a_dotted_part_of_a_construct_name_is_no_drug() -> None:
    assert _found("ZX-9001 (AAVrh10.CK8.micro-utrophin) is a gene therapy.") == ["ZX-9001"]


def test_a_code_with_a_lower_case_letter_before_its_number_is_a_drug() -> None:
    assert _found("the co-development of NORAb-310, an antibody drug conjugate") == ["NORAb-310"]


# Companies.


def test_a_latin_name_against_chinese_script_is_still_that_company() -> None:
    # "NVB将授予" has no space between the name and the Chinese verb.
    assert "NVB" in _names(
        "2025年6月2日，NVB Biosciences Inc.与佩拉姆生物就NV-2201签订全球独家许可协议。"
        "根据协议条款，NVB将授予佩拉姆生物NV-2201的全球独家许可。"
    )


def test_a_joint_venture_signs_not_its_owners_in_chinese() -> None:
    deal = _one(
        "甲辰与乙巳生物合资公司BWB与佩拉姆生物就NV-2201签订全球独家许可协议\n\n"
        "2025年6月2日，甲辰生物（2162.HK）与乙巳生物（2157.HK）共同宣布，双方合资公司上海丙午生物科技有限公司"
        '（BWB Biosciences Inc.，"BWB"）与佩拉姆生物就NV-2201签订全球独家许可协议。'
        "根据协议条款，BWB将授予佩拉姆生物NV-2201的全球独家许可。BWB将获得3000万美元的首付款。"
    )
    assert _roles(deal) == {"BWB Biosciences": "licensor", "佩拉姆生物": "licensee"}


def test_a_joint_venture_signs_not_its_owners() -> None:
    deal = _one(
        "Korvana Bio and Nordhaven Pharma's joint venture licenses PT-101 to Tessaro Pharma\n\n"
        "Korvana Bio and Nordhaven Pharma today announced that their joint venture, Pellam "
        "Therapeutics, has granted Tessaro Pharma an exclusive global license to PT-101. Pellam "
        "Therapeutics will receive $50 million upfront."
    )
    assert _roles(deal) == {"Pellam Therapeutics": "licensor", "Tessaro Pharma": "licensee"}


def test_a_price_in_the_title_and_the_body_is_one_headline_recorded_once() -> None:
    deal = _one(
        "Nordhaven Pharma to acquire Korvana Bio for USD 1.2 bn\n\n"
        "Basel, April 2, 2024 - Nordhaven Pharma today announced that it will acquire Korvana "
        "Bio, Inc. for USD 30 per share in cash, or a total of USD 1.2 billion."
    )
    assert deal["headline"]["amount"] == "1200000000.00"
    assert deal["payments"] == []
