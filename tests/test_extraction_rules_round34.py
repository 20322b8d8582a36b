"""Focused tests of the extractor's rules from issue 14's thirty-fourth round.

The rules came from the failures of tests/corpus_holdout31 once it became training data, each
written for a shape of sentence rather than for its phrase. Each test states one rule with
short texts of its own (invented names and phrasings) and fails without it, but the guards,
which hold with and without it. Nothing here is taken from tests/corpus_holdout32, the held-out
set of this round.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import (
    asset_names,
    deals_in,
    found_assets,
    one_deal,
    payments,
    roles,
)

# "for a total potential transaction value of $925 million": an upfront and contingent payments
# summed as a potential transaction value are the deal's headline, as "total transaction
# value" and "potential deal value" already were; a plain "transaction value" of a cash price
# stays the price, recorded as the headline alone (the guard).

_POTENTIAL_VALUE = (
    "Halvern to Acquire Kelvio\n\n"
    "May 4, 2024 -- Halvern Pharma today announced that it will acquire Kelvio Biosciences for "
    "$300 million in cash upfront. Kelvio shareholders are also eligible to receive up to $500 "
    "million in contingent payments based on development milestones, {clause} $800 million."
)


@pytest.mark.parametrize(
    "clause",
    [
        "for a total potential transaction value of",
        "for a potential transaction value of",
        "bringing the potential transaction value to",
    ],
)
def test_a_potential_transaction_value_is_the_headline(clause: str) -> None:
    deal = one_deal(_POTENTIAL_VALUE.format(clause=clause))
    assert deal["headline"]["amount"] == "800000000.00"
    assert ("acquisition_price", Decimal("800000000")) not in payments(deal)
    assert ("upfront_cash", Decimal("300000000")) in payments(deal)


def test_a_transaction_value_of_a_cash_price_stays_the_price() -> None:
    text = (
        "Halvern to Acquire Kelvio\n\n"
        "May 4, 2024 -- Halvern Pharma today announced that it will acquire Kelvio Biosciences "
        "for $40.00 per share in cash, representing a transaction value of approximately $1.2 "
        "billion."
    )
    deal = one_deal(text)
    assert deal["headline"]["amount"] == "1200000000.00"
    assert payments(deal) == set()


# "Pearl Therapeutics, meanwhile, was snapped up by AstraZeneca in June for $560 million
# upfront": the news verbs of buying in the passive ("snapped up by", "scooped up by", "grabbed
# by") make the subject the target and the agent its buyer, as "bought by" already did, so a
# wrap-up's second deal told that way opens its own deal with its own terms.

_WRAPUP = (
    "Two buyouts of the summer\n\n"
    "September 3, 2024 -- In August, Halvern Pharma agreed to buy Kelvio Biosciences for $40 per "
    "share in cash, or about $2.4 billion.\n\n"
    "Corvane Therapeutics, meanwhile, {verb} Marlow Pharma for $300 million upfront, with up to "
    "$200 million more in milestones."
)


@pytest.mark.parametrize("verb", ["was snapped up by", "was scooped up by", "was grabbed by"])
def test_a_company_snapped_up_by_a_buyer_is_its_target(verb: str) -> None:
    deals = deals_in(_WRAPUP.format(verb=verb))
    second = next(d for d in deals if "Corvane Therapeutics" in roles(d))
    assert roles(second) == {"Corvane Therapeutics": "target", "Marlow Pharma": "acquirer"}
    assert ("upfront_cash", Decimal("300000000")) in payments(second)
    first = next(d for d in deals if "Kelvio Biosciences" in roles(d))
    assert ("upfront_cash", Decimal("300000000")) not in payments(first)


def test_a_buyer_that_snapped_up_a_company_stays_its_acquirer() -> None:
    text = _WRAPUP.replace(
        "Corvane Therapeutics, meanwhile, {verb} Marlow Pharma",
        "Marlow Pharma, meanwhile, snapped up Corvane Therapeutics",
    )
    second = next(d for d in deals_in(text) if "Corvane Therapeutics" in roles(d))
    assert roles(second) == {"Corvane Therapeutics": "target", "Marlow Pharma": "acquirer"}


# "was snapped up by AstraZeneca in June for $560 million upfront": a month with no year after a
# verb of buying (acquired, bought, snapped up, scooped up, grabbed) is said of a deal already
# made, the latest such month by publication, as one after "agreed" or "signed" already was; a
# month with its year stays that year's (the guard).


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane Therapeutics was snapped up by Marlow Pharma in June for $300 million upfront.",
        "Corvane Therapeutics was acquired by Marlow Pharma in June for $300 million upfront.",
        "Marlow Pharma bought Corvane Therapeutics in June for $300 million upfront.",
    ],
)
def test_a_month_after_a_verb_of_buying_is_the_deals_month(sentence: str) -> None:
    deal = one_deal(f"Summer buyouts\n\nSeptember 3, 2024 -- Buyers were busy.\n\n{sentence}")
    assert (deal["announced_on"], deal["announced_on_precision"]) == ("2024-06-01", "month")


def test_a_month_with_its_year_after_a_verb_of_buying_stays_that_year() -> None:
    text = (
        "Summer buyouts\n\nSeptember 3, 2024 -- Buyers were busy.\n\nMarlow Pharma bought "
        "Corvane Therapeutics in June 2023 for $300 million upfront."
    )
    deal = one_deal(text)
    assert (deal["announced_on"], deal["announced_on_precision"]) == ("2023-06-01", "month")


# "Dicerna is also eligible to receive up to $350 million per target in development and
# commercialization milestones": milestones stated per target, product or program are recorded
# with the per-item amount, as the settled labels record per-product milestones (the amount is
# not multiplied out); a per-item amount that names no milestones stays none (the guard).

_PER_ITEM = (
    "Kelvio Announces Collaboration with Halvern\n\n"
    "BOSTON, May 4, 2024 -- Kelvio Biosciences today announced a global licensing and research "
    "collaboration with Halvern Pharma to develop therapeutics using Kelvio's ZetaX platform. "
    "Under the terms of the agreement, Halvern will pay Kelvio $50 million upfront. Kelvio is "
    "also eligible to receive up to $200 million {per} {what}, as well as royalties."
)


@pytest.mark.parametrize("per", ["per target", "per product", "for each program"])
def test_milestones_stated_per_target_carry_the_per_item_amount(per: str) -> None:
    text = _PER_ITEM.format(per=per, what="in development and commercialization milestones")
    deal = one_deal(text)
    assert ("milestones", Decimal("200000000")) in payments(deal)
    assert deal["headline"] is None


def test_a_per_item_amount_naming_no_milestones_stays_none() -> None:
    deal = one_deal(_PER_ITEM.format(per="per target", what="in research funding"))
    assert payments(deal) == {("upfront_cash", Decimal("50000000"))}


# "LianBio, a new China-focused biotech launched by Perceptive Advisors, has licensed rights to
# mavacamten from MyoKardia": the firm that launched, founded or incubated a company, named in
# an aside, is part of its history and no party, as a company's backer already was; the company
# itself stays the licensee (the guard: a licensor named "by" the verb of the deal stays one).


@pytest.mark.parametrize("verb", ["launched by", "founded by", "co-founded by", "incubated by"])
def test_the_firm_that_launched_a_company_is_no_party(verb: str) -> None:
    text = (
        "Corvane licenses Asian rights to Kelvio's heart drug\n\n"
        f"May 4, 2024 -- Corvane Bio, a new China-focused biotech {verb} Marlow Advisors, "
        "has licensed rights to KV-301 from Kelvio Biosciences for mainland China. "
        "Kelvio will receive $40 million upfront."
    )
    deal = one_deal(text)
    assert roles(deal) == {"Corvane Bio": "licensee", "Kelvio Biosciences": "licensor"}


def test_rights_granted_by_a_company_keep_it_the_licensor() -> None:
    text = (
        "Corvane licenses Asian rights\n\n"
        "May 4, 2024 -- Corvane Bio has been granted rights to KV-301 by Kelvio Biosciences "
        "for mainland China. Kelvio will receive $40 million upfront."
    )
    deal = one_deal(text)
    assert roles(deal) == {"Corvane Bio": "licensee", "Kelvio Biosciences": "licensor"}


# "Amylin is a biopharmaceutical company focused on diabetes. It markets BYETTA (exenatide)
# ...", "Pearl ... was snapped up by AstraZeneca ... The privately held Redwood City,
# California, company is developing PT003": "It" or "the ... company" opening the sentence after
# one whose subject is the bought company is that company, and what it markets or develops is
# bought with it, as what the company named by name markets already was. What "It" markets
# after a sentence on the buyer stays none (the guard).

_PRONOUN = (
    "Halvern to Acquire Kelvio for $31.00 per Share in Cash\n\n"
    "NEW YORK, June 29, 2024 -- Halvern Pharma and Kelvio Biosciences today announced that they "
    "have entered into a definitive agreement under which Halvern will acquire Kelvio for $31.00 "
    "per share in cash, or approximately $5.3 billion.\n\n"
    "{subject} is a biopharmaceutical company focused on diabetes. {pronoun} KV-210, a "
    "once-weekly injection, and KV-330, an oral tablet."
)


@pytest.mark.parametrize(
    "pronoun",
    [
        "It markets",
        "It sells",
        "The privately held San Diego, California, company is developing",
    ],
)
def test_what_it_markets_after_a_sentence_on_the_bought_company_is_bought(pronoun: str) -> None:
    deal = one_deal(_PRONOUN.format(subject="Kelvio", pronoun=pronoun))
    assert asset_names(deal) == {"KV-210", "KV-330"}


def test_what_it_markets_after_a_sentence_on_the_buyer_stays_none() -> None:
    deal = one_deal(_PRONOUN.format(subject="Halvern", pronoun="It markets"))
    assert asset_names(deal) == set()


# "The acquisition also brings Celgene the Avilomics platform, Avila's proprietary technology
# for designing covalent drugs": "platform" glossed as a technology for drugs
# is a common noun, no drug's name, as "program" or "product" before such a gloss already were;
# a lower-case INN glossed the same way stays a drug (the guard).


@pytest.mark.parametrize(
    "gloss", ["a technology for designing covalent drugs", "a means of making antibody drugs"]
)
def test_a_platform_glossed_as_a_technology_for_drugs_is_no_drug(gloss: str) -> None:
    assert "platform" not in found_assets(f"It uses the Zentrix platform, {gloss}.")


def test_an_inn_glossed_as_a_drug_stays_one() -> None:
    assert "korvaclib" in found_assets("It sells korvaclib, a kinase inhibitor for cancer.")


# "The prize is Kyprolis (carfilzomib), a proteasome inhibitor approved in 2012 for relapsed and
# refractory multiple myeloma, which Onyx sells in the United States": a past year inside an
# apposition describes the drug it glosses; it does not make the sentence tell of an earlier
# arrangement, so the drug stays the deal's. A past year in the sentence's own clause still
# does (the guard).

_PRIZE = (
    "Summer buyouts\n\n"
    "September 3, 2024 -- In August, Halvern Pharma agreed to buy Kelvio Biosciences for $40 "
    "per share in cash, or about $2.4 billion. {sentence}"
)


def test_a_past_year_in_an_apposition_leaves_the_prize_the_deals() -> None:
    sentence = (
        "The prize is Zentrya (korvaclib), a kinase inhibitor approved in 2021 for myeloma, "
        "which Kelvio sells in the United States."
    )
    deal = one_deal(_PRIZE.format(sentence=sentence))
    assert asset_names(deal) == {"korvaclib"}


def test_a_past_year_in_the_main_clause_stays_background() -> None:
    sentence = "In 2021 Kelvio licensed korvaclib, a kinase inhibitor, to Marlow Pharma."
    deal = next(
        d for d in deals_in(_PRIZE.format(sentence=sentence)) if "Halvern Pharma" in roles(d)
    )
    assert "korvaclib" not in asset_names(deal)
