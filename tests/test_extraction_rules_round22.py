"""Focused tests of the extractor's rules from issue 14's twenty-second round.

The rules came from the failures of tests/corpus_holdout19 once it became training data, each
written for the mechanism behind a failure rather than its phrase. Each test states one rule
with a short text of its own (invented names, phrasings that are not those of the corpus) and
fails without it, but the guards, which hold with and without it. Nothing here is taken from
tests/corpus_holdout20, the held-out set of this round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.extraction_rules_helpers import asset_names, deals_in, one_deal
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as roles_of

# Amounts.


def test_a_per_share_price_reworded_as_a_total_without_or_is_the_headline() -> None:
    # "..., about $410 million": the "or" of "or about" left out, the approximation word alone
    # says the total rewords the price per share.
    deal = one_deal(
        "Halvern Pharma will acquire Corvane Bio for $9.40 per share in cash, roughly $410 "
        "million, and one contingent value right of $1.50 per share payable on approval."
    )
    assert deal["headline"] is not None
    assert Decimal(deal["headline"]["amount"]) == Decimal("410000000")
    assert ("cvr", None) in _payments(deal)


def test_a_per_share_price_alone_gives_no_total() -> None:
    # Guard: with no total written after it, the price per share states no deal-level amount.
    deal = one_deal("Halvern Pharma will acquire Corvane Bio for $9.40 per share in cash.")
    assert deal["headline"] is None
    assert not any(p["amount"] for p in deal["payments"])


# Assets.


def test_an_inn_set_off_by_an_owners_possessive_and_a_class_word_is_a_drug() -> None:
    # "tarvizoraxin, Corvane's oral TLR8 antagonist": the owner's possessive stands where an
    # article would.
    assert "tarvizoraxin" in _found(
        "The rights cover tarvizoraxin, Corvane's oral TLR8 antagonist for lupus."
    )


def test_a_possessive_apposition_without_a_drug_word_names_no_drug() -> None:
    # Guard: "headquarters, Corvane's largest site" says nothing of a drug.
    assert _found("Its headquarters, Corvane's largest research site, is in Basel.") == []


def test_the_one_word_rights_are_granted_to_is_the_drug() -> None:
    deal = one_deal(
        "Orvane Bio was granted exclusive rights to felmaquidone by Keltis Pharma, which "
        "receives $40 million upfront."
    )
    assert "felmaquidone" in asset_names(deal)
    assert roles_of(deal) == {"Orvane Bio": "licensee", "Keltis Pharma": "licensor"}


def test_a_verb_after_rights_to_is_no_drug() -> None:
    # Guard: "rights to market in Japan", "rights to research, develop ..." name what may be
    # done, not a drug.
    assert _found("Orvane Bio gains rights to market in Japan and Korea.") == []
    assert _found("Orvane Bio gains rights to research, develop and sell KT-55.") == ["KT-55"]


def test_a_drug_listed_after_one_the_bought_company_owns_is_bought_too() -> None:
    text = (
        "Halvern Pharma will acquire Corvane Bio for $600 million in cash.\n\n"
        "Corvane's clinical antibodies, CVB-310 and CVB-204, target the SIRP-alpha pathway."
    )
    deal = one_deal(text)
    assert {"CVB-310", "CVB-204"} <= asset_names(deal), deal["assets"]


def test_a_series_code_with_a_compound_number_is_one_code() -> None:
    assert _found("The licence covers NX12-2047 in retinal disease.") == ["NX12-2047"]


def test_a_short_series_code_beside_its_full_code_is_the_same_drug() -> None:
    text = (
        "Keltis licenses NX12 to Orvane\n\n"
        "Keltis Pharma has signed a licence agreement with Orvane Bio for NX12-2047 in retinal "
        "disease, receiving $8 million upfront."
    )
    deal = one_deal(text)
    assert asset_names(deal) == {"NX12-2047"}, deal["assets"]


# Korean texts.


def test_a_glossed_korean_counterparty_may_hold_three_words() -> None:
    deal = one_deal(
        "한빛제약은 2022년 4월 독일 제약사 노르반 아이 케어(Norvan Eye Care)와 ZX-101에 대한 "
        "라이선스 계약을 체결했다."
    )
    assert roles_of(deal) == {"한빛제약": "licensor", "노르반 아이 케어": "licensee"}, deal[
        "parties"
    ]


# Wrap-ups.


def test_a_deal_told_days_later_shares_the_previous_deals_month() -> None:
    text = (
        "Halvern Pharma agreed in May to acquire Corvane Bio for $300 million in cash.\n\n"
        "Two days later, Keltis Pharma agreed to buy Orvane Therapeutics for $450 million in cash."
    )
    deals = deals_in(text, date(2023, 6, 30))
    assert len(deals) == 2
    assert {(d["announced_on"], d["announced_on_precision"]) for d in deals} == {
        ("2023-05-01", "month")
    }


def test_a_deal_with_a_date_of_its_own_keeps_it() -> None:
    # Guard: a later deal that gives its own month keeps it.
    text = (
        "Halvern Pharma agreed in May to acquire Corvane Bio for $300 million in cash.\n\n"
        "Keltis Pharma agreed in June to buy Orvane Therapeutics for $450 million in cash."
    )
    deals = deals_in(text, date(2023, 6, 30))
    assert [d["announced_on"] for d in deals] == ["2023-05-01", "2023-06-01"]


# Deal types.


def test_a_licence_for_a_technology_named_at_a_titles_end_is_a_platform_licence() -> None:
    # "... for NOVALINK Technology" closes the title: no space follows the word.
    text = (
        "Keltis Pharma Signs License Agreement with Orvane Bio for NOVALINK Technology\n\n"
        "Keltis Pharma today announced a license agreement with Orvane Bio. Orvane Bio will pay "
        "$20 million upfront."
    )
    assert one_deal(text)["deal_type"] == "platform_license"


def test_a_technology_transfer_at_a_titles_end_is_no_platform_licence() -> None:
    # Guard: "technology transfer" is the Korean-English word for an out-licence, no platform.
    text = (
        "Keltis Pharma Signs License Agreement with Orvane Bio on KT-55 technology transfer\n\n"
        "Keltis Pharma today announced a license agreement with Orvane Bio for KT-55."
    )
    assert one_deal(text)["deal_type"] == "license"


# Wrap-up titles.


def test_a_title_naming_three_companies_with_no_link_opens_the_first_pair_only() -> None:
    # "Halvern is buying again: Corvane joins Orvane in ...": no deal word links two of the
    # three; the third company's deal is told later, in a sentence of its own.
    text = (
        "Halvern Pharma is buying again: Corvane Bio joins Orvane Therapeutics in its fold\n\n"
        "Halvern Pharma has agreed to acquire Corvane Bio for $700 million in cash.\n\n"
        "The purchase comes five months after Halvern Pharma agreed in January 2023 to acquire "
        "Orvane Therapeutics for $350 million in cash."
    )
    deals = deals_in(text, date(2023, 6, 15))
    targets = [{p["name"] for p in d["parties"] if p["role"] == "target"} for d in deals]
    assert targets == [{"Corvane Bio"}, {"Orvane Therapeutics"}], deals


def test_a_title_linking_three_companies_by_a_deal_word_keeps_them() -> None:
    # Guard: "A and B license C's drug" links its companies by the deal word.
    deal = one_deal(
        "Halvern Pharma to acquire Corvane Bio from Orvane Therapeutics\n\n"
        "Halvern Pharma will pay $90 million in cash."
    )
    assert {"Halvern Pharma", "Corvane Bio"} <= set(roles_of(deal)), deal["parties"]


# Milestones with no amount.


def test_a_ceiling_contingent_on_milestones_names_an_undisclosed_milestone_term() -> None:
    deal = one_deal(
        "Halvern Pharma will buy Corvane Bio in a deal valued at up to €820.5 million, "
        "conditional upon the achievement of specified regulatory and sales milestones."
    )
    assert Decimal(deal["headline"]["amount"]) == Decimal("820500000")
    assert ("milestones", None) in _payments(deal), deal["payments"]


def test_a_ceiling_with_its_milestones_amount_keeps_the_amount() -> None:
    # Guard: where the milestones' own amount follows, it is no undisclosed term.
    deal = one_deal(
        "Halvern Pharma will buy Corvane Bio for up to $500 million, contingent on milestones "
        "of $200 million, with $300 million paid upfront."
    )
    assert ("milestones", None) not in _payments(deal), deal["payments"]
