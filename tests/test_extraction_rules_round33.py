"""Focused tests of the extractor's rules from issue 14's thirty-third round.

The rules came from the failures of tests/corpus_holdout30 once it became training data, each
written for a shape of sentence rather than for its phrase. Each test states one rule with
short texts of its own (invented names and phrasings) and fails without it, but the guards,
which hold with and without it. Nothing here is taken from tests/corpus_holdout31, the held-out
set of this round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import (
    asset_names,
    company_names,
    deals_in,
    found_assets,
    one_deal,
    payments,
    roles,
)

# "future contingent milestone payments to Kelvio equityholders potentially worth up to an
# additional $1.6 billion in cash": milestones worth an amount are the milestones' amount though
# whom they are paid to and "potentially ... an additional" come between, as "milestone payments
# worth up to $X" already was; a deal worth an amount stays the headline (the guard).

_MILESTONES_TO = (
    "Halvern to Acquire Kelvio\n\n"
    "May 4, 2024 -- Halvern Pharma today announced that it has entered into a definitive "
    "agreement to acquire Kelvio Biosciences. Halvern will acquire all outstanding shares of "
    "Kelvio for a $700 million upfront cash payment and future contingent milestone payments "
    "{clause} $1.2 billion in cash."
)


@pytest.mark.parametrize(
    "clause",
    [
        "to Kelvio equityholders potentially worth up to an additional",
        "to former Kelvio shareholders worth up to a further",
        "potentially worth up to an additional",
    ],
)
def test_milestones_worth_an_amount_after_whom_they_are_paid_to(clause: str) -> None:
    deal = one_deal(_MILESTONES_TO.format(clause=clause))
    assert ("milestones", Decimal("1200000000")) in payments(deal)
    assert deal["headline"] is None


def test_a_deal_worth_an_amount_stays_the_headline() -> None:
    text = (
        "Halvern to Acquire Kelvio\n\n"
        "May 4, 2024 -- Halvern Pharma today announced that it will acquire Kelvio Biosciences "
        "in a transaction worth up to $1.9 billion, including a $700 million upfront payment."
    )
    deal = one_deal(text)
    assert deal["headline"]["amount"] == "1900000000.00"


# "Bamboo Therapeutics, a Chapel Hill, North Carolina, gene therapy company": a state of two
# words after a city is the company's address, no company, as a one-word state already was
# ("a Madison, Wisconsin, company"); a company named after a city without a company word after
# it is still found (the guard).


@pytest.mark.parametrize("state", ["North Carolina", "South Dakota", "New Hampshire"])
def test_a_two_word_state_after_a_city_is_no_party(state: str) -> None:
    text = (
        "Two buyouts\n\nAugust 30, 2016 -- Two deals closed this summer.\n\n"
        f"In August, Halvern Pharma said it would buy Kelvio Therapeutics, a Fairview, {state}, "
        f"gene therapy company spun out of the University of {state}, for $150 million upfront "
        "and up to $495 million in milestone payments."
    )
    assert state.split()[1] not in company_names(text)
    assert roles(one_deal(text)) == {"Halvern Pharma": "acquirer", "Kelvio Therapeutics": "target"}


def test_a_company_after_a_city_is_still_a_party() -> None:
    text = (
        "Halvern buys Kelvio\n\n"
        "May 4, 2024 -- Halvern Pharma, based in Fairview, said it would buy Kelvio Therapeutics "
        "for $150 million upfront."
    )
    assert roles(one_deal(text)) == {"Halvern Pharma": "acquirer", "Kelvio Therapeutics": "target"}


# "The company's pipeline also includes MAU868, a monoclonal antibody ..., which Amplyx licensed
# from Novartis": after the bought company's lead asset, "the company's" pipeline is the bought
# company's, as "its" pipeline already was (ownership.py PIPELINE_INCLUDES); a drug in the
# buyer's pipeline, written with its possessive, stays none (the guard).

_UNDISCLOSED_BUY = (
    "Halvern buys Kelvio\n\n"
    "April 5, 2021 -- Halvern Pharma has agreed to acquire Kelvio Pharmaceuticals, a privately "
    "held company. Financial terms were not disclosed.\n\n"
    "Kelvio's lead asset, zelvogepix, is an antifungal in Phase 2. {about}"
)


@pytest.mark.parametrize(
    "about",
    [
        "The company's pipeline also includes KV-868, a monoclonal antibody in Phase 2 for BK "
        "virus infection, which Kelvio licensed from Norvaxis.",
        "The company's pipeline includes KV-868, an antibody in Phase 1.",
        "The company’s portfolio also includes KV-868, an antibody in Phase 1.",
    ],
)
def test_the_companys_pipeline_after_the_targets_lead_asset_is_bought(about: str) -> None:
    deal = one_deal(_UNDISCLOSED_BUY.format(about=about))
    assert asset_names(deal) == {"zelvogepix", "KV-868"}


def test_the_buyers_pipeline_stays_none() -> None:
    about = "Halvern's pipeline also includes HV-868, an antibody in Phase 1."
    assert asset_names(one_deal(_UNDISCLOSED_BUY.format(about=about))) == {"zelvogepix"}


# "Scholar Rock's own TGFβ1 program, SRK-181, and its lead product candidate ..., SRK-015, are not
# part of the collaboration": drugs the text says are not part of, not included in or excluded
# from the deal are the company's other work, no asset (deal_assets.py); a drug the deal covers,
# named beside them, stays (the guard, in each variant).

_LICENCE = (
    "Kelvio Announces Collaboration with Halvern\n\n"
    "May 4, 2024 -- Kelvio Therapeutics today announced an exclusive license agreement with "
    "Halvern Pharma for KV-410, granting Halvern worldwide rights to develop and commercialize "
    "KV-410. Halvern will pay Kelvio $40 million upfront. {about}"
)


@pytest.mark.parametrize(
    "about",
    [
        "Kelvio's own program, KV-181, and its lead candidate for ALS, KV-015, are not part of "
        "the collaboration.",
        "KV-181 and KV-015 are wholly owned and are not included in the agreement.",
        "KV-181 and KV-015 are excluded from the license.",
    ],
)
def test_drugs_said_to_be_outside_the_deal_are_no_assets(about: str) -> None:
    assert asset_names(one_deal(_LICENCE.format(about=about))) == {"KV-410"}


def test_a_drug_the_deal_covers_is_still_its_asset() -> None:
    about = "Kelvio is also eligible for milestones on KV-181, which is part of the agreement."
    assert asset_names(one_deal(_LICENCE.format(about=about))) >= {"KV-410"}


# "VYXEOS (cytarabine and daunorubicin liposome injection)", "CPX-8, a hydrophobic docetaxel
# prodrug nanoparticle": INNs a brand's bracket joins as a combination's ingredients, and an INN
# before a noun that makes a new drug of it (prodrug, derivative, nanoparticle), are no assets of
# their own (ingredients.py); a single INN glossing a brand, or set off by a comma and "an",
# stays the drug (the guard).

_BUY_WITH = (
    "Halvern to Acquire Kelvio\n\n"
    "May 4, 2024 -- Halvern Pharma and Kelvio Pharmaceuticals today announced that Halvern will "
    "acquire Kelvio for $30.25 per share in cash, or approximately $1.5 billion. {about}"
)


@pytest.mark.parametrize(
    ("about", "names"),
    [
        (
            "Kelvio's lead product, ZELVEOS (cytarabine and daunorubicin liposome injection), is "
            "in development for acute myeloid leukemia.",
            {"ZELVEOS"},
        ),
        (
            "Kelvio's lead product, ZELVEOS (irinotecan/floxuridine), is in Phase 2.",
            {"ZELVEOS"},
        ),
        (
            "Kelvio's lead product is KV-351; the acquisition also brings KV-8, a hydrophobic "
            "docetaxel prodrug nanoparticle in early development.",
            {"KV-351", "KV-8"},
        ),
    ],
)
def test_ingredients_of_another_drug_are_no_assets(about: str, names: set[str]) -> None:
    assert asset_names(one_deal(_BUY_WITH.format(about=about))) == names


@pytest.mark.parametrize(
    "about",
    [
        "Kelvio's lead product, ZELVEOS (zelvocitinib), is approved for myelofibrosis.",
        "Kelvio's lead product, zelvocitinib, an oral JAK inhibitor, is in Phase 3.",
    ],
)
def test_an_inn_glossing_one_brand_stays_the_drug(about: str) -> None:
    assert "zelvocitinib" in asset_names(one_deal(_BUY_WITH.format(about=about)))


# "信达生物制药宣布与礼来制药达成协议，礼来将获得…": a Chinese text that writes a company with a
# business word after its name (制药, 医药, 药业, 生物制药 ...) and then without it names the party
# by the short form it keeps, as the settled labels do (荣昌生物, 诺诚健华, 华润三九)
# (chinese_pairs.py short_chinese_name); a short name the text defines in brackets after the
# full one stays the full name (the guard).


def test_a_chinese_party_written_without_its_business_word_is_named_short() -> None:
    text = (
        "凯维生物与哈尔文就KV-410达成独家许可协议\n\n"
        "2024年5月4日，凯维生物制药宣布与哈尔文制药达成协议，哈尔文将获得KV-410在中国以外地区的"
        "独家许可，负责其海外开发和商业化。\n\n"
        "根据协议，凯维生物将获得5000万美元首付款，并有资格获得最高3亿美元的里程碑付款。"
    )
    assert roles(one_deal(text)) == {"凯维生物": "licensor", "哈尔文": "licensee"}


def test_a_chinese_short_name_defined_in_brackets_keeps_the_full_name() -> None:
    text = (
        "凯维生物与哈尔文达成商业化合作\n\n"
        '2024年5月4日，凯维生物制药有限公司（"凯维生物"）今日宣布，与哈尔文医药保健有限公司（"哈尔文"）'
        "就KV-410在中国的商业化签署独家合作协议。\n\n"
        "根据协议，凯维生物授予哈尔文KV-410在中国的独家商业化权利，哈尔文将支付3亿元人民币首付款。"
    )
    assert "哈尔文" not in roles(one_deal(text))


# "此次合作将推动信迪利单抗惠及全球更多患者": a Chinese drug name found by its stem may take in the
# end of the verb before it (动信迪利单抗); beside the same name found on its own it is that drug,
# not a second one (deal_assets.py); a drug found only once keeps its name (the guard).

_ZH_LICENCE = (
    "凯维生物与哈尔文就凯维利单抗达成独家许可协议\n\n"
    "2024年5月4日，凯维生物宣布与哈尔文达成协议，哈尔文将获得PD-1抑制剂凯维利单抗在中国以外地区的"
    "独家许可。\n\n根据协议，凯维生物将获得2亿美元首付款。\n\n{about}"
)


def test_a_chinese_drug_with_the_verbs_last_character_is_the_same_drug() -> None:
    about = "凯维生物首席执行官表示，此次合作将推动凯维利单抗惠及全球更多患者。"
    assert asset_names(one_deal(_ZH_LICENCE.format(about=about))) == {"凯维利单抗"}


def test_a_chinese_drug_named_once_keeps_its_name() -> None:
    assert asset_names(one_deal(_ZH_LICENCE.format(about=""))) == {"凯维利单抗"}


# "天演药业宣布与赛诺菲达成…协议，利用天演药业的SAFEbody精准掩蔽技术开发…": a Latin name of
# mixed case glued to the Chinese (or Korean) word for technology or platform, or a few words
# describing it and then that word, is the platform the deal licenses (cjk_platforms.py); a
# class in capitals ("ADC平台") and the platform a licensed drug is built on
# ("基于…技术平台开发的…抗体") name none (the guards).

_ZH_PLATFORM = (
    "凯维生物与哈尔文就{title}达成独家许可与合作协议\n\n"
    "2024年5月4日，凯维生物宣布与哈尔文达成一项合作和独家许可协议，{body}\n\n"
    "根据协议，凯维生物将获得1750万美元首付款，并有资格获得最高25亿美元的研发及商业化里程碑付款。"
)


@pytest.mark.parametrize(
    "body",
    [
        "利用凯维生物的MaskLink精准掩蔽技术开发新一代掩蔽抗体药物。",
        "哈尔文将使用凯维生物的MaskLink平台开发多特异性抗体。",
    ],
)
def test_a_latin_platform_name_glued_to_the_chinese_word_for_technology(body: str) -> None:
    deal = one_deal(_ZH_PLATFORM.format(title="MaskLink掩蔽抗体技术", body=body))
    assert asset_names(deal) == {"MaskLink"}


@pytest.mark.parametrize(
    "body",
    [
        "利用凯维生物的ADC平台开发新一代抗体偶联药物。",
        "将基于凯维生物MaskLink等技术平台开发的一款临床前双特异性抗体KV-101的全球权利授予哈尔文。",
    ],
)
def test_a_class_or_the_platform_a_drug_is_built_on_is_no_platform(body: str) -> None:
    deal = one_deal(_ZH_PLATFORM.format(title="双特异性抗体", body=body))
    assert "MaskLink" not in asset_names(deal) and "ADC" not in asset_names(deal)


# "In May, Sanofi licensed ex-U.S. rights to Fulcrum Therapeutics' losmapimod": rights to a
# company's drug written with its possessive are taken from that company, which is the
# licensor, and the drug is the deal's (roles.py); "licensed rights to X" with no possessive
# grants them to X, the licensee (the guard).


@pytest.mark.parametrize("owner", ["Kelvio Therapeutics'", "Kelvio's"])
def test_rights_licensed_to_a_companys_drug_come_from_that_company(owner: str) -> None:
    text = (
        "Halvern and Kelvio sign licence\n\n"
        f"May 20, 2024 -- Halvern Pharma licensed ex-U.S. rights to {owner} zelvomapimod, an oral "
        "p38 MAPK inhibitor in Phase 3. Kelvio received $80 million upfront and can earn up to "
        "$975 million in regulatory and sales milestones."
    )
    deal = one_deal(text)
    found = roles(deal)
    assert found.pop("Halvern Pharma") == "licensee"
    assert [(n.split()[0], r) for n, r in found.items()] == [("Kelvio", "licensor")]
    assert asset_names(deal) == {"zelvomapimod"}


def test_rights_licensed_to_a_company_go_to_that_company() -> None:
    text = (
        "Kelvio and Halvern sign licence\n\n"
        "May 20, 2024 -- Kelvio Therapeutics licensed ex-U.S. rights to Halvern Pharma for "
        "zelvomapimod, an oral p38 MAPK inhibitor in Phase 3. Kelvio received $80 million upfront."
    )
    assert roles(one_deal(text)) == {
        "Halvern Pharma": "licensee",
        "Kelvio Therapeutics": "licensor",
    }


# "- Acquisition includes CPTX2309, a potential first-in-class in vivo ... candidate": a
# release's headline bullet drops the article, and what "acquisition includes" or "brings" is
# still bought, as "The acquisition includes X" already was (ownership.py BRINGS); a bullet
# naming a drug with no noun of the purchase stays none (the guard).

_BULLETED = (
    "Halvern to Acquire Kelvio Therapeutics\n\n"
    "{bullet}\n"
    "- Kelvio's proprietary lipid platform is designed to deliver RNA payloads\n\n"
    "NORTH CHICAGO, Ill., June 30, 2025 -- Halvern (NYSE: HLV) and Kelvio Therapeutics, Inc. "
    "today announced a definitive agreement under which Halvern will acquire Kelvio for up to "
    "$2.1 billion in cash."
)


@pytest.mark.parametrize(
    "bullet",
    [
        "- Acquisition includes KVX2309, a potential first-in-class in vivo CAR-T candidate",
        "- Transaction brings KVX2309, an in vivo CAR-T candidate in Phase 1",
    ],
)
def test_what_a_bulleted_acquisition_includes_is_bought(bullet: str) -> None:
    assert "KVX2309" in asset_names(one_deal(_BULLETED.format(bullet=bullet)))


def test_a_bullet_naming_a_drug_without_the_purchase_is_no_asset() -> None:
    bullet = "- Analysts compared the deal with HLV-77, a rival CAR-T candidate"
    assert "HLV-77" not in asset_names(one_deal(_BULLETED.format(bullet=bullet)))


# "Umoja and AbbVie will collaborate on UB-VV111, Umoja's CD19-directed in situ CAR-T
# candidate": a code of a prefix, a hyphen, two or three capitals and a three- or four-digit
# compound number is a drug's code, as "ARO-DM1" (two digits) already was (vocabulary.py
# _ASSET_CODE); a target written the same way with one letter ("PD-L1") names none (the guard).


@pytest.mark.parametrize("code", ["KV-VV111", "HLX-AB2047"])
def test_a_prefix_and_a_lettered_compound_number_is_a_code(code: str) -> None:
    assert found_assets(f"Kelvio and Halvern will collaborate on {code}, a CAR-T candidate.") == [
        code
    ]


def test_a_one_letter_target_symbol_is_no_code() -> None:
    assert found_assets("Kelvio will study a PD-L1 antibody with Halvern.") == []


# "to acquire Idorsia Pharmaceuticals Japan Ltd ..., together with the rights to daridorexant
# (QUVIVIQ) and clazosentan (PIVLAZ)": "together with the rights (licence, assets) to" a drug
# takes it with the company bought; it is no partner's drug given in combination, as "together
# with" alone had read it (ownership.py only_others_product). A partner's drug given together
# with the deal's stays none (the guard).

_BUY_WITH_RIGHTS = (
    "Halvern to acquire Kelvio Japan\n\n"
    "TOKYO, July 21, 2023 -- Halvern Group Corporation announces that it has entered into a "
    "share purchase agreement with Kelvio Ltd to acquire Kelvio Pharmaceuticals Japan Ltd, {rest}"
    "\n\nUnder the terms of the agreement, Halvern will pay Kelvio CHF 400 million in cash."
)


@pytest.mark.parametrize(
    "rest",
    [
        "together with the rights to zelvorexant (QUVORA) and clazotentan (PIVORA) in Japan.",
        "together with the rights to zelvorexant and clazotentan in Japan.",
    ],
)
def test_drugs_taken_together_with_the_rights_are_bought(rest: str) -> None:
    deal = one_deal(_BUY_WITH_RIGHTS.format(rest=rest))
    assert {"zelvorexant", "clazotentan"} <= asset_names(deal)


def test_a_drug_given_together_with_a_partners_is_still_none() -> None:
    rest = "which markets clazotentan, given together with the approved drug zelvorexant."
    deal = one_deal(_BUY_WITH_RIGHTS.format(rest=rest))
    assert "zelvorexant" not in asset_names(deal)


# "In May, Biogen turned to City Therapeutics for RNAi. Biogen is paying $16 million upfront
# and making a $30 million equity investment in the startup ..., and City is eligible for up to
# $1 billion in milestones": news tells a partnership as one company turning to (or tapping)
# another for something, which opens a wrap-up's second deal (roles.py), and an equity
# investment beside an upfront or milestones is one of its terms, no equity deal of its own
# (deal_type.py). An investment with no upfront or milestones stays an equity deal (the guard).

_WRAPUP = (
    "Small deals, big platforms\n\n"
    "December 15, 2025 -- Two smaller deals stood out this year.\n\n"
    "In January, Norvaxis agreed to acquire Pellion Therapeutics, a Madison, Wisconsin, company "
    "that designs oral peptides, for $200 million in cash.\n\n{second}"
)


@pytest.mark.parametrize("verb", ["turned to", "tapped"])
def test_a_company_turned_to_for_something_opens_a_partnership(verb: str) -> None:
    second = (
        f"In May, Halvern {verb} Kelvio Therapeutics for RNAi. Halvern is paying $16 million "
        "upfront and making a $30 million equity investment in the startup to develop a drug "
        "using Kelvio's RNA-interference technology, and Kelvio is eligible for up to $1 billion "
        "in milestones."
    )
    deals = deals_in(_WRAPUP.format(second=second))
    halvern = [d for d in deals if "Halvern" in roles(d)]
    assert len(halvern) == 1
    assert roles(halvern[0]) == {"Halvern": "licensee", "Kelvio Therapeutics": "licensor"}
    assert ("upfront_cash", Decimal("16000000")) in payments(halvern[0])


def test_an_investment_without_upfront_or_milestones_stays_an_equity_deal() -> None:
    text = (
        "Halvern invests in Kelvio\n\n"
        "May 4, 2024 -- Halvern Pharma has agreed to make a $30 million equity investment in "
        "Kelvio Therapeutics, the companies said."
    )
    assert one_deal(text)["deal_type"] == "equity"


# "Six months later, AstraZeneca's rare disease unit Alexion exercised its option to acquire the
# rest of Caelum Biosciences. Alexion ... will pay $150 million upon exercise and up to $350
# million in regulatory and commercial milestones": buying "the rest (remainder) of" a company
# makes it the target, as buying its remaining shares already did (roles.py); money paid "upon
# exercise" is an option fee, not an upfront (amounts.py); and a wrap-up's deal told "N months
# later" than the one before, with no date of its own, is of that later month (dates.py
# months_later). Without those words the first deal keeps its date (the guard).

_TWO_BUYOUTS = (
    "2021 in review: the smaller buyouts\n\n"
    "Not every acquisition this year came with a ten-figure price tag.\n\n"
    "In April, Norvaxis Pharma bought Pellion Therapeutics, a Cambridge, Mass., startup, for $160 "
    "million in cash up front. Another $310 million is tied to milestones, putting the total at "
    "up to $470 million.\n\n"
    "{when} Halvern's rare disease unit Kelvara exercised its option to acquire the {rest} of "
    "Zentrix Biosciences. Kelvara will pay $150 million upon exercise and up to $350 million in "
    "regulatory and commercial milestones for the company and its antibody ZX-101."
)


@pytest.mark.parametrize(("when", "month"), [("Six months later,", 10), ("Two months later,", 6)])
@pytest.mark.parametrize("rest", ["rest", "remainder"])
def test_a_later_option_to_acquire_the_rest_of_a_company(when: str, month: int, rest: str) -> None:
    deals = deals_in(_TWO_BUYOUTS.format(when=when, rest=rest), date(2021, 12, 20))
    [second] = [d for d in deals if "Zentrix Biosciences" in roles(d)]
    assert roles(second) == {"Kelvara": "acquirer", "Zentrix Biosciences": "target"}
    assert ("upfront_cash", Decimal("150000000")) not in payments(second)
    assert ("option_fee", Decimal("150000000")) in payments(second)
    assert (second["announced_on"], second["announced_on_precision"]) == (
        f"2021-{month:02d}-01",
        "month",
    )


def test_option_exercise_payments_stay_a_bundle_of_milestones() -> None:
    text = (
        "Halvern and Kelvio sign option deal\n\n"
        "May 4, 2024 -- Halvern will make a $275 million upfront payment to Kelvio, and Kelvio "
        "shareholders are eligible to receive up to $1.47 billion in future option exercise and "
        "milestone payments under the option agreement."
    )
    assert ("milestones", Decimal("1470000000")) in payments(one_deal(text))


# "EsoBiotec is developing ESO-T01, a BCMA-targeted in vivo CAR-T therapy for multiple myeloma,
# in partnership with Pregen": a sentence telling of the bought company's partnership is
# background, yet what it says the company develops or markets is its own drug, bought with it,
# as one written with its possessive already was (ownership.py possessed_in_background); what
# another company develops in such a sentence stays none (the guard).

_ESO_BUY = (
    "Halvern to acquire Kelvio\n\n"
    "17 March 2025 - Halvern Pharma has entered into a definitive agreement to acquire Kelvio "
    "SA, a biotechnology company based in Belgium pioneering in vivo cell therapies.\n\n"
    "{about}\n\n"
    "Halvern will acquire all of Kelvio's outstanding equity for a total consideration of up to "
    "$1 billion, including an initial payment of $425 million on deal closing."
)


def test_what_the_bought_company_develops_with_a_partner_is_bought() -> None:
    about = (
        "Kelvio is developing KVO-T01, a BCMA-targeted in vivo CAR-T therapy for multiple "
        "myeloma, in partnership with Pregenix Biotech in China."
    )
    assert "KVO-T01" in asset_names(one_deal(_ESO_BUY.format(about=about)))


def test_what_another_company_develops_with_a_partner_stays_none() -> None:
    about = (
        "Norvaxis Pharma is developing NVX-T01, a BCMA-targeted in vivo CAR-T therapy, in "
        "partnership with Pregenix Biotech in China."
    )
    assert "NVX-T01" not in asset_names(one_deal(_ESO_BUY.format(about=about)))
