"""Focused tests of the extractor's rules from issue 14's sixth round.

The rules came from the failures of tests/corpus_holdout3 once it became training data, grouped
by cause and written as general rules (how a sentence opens a deal, how companies are named
and glossed, which drugs belong to a deal, how totals and per-item amounts read). Each test
states one rule with a short text of its own (invented names) and fails without it. Nothing
here is taken from tests/corpus_holdout4, the held-out set of that round.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from deals.intake.extraction.assets import find_assets
from deals.intake.extraction.results import Directory
from tests.extraction_rules_helpers import asset_names as _assets
from tests.extraction_rules_helpers import company_names as _names
from tests.extraction_rules_helpers import deals_in, one_deal
from tests.extraction_rules_helpers import payments as _payments
from tests.extraction_rules_helpers import roles as _roles

PUBLISHED = date(2025, 3, 4)
DEAL = (
    "Kelvio Biologics today announced an exclusive license agreement with Norvane Pharma for "
    "KV-221. Norvane Pharma will pay Kelvio Biologics $40 million upfront."
)
PARTIES = {"Kelvio Biologics": "licensor", "Norvane Pharma": "licensee"}


def _deals(text: str) -> list[dict]:
    return deals_in(text, PUBLISHED)


def _one(text: str) -> dict:
    return one_deal(text, PUBLISHED)


# --- Which sentences open a deal ------------------------------------------------------------


def test_earlier_agreements_the_text_calls_earlier_are_background() -> None:
    deal = _one(
        DEAL + " The deal follows Kelvio Biologics' earlier licensing agreements with Oramed "
        "Sciences and Larch Therapeutics."
    )
    assert _roles(deal) == PARTIES


def test_originally_licensed_drug_is_history_not_a_deal() -> None:
    deal = _one(
        "KV-221 was originally in-licensed by Kelvio Biologics from Oramed Sciences. " + DEAL
    )
    assert _roles(deal) == PARTIES


def test_korean_past_experience_ending_is_background() -> None:
    text = (
        "한빛제약은 미국 노바렉스 테라퓨틱스와 KV-221에 대한 기술이전 계약을 체결했다고 밝혔다. "
        "한빛제약은 계약금 3000만 달러를 받는다. "
        "한빛제약은 앞서 지난해 다온바이오에 KV-110을 기술이전한 바 있다."
    )
    deal = _one(text)
    assert "다온바이오" not in _roles(deal)


def test_chinese_previously_is_background() -> None:
    # Chinese full stops end sentences with no space after them.
    text = (
        "此前，恒光制药已与达安医药就两款ADC药物达成许可合作。"
        "2024年10月20日，恒光制药宣布与诺瓦生物就KV-221签署独家许可协议。"
        "诺瓦生物将向恒光制药支付8000万美元的首付款。"
    )
    deal = _one(text)
    assert "达安医药" not in _roles(deal)


def test_chinese_deal_sentence_links_its_two_companies() -> None:
    text = (
        "2024年10月20日，恒光制药宣布与诺瓦生物就KV-221签署独家许可协议。"
        "诺瓦生物将向恒光制药支付8000万美元的首付款。"
        "同日，达安医药与科瑞生物就KV-330签署独家许可协议。"
    )
    assert len(_deals(text)) == 2


def test_companies_merely_listed_near_a_deal_word_open_no_second_deal() -> None:
    text = (
        "Orion Pharma today announced it will acquire Velora Bio for $2.0 billion. "
        "The acquisition strengthens Orion Pharma's neurology portfolio, where it competes "
        "with Larch Therapeutics and Oramed Sciences."
    )
    deal = _one(text)
    assert _roles(deal) == {"Orion Pharma": "acquirer", "Velora Bio": "target"}


def test_a_later_deal_opens_where_a_verb_links_a_described_counterparty() -> None:
    text = (
        "Orion Pharma today announced it will acquire Velora Bio for $2.0 billion. "
        "Separately, Kestrel Therapeutics is buying Swiss biotech Lumora Bio for up to "
        "$300 million."
    )
    deals = _deals(text)
    assert [_roles(d) for d in deals] == [
        {"Orion Pharma": "acquirer", "Velora Bio": "target"},
        {"Kestrel Therapeutics": "acquirer", "Lumora Bio": "target"},
    ]


def test_licence_with_an_apposition_before_from_names_both_sides() -> None:
    text = (
        "Orion Pharma today announced a deal with Velora Bio for VB-12. Separately, Kestrel "
        "Therapeutics licensed KT-77, an oral GLP-1 agonist, from Lumora Bio for $50 million "
        "upfront."
    )
    deals = _deals(text)
    assert {"Kestrel Therapeutics": "licensee", "Lumora Bio": "licensor"} in [
        _roles(d) for d in deals
    ]


# --- How companies are named -------------------------------------------------------------


def test_legal_form_after_the_city_marks_a_drug_shaped_name_as_a_company() -> None:
    text = (
        "Orion Pharma has entered into an exclusive license agreement with Zentagene "
        "(Suzhou) Co., Ltd. for ZT-5004. Zentagene will receive $185 million upfront."
    )
    deal = _one(text)
    assert _roles(deal) == {"Orion Pharma": "licensee", "Zentagene": "licensor"}


def test_bracketed_name_in_another_script_is_the_same_company_named_as_the_text_does() -> None:
    text = (
        "한빛제약, 노바렉스에 KV-221 기술이전\n"
        "한빛제약은 미국 노바렉스 파마슈티컬스(Novarex Pharmaceuticals)와 KV-221에 대한 "
        "기술이전 계약을 체결했다고 밝혔다. 한빛제약은 계약금 1500만 달러를 받는다."
    )
    deal = _one(text)
    assert _roles(deal) == {"한빛제약": "licensor", "노바렉스 파마슈티컬스": "licensee"}


def test_owner_of_an_agreement_is_a_company_whatever_its_shape() -> None:
    # "Orimab" ends like an antibody's INN; owning an agreement makes it a company.
    text = (
        "Orion Pharma said it will acquire Velora Bio for $2.0 billion. The deal follows "
        "Orimab's agreement, announced on September 29, 2024, to acquire Lumora Bio N.V. for "
        "a total of approximately $8.0 billion."
    )
    deals = _deals(text)
    assert {"Orimab": "acquirer", "Lumora Bio N.V.": "target"} in [_roles(d) for d in deals]


def test_a_deal_noun_ends_no_company_name() -> None:
    text = (
        "Orion Pharma and Velora Announce Global Strategic Partnership to Co-Develop and "
        "Co-Commercialize Bispecific Antibody VB-12\n"
        "Orion Pharma and Velora today announced an agreement to co-develop VB-12."
    )
    assert "Partnership" not in _names(text)


# --- Roles and the deal's own drugs --------------------------------------------------------


def test_two_parties_of_one_licence_are_never_both_licensors() -> None:
    text = (
        "Kelvio Biologics today announced a collaboration and license agreement with Norvane "
        "Pharma to co-develop kelvitide, Kelvio Biologics' amylin analog. Kelvio Biologics "
        "will receive $100 million upfront. Norvane Pharma's NV-388 program is a GLP-1 "
        "agonist."
    )
    assert _roles(_one(text)) == PARTIES


def test_combination_partner_and_outsiders_drugs_are_no_assets_of_the_deal() -> None:
    text = (
        "Kelvio Biologics today announced a license agreement with Norvane Pharma for KV-221, "
        "alone and in combination with Norvane Pharma's NV-388. Norvane Pharma will pay "
        "Kelvio Biologics $40 million upfront. KV-221 competes in an area where Larch "
        "Therapeutics' LT-5305 is also in development."
    )
    assert _assets(_one(text)) == {"KV-221"}


def test_class_abbreviation_and_targeted_protein_are_no_assets() -> None:
    assert find_assets(
        "ZT-5004, an oral glucagon-like peptide 1 receptor agonist (GLP-1RA), for obesity.",
        Directory(),
    ) == ["ZT-5004"]
    assert find_assets("HS-30110是一款靶向CDH17的抗体偶联药物。", Directory()) == ["HS-30110"]


def test_inn_in_brackets_after_a_brand_is_the_asset_the_purchase_includes() -> None:
    text = (
        "Orion Pharma today announced it will acquire Velora Bio for $132.00 per share in "
        "cash, a total equity value of approximately $4.6 billion. The transaction includes "
        "VELMIRA (velotaperone), an oral medication approved for schizophrenia."
    )
    assert _assets(_one(text)) == {"velotaperone"}


# --- Totals, prices and per-item amounts --------------------------------------------------


def test_stated_total_deal_value_beats_an_aggregate_paid_at_closing() -> None:
    text = (
        "Orion Pharma today announced it will acquire Velora Bio for $10.50 per share in cash "
        "(an aggregate of approximately $1.0 billion) payable at closing, plus one CVR of up to "
        "$3.00 per share. The total deal value is up to approximately $1.3 billion."
    )
    deal = _one(text)
    assert Decimal(deal["headline"]["amount"]) == Decimal("1300000000")
    assert ("acquisition_price", Decimal("1000000000")) in _payments(deal)


def test_stated_total_deal_value_beats_a_bare_total() -> None:
    text = (
        "Orion Pharma today announced it will acquire Velora Bio. Velora Bio shareholders will "
        "receive $10.50 per share, or about $1.0 billion in total, plus a CVR of up to $3.00 "
        "per share. The total deal value is up to $1.3 billion."
    )
    assert Decimal(_one(text)["headline"]["amount"]) == Decimal("1300000000")


def test_in_total_with_the_payments_it_sums_is_no_headline() -> None:
    text = (
        "Kelvio Biologics today announced a co-development agreement with Norvane Pharma for "
        "KV-221. Norvane Pharma will pay Kelvio Biologics $1.5 billion upfront and $2.0 billion "
        "in total non-contingent anniversary payments through 2028."
    )
    deal = _one(text)
    assert deal["headline"] is None
    assert ("near_term", Decimal("2000000000")) in _payments(deal)


def test_milestones_the_clause_is_about_own_its_total() -> None:
    text = (
        DEAL + " Kelvio Biologics is eligible to receive development, regulatory and commercial "
        "milestone payments of up to €1.4 billion in total for both programs."
    )
    deal = _one(text)
    assert deal["headline"] is None
    assert ("milestones", Decimal("1400000000")) in _payments(deal)


def test_each_milestone_amount_takes_the_kind_written_before_it() -> None:
    text = (
        DEAL + " Kelvio Biologics is eligible to receive development milestones of $1.2 billion "
        "and sales-based milestones of $2.4 billion."
    )
    deal = _one(text)
    assert {
        ("development_milestones", Decimal("1200000000")),
        ("commercial_milestones", Decimal("2400000000")),
    } <= _payments(deal)


def test_korean_per_target_amount_is_no_total() -> None:
    text = (
        "한빛제약은 미국 노바렉스 테라퓨틱스와 KV-221에 대한 기술이전 계약을 체결했다고 밝혔다. "
        "한빛제약은 계약금 1500만 달러를 받으며, 표적당 최대 3억1000만 달러의 마일스톤을 받을 수 "
        "있다."
    )
    deal = _one(text)
    assert Decimal("310000000") not in {a for _, a in _payments(deal)}
    assert ("upfront_cash", Decimal("15000000")) in _payments(deal)


# --- Dates ----------------------------------------------------------------------------------


def test_date_the_text_says_the_deal_was_announced_on_beats_the_dateline() -> None:
    text = (
        "October 27, 2025 -- Orion Pharma said on October 26, 2025 that it will acquire Velora "
        "Bio for $72.00 per share in cash, an equity value of approximately $12.0 billion."
    )
    deal = _one(text)
    assert deal["announced_on"] == "2025-10-26"
