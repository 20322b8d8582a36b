"""Focused tests of the extractor's rules from issue 14's eighth round.

The rules came from the failures of tests/corpus_holdout5 once it became training data (assets,
headline, parties and roles) and from phrasing probes of how press releases write acquisitions,
licences and drug names in general, grouped by cause: how a drug is named (INN stems outside
the old list, the drug a licence's verbs act on, codes with a dot, a space or a gene-like
part, codes of one family), which named drugs a bought company brings (its pipeline, its most
advanced candidate), how a company name ending in "Global" and a headline's participle clause
read (and a Chinese verb before one), which verbs make an acquisition or a licence ("would
acquire", a tender offer, "announced that B will acquire the company", Korean "인수", Chinese
"从B引进"), and how a price, a headline and a near-term milestone read. Each test states one
rule with a short text of its own (invented names) and fails without it. Nothing
here is taken from tests/corpus_holdout6, the held-out set of that round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.extraction_rules_helpers import asset_names as _assets
from tests.extraction_rules_helpers import company_names as _names
from tests.extraction_rules_helpers import deals_in, one_deal
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as _roles

PUBLISHED = date(2025, 3, 4)


def _one(text: str) -> dict:
    return one_deal(text, PUBLISHED)


# Acquisition verbs and roles.


def test_would_acquire_is_an_acquisition() -> None:
    # After a first deal, a second opens only where a deal verb links its two companies.
    deals = deals_in(
        "Ardent Bio agreed to acquire Pellam Therapeutics for $1 billion. Separately, Norvane "
        "said it would acquire Kelvio Holdings, a unit of Arden Sciences, which holds the US "
        "rights to KLV-3101. Norvane will pay Kelvio's shareholders $2 billion upfront.",
        PUBLISHED,
    )
    second = next(d for d in deals if "Norvane" in _roles(d))
    assert second["deal_type"] == "acquisition"
    assert _roles(second) == {"Norvane": "acquirer", "Kelvio": "target"}


def test_a_tender_offer_for_the_shares_is_an_acquisition() -> None:
    deal = _one(
        "Norvane Pharma completed its tender offer for all outstanding shares of Kelvio "
        "Biosciences, Inc. The acquisition brings Kelvio's lead candidate, KLV-101, to Norvane."
    )
    assert deal["deal_type"] == "acquisition"
    assert _roles(deal) == {"Norvane Pharma": "acquirer", "Kelvio Biosciences": "target"}


def test_the_company_announcing_that_another_will_acquire_it_is_the_target() -> None:
    deal = _one(
        "Kelvio Biosciences announced that Norvane Pharma will acquire the company for "
        "$900 million."
    )
    assert _roles(deal) == {"Kelvio Biosciences": "target", "Norvane Pharma": "acquirer"}


# Company names.


def test_a_name_ending_in_global_before_a_legal_form_is_a_company() -> None:
    deal = _one(
        "Norvane Pharma agreed to acquire Kelvio Biopharma Global Inc. for about $1.4 billion."
    )
    assert _roles(deal) == {"Norvane Pharma": "acquirer", "Kelvio Biopharma Global": "target"}


def test_a_headline_participle_clause_is_no_company() -> None:
    names = _names(
        "Norvane to Acquire Kelvio Therapeutics, Further Diversifying Oncology Pipeline\n\n"
        "Norvane will acquire Kelvio Therapeutics for $680 million."
    )
    assert not {n for n in names if "Diversifying" in n}


def test_a_korean_drug_noun_is_no_company() -> None:
    names = _names("한빛제약, 노르반에 내성표적 폐암신약 'HB-101' 기술수출")
    assert "폐암신약" not in names


# Drug names.


def test_inn_stems_of_antagonists_agonists_and_new_antibody_stems() -> None:
    assert _found("Kelvio's pipeline includes velosentan for kidney disease.") == ["velosentan"]
    assert _found("rights to the PPAR agonist elafibranor in PBC") == ["elafibranor"]
    assert _found("the anti-APRIL antibody tavikibart in Phase 2") == ["tavikibart"]


def test_the_drug_a_licence_verbs_act_on_is_an_asset() -> None:
    assert _found("Norvane obtains rights to develop and commercialize tavoparin in Japan.") == [
        "tavoparin"
    ]
    assert _found("Norvane will develop and commercialize worldwide.") == []


def test_a_family_code_with_a_dot_is_one_code() -> None:
    assert _found("immunotherapies including KLV-24.060 for Alzheimer's disease") == ["KLV-24.060"]
    # A target with one digit after its dot stays a target.
    assert "CLDN18.2" not in _found("a CLDN18.2 antibody drug conjugate")


def test_a_code_with_a_gene_like_part_is_a_code() -> None:
    assert _found("programs including KLV-DM1 for myotonic dystrophy") == ["KLV-DM1"]


def test_a_letters_only_code_of_the_same_family_is_a_code() -> None:
    assert _found(
        "including KLV-DM1 for myotonic dystrophy and KLV-HTT for Huntington's disease"
    ) == [
        "KLV-DM1",
        "KLV-HTT",
    ]


def test_a_code_written_with_a_space() -> None:
    assert _found("an exclusive licence for KLV 2001, a first-in-class trispecific antibody") == [
        "KLV 2001"
    ]
    assert _found("Kelvio will advance KLV 383 into Phase 2.") == ["KLV 383"]
    # An event and a year, an amount in a currency code: no drugs.
    assert _found("At JPM 2025, Kelvio received USD 100 million and CHF 250.") == []


def test_a_target_abbreviation_in_brackets_stays_a_target() -> None:
    found = _found("velimod, a sphingosine 1-phosphate (S1P) receptor modulator")
    assert "S1P" not in found


def test_a_common_noun_before_an_apposition_is_no_drug() -> None:
    assert _found("gaining its lead candidate, an oral GLP-1 agonist") == []


# What a bought company brings.


def test_the_bought_companys_pipeline_is_bought() -> None:
    deal = _one(
        "Norvane will acquire Kelvio Therapeutics for $23.00 per share in cash, or $680 million. "
        "Kelvio's lead candidate, KLV-328, is a T-cell engager. Kelvio's pipeline also includes "
        "KLV-217, a BCMA-targeting T-cell engager. Its pipeline includes KLV-400 for fibrosis."
    )
    assert _assets(deal) == {"KLV-328", "KLV-217", "KLV-400"}


def test_the_most_advanced_candidate_is_bought() -> None:
    deal = _one(
        "Norvane agreed to acquire Kelvio Therapeutics for about $1.4 billion. Kelvio's most "
        "advanced candidate, KLV-2002, is in a Phase 3 study."
    )
    assert _assets(deal) == {"KLV-2002"}


# Money.


def test_the_price_per_share_written_again_as_a_total_is_the_price() -> None:
    deal = _one(
        "On October 3, Norvane agreed to acquire Kelvio Therapeutics, a radiopharmaceutical "
        "company, for $12.50 per share in cash, or about $1.4 billion."
    )
    assert deal["headline"]["amount"] == "1400000000.00"


def test_a_value_combining_price_and_contingent_payments_is_the_headline() -> None:
    deal = _one(
        "Norvane will acquire Kelvio Pharma for $26 per share in cash plus a contingent value "
        "right of $10 per share. Combined, the upfront and maximum potential contingent value "
        "payments represent, if achieved, a transaction value of approximately $1.8bn. The "
        "upfront cash portion represents a transaction value of approximately $1.3bn."
    )
    assert deal["headline"]["amount"] == "1800000000.00"
    assert ("acquisition_price", Decimal("1300000000")) in _payments(deal)


def test_a_near_term_milestone_is_near_term() -> None:
    deal = _one(
        "Norvane will acquire Kelvio Holdings. Norvane will pay Kelvio's shareholders $7.1 "
        "billion upfront and a near-term milestone payment of $150 million."
    )
    assert ("near_term", Decimal("150000000")) in _payments(deal)
    assert not {k for k, _ in _payments(deal) if "milestones" in k}


# Chinese and Korean phrasings.


def test_the_chinese_verb_grant_is_no_part_of_a_company_name() -> None:
    deal = _one(
        "2024年5月6日，恒泰生物今日宣布，与诺凡制药（Norvane Pharma）达成独家许可协议，授予诺凡制药"
        "在大中华区以外开发和商业化HT-301的权利。恒泰生物将获得5000万美元首付款。"
    )
    assert _roles(deal) == {"恒泰生物": "licensor", "诺凡制药": "licensee"}


def test_chinese_in_licensing_from_a_company() -> None:
    deal = _one("诺凡制药宣布从恒泰生物引进HT-301的全球独家权益，首付款为3000万美元。")
    assert deal["deal_type"] == "license"
    assert _roles(deal) == {"诺凡制药": "licensee", "恒泰生物": "licensor"}


def test_korean_subject_buys_its_object() -> None:
    deal = _one("유한양행이 한미약품을 12억 달러에 인수한다.")
    assert deal["deal_type"] == "acquisition"
    assert _roles(deal) == {"유한양행": "acquirer", "한미약품": "target"}
