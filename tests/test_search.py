"""Free-text search (``q``) over the per-deal search document, on SQLite (FTS5) and PostgreSQL.

Two parts: the queries an analyst types, each with the demo deals it must return (run on both
databases), and every write path that must keep a deal's search document current.
"""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client

from companies.models import Asset, AssetAlias, Company, CompanyAlias, Target
from deals.filters import DealFilterSet
from deals.models import Deal, DealAsset, DealParty, DealSearchDocument
from deals.search import name_variants, query_terms
from tests import factories as f

RC148 = "abbvie-remegen-rc148-2026"
ALT_B4 = {  # the negotiation is not a deal yet and is not listed without a status filter
    "alteogen-tesaro-alt-b4-2026",
    "astrazeneca-alteogen-alt-b4-2025",
    "daiichi-sankyo-alteogen-alt-b4-enhertu-2024",
    "msd-alteogen-alt-b4-keytruda-exclusive-2024",
}
HENGRUI = {
    "gsk-hengrui-hrs-9821-2025",
    "ideaya-hengrui-shr-4849-2024",
    "kailera-hengrui-glp-1-portfolio-2024",
    "merck-hengrui-hrs-5346-2025",
    "merck-kgaa-hengrui-hrs-1167-shr-a1904-2023",
}

# (query, deals it must return, exact): exact means these deals and no others.
ANALYST_QUERIES: list[tuple[str, set[str], bool]] = [
    # two targets of one bispecific
    (
        "PD-1 VEGF",
        {
            RC148,
            "pfizer-3sbio-ssgj-707-2025",
            "merck-lanova-lm-299-2024",
            "summit-akeso-ivonescimab-territory-expansion-2024",
        },
        False,
    ),
    ("Pfizer Seagen", {"pfizer-seagen-acquisition-2023"}, True),
    ("AbbVie RC148", {RC148}, True),
    ("RC-148", {RC148}, True),
    ("rc 148", {RC148}, True),
    ("ALTB4", ALT_B4, True),
    ("ALT B4", ALT_B4, True),
    ("MSD ALT-B4", {"msd-alteogen-alt-b4-keytruda-exclusive-2024"}, True),
    ("Enhertu ALT-B4", {"daiichi-sankyo-alteogen-alt-b4-enhertu-2024"}, True),
    ("HRS9821", {"gsk-hengrui-hrs-9821-2025"}, True),
    ("HRS 9821", {"gsk-hengrui-hrs-9821-2025"}, True),
    ("Hengrui GSK", {"gsk-hengrui-hrs-9821-2025"}, True),
    ("Daiichi Sankyo Merck", {"daiichi-sankyo-merck-dxd-adcs-2023"}, True),
    ("Bristol Myers Squibb Karuna", {"bms-karuna-acquisition-2023"}, True),
    ("Johnson & Johnson Ambrx", {"jnj-ambrx-acquisition-2024"}, True),
    ("Alnylam Roche zilebesiran", {"roche-alnylam-zilebesiran-2023"}, True),
    ("Genmab Merus", {"genmab-merus-acquisition-2025"}, True),
    # one typo in a company name: a swapped, a dropped and a changed letter
    ("Pfzer Seagen", {"pfizer-seagen-acquisition-2023"}, True),
    ("Novartsi Chong Kun Dang", {"novartis-chong-kun-dang-ckd-510-2023"}, True),
    ("Astrazenca Gracell", {"astrazeneca-gracell-acquisition-2023"}, True),
    # local-language names, whole and in part
    ("荣昌生物", {RC148}, True),
    ("恒瑞医药", HENGRUI, True),
    ("恒瑞", HENGRUI, True),
    ("셀트리온", {"celltrion-celltrion-healthcare-merger-2023"}, True),
    ("종근당", {"novartis-chong-kun-dang-ckd-510-2023"}, True),
    (
        "第一三共",
        {"daiichi-sankyo-alteogen-alt-b4-enhertu-2024", "daiichi-sankyo-merck-dxd-adcs-2023"},
        True,
    ),
    # aliases, hyphenated names, targets with modality, an INN
    ("LegoChem", {"janssen-ligachem-lcb84-2023", "ono-ligachem-lcb97-2024"}, True),
    ("Sineuro", {"novartis-scineuro-abeta-shuttle-2026"}, True),
    ("intracellular", {"jnj-intra-cellular-acquisition-2025"}, True),
    ("TROP2 ADC", {"janssen-ligachem-lcb84-2023"}, False),
    ("siRNA Novartis", {"novartis-argo-sirna-2025", "novartis-arrowhead-aro-snca-2025"}, False),
    ("ivonescimab", {"summit-akeso-ivonescimab-territory-expansion-2024"}, True),
    ("KRAS", {"astrazeneca-jacobio-jab-23e73-2025", "bms-mirati-acquisition-2023"}, False),
]


