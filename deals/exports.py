"""CSV and XLSX exports of a deal list, one row per deal.

The export takes the same queryset as the browse page (already filtered and limited to what the
user may see). Text that a spreadsheet would run as a formula is defused with a leading
apostrophe: deal titles and quotes come from press releases, not from us.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from io import BytesIO
from typing import Any

from django.db import models
from django.http import HttpResponse, StreamingHttpResponse
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from companies.models import Modality, Phase
from core.money import compact_money
from core.spreadsheets import escape_formula
from deals.classes import DealClass
from deals.dates import iso_precise
from deals.models import Deal, DealParty, PaymentComponent, Source
from deals.models.terms import split_sides
from deals.templatetags.deal_format import exact_amount, territory_label

CHUNK = 500

# (key, header, kind): kind sets the XLSX number format and column width. Money is in US
# dollars throughout (one scale: whole dollars, never millions), except the headline as
# reported, which keeps its own currency beside it. An undisclosed amount is an empty cell.
COLUMNS: list[tuple[str, str, str]] = [
    ("slug", "Slug", "code"),
    ("title", "Title", "title"),
    ("deal_type", "Deal type", "text"),
    ("deal_class", "Deal class", "short"),
    ("status", "Status", "short"),
    ("exclusive", "Exclusive", "short"),
    ("announced_on", "Announced on", "date"),
    ("signed_on", "Signed on", "date"),
    ("conference", "Conference", "text"),
    ("licensors", "Licensor / seller", "text"),
    ("licensor_countries", "Licensor country", "text"),
    ("licensees", "Licensee / buyer", "text"),
    ("licensee_countries", "Licensee country", "text"),
    ("other_parties", "Other parties", "text"),
    ("assets", "Assets", "text"),
    ("modalities", "Modalities", "text"),
    ("targets", "Targets", "text"),
    ("therapeutic_areas", "Therapeutic areas", "text"),
    ("indications", "Indications", "text"),
    ("phases_at_signing", "Phase at signing", "text"),
    ("territory", "Territory", "text"),
    ("territory_included", "Territory included", "code"),
    ("territory_excluded", "Territory excluded", "code"),
    ("headline_amount", "Headline amount", "money"),
    ("headline_currency", "Headline currency", "short"),
    ("headline_usd", "Headline (USD)", "money"),
    ("upfront_usd", "Upfront (USD)", "money"),
    ("milestones_usd", "Milestones, biobucks (USD)", "money"),
    ("committed_usd", "Committed (USD)", "money"),
    ("total_potential_usd", "Total potential (USD)", "money"),
    ("payments", "Payment terms", "title"),
    ("royalty", "Royalty", "text"),
    ("royalty_min_pct", "Royalty low (%)", "pct"),
    ("royalty_max_pct", "Royalty high (%)", "pct"),
    ("source_url", "Primary source URL", "url"),
    ("url", "DealScope URL", "url"),
    # Last, so files read by column position keep their columns where they were.
    ("announced_on_precision", "Announced on precision", "short"),
    ("signed_on_precision", "Signed on precision", "short"),
]
FORMATS = {"money": "#,##0", "pct": "0.0#", "date": "yyyy-mm-dd"}
WIDTHS = {"code": 22, "title": 48, "text": 26, "short": 12, "date": 12, "money": 16, "pct": 10,
          "url": 40}  # fmt: skip
CLASS_LABELS = dict(DealClass.choices)
# Choice labels looked up once: get_FOO_display() rebuilds a dict of the field's choices on
# every call, which cost a third of an export's time per row (500 rows: ~3,000 calls).
TYPE_LABELS = {key: str(label) for key, label in Deal.Type.choices}
STATUS_LABELS = {key: str(label) for key, label in Deal.Status.choices}
ROLE_LABELS = {key: str(label) for key, label in DealParty.Role.choices}
KIND_LABELS = {key: str(label) for key, label in PaymentComponent.Kind.choices}
MODALITY_LABELS = {key: str(label) for key, label in Modality.choices}
PHASE_LABELS = {key: str(label) for key, label in Phase.choices}


def for_export(deals: Any) -> Any:
    """The deal list's queryset (``for_listing()``) plus what only the export shows: royalty,
    primary source, the assets' areas and indications, company countries."""
    return (
        deals.for_listing()
        .select_related("royalty", "headline_source")
        .prefetch_related(
            "deal_assets__asset__therapeutic_areas",
            "deal_assets__asset__indication_terms",
            models.Prefetch("sources", queryset=Source.objects.order_by("pk")),
        )
    )


