"""CSV and XLSX exports of a deal list, one row per deal.

The export takes the same queryset as the browse page (already filtered and limited to what the
user may see). Text that a spreadsheet would run as a formula is defused with a leading
apostrophe: deal titles and quotes come from press releases, not from us.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from io import BytesIO
from typing import Any

from django.http import HttpResponse, StreamingHttpResponse
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from core.spreadsheets import escape_formula
from deals.models import Deal

CHUNK = 500

COLUMNS: list[tuple[str, str]] = [
    ("slug", "Slug"),
    ("title", "Title"),
    ("deal_type", "Deal type"),
    ("status", "Status"),
    ("exclusive", "Exclusive"),
    ("announced_on", "Announced on"),
    ("signed_on", "Signed on"),
    ("conference", "Conference"),
    ("licensors", "Licensor / seller"),
    ("licensees", "Licensee / buyer"),
    ("other_parties", "Other parties"),
    ("assets", "Assets"),
    ("modalities", "Modalities"),
    ("targets", "Targets"),
    ("phases_at_signing", "Phase at signing"),
    ("territory_included", "Territory included"),
    ("territory_excluded", "Territory excluded"),
    ("headline_amount", "Headline amount"),
    ("headline_currency", "Headline currency"),
    ("headline_usd", "Headline (USD)"),
    ("upfront_usd", "Upfront (USD)"),
    ("committed_usd", "Committed (USD)"),
    ("total_potential_usd", "Total potential (USD)"),
    ("payments", "Payment terms"),
    ("royalty", "Royalty"),
    ("url", "URL"),
]


def _names(parties: Iterable[Any]) -> str:
    return "; ".join(p.company.name if p.company_id else "Undisclosed" for p in parties)


def _payment_text(payment: Any) -> str:
    if not payment.disclosed or payment.amount is None:
        return f"{payment.get_kind_display()}: undisclosed"
    return f"{payment.get_kind_display()}: {payment.amount} {payment.currency}"


def _royalty_text(deal: Deal) -> str:
    try:
        royalty = deal.royalty
    except Deal.royalty.RelatedObjectDoesNotExist:
        return ""
    if royalty.min_pct is not None or royalty.max_pct is not None:
        low = f"{royalty.min_pct}" if royalty.min_pct is not None else "?"
        high = f"{royalty.max_pct}" if royalty.max_pct is not None else "?"
        rates = f"{low}–{high}%" if low != high else f"{low}%"
        return f"{rates} {royalty.wording}".strip()
    return royalty.wording or "undisclosed"


def deal_row(deal: Deal, absolute_url: Callable[[str], str]) -> dict[str, Any]:
    """One deal as export values: text, dates, Decimals (None stays empty, never 0)."""
    parties = list(deal.parties.all())
    deal_assets = list(deal.deal_assets.all())
    territories = list(deal.territories.all())
    return {
        "slug": deal.slug,
        "title": deal.title,
        "deal_type": deal.get_deal_type_display(),
        "status": deal.get_status_display(),
        "exclusive": {True: "yes", False: "no", None: ""}[deal.exclusive],
        "announced_on": deal.announced_on,
        "signed_on": deal.signed_on,
        "conference": deal.conference.name if deal.conference is not None else "",
        "licensors": _names(p for p in parties if p.role in ("licensor", "target")),
        "licensees": _names(p for p in parties if p.role in ("licensee", "acquirer", "investor")),
        "other_parties": "; ".join(
            f"{p.company.name if p.company is not None else 'Undisclosed'} ({p.get_role_display()})"
            for p in parties
            if p.role not in ("licensor", "target", "licensee", "acquirer", "investor")
        ),
        "assets": "; ".join(da.asset.name for da in deal_assets),
        "modalities": "; ".join(
            sorted({da.asset.get_modality_display() for da in deal_assets if da.asset.modality})
        ),
        "targets": "; ".join(
            sorted({t.name for da in deal_assets for t in da.asset.targets.all()})
        ),
        "phases_at_signing": "; ".join(
            f"{da.asset.name}: {da.get_phase_at_signing_display()}"
            for da in deal_assets
            if da.phase_at_signing
        ),
        "territory_included": "; ".join(t.code for t in territories if not t.excluded),
        "territory_excluded": "; ".join(t.code for t in territories if t.excluded),
        "headline_amount": deal.headline_amount,
        "headline_currency": deal.headline_currency,
        "headline_usd": deal.headline_amount_usd,
        "upfront_usd": getattr(deal, "upfront_usd", None),
        "committed_usd": getattr(deal, "committed_usd", None),
        "total_potential_usd": getattr(deal, "total_potential_usd", None),
        "payments": "; ".join(_payment_text(p) for p in deal.payments.all()),
        "royalty": _royalty_text(deal),
        "url": absolute_url(deal.get_absolute_url()),
    }


def rows(deals: Iterable[Deal], absolute_url: Callable[[str], str]) -> Iterator[list[Any]]:
    """The header, then one escaped row per deal."""
    yield [label for _, label in COLUMNS]
    for deal in deals:
        values = deal_row(deal, absolute_url)
        yield [escape_formula(values[key]) for key, _ in COLUMNS]


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


def xlsx_response(queryset: Any, filename: str, absolute_url: Callable[[str], str]) -> HttpResponse:
    """The deals as an XLSX workbook: money as exact numbers, dates as dates, text escaped."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Deals")
    bold = Font(bold=True)
    for index, row in enumerate(rows(_iterate(queryset), absolute_url)):
        if index == 0:
            header = [WriteOnlyCell(sheet, value=label) for label in row]
            for cell in header:
                cell.font = bold
            sheet.append(header)
            continue
        sheet.append(row)
    buffer = BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
