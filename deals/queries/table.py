"""The HTML deal table's rows from one PostgreSQL query instead of models and prefetches.

A page of 50 deals loaded as models (the deals with their totals, then their parties with
companies and their assets) cost several times what the same rows written as JSON by
PostgreSQL (``deals/api/pgjson.py`` ``TABLE_ROW_JSON``) do (README, "Figures behind design
choices"). The objects here answer exactly
what ``deal_row`` and ``headline`` (deals/templatetags/deal_format.py) ask a Deal, so the
template cannot tell them apart: tests/test_table_rows.py renders both and compares.

PostgreSQL only; elsewhere :func:`table_loader` loads models with ``for_table()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import orjson
from django.db import connections
from django_countries.fields import Country

from companies.models import Modality, Phase
from core.listing import deals_in_order
from core.urls_fast import slug_url
from deals.models import Deal, DealParty, DealQuerySet
from deals.queries import pgjson

ROLE_LABELS = dict(DealParty.Role.choices)
MODALITY_LABELS = dict(Modality.choices)
PHASE_LABELS = dict(Phase.choices)
TYPE_LABELS = dict(Deal.Type.choices)
STATUS_LABELS = dict(Deal.Status.choices)


class Rows(list):
    """A list that answers ``.all()``, like the related managers the template calls."""

    def all(self) -> Rows:
        return self


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


@dataclass
class TableCompany:
    """A party's company: what a row links to and the country flag it shows."""

    slug: str
    name: str
    country: Country

    def get_absolute_url(self) -> str:
        return slug_url("companies:company_detail", self.slug)


@dataclass
class TableParty:
    """A deal party as a row reads it (``company_id`` is only tested for being set)."""

    role: str
    company: TableCompany | None

    @property
    def company_id(self) -> str | None:
        return self.company.slug if self.company else None

    def get_role_display(self) -> str:
        return str(ROLE_LABELS.get(self.role, self.role))


@dataclass
class TableArea:
    """A therapeutic area of a row's asset (only its name is shown)."""

    name: str


@dataclass
class TableAsset:
    """An asset on the row's assets line."""

    slug: str
    name: str
    modality: str
    therapeutic_areas: Rows = field(default_factory=Rows)

    def get_modality_display(self) -> str:
        return str(MODALITY_LABELS.get(self.modality, self.modality))

    def get_absolute_url(self) -> str:
        return slug_url("companies:asset_detail", self.slug)


@dataclass
class TableDealAsset:
    """The link from a deal to one of its assets (``deal.deal_assets``)."""

    asset: TableAsset
    phase_at_signing: str = ""

    def get_phase_at_signing_display(self) -> str:
        return str(PHASE_LABELS.get(self.phase_at_signing, self.phase_at_signing))


@dataclass
class TableSeries:
    """A conference series, for the short badge ("JPM 2026")."""

    short_name: str


@dataclass
class TableConference:
    """The conference a row's badge links to."""

    slug: str
    name: str
    year: int
    series: TableSeries

    def get_absolute_url(self) -> str:
        return slug_url("deals:conference_detail", self.slug)


@dataclass
class TableDeal:
    """What a row of the deal table reads of a deal."""

    pk: int
    slug: str
    title: str
    deal_type: str
    status: str
    visibility: str
    announced_on: date | None
    announced_on_precision: str
    headline_amount: Decimal | None
    headline_currency: str
    headline_amount_usd: Decimal | None
    upfront_usd: Decimal | None
    total_potential_usd: Decimal | None
    conference: TableConference | None
    parties: Rows = field(default_factory=Rows)
    deal_assets: Rows = field(default_factory=Rows)

    @property
    def id(self) -> int:
        return self.pk

    def get_absolute_url(self) -> str:
        return slug_url("deals:deal_detail", self.slug)

    def get_deal_type_display(self) -> str:
        return str(TYPE_LABELS.get(self.deal_type, self.deal_type))

    def get_status_display(self) -> str:
        return str(STATUS_LABELS.get(self.status, self.status))

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> TableDeal:
        conference = row["conference"]
        totals = row["totals"]
        return cls(
            pk=row["id"],
            slug=row["slug"],
            title=row["title"],
            deal_type=row["deal_type"],
            status=row["status"],
            visibility=row["visibility"],
            announced_on=date.fromisoformat(row["announced_on"]) if row["announced_on"] else None,
            announced_on_precision=row["announced_on_precision"],
            headline_amount=_decimal(row["headline_amount"]),
            headline_currency=row["headline_currency"],
            headline_amount_usd=_decimal(row["headline_amount_usd"]),
            upfront_usd=_decimal(totals["upfront"]),
            total_potential_usd=_decimal(totals["total_potential"]),
            conference=TableConference(
                conference["slug"],
                conference["name"],
                conference["year"],
                TableSeries(conference["short_name"]),
            )
            if conference
            else None,
            parties=Rows(
                TableParty(
                    p["role"],
                    TableCompany(
                        p["company"]["slug"], p["company"]["name"], Country(p["company"]["country"])
                    )
                    if p["company"]
                    else None,
                )
                for p in row["parties"]
            ),
            deal_assets=Rows(
                TableDealAsset(
                    TableAsset(
                        a["slug"],
                        a["name"],
                        a["modality"],
                        Rows(TableArea(name) for name in a["areas"]),
                    ),
                    a["phase_at_signing"] or "",
                )
                for a in row["assets"]
            ),
        )


def table_deals(ids: Iterable[int], using: str = "default") -> list[TableDeal]:
    """The table rows of the deals ``ids``, in that order (ids already filtered for the
    reader's visibility by the ORM)."""
    rows = orjson.loads(pgjson.table_rows_json(list(ids), using))
    return [TableDeal.from_json(row) for row in rows]


def table_loader(visible: DealQuerySet) -> Callable[[list[int]], list[Any]]:
    """What turns a page of ids of ``visible`` into table rows, in order, on this database."""
    using = visible.db
    if connections[using].vendor == "postgresql":
        return lambda ids: table_deals(ids, using)
    return lambda ids: deals_in_order(visible.for_table(), ids)
