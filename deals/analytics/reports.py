"""The conference report: an edition against the previous one of its series, by licensor
country and modality."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from core.money import compact_money
from deals.analytics.breakdowns import Breakdown, Cell, breakdown
from deals.analytics.definitions import ANALYTICS_DEFINITIONS
from deals.classes import DEFAULT_STATISTICS_CLASS, counted
from deals.models import (
    Conference,
    Deal,
)

if TYPE_CHECKING:
    from django.contrib.auth import models as auth

    User = auth.User | auth.AnonymousUser | None


@dataclass
class ReportRow:
    """One group of a conference report, this edition beside the previous one."""

    key: str
    label: str
    current: Cell
    previous: Cell | None

    @property
    def deals_change(self) -> int | None:
        return None if self.previous is None else self.current.deals - self.previous.deals

    @property
    def value_change(self) -> Decimal | None:
        """This edition's disclosed value minus the previous one's.

        An edition with no deals in the group contributes a true zero; one whose deals
        disclosed nothing makes the change unknown (None), never a guess.
        """
        if self.previous is None:
            return None
        values = []
        for cell in (self.current, self.previous):
            if cell.deals == 0:
                values.append(Decimal(0))
            elif cell.value_usd is None:
                return None
            else:
                values.append(cell.value_usd)
        return values[0] - values[1]

    @property
    def value_change_text(self) -> str:
        """ "+$1.2B", "−$300M" or "±$0"; empty when either edition disclosed nothing."""
        change = self.value_change
        if change is None:
            return ""
        if change == 0:
            return "±$0"
        sign = "+" if change > 0 else "−"
        return f"{sign}{compact_money(abs(change))}"


@dataclass
class ConferenceReport:
    """A conference's deals by licensor country and modality, against the previous edition."""

    conference: Conference
    previous: Conference | None
    total: ReportRow
    by_licensor_country: list[ReportRow]
    by_modality: list[ReportRow]

    @property
    def sections(self) -> list[tuple[str, list[ReportRow]]]:
        return [
            ("By licensor country", self.by_licensor_country),
            ("By modality", self.by_modality),
        ]

    @property
    def definitions(self) -> dict[str, str]:
        keys = ("deals", "value", "licensor_country", "modality")
        return {key: ANALYTICS_DEFINITIONS[key] for key in keys}


def previous_edition(conference: Conference) -> Conference | None:
    """The latest earlier edition of the same series (JPM 2025 for JPM 2026), if any."""
    return (
        Conference.objects.filter(series_id=conference.series_id, year__lt=conference.year)
        .order_by("-year")
        .first()
    )


def conference_report(
    conference: Conference, user: User, deal_classes: Sequence[str] = (DEFAULT_STATISTICS_CLASS,)
) -> ConferenceReport:
    """Totals by licensor country and modality for ``conference`` and its previous edition.

    Counts the deals of ``deal_classes`` linked to each edition that ``user`` may see, never a
    negotiation (deals/classes.py). One query for the previous edition, and two GROUP BYs per
    dimension covering both editions at once.
    """
    previous = previous_edition(conference)
    editions = [conference.pk] + ([previous.pk] if previous else [])
    deals = (
        Deal.objects.visible_to(user)
        .filter(conference_id__in=editions, deal_class__in=list(deal_classes))
        .filter(counted())
    )

    def rows(data: Breakdown) -> list[ReportRow]:
        return [
            ReportRow(
                key,
                label,
                data.cell(conference.pk, key),
                data.cell(previous.pk, key) if previous else None,
            )
            for key, label in data.groups
        ]

    countries = breakdown(deals, "licensor_country", period="conference")
    modalities = breakdown(deals, "modality", period="conference")
    # The editions' own totals: a deal with licensors in two groups counts once here.
    total = ReportRow(
        "total",
        "All deals",
        countries.total(conference.pk),
        countries.total(previous.pk) if previous else None,
    )
    return ConferenceReport(conference, previous, total, rows(countries), rows(modalities))