@pytest.fixture(scope="module")
def demo(django_db_setup: Any, django_db_blocker: Any) -> Any:
    """The demo data, loaded once for the module and rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


def _slugs(q: str, **params: Any) -> set[str]:
    filterset = DealFilterSet({"q": q, **params}, queryset=Deal.objects.all())
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs.values_list("slug", flat=True))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected", "exact"), ANALYST_QUERIES, ids=[q for q, _, _ in ANALYST_QUERIES]
)
def test_analyst_query_finds_the_deals_it_means(
    demo: Any, query: str, expected: set[str], exact: bool
) -> None:
    found = _slugs(query)
    if exact:
        assert found == expected
    else:
        assert expected <= found, expected - found


def test_there_are_thirty_analyst_queries() -> None:
    assert len(ANALYST_QUERIES) >= 30


@pytest.mark.django_db
def test_a_word_found_nowhere_finds_nothing(demo: Any) -> None:
    assert _slugs("xyzzyq") == set()
    assert _slugs("Pfizer xyzzyq") == set()


@pytest.mark.django_db
def test_api_q_answers_as_the_list_page(demo: Any, client: Client) -> None:
    response = client.get("/api/v1/deals/", {"q": "AbbVie RC148"})
    assert response.status_code == 200
    assert [row["slug"] for row in response.json()["results"]] == [RC148]


def test_query_terms_fold_hyphens_case_and_legal_forms() -> None:
    assert query_terms("PD-1  VEGF") == ["pd1", "vegf"]
    assert query_terms("Pfizer Inc.") == ["pfizer"]
    assert query_terms("Inc") == ["inc"]
    assert query_terms("licensing deals") == ["licens", "deal"]
    assert query_terms('"); DROP TABLE x; --') == ["drop", "table", "x"]


def test_name_variants_spell_codes_every_way() -> None:
    assert name_variants("RC-148")[:3] == ["RC-148", "rc148", "rc 148"]
    assert "生物" in name_variants("荣昌生物")


@pytest.mark.django_db
def test_quotes_and_operators_are_plain_words(client: Client) -> None:
    # FTS5 and tsquery syntax in a query is read as words, never as syntax (no 500).
    for q in ['"', "a OR b", "NEAR(x y)", "*", "pd-1 & !vegf", "'", ":*"]:
        assert client.get("/api/v1/deals/", {"q": q}).status_code == 200


# --- every write path keeps the document current -----------------------------------------------


def _deal_with(company: Company, asset: Asset) -> Deal:
    deal = f.DealFactory(title="Quiet collaboration")
    f.DealPartyFactory(deal=deal, company=company, role=DealParty.Role.LICENSOR)
    DealAsset.objects.create(deal=deal, asset=asset)
    return deal


def _found(q: str, deal: Deal) -> bool:
    return deal.slug in _slugs(q)


@pytest.mark.django_db
def test_deal_edit_rewrites_its_document() -> None:
    deal = f.DealFactory(title="Quiet collaboration")
    assert not _found("Zorblax", deal)
    deal.title = "Zorblax licensing"
    deal.save()
    assert _found("Zorblax", deal)


@pytest.mark.django_db
def test_party_added_and_removed_rewrites_the_document() -> None:
    deal = f.DealFactory(title="Quiet collaboration")
    company = f.CompanyFactory(name="Quokka Therapeutics")
    party = f.DealPartyFactory(deal=deal, company=company, role=DealParty.Role.LICENSEE)
    assert _found("Quokka", deal)
    party.delete()
    assert not _found("Quokka", deal)


@pytest.mark.django_db
def test_company_rename_and_alias_change_rewrite_its_deals() -> None:
    company = f.CompanyFactory(name="Quokka Therapeutics")
    deal = _deal_with(company, f.AssetFactory(name="QK-1"))
    company.name = "Wombat Bio"
    company.save()
    assert _found("Wombat", deal) and not _found("Quokka", deal)
    alias = CompanyAlias.objects.create(company=company, name="Numbat Pharma")
    assert _found("Numbat", deal)
    alias.delete()
    assert not _found("Numbat", deal)


@pytest.mark.django_db
def test_asset_code_alias_and_target_changes_rewrite_its_deals() -> None:
    asset = f.AssetFactory(name="QK-1")
    deal = _deal_with(f.CompanyFactory(), asset)
    asset.name = "QK-2"
    asset.save()
    assert _found("qk2", deal) and _found("QK 2", deal) and not _found("QK1", deal)
    alias = AssetAlias.objects.create(asset=asset, name="ZX-77")
    assert _found("ZX77", deal)
    alias.delete()
    assert not _found("ZX77", deal)
    target = Target.objects.create(name="ZQTARGET9")
    asset.targets.add(target)
    assert _found("ZQTARGET9", deal)
    target.name = "ZQTARGET8"
    target.save()
    assert _found("ZQTARGET8", deal)
    target.assets.clear()
    assert not _found("ZQTARGET8", deal)


@pytest.mark.django_db
def test_deleting_a_deal_deletes_its_document() -> None:
    deal = _deal_with(f.CompanyFactory(name="Zorblax Bio"), f.AssetFactory(name="ZX-1"))
    pk = deal.pk
    deal.delete()
    assert not DealSearchDocument.objects.filter(pk=pk).exists()
    other = _deal_with(f.CompanyFactory(name="Zorblax Two"), f.AssetFactory(name="ZX-2"))
    Deal.objects.filter(pk=other.pk).delete()
    pk = other.pk
    assert not DealSearchDocument.objects.filter(pk=pk).exists()
    assert _slugs("Zorblax") == set()


@pytest.mark.django_db
def test_internal_deal_is_not_found_by_anonymous_reader(client: Client) -> None:
    f.DealFactory(title="Zorblax secret", visibility=Deal.Visibility.INTERNAL)
    response = client.get("/api/v1/deals/", {"q": "Zorblax"})
    assert response.json()["count"] == 0
    assert b"Zorblax secret" not in client.get("/deals/", {"q": "Zorblax"}).content


@pytest.mark.django_db
def test_analyst_notes_are_not_searchable() -> None:
    deal = f.DealFactory(title="Quiet collaboration", analyst_notes="Zorblax rumour")
    assert "Zorblax" not in DealSearchDocument.objects.get(deal=deal).document


@pytest.mark.django_db
def test_seeded_deals_have_search_documents() -> None:
    # seed_synthetic writes by COPY / executemany, which sends no signals.
    call_command("seed_synthetic", deals=20, seed=3, stdout=StringIO())
    deals = Deal.objects.filter(slug__startswith="syn-")
    assert deals.count() == 20
    assert DealSearchDocument.objects.filter(deal__in=deals).count() == 20
    party = DealParty.objects.filter(deal__in=deals, company__isnull=False).first()
    assert party is not None and party.company is not None
    assert party.deal.slug in _slugs(party.company.name)


@pytest.mark.django_db
def test_zero_result_search_says_so_and_keeps_exports_and_filters(client: Client) -> None:
    f.DealFactory(title="Quiet collaboration")
    response = client.get("/deals/", {"q": "Zorblax", "licensor_country": "US"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "No deals match the search “Zorblax” with these filters." in html
    assert "No results until the filters are fixed" not in html
    assert "/deals/export.csv?q=Zorblax" in html and "/deals/export.xlsx?q=Zorblax" in html
    assert 'name="q"' in html and 'value="Zorblax"' in html
    assert "Remove filter Licensor country" in html


@pytest.mark.django_db
def test_one_typo_is_forgiven_among_many_companies() -> None:
    # Every name is a candidate, not the first few hundred in alphabetical order.
    Company.objects.bulk_create(
        [Company(name=f"Aardvark {n} Bio", slug=f"aardvark-{n}") for n in range(300)]
    )
    deal = _deal_with(f.CompanyFactory(name="Zymogenix Pharma"), f.AssetFactory(name="ZX-1"))
    assert _found("Zymogenx", deal)


@pytest.mark.django_db
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL hands the matching ids to the list"
)
def test_words_that_match_cost_one_query_and_a_typo_is_still_widened() -> None:
    """On PostgreSQL the words as typed are matched first; only when nothing matches are the
    words checked one by one and widened to company names one edit away."""
    from django.test.utils import CaptureQueriesContext

    from deals.search import deals_matching

    deal = _deal_with(f.CompanyFactory(name="Zymogenix Pharma"), f.AssetFactory(name="ZX-1"))
    with CaptureQueriesContext(connection) as queries:
        found = deals_matching("Zymogenix Pharma")
    assert len(queries) == 1
    assert Deal.objects.filter(found).get() == deal
    typo = deals_matching("Zymogenx")
    assert Deal.objects.filter(typo).get() == deal
    assert not Deal.objects.filter(deals_matching("Zymogenix zzqxv")).exists()


@pytest.mark.django_db
def test_a_few_matches_are_listed_in_the_default_order_and_sorted_after_fetching(
    client: Client,
) -> None:
    """A search that matches a few deals lists them newest first, undated first as the list
    does without ``q``; on PostgreSQL the page is sorted by an expression no index provides, so
    that the matching deals are fetched by id rather than found by walking every deal by date
    (deals/search.py ``fetched_then_sorted``). An ``ordering`` parameter still wins."""
    from datetime import date

    from django.test.utils import CaptureQueriesContext

    company = f.CompanyFactory(name="Quillworth Bio")
    dates = [date(2021, 3, 1), None, date(2024, 5, 2), date(2024, 5, 2), date(2019, 1, 9)]
    deals = []
    for day in dates:
        deal = _deal_with(company, f.AssetFactory())
        Deal.objects.filter(pk=deal.pk).update(announced_on=day)
        deals.append(deal)
    expected = [
        d.slug
        for d in Deal.objects.filter(pk__in=[d.pk for d in deals]).order_by(*Deal._meta.ordering)
    ]
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/deals/", {"q": "Quillworth"})
    assert [row["slug"] for row in response.json()["results"]] == expected
    if connection.vendor == "postgresql":
        assert expected[0] == deals[1].slug  # PostgreSQL puts the undated deal first, descending
        page = [q["sql"] for q in queries if "ORDER BY" in q["sql"] and "LIMIT" in q["sql"]]
        assert page and all('("deals_deal"."announced_on" + 0) DESC' in sql for sql in page)
    by_title = client.get("/api/v1/deals/", {"q": "Quillworth", "ordering": "title"}).json()
    assert [row["slug"] for row in by_title["results"]] == [
        d.slug for d in sorted(deals, key=lambda d: (d.title, -d.pk))
    ]


@pytest.mark.django_db
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL hands the matching ids to the list"
)
def test_matching_ids_travel_as_one_parameter_without_parallel_workers_or_jit(
    client: Client,
) -> None:
    """The ids of a few thousand matches reach the count and the page as one parameter
    (``= ANY(string_to_array(%s, ','))``), not one placeholder per id, so the statements do
    not grow with the matches; the id search runs without parallel workers or JIT compilation
    (each cost more than the scan) and leaves the connection's settings as it found them."""
    from django.test.utils import CaptureQueriesContext

    company = f.CompanyFactory(name="Brightmoor Bio")
    for _ in range(3):
        _deal_with(company, f.AssetFactory())
    settings = "SELECT current_setting('max_parallel_workers_per_gather'), current_setting('jit')"
    with connection.cursor() as cursor:
        cursor.execute(settings)
        before = cursor.fetchone()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/deals/", {"q": "Brightmoor"})
    assert response.json()["count"] == 3
    sqls = [q["sql"] for q in queries]
    search = [sql for sql in sqls if "deals_dealsearchdocument" in sql]
    assert len(search) == 1
    assert search[0].startswith(
        "SELECT set_config('max_parallel_workers_per_gather', '0', false),"
        " set_config('jit', 'off', false);"
    )
    listed = [sql for sql in sqls if 'FROM "deals_deal"' in sql and "= ANY(string_to_array(" in sql]
    assert len(listed) == 1  # the page's ids, counted in the same statement
    assert all(' "deals_deal"."id" IN (' not in sql for sql in sqls)
    with connection.cursor() as cursor:
        cursor.execute(settings)
        assert cursor.fetchone() == before


