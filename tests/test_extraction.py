"""The deal extractor: money forms, roles, territories, dates, matching, and corpus quality."""

import json
from datetime import date
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from bench.extraction_report import amount_stands_in_quote, score_corpus
from deals.intake.extraction.amounts import parse_money
from deals.intake.extraction.assets import find_assets, find_territory
from deals.intake.extraction.dates import find_date
from deals.intake.extraction.directory import directory_from_db
from deals.intake.extraction.extractor import extract_deals
from deals.intake.extraction.results import Directory
from tests.extraction_floors import (
    HOLDOUT3_CORPUS,
    HOLDOUT4_CORPUS,
    HOLDOUT5_CORPUS,
    HOLDOUT6_CORPUS,
    HOLDOUT7_CORPUS,
    HOLDOUT8_CORPUS,
    HOLDOUT9_CORPUS,
    HOLDOUT10_CORPUS,
    HOLDOUT11_CORPUS,
    HOLDOUT12_CORPUS,
    HOLDOUT13_CORPUS,
    HOLDOUT14_CORPUS,
    HOLDOUT15_CORPUS,
    HOLDOUT16_CORPUS,
    HOLDOUT18_CORPUS,
    HOLDOUT19_CORPUS,
    HOLDOUT20_CORPUS,
    HOLDOUT21_CORPUS,
    HOLDOUT22_CORPUS,
    HOLDOUT23_CORPUS,
    HOLDOUT24_CORPUS,
    HOLDOUT25_CORPUS,
    HOLDOUT26_CORPUS,
    HOLDOUT27_CORPUS,
    HOLDOUT28_CORPUS,
    HOLDOUT29_CORPUS,
    HOLDOUT30_CORPUS,
    HOLDOUT31_CORPUS,
    HOLDOUT32_CORPUS,
    HOLDOUT33_CORPUS,
    HOLDOUT34_CORPUS,
    TRAINING_FLOORS,
)
from tests.factories import AssetAliasFactory, AssetFactory, CompanyAliasFactory, CompanyFactory

CORPUS = Path(__file__).parent / "corpus"


# --- Quality over the corpus ------------------------------------------------------------


def test_corpus_has_at_least_ten_texts_each_with_expected_output() -> None:
    texts = sorted(CORPUS.glob("*.txt"))
    assert len(texts) >= 10
    for text in texts:
        expected = json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))
        assert {"published_on", "deals"} <= set(expected)


def test_corpus_meets_recall_and_precision_targets() -> None:
    report = score_corpus(CORPUS)
    scores = report.scores
    for name in ("parties", "assets", "headline", "upfront"):
        assert scores[name].recall >= 0.9, (name, report.misses)
    for name in ("amounts", "headline", "upfront", "milestones", "payments"):
        assert scores[name].precision == 1.0, (name, report.misses)


@pytest.mark.parametrize(
    "corpus",
    [
        "corpus",
        "corpus_dev",
        "corpus_train2",
        "corpus_holdout",
        "corpus_holdout2",
        "corpus_holdout3",
        "corpus_holdout4",
        "corpus_holdout5",
        "corpus_holdout6",
        "corpus_holdout7",
        "corpus_holdout8",
        "corpus_holdout9",
        "corpus_holdout10",
        "corpus_holdout11",
        "corpus_holdout12",
        "corpus_holdout13",
        "corpus_holdout14",
        "corpus_holdout15",
        "corpus_holdout16",
        "corpus_holdout17",
        "corpus_holdout18",
        "corpus_holdout19",
        "corpus_holdout20",
        "corpus_holdout21",
        "corpus_holdout22",
        "corpus_holdout23",
        "corpus_holdout24",
        "corpus_holdout25",
        "corpus_holdout26",
        "corpus_holdout27",
        "corpus_holdout28",
        "corpus_holdout29",
        "corpus_holdout30",
        "corpus_holdout31",
        "corpus_holdout32",
        "corpus_holdout33",
        "corpus_holdout34",
    ],
)
def test_every_extracted_amount_stands_in_its_quote(corpus: str) -> None:
    checked = 0
    for text_path in sorted((Path(__file__).parent / corpus).glob("*.txt")):
        published = date.fromisoformat(
            json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))["published_on"]
        )
        text = text_path.read_text(encoding="utf-8")
        for candidate in extract_deals(text, published):
            deal = candidate.to_dict()
            for item in [deal["headline"], *deal["payments"]]:
                if item and item["amount"] is not None:
                    assert item["quote"] in text
                    assert amount_stands_in_quote(
                        item["amount"], item["as_written"], item["quote"]
                    ), item
                    checked += 1
    # Enough amounts that the check means something (holdout12 has 19 since round 15 dropped
    # a sum read as an upfront).
    assert checked >= 15


