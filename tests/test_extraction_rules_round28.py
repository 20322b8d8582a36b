"""Focused tests of the extractor's rules from issue 14's twenty-eighth round.

The rules came from the failures of tests/corpus_holdout25 once it became training data, each
written for the mechanism behind a failure rather than its phrase. Each test states one rule
with short texts of its own (invented names and phrasings) and fails without it, but the
guards, which hold with and without it. Nothing here is taken from tests/corpus_holdout26, the
held-out set of this round.
"""

from __future__ import annotations

import pytest

from tests.extraction_rules_helpers import company_names, one_deal
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
