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


# A drug named only inside an executive's quotation is the speaker's other work.


@pytest.mark.parametrize(
    "quote",
    [
        '"The deal lets us keep our focus on HLV-880, our lead oncology programme," said '
        "Corvane's chief executive.",
        '"Halvern brings reach beyond our internal pipeline, which continues to be led by '
        'HLV-880," said the chief executive of Corvane Bio.',
        "Corvane's chief executive said: \"This partnership fits well with our existing "
        'HLV-880 and HLV-910 programmes in iron disorders."',
    ],
)
def test_a_drug_named_only_in_a_quotation_is_no_asset(quote: str) -> None:
    text = (
        "Corvane Bio today announced that it has granted Halvern Pharma an exclusive worldwide "
        "license to CRV-12. Corvane will receive $20 million upfront.\n\n" + quote
    )
    names = {a["name"] for a in one_deal(text)["assets"]}
    assert names == {"CRV-12"}, names


def test_a_drug_named_in_a_quotation_and_in_the_news_stays_the_asset() -> None:
    # Guard: the licensed drug is named in the release's own words too.
    text = (
        "Corvane Bio today announced that it has granted Halvern Pharma an exclusive worldwide "
        'license to CRV-12. "CRV-12 could change care for these patients," said the chief '
        "executive of Corvane."
    )
    names = {a["name"] for a in one_deal(text)["assets"]}
    assert "CRV-12" in names, names


# A drug or class word that describes the germ or the patient is no asset.


@pytest.mark.parametrize(
    "descriptor",
    [
        "vancomycin-resistant enterococci",
        "meropenem-resistant infections",
        "imatinib-intolerant patients",
    ],
)
def test_a_drug_describing_the_patient_or_germ_is_no_asset(descriptor: str) -> None:
    text = (
        "Halvern Pharma today announced that it will acquire Corvane Bio for $300 million. "
        f"Corvane's lead candidate, CRV-12, is being developed for {descriptor}."
    )
    names = {a["name"].lower() for a in one_deal(text)["assets"]}
    assert names == {"crv-12"}, names


# What a drug is selective for is its target.


@pytest.mark.parametrize(
    "phrase",
    [
        "with specificity for JAK2, TYK2 and ACVR9",
        "with selectivity for ACVR9",
        "highly selective for ALK4 and ACVR9",
    ],
)
def test_a_symbol_a_drug_is_selective_for_is_its_target(phrase: str) -> None:
    text = (
        "Halvern Pharma today announced that it will acquire Corvane Bio for $300 million. "
        f"Corvane's lead product, corvatinib, is an oral kinase inhibitor {phrase}."
    )
    names = {a["name"] for a in one_deal(text)["assets"]}
    assert "ACVR9" not in names and "corvatinib" in names, names


# Milestone kinds listed with commas are one bundle; goals a programme reaches are milestones.


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane is eligible for preclinical, clinical, commercial and sales milestone payments "
        "that could exceed $2 billion.",
        "Corvane may also earn research, clinical, commercial and sales milestone payments "
        "that could top $2 billion.",
    ],
)
def test_milestone_kinds_listed_with_commas_are_one_bundle(sentence: str) -> None:
    text = (
        "Halvern Pharma today announced a research collaboration with Corvane Bio. Corvane will "
        "receive $50 million upfront. " + sentence
    )
    kinds = {p["kind"] for p in one_deal(text)["payments"] if p["amount"] == "2000000000.00"}
    assert kinds == {"milestones"}, one_deal(text)["payments"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane could collect as much as $660 million more if the programme reaches a series "
        "of development, regulatory and sales-based milestones.",
        "Corvane stands to collect up to $660 million more if the programme successfully "
        "reaches a series of clinical, regulatory and commercial-stage milestones.",
    ],
)
def test_money_owed_when_a_programme_reaches_milestones_is_the_milestones(sentence: str) -> None:
    text = (
        "Corvane Bio has licensed CRV-12 to Halvern Pharma. Corvane receives $40 million "
        "upfront. " + sentence
    )
    deal = one_deal(text)
    assert any(
        p["kind"].endswith("milestones") and p["amount"] == "660000000.00" for p in deal["payments"]
    ), deal["payments"]
    assert deal["headline"] is None, deal["headline"]


