"""Analytics breakdowns, the conference report, and the comps/analytics pages, exports and API.

Every expected figure below is worked out from the fixture by hand (see its docstring).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from openpyxl import load_workbook

from companies.models import Modality
from deals.analytics.breakdowns import Cell, breakdown
from deals.analytics.comps import comparable_deals_for
from deals.analytics.reports import conference_report
from deals.models import Deal, DealParty, PaymentComponent
from tests import factories as f

pytestmark = pytest.mark.django_db

M = Decimal(1_000_000)


def _deal(
    title: str,
    announced: date | None,
    *,
    licensor_country: str | None = None,
    assets: list = (),
    deal_type: str = Deal.Type.LICENSE,
    headline: int | None = None,
    upfront: int | None = None,
    visibility: str = Deal.Visibility.PUBLIC,
    conference=None,
) -> Deal:
    deal = f.DealFactory(
        title=title,
        announced_on=announced,
        deal_type=deal_type,
        visibility=visibility,
        conference=conference,
        headline_amount=Decimal(headline) * M if headline is not None else None,
        headline_currency="USD" if headline is not None else "",
    )
    if licensor_country == "undisclosed":
        f.DealPartyFactory(deal=deal, company=None, role=DealParty.Role.LICENSOR)
    elif licensor_country:
        company = f.CompanyFactory(country=licensor_country)
        f.DealPartyFactory(deal=deal, company=company, role=DealParty.Role.LICENSOR)
    for asset in assets:
        f.DealAssetFactory(deal=deal, asset=asset)
    if upfront is not None:
        f.PaymentFactory(deal=deal, kind=PaymentComponent.Kind.UPFRONT_CASH, amount=upfront * M)
    return deal


@pytest.fixture
def world() -> dict:
    """Six public deals and one internal outlier.

    | deal | announced  | licensor  | assets: areas              | type   | headline | upfront |
    |------|------------|-----------|----------------------------|--------|----------|---------|
    | A    | 2025-03-01 | CN        | ADC: onc                   | lic.   | 1,000M   | 100M    |
    | B    | 2025-11-20 | KR        | bispecific: onc, imm       | lic.   | —        | —       |
    | C    | 2026-01-12 | DE        | ADC: onc + bispecific: onc | option | 500M     | —       |
    | D    | 2026-02-01 | US        | siRNA: cardio              | acq.   | —        | 2,000M  |
    | E    | 2026-05-05 | (unnamed) | (none)                     | lic.   | 50M      | —       |
    | F    | (none)     | JP        | (none)                     | lic.   | 70M      | —       |
    | X    | 2026-01-13 | CN        | ADC: onc (internal)        | lic.   | 99,999M  | 9,999M  |

    Total potential = the headline, or the upfront where no headline is reported (D: 2,000M).
    """
    onc = f.TherapeuticAreaFactory(name="Oncology")
    imm = f.TherapeuticAreaFactory(name="Immunology")
    cardio = f.TherapeuticAreaFactory(name="Cardiovascular")

    def asset(modality: str, areas: list):
        a = f.AssetFactory(modality=modality)
        a.therapeutic_areas.set(areas)
        return a

    return {
        "A": _deal("A", date(2025, 3, 1), licensor_country="CN",
                   assets=[asset(Modality.ADC, [onc])], headline=1000, upfront=100),
        "B": _deal("B", date(2025, 11, 20), licensor_country="KR",
                   assets=[asset(Modality.BISPECIFIC, [onc, imm])]),
        "C": _deal("C", date(2026, 1, 12), licensor_country="DE", deal_type=Deal.Type.OPTION,
                   assets=[asset(Modality.ADC, [onc]), asset(Modality.BISPECIFIC, [onc])],
                   headline=500),
        "D": _deal("D", date(2026, 2, 1), licensor_country="US",
                   deal_type=Deal.Type.ACQUISITION, assets=[asset(Modality.SIRNA, [cardio])],
                   upfront=2000),
        "E": _deal("E", date(2026, 5, 5), licensor_country="undisclosed", headline=50),
        "F": _deal("F", None, licensor_country="JP", headline=70),
        "X": _deal("X", date(2026, 1, 13), licensor_country="CN",
                   assets=[asset(Modality.ADC, [onc])], headline=99_999, upfront=9_999,
                   visibility=Deal.Visibility.INTERNAL),
    }  # fmt: skip


def _public() -> object:
    return Deal.objects.visible_to(AnonymousUser())


def _cells(data) -> dict:
    return {key: cell for key, cell in data.cells.items()}


def test_licensor_country_groups_per_year(world) -> None:
    data = breakdown(_public(), "licensor_country", "year")
    assert data.periods == [2025, 2026]
    # Group keys are the country filter's values (deals/regions.py): a drill-down is exact.
    assert _cells(data) == {
        (2025, "GREATER_CHINA"): Cell(1, 1, 1000 * M, 1, 100 * M),
        (2025, "KR"): Cell(1, 0, None, 0, None),  # nothing disclosed: None, not 0
        (2026, "EUROPE"): Cell(1, 1, 500 * M, 0, None),
        (2026, "US"): Cell(1, 1, 2000 * M, 1, 2000 * M),
        (2026, "UNKNOWN"): Cell(1, 1, 50 * M, 0, None),
    }
    # Largest value first; "not disclosed" closes the list whatever its size.
    assert [key for key, _ in data.groups] == ["US", "GREATER_CHINA", "EUROPE", "KR", "UNKNOWN"]
    assert dict(data.groups)["UNKNOWN"] == "Not disclosed"
    assert data.total(2026) == Cell(3, 3, 2550 * M, 1, 2000 * M)


def test_a_deal_counts_under_each_group_of_its_licensors_and_once_in_the_total(db) -> None:
    """The country filter's rule: licensor_country=KR and =GREATER_CHINA both list it."""
    deal = _deal("two licensors", date(2026, 3, 1))
    kr, cn = f.CompanyFactory(country="KR"), f.CompanyFactory(country="CN")
    f.DealPartyFactory(deal=deal, company=kr, role=DealParty.Role.LICENSOR, order=2)
    f.DealPartyFactory(deal=deal, company=cn, role=DealParty.Role.LICENSOR, order=1)
    f.DealPartyFactory(deal=deal, company=None, role=DealParty.Role.LICENSOR, order=0)
    data = breakdown(_public(), "licensor_country", "year")
    assert sorted(data.cells) == [(2026, "GREATER_CHINA"), (2026, "KR")]
    assert data.total(2026).deals == 1


