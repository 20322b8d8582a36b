"""Focused tests of the extractor's rules from issue 14's thirty-second round.

The rules came from the asset misses of tests/corpus_holdout29 once it became training data and
from those still left on the other training sets, each written for a shape of sentence in which
a drug is named rather than for its phrase. Each test states one rule with short texts of its
own (invented names and phrasings) and fails without it, but the guards, which hold with and
without it. Nothing here is taken from tests/corpus_holdout30, the held-out set of this round.
"""

from __future__ import annotations

import pytest

from tests.extraction_rules_helpers import asset_names, one_deal, roles

_NEWS_BUY = (
    "Halvern bags Kelvio for $2.1B\n\n"
    "May 4, 2024 -- Halvern Pharma has agreed to acquire Kelvio Biosciences for $31.00 per "
    "share in cash, or about $2.1 billion. {about}"
)

# "The prize is nipocalimab (M281), an anti-FcRn antibody", "The centrepiece is momelotinib":
# news calls the drug a buyer pays for the deal's prize or centrepiece, as a release calls it
# the bought company's lead asset, so it is the acquisition's asset though the sentence names
# neither company. A drug named in passing with no such word stays none (the guard).


@pytest.mark.parametrize(
    ("about", "names"),
    [
        ("The prize is zelvorimab (KV-281), an anti-FcRn antibody in Phase 2.", {"KV-281"}),
        ("The centrepiece is dorvatinib, a potential medicine for myelofibrosis.", {"dorvatinib"}),
        ("The main prize of the deal is KV-512, an oral degrader in Phase 1.", {"KV-512"}),
        ("The real draw is KV-77, a TL1A antibody heading into Phase 3.", {"KV-77"}),
    ],
)
def test_the_prize_or_centrepiece_of_a_purchase_is_its_asset(about: str, names: set[str]) -> None:
    assert asset_names(one_deal(_NEWS_BUY.format(about=about))) == names


def test_a_drug_named_in_passing_in_a_news_buyout_is_no_asset() -> None:
    about = "Analysts compared the deal with the launch of dorvatinib, a rival myelofibrosis drug."
    assert asset_names(one_deal(_NEWS_BUY.format(about=about))) == set()


# "Its products include the respiratory drug Daxas (roflumilast)": the bought company's
# products, medicines or candidates listed after "include" are bought with it, as its pipeline
# or portfolio listed that way already was (ownership.py). The buyer's own products listed with
# its possessive stay none (the guard).

_RELEASE_BUY = (
    "Halvern Pharma to Acquire Kelvio Biosciences\n\n"
    "May 4, 2024 -- Halvern Pharma and Kelvio Biosciences today announced that Halvern will "
    "acquire Kelvio for EUR 2.4 billion in cash. Kelvio is a privately owned company based in "
    "Lyon. {about}"
)


@pytest.mark.parametrize(
    ("about", "names"),
    [
        ("Its products include the allergy drug KV-12 (felmorastine), approved in Europe.",
         {"KV-12"}),
        ("Its marketed medicines include KV-12 and KV-14.", {"KV-12", "KV-14"}),
        ("Its candidates include KV-300, an oral peptide in Phase 2.", {"KV-300"}),
    ],
)  # fmt: skip
def test_the_bought_companys_products_listed_after_include_are_its_assets(
    about: str, names: set[str]
) -> None:
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == names


def test_the_buyers_own_products_listed_after_include_are_no_asset() -> None:
    about = "Halvern's products include HV-90, a treatment for asthma."
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == set()


# "AMX-818 is in Phase 1; AMX-500, a CD3xTROP2 XPAT, and AMX-525 are in preclinical
# development": a code of the same series (the letters before its number) as a drug the bought
# company is bought with is that company's too, though its own sentence ties it to no one
# (deal_assets.py). A code of another series in such a sentence stays none (the guard).


@pytest.mark.parametrize(
    ("pipeline", "names"),
    [
        ("KV-818 is in a Phase 1 study; KV-500, a CD3xTROP2 engager, and KV-525, a CD3xEGFR "
         "engager, are in preclinical development.", {"KV-818", "KV-500", "KV-525"}),
        ("KV-818 is in Phase 1. KV-500 and KV525 remain in preclinical development.",
         {"KV-818", "KV-500", "KV525"}),
    ],
)  # fmt: skip
def test_codes_of_the_bought_drugs_series_are_bought_with_it(
    pipeline: str, names: set[str]
) -> None:
    lead = "Kelvio's lead candidate, KV-818, is a T-cell engager. "
    deal = one_deal(_RELEASE_BUY.format(about=lead + pipeline))
    assert asset_names(deal) == names


