"""Focused tests of the extractor's rules from issue 14's twelfth round.

The rules came from the failures of tests/corpus_holdout9 once it became training data,
grouped by cause: drug names (the WHO stem families a deal names most, "-nib", "-vec",
"-cel" and the rest, and a gene therapy's "-gene" first word; the lead medicine of a company
just named) and parties and payments (see each test). Each test states one rule with a short
text of its own (invented names) and fails without it. Nothing here is taken from
tests/corpus_holdout10, the held-out set of this round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import asset_names as _assets
from tests.extraction_rules_helpers import deals_in as _deals
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import one_deal
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as _roles

PUBLISHED = date(2025, 6, 2)


def _one(text: str, published: date = PUBLISHED) -> dict:
    return one_deal(text, published)


# Drug names.


@pytest.mark.parametrize(
    "inn",
    ["belosidenib", "tarvoparin", "lomirastatin", "quenavir", "zelobactam", "korvatemcel"],
)
def test_inns_of_the_common_who_stem_families_are_drugs(inn: str) -> None:
    assert inn in _found(f"Nordhaven Pharma will pay Korvana Bio $20 million for {inn}.")


def test_chemistry_words_ending_like_a_peptide_drug_are_no_drugs() -> None:
    found = _found(
        "The deal gives Nordhaven Pharma korvaglutide and Korvana's antibody oligonucleotide "
        "conjugates and polypeptide tools."
    )
    assert found == ["korvaglutide"]


def test_a_gene_therapys_gene_word_is_a_drug_only_before_its_vector_word() -> None:
    found = _found(
        "Korvana Bio licensed velanogene tarparvovec to Nordhaven Pharma; the oncogene "
        "it corrects drives tumour growth."
    )
    assert "velanogene tarparvovec" in found
    assert "oncogene" not in found


@pytest.mark.parametrize(
    ("sentence", "drug"),
    [
        ("科沃生物授予诺德制药其人源化单抗科雷利珠单抗在北美的独家权利。", "科雷利珠单抗"),
        ("诺德制药将获得科沃生物自主研发的泽沃替尼的全球权益。", "泽沃替尼"),
        ("코르바이오는 코르바티닙의 권리를 노르드제약에 이전했다.", "코르바티닙"),
        ("노르드제약은 코르바주맙을 도입했다.", "코르바주맙"),
    ],
)
def test_a_drug_in_chinese_or_korean_script_is_found_by_its_transliterated_stem(
    sentence: str, drug: str
) -> None:
    # "人源化单抗" (humanised antibody) is a class: its stem follows no INN syllable.
    assert _found(sentence) == [drug]


def test_the_lead_medicine_of_a_bought_company_is_its_asset() -> None:
    deal = _one(
        "Nordhaven Pharma to Acquire Korvana Bio for $2.1 Billion\n\n"
        "Nordhaven Pharma and Korvana Bio, Inc. today announced that Nordhaven Pharma will "
        "acquire Korvana Bio for $41 per share in cash.\n\n"
        "Korvana Bio is a biopharmaceutical company focused on inflammatory disorders. Its lead "
        "medicine, ZELVORA (korvacopan), was approved last year."
    )
    assert "korvacopan" in _assets(deal)


# Parties.


def test_a_company_called_by_its_ticker_later_is_the_same_party() -> None:
    deal = _one(
        "NEW YORK, May 5, 2025 -- Nordhaven Pharma Inc. (NYSE: NDP) and Korvana Biosciences, "
        "Inc. (NASDAQ: KVB) today announced a definitive agreement under which Nordhaven Pharma "
        "will acquire KVB for $30.00 per share in cash, a total of approximately $2.2 billion."
    )
    assert _roles(deal) == {"Nordhaven Pharma": "acquirer", "Korvana Biosciences": "target"}


def test_a_headlines_purpose_infinitive_names_no_company() -> None:
    deals = _deals(
        "Nordhaven Pharma to Acquire Korvana Biosciences for $2.2 Billion to Strengthen "
        "Presence in Rare Disease\n\n"
        "Nordhaven Pharma and Korvana Biosciences, Inc. today announced a definitive agreement "
        "under which Nordhaven Pharma will acquire Korvana Biosciences for $30.00 per share."
    )
    assert [set(_roles(d)) for d in deals] == [{"Nordhaven Pharma", "Korvana Biosciences"}]


def test_the_bought_companys_own_drugs_written_with_its_possessive_are_bought() -> None:
    deal = _one(
        "Nordhaven Pharma to Acquire Korvana Bio\n\n"
        "Nordhaven Pharma and Korvana Bio, Inc. today announced a definitive agreement under "
        "which Nordhaven Pharma will acquire Korvana Bio for $30.00 per share in cash.\n\n"
        "Korvana Bio's ZELVORA (korvacopan) is approved for vasculitis, and its KVB-217 is "
        "in Phase 2."
    )
    assert {"korvacopan", "KVB-217"} <= _assets(deal)


def test_a_gene_symbol_before_program_is_the_programmes_target() -> None:
    found = _found(
        "Korvana Bio and Nordhaven Pharma to Co-Develop PINK1 Program, Including KVB-217"
    )
    assert "PINK1" not in found and "KVB-217" in found


# Payments and deal type.


def test_a_business_sold_for_cash_and_a_payment_on_approval() -> None:
    # An asset purchase (a business, not the company), paid upfront at closing and by a
    # regulatory milestone; each of the three rules is needed for the test to pass.
    deal = _one(
        "BOSTON, March 3, 2025 -- Korvana Bio, Inc. today announced a definitive agreement for "
        "the sale of its neurology business to Nordhaven Pharma for $900 million in cash at "
        "closing and a $150 million payment upon U.S. regulatory approval of KVB-217. "
        "Nordhaven Pharma will acquire Korvana Bio's neurology portfolio, including KVB-217."
    )
    assert deal["deal_type"] == "asset_purchase"
    assert _payments(deal) == {
        ("upfront_cash", Decimal("900000000")),
        ("regulatory_milestones", Decimal("150000000")),
    }
    assert deal["headline"] is None


def test_an_acquisition_price_that_is_the_upfront_is_recorded_once() -> None:
    deal = _one(
        "Nordhaven Pharma to acquire Korvana Bio for $1.1 billion\n\n"
        "Nordhaven Pharma and Korvana Bio Ltd. have entered into an agreement under which "
        "Nordhaven Pharma will acquire Korvana Bio for an upfront payment of $1.1 billion and "
        "up to $350 million upon achievement of certain milestones."
    )
    assert _payments(deal) == {
        ("upfront_cash", Decimal("1100000000")),
        ("milestones", Decimal("350000000")),
    }
