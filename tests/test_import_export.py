"""Bulk import/export: the documented flat layout, round trip, dry run, all-or-nothing, safety."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
import tablib
from django.core.management import call_command
from django.core.management.base import CommandError

from companies.models import Asset, Company, Target, TherapeuticArea
from companies.resources import AssetResource, CompanyResource
from deals.intake.resources import DEAL_COLUMNS, ConferenceResource, DealResource
from deals.models import Conference, ConferenceSeries, Deal, PaymentComponent
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    DealAssetFactory,
    DealFactory,
    DealPartyFactory,
    PaymentFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db
DOCS = Path(__file__).resolve().parent.parent / "docs" / "import.md"


def _deal_snapshot(deal: Deal) -> dict[str, Any]:
    """Every stored field of a deal and its parts, keyed by natural keys, order-independent."""
    sources = {s.pk: s.url for s in deal.sources.all()}
    royalty = getattr(deal, "royalty", None)
    return {
        "scalars": {
            f: getattr(deal, f)
            for f in (
                "slug",
                "title",
                "deal_type",
                "exclusive",
                "status",
                "visibility",
                "signed_on",
                "announced_on",
                "signed_on_precision",
                "announced_on_precision",
                "summary",
                "analyst_notes",
                "headline_amount",
                "headline_currency",
                "headline_amount_usd",
                "headline_quote",
            )
        },
        "conference": deal.conference.slug if deal.conference_id else None,
        "headline_source": deal.headline_source.url if deal.headline_source_id else None,
        "parties": sorted(
            (p.role, p.company.slug if p.company_id else None, p.name_as_reported)
            for p in deal.parties.all()
        ),
        "assets": sorted((a.asset.slug, a.phase_at_signing) for a in deal.deal_assets.all()),
        "territory": sorted((t.code, t.excluded) for t in deal.territories.all()),
        "payments": sorted(
            (
                p.kind,
                p.disclosed,
                p.amount,
                p.currency,
                p.amount_usd,
                p.contingent,
                p.quote,
                p.note,
                sources.get(p.source_id),
            )
            for p in deal.payments.all()
        ),
        "royalty": (
            (
                royalty.disclosed,
                royalty.min_pct,
                royalty.max_pct,
                royalty.tiered,
                royalty.wording,
                sources.get(royalty.source_id),
            )
            if royalty
            else None
        ),
        "sources": sorted(
            (
                s.url,
                s.publisher,
                s.title,
                s.published_on,
                s.published_on_precision,
                s.language,
                s.quote,
            )
            for s in deal.sources.all()
        ),
        "events": sorted(
            (e.kind, e.date, e.date_precision, e.description, e.amount, e.currency)
            for e in deal.events.all()
        ),
    }


def _company_snapshot(c: Company) -> tuple:
    return (
        c.slug, c.name, c.legal_name, c.local_name, str(c.country), c.city, c.company_type,
        c.ownership, c.parent.slug if c.parent_id else None, c.website, c.description,
        sorted((a.name, a.kind) for a in c.aliases.all()),
        sorted((x.exchange, x.ticker) for x in c.listings.all()),
    )  # fmt: skip


def _asset_snapshot(a: Asset) -> tuple:
    return (
        a.slug, a.name, a.owner.slug if a.owner_id else None, a.modality, a.is_platform,
        sorted(t.name for t in a.targets.all()), sorted(t.name for t in a.therapeutic_areas.all()),
        a.indications, a.highest_phase, a.description,
        sorted((x.name, x.kind) for x in a.aliases.all()),
    )  # fmt: skip


def _as_csv_file(dataset: tablib.Dataset) -> tablib.Dataset:
    """Through a real CSV text and back, as a file on disk would go."""
    return tablib.Dataset().load(dataset.export("csv"), format="csv")


def _wipe_catalogue() -> None:
    Deal.objects.all().delete()
    Conference.objects.all().delete()
    ConferenceSeries.objects.all().delete()
    Asset.objects.all().delete()
    Company.objects.update(parent=None)
    Company.objects.all().delete()
    Target.objects.all().delete()
    TherapeuticArea.objects.all().delete()


def test_round_trip_of_all_demo_deals_into_an_empty_database_keeps_every_field(admin_user) -> None:
    call_command("load_demo", stdout=StringIO())
    deals_before = {d.slug: _deal_snapshot(d) for d in Deal.objects.all()}
    companies_before = {c.slug: _company_snapshot(c) for c in Company.objects.all()}
    assets_before = {a.slug: _asset_snapshot(a) for a in Asset.objects.all()}
    assert len(deals_before) >= 10

    files = [
        (CompanyResource, _as_csv_file(CompanyResource().export())),
        (AssetResource, _as_csv_file(AssetResource().export())),
        (ConferenceResource, _as_csv_file(ConferenceResource().export())),
        (DealResource, _as_csv_file(DealResource().export(user=admin_user))),
    ]
    assert files[3][1].headers == DEAL_COLUMNS

    _wipe_catalogue()
    assert Deal.objects.count() == Company.objects.count() == 0

    for resource_class, dataset in files:
        result = resource_class().import_data(dataset, user=admin_user, file_name="roundtrip.csv")
        problems = [(r.number, r.error_dict) for r in result.invalid_rows] + list(
            result.row_errors()
        )
        assert not result.has_errors() and not result.has_validation_errors(), problems

    assert {c.slug: _company_snapshot(c) for c in Company.objects.all()} == companies_before
    assert {a.slug: _asset_snapshot(a) for a in Asset.objects.all()} == assets_before
    deals_after = {d.slug: _deal_snapshot(d) for d in Deal.objects.all()}
    assert deals_after.keys() == deals_before.keys()
    for slug, snapshot in deals_before.items():
        assert deals_after[slug] == snapshot, slug


def test_round_trip_through_xlsx(admin_user) -> None:
    RegionFactory(code="WW", name="Worldwide")
    deal = DealFactory(title="=cmd|' /C calc'!A0", exclusive=True, headline_amount=Decimal("1.5E9"),
                       headline_currency="USD")  # fmt: skip
    DealPartyFactory(deal=deal, role="licensor")
    DealAssetFactory(deal=deal)
    PaymentFactory(deal=deal, kind="near_term", amount=Decimal("25000000"), contingent=True)
    before = _deal_snapshot(deal)
    workbook = DealResource().export(user=admin_user).export("xlsx")
    Deal.objects.all().delete()
    dataset = tablib.Dataset().load(io.BytesIO(workbook).read(), format="xlsx")
    result = DealResource().import_data(dataset, user=admin_user)
    assert not result.has_validation_errors(), [r.error_dict for r in result.invalid_rows]
    assert _deal_snapshot(Deal.objects.get()) == before


@pytest.mark.parametrize(
    ("precision", "announced", "cell"),
    [
        ("day", date(2026, 1, 12), "2026-01-12"),
        ("month", date(2026, 1, 1), "2026-01"),
        ("quarter", date(2026, 4, 1), "2026-Q2"),
        ("year", date(2025, 1, 1), "2025"),
    ],
)
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_date_precision_round_trips_through_export_and_import(
    admin_user, precision: str, announced: date, cell: str, file_format: str
) -> None:
    deal = DealFactory(
        announced_on=announced,
        announced_on_precision=precision,
        signed_on=date(2024, 12, 1),
        signed_on_precision="month",
    )
    exported = DealResource().export(user=admin_user)
    # The file says no more than the source did: "2026-01", never "2026-01-01".
    assert exported.dict[0]["announced_on"] == cell
    assert exported.dict[0]["signed_on"] == "2024-12"
    if file_format == "csv":
        dataset = _as_csv_file(exported)
    else:
        dataset = tablib.Dataset().load(io.BytesIO(exported.export("xlsx")).read(), format="xlsx")
    Deal.objects.all().delete()
    result = DealResource().import_data(dataset, user=admin_user)
    assert not result.has_validation_errors(), [r.error_dict for r in result.invalid_rows]
    back = Deal.objects.get(slug=deal.slug)
    assert (back.announced_on, back.announced_on_precision) == (announced, precision)
    assert (back.signed_on, back.signed_on_precision) == (date(2024, 12, 1), "month")


def test_imported_dates_take_their_precision_from_the_cell() -> None:
    a, b = CompanyFactory(), CompanyFactory()
    rows = [
        _valid_row("month", a, b, announced_on="2026-01"),
        _valid_row("quarter", a, b, announced_on="2026-Q1", signed_on="2025"),
        _valid_row("day", a, b, announced_on="2026-01-12"),
    ]
    result = DealResource().import_data(_deal_rows(rows))
    assert not result.has_validation_errors(), [r.error_dict for r in result.invalid_rows]
    got = {
        d.slug: (d.announced_on, d.announced_on_precision, d.signed_on_precision)
        for d in Deal.objects.all()
    }
    assert got == {
        "month": (date(2026, 1, 1), "month", "day"),
        "quarter": (date(2026, 1, 1), "quarter", "year"),
        "day": (date(2026, 1, 12), "day", "day"),
    }


def test_an_impossible_month_in_an_imported_date_is_a_row_error() -> None:
    a, b = CompanyFactory(), CompanyFactory()
    result = DealResource().import_data(_deal_rows([_valid_row("x", a, b, announced_on="2026-13")]))
    invalid = {r.number: r.error_dict for r in result.invalid_rows}
    assert "“2026-13” is not a date" in invalid[1]["announced_on"][0]
    assert Deal.objects.count() == 0


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_exported_cells_starting_like_a_formula_are_escaped_and_import_back_exactly(
    start: str,
    admin_user,
) -> None:
    title = f'{start}HYPERLINK("http://evil.example")'
    company = CompanyFactory(name=title, description=f"{start}1+1")
    deal = DealFactory(title=title, summary="plain text")
    DealPartyFactory(deal=deal, company=company)
    deals = DealResource().export(user=admin_user)
    assert deals.dict[0]["title"] == "'" + title
    assert deals.dict[0]["summary"] == "plain text"
    companies = CompanyResource().export()
    assert companies.dict[0]["name"] == "'" + title
    assert companies.dict[0]["description"] == f"'{start}1+1"
    Deal.objects.all().delete()
    Company.objects.all().delete()
    assert not CompanyResource().import_data(companies).has_validation_errors()
    assert Company.objects.get().name == title
    assert not DealResource().import_data(deals).has_validation_errors()
    assert Deal.objects.get().title == title


def _deal_rows(rows: list[dict[str, str]]) -> tablib.Dataset:
    dataset = tablib.Dataset(headers=DEAL_COLUMNS)
    for row in rows:
        dataset.append([row.get(c, "") for c in DEAL_COLUMNS])
    return dataset


def _valid_row(slug: str, licensor: Company, licensee: Company, **extra: str) -> dict[str, str]:
    return {
        "slug": slug, "title": f"Deal {slug}", "deal_type": "license", "status": "announced",
        "visibility": "public", "announced_on": "2026-01-12", "licensor": licensor.slug,
        "licensee": licensee.slug, "upfront_cash": "50000000 USD", "milestones": "undisclosed",
        **extra,
    }  # fmt: skip


def test_dry_run_reports_every_rows_errors_by_column_and_writes_nothing() -> None:
    a, b = CompanyFactory(), CompanyFactory()
    dataset = _deal_rows([
        _valid_row("ok-1", a, b),
        _valid_row("bad-2", a, b, headline_amount="lots", headline_currency="USD",
                   deal_type="swap"),
        {**_valid_row("bad-3", a, b), "licensee": "no-such-company", "upfront_cash": "fifty USD"},
    ])  # fmt: skip
    result = DealResource().import_data(dataset, dry_run=True)
    invalid = {r.number: r.error_dict for r in result.invalid_rows}
    assert set(invalid) == {2, 3}
    assert "“lots” is not a number." in invalid[2]["headline_amount"]
    assert any("“swap” is not one of" in m for m in invalid[2]["deal_type"])
    assert any("no-such-company" in m for m in invalid[3]["parties"])
    assert any("fifty" in m for m in invalid[3]["upfront_cash"])
    assert Deal.objects.count() == 0


def test_import_is_all_or_nothing() -> None:
    a, b = CompanyFactory(), CompanyFactory()
    dataset = _deal_rows([
        _valid_row("first", a, b),
        _valid_row("second", a, b),
        # Valid to parse, refused by the model: announced before it was signed.
        _valid_row("third", a, b, signed_on="2026-02-01", announced_on="2026-01-01"),
    ])  # fmt: skip
    result = DealResource().import_data(dataset)
    assert result.has_validation_errors()
    assert "third" not in [d.slug for d in Deal.objects.all()]
    assert Deal.objects.count() == 0
    assert PaymentComponent.objects.count() == 0


def test_import_records_history_with_the_user_and_the_file(admin_user) -> None:
    a, b = CompanyFactory(), CompanyFactory()
    result = DealResource().import_data(
        _deal_rows([_valid_row("hist", a, b)]), user=admin_user, file_name="deals.csv"
    )
    assert not result.has_validation_errors()
    deal = Deal.objects.get()
    record = deal.history.get()
    assert record.history_user == admin_user
    assert record.history_change_reason == "Imported from deals.csv"
    assert deal.payments.get(kind="upfront_cash").history.get().history_user == admin_user
    milestones = deal.payments.get(kind="milestones")
    assert milestones.disclosed is False and milestones.amount is None


def test_reimport_updates_the_deal_in_place() -> None:
    a, b = CompanyFactory(), CompanyFactory()
    DealResource().import_data(_deal_rows([_valid_row("same", a, b)]))
    result = DealResource().import_data(_deal_rows([_valid_row("same", a, b, status="closed")]))
    assert result.totals["update"] == 1
    assert Deal.objects.get().status == "closed"


def test_export_leaves_out_internal_deals_for_users_who_cannot_see_them(
    viewer, django_user_model
) -> None:
    DealFactory(title="Public deal")
    DealFactory(title="Secret draft", visibility="internal")
    outsider = django_user_model.objects.create_user("out", is_staff=True)
    assert {r["title"] for r in DealResource().export(user=outsider).dict} == {"Public deal"}
    assert {r["title"] for r in DealResource().export(user=viewer).dict} == {
        "Public deal",
        "Secret draft",
    }


def test_every_deal_column_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [c for c in DEAL_COLUMNS if f"`{c}`" not in text]
    assert not missing


# --- import_deals command --------------------------------------------------------------------


def _write_csv(tmp_path: Path, dataset: tablib.Dataset) -> Path:
    path = tmp_path / "deals.csv"
    path.write_text(dataset.export("csv"), encoding="utf-8")
    return path


def test_import_deals_dry_run_reports_progress_and_writes_nothing(tmp_path: Path) -> None:
    a, b = CompanyFactory(), CompanyFactory()
    rows = [_valid_row(f"bulk-{i}", a, b) for i in range(1, 1201)]
    path = _write_csv(tmp_path, _deal_rows(rows))
    out, err = StringIO(), StringIO()
    call_command("import_deals", str(path), "--dry-run", stdout=out, stderr=err)
    assert "500/1200 rows" in err.getvalue() and "1200/1200 rows (100%)" in err.getvalue()
    assert "Dry run OK: 1200 new" in out.getvalue()
    assert Deal.objects.count() == 0


def test_import_deals_writes_and_attributes_to_a_user(tmp_path: Path, admin_user) -> None:
    a, b = CompanyFactory(), CompanyFactory()
    path = _write_csv(tmp_path, _deal_rows([_valid_row("cli-1", a, b), _valid_row("cli-2", a, b)]))
    out = StringIO()
    call_command(
        "import_deals", str(path), "--user", admin_user.username, stdout=out, stderr=StringIO()
    )
    assert "Imported 2 rows: 2 new" in out.getvalue()
    assert Deal.objects.get(slug="cli-1").history.get().history_user == admin_user


def test_import_deals_lists_row_errors_and_imports_nothing(tmp_path: Path) -> None:
    a, b = CompanyFactory(), CompanyFactory()
    path = _write_csv(
        tmp_path,
        _deal_rows([_valid_row("x-1", a, b), _valid_row("x-2", a, b, announced_on="12/01/2026")]),
    )
    err = StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_deals", str(path), stdout=StringIO(), stderr=err)
    assert (
        "row 2, announced_on: “12/01/2026” is not a date (YYYY-MM-DD, or YYYY-MM, YYYY-Qn, YYYY)."
        in err.getvalue()
    )
    assert Deal.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("deals.txt", b"x", "Unsupported file type"),
        ("deals.xlsx", b"not a workbook", "Cannot read"),
        ("missing.csv", None, "No such file"),
    ],
)
def test_import_deals_refuses_unreadable_files(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("import_deals", str(path), stdout=StringIO(), stderr=StringIO())


def test_imported_asset_vocabularies_and_conference_series_are_created_by_name() -> None:
    owner = CompanyFactory(slug="acme")
    assets = tablib.Dataset(
        headers=["slug", "name", "owner", "modality", "targets", "therapeutic_areas", "aliases"]
    )
    assets.append(["ab-101", "AB-101", "acme", "adc", "HER2; TROP2", "Oncology", "AB101|code"])
    assert not AssetResource().import_data(assets).has_validation_errors()
    asset = Asset.objects.get()
    assert asset.owner == owner
    assert sorted(t.name for t in asset.targets.all()) == ["HER2", "TROP2"]
    assert [a.normalized for a in asset.aliases.all()] == ["ab101"]
    conferences = tablib.Dataset(
        headers=["slug", "name", "series", "year", "start_date", "end_date", "country"]
    )
    conferences.append(
        [
            "bio-2026",
            "BIO 2026",
            "BIO International Convention",
            "2026",
            "2026-06-22",
            "2026-06-25",
            "US",
        ]
    )
    assert not ConferenceResource().import_data(conferences).has_validation_errors()
    assert Conference.objects.get().series.name == "BIO International Convention"
    assert Conference.objects.get().start_date == date(2026, 6, 22)


def test_company_parent_later_in_the_same_file_is_imported_first() -> None:
    companies = tablib.Dataset(headers=["slug", "name", "ownership", "parent", "country"])
    companies.append(["genentech", "Genentech", "subsidiary", "roche", "US"])
    companies.append(["roche", "Roche", "public", "", "CH"])
    result = CompanyResource().import_data(companies)
    assert not result.has_validation_errors() and not result.has_errors()
    assert Company.objects.get(slug="genentech").parent.slug == "roche"


def test_invalid_country_code_is_a_row_error() -> None:
    companies = tablib.Dataset(headers=["slug", "name", "country"])
    companies.append(["x", "X Bio", "XX"])
    result = CompanyResource().import_data(companies, dry_run=True)
    assert result.has_errors() or result.has_validation_errors()
    assert Company.objects.count() == 0


def test_asset_export_uses_slugs_and_names() -> None:
    asset = AssetFactory(name="RC148")
    row = AssetResource().export().dict[0]
    assert row["slug"] == asset.slug and row["owner"] == asset.owner.slug
    assert row["modality"] == "bispecific"


# --- admin ----------------------------------------------------------------------------------


def _hidden_inputs(html: str) -> dict[str, str]:
    import re

    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))


def test_admin_import_needs_add_permission_and_export_view_permission(
    client, analyst, viewer
) -> None:
    client.force_login(viewer)
    assert client.get("/admin/deals/deal/import/").status_code == 403
    assert client.get("/admin/companies/company/import/").status_code == 403
    assert client.get("/admin/deals/deal/export/").status_code == 200
    assert "/admin/deals/deal/import/" not in client.get("/admin/deals/deal/").content.decode()
    client.force_login(analyst)
    assert client.get("/admin/deals/deal/import/").status_code == 200
    assert "/admin/deals/deal/import/" in client.get("/admin/deals/deal/").content.decode()


def test_admin_dry_run_preview_shows_row_errors_and_offers_no_confirm(client, analyst) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    a, b = CompanyFactory(), CompanyFactory()
    dataset = _deal_rows(
        [_valid_row("fine", a, b), _valid_row("broken", a, b, upfront_cash="lots USD")]
    )
    client.force_login(analyst)
    upload = SimpleUploadedFile(
        "deals.csv", dataset.export("csv").encode(), content_type="text/csv"
    )
    response = client.post(
        "/admin/deals/deal/import/", {"import_file": upload, "format": "0", "resource": "0"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "“lots” is not a number." in html
    assert 'name="confirm"' not in html and "process_import" not in html
    assert Deal.objects.count() == 0


def test_admin_import_confirms_after_a_clean_dry_run_and_records_the_user(client, analyst) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    a, b = CompanyFactory(), CompanyFactory()
    dataset = _deal_rows([_valid_row("admin-1", a, b), _valid_row("admin-2", a, b)])
    client.force_login(analyst)
    upload = SimpleUploadedFile(
        "deals.csv", dataset.export("csv").encode(), content_type="text/csv"
    )
    preview = client.post(
        "/admin/deals/deal/import/", {"import_file": upload, "format": "0", "resource": "0"}
    )
    assert Deal.objects.count() == 0  # the preview wrote nothing
    confirm = _hidden_inputs(preview.content.decode())
    assert "import_file_name" in confirm
    response = client.post("/admin/deals/deal/process_import/", confirm)
    assert response.status_code == 302
    assert sorted(Deal.objects.values_list("slug", flat=True)) == ["admin-1", "admin-2"]
    assert Deal.objects.get(slug="admin-1").history.get().history_user == analyst


def test_admin_export_escapes_formula_cells_and_hides_internal_deals(
    client, django_user_model
) -> None:
    from django.contrib.auth.models import Permission

    DealFactory(title="=1+2 deal", visibility="public")
    DealFactory(title="Internal draft", visibility="internal")
    clerk = django_user_model.objects.create_user("clerk", is_staff=True)
    clerk.user_permissions.add(Permission.objects.get(codename="view_deal"))
    client.force_login(clerk)
    data = {"format": "0", "resource": "0", **{f"dealresource_{c}": "on" for c in DEAL_COLUMNS}}
    response = client.post("/admin/deals/deal/export/", data)
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8-sig")
    assert "'=1+2 deal" in text
    assert "Internal draft" not in text


# --- the readers' export (/deals/export.csv, .xlsx) ------------------------------------------


def test_readers_export_writes_a_month_as_the_month_with_its_precision(client) -> None:
    import csv

    from openpyxl import load_workbook

    DealFactory(title="Month deal", announced_on=date(2026, 1, 1), announced_on_precision="month")
    DealFactory(title="Day deal", announced_on=date(2026, 1, 12))
    body = b"".join(client.get("/deals/export.csv").streaming_content).decode("utf-8-sig")
    rows = {r["Title"]: r for r in csv.DictReader(body.splitlines())}
    assert rows["Month deal"]["Announced on"] == "2026-01"
    assert rows["Month deal"]["Announced on precision"] == "month"
    assert rows["Day deal"]["Announced on"] == "2026-01-12"
    assert rows["Day deal"]["Announced on precision"] == "day"
    assert rows["Day deal"]["Signed on precision"] == ""  # no signing date, no precision

    sheet = load_workbook(io.BytesIO(client.get("/deals/export.xlsx").content)).active
    header = [c.value for c in sheet[1]]
    cells = {row[1].value: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(2)}
    assert cells["Month deal"]["Announced on"].value == "2026-01"
    day = cells["Day deal"]["Announced on"]
    assert (day.value.date(), day.number_format) == (date(2026, 1, 12), "yyyy-mm-dd")