def test_a_code_of_another_series_is_not_bought_with_the_lead() -> None:
    about = (
        "Kelvio's lead candidate, KV-818, is a T-cell engager. "
        "ZP-500 and ZP-525 are in preclinical development."
    )
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == {"KV-818"}


# "Kelvio markets the hospital antibiotic ZENTRIX", "the new generation immunoglobulin Yimvera":
# a brand right after an article and a noun saying it is a medicine (antibiotic, vaccine,
# immunoglobulin, drug, therapy ...) names one, with or without a verb of selling (brands.py).
# A capitalised word after such a noun that a verb follows ("the drug Halvern sells") is the
# subject of a clause, no brand (the guard).


@pytest.mark.parametrize(
    ("about", "names"),
    [
        ("Kelvio markets the hospital antibiotic ZENTRIX.", {"ZENTRIX"}),
        ("Kelvio markets the long-acting insulin Glavora and the vaccine FLUVEX.",
         {"Glavora", "FLUVEX"}),
        ("The acquisition adds Kelvio's pipeline, including the new generation immunoglobulin "
         "Yimvera, and its plant in Lyon.", {"Yimvera"}),
    ],
)  # fmt: skip
def test_a_brand_after_a_noun_saying_it_is_a_medicine_is_a_drug(
    about: str, names: set[str]
) -> None:
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == names


def test_a_capitalised_subject_after_the_noun_drug_is_no_brand() -> None:
    about = "Kelvio developed the drug Halvern sells in Japan under licence."
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == set()


# "In December, Merck said it would buy Cubist Pharmaceuticals for $102 per share": a report
# that a company would buy another is an agreement to buy it, as 'would acquire' already was
# (deal_type.py, roles.py), so a wrap-up's deal told that way is an acquisition with its target
# and its drugs. 'would buy' a sum of another company's stock stays an equity purchase beside a
# licence (the guard).


def test_would_buy_a_company_is_an_acquisition() -> None:
    deal = one_deal(
        "Halvern's busy year\n\n"
        "December 30, 2024 -- In December, Halvern Pharma said it would buy Kelvio Biosciences "
        "for $31.00 per share in cash, in a transaction valued at approximately $2.1 billion. "
        "Kelvio markets the hospital antibiotic ZENTRIX."
    )
    assert deal["deal_type"] == "acquisition"
    assert roles(deal) == {"Halvern Pharma": "acquirer", "Kelvio Biosciences": "target"}
    assert asset_names(deal) == {"ZENTRIX"}


def test_would_buy_a_sum_of_stock_beside_a_licence_stays_a_licence() -> None:
    deal = one_deal(
        "Kelvio Biosciences Licenses KV-12 to Halvern Pharma\n\n"
        "May 4, 2024 -- Kelvio Biosciences granted Halvern Pharma an exclusive license to KV-12 "
        "for an upfront payment of $50 million, and Halvern said it would buy $40 million of "
        "Kelvio common stock."
    )
    assert deal["deal_type"] == "license"
    assert roles(deal) == {"Kelvio Biosciences": "licensor", "Halvern Pharma": "licensee"}


# "The CVR would be payable upon the approval ... of Fintepla (fenfluramine)", "a contingent
# value right ... entitling the holder to additional cash payments if specified milestones
# related to Lemtrada (alemtuzumab) are achieved": the drug a CVR pays on is one the company is
# bought for, though that sentence names no sum (ownership.py). A drug the text names only in a
# sentence with no term stays none (the guard).

_CVR_BUY = (
    "Halvern Pharma to Acquire Kelvio Biosciences\n\n"
    "May 4, 2024 -- Halvern Pharma will acquire Kelvio Biosciences for $26.00 per share in cash "
    "plus one contingent value right per share. {cvr} Kelvio also tests ZP-90 with a partner."
)


@pytest.mark.parametrize(
    "cvr",
    [
        "The CVR would be payable upon the approval by the FDA of KV-12 before 2027.",
        "Each CVR entitles the holder to additional cash payments if specified milestones "
        "related to KV-12 are achieved.",
    ],
)
def test_the_drug_a_cvr_pays_on_is_bought(cvr: str) -> None:
    assert asset_names(one_deal(_CVR_BUY.format(cvr=cvr))) == {"KV-12"}


def test_a_drug_in_a_sentence_with_no_term_is_not_bought() -> None:
    deal = one_deal(_CVR_BUY.format(cvr="The CVR terms are set out in an agreement."))
    assert asset_names(deal) == set()