def _names(parties: Iterable[Any]) -> str:
    return "; ".join(p.company.name if p.company_id else "Undisclosed" for p in parties)


def _countries(parties: Iterable[Any]) -> str:
    names = (p.company.country.name for p in parties if p.company_id and p.company.country)
    return "; ".join(dict.fromkeys(names))


def _territory_words(lines: list[Any]) -> str:
    """The territory as a reader says it: "Worldwide excl. Greater China"."""
    included = ", ".join(territory_label(t) for t in lines if not t.excluded)
    excluded = ", ".join(territory_label(t) for t in lines if t.excluded)
    if excluded:
        return f"{included or 'Worldwide'} excl. {excluded}"
    return included


def _primary_source(deal: Deal) -> str:
    """The source of the headline value, else the first source recorded."""
    if deal.headline_source_id and deal.headline_source is not None:
        return deal.headline_source.url
    sources = list(deal.sources.all())
    return sources[0].url if sources else ""


def _royalty(deal: Deal) -> Any:
    try:
        return deal.royalty
    except Deal.royalty.RelatedObjectDoesNotExist:
        return None


def _payment_text(payment: Any) -> str:
    """ "Upfront cash: $50M (50,000,000 USD)": read as the press reads it, with the exact figure
    beside it, never the raw stored decimal ("50000000.00 USD")."""
    kind = KIND_LABELS.get(payment.kind, payment.kind)
    if not payment.disclosed or payment.amount is None:
        return f"{kind}: undisclosed"
    compact = compact_money(payment.amount, payment.currency)
    return f"{kind}: {compact} ({exact_amount(payment.amount, payment.currency)})"


def _royalty_text(royalty: Any) -> str:
    if royalty is None:
        return ""
    if royalty.min_pct is not None or royalty.max_pct is not None:
        low = f"{royalty.min_pct}" if royalty.min_pct is not None else "?"
        high = f"{royalty.max_pct}" if royalty.max_pct is not None else "?"
        rates = f"{low}–{high}%" if low != high else f"{low}%"
        return f"{rates} {royalty.wording}".strip()
    return royalty.wording or "undisclosed"


def _date_cell(value: date | None, precision: str) -> date | str | None:
    """A day is a date (an XLSX date cell); "Jan 2026" is the text "2026-01", never the 1st."""
    if value is None or precision == Deal.DatePrecision.DAY:
        return value
    return iso_precise(value, precision)


def deal_row(deal: Deal, absolute_url: Callable[[str], str]) -> dict[str, Any]:
    """One deal as export values: text, dates, Decimals (None stays empty, never 0)."""
    parties = list(deal.parties.all())
    deal_assets = list(deal.deal_assets.all())
    territories = list(deal.territories.all())
    sellers, buyers, others = split_sides(parties)
    assets = [da.asset for da in deal_assets]
    # Each prefetched relation read once per asset (every .all() builds a manager).
    targets = {t.name for asset in assets for t in asset.targets.all()}
    areas = {area.name for asset in assets for area in asset.therapeutic_areas.all()}
    terms = {term.name for asset in assets for term in asset.indication_terms.all()}
    royalty = _royalty(deal)
    return {
        "slug": deal.slug,
        "title": deal.title,
        "deal_type": TYPE_LABELS.get(deal.deal_type, deal.deal_type),
        "deal_class": CLASS_LABELS.get(deal.deal_class, deal.deal_class),
        "status": STATUS_LABELS.get(deal.status, deal.status),
        "exclusive": {True: "yes", False: "no", None: ""}[deal.exclusive],
        "announced_on": _date_cell(deal.announced_on, deal.announced_on_precision),
        "signed_on": _date_cell(deal.signed_on, deal.signed_on_precision),
        "conference": deal.conference.name if deal.conference is not None else "",
        "licensors": _names(sellers),
        "licensor_countries": _countries(sellers),
        "licensees": _names(buyers),
        "licensee_countries": _countries(buyers),
        "other_parties": "; ".join(
            f"{p.company.name if p.company is not None else 'Undisclosed'} "
            f"({ROLE_LABELS.get(p.role, p.role)})"
            for p in others
        ),
        "assets": "; ".join(asset.name for asset in assets),
        "modalities": "; ".join(
            sorted({MODALITY_LABELS.get(a.modality, a.modality) for a in assets if a.modality})
        ),
        "targets": "; ".join(sorted(targets)),
        "therapeutic_areas": "; ".join(sorted(areas)),
        "indications": "; ".join(
            sorted(terms)
            or dict.fromkeys(asset.indications for asset in assets if asset.indications)
        ),
        "phases_at_signing": "; ".join(
            f"{da.asset.name}: {PHASE_LABELS.get(da.phase_at_signing, da.phase_at_signing)}"
            for da in deal_assets
            if da.phase_at_signing
        ),
        "territory": _territory_words(territories),
        "territory_included": "; ".join(t.code for t in territories if not t.excluded),
        "territory_excluded": "; ".join(t.code for t in territories if t.excluded),
        "headline_amount": deal.headline_amount,
        "headline_currency": deal.headline_currency,
        "headline_usd": deal.headline_amount_usd,
        "upfront_usd": getattr(deal, "upfront_usd", None),
        "milestones_usd": getattr(deal, "milestones_usd", None),
        "committed_usd": getattr(deal, "committed_usd", None),
        "total_potential_usd": getattr(deal, "total_potential_usd", None),
        "payments": "; ".join(_payment_text(p) for p in deal.payments.all()),
        "royalty": _royalty_text(royalty),
        "royalty_min_pct": royalty.min_pct if royalty is not None else None,
        "royalty_max_pct": royalty.max_pct if royalty is not None else None,
        "source_url": _primary_source(deal),
        "url": absolute_url(deal.get_absolute_url()),
        "announced_on_precision": deal.announced_on_precision if deal.announced_on else "",
        "signed_on_precision": deal.signed_on_precision if deal.signed_on else "",
    }