def test_text_without_deal_terms_yields_no_amounts() -> None:
    text = (CORPUS / "10_no_deal_terms.txt").read_text(encoding="utf-8")
    # It quotes $412 million of cash, $38.5 million of revenue and a $25 billion market.
    assert parse_money(text)
    assert extract_deals(text, date(2026, 5, 5)) == []


def test_amount_check_rejects_a_number_not_in_the_quote() -> None:
    assert amount_stands_in_quote("5600000000.00", "$5.6 billion", "worth up to $5.6 billion.")
    assert not amount_stands_in_quote("5700000000.00", "$5.6 billion", "worth up to $5.6 billion.")
    assert not amount_stands_in_quote("5600000000.00", "$5.6 billion", "worth up to $5.7 billion.")


# --- Money ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("up to $5.6B in total", "5600000000", "USD"),
        ("an upfront of $650M", "650000000", "USD"),
        ("US$1.5 bn in milestones", "1500000000", "USD"),
        ("€25mn upfront", "25000000", "EUR"),
        ("worth up to £1.6bn", "1600000000", "GBP"),
        ("up to CHF 250 million", "250000000", "CHF"),
        ("RMB 150 million upfront", "150000000", "CNY"),
        ("1.35 billion yuan in milestones", "1350000000", "CNY"),
        ("an upfront fee of ¥3 billion", "3000000000", "JPY"),
        ("30 billion yen", "30000000000", "JPY"),
        ("₩74 billion", "74000000000", "KRW"),
        ("8.2 trillion won", "8200000000000", "KRW"),
        ("USD 2,500,000", "2500000", "USD"),
        ("$750 thousand", "750000", "USD"),
        ("1조2000억원", "1200000000000", "KRW"),
        ("계약금 450억원", "45000000000", "KRW"),
        ("2천억원", "200000000000", "KRW"),
    ],
)
def test_parse_money_reads_currencies_and_scales(text: str, amount: str, currency: str) -> None:
    found = parse_money(text)
    assert [(m.amount, m.currency) for m in found] == [(Decimal(amount), currency)]


def test_parenthetical_conversion_is_the_same_amount_not_a_second_term() -> None:
    sentence = (
        "RemeGen licensed RC148 to AbbVie in a deal worth up to $5.6 billion "
        "(about 8.2 trillion won)."
    )
    found = parse_money(sentence)
    assert [m.currency for m in found] == ["USD", "KRW"]
    assert found[1].conversion_of is found[0]
    (deal,) = extract_deals(sentence, date(2026, 1, 13))
    assert deal.headline.amount == Decimal("5600000000")
    assert deal.payments == []


def test_numbers_without_currency_are_never_money() -> None:
    assert (
        parse_money("The KOSPI pharmaceutical index rose 0.3% and 40 meetings were held in 2026.")
        == []
    )


def test_undisclosed_terms_become_undisclosed_components_not_zero() -> None:
    text = (
        "Novartis entered into an agreement with Zonsen PepLib Biotech for radioligand candidates, "
        "paying $50 million upfront, with development, regulatory and sales milestones and "
        "royalties "
        "undisclosed."
    )
    (deal,) = extract_deals(text, date(2026, 1, 13))
    by_kind = {p.kind: p for p in deal.payments}
    assert by_kind["upfront_cash"].amount == Decimal("50000000")
    assert by_kind["milestones"].disclosed is False
    assert by_kind["milestones"].amount is None
    assert by_kind["milestones"].currency is None


def test_milestones_by_kind() -> None:
    text = (
        "Acme Bio granted Zenith Pharma an exclusive license to AB-101. Acme Bio will receive "
        "$20 million upfront, up to $100 million in development milestones and up to $300 million "
        "in sales milestones."
    )
    (deal,) = extract_deals(text, date(2026, 3, 1))
    kinds = {(p.kind, p.amount) for p in deal.payments}
    assert kinds == {
        ("upfront_cash", Decimal("20000000")),
        ("development_milestones", Decimal("100000000")),
        ("commercial_milestones", Decimal("300000000")),
    }