@pytest.mark.django_db
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL hands the matching ids to the list"
)
def test_a_page_of_matches_is_counted_in_the_statement_that_fetches_it(client: Client) -> None:
    """The deals a search names are all fetched to be sorted, so the page's statement counts
    them too (``COUNT(*) OVER ()``): no second COUNT over the same rows. The count, the pages
    and a page past the end answer as the same deals listed by company do."""
    from django.test.utils import CaptureQueriesContext

    company = f.CompanyFactory(name="Oakhurst Bio")
    for _ in range(5):
        _deal_with(company, f.AssetFactory())
    f.DealFactory(title="Oakhurst talks", status=Deal.Status.NEGOTIATION)  # not listed
    for params in ({}, {"page_size": "2"}, {"page_size": "2", "page": "3"}):
        with CaptureQueriesContext(connection) as queries:
            found = client.get("/api/v1/deals/", {"q": "Oakhurst", **params})
        sqls = [q["sql"] for q in queries]  # before the next request empties the log
        by_company = client.get("/api/v1/deals/", {"company": company.slug, **params})
        assert found.status_code == by_company.status_code == 200
        assert found.json()["count"] == by_company.json()["count"] == 5
        assert found.json()["results"] == by_company.json()["results"]
        assert (found.json()["next"] is None) == (by_company.json()["next"] is None)
        assert not [sql for sql in sqls if "COUNT(*)" in sql and "OVER" not in sql]
        assert len([sql for sql in sqls if 'COUNT("deals_deal"."id") OVER ()' in sql]) == 1
    past = client.get("/api/v1/deals/", {"q": "Oakhurst", "page_size": "2", "page": "4"})
    assert past.status_code == 404


