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

from tests.extraction_rules_helpers import one_deal, payments

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