# --- Parties, roles, assets -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "Hangzhou Tianmu Pharmaceutical Co., Ltd. in-licensed TMB-410 from Lumen Bio Inc.",
            {"Hangzhou Tianmu Pharmaceutical": "licensee", "Lumen Bio": "licensor"},
        ),
        (
            "Kangyuan Biologics has granted Veridia Therapeutics an exclusive license to KY-1021.",
            {"Kangyuan Biologics": "licensor", "Veridia Therapeutics": "licensee"},
        ),
        (
            "Hanbit Pharmaceutical signed a technology transfer contract with Corvana "
            "Therapeutics for HB0217.",
            {"Hanbit Pharmaceutical": "licensor", "Corvana Therapeutics": "licensee"},
        ),
        (
            "Halvorsen Pharma AG will acquire Brightwell Oncology, Inc. for €1.2 billion in cash.",
            {"Halvorsen Pharma": "acquirer", "Brightwell Oncology": "target"},
        ),
        (
            # No direction in the wording: the big pharma is taken as the licensee.
            "Zonsen PepLib Biotech entered into a license agreement with Novartis for RLT "
            "candidates.",
            {"Zonsen PepLib Biotech": "licensor", "Novartis": "licensee"},
        ),
    ],
)
def test_roles_from_deal_phrasing(sentence: str, roles: dict[str, str]) -> None:
    (deal,) = extract_deals(sentence, date(2026, 1, 12))
    assert {p.name: p.role for p in deal.parties} == roles


def test_unnamed_counterparty_is_an_undisclosed_party_and_negotiation_status() -> None:
    text = (
        "Alteogen said it is in the final stages of negotiating a license for its ALT-B4 platform "
        "with a global pharmaceutical company."
    )
    (deal,) = extract_deals(text, date(2026, 1, 13))
    assert deal.status == "negotiation"
    assert deal.deal_type == "platform_license"
    undisclosed = [p for p in deal.parties if not p.disclosed]
    assert [p.role for p in undisclosed] == ["licensee"]
    assert undisclosed[0].company_slug is None


def test_several_deals_in_one_article_are_separate_candidates() -> None:
    text = (CORPUS / "02_jpm_wrapup_korean_news.txt").read_text(encoding="utf-8")
    deals = extract_deals(text, date(2026, 1, 13))
    pairs = [sorted(p.name for p in d.parties if p.disclosed) for d in deals]
    assert ["AbbVie", "RemeGen"] in pairs
    assert ["Novartis", "Sineuro"] in pairs
    assert ["Novartis", "Zonsen PepLib Biotech"] in pairs


def test_asset_codes_are_found_and_targets_are_not_assets() -> None:
    sentence = (
        'The deal covers RC148, ALT-B4, HRS-9821 and "LM-299", which hit PD-1, VEGF, B7-H3 and '
        "HER2; Alteogen (KOSDAQ: 196170) said in 2026."
    )
    assert find_assets(sentence, Directory()) == ["RC148", "ALT-B4", "HRS-9821", "LM-299"]


def test_modality_targets_and_area_come_from_the_vocabulary() -> None:
    text = (
        "RemeGen entered into an exclusive license agreement with AbbVie for RC148, a PD-1/VEGF "
        "bispecific antibody for non-small cell lung cancer."
    )
    (deal,) = extract_deals(text, date(2026, 1, 12))
    (asset,) = deal.assets
    assert asset.modality == "bispecific"
    assert asset.targets == ["PD-1", "VEGF"]
    assert asset.therapeutic_areas == ["Oncology"]


@pytest.mark.django_db
def test_known_companies_match_through_names_and_aliases() -> None:
    scineuro = CompanyFactory(name="SciNeuro Pharmaceuticals", country="CN")
    CompanyAliasFactory(company=scineuro, name="Sineuro")
    novartis = CompanyFactory(name="Novartis AG", country="CH")
    remegen = CompanyFactory(name="RemeGen Co., Ltd.", local_name="荣昌生物", country="CN")
    asset = AssetFactory(name="ALT-B4")
    AssetAliasFactory(asset=asset, name="ALTB4")
    directory = directory_from_db()

    (deal,) = extract_deals(
        "Novartis agreed to in-license an antibody program from Sineuro.",
        date(2026, 1, 12),
        directory,
    )
    slugs = {p.role: p.company_slug for p in deal.parties}
    assert slugs == {"licensee": novartis.slug, "licensor": scineuro.slug}
    assert {p.role: p.name for p in deal.parties}["licensor"] == "SciNeuro Pharmaceuticals"

    (deal,) = extract_deals("荣昌生物 licensed RC148 to Novartis.", date(2026, 1, 12), directory)
    assert {p.company_slug for p in deal.parties} == {remegen.slug, novartis.slug}

    (deal,) = extract_deals(
        "Novartis signed a license agreement with Sineuro for ALTB4.", date(2026, 1, 12), directory
    )
    assert [(a.name, a.asset_slug) for a in deal.assets] == [("ALT-B4", asset.slug)]


