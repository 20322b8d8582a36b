"""Focused tests of the extractor's rules from issue 14's twenty-fourth round.

The rules came from the failures of tests/corpus_holdout21 once it became training data, each
written for the mechanism behind a failure rather than its phrase. Each test states one rule
with short texts of its own (invented names, phrasings that are not those of the corpus, two or
three variants per rule) and fails without it, but the guards, which hold with and without it.
Nothing here is taken from tests/corpus_holdout22, the held-out set of this round.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import deals_in, one_deal
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as roles_of

# Milestones told as money owed when goals or events are reached.


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Corvane Bio could receive up to $840 million more if clinical, regulatory and sales "
            "goals are met.",
            "milestones",
        ),
        (
            "Corvane Bio may earn as much as $840 million on top of that, tied to regulatory "
            "events.",
            "regulatory_milestones",
        ),
        (
            "Corvane Bio is also in line for up to $840 million in additional payments linked "
            "to development and commercial targets.",
            "milestones",
        ),
    ],
)
def test_money_owed_when_goals_or_events_are_reached_is_the_milestones(
    sentence: str, kind: str
) -> None:
    deal = one_deal(
        "Halvern Pharma has licensed worldwide rights to HVX-210 from Corvane Bio. Halvern is "
        "paying $35 million upfront. " + sentence
    )
    assert (kind, Decimal("840000000")) in _payments(deal), deal["payments"]
    assert deal["headline"] is None, deal["headline"]


def test_a_total_tied_to_no_goals_stays_the_headline() -> None:
    # Guard: a stated total is no milestone however the sentence goes on.
    deal = one_deal(
        "Halvern Pharma has licensed worldwide rights to HVX-210 from Corvane Bio in a deal "
        "worth up to $840 million, including $35 million upfront."
    )
    assert deal["headline"] is not None
    assert Decimal(deal["headline"]["amount"]) == Decimal("840000000"), deal["headline"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane Bio stands to collect up to $840 million in biobucks across the programmes.",
        "Halvern could pay as much as $840 million in biobucks for the three targets.",
    ],
)
def test_biobucks_are_the_milestones(sentence: str) -> None:
    # "biobucks": the money a biotech may earn as its partner's programmes advance - contingent
    # payments, not the deal's total.
    deal = one_deal(
        "Halvern Pharma has licensed worldwide rights to HVX-210 from Corvane Bio. Halvern is "
        "paying $35 million upfront. " + sentence
    )
    assert ("milestones", Decimal("840000000")) in _payments(deal), deal["payments"]
    assert deal["headline"] is None, deal["headline"]


def test_a_deal_worth_an_amount_in_biobucks_stays_the_headline() -> None:
    # Guard: what the deal is worth is its total, in whatever word the text counts it.
    deal = one_deal(
        "Halvern Pharma has licensed worldwide rights to HVX-210 from Corvane Bio in a deal "
        "worth up to $840 million in biobucks."
    )
    assert deal["headline"] is not None
    assert Decimal(deal["headline"]["amount"]) == Decimal("840000000"), deal["headline"]


# Deals told without the usual deal words.


@pytest.mark.parametrize(
    "text",
    [
        "March 2023 -- Halvern Pharma has signed on to use Corvane Bio's antibody discovery "
        "engine.",
        "Halvern Pharma signs on with Corvane Bio to screen its degrader library.",
        "Halvern Pharma signed on as Corvane Bio's first partner for its peptide platform.",
    ],
)
def test_signing_on_to_a_partners_platform_is_a_deal(text: str) -> None:
    deal = one_deal(text)
    assert set(roles_of(deal)) == {"Halvern Pharma", "Corvane Bio"}, deal["parties"]


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Bio receives $20 million up front, and Halvern Pharma will fund research.",
        "Corvane Bio gets $20 million up front from Halvern Pharma for the discovery work.",
    ],
)
def test_an_upfront_written_in_two_words_is_a_deal_word(text: str) -> None:
    deal = one_deal(text)
    assert set(roles_of(deal)) == {"Halvern Pharma", "Corvane Bio"}, deal["parties"]


def test_signing_on_as_a_customer_of_no_company_is_no_deal() -> None:
    # Guard: a company signing on to a practice names no second party, so no deal.
    assert deals_in("Halvern Pharma signed on to the industry's data-sharing pledge.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane's CRV-701 is a GBA1 enzyme replacement therapy for children with GBA1 deficiency.",
        "Halvern licensed HVX-12, an oral treatment for patients who are CFTR1 deficient.",
    ],
)
def test_a_symbol_a_drug_replaces_or_a_disease_lacks_is_the_target(sentence: str) -> None:
    found = _found(sentence)
    assert not any(re.fullmatch(r"[A-Z]{3,4}1", name) for name in found), found


@pytest.mark.parametrize(
    "second",
    [
        "The purchase gives Halvern CRV-701, an enzyme replacement therapy.",
        "That buyout brought Halvern CRV-701.",
        "With the purchase, Halvern gains CRV-701, an oral drug.",
    ],
)
def test_what_the_purchase_brings_is_bought(second: str) -> None:
    deal = one_deal("Halvern Pharma agreed to acquire Corvane Bio for $270 million. " + second)
    assert [a["name"] for a in deal["assets"]] == ["CRV-701"], deal["assets"]


def test_a_drug_the_bought_company_studies_with_a_partner_is_not_bought() -> None:
    # Guard: a drug in a sentence that tells no purchase is no term of the deal.
    deal = one_deal(
        "Halvern Pharma agreed to acquire Corvane Bio for $270 million. Corvane also studies "
        "CRV-702 with a partner."
    )
    assert deal["assets"] == [], deal["assets"]


# Dates: a wrap-up's later deal in the month of publication.

_WRAP_UP = (
    "Halvern Pharma agreed in May to acquire Corvane Bio for $900 million. {later} Ostrava "
    "Therapeutics agreed to acquire Belmond Bio for $300 million."
)


@pytest.mark.parametrize("later", ["Two weeks on,", "Three weeks later,", "Afterwards,"])
def test_a_deal_told_later_in_the_month_of_publication_shares_that_month(later: str) -> None:
    deals = deals_in(_WRAP_UP.format(later=later), date(2025, 5, 31))
    assert [(d["announced_on"], d["announced_on_precision"]) for d in deals] == [
        ("2025-05-01", "month"),
        ("2025-05-01", "month"),
    ], deals


def test_a_deal_told_weeks_later_in_an_earlier_month_keeps_its_own_date() -> None:
    # Guard: published a month after the first deal, "weeks later" may be the next month.
    deals = deals_in(_WRAP_UP.format(later="Two weeks on,"), date(2025, 6, 30))
    assert deals[1]["announced_on"] != "2025-05-01", deals


# Parties: listings and names led by digits.


@pytest.mark.parametrize(
    "text",
    [
        "BASEL, 3 March 2025 - Halvern (SIX: HV, HVN; OTCQX: HLVRY) and Corvane, Inc. (Nasdaq: "
        "CRVN) announced today that Halvern will acquire Corvane for $14.50 per share in cash.",
        "Halvern Pharma (NYSE: HLV, HLVB; TSX: HLV) and Corvane, Inc. (Nasdaq: CRVN) said "
        "Halvern will acquire Corvane for $900 million.",
        "Halvern AG (SIX: HALV, HALN; OTCQX: HALVY) will acquire Corvane Bio, Inc. (Nasdaq: "
        "CRVN) for $900 million.",
    ],
)
def test_every_symbol_in_a_listings_brackets_is_a_ticker(text: str) -> None:
    deal = one_deal(text)
    assert set(roles_of(deal).values()) == {"acquirer", "target"}, deal["parties"]
    assert len(deal["parties"]) == 2, deal["parties"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Halvern to acquire 42bio. Halvern (SIX: HV) and 42bio, Inc. (Nasdaq: FTBO) "
            "announced today that Halvern will acquire 42bio for $14.50 per share in cash.",
            "42bio",
        ),
        (
            "Halvern (NYSE: HLV) and 31bio (Nasdaq: TBIO) announced that Halvern will acquire "
            "31bio for $2 billion.",
            "31bio",
        ),
    ],
)
def test_a_listed_name_led_by_digits_is_a_company(text: str, target: str) -> None:
    deal = one_deal(text)
    assert roles_of(deal).get(target) == "target", deal["parties"]


def test_a_company_before_its_listing_is_still_named() -> None:
    # Guard: only what stands inside the listing's brackets is dropped.
    deal = one_deal(
        "Corvane, Inc. (Nasdaq: CRVN) will be acquired by Halvern Pharma for $900 million."
    )
    assert roles_of(deal).get("Corvane") == "target", deal["parties"]


# Sales milestones set apart without an amount.


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane Bio is eligible for development milestone payments of up to $200 million and "
        "for additional payments on sales milestones.",
        "Corvane Bio may receive clinical and regulatory milestones of up to $200 million, plus "
        "further payments tied to commercial milestones.",
    ],
)
def test_sales_milestones_set_apart_without_an_amount_are_an_undisclosed_term(
    sentence: str,
) -> None:
    deal = one_deal(
        "Halvern Pharma has licensed worldwide rights to HVX-210 from Corvane Bio. Halvern is "
        "paying $35 million upfront. " + sentence
    )
    assert ("commercial_milestones", None) in _payments(deal), deal["payments"]


def test_sales_milestones_set_apart_with_an_amount_are_no_undisclosed_term() -> None:
    # Guard: with an amount of their own they are recorded with it, not twice.
    deal = one_deal(
        "Halvern Pharma has licensed worldwide rights to HVX-210 from Corvane Bio. Halvern is "
        "paying $35 million upfront. Corvane Bio is eligible for development milestone payments "
        "of up to $200 million and for additional payments on sales milestones of up to $300 "
        "million."
    )
    assert ("commercial_milestones", None) not in _payments(deal), deal["payments"]


# An upfront split between cash and shares.


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane Bio receives $45 million up front, split between $30 million in cash and a "
        "$15 million purchase of its common stock.",
        "Corvane Bio gets $45 million upfront, divided between $30 million in cash and "
        "$15 million of its shares.",
    ],
)
def test_an_upfront_split_between_cash_and_shares_records_its_parts(sentence: str) -> None:
    deal = one_deal(
        "Halvern Pharma has licensed worldwide rights to HVX-210 from Corvane Bio. " + sentence
    )
    found = _payments(deal)
    assert ("upfront_cash", Decimal("30000000")) in found, deal["payments"]
    assert ("upfront_cash", Decimal("45000000")) not in found, deal["payments"]


def test_an_upfront_without_parts_stays_the_cash_upfront() -> None:
    # Guard: a single upfront amount is the cash upfront still.
    deal = one_deal(
        "Halvern Pharma has licensed worldwide rights to HVX-210 from Corvane Bio. Corvane Bio "
        "receives $45 million up front."
    )
    assert ("upfront_cash", Decimal("45000000")) in _payments(deal), deal["payments"]


# Assets: INN stems and targets.


@pytest.mark.parametrize(
    ("sentence", "drug"),
    [
        ("The collaboration covers two Phase 2 assets, ruzatogrel and tamovofermin.", "ruzatogrel"),
        (
            "Corvane Bio is a clinical-stage company developing tamovofermin (TMV), a once-weekly "
            "injectable for MASH.",
            "tamovofermin",
        ),
        ("Halvern expects relpavogrelor to reach patients by 2028.", "relpavogrelor"),
    ],
)
def test_fibroblast_growth_factor_and_platelet_antagonist_stems_name_drugs(
    sentence: str, drug: str
) -> None:
    # "-fermin" (fibroblast growth factors) and "-grel"/"-grelor" (platelet aggregation
    # inhibitors) are WHO INN stems, as "-tinib" or "-mab" are.
    found = _found(sentence)
    assert drug in [name.lower() for name in found], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane's lead programme, tamovofermin, is a glycoengineered FGF19 analogue.",
        "In Phase 2, tamovofermin is an Fc-FGF19 analog.",
        "Corvane's tamovofermin, a long-acting analogue of FGF19, is in Phase 2.",
    ],
)
def test_a_symbol_a_drug_is_an_analogue_of_is_the_target(sentence: str) -> None:
    found = _found(sentence)
    assert "FGF19" not in found, found
    assert any(name.lower() == "tamovofermin" for name in found), found


def test_a_code_before_a_medicine_word_is_still_a_drug() -> None:
    # Guard: only a class word such as 'analogue' makes a symbol the target.
    assert "HVX21" in _found("Halvern licensed HVX21, an oral tablet for obesity.")
