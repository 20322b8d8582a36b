"""Focused tests of the extractor's rules from issue 14's thirty-first round.

The rules came from the failures of tests/corpus_holdout28 once it became training data, each
written for the mechanism behind a failure rather than its phrase. Each test states one rule
with short texts of its own (invented names and phrasings) and fails without it, but the
guards, which hold with and without it. Nothing here is taken from tests/corpus_holdout29, the
held-out set of this round.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import (
    asset_names,
    company_names,
    deals_in,
    one_deal,
    payments,
    roles,
)

# "will receive an upfront payment of $11 million and is eligible to receive development and
# commercial milestone payments": a second verb joined by "and" opens a clause of its own, so
# the upfront's amount before it does not make the milestones a number; they are a term whose
# amount was not disclosed. Milestones with an amount in their own clause keep it (the guard).


def _licence(terms: str) -> dict:
    return one_deal(
        "Kelvio Biosciences Announces License with Halvern Pharma\n\n"
        "May 4, 2024 -- Kelvio Biosciences today announced a license agreement under which "
        "Halvern Pharma will gain access to Kelvio's ShuttleX technology. "
        f"Kelvio will receive an upfront payment of $11 million and {terms}, as well as "
        "royalties on net sales."
    )


@pytest.mark.parametrize(
    ("terms", "kind"),
    [
        ("is eligible to receive development and commercial milestone payments", "milestones"),
        ("may receive regulatory milestone payments", "regulatory_milestones"),
        ("will be eligible for further development milestone payments", "development_milestones"),
    ],
)
def test_milestones_after_an_upfront_joined_by_and_are_undisclosed(terms: str, kind: str) -> None:
    terms_found = payments(_licence(terms))
    assert (kind, None) in terms_found, terms_found
    assert ("upfront_cash", Decimal("11000000")) in terms_found, terms_found


def test_milestones_with_their_own_amount_after_and_keep_it() -> None:
    terms_found = payments(
        _licence("is eligible to receive up to $200 million in development milestone payments")
    )
    assert ("development_milestones", Decimal("200000000")) in terms_found, terms_found
    assert not any(amount is None for _, amount in terms_found), terms_found


# "The offer values each Kelvio share at 49.01 pounds sterling and the entire share capital of
# Kelvio at approximately 46 billion pounds sterling": the value of one share is no deal-level
# amount; the entire share capital's value after it is the headline, as it is alone.

_OFFER = (
    "Halvern Pharma to Acquire Kelvio Biosciences\n\n"
    "May 4, 2024 -- Halvern Pharma and Kelvio Biosciences announced today that Halvern will "
    "acquire Kelvio. Under the terms of the offer, each Kelvio shareholder will be entitled to "
    "receive $30.33 in cash and 0.839 new Halvern shares for each Kelvio share. {values}"
)


@pytest.mark.parametrize(
    "values",
    [
        "The offer values each Kelvio share at 49.01 pounds sterling and the entire share "
        "capital of Kelvio at approximately 46 billion pounds sterling.",
        "The offer values each Kelvio ordinary share at £49.01 and the entire issued and to be "
        "issued share capital of Kelvio at approximately £46 billion.",
    ],
)
def test_the_value_of_each_share_is_no_headline_the_share_capital_is(values: str) -> None:
    deal = one_deal(_OFFER.format(values=values))
    assert deal["headline"] and deal["headline"]["currency"] == "GBP", deal["headline"]
    assert Decimal(deal["headline"]["amount"]) == Decimal("46000000000"), deal["headline"]


def test_the_share_capital_valued_alone_stays_the_headline() -> None:
    deal = one_deal(
        _OFFER.format(
            values="The offer values the entire share capital of Kelvio at approximately £46 "
            "billion."
        )
    )
    assert deal["headline"] and Decimal(deal["headline"]["amount"]) == Decimal("46000000000")


# "one non-transferable contingent value right per share, worth $4.00 upon the approval of
# KV-12, representing approximately $646 million in additional value": the CVRs' value for the
# company, named after the per-CVR amount, is the CVR term; the per-CVR amount is none, with or
# without a comma before "worth", so a CVR priced only per share is a term whose amount was not
# disclosed. A CVR "per share, worth up to €300 million in aggregate" keeps its amount (the
# guard).

_CVR_DEAL = (
    "Halvern Pharma to Acquire Kelvio Biosciences\n\n"
    "May 4, 2024 -- Halvern Pharma and Kelvio Biosciences announced today that they have entered "
    "into a definitive agreement under which Halvern will acquire all the outstanding shares of "
    "Kelvio for $37.30 per share in cash, or approximately $5.9 billion. Kelvio shareholders will "
    "also receive one non-transferable contingent value right per share, worth $4.00 upon the "
    "approval of KV-12{rest}"
)


@pytest.mark.parametrize(
    "rest",
    [
        ", representing approximately $646 million in additional value.",
        ", representing about $646 million of potential additional value.",
    ],
)
def test_the_value_a_cvr_represents_for_the_company_is_its_amount(rest: str) -> None:
    terms = payments(one_deal(_CVR_DEAL.format(rest=rest)))
    assert ("cvr", Decimal("646000000")) in terms, terms
    assert not any(amount == Decimal("4.00") for _, amount in terms), terms


def test_a_cvr_priced_per_share_after_a_comma_is_undisclosed() -> None:
    terms = payments(one_deal(_CVR_DEAL.format(rest=".")))
    assert ("cvr", None) in terms, terms
    assert ("acquisition_price", Decimal("5900000000")) in terms, terms


def test_a_cvr_worth_an_aggregate_amount_keeps_it() -> None:
    terms = payments(
        one_deal(
            _CVR_DEAL.replace(
                "worth $4.00 upon", "worth up to $646 million in aggregate upon"
            ).format(rest=".")
        )
    )
    assert ("cvr", Decimal("646000000")) in terms, terms


# "Halvern Pharma will acquire Quebec City-based Kelvio for C$1.24 per share": a capitalised
# place and "-based" before a name say where a company sits, so a one-word name with no
# business word after it is the target. A lower-case "-based" ("plant-based vaccines") names
# no company (the guard).


@pytest.mark.parametrize("place", ["Tulsa", "Quebec City", "St. Louis"])
def test_a_name_after_a_place_based_is_a_company(place: str) -> None:
    deal = one_deal(
        "Halvern Pharma to take control of vaccine maker Kelvio\n\n"
        f"July 12, 2019 -- Halvern Pharma will acquire {place}-based Kelvio for $1.24 per share "
        "in cash, a deal that values the vaccine developer at approximately $357 million."
    )
    assert roles(deal) == {"Halvern Pharma": "acquirer", "Kelvio": "target"}, deal["parties"]
    assert deal["headline"] and Decimal(deal["headline"]["amount"]) == Decimal("357000000")


def test_a_lower_case_based_names_no_company() -> None:
    assert company_names(
        "Halvern Pharma will buy plant-based Vaccines for $1.24 per share in cash."
    ) == {"Halvern Pharma"}


# "In October, Ostrava Pharma agreed to buy the shares of Brightwell Oncology it did not already
# own for $27.00 per share": the company whose (remaining, outstanding) shares are bought is the
# target of a deal of its own, as with "all outstanding shares of"; a wrap-up's second deal is
# no longer folded into the first. A plain "agreed to acquire X" keeps its reading (the guard).

_WRAP_UP = (
    "Two deals\n\nDecember 20, 2022 -- Two takeovers framed the year.\n\n"
    "In April, Halvern Pharma agreed to acquire Kelvio Biosciences for $5.60 per share in cash, "
    "a deal valued at approximately $960 million.\n\n"
    "In October, Ostrava Pharma {verb} for $27.00 per share in cash, representing a total "
    "equity value of approximately $2.9 billion."
)


@pytest.mark.parametrize(
    "verb",
    [
        "agreed to buy the shares of Brightwell Oncology it did not already own",
        "agreed to acquire the remaining shares of Brightwell Oncology",
        "will acquire the outstanding shares in Brightwell Oncology",
    ],
)
def test_buying_the_shares_of_a_company_makes_it_the_target(verb: str) -> None:
    deals = deals_in(_WRAP_UP.format(verb=verb))
    assert [roles(d) for d in deals] == [
        {"Halvern Pharma": "acquirer", "Kelvio Biosciences": "target"},
        {"Ostrava Pharma": "acquirer", "Brightwell Oncology": "target"},
    ], deals
    assert Decimal(deals[1]["headline"]["amount"]) == Decimal("2900000000")
    assert payments(deals[0]) == set(), deals[0]["payments"]


def test_acquiring_a_company_by_name_stays_a_deal_of_its_own() -> None:
    deals = deals_in(_WRAP_UP.format(verb="agreed to acquire Brightwell Oncology"))
    assert [roles(d)["Brightwell Oncology"] for d in deals[1:]] == ["target"], deals


# Chinese: "甲乙制药宣布，旗下全资子公司Halvern Pharma已与Kelvio Therapeutics达成最终合并协议" - the
# announcer's own subsidiary, named in Latin letters after 旗下…子公司, signs for the announcer,
# which is the party; the company after 与 is the other. Without the subsidiary the sentence
# keeps its reading (the guard).

_CHINESE_TENDER = (
    "甲乙制药拟以每股7.12美元现金收购英国Kelvio 交易总额约1.61亿美元\n\n"
    "2022年6月23日，甲乙制药宣布，{subsidiary}已与Kelvio Therapeutics达成最终合并协议，"
    "将以每股7.12美元的现金价格收购Kelvio全部已发行股份，交易总额约1.61亿美元。"
)


@pytest.mark.parametrize(
    "subsidiary", ["旗下全资子公司Halvern Pharma", "旗下子公司hexaX Bio", "旗下的控股子公司Halvern"]
)
def test_a_latin_named_subsidiary_under_the_announcer_signs_for_it(subsidiary: str) -> None:
    deal = one_deal(_CHINESE_TENDER.format(subsidiary=subsidiary))
    assert roles(deal) == {"甲乙制药": "acquirer", "Kelvio Therapeutics": "target"}, deal["parties"]
    assert Decimal(deal["headline"]["amount"]) == Decimal("161000000")


def test_the_announcer_signing_itself_keeps_its_reading() -> None:
    deal = one_deal(_CHINESE_TENDER.format(subsidiary="").replace("宣布，已", "宣布已"))
    assert roles(deal) == {"甲乙制药": "acquirer", "Kelvio Therapeutics": "target"}, deal["parties"]


# "Kelvio markets ZENTRIX for advanced prostate cancer and MYLORA for uterine fibroids": with
# no noun saying they are medicines, the lower-case condition each brand is sold for does; every
# brand of the list is the bought company's drug (brands.py). "markets Products for hospitals"
# names no drug, and a brand the buyer "already sells" stays no asset of the deal (the guards).

_BOUGHT = (
    "Halvern Pharma to Acquire Kelvio Biosciences\n\n"
    "May 4, 2024 -- Halvern Pharma agreed to acquire Kelvio Biosciences for $27.00 per share in "
    "cash, representing a total equity value of approximately $2.9 billion. {drugs}"
)


@pytest.mark.parametrize(
    ("drugs", "names"),
    [
        (
            "Kelvio markets ZENTRIX for advanced prostate cancer and MYLORA for uterine fibroids.",
            {"ZENTRIX", "MYLORA"},
        ),
        (
            "Kelvio sells Zentrix for the treatment of migraine, Mylora for acne and Prenvo for "
            "gout.",
            {"Zentrix", "Mylora", "Prenvo"},
        ),
    ],
)
def test_brands_a_company_markets_for_a_condition_are_its_drugs(
    drugs: str, names: set[str]
) -> None:
    assert asset_names(one_deal(_BOUGHT.format(drugs=drugs))) == names


@pytest.mark.parametrize(
    "drugs",
    [
        "Kelvio markets Products for hospitals.",
        "Halvern already sells ZENTRIX for migraine, and the deal adds Kelvio's pipeline.",
    ],
)
def test_no_drug_or_the_buyers_own_brand_is_no_asset(drugs: str) -> None:
    assert asset_names(one_deal(_BOUGHT.format(drugs=drugs))) == set()


# What the bought company owns: "Kelvio's KV-12 is an antibody, and the company also markets
# ZENTRIX for ...": "the company" opening the next clause after the target's possessive is the
# target; "Kelvio是一家…公司，其核心产品包括KV118和KV222": 其 (its) in a sentence whose subject is
# the target is the target's, as "its" is in English (ownership.py). A drug after 其 in a
# sentence about the buyer stays no asset of the deal (the guard).


def test_the_company_after_the_targets_possessive_is_the_target() -> None:
    deal = one_deal(
        "Halvern Pharma to Acquire Kelvio Biosciences\n\n"
        "May 4, 2024 -- Halvern Pharma agreed to acquire Kelvio Biosciences for $27.00 per share "
        "in cash, or approximately $2.9 billion. Kelvio's KV-12 is an antibody, and the company "
        "also markets ZENTRIX for acute attacks of hereditary angioedema."
    )
    assert asset_names(deal) == {"KV-12", "ZENTRIX"}


_CHINESE_BUY = (
    "甲乙制药拟以每股7.12美元现金收购英国Kelvio 交易总额约1.61亿美元\n\n"
    "2022年6月23日，甲乙制药宣布已与Kelvio Therapeutics达成最终合并协议，将以每股7.12美元的"
    "现金价格收购Kelvio全部已发行股份，交易总额约1.61亿美元。\n\n{about}"
)


@pytest.mark.parametrize(
    "about",
    [
        "Kelvio是一家总部位于英国剑桥的临床阶段生物制药公司，其核心产品包括KV118和KV222。",
        "Kelvio Therapeutics专注于肿瘤免疫治疗，其主要在研产品为KV118和KV222。",
    ],
)
def test_chinese_its_after_the_target_as_subject_is_the_targets(about: str) -> None:
    assert asset_names(one_deal(_CHINESE_BUY.format(about=about))) == {"KV118", "KV222"}


def test_chinese_its_after_the_buyer_as_subject_is_no_asset() -> None:
    about = "甲乙制药是一家综合性制药集团，其核心产品包括JY101和JY202。"
    assert asset_names(one_deal(_CHINESE_BUY.format(about=about))) == set()