def test_unknown_companies_are_proposed_as_new() -> None:
    (deal,) = extract_deals(
        "Brightwell Oncology, Inc. has granted Halvorsen Pharma AG an exclusive license to BW-707.",
        date(2026, 3, 3),
    )
    assert all(p.company_slug is None and p.disclosed for p in deal.parties)


# --- Territory and dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("AbbVie gets worldwide rights except Greater China.", (["WW"], ["GREATER_CHINA"])),
        (
            "Veridia may license KY-1021 in all territories outside mainland China, Hong Kong, "
            "Macau and Taiwan.",
            (["WW"], ["GREATER_CHINA"]),
        ),
        ("Novartis receives global rights to the candidates.", (["WW"], [])),
        ("Tianmu gets the rights to develop TMB-410 in Greater China.", (["GREATER_CHINA"], [])),
        ("Corvana will obtain global rights, excluding Korea.", (["WW"], ["KR"])),
        ("코르바나는 한국을 제외한 전 세계에서 독점적 권리를 갖는다.", (["WW"], ["KR"])),
    ],
)
def test_territory_phrases(sentence: str, expected: tuple[list[str], list[str]]) -> None:
    territory = find_territory(sentence)
    assert territory == {"included": expected[0], "excluded": expected[1]}


def test_global_pharmaceutical_company_is_not_a_territory() -> None:
    assert find_territory("Alteogen is negotiating with a global pharmaceutical company.") is None


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("RemeGen on the 12th (local time) licensed RC148.", date(2026, 1, 13), date(2026, 1, 12)),
        ("The deal was signed on the 30th (local time).", date(2026, 2, 2), date(2026, 1, 30)),
        ("SAN FRANCISCO, Jan. 12, 2026 /PRNewswire/ -- ...", None, date(2026, 1, 12)),
        ("It was announced on 3 March 2026.", None, date(2026, 3, 3)),
        ("The companies said on Monday.", date(2026, 6, 10), date(2026, 6, 8)),
        ("한빛제약은 12일(현지시간) 계약을 체결했다.", date(2026, 1, 13), date(2026, 1, 12)),
        ("2026년 1월 12일 계약을 체결했다.", None, date(2026, 1, 12)),
    ],
)
def test_dates_absolute_and_relative(sentence: str, published: date | None, expected: date) -> None:
    found = find_date(sentence, published)
    assert found is not None and found.value == expected


# --- Output shape and command -----------------------------------------------------------


def test_every_value_carries_its_quote_and_a_confidence() -> None:
    text = (CORPUS / "01_rc148_license_press_release.txt").read_text(encoding="utf-8")
    (deal,) = extract_deals(text, date(2026, 1, 12))
    out = deal.to_dict()
    for item in [*out["parties"], *out["assets"], *out["payments"], out["headline"]]:
        assert item["quote"] and item["quote"] in text
        assert 0 < item["confidence"] <= 1
    for field in ("parties", "assets", "headline", "payments", "territory", "announced_on"):
        assert out["quotes"][field] in text
    assert 0 < out["confidence"] <= 1


@pytest.mark.django_db
def test_extract_deals_command_prints_contract_json() -> None:
    out = StringIO()
    call_command(
        "extract_deals", str(CORPUS / "01_rc148_license_press_release.txt"),
        "--published-on", "2026-01-12", "--json", stdout=out,
    )  # fmt: skip
    (deal,) = json.loads(out.getvalue())
    assert {"deal_type", "status", "announced_on", "parties", "assets", "headline", "payments",
            "territory", "quotes", "confidence"} <= set(deal)  # fmt: skip
    assert deal["headline"] == {**deal["headline"], "amount": "5600000000.00", "currency": "USD"}
    assert {"role": "licensee", "name": "AbbVie", "company_slug": None}.items() <= deal["parties"][
        1
    ].items()


