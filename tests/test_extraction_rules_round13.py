"""Focused tests of the extractor's rules from issue 14's thirteenth round.

The rules came from the failures of tests/corpus_holdout10 once it became training data, and
from the platform convention settled this round (DOMAIN.md: an asset is "a drug candidate or
a technology platform", so a platform a deal licenses, uses or buys is an asset, as the labels
of every set now record it). Each test states one rule with a short text of its own (invented
names) and fails without it. Nothing here is taken from tests/corpus_holdout11, the held-out
set of this round.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction_rules_helpers import asset_names as _assets
from tests.extraction_rules_helpers import company_names as _companies
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import one_deal

PUBLISHED = date(2025, 6, 2)


def _one(text: str, published: date = PUBLISHED) -> dict:
    return one_deal(text, published)


# Platforms.


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        (
            "Nordhaven will discover antibodies using Korvana's Velmara Mice platform.",
            "Velmara Mice",
        ),
        ("Nordhaven may use Korvana's TrivoBody technology platform for two targets.", "TrivoBody"),
        (
            "Nordhaven licenses Korvana's proprietary LinkSure ADC linker-payload platform.",
            "LinkSure",
        ),
        ("The portfolio is based on Korvana's VELTRACE technology.", "VELTRACE"),
    ],
)
def test_a_platform_named_after_its_owner_before_platform_or_technology_is_an_asset(
    sentence: str, platform: str
) -> None:
    assert platform in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordhaven will find candidates using Korvana's AI-driven platform.",
        "The collaboration leverages Korvana's expertise and research platform.",
        "Nordhaven will use Korvana's Antibody Discovery platform.",
    ],
)
def test_a_platform_described_but_not_named_is_no_asset(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_platform_name_ending_like_a_company_is_no_company() -> None:
    text = "Korvana Bio develops cell therapies built on its Encased Living Therapeutics platform."
    assert "Encased Living Therapeutics" not in _companies(text)
    assert "Encased Living Therapeutics" in _found(text)


def test_the_platform_a_bought_company_develops_on_is_bought_with_it() -> None:
    deal = _one(
        "On May 2, 2025, Korvana Bio agreed to be acquired by Nordhaven Pharma for $12 per share "
        "in cash. Korvana Bio develops cell therapies built on its Encased Living Therapeutics "
        "platform."
    )
    assert "Encased Living Therapeutics" in _assets(deal)


# Drugs.


def test_a_code_with_a_seven_digit_compound_number_is_a_drug() -> None:
    found = _found("The companies will jointly develop KVB0012345C, an anti-PD-L1 antibody.")
    assert found == ["KVB0012345C"]


def test_a_brand_before_the_chemical_names_it_holds_is_a_drug() -> None:
    found = _found(
        "Korvana markets ZELVANTA (dextromethorphan hydrobromide and quinidine sulfate) and "
        "KORBREXA (glycopyrronium) cloth."
    )
    assert found == ["ZELVANTA", "KORBREXA"]


def test_a_brand_before_its_inn_is_still_named_by_the_inn_alone() -> None:
    assert _found("Korvana markets ZELVORA (korvacopan) for vasculitis.") == ["korvacopan"]


def test_what_the_bought_company_markets_or_develops_is_bought_with_it() -> None:
    deal = _one(
        "Nordhaven Pharma to Acquire Korvana Bio for $3.5 Billion\n\n"
        "Nordhaven Pharma and Korvana Bio, Inc. today announced that Nordhaven Pharma will "
        "acquire Korvana Bio for $17.00 per share in cash.\n\n"
        "Korvana Bio markets ZELVANTA (dextromethorphan hydrobromide and quinidine sulfate) for "
        "pseudobulbar affect, and is developing KVB-786 in Phase 3."
    )
    assert {"ZELVANTA", "KVB-786"} <= _assets(deal)


def test_a_drug_the_acquisition_adds_to_the_buyers_pipeline_is_bought() -> None:
    deal = _one(
        "Nordhaven Pharma to Acquire Korvana Bio\n\n"
        "Nordhaven Pharma and Korvana Bio, Inc. today announced a definitive agreement for "
        "Nordhaven Pharma to acquire Korvana Bio for $18.75 per share in cash.\n\n"
        "The acquisition will expand Nordhaven's immunology pipeline with the addition of "
        "korvakizumab, an investigational antibody that binds IL-13."
    )
    assert "korvakizumab" in _assets(deal)


def test_a_gene_symbol_after_targeting_the_is_the_drugs_target() -> None:
    found = _found("KVB-121 is a kinase inhibitor targeting the ROS1 and NTRK oncogenic drivers.")
    assert found == ["KVB-121"]
