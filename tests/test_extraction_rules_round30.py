"""Focused tests of the extractor's rules from issue 14's thirtieth round.

The rules came from the failures of tests/corpus_holdout27 once it became training data, each
written for the mechanism behind a failure rather than its phrase. Each test states one rule
with short texts of its own (invented names and phrasings) and fails without it, but the
guards, which hold with and without it. Nothing here is taken from tests/corpus_holdout28, the
held-out set of this round.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import one_deal, payments

# Korean: "총 계약 규모는 최대 5억 달러로, 선급금과 개발·허가 단계별 마일스톤으로 구성된다" - a
# stated total said to be made of (으로 구성된다) an upfront (선급금 as well as 계약금) and
# milestones, neither with an amount, makes both terms whose amounts were not disclosed, as
# "계약금과 ... 마일스톤을 합해 총 X" already did.


@pytest.mark.parametrize(
    "made_of",
    [
        "반환 의무가 없는 선급금과 개발·허가·상업화 단계별 마일스톤으로 구성된다",
        "계약금과 임상 단계별 마일스톤으로 구성돼 있다",
    ],
)
def test_a_korean_total_made_of_an_upfront_and_milestones_leaves_both_undisclosed(
    made_of: str,
) -> None:
    deal = one_deal(
        "켈비오바이오, 영국 할번파마에 항체 플랫폼 기술이전… 최대 5억 달러\n\n"
        "켈비오바이오는 영국 할번파마와 항체 플랫폼 기술 '셔틀엑스(ShuttleX)'에 대한 기술이전 "
        "계약을 체결했다고 4일 공시했다. 총 계약 규모는 최대 5억 달러(약 6500억 원)로, "
        f"{made_of}. 제품 출시 후에는 로열티를 별도로 받는다."
    )
    terms = payments(deal)
    assert any(kind.endswith("milestones") and amount is None for kind, amount in terms), terms
    assert ("upfront_cash", None) in terms, terms
    assert deal["headline"] and Decimal(deal["headline"]["amount"]) == Decimal("500000000")


# "each shareholder will receive one contingent value right (CVR) ..., entitling the holder to
# additional cash payments if specified milestones related to KV-12 are achieved": milestones
# named as what a CVR pays on are the CVR's condition, no milestone term of the deal; a
# milestone term of its own still counts (the guard).


@pytest.mark.parametrize(
    "cvr",
    [
        "one contingent value right (CVR) for each share, entitling the holder to receive "
        "additional cash payments if specified milestones related to KV-12 are achieved",
        "one CVR per share, payable if regulatory milestones for KV-12 are met",
    ],
)
def test_milestones_a_cvr_pays_on_are_no_milestone_term(cvr: str) -> None:
    deal = one_deal(
        "Halvern Pharma to Acquire Kelvio Biosciences for $31.00 per Share plus a CVR\n\n"
        "May 4, 2024 -- Halvern Pharma and Kelvio Biosciences announced today that they have "
        "entered into a definitive agreement under which Halvern Pharma will acquire Kelvio "
        "Biosciences for $31.00 per share in cash, or approximately $2.2 billion. In addition, "
        f"each Kelvio shareholder will receive {cvr}."
    )
    terms = payments(deal)
    assert not any(kind.endswith("milestones") for kind, _ in terms), terms
    assert any(kind == "cvr" for kind, _ in terms), terms


def test_milestones_of_a_deal_with_a_cvr_stay_a_term() -> None:
    deal = one_deal(
        "Halvern Pharma licenses KV-12 from Kelvio Biosciences\n\n"
        "May 4, 2024 -- Kelvio Biosciences today announced an exclusive license agreement under "
        "which Halvern Pharma receives global rights to KV-12 for $40 million upfront. Kelvio "
        "is eligible for development and regulatory milestone payments and royalties."
    )
    terms = payments(deal)
    assert any(kind.endswith("milestones") and amount is None for kind, amount in terms), terms
