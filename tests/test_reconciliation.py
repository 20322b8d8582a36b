"""One number, one meaning: the same question gives the same count and statistics everywhere.

Over the demo data set (121 real deals of every class), for a dozen filters a reader uses:
the deal list's ``count`` = the summary's ``count`` (and its classes add up) = the sum of the
analytics cells for that filter (a single-valued dimension, all time and per year) = the comps
``count`` = the count behind every drill-down link; and the summary and comps give the same
medians, quartiles and sums. Runs on whichever database the suite runs on (CI: both).
"""

from __future__ import annotations

from io import StringIO
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from django.core.management import call_command
from django.db import transaction
from rest_framework.test import APIClient

from deals.analytics import breakdown_totals, stored_statistics
from deals.classes import DEFAULT_STATISTICS_CLASS

pytestmark = pytest.mark.django_db

# Each case is a question a reader asks; the statistics surfaces answer it over licensing deals
# unless it names a class (deals/classes.py), so the list is asked with that class added.
CASES: list[dict[str, Any]] = [
    {},
    {"licensor_country": "CN"},
    {"licensor_country": ["KR", "JP"]},
    {"licensee_country": "GREATER_CHINA"},
    {"conference": "jpm-2026"},
    {"announced_after": "2025-01-01", "announced_before": "2025-12-31"},
    {"modality": "adc"},
    {"modality": ["bispecific", "sirna"]},
    {"target": "pd-1"},
    {"target": ["pd-1", "vegf-a"], "target_match": "all"},
    {"therapeutic_area": "oncology", "phase_at_signing": "phase_1"},
    # Comps for a Phase 2 oncology bispecific: phase at signing and area as comps criteria.
    {"modality": "bispecific", "therapeutic_area": "oncology", "phase_at_signing": "phase_2"},
    {"licensor_country": "CN", "min_total_potential_usd": "1000000000"},
    {"deal_class": "m_and_a"},
    {"deal_class": "m_and_a", "target_country": "US", "announced_after": "2024-01-01"},
    {"deal_class": ["licensing", "m_and_a", "equity"]},
    {"status": "closed"},
    {"deal_class": "m_and_a", "status": ["announced", "closed"]},
    {"territory": "CN"},
    # Talks are not deals unless a status asks for them; then every surface counts them alike.
    {"status": ["negotiation", "announced"]},
]
IDS = [urlencode(case, doseq=True) or "everything" for case in CASES]
MEASURES = ("upfront", "headline", "total_potential")
STATISTICS = ("disclosed", "undisclosed", "no_fx_rate", "median", "p25", "p75", "min", "max", "sum")


