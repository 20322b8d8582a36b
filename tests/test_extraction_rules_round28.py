"""Focused tests of the extractor's rules from issue 14's twenty-eighth round.

The rules came from the failures of tests/corpus_holdout25 once it became training data, each
written for the mechanism behind a failure rather than its phrase. Each test states one rule
with short texts of its own (invented names and phrasings) and fails without it, but the
guards, which hold with and without it. Nothing here is taken from tests/corpus_holdout26, the
held-out set of this round.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import company_names, one_deal, payments
from tests.extraction_rules_helpers import roles as roles_of

# Chinese: "与X旗下仿制药公司Y签署…协议" - the parent named before 旗下 (under) and what the
# unit is introduce the subsidiary, which signs; the parent is no party.


@pytest.mark.parametrize(
    "text",
    [
        "2021年3月2日，诺瓦药业股份有限公司宣布，与凯维旗下仿制药公司泰瑞克（Tarrick）签署商业化"
        "协议。根据协议，泰瑞克将获得两款产品在欧洲的独家商业化权利。",
        "2022年6月8日，恒方制药宣布与美国巴登旗下的生物类似药企业洛森（Lorsen）签订许可协议。"
        "洛森将获得该产品在北美的独家商业化权利。",
    ],
)
def test_a_subsidiary_introduced_under_its_parent_signs_the_chinese_deal(text: str) -> None:
    parties = roles_of(one_deal(text))
    assert parties.get("泰瑞克", parties.get("洛森")) == "licensee"
    assert "凯维" not in parties and "巴登" not in parties


def test_the_subsidiary_guard_keeps_a_parent_that_signs_itself() -> None:
    # Guard: a parent that signs in its own name stays the party.
    text = (
        "2021年3月2日，诺瓦药业股份有限公司宣布，与凯维制药签署许可协议。根据协议，凯维制药将获得"
        "该产品在欧洲的独家商业化权利。"
    )
    assert roles_of(one_deal(text)).get("凯维制药") == "licensee"


# Chinese: a verb of signing (签署, 签订, 达成, 订立) ends a company's name before it, as 就
# does: "甲药业与乙签署胰岛素生物类似药协议" names 乙, not "乙签署胰岛素生物".


@pytest.mark.parametrize(
    "text",
    [
        "诺瓦药业与泰瑞克签署胰岛素生物类似药商业化协议",
        "诺瓦药业与泰瑞克达成抗体生物制药授权协议",
    ],
)
def test_a_verb_of_signing_ends_a_chinese_company_name(text: str) -> None:
    names = company_names(text)
    assert not any("签署" in n or "达成" in n for n in names), names
    assert "诺瓦药业" in names


# A state or region written after a city in a company's address ("a Madison, Wisconsin,
# company", "an Austin, Texas-based biotech") is a place, no company and no target.


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "In March, Halvern agreed to acquire Kelvio Therapeutics, a Boise, Idaho, company "
            "that designs oral peptides, for $150 million in cash.",
            "Idaho",
        ),
        (
            "Halvern agreed to acquire Kelvio Therapeutics, a Tulsa, Oklahoma, startup developing "
            "RNA editors, for $150 million in cash.",
            "Oklahoma",
        ),
    ],
)
def test_the_state_of_a_city_in_an_address_is_no_company(text: str, place: str) -> None:
    parties = roles_of(one_deal(text))
    assert place not in parties
    assert parties == {"Halvern": "acquirer", "Kelvio Therapeutics": "target"}


def test_the_address_guard_keeps_a_company_named_after_a_comma() -> None:
    # Guard: a company listed after another, with no city before it, stays a company.
    text = "Halvern, Kelvio, and Tessary each said they would bid for the asset."
    assert {"Halvern", "Kelvio"} <= company_names(text)


# "Kelvio CEO Ana Reyes said ...": a job title inside a capitalised run joins the company to its
# speaker; the run is no party (the company stays one under its own name).


@pytest.mark.parametrize(
    "speaker",
    ["Kelvio CEO Ana Reyes", "Kelvio President Tom Baird"],
)
def test_a_company_run_into_its_speakers_title_and_name_is_no_party(speaker: str) -> None:
    text = (
        "Halvern Pharma bets on Kelvio's pan-KRAS inhibitor\n\n"
        "Halvern Pharma has licensed global rights to an oral pan-KRAS inhibitor from Kelvio "
        "Biosciences, a private biotech. Kelvio will receive an upfront payment and is eligible "
        f"for milestones. {speaker} said the deal would let the company focus on other "
        "programmes."
    )
    parties = roles_of(one_deal(text))
    assert speaker not in parties
    assert parties.get("Kelvio Biosciences") == "licensor"


# "$8.50 per share in cash at closing, or approximately $560 million": the price per share
# written again as the whole company's, with when it is paid standing between.


@pytest.mark.parametrize(
    "text",
    [
        "Halvern will acquire Kelvio Therapeutics. Under the terms of the agreement, Halvern will "
        "commence a tender offer for all outstanding shares of Kelvio for $6.25 per share in "
        "cash at closing, or approximately $410 million, plus one CVR per share.",
        "Halvern to acquire Kelvio Therapeutics\n\nHalvern will acquire all outstanding shares "
        "of Kelvio for $6.25 per share in cash upon closing, or about $410 million, plus one "
        "contingent value right per share.",
    ],
)
def test_a_per_share_price_paid_at_closing_restated_for_the_company_is_the_price(
    text: str,
) -> None:
    deal = one_deal(text)
    assert ("acquisition_price", Decimal("410000000")) in payments(deal)


# "for up to $2.1 billion in cash, payable at closing and upon the achievement of certain
# milestones": one sum paid in both parts is the deal's total, not its milestones.


@pytest.mark.parametrize(
    "text",
    [
        "Halvern to acquire Kelvio Therapeutics\n\nUnder the terms of the agreement, Halvern "
        "will acquire all outstanding equity of Kelvio for up to $900 million in cash, payable "
        "at closing and upon the achievement of certain milestones.",
        "Halvern agreed to acquire Kelvio Therapeutics for up to $900 million in cash, due at "
        "closing and upon the achievement of regulatory milestones.",
    ],
)
def test_a_sum_payable_at_closing_and_on_milestones_is_the_total(text: str) -> None:
    deal = one_deal(text)
    assert deal["headline"]["amount"] == "900000000.00"
    assert ("milestones", Decimal("900000000")) not in payments(deal)


def test_a_sum_payable_at_closing_alone_stays_the_price() -> None:
    # Guard: what is paid at closing only is the price, as before.
    deal = one_deal(
        "Halvern will acquire Kelvio Therapeutics for an aggregate of $900 million, payable at "
        "closing."
    )
    assert ("milestones", Decimal("900000000")) not in payments(deal)


# "The total potential consideration of up to $12.00 per share represents approximately $795
# million": the per-share total of price and CVR, restated for the company, is the headline.


@pytest.mark.parametrize(
    "closing",
    [
        "The total potential value of up to $8.25 per share equals approximately $540 million.",
        "The total consideration of $8.25 per share represents about $540 million.",
    ],
)
def test_a_per_share_total_restated_for_the_company_is_the_headline(closing: str) -> None:
    deal = one_deal(
        "Halvern to acquire Kelvio Therapeutics\n\nHalvern will acquire all outstanding shares of "
        "Kelvio for $6.25 per share in cash, or about $410 million, plus one contingent value "
        f"right per share worth up to $2.00 in cash. {closing}"
    )
    assert deal["headline"]["amount"] == "540000000.00"
    assert ("acquisition_price", Decimal("410000000")) in payments(deal)


# "For Halvern, which already sells the migraine drug Zentrix, the deal adds ...": a drug a
# company already sells or markets is its existing portfolio, not the deal's asset.


@pytest.mark.parametrize(
    "aside",
    [
        "For Halvern, which already sells the migraine drug Zentrix, the deal adds a second brand.",
        "Halvern already markets the migraine drug Zentrix in the U.S.; the deal adds a second "
        "brand to its neurology franchise.",
    ],
)
def test_a_drug_a_party_already_sells_is_no_asset_of_the_deal(aside: str) -> None:
    deal = one_deal(
        "Halvern snaps up Kelvio Therapeutics and its newly approved eczema antibody\n\n"
        "March 3, 2025 -- Halvern Pharma will acquire Kelvio Therapeutics, whose antibody "
        f"Dermaxa (kelvimab) won FDA approval in January, for $300 million in cash.\n\n{aside}"
    )
    names = {a["name"] for a in deal["assets"]}
    assert "Zentrix" not in names
    assert names & {"kelvimab", "Dermaxa"}


# "eligible for option exercise fees, development, regulatory and commercial milestone
# payments": a milestone term listed after other terms, with no amount anywhere, is an
# undisclosed term of the deal.


@pytest.mark.parametrize(
    "terms",
    [
        "option exercise fees, development, regulatory and commercial milestone payments",
        "an option fee, research funding, development and sales milestone payments",
    ],
)
def test_milestones_listed_after_other_terms_are_an_undisclosed_term(terms: str) -> None:
    deal = one_deal(
        "Kelvio Biosciences and Halvern Pharma enter option and license agreement\n\n"
        "Kelvio Biosciences has granted Halvern Pharma an exclusive option to license its "
        f"KV-310 programme. Kelvio will receive an upfront payment and is eligible for {terms}, "
        "and tiered royalties. Financial terms were not disclosed."
    )
    assert any(
        p["kind"].endswith("milestones") and p["amount"] is None for p in deal["payments"]
    ), deal["payments"]