def test_a_deal_worth_an_amount_contingent_on_milestones_keeps_its_headline() -> None:
    # Guard: "worth up to $X, contingent on ... milestones" sizes the deal.
    text = (
        "Halvern Pharma agreed to buy Corvane Bio in a transaction worth up to $1.1 billion, "
        "contingent on certain development and commercial milestones."
    )
    deal = one_deal(text)
    assert deal["headline"] and deal["headline"]["amount"] == "1100000000.00", deal


# A short form defined for a lower-case phrase (a disease, a class) names no company.


@pytest.mark.parametrize(
    ("phrase", "short"),
    [
        ("metabolic dysfunction-associated steatohepatitis", "MASH"),
        ("idiopathic pulmonary fibrosis", "IPF"),
        ("primary sclerosing cholangitis", "PSC"),
    ],
)
def test_a_short_form_for_a_lower_case_phrase_is_no_party(phrase: str, short: str) -> None:
    text = (
        "Halvern Pharma Announces Exclusive Global License Agreement with Corvane Bio for "
        f"CRV-12\n\n- Halvern plans to test CRV-12 in patients with {short}\n\n"
        "BOSTON, March 3, 2025 -- Halvern Pharma, Inc. (Nasdaq: HLVN), a company focused on "
        f"{phrase} ({short}), today announced an exclusive global license agreement with "
        f"Corvane Bio for CRV-12. Halvern has obtained the exclusive global rights to CRV-12.\n\n"
        f'"Oral therapies are increasingly used by patients with {short}, and we believe CRV-12 '
        'could be the treatment of choice," said the chief executive of Halvern.\n\n'
        "Halvern will pay Corvane $50 million upfront."
    )
    names = {p["name"] for d in deals_in(text) for p in d["parties"]}
    assert short not in names, names
    assert {"Halvern Pharma", "Corvane Bio"} <= names, names


def test_a_company_defining_its_short_form_keeps_it() -> None:
    # Guard: "Corvane Bio (CVB)", capitalised, is a company and its short form.
    text = (
        "Halvern Pharma today announced an exclusive license agreement with Corvane Bio (CVB) "
        "for CRV-12. CVB will receive $50 million upfront."
    )
    deal = one_deal(text)
    assert set(roles_of(deal)) == {"Halvern Pharma", "Corvane Bio"}, deal["parties"]


# A Chinese upfront and near-term milestone payments told as one sum are the near-term bundle.


@pytest.mark.parametrize(
    "terms",
    [
        "瑞泽医药将获得合计1500万美元的首付款和近期里程碑付款",
        "瑞泽医药将获得2000万美元的首付款及近期里程碑付款",
    ],
)
def test_a_chinese_upfront_and_near_term_milestone_sum_is_near_term(terms: str) -> None:
    text = (
        "瑞泽医药与诺凡制药达成授权协议，瑞泽医药授予诺凡制药RZ-401在全球的独家权利。"
        f"根据协议，{terms}，以及最高达3亿美元的开发和商业化里程碑付款。"
    )
    kinds = {p["kind"] for p in one_deal(text)["payments"]}
    assert "near_term" in kinds and "upfront_cash" not in kinds, kinds


def test_a_chinese_upfront_alone_stays_the_upfront() -> None:
    # Guard: "…的首付款" with no near-term payment is the upfront.
    text = (
        "瑞泽医药与诺凡制药达成授权协议，瑞泽医药授予诺凡制药RZ-401在全球的独家权利。"
        "根据协议，瑞泽医药将获得1500万美元的首付款，以及最高达3亿美元的里程碑付款。"
    )
    kinds = {p["kind"] for p in one_deal(text)["payments"]}
    assert "upfront_cash" in kinds, kinds