# "Xofigo (radium-223 dichloride)", "Filsuvez (birch triterpenes) topical gel", "Lumryz (sodium
# oxybate)": a brand glossed in brackets by a lower-case generic name of one to three words is a
# medicine (brands.py); where the gloss is an INN, the INN is found and the brand is not added
# beside it. A bracket opening with a word of reference ("formerly") glosses no drug (the
# guard).


@pytest.mark.parametrize(
    ("about", "names"),
    [
        ("The CVR pays $2.50 upon the approval of Zelvira (birch triterpenes) topical gel.",
         {"Zelvira"}),
        ("The CVR pays $1.50 if the FDA approves Nexora (sodium oxybate) oral solution.",
         {"Nexora"}),
        ("The CVR pays $3.00 upon approval of Kelvaxo (radium-223 dichloride) in Europe.",
         {"Kelvaxo"}),
    ],
)  # fmt: skip
def test_a_brand_glossed_by_a_generic_name_is_a_drug(about: str, names: set[str]) -> None:
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == names


def test_a_bracket_of_reference_after_a_name_glosses_no_drug() -> None:
    about = "The CVR pays $2.50 upon the listing of Kelvia (formerly known as Kelvio Labs)."
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == set()


# "Algeta and Bayer have collaborated since 2009 on ... Xofigo (radium-223 dichloride)", then
# "Through the acquisition, Bayer will gain full control of Xofigo": a name the text shows to be
# a drug once is that drug wherever it is written again, so the sentence that ties it to the
# purchase names it though it gives no cue of its own (extractor.py). A capitalised word never
# shown to be a drug stays none (the guard).


def test_a_name_shown_to_be_a_drug_once_is_a_drug_where_the_deal_names_it() -> None:
    about = (
        "Kelvio and Halvern have co-marketed Zelvaro (radium-225 citrate) since 2019. "
        "Through the acquisition, Halvern will gain full control of Zelvaro."
    )
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == {"Zelvaro"}


def test_a_capitalised_word_never_shown_to_be_a_drug_is_none() -> None:
    about = "Through the acquisition, Halvern will gain full control of Zelvaro in Lyon."
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == set()


# "Cubist ... recently won U.S. approval for ZERBAXA for complicated intra-abdominal
# infections": a brand a company won approval for, for a lower-case condition, is a medicine, as
# a brand it sells for one already was (brands.py). Approval for a capitalised word followed by
# no condition ("approval for Phase 3 for ...") names none (the guard).


def test_a_brand_approved_for_a_condition_is_a_drug() -> None:
    about = (
        "Kelvio markets the antibiotic DURVEX and recently won U.S. approval for ZELVANT for "
        "complicated skin infections."
    )
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == {"DURVEX", "ZELVANT"}


def test_approval_for_a_trial_phase_is_no_drug() -> None:
    about = "Kelvio markets the antibiotic DURVEX and won approval for Phase 3 trials in Europe."
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == {"DURVEX"}


# "Idenix brought a portfolio of nucleotide prodrugs for hepatitis C, including IDX21437",
# "Stemline also brings felezonexant (SL-801)": what the bought company, as the sentence's
# subject, brings is its own, as what it markets or develops already was (ownership.py). What
# the buyer brings stays none (the guard).


@pytest.mark.parametrize(
    ("about", "names"),
    [
        ("Kelvio brought a portfolio of nucleotide prodrugs, including KV-437, to the deal.",
         {"KV-437"}),
        ("Kelvio also brings zelvorexant (KV-801) and a small-molecule pipeline.", {"KV-801"}),
    ],
)  # fmt: skip
def test_what_the_bought_company_brings_is_its_own(about: str, names: set[str]) -> None:
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == names


def test_what_the_buyer_brings_is_not_the_bought_companys() -> None:
    about = "Halvern brings its own antibody HV-44 and a sales force in Europe."
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == set()


# "ozanimod ..., liso-cel (JCAR017) ... and bb2121 (by March 31, 2021)": a code in lower-case
# letters, two to four before three to six digits, is a drug's code as its capitalised form is
# (assets.py). A lower-case word with fewer digits ("covid19", "q4w") names none (the guard).


def test_a_lower_case_code_is_a_drug() -> None:
    about = "The CVR pays $9.00 upon FDA approval of kv2121 (by March 31, 2026)."
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == {"kv2121"}


def test_a_lower_case_word_with_few_digits_is_no_drug() -> None:
    about = "The CVR pays $9.00 upon approval of a covid19 vaccine dosed q4w."
    assert asset_names(one_deal(_RELEASE_BUY.format(about=about))) == set()