@pytest.mark.django_db
def test_extract_deals_command_reads_as_text_by_default() -> None:
    out = StringIO()
    call_command("extract_deals", str(CORPUS / "03_zonsen_novartis_upfront_only.txt"), stdout=out)
    text = out.getvalue()
    assert "licensee  Novartis" in text
    assert "upfront_cash: $50M" in text
    assert "milestones: undisclosed" in text


def test_extract_deals_command_refuses_a_missing_file() -> None:
    with pytest.raises(CommandError, match="No such file"):
        call_command("extract_deals", "/nonexistent/announcement.txt")


# --- The held-out set -------------------------------------------------------------------

DEV_CORPUS = Path(__file__).parent / "corpus_dev"


def test_held_out_set_has_fifteen_real_texts_each_with_its_source() -> None:
    texts = sorted(DEV_CORPUS.glob("*.txt"))
    assert len(texts) >= 15
    roles = set()
    for text in texts:
        expected = json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))
        assert expected["source_url"].startswith("https://"), text.name
        assert {"published_on", "deals"} <= set(expected)
        roles |= {p["role"] for d in expected["deals"] for p in d["parties"]}
    assert {"licensor", "licensee", "acquirer", "target"} <= roles


TRAIN2_CORPUS = Path(__file__).parent / "corpus_train2"


def test_third_training_set_invents_no_amount() -> None:
    report = score_corpus(TRAIN2_CORPUS)
    assert report.unsupported_amounts == []


HOLDOUT_CORPUS = Path(__file__).parent / "corpus_holdout"


def test_old_held_out_set_as_training_keeps_its_round_four_scores() -> None:
    # Its failures were read and fixed by general rules in issue 14's fourth round.
    report = score_corpus(HOLDOUT_CORPUS)
    for name in ("parties", "roles", "upfront", "headline", "date"):
        assert report.scores[name].recall >= 0.95, (name, report.misses)
        assert report.scores[name].precision >= 0.95, (name, report.misses)
    assert report.scores["milestones"].recall >= 0.9, report.misses
    assert report.unsupported_amounts == []


HOLDOUT2_CORPUS = Path(__file__).parent / "corpus_holdout2"


def test_fourth_round_held_out_set_as_training_keeps_its_round_five_scores() -> None:
    # Its failures were read and fixed by general rules in issue 14's fifth round.
    report = score_corpus(HOLDOUT2_CORPUS)
    for name in ("parties", "roles", "upfront", "headline", "milestones", "date"):
        assert report.scores[name].recall >= 0.95, (name, report.misses)
        assert report.scores[name].precision >= 0.95, (name, report.misses)
    assert report.scores["assets"].recall >= 0.9, report.misses
    assert report.unsupported_amounts == []


@pytest.mark.parametrize(
    ("corpus", "floors"), TRAINING_FLOORS, ids=[c.name for c, _ in TRAINING_FLOORS]
)
def test_held_out_sets_as_training_keep_the_scores_their_round_gave_them(
    corpus: Path, floors: dict
) -> None:
    report = score_corpus(corpus)
    for name, (precision, recall) in floors.items():
        assert report.scores[name].precision >= precision, (name, report.misses)
        assert report.scores[name].recall >= recall, (name, report.misses)
    assert report.unsupported_amounts == []