# --- exports an analyst can hand on -----------------------------------------------------------


@pytest.mark.django_db
def test_xlsx_export_has_the_analyst_columns_formats_and_frozen_filtered_header(
    demo: Any, client: Client
) -> None:
    from io import BytesIO

    from openpyxl import load_workbook

    response = client.get("/deals/export.xlsx", {"q": "AbbVie RC148"})
    assert response.status_code == 200
    sheet = load_workbook(BytesIO(response.content)).active
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}2"
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert row["Licensor / seller"].value == "RemeGen"
    assert row["Licensor country"].value == "China"
    assert row["Licensee / buyer"].value == "AbbVie"
    assert row["Licensee country"].value == "United States of America"
    assert row["Territory"].value == "Worldwide excl. Greater China"
    assert row["Deal class"].value == "Licensing"
    assert row["Upfront (USD)"].value == 650_000_000
    assert row["Upfront (USD)"].number_format == "#,##0"
    assert row["Total potential (USD)"].value == 5_600_000_000
    assert row["Primary source URL"].value.startswith("http")
    assert row["DealScope URL"].value.endswith(f"/deals/{RC148}/")
    assert row["Announced on"].number_format == "yyyy-mm-dd"
    assert sheet.column_dimensions["B"].width == 48
    for column in ("Therapeutic areas", "Indications", "Phase at signing", "Milestones, "
                   "biobucks (USD)", "Royalty", "Royalty low (%)", "Royalty high (%)"):  # fmt: skip
        assert column in header


