"""Focused tests of the extractor's rules from issue 14's ninth round.

The rules came from the failures of tests/corpus_holdout6 once it became training data, grouped
by cause: who is no party (an investor a company is "backed by", a product phrase opening with
a compound adjective, a drug code a Title Case headline puts where a name stands), which
entity of a group is the party (a signing subsidiary named once while the text goes on naming
its parent), how a Chinese release names a listed company and an option, and which names are
targets or drugs (a gene symbol with a second letter and number, receptor subtypes listed by
symbol, the muscarinic INN stem). Each test states one rule with a short text of its own
(invented names) and fails without it. Nothing here is taken from tests/corpus_holdout7, the
held-out set of that round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.extraction_rules_helpers import company_names as _names
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import one_deal
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as _roles

PUBLISHED = date(2025, 6, 2)


def _one(text: str) -> dict:
    return one_deal(text, PUBLISHED)


# Who is no party.


def test_the_investor_a_company_is_backed_by_is_no_party() -> None:
    deal = _one(
        "Norvane Biologics in-licenses NV-2201 from Pellam Therapeutics for Greater China\n\n"
        "Norvane Biologics, a biopharmaceutical company backed by Tessel Group, has in-licensed "
        "exclusive rights to NV-2201 from Pellam Therapeutics, Inc. (NASDAQ: PLLM) for Greater "
        "China.\n\nUnder the agreement, Norvane will make an upfront payment of $40 million to "
        "Pellam."
    )
    assert _roles(deal) == {"Norvane Biologics": "licensee", "Pellam Therapeutics": "licensor"}


def test_a_product_phrase_opening_with_a_compound_adjective_is_no_company() -> None:
    names = _names(
        "Kelvio Therapeutics Enters Research Collaboration with Ardent to Build a Pipeline of "
        "Antibody-derived Medicines"
    )
    assert "Antibody-derived Medicines" not in names
    assert {"Kelvio Therapeutics", "Ardent"} <= names


def test_a_drug_code_where_a_headline_puts_a_name_is_no_company() -> None:
    text = (
        "Pellam Grants Norvane Exclusive License to PLM-KRT for Fibrosis\n\n"
        "Pellam Therapeutics today announced an exclusive license agreement with Norvane "
        "Biologics for PLM-KRT, Pellam's investigational siRNA therapeutic, for $50 million "
        "upfront."
    )
    assert "PLM-KRT" not in _names(text)
    assert set(_roles(_one(text))) == {"Pellam Therapeutics", "Norvane Biologics"}


def test_a_signing_subsidiary_named_once_is_its_parent_the_text_goes_on_naming() -> None:
    deal = _one(
        "Pellam Therapeutics Inc. today announced that it has entered into an exclusive license "
        "agreement with Kestrel Intellectual Property (No. 2) Limited, a subsidiary of Norvane "
        "plc, for PLM-310, Pellam's investigational siRNA therapeutic. Pellam grants Norvane "
        "exclusive worldwide rights to develop and commercialize PLM-310. Norvane will pay "
        "Pellam an upfront payment of $50 million."
    )
    assert _roles(deal) == {"Pellam Therapeutics": "licensor", "Norvane": "licensee"}


# Chinese releases.


def test_a_chinese_name_followed_by_its_listing_is_a_company() -> None:
    deal = _one(
        "2024年3月5日，凯维安康（纳斯达克代码：KVAK）今日宣布，与诺华就其在研抗体KV-301达成"
        "授权协议。根据协议条款，凯维安康将获得2亿美元的首付款。"
    )
    assert _roles(deal) == {"凯维安康": "licensor", "诺华": "licensee"}
    assert _payments(deal) == {("upfront_cash", Decimal("200000000"))}
    assert deal["announced_on"] == "2024-03-05"


def test_the_chinese_word_for_option_makes_an_option() -> None:
    deal = _one(
        "2024年3月5日，凯维安康（香港联交所代码：09999）宣布与诺华就KV-301达成选择权、合作与授权协议。"
    )
    assert deal["deal_type"] == "option"


# Targets and drugs.


def test_a_gene_symbol_with_a_second_letter_and_number_is_a_target() -> None:
    assert _found("PLM-KRT, an siRNA therapeutic targeting CYP2C19 for fibrosis") == ["PLM-KRT"]
    assert _found("a SLC6A4 inhibitor and KRT-310") == ["KRT-310"]


def test_receptor_subtypes_listed_by_symbol_are_targets() -> None:
    assert _found("tavapadon, a selective H1/H4 histamine receptor antagonist") == ["tavapadon"]
    assert _found("KRT-310, an M4 muscarinic receptor agonist") == ["KRT-310"]


def test_the_muscarinic_inn_stem_names_a_drug() -> None:
    assert _found("The pipeline includes talsaclidine, a potential antipsychotic.") == [
        "talsaclidine"
    ]