# The sets of real announcements after the first (tests/corpus_dev has its own test above), in
# the order they were written: corpus_train2 (round 3, training); corpus_holdout, holdout2 ...
# holdout16 (each held out in one round - rounds 2-3, 4, 5, ... 18 - and training since);
# corpus_holdout17 (held out in round 19, training since round 20); corpus_holdout18 (held out
# in round 20, training since round 21); corpus_holdout19 (held out in round 21, training since
# round 22); corpus_holdout20 (held out in round 22, training since round 23); corpus_holdout21
# (held out in round 23, training since round 24); corpus_holdout22 (held out in round 24,
# training since round 25); corpus_holdout23 (held out in round 25, training since round 26);
# corpus_holdout24 (held out in round 26, training since round 27); corpus_holdout25 (held out in
# round 27, training since round 28); corpus_holdout26 (held out in round 28, training since
# round 29); corpus_holdout27 (held out in round 29, training since round 30); corpus_holdout28
# (held out in round 30, training since round 31); corpus_holdout29 (held out in round 31,
# training since round 32); corpus_holdout30 (held out in round 32, training since round 33);
# corpus_holdout31 (held out in round 33, training since round 34); corpus_holdout32 (held out
# in round 34, training since round 35); corpus_holdout33 (held out in round 35, training
# since round 36); corpus_holdout34 (written for round 36 before it changed any rule: held out,
# tune nothing on it - listed here for its sources and coverage only).
# Each: enough real, sourced texts with every role, the deal types and the languages it was
# written to cover.
REAL_SETS = [
    (TRAIN2_CORPUS, 12, 2018, {"license", "option", "acquisition"}, {"en"}),
    (HOLDOUT_CORPUS, 15, 2019, {"license", "option", "acquisition"}, {"en"}),
    (
        HOLDOUT2_CORPUS,
        15,
        2018,
        {"license", "option", "acquisition", "collaboration"},
        {"ko", "en"},
    ),
    (
        HOLDOUT3_CORPUS,
        15,
        2016,
        {"license", "option", "acquisition", "collaboration"},
        {"ko", "zh", "en"},
    ),
    (
        HOLDOUT4_CORPUS,
        15,
        2015,
        {"license", "asset_purchase", "acquisition", "collaboration"},
        {"ko", "zh", "en"},
    ),
    (HOLDOUT5_CORPUS, 15, 2015, {"license", "option", "acquisition"}, {"ko", "zh", "en"}),
    (
        HOLDOUT6_CORPUS,
        15,
        2015,
        {"license", "option", "acquisition", "collaboration", "platform_license"},
        {"ko", "zh", "en"},
    ),
    (
        HOLDOUT7_CORPUS,
        15,
        2016,
        {"license", "option", "acquisition", "collaboration", "asset_purchase"},
        {"ko", "zh", "en"},
    ),
    (HOLDOUT8_CORPUS, 15, 2017, {"license", "acquisition", "collaboration"}, {"ko", "zh", "en"}),
    (
        HOLDOUT9_CORPUS,
        15,
        2017,
        {"license", "option", "acquisition", "collaboration", "asset_purchase"},
        {"ko", "zh", "en"},
    ),
    (
        HOLDOUT10_CORPUS,
        15,
        2014,
        {"license", "option", "acquisition", "collaboration"},
        {"ko", "zh", "en"},
    ),
    (
        HOLDOUT11_CORPUS,
        15,
        2014,
        {"license", "option", "acquisition", "platform_license"},
        {"ko", "zh", "en"},
    ),
    (HOLDOUT12_CORPUS, 15, 2013, {"license", "option", "acquisition", "platform_license"},
     {"ko", "zh", "en"}),
    (HOLDOUT13_CORPUS, 15, 2015, {"license", "option", "acquisition", "platform_license"},
     {"ko", "zh", "en"}),
    (HOLDOUT14_CORPUS, 15, 2017, {"license", "option", "acquisition", "platform_license"},
     {"ko", "zh", "en"}),
    (HOLDOUT15_CORPUS, 15, 2018, {"license", "option", "acquisition", "platform_license"},
     {"ko", "zh", "en"}),
    (HOLDOUT16_CORPUS, 15, 2021, {"license", "option", "acquisition", "collaboration"},
     {"ko", "zh", "en"}),
    (HOLDOUT18_CORPUS, 15, 2016, {"license", "option", "acquisition", "platform_license"},
     {"ko", "zh", "en"}),
    (HOLDOUT19_CORPUS, 15, 2016, {"license", "option", "acquisition", "platform_license"},
     {"ko", "zh", "en"}),
    (HOLDOUT20_CORPUS, 15, 2017, {"license", "option", "acquisition", "platform_license"},
     {"ko", "zh", "en"}),
    (HOLDOUT21_CORPUS, 15, 2019,
     {"license", "option", "acquisition", "platform_license", "asset_purchase"},
     {"ko", "zh", "en"}),
    (HOLDOUT22_CORPUS, 15, 2018,
     {"license", "option", "acquisition", "platform_license"},
     {"ko", "zh", "en"}),
    (HOLDOUT23_CORPUS, 15, 2020,
     {"license", "option", "acquisition", "platform_license"},
     {"ko", "zh", "en"}),
    (HOLDOUT24_CORPUS, 15, 2015,
     {"license", "option", "acquisition", "platform_license", "asset_purchase"},
     {"ko", "zh", "en"}),
    (HOLDOUT25_CORPUS, 15, 2018,
     {"license", "option", "acquisition", "platform_license", "asset_purchase", "collaboration"},
     {"ko", "zh", "en"}),
    (HOLDOUT26_CORPUS, 15, 2013,
     {"license", "option", "acquisition", "platform_license", "collaboration"},
     {"ko", "zh", "en"}),
    (HOLDOUT27_CORPUS, 15, 2011,
     {"license", "option", "acquisition", "platform_license", "collaboration"},
     {"ko", "zh", "en"}),
    (HOLDOUT28_CORPUS, 15, 2013,
     {"license", "option", "acquisition", "platform_license", "collaboration"},
     {"ko", "zh", "en"}),
    (HOLDOUT29_CORPUS, 15, 2010,
     {"license", "option", "acquisition", "platform_license", "collaboration"},
     {"ko", "zh", "en"}),
    (HOLDOUT30_CORPUS, 15, 2011,
     {"license", "option", "acquisition", "platform_license", "collaboration"},
     {"ko", "zh", "en"}),
    (HOLDOUT31_CORPUS, 15, 2011,
     {"license", "option", "acquisition", "platform_license", "collaboration"},
     {"ko", "zh", "en"}),
    (HOLDOUT32_CORPUS, 15, 2011,
     {"license", "option", "acquisition", "platform_license", "collaboration"},
     {"ko", "zh", "en"}),
    (HOLDOUT33_CORPUS, 15, 2008,
     {"license", "option", "acquisition", "platform_license", "collaboration"},
     {"ko", "zh", "en"}),
    (HOLDOUT34_CORPUS, 15, 2009,
     {"license", "option", "acquisition", "asset_purchase", "platform_license"},
     {"ko", "zh", "en"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("corpus", "at_least", "since", "deal_types", "languages"),
    REAL_SETS,
    ids=[entry[0].name for entry in REAL_SETS],
)
def test_each_later_set_is_real_announcements_with_sources(
    corpus: Path, at_least: int, since: int, deal_types: set[str], languages: set[str]
) -> None:
    texts = sorted(corpus.glob("*.txt"))
    assert len(texts) >= at_least
    roles, types, found = set(), set(), set()
    for text in texts:
        expected = json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))
        assert expected["source_url"].startswith("https://"), text.name
        assert date.fromisoformat(expected["published_on"]).year in range(since, 2026)
        roles |= {p["role"] for d in expected["deals"] for p in d["parties"]}
        types |= {d["deal_type"] for d in expected["deals"]}
        body = text.read_text(encoding="utf-8")
        found.add("ko" if "계약" in body else "zh" if "协议" in body else "en")
    assert {"licensor", "licensee", "acquirer", "target"} <= roles
    assert deal_types <= types
    assert languages <= found


