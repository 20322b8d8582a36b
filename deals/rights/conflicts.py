"""Overlapping exclusive grants, for analysts: found by the rights derivation, never resolved.

Only assets with at least two exclusive (or not stated) licensing deals can hold a conflict,
so those are found in SQL first and only they are derived.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from companies.models import Asset
from deals import classes
from deals.models import Deal, DealAsset
from deals.rights.load import rights_for_assets
from deals.rights.stored import LICENSING_TYPES as LICENSING
from deals.rights.territory import compact, describe


@dataclass(frozen=True)
class ConflictRow:
    """Two deals granting the same countries of one asset exclusively to different companies."""

    asset: Asset
    territory: str
    standing: Deal
    conflicting: Deal


def candidate_assets(visible: QuerySet[Deal]) -> QuerySet[Asset]:
    """Assets with two or more visible exclusive-or-unstated licensing deals."""
    licenses = visible.filter(classes.counted(), ~Q(exclusive=False), deal_type__in=LICENSING)
    crowded = (
        DealAsset.objects.filter(deal__in=licenses.values("pk"))
        .values("asset_id")
        .annotate(n=Count("deal", distinct=True))
        .filter(n__gte=2)
        .values("asset_id")
    )
    return Asset.objects.filter(pk__in=crowded).select_related("owner")


def conflicts(
    visible: QuerySet[Deal], assets: list[Asset] | None = None, as_of: date | None = None
) -> list[ConflictRow]:
    """Every conflict among ``assets`` (default: all candidates) on ``as_of`` (default today)."""
    chosen = list(candidate_assets(visible)) if assets is None else assets
    rows: list[ConflictRow] = []
    maps = rights_for_assets(chosen, visible, as_of or timezone.localdate())
    for asset in chosen:
        found = maps[asset.pk]
        for conflict in found.rights.conflicts:
            rows.append(
                ConflictRow(
                    asset=asset,
                    territory=describe(compact(conflict.countries)),
                    standing=found.deals[conflict.standing_deal],
                    conflicting=found.deals[conflict.conflicting_deal],
                )
            )
    return rows


def conflicting_deal_ids(visible: QuerySet[Deal]) -> set[int]:
    """Ids of the deals on either side of a conflict."""
    return {deal.pk for row in conflicts(visible) for deal in (row.standing, row.conflicting)}