def test_quarters_split_the_same_deals(world) -> None:
    data = breakdown(_public(), "licensor_country", "quarter")
    # Empty quarters stay on the axis: a gap in deals is information.
    assert data.periods == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]
    assert data.cell("2025-Q2", "GREATER_CHINA") == Cell()
    assert data.cell("2026-Q1", "US").value_usd == 2000 * M
    assert data.cell("2026-Q2", "UNKNOWN").deals == 1


def test_all_time_includes_deals_without_an_announcement_date(world) -> None:
    data = breakdown(_public(), "licensor_country", "all")
    assert data.cell("all", "JP") == Cell(1, 1, 70 * M, 0, None)
    assert sum(cell.deals for cell in data.cells.values()) == 6


def test_modality_counts_a_deal_once_per_modality_it_covers(world) -> None:
    data = breakdown(_public(), "modality", "year")
    assert _cells(data) == {
        (2025, "adc"): Cell(1, 1, 1000 * M, 1, 100 * M),
        (2025, "bispecific"): Cell(1, 0, None, 0, None),
        (2026, "adc"): Cell(1, 1, 500 * M, 0, None),  # C
        (2026, "bispecific"): Cell(1, 1, 500 * M, 0, None),  # C again: it covers both
        (2026, "sirna"): Cell(1, 1, 2000 * M, 1, 2000 * M),
        (2026, "none"): Cell(1, 1, 50 * M, 0, None),  # E has no asset: modality=none lists it
    }
    assert dict(data.groups)["none"] == "Not specified"
    assert dict(data.groups)["sirna"] == "siRNA / RNAi"


