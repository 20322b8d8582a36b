"""Focused tests of the extractor's rules from issue 14's twenty-fifth round.

The rules came from the failures of tests/corpus_holdout22 once it became training data (texts
written the way full releases are: datelines, "About" paragraphs, listings, funding notes),
each written for the mechanism behind a failure rather than its phrase. Each test states one
rule with short texts of its own (invented names and phrasings, two or three variants per rule)
and fails without it, but the guards, which hold with and without it. Nothing here is taken
from tests/corpus_holdout23, the held-out set of this round.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction_rules_helpers import deals_in, one_deal
from tests.extraction_rules_helpers import roles as roles_of

# Chinese and Korean "About" headings end the news as "About <company>" does.


@pytest.mark.parametrize(
    "heading",
    ["关于瑞泽医药", "■ 한빛제약 소개", "前瞻性声明"],
)
def test_a_chinese_or_korean_boilerplate_heading_ends_the_news(heading: str) -> None:
    text = (
        "瑞泽医药与诺凡制药达成授权协议，瑞泽医药授予诺凡制药RZ-401在全球的独家权利。\n\n"
        f"{heading}\n"
        "瑞泽医药与康弘生物签订了合作协议，康弘生物获得RZ-207在中国的权利。\n"
    )
    deals = deals_in(text)
    assert len(deals) == 1, deals
    names = {p["name"] for d in deals for p in d["parties"]}
    assert not any("康弘" in n for n in names), names


def test_a_chinese_sentence_opening_on_guanyu_is_no_heading() -> None:
    # Guard: "关于本次交易，…" (as to this deal, ...) is a sentence of the news, not a heading.
    text = (
        "瑞泽医药与诺凡制药达成授权协议。\n"
        "关于本次交易，诺凡制药将向瑞泽医药支付首付款，瑞泽医药授予诺凡制药RZ-401的独家权利。\n"
    )
    deal = one_deal(text)
    assert {"RZ-401"} <= {a["name"] for a in deal["assets"]}, deal["assets"]


# 关于 ("about") before a Chinese company's name is no part of it.


@pytest.mark.parametrize(
    "about_line",
    ["关于瑞泽医药\n瑞泽医药成立于2015年。", "关于瑞泽医药：瑞泽医药专注于肿瘤领域。"],
)
def test_guanyu_is_no_part_of_a_chinese_company_name(about_line: str) -> None:
    text = (
        "瑞泽医药与诺凡制药达成授权协议，瑞泽医药授予诺凡制药RZ-401在全球的独家权利。\n\n"
        f"{about_line}\n"
    )
    from tests.extraction_rules_helpers import company_names

    names = company_names(text)
    assert not any(n.startswith("关于") for n in names), names
    assert "瑞泽医药" in names, names


# A Chinese dateline's dash ends the date; a listing may follow a defined short name.


@pytest.mark.parametrize(
    ("dateline", "listing"),
    [
        ("中国杭州，2024年3月5日——", "，股票代码：688123.SH"),
        ("中国苏州，2023年11月20日——", "，香港联交所股票代码：02199"),
        ("2024年6月1日——", ""),
    ],
)
def test_a_chinese_full_name_after_a_dateline_dash_is_the_party(
    dateline: str, listing: str
) -> None:
    text = (
        f'{dateline}瑞泽（杭州）生物科技股份有限公司（以下简称"瑞泽生物"{listing}）今日宣布，'
        "与诺凡制药达成授权协议。\n根据协议，瑞泽生物授予诺凡制药RZ-401在全球的独家权利。"
        "瑞泽生物将获得1000万美元首付款。瑞泽生物董事长表示，瑞泽生物期待合作。\n"
    )
    deal = one_deal(text)
    # One party under its full name; the short name it defines is the same company.
    assert set(roles_of(deal)) == {"瑞泽（杭州）生物科技", "诺凡制药"}, deal["parties"]


# A Korean or Chinese sentence dated to an earlier year tells a past deal.


@pytest.mark.parametrize(
    "past",
    [
        "한빛제약은 2021년 미국 코르반에 항암제 후보물질 HB-110을 기술이전한 데 이어 "
        "파이프라인을 넓혀 왔다.",
        "2020年，瑞泽医药与康弘生物签订了RZ-207授权协议。",
    ],
)
def test_a_cjk_sentence_dated_to_an_earlier_year_opens_no_deal(past: str) -> None:
    text = (
        "한빛제약은 미국 할번 파마슈티컬스(Halvern Pharmaceuticals)와 HB-301에 대한 기술이전 "
        "계약을 체결했다고 밝혔다. 한빛제약은 계약금 1000만 달러를 받는다.\n" + past + "\n"
    )
    deals = deals_in(text, date(2025, 3, 1))
    assert len(deals) == 1, deals


def test_a_cjk_sentence_of_the_publication_year_still_opens_its_deal() -> None:
    # Guard: the news itself is dated to the publication's year.
    text = (
        "한빛제약은 2025년 3월 미국 할번 파마슈티컬스(Halvern Pharmaceuticals)와 HB-301에 대한 "
        "기술이전 계약을 체결했다고 밝혔다. 한빛제약은 계약금 1000만 달러를 받는다.\n"
    )
    deal = one_deal(text, date(2025, 3, 1))
    assert len(deal["parties"]) == 2, deal["parties"]


# What the deal makes of the target is no parent and subsidiary of one side.


@pytest.mark.parametrize(
    "result",
    [
        "making Corvane a wholly owned subsidiary of Halvern",
        "which makes Corvane a wholly owned subsidiary of Halvern",
        "turning Corvane into a wholly owned subsidiary of Halvern",
    ],
)
def test_the_target_made_a_subsidiary_by_the_deal_stays_a_party(result: str) -> None:
    text = (
        'Halvern Pharma Co., Ltd. ("Halvern") today announced that it has completed the '
        f'acquisition of Corvane Bio, Inc. ("Corvane"), {result}. Halvern paid Corvane\'s '
        "shareholders $90 million upfront."
    )
    deal = one_deal(text)
    assert roles_of(deal) == {"Halvern Pharma": "acquirer", "Corvane Bio": "target"}, roles_of(deal)


def test_a_subsidiary_introduced_by_its_parent_is_still_one_side() -> None:
    # Guard: "Corvane Bio, a wholly owned subsidiary of Maxim Holdings, licensed ..." names one
    # party under the subsidiary's name.
    text = (
        "Corvane Bio, a wholly owned subsidiary of Maxim Holdings, today announced an exclusive "
        "license agreement with Halvern Pharma for CRV-12. Corvane will receive $20 million "
        "upfront."
    )
    deal = one_deal(text)
    assert len(deal["parties"]) == 2, deal["parties"]
