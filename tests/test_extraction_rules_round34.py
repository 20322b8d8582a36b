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
    one_deal,
    payments,
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