def rows(deals: Iterable[Deal], absolute_url: Callable[[str], str]) -> Iterator[list[Any]]:
    """The header, then one escaped row per deal."""
    yield [label for _, label, _ in COLUMNS]
    for deal in deals:
        values = deal_row(deal, absolute_url)
        yield [escape_formula(values[key]) for key, _, _ in COLUMNS]


def _iterate(queryset: Any) -> Iterator[Deal]:
    # Chunked iteration keeps memory flat on large exports; prefetches run once per chunk.
    return queryset.iterator(chunk_size=CHUNK)


class _Echo:
    """A file-like object whose write() hands the line back, for streaming csv.writer output."""

    def write(self, value: str) -> str:
        return value


def csv_response(
    queryset: Any, filename: str, absolute_url: Callable[[str], str]
) -> StreamingHttpResponse:
    """Stream the deals as UTF-8 CSV (with a BOM so that Excel reads non-Latin names)."""
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield "\ufeff"
        for row in rows(_iterate(queryset), absolute_url):
            yield writer.writerow(["" if v is None else v for v in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def write_deals_sheet(
    workbook: Workbook, deals: Iterable[Deal], absolute_url: Callable[[str], str]
) -> None:
    """The deals as a "Deals" sheet: number formats, widths, a frozen header, an autofilter."""
    sheet = workbook.create_sheet("Deals")
    # Set before the first row: a write-only sheet writes its columns and panes up front.
    for index, (_, _, kind) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS[kind]
    sheet.freeze_panes = "C2"  # the header and the slug and title stay in view
    bold = Font(bold=True)
    formats = [FORMATS.get(kind) for _, _, kind in COLUMNS]
    count = 0
    for index, row in enumerate(rows(deals, absolute_url)):
        if index == 0:
            header = [WriteOnlyCell(sheet, value=label) for label in row]
            for cell in header:
                cell.font = bold
            sheet.append(header)
            continue
        cells: list[Any] = []
        for value, number_format in zip(row, formats, strict=True):
            # Only numbers and dates take a format; "2026-01" (a month) stays text.
            if number_format and value is not None and not isinstance(value, str):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = number_format
                cells.append(cell)
            else:
                cells.append(value)  # a plain value: no cell object to build per text column
        sheet.append(cells)
        count = index
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"


def xlsx_response(queryset: Any, filename: str, absolute_url: Callable[[str], str]) -> HttpResponse:
    """The deals as an XLSX workbook: money as exact numbers, dates as dates, text escaped."""
    workbook = Workbook(write_only=True)
    write_deals_sheet(workbook, _iterate(queryset), absolute_url)
    buffer = BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
