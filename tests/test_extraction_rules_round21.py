"""Focused tests of the extractor's rules from issue 14's twenty-first round.

The rules came from the failures of tests/corpus_holdout18 once it became training data, each
written for the mechanism behind a failure rather than its phrase. Each test states one rule
with a short text of its own (invented names, phrasings that are not those of the corpus) and
fails without it, but the guards, which hold with and without it. Nothing here is taken from
tests/corpus_holdout19, the held-out set of this round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.extraction_rules_helpers import company_names, one_deal
from tests.extraction_rules_helpers import found_assets as _found
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as roles_of

# Korean texts.


def test_a_latin_initialism_may_open_a_korean_company_name() -> None:
    # "HK케미칼" ends in a business word after a Latin initialism, with no Hangul before it.
    assert "HK케미칼" in company_names("이번 계약으로 HK케미칼이 아시아 판권을 확보했다.")


def test_a_korean_name_is_found_again_where_a_particle_follows_it() -> None:
    text = (
        "한빛제약, 노르반에 ZX-101 기술수출\n\n"
        "노르반은 ZX-101의 개발과 상업화를 맡는다. 한빛제약은 로열티를 받는다."
    )
    from deals.intake.extraction.companies import find_companies
    from deals.intake.extraction.results import Directory

    body = text.index("노르반은")
    starts = {m.start for m in find_companies(text, Directory())}
    assert body in starts, starts


def test_a_korean_deal_sentence_may_give_the_month_and_describe_the_counterparty() -> None:
    deal = one_deal(
        "한빛제약은 2023년 5월 스위스 안과 전문 기업 노르딕스와 ZX-101에 대한 라이선스 계약을 "
        "체결했다고 밝혔다. 계약금은 1000만 달러다."
    )
    assert roles_of(deal) == {"한빛제약": "licensor", "노르딕스": "licensee"}, deal["parties"]
    assert (deal["announced_on"], deal["announced_on_precision"]) == ("2023-05-01", "month")


def test_a_two_word_korean_counterparty_before_its_particle_is_one_name() -> None:
    deal = one_deal(
        "한빛제약은 글로벌 백신 기업 노르반 메리외와 ZX-101에 대한 라이선스 계약을 체결했다."
    )
    assert roles_of(deal) == {"한빛제약": "licensor", "노르반 메리외": "licensee"}


def test_the_company_whose_shares_a_korean_buyer_takes_is_its_target() -> None:
    deal = one_deal(
        "한빛제약은 2023년 5월 독일 위탁생산 기업 ABC 노바텍(ABC Novatec)의 지분 70%를 약 "
        "2000억원에 인수하는 계약을 체결했다."
    )
    assert deal["deal_type"] == "acquisition"
    assert roles_of(deal) == {"한빛제약": "acquirer", "ABC 노바텍": "target"}, deal["parties"]


def test_a_korean_entire_contract_size_is_the_total() -> None:
    deal = one_deal(
        "한빛제약은 노르반과 ZX-101 기술이전 계약을 체결했다. 계약금은 2000만 달러이며, "
        "전체 계약 규모는 3억 달러다."
    )
    assert deal["headline"]["amount"] == "300000000.00", deal["headline"]


def test_a_title_rounded_total_gives_way_to_the_body_exact_one() -> None:
    deal = one_deal(
        "한빛제약, 노르반에 ZX-101 기술수출…3억달러 규모\n\n"
        "한빛제약은 노르반과 ZX-101에 대한 기술수출 계약을 체결했다. 이번 계약으로 노르반은 "
        "ZX-101의 권리를 갖게 된다. 총 계약 규모는 3억150만 달러로, 계약금 1500만 달러를 "
        "포함한다."
    )
    assert deal["headline"]["amount"] == "301500000.00", deal["headline"]


def test_a_mixed_case_kinase_symbol_before_an_inhibitor_word_is_no_drug() -> None:
    assert _found("VX-12는 AxlTK 저해제다.") == ["VX-12"]
    assert _found("Corvane's lead drug, CV-7, is a DorTK inhibitor.") == ["CV-7"]


def test_a_mixed_case_product_name_stays_a_drug() -> None:
    # Guard: "KarXT"-shaped names with no inhibitor word after them are drugs.
    assert _found("Halvern will market VelXT in Europe.") == ["VelXT"]


# Chinese texts.


def test_after_a_chinese_agreement_with_b_the_topic_obtains_the_rights() -> None:
    deal = one_deal(
        "金石医药于2023年5月宣布，与瑞士诺维制药达成独家许可协议，获得HV-201在中国的独家开发及"
        "商业化权利。"
    )
    roles = {name[-4:]: role for name, role in roles_of(deal).items()}
    assert roles == {"金石医药": "licensee", "诺维制药": "licensor"}, deal["parties"]


def test_a_country_and_a_business_word_in_chinese_name_no_company() -> None:
    names = company_names("金石医药与德国医药公司Norvex达成独家许可协议。")
    assert "德国医药" not in names, names


def test_a_chinese_name_is_found_again_against_the_next_word() -> None:
    # "百川神州" ends in no business word: only its first mention, in the title, shows it.
    text = "百川神州与Helvara达成许可协议\n\n百川神州于2023年5月宣布获得HV-201的权利。"
    from deals.intake.extraction.companies import find_companies
    from deals.intake.extraction.results import Directory

    body = text.index("百川神州于")
    assert body in {m.start for m in find_companies(text, Directory())}


# English texts.


def test_a_description_after_the_listing_describes_the_company_before_it() -> None:
    deal = one_deal(
        "Halvern Pharma (NASDAQ: HLVN), a global biopharmaceutical company, today announced it "
        "will acquire Corvane Bio for $900 million in cash."
    )
    assert roles_of(deal) == {"Halvern Pharma": "acquirer", "Corvane Bio": "target"}


def test_a_name_the_text_calls_a_biotech_is_a_company() -> None:
    deal = one_deal(
        "Halvern Pharma buys a Danish antibody maker\n\n"
        "Corvane, a privately held Danish biotech, was acquired by Halvern Pharma in March "
        "2024, the companies said. Terms were not disclosed."
    )
    assert roles_of(deal) == {"Corvane": "target", "Halvern Pharma": "acquirer"}


def test_a_month_set_off_after_a_phrase_of_time_dates_the_deal() -> None:
    deal = one_deal(
        "Two weeks later, in June, Halvern Pharma agreed to acquire Corvane Bio for $900 million.",
        date(2024, 8, 1),
    )
    assert (deal["announced_on"], deal["announced_on_precision"]) == ("2024-06-01", "month")


def test_taking_over_development_is_no_takeover() -> None:
    deal = one_deal(
        "Halvern Pharma exercised its option to license ZX-12 from Corvane Bio and will take "
        "over global development and commercialization."
    )
    assert deal["deal_type"] == "option"
    assert roles_of(deal) == {"Halvern Pharma": "licensee", "Corvane Bio": "licensor"}


def test_a_gene_before_a_disease_abbreviation_and_a_drug_word_is_no_drug() -> None:
    assert _found("Halvern bets on Corvane's FUS1 ALS therapy") == []


def test_option_payments_and_listed_milestone_kinds_are_one_milestone_bundle() -> None:
    deal = one_deal(
        "Halvern Pharma granted Brandt Bio an exclusive license to HV-3. Brandt Bio will pay "
        "$20 million upfront, and Halvern Pharma is eligible to receive up to $400 million in "
        "option payments and clinical, regulatory and commercial milestone payments."
    )
    assert ("milestones", Decimal("400000000")) in _payments(deal), deal["payments"]
    assert not any(p["kind"] == "option_fee" for p in deal["payments"])


def test_a_code_ending_in_the_rx_tag_is_one_drug() -> None:
    assert _found("Halvern licensed HLV-PCSK9-LRx to Brandt.") == ["HLV-PCSK9-LRx"]
    assert _found("Halvern licensed HLV-TTR2Rx to Brandt.") == ["HLV-TTR2Rx"]


def test_an_abbreviation_defined_for_a_receptor_is_no_company() -> None:
    text = (
        "Halvern Pharma licensed its platform to Brandt Bio for antibodies against the hepatic "
        "Gx receptor (GxRn). For access to the first target, GxRn, Brandt Bio will pay $10 "
        "million."
    )
    assert "GxRn" not in company_names(text)


def test_a_lower_case_name_before_a_legal_form_is_a_company() -> None:
    names = company_names(
        "Halvern Pharma today announced a license agreement with corvex SE that gives corvex "
        "access to its platform."
    )
    assert {"corvex", "corvex SE"} & names, names