@pytest.fixture(scope="module")
def demo(django_db_setup: Any, django_db_blocker: Any) -> Any:
    """The demo data, loaded once for the module inside a transaction rolled back at the end
    (each test runs in a savepoint inside it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def client(demo: Any) -> APIClient:
    return APIClient()


def _get(client: APIClient, path: str, params: dict[str, Any] | str = "") -> dict[str, Any]:
    query = params if isinstance(params, str) else urlencode(params, doseq=True)
    response = client.get(f"{path}?{query}" if query else path)
    assert response.status_code == 200, (path, query, response.content[:500])
    return response.json()


def _follow(client: APIClient, url: str) -> dict[str, Any]:
    """GET an absolute drill-down URL from a response."""
    parts = urlsplit(url)
    return _get(client, parts.path, parts.query)


def _classed(case: dict[str, Any]) -> dict[str, Any]:
    """The case as the statistics surfaces read it: licensing unless it names a class."""
    return case if "deal_class" in case else {**case, "deal_class": DEFAULT_STATISTICS_CLASS}


def _classes(case: dict[str, Any]) -> list[str]:
    value = _classed(case)["deal_class"]
    return value if isinstance(value, list) else [value]


@pytest.mark.parametrize("totals", ["live", "stored"])
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_surface_counts_the_same_deals(
    client: APIClient, case: dict[str, Any], totals: str, settings: Any
) -> None:
    # "stored": the charts of the unfiltered cases add up the stored breakdown totals
    # (deals/analytics/breakdown_totals.py, PostgreSQL) instead of aggregating the deals.
    # The statistics of those cases are the stored statistics (deals/analytics/
    # stored_statistics.py) then, read whole instead of ranking the deals.
    settings.BREAKDOWN_TOTALS = settings.STORED_STATISTICS = totals == "stored"
    if totals == "stored" and breakdown_totals.refresh(force=True):
        assert breakdown_totals.is_current()
        assert stored_statistics.refresh(force=True)
    listed = _get(client, "/api/v1/deals/", _classed(case))["count"]
    assert listed > 0, "a case that matches nothing proves nothing"

    summary = _get(client, "/api/v1/deals/summary/", _classed(case))
    assert summary["count"] == listed
    assert sum(c["count"] for c in summary["classes"]) == listed
    assert {c["deal_class"] for c in summary["classes"]} <= set(_classes(case))

    # Analytics: a single-valued dimension's cells partition the deals, all time and per year.
    for dimension, period in (("deal_class", "all"), ("deal_type", "year")):
        cells = _get(client, f"/api/v1/analytics/{dimension}/", {**case, "period": period})
        assert sum(row["deals"] for row in cells["rows"]) == listed, (dimension, period)
        for row in cells["rows"]:
            assert _follow(client, row["api_list_url"])["count"] == row["deals"], row

    comps = _get(client, "/api/v1/comps/", case)
    assert comps["count"] == comps["statistics"]["count"] == listed
    assert _follow(client, comps["api_list_url"])["count"] == listed


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_summary_and_comps_give_the_same_statistics(
    client: APIClient, case: dict[str, Any]
) -> None:
    summary = _get(client, "/api/v1/deals/summary/", _classed(case))
    comps = _get(client, "/api/v1/comps/", case)["statistics"]
    by_class = {c["deal_class"]: c for c in summary["classes"]}
    if len(by_class) != 1:
        pytest.skip("comps pool the classes they are given; the summary keeps them apart")
    (only,) = by_class.values()
    for measure in MEASURES:
        for key in STATISTICS:
            assert only[measure][key] == comps[measure][key], (measure, key)
        assert only[measure]["values"] == comps[measure]["values"], measure


def test_the_html_pages_show_the_api_counts(client: APIClient) -> None:
    """The deal list page's totals row and the conference page count what the API counts."""
    jpm = _get(client, "/api/v1/conferences/jpm-2026/")
    listed = _follow(client, jpm["totals"]["api_list_url"])
    # ALT-B4 talks are not a deal: listed apart, counted nowhere.
    assert listed["count"] == jpm["totals"]["deal_count"] == jpm["deal_count"] == 3
    assert [n["slug"] for n in jpm["negotiations"]] == ["alteogen-alt-b4-negotiation-2026"]
    params = {"conference": "jpm-2026", "deal_class": "licensing"}
    page = client.get("/deals/", params).content.decode()
    assert "<strong>3</strong> deals" in page
    totals = client.get("/deals/summary/", params, headers={"HX-Request": "true"})
    text = totals.content.decode()
    assert "Totals of these 3 deals" in text and "1 deal in negotiation or rumoured" in text
    assert "$7.35B" in text  # the total potential, written as on every page
    conference = client.get("/conferences/jpm-2026/").content.decode()
    assert "$7.35B" in conference and "In negotiation" in conference


def test_the_comps_export_names_its_criteria_and_counts_its_deal_list(client: APIClient) -> None:
    """The comps XLSX of a Phase 2 oncology bispecific: its "Criteria" sheet says so in words,
    and its count equals the comps API, the deal list it links to and its own "Deals" sheet."""
    import io

    import openpyxl

    params = {
        "modality": "bispecific",
        "therapeutic_area": "oncology",
        "phase_at_signing": "phase_2",
    }
    comps = _get(client, "/api/v1/comps/", params)
    response = client.get(f"/comps/export.xlsx?{urlencode(params)}")
    book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    criteria = {row[0]: row[1] for row in book["Criteria"].iter_rows(values_only=True)}
    assert criteria["Phase at signing"] == "Phase 2"
    assert criteria["Therapeutic area"] == "Oncology"
    assert criteria["Deals compared"] == comps["count"] > 0
    linked = urlsplit(criteria["Deal list"])
    assert (
        _get(client, linked.path.replace("/deals/", "/api/v1/deals/"), linked.query)["count"]
        == comps["count"]
    )
    rows = list(book["Deals"].iter_rows(values_only=True))
    assert len(rows) - 1 == comps["count"]
    phase = rows[0].index("Phase at signing")
    assert all("Phase 2" in row[phase] for row in rows[1:])