def test_held_out_baseline_is_recorded_per_field() -> None:
    scores = json.loads(
        (Path(__file__).parent.parent / "bench" / "extraction_scores.json").read_text()
    )
    for key in ("training", "dev_baseline", "holdout_before"):
        assert {"parties", "roles", "upfront", "milestones", "headline", "date"} <= set(scores[key])
        assert all(0 <= v["precision"] <= 1 and 0 <= v["recall"] <= 1 for v in scores[key].values())


def test_amount_check_reads_the_scale_word() -> None:
    # The digits agree ("5"), the scale does not: a million is no support for a billion.
    assert not amount_stands_in_quote("5000000000.00", "$5 million", "for $5 million upfront")
    assert amount_stands_in_quote("5000000.00", "$5 million", "for $5 million upfront")
    assert amount_stands_in_quote("8200000000000.00", "₩8.2 trillion", "worth ₩8.2 trillion")
    assert not amount_stands_in_quote("82000000000.00", "₩8.2 trillion", "worth ₩8.2 trillion")


# --- Roles from sentence structure (issue 14) --------------------------------------------

HANALL = (
    "Boehringer Ingelheim licensed worldwide rights to ZX-2021 from HanAll Biopharma for $40M "
    "upfront and up to $1.1B in milestones, the companies said in January 2026."
)


def _roles(text: str) -> list[dict[str, tuple[str, float]]]:
    return [
        {p.name: (p.role, p.confidence) for p in c.parties}
        for c in extract_deals(text, date(2026, 2, 3))
    ]