def test_therapeutic_area_counts_a_deal_once_even_with_two_assets_in_it(world) -> None:
    data = breakdown(_public(), "therapeutic_area", "year")
    # C has two oncology assets: one deal, one value.
    assert data.cell(2026, "oncology") == Cell(1, 1, 500 * M, 0, None)
    assert data.cell(2025, "oncology") == Cell(2, 1, 1000 * M, 1, 100 * M)
    assert data.cell(2025, "immunology") == Cell(1, 0, None, 0, None)
    assert dict(data.groups)["cardiovascular"] == "Cardiovascular"


def test_deal_type_groups(world) -> None:
    data = breakdown(_public(), "deal_type", "year")
    assert data.cell(2026, "option") == Cell(1, 1, 500 * M, 0, None)
    assert data.cell(2026, "acquisition").upfront_usd == 2000 * M
    assert data.cell(2025, "license").deals == 2
    assert dict(data.groups)["acquisition"] == "Company acquisition"


@pytest.mark.parametrize(
    "dimension",
    [
        "licensor_country",
        "target_country",
        "modality",
        "therapeutic_area",
        "deal_type",
        "deal_class",
    ],
)
@pytest.mark.parametrize("period", ["year", "quarter"])
def test_each_chart_is_two_queries(
    world, django_assert_num_queries, settings, dimension, period
) -> None:
    # 1: the cells (period x group); 2: the periods' own totals, which PostgreSQL sums in the
    # same pass (deals/analytics/breakdowns.py). (Computed: the per-process stamp cache is
    # tested in tests/test_result_cache.py.)
    settings.RESULT_CACHE_LOCAL = False
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 2):
        breakdown(_public(), dimension, period)


def test_internal_deals_never_enter_public_analytics(world, analyst) -> None:
    public = breakdown(_public(), "licensor_country", "year")
    assert public.cell(2026, "GREATER_CHINA") == Cell()
    inside = breakdown(Deal.objects.visible_to(analyst), "licensor_country", "year")
    assert inside.cell(2026, "GREATER_CHINA").value_usd == 99_999 * M


# --- conference report --------------------------------------------------------------------------


@pytest.fixture
def jpm() -> dict:
    series = f.ConferenceSeriesFactory()
    jpm25 = f.ConferenceFactory(series=series, year=2025, name="JPM 2025")
    jpm26 = f.ConferenceFactory(series=series, year=2026, name="JPM 2026")
    bispecific = f.AssetFactory(modality=Modality.BISPECIFIC)
    radioligand = f.AssetFactory(modality=Modality.RADIOLIGAND)
    adc = f.AssetFactory(modality=Modality.ADC)
    _deal(
        "RC148",
        date(2026, 1, 12),
        licensor_country="CN",
        assets=[bispecific],
        headline=5600,
        upfront=650,
        conference=jpm26,
    )
    _deal(
        "PepLib",
        date(2026, 1, 13),
        licensor_country="CN",
        assets=[radioligand],
        upfront=50,
        conference=jpm26,
    )
    _deal("ALT-B4", None, licensor_country="KR", conference=jpm26)
    _deal(
        "Old ADC",
        date(2025, 1, 13),
        licensor_country="CN",
        assets=[adc],
        headline=1000,
        conference=jpm25,
    )
    _deal(
        "Old US",
        date(2025, 1, 14),
        licensor_country="US",
        assets=[bispecific],
        headline=300,
        conference=jpm25,
    )
    _deal("Secret", date(2026, 1, 14), licensor_country="CN", assets=[adc], headline=90_000,
          conference=jpm26, visibility=Deal.Visibility.INTERNAL)  # fmt: skip
    return {"2025": jpm25, "2026": jpm26}