@pytest.mark.django_db
def test_csv_export_keeps_undisclosed_amounts_empty(demo: Any, client: Client) -> None:
    import csv

    response = client.get("/deals/export.csv", {"q": "Alteogen Tesaro"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(body.splitlines()))
    assert len(rows) == 1
    assert rows[0]["Licensor country"] == "South Korea"
    for column in ("Upfront (USD)", "Milestones, biobucks (USD)", "Total potential (USD)"):
        assert rows[0][column] != "0"


@pytest.mark.django_db
def test_deal_table_shows_phase_at_signing_and_area(demo: Any, client: Client) -> None:
    html = client.get("/deals/", {"q": "AbbVie RC148"}).content.decode()
    assert '<th scope="col">Phase at signing</th>' in html
    assert (
        '<td class="phase-cell" data-label="Phase at signing"><span class="cv">Phase 2</span>'
        in html
    )
    assert '<td class="area-cell" data-label="Therapeutic area"><span class="cv">Oncology' in html


# --- amounts as analysts write them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "dollars"),
    [
        ("1B", 10**9),
        ("$500M", 5 * 10**8),
        ("250m", 25 * 10**7),
        ("1.5bn", 15 * 10**8),
        ("2,000,000", 2 * 10**6),
        ("$ 3 billion", None),
        ("1Q", None),
        ("750k", 750_000),
        ("1000000000", 10**9),
    ],
)
def test_amounts_accept_suffixes(raw: str, dollars: int | None) -> None:
    filterset = DealFilterSet({"min_total_potential_usd": raw}, queryset=Deal.objects.none())
    if dollars is None:
        assert not filterset.is_valid()
        assert "e.g. 250M" in str(filterset.errors["min_total_potential_usd"])
    else:
        assert filterset.is_valid(), filterset.errors
        assert filterset.form.cleaned_data["min_total_potential_usd"] == dollars


@pytest.mark.django_db
def test_amount_filter_reads_1b_and_its_chip_says_1b(demo: Any, client: Client) -> None:
    short = client.get("/api/v1/deals/", {"min_total_potential_usd": "1B"}).json()["count"]
    long = client.get("/api/v1/deals/", {"min_total_potential_usd": "1000000000"}).json()
    assert short == long["count"] > 0
    html = client.get("/deals/", {"min_total_potential_usd": "1B"}).content.decode()
    assert "Total potential at least (USD):</span> $1B" in html
