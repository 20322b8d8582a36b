"""Focused tests of the extractor's rules from issue 14's thirty-sixth round.

The rules came from the failures of tests/corpus_holdout33 once it became training data, each
written for a shape of sentence rather than for its phrase. Each test states one rule with
short texts of its own (invented names and phrasings) and fails without it, but the guards,
which hold with and without it. Nothing here is taken from tests/corpus_holdout34, the held-out
set of this round.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import asset_names, one_deal, payments

# "Sciele, a specialty pharmaceutical company focused on cardiovascular, diabetes, women's
# health and pediatrics, markets Sular (nisoldipine)", "ProStrakan is a specialty
# pharmaceutical company whose marketed products include Abstral (fentanyl)": the bought
# company described as the sentence's subject, by an aside with commas or by "a ... company
# whose products include", owns what the sentence names.

_BOUGHT = (
    "Halvex to Acquire Corvina Pharma\n\n"
    "BOSTON, June 18, 2019 -- Halvex Inc. today announced that it will acquire all of the "
    "outstanding shares of Corvina Pharma for $12.00 per share in cash, or approximately "
    "$400 million.\n\n{about}"
)


@pytest.mark.parametrize(
    "about",
    [
        "Corvina Pharma, a specialty company focused on cardiology, renal disease and "
        "dermatology, markets Talvora (menaselin) for hypertension.",
        "Corvina Pharma is a specialty pharmaceutical company whose marketed products include "
        "Talvora (menaselin) tablets for hypertension.",
        "Corvina Pharma is a commercial-stage company whose products include Talvora "
        "(menaselin) tablets for hypertension.",
    ],
)
def test_the_bought_company_described_owns_the_drugs_its_sentence_names(about: str) -> None:
    deal = one_deal(_BOUGHT.format(about=about))
    assert "menaselin" in {n.lower() for n in asset_names(deal)}


def test_a_drug_of_another_company_stays_out() -> None:
    # The guard: a drug the buyer (not the bought company) is described by is not bought.
    deal = one_deal(
        _BOUGHT.format(
            about="Halvex, a specialty company focused on cardiology, renal disease and "
            "dermatology, markets Talvora (menaselin) for hypertension."
        )
    )
    assert "menaselin" not in {n.lower() for n in asset_names(deal)}


# "계약금과 단계별 기술료, 판매에 따른 경상기술료(로열티)를 받는다" with the amounts
# undisclosed: staged fees (단계별 기술료) received are the milestones in other words, a
# term whose amount was not disclosed, as 마일스톤 received already was.

_KOREAN = (
    "가온바이오, 미국 코르비나에 항암 신약 'GB-310' 기술수출\n\n"
    "가온바이오는 미국 코르비나 파마와 자체 개발한 항암 신약 'GB-310'의 글로벌 판권 이전 계약을 "
    "체결했다고 3월 5일 밝혔다.\n\n"
    "이번 계약으로 가온바이오는 계약금과 {term}, 판매에 따른 경상기술료(로열티)를 받는다. "
    "구체적인 계약 금액은 양사 합의에 따라 공개하지 않았다."
)


@pytest.mark.parametrize("term", ["단계별 기술료", "개발 단계별 기술료"])
def test_korean_staged_fees_received_are_undisclosed_milestones(term: str) -> None:
    deal = one_deal(_KOREAN.format(term=term))
    assert ("milestones", None) in payments(deal)
    assert ("upfront_cash", None) in payments(deal)


def test_korean_royalties_alone_are_no_milestones() -> None:
    # The guard: royalties (경상기술료) received name no milestone.
    deal = one_deal(_KOREAN.format(term="판매 수수료").replace("판매 수수료, ", ""))
    assert not any(kind.endswith("milestones") for kind, _ in payments(deal))


# "Alnylam will receive $150 million upfront and near-term, comprising an upfront payment of
# $100 million and $50 million upon achievement of near-term technology transfer milestones":
# a sum paid up front and soon, broken down into its parts, is no payment of its own; the parts
# are the upfront and the near-term payment, as the settled labels record them.

_NEAR_TERM = (
    "Corvina Bio and Halvex Form Platform Alliance\n\n"
    "BOSTON, June 18, 2019 -- Corvina Bio and Halvex Inc. today announced a platform alliance "
    "under which Halvex gains rights to Corvina's antibody platform.\n\n"
    "Under the agreement, Corvina Bio will receive $90 million upfront and near-term, "
    "comprising {parts}. Corvina is also eligible to receive up to $120 million in development "
    "milestone payments per product."
)


@pytest.mark.parametrize(
    "parts",
    [
        "an upfront payment of $60 million and $30 million upon achievement of near-term "
        "technology transfer milestones",
        "a $60 million upfront payment and $30 million on completion of certain near-term "
        "research milestones",
    ],
)
def test_a_sum_up_front_and_near_term_broken_down_records_its_parts(parts: str) -> None:
    paid = payments(one_deal(_NEAR_TERM.format(parts=parts)))
    assert ("upfront_cash", Decimal("60000000")) in paid
    assert ("near_term", Decimal("30000000")) in paid
    assert ("upfront_cash", Decimal("90000000")) not in paid
    assert ("milestones", Decimal("30000000")) not in paid


# "With the CVR, the deal is valued at up to $801 million": the value said to count the CVRs
# is the price and the CVRs together, the deal's headline, not an amount of the CVRs alone.

_CVR_VALUE = (
    "Halvex to Acquire Corvina Pharma\n\n"
    "BOSTON, June 18, 2019 -- Halvex Inc. has agreed to acquire Corvina Pharma for $9.50 a "
    "share in cash, about $420 million, plus a contingent value right worth up to $3.00 a "
    "share tied to sales of Talvora. {value}"
)


@pytest.mark.parametrize(
    "value",
    [
        "With the CVR, the deal is valued at up to $553 million.",
        "Including the contingent value rights, the transaction is valued at approximately "
        "$553 million.",
    ],
)
def test_a_value_with_the_cvr_is_the_headline_not_the_cvr(value: str) -> None:
    deal = one_deal(_CVR_VALUE.format(value=value))
    assert ("cvr", Decimal("553000000")) not in payments(deal)
    assert deal["headline"] is not None
    assert Decimal(deal["headline"]["amount"]) == Decimal("553000000")


# "자체 개발한 바이오신약 'LAPS-GCSF'의 공동개발 및 글로벌 판권 이전 계약": a Latin name in quotes
# right after the Korean or Chinese word for a new drug is the drug, even a code of letters only
# (no digit for the code rule to see); a quoted name after another word is not (the guard).

_KOREAN_DRUG = (
    "가온바이오, 미국 코르비나에 '{name}' 기술수출\n\n"
    "가온바이오는 미국 코르비나 파마와 자체 개발한 {word} '{name}'의 글로벌 판권 이전 계약을 "
    "체결했다고 3월 5일 밝혔다. 계약금은 2000만 달러다."
)


@pytest.mark.parametrize("word", ["바이오신약", "항암 신약", "치료제"])
def test_a_quoted_latin_name_after_a_korean_drug_word_is_the_drug(word: str) -> None:
    deal = one_deal(_KOREAN_DRUG.format(word=word, name="GAON-HGH"))
    assert "GAON-HGH" in asset_names(deal)


def test_a_quoted_latin_name_after_another_word_is_no_drug() -> None:
    deal = one_deal(_KOREAN_DRUG.format(word="브랜드", name="GAON-HGH"))
    assert "GAON-HGH" not in asset_names(deal)
