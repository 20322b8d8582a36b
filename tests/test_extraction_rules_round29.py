"""Focused tests of the extractor's rules from issue 14's twenty-ninth round.

The rules came from the failures of tests/corpus_holdout26 once it became training data, each
written for the mechanism behind a failure rather than its phrase. Each test states one rule
with short texts of its own (invented names and phrasings) and fails without it, but the
guards, which hold with and without it. Nothing here is taken from tests/corpus_holdout27, the
held-out set of this round.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import one_deal, payments


def _asset_names(text: str) -> set[str]:
    return {a["name"] for a in one_deal(text)["assets"]}


# "KV-12 targets acyl-CoA synthetase 9 (ACSN9)", "Kelvio's programs target the mitochondrial
# kinases MTKR2 and MTKR1": a gene-shaped symbol that is the object of the verb "target" is the
# protein the drug acts on, not a second drug of the deal.


@pytest.mark.parametrize(
    ("aside", "symbols"),
    [
        ("KV-12 was discovered at Kelvio and targets acyl-CoA synthetase 9 (ACSN9).", {"ACSN9"}),
        (
            "Kelvio's programs target the mitochondrial kinases MTKR2 and MTKR1, which drive "
            "fibrosis.",
            {"MTKR2", "MTKR1"},
        ),
    ],
)
def test_a_symbol_the_verb_target_takes_is_no_asset(aside: str, symbols: set[str]) -> None:
    names = _asset_names(
        "Kelvio Biosciences licenses KV-12 to Halvern Pharma\n\n"
        "May 4, 2024 -- Kelvio Biosciences today announced an exclusive license agreement under "
        "which Halvern Pharma receives global rights to KV-12 for $40 million upfront and up to "
        f"$500 million in milestone payments.\n\n{aside}"
    )
    assert not names & symbols, names
    assert "KV-12" in names


# "Treg therapies for type 2 narcolepsy (T2N) ... Kelvio's T2N program": a short form defined in
# brackets after lower-case words whose initials spell it abbreviates those words (a disease),
# wherever the text uses it; it names no drug.


@pytest.mark.parametrize(
    ("phrase", "short"),
    [("type 2 narcolepsy", "T2N"), ("stage 4 renal fibrosis", "S4RF")],
)
def test_a_short_form_of_lower_case_words_is_no_asset(phrase: str, short: str) -> None:
    names = _asset_names(
        "Kelvio Biosciences and Halvern Pharma sign license agreement\n\n"
        "May 4, 2024 -- Kelvio Biosciences today announced an exclusive global collaboration "
        f"and license agreement with Halvern Pharma to develop cell therapies for {phrase} "
        f"({short}). Halvern receives an exclusive license to Kelvio's {short} program and "
        "pays $40 million upfront."
    )
    assert short not in names, names


def test_a_code_after_its_inn_stays_the_asset() -> None:
    # Guard: a drug's code in brackets after its INN is spelled by no initials; it stays.
    names = _asset_names(
        "Kelvio Biosciences licenses kelvimab to Halvern Pharma\n\n"
        "May 4, 2024 -- Kelvio Biosciences today announced an exclusive license agreement under "
        "which Halvern Pharma receives global rights to kelvimab (KV101) for $40 million upfront."
    )
    assert names & {"kelvimab", "KV101"}, names


# "could earn up to $600 million in total, including the upfront and development, regulatory
# and sales milestone payments": a total written after its amount and said to include the
# milestones, with no amount of their own, makes the milestones a term whose amount was not
# disclosed, as it already was with "a total of up to $X, including ... milestones".


@pytest.mark.parametrize(
    "parts",
    [
        "the upfront and development, regulatory and sales milestone payments",
        "the up-front payment and future development milestone payments",
    ],
)
def test_milestones_inside_a_total_written_after_its_amount_are_undisclosed(parts: str) -> None:
    deal = one_deal(
        "Kelvio Biosciences licenses its ShuttleX platform to Halvern Pharma\n\n"
        "May 4, 2024 -- Kelvio Biosciences has struck a deal giving Halvern Pharma access to "
        "its ShuttleX technology. Kelvio receives $25 million upfront and could earn up to $600 "
        f"million in total, including {parts}, plus royalties."
    )
    terms = payments(deal)
    assert any(kind.endswith("milestones") and amount is None for kind, amount in terms), terms
    assert ("upfront_cash", Decimal("25000000.00")) in terms


# Chinese: "1.25亿美元的首付款，其中包括4,500万美元现金及价值8,000万美元的认股权证" -
# an upfront named after its sum, its parts after 其中包括 (of which, including): the cash
# part is the upfront cash, the warrants or shares the upfront equity; the sum is no cash
# payment of its own.


@pytest.mark.parametrize("equity", ["凯维生物认股权证", "凯维生物普通股"])
def test_a_chinese_upfront_made_of_cash_and_warrants_records_its_parts(equity: str) -> None:
    deal = one_deal(
        "2024年5月4日，诺瓦药业宣布与凯维生物（Kelvio Bio）就KV-12达成海外授权许可协议。根据协议，"
        f"诺瓦药业将获得总计1.5亿美元的首付款，其中包括6,000万美元现金及价值9,000万美元的{equity}；"
        "诺瓦药业还有资格获得最高达10亿美元的开发、注册及销售里程碑付款。"
    )
    terms = payments(deal)
    assert ("upfront_cash", Decimal("60000000.00")) in terms, terms
    assert ("upfront_equity", Decimal("90000000.00")) in terms, terms
    assert ("upfront_cash", Decimal("150000000.00")) not in terms, terms