def test_hanall_boehringer_roles_from_the_sentence_with_confidence() -> None:
    [roles] = _roles(HANALL)
    assert roles["Boehringer Ingelheim"][0] == "licensee"
    assert roles["HanAll Biopharma"][0] == "licensor"
    assert min(conf for _, conf in roles.values()) >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        # Neither name is well known: company order alone would make Korvana the licensor.
        "Korvana Bio licensed worldwide rights to ZX-1 from Nordhaven Pharma.",
        "Korvana Bio in-licensed ZX-1 from Nordhaven Pharma under a license agreement.",
        "Korvana Bio acquired the rights to ZX-1 from Nordhaven Pharma.",
        "Nordhaven Pharma out-licensed ZX-1 to Korvana Bio.",
        "Nordhaven Pharma granted Korvana Bio an exclusive license to ZX-1.",
        "Korvana Bio will pay Nordhaven Pharma $20 million upfront under the license for ZX-1.",
        "Nordhaven Pharma entered into an option agreement with Korvana Bio for ZX-1.",
        "ZX-1 was licensed to Korvana Bio by Nordhaven Pharma under an exclusive agreement.",
        "Korvana Bio was granted exclusive rights to ZX-1 by Nordhaven Pharma in a license deal.",
    ],
)
def test_licence_roles_follow_the_sentence_not_company_order(text: str) -> None:
    licensee, licensor = "Korvana Bio", "Nordhaven Pharma"
    [roles] = _roles(text)
    assert roles[licensee][0] == "licensee" and roles[licensor][0] == "licensor", roles
    assert roles[licensee][1] >= 0.8 and roles[licensor][1] >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "Nordhaven Pharma agreed to acquire Korvana Bio for $2 billion in cash.",
        "Korvana Bio will be acquired by Nordhaven Pharma for $2 billion in cash.",
    ],
)
def test_acquisitions_give_acquirer_and_target(text: str) -> None:
    [roles] = _roles(text)
    assert roles["Nordhaven Pharma"][0] == "acquirer"
    assert roles["Korvana Bio"][0] == "target"


def test_wrap_up_with_several_deals_keeps_each_deals_roles() -> None:
    text = (
        "Korvana Bio licensed worldwide rights to ZX-1 from Nordhaven Pharma for $20 million "
        "upfront. In a separate deal, Altmark Therapeutics agreed to acquire Belvine Bio for "
        "$300 million. Separately, Quenby Pharma out-licensed QB-7 to Ostrava Biologics."
    )
    found = {frozenset(r): r for r in _roles(text)}
    assert len(found) == 3
    by_name = {name: role for r in found.values() for name, (role, _) in r.items()}
    assert by_name["Korvana Bio"] == "licensee" and by_name["Nordhaven Pharma"] == "licensor"
    assert by_name["Altmark Therapeutics"] == "acquirer" and by_name["Belvine Bio"] == "target"
    assert by_name["Ostrava Biologics"] == "licensee" and by_name["Quenby Pharma"] == "licensor"


def test_equity_inside_an_upfront_is_kept_as_reported() -> None:
    text = (
        "Nordhaven Pharma will receive $1.2 billion upfront, including a $100 million equity "
        "investment, under its license agreement with Korvana Bio for ZX-1."
    )
    [deal] = extract_deals(text, date(2026, 2, 3))
    kinds = {(p.kind, p.amount) for p in deal.payments}
    assert ("upfront_cash", Decimal("1200000000")) in kinds
    assert not any(kind == "upfront_equity" for kind, _ in kinds)


def test_per_ads_price_is_not_a_deal_amount() -> None:
    text = (
        "Belvine Bio will be acquired by Altmark Therapeutics for $107 per American Depositary "
        "Share, a total transaction value of approximately $10 billion."
    )
    [deal] = extract_deals(text, date(2025, 7, 9))
    amounts = {p.amount for p in deal.payments} | {deal.headline.amount if deal.headline else None}
    assert Decimal("107") not in amounts
    assert Decimal("10000000000") in amounts


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("The companies signed the license in Jan 2026.", date(2026, 1, 1), "month"),
        ("The companies signed the license in January 2026.", date(2026, 1, 1), "month"),
        ("The license was signed in Q1 2026.", date(2026, 1, 1), "quarter"),
        ("The license was signed in the third quarter of 2025.", date(2025, 7, 1), "quarter"),
        ("The license was signed on Jan. 12, 2026.", date(2026, 1, 12), "day"),
    ],
)
def test_dates_keep_their_precision(sentence: str, value: date, precision: str) -> None:
    found = find_date(sentence, date(2026, 2, 3))
    assert found is not None
    assert (found.value, found.precision) == (value, precision)


def test_candidate_reports_the_date_precision() -> None:
    [deal] = extract_deals(HANALL, date(2026, 2, 3))
    assert deal.to_dict()["announced_on"] == "2026-01-01"
    assert deal.to_dict()["announced_on_precision"] == "month"