def test_conference_report_compares_with_the_previous_edition(jpm) -> None:
    report = conference_report(jpm["2026"], AnonymousUser())
    assert report.previous == jpm["2025"]
    assert report.total.current == Cell(3, 2, 5650 * M, 2, 700 * M)
    assert report.total.previous == Cell(2, 2, 1300 * M, 0, None)
    assert report.total.value_change == 4350 * M
    assert report.total.value_change_text == "+$4.35B"
    rows = {row.key: row for row in report.by_licensor_country}
    assert rows["GREATER_CHINA"].current.value_usd == 5650 * M
    assert rows["GREATER_CHINA"].previous.value_usd == 1000 * M
    assert rows["KR"].current.deals == 1 and rows["KR"].previous == Cell()
    assert rows["US"].current == Cell() and rows["US"].deals_change == -1
    # No US deal this time is a true zero: the change is the whole of last year's value.
    assert rows["US"].value_change == -300 * M
    # Korea's only deal disclosed nothing: the change is unknown, not +$0.
    assert rows["KR"].value_change is None
    modality = {row.key: row for row in report.by_modality}
    assert modality["bispecific"].current.value_usd == 5600 * M
    assert modality["bispecific"].previous.value_usd == 300 * M
    assert modality["adc"].current == Cell()  # the internal ADC deal is not counted


def test_conference_report_without_a_previous_edition(jpm) -> None:
    report = conference_report(jpm["2025"], AnonymousUser())
    assert report.previous is None
    assert report.total.previous is None and report.total.value_change is None


def test_conference_report_takes_five_queries(jpm, django_assert_num_queries, settings) -> None:
    # 1: the previous edition; 2-3: by licensor country, 4-5: by modality (cells and the
    # editions' totals, both editions each time; PostgreSQL sums the totals in the cells'
    # pass). Computed, not from the stamp cache.
    settings.RESULT_CACHE_LOCAL = False
    with django_assert_num_queries(3 if connection.vendor == "postgresql" else 5):
        conference_report(jpm["2026"], AnonymousUser())


def test_conference_report_partial_renders_both_editions(jpm) -> None:
    from django.template.loader import render_to_string

    html = render_to_string(
        "analytics/_conference_report.html",
        {"report": conference_report(jpm["2026"], AnonymousUser())},
    )
    assert "JPM 2026 against JPM 2025" in html
    assert "Bispecific antibody" in html and "+$5.3B" in html
    assert "$90" not in html  # the internal deal's value


# --- pages --------------------------------------------------------------------------------------


def test_comps_page_shows_statistics_definitions_and_deals(client, world) -> None:
    response = client.get("/comps/", {"modality": "adc"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>2</strong> comparable deals" in html  # A and C; X is internal
    assert "percentile_cont" in html  # the definition is on the page
    assert 'href="/deals/' in html and ">A</a>" in html and ">C</a>" in html
    assert ">X</a>" not in html


def test_comps_page_rejects_bad_criteria_with_400_naming_them(client, world) -> None:
    response = client.get("/comps/", {"modality": "telepathy", "target": "nope"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "modality: “telepathy” is not a known modality." in html
    assert "target: No target with slug “nope”." in html


def test_comps_page_like_deal_explains_itself(client, world) -> None:
    response = client.get("/comps/", {"like_deal": world["C"].slug})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Deals like" in html and "The deal itself is left out." in html


def test_analytics_page_renders_four_charts_with_downloads(client, world) -> None:
    response = client.get("/analytics/", {"period": "quarter"})
    assert response.status_code == 200
    html = response.content.decode()
    # Licensing by default: the licensor-country chart, not the M&A target-country one.
    for dimension in ("licensor_country", "modality", "therapeutic_area", "deal_type"):
        assert f"/analytics/{dimension}.csv?deal_class=licensing&amp;period=quarter" in html
    assert "/analytics/target_country.csv" not in html
    assert "Showing licensing deals" in html and "M&amp;A</a>" in html
    assert "2026-Q1" in html and "South Korea" in html
    assert "no deals" in html  # 2025-Q2 and Q3 are empty, not $0


def test_analytics_page_rejects_a_bad_period(client, world) -> None:
    response = client.get("/analytics/", {"period": "fortnight"})
    assert response.status_code == 400
    assert "period: Select a valid choice." in response.content.decode()


def test_analytics_csv_has_both_measures_and_escapes_formulas(client, world) -> None:
    evil = f.AssetFactory(modality=Modality.PEPTIDE)
    evil.therapeutic_areas.set([f.TherapeuticAreaFactory(name='=HYPERLINK("http://evil")')])
    _deal("evil", date(2026, 3, 3), assets=[evil], headline=10)
    response = client.get("/analytics/therapeutic_area.csv", {"period": "year"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:6] == ["Period", "Group key", "Group", "Deals",
                           "Deals with disclosed value", "Total potential (USD)"]  # fmt: skip
    by_group = {(r[0], r[1]): r for r in rows[1:]}
    assert by_group[("2025", "oncology")][3:8] == ["2", "1", "1000000000.00", "1", "100000000.00"]
    assert by_group[("2025", "immunology")][5] == ""  # undisclosed: empty, never 0
    evil_row = next(r for r in rows if "HYPERLINK" in r[2])
    assert evil_row[2].startswith("'=")


def test_analytics_xlsx_export_has_the_rows_and_definitions(client, world) -> None:
    response = client.get("/analytics/licensor_country.xlsx", {"period": "year"})
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Licensor country", "Definitions"]
    rows = list(book["Licensor country"].iter_rows(values_only=True))
    assert rows[1][:6] == (2025, "GREATER_CHINA", "Greater China", 1, 1, 1_000_000_000)
    assert rows[0][-1] == "Deal list" and "licensor_country=GREATER_CHINA" in rows[1][-1]
    assert next(book["Definitions"].iter_rows(values_only=True)) == ("Term", "Definition")


def test_analytics_export_rejects_an_unknown_dimension(client, world) -> None:
    response = client.get("/analytics/zodiac.csv")
    assert response.status_code == 400
    assert b"dimension: choose one of" in response.content


def test_comps_xlsx_carries_deals_statistics_and_definitions(client, world) -> None:
    response = client.get("/comps/export.xlsx", {"modality": "adc"})
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Deals", "Criteria", "Statistics", "Definitions"]
    titles = [row[1] for row in book["Deals"].iter_rows(min_row=2, values_only=True)]
    assert sorted(titles) == ["A", "C"]
    stats = {row[0]: row for row in book["Statistics"].iter_rows(values_only=True) if row}
    # Headlines of A (1,000M) and C (500M): two values, too few for a median; their sum.
    assert stats["Headline (reported)"][5] is None


def test_comps_csv_escapes_formula_text(client, world) -> None:
    _deal("=cmd|' /C calc'!A0", date(2026, 4, 1), assets=[f.AssetFactory(modality=Modality.ADC)])
    response = client.get("/comps/export.csv", {"modality": "adc"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "'=cmd|' /C calc'!A0" in body


# --- API ----------------------------------------------------------------------------------------


def test_comps_api_returns_statistics_as_decimal_strings(client, world) -> None:
    response = client.get("/api/v1/comps/", {"modality": ["adc", "bispecific"]})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 3  # A, B, C
    stats = data["statistics"]
    # Two headlines (A 1,000M, C 500M): too few for a median, so the values themselves.
    assert stats["headline"]["median"] is None
    assert stats["headline"]["values"] == ["500000000.00", "1000000000.00"]
    assert stats["headline"]["sum"] == "1500000000.00"
    assert stats["headline"]["undisclosed"] == 1  # B
    assert stats["upfront"] == {
        "disclosed": 1, "undisclosed": 2, "no_fx_rate": 0, "median": None, "p25": None,
        "p75": None, "min": "100000000.00", "max": "100000000.00", "sum": "100000000.00",
        "values": ["100000000.00"],
    }  # fmt: skip
    assert stats["upfront_share_of_headline"] == {
        "deals": 1, "median": None, "p25": None, "p75": None, "values": ["0.1000"],
    }  # fmt: skip
    assert stats["no_disclosed_terms"] == 1  # B
    assert "percentile" in data["definitions"]
    assert {r["slug"] for r in data["results"]} == {world[k].slug for k in "ABC"}
    # Statistics compare one class: licensing unless asked otherwise (deals/classes.py).
    assert data["criteria"]["applied"] == {
        "deal_class": ["licensing"],
        "modality": ["adc", "bispecific"],
    }


def test_comps_api_hides_internal_deals(client, world) -> None:
    data = client.get("/api/v1/comps/").json()
    assert data["count"] == 5  # the six public deals but the acquisition: comps are licensing
    assert data["statistics"]["headline"]["max"] == "1000000000.00"
    acquisitions = client.get("/api/v1/comps/", {"deal_class": "m_and_a"}).json()
    assert acquisitions["count"] == 1


def test_comps_api_like_deal_reports_what_it_filled(client, world) -> None:
    data = client.get("/api/v1/comps/", {"like_deal": world["C"].slug}).json()
    assert data["criteria"]["like"]["slug"] == world["C"].slug
    assert data["criteria"]["filled"]["modality"] == ["adc", "bispecific"]
    assert world["C"].slug not in {r["slug"] for r in data["results"]}


@pytest.mark.parametrize(
    ("params", "bad"),
    [
        ({"modality": "telepathy"}, "modality"),
        ({"licensor_country": "XX"}, "licensor_country"),
        ({"like_deal": "nope"}, "like_deal"),
        ({"page_size": "lots"}, "page_size"),
        ({"page_size": ""}, "page_size"),
        ({"licencee": "pfizer"}, "licencee"),
    ],
)
def test_comps_api_bad_parameters_are_400_naming_them(client, world, params, bad) -> None:
    response = client.get("/api/v1/comps/", params)
    assert response.status_code == 400
    assert bad in response.json()


def test_analytics_api_matches_the_breakdown(client, world) -> None:
    both = {"period": "year", "deal_class": ["licensing", "m_and_a"]}
    data = client.get("/api/v1/analytics/licensor_country/", both).json()
    assert data["periods"] == ["2025", "2026"]
    rows = {(r["period"], r["group"]): r for r in data["rows"]}
    assert rows[("2026", "US")]["value_usd"] == "2000000000.00"
    assert rows[("2025", "KR")]["value_usd"] is None
    assert rows[("2025", "KR")]["deals"] == 1
    assert data["groups"][0] == {"key": "US", "label": "United States"}
    # Licensing alone by default: the acquisition (D) is not a licensing statistic.
    licensing = client.get("/api/v1/analytics/licensor_country/", {"period": "year"}).json()
    assert ("2026", "US") not in {(r["period"], r["group"]) for r in licensing["rows"]}


def test_analytics_api_takes_deal_filters(client, world) -> None:
    data = client.get(
        "/api/v1/analytics/modality/", {"period": "all", "announced_after": "2026-01-01"}
    ).json()
    assert {r["group"] for r in data["rows"]} == {"adc", "bispecific", "none"}  # not D's siRNA


@pytest.mark.parametrize(
    ("path", "params", "status", "key"),
    [
        ("/api/v1/analytics/modality/", {"period": "decade"}, 400, "period"),
        ("/api/v1/analytics/modality/", {"announced_after": "soon"}, 400, "announced_after"),
        ("/api/v1/analytics/modality/", {"colour": "red"}, 400, "colour"),
        ("/api/v1/analytics/zodiac/", {}, 404, "detail"),
        ("/api/v1/analytics/conference/no-such/", {}, 404, "detail"),
    ],
)
def test_analytics_api_errors(client, world, path, params, status, key) -> None:
    response = client.get(path, params)
    assert response.status_code == status
    assert key in response.json()


def test_analytics_index_lists_every_dimension(client, db) -> None:
    data = client.get("/api/v1/analytics/").json()
    assert [d["name"] for d in data["dimensions"]] == [
        "licensor_country", "target_country", "modality", "therapeutic_area", "deal_type",
        "deal_class",
    ]  # fmt: skip
    assert data["conference_report"].endswith("/api/v1/analytics/conference/{slug}/")


def test_conference_report_api(client, jpm) -> None:
    data = client.get("/api/v1/analytics/conference/" + jpm["2026"].slug + "/").json()
    assert data["previous"]["slug"] == jpm["2025"].slug
    assert data["total"]["current"]["value_usd"] == "5650000000.00"
    assert data["total"]["value_change_usd"] == "4350000000.00"


def test_schema_documents_every_comps_parameter_and_the_statistics(client, db) -> None:
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    operation = schema["paths"]["/api/v1/comps/"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    for name in ("modality", "target", "therapeutic_area", "phase_at_signing", "deal_type",
                 "licensor_country", "territory", "announced_after", "announced_before",
                 "like_deal", "like_asset", "page", "page_size"):  # fmt: skip
        assert name in names
    target = next(p for p in operation["parameters"] if p["name"] == "target")
    assert target["schema"]["type"] == "array"
    assert "percentile_cont" in operation["description"]
    components = schema["components"]["schemas"]
    assert "p25" in components["Distribution"]["properties"]
    assert "/api/v1/analytics/{dimension}/" in schema["paths"]
    assert "/api/v1/analytics/conference/{slug}/" in schema["paths"]


# --- the panel partial --------------------------------------------------------------------------


def test_comps_panel_partial_renders_for_a_deal(world) -> None:
    from django.template.loader import render_to_string

    panel = comparable_deals_for(world["C"], AnonymousUser())
    html = render_to_string("analytics/_comps_panel.html", {"panel": panel})
    assert "Comparable deals" in html and ">A</a>" in html
    assert "/comps/?like_deal=" in html


def test_analytics_page_shows_filters_that_came_from_a_link(client, world) -> None:
    response = client.get("/analytics/", {"licensor_country": "CN"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-label="Remove filter Licensor country: China"' in html


def test_comps_page_with_no_matches_says_so(client, world) -> None:
    response = client.get("/comps/", {"modality": "vaccine"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>0</strong> comparable deals" in html
    assert "No deals match these criteria." in html
    assert "boxplot-row" not in html  # nothing to plot, no empty axes


def test_a_period_whose_deals_disclosed_nothing_is_not_drawn_as_zero(client, world) -> None:
    # Only B (Korea, 2025) matches, and it disclosed no money.
    html = client.get("/analytics/", {"licensor_country": "KR"}).content.decode()
    assert "none disclosed" in html
    assert "$0.00" not in html


@pytest.mark.parametrize(
    "path", ["/api/v1/comps/", "/api/v1/analytics/", "/api/v1/analytics/modality/"]
)
def test_analytics_api_refuses_writes_with_405_even_with_a_write_token(
    client, analyst, path
) -> None:
    from accounts.models import create_token

    _, key = create_token(analyst, write=True)
    response = client.post(path, {}, HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 405


def test_box_plot_positions_on_a_log_axis_and_drops_dots_for_big_sets() -> None:
    from deals.analytics.stats import CompsStatistics, Distribution, Share
    from deals.analytics.views import box_plot

    def dist(measure: str, values: list[int]) -> Distribution:
        v = tuple(Decimal(x) * M for x in values)
        return Distribution(
            measure, len(v), 0, 0, v[len(v) // 2], v[0], v[-1], v[0], v[-1], values=v
        )

    few = dist("upfront", [10, 100, 1000])
    many = dist("headline", [100] * 1001)
    stats = CompsStatistics(
        3, few, many, dist("total_potential", [1000]), Share(0, None, None, None), 0
    )
    plot = box_plot(stats)
    upfront, headline, _ = plot.rows
    # $10M … $1B spans the axis $10M … $1B in two decades: 0%, 50%, 100%.
    assert (upfront.box["min"], upfront.box["median"], upfront.box["max"]) == (0.0, 50.0, 100.0)
    assert [label for _, label in plot.ticks] == ["$10M", "$100M", "$1B"]
    assert len(upfront.dots) == 3
    assert headline.dots == []  # 1,001 dots would say nothing the box does not
    _, _, single = plot.rows
    assert single.box == {} and len(single.dots) == 1  # one deal: its value, no box


@pytest.mark.parametrize(
    "dimension",
    [
        "licensor_country",
        "target_country",
        "modality",
        "therapeutic_area",
        "deal_type",
        "deal_class",
    ],
)
@pytest.mark.parametrize("period", ["year", "quarter", "all"])
def test_every_analytics_row_links_to_the_deal_list_that_counts_it(
    client, world, dimension, period
) -> None:
    """Each row's api_list_url lists exactly its deals, and its list_url is the same list."""
    params = {"period": period, "deal_class": ["licensing", "m_and_a"]}
    data = client.get(f"/api/v1/analytics/{dimension}/", params).json()
    assert data["rows"]
    for row in data["rows"]:
        listed = client.get(row["api_list_url"]).json()
        assert listed["count"] == row["deals"], (row["period"], row["group"])
        assert row["list_url"].split("?")[1] == row["api_list_url"].split("?")[1]
