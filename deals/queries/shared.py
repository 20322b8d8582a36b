"""Small query helpers shared by the pages of both apps: counts and licensor countries."""

from __future__ import annotations

from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django_countries import countries

from deals.models import DealParty
from deals.models.terms import SELLER_ROLES


def country_name(code: str | None) -> str:
    """ "China" for "CN"; "Unknown" when a company has no country on record."""
    return countries.name(code) if code else "Unknown"


def licensor_country() -> Subquery:
    """The country of a deal's first disclosed licensor (or acquisition target), as a subquery."""
    first = (
        DealParty.objects.filter(deal=OuterRef("pk"), role__in=SELLER_ROLES, company__isnull=False)
        .order_by("order", "pk")
        .values("company__country")[:1]
    )
    return Subquery(first)


def visible_deal_count(visible: QuerySet, **outer: str) -> Coalesce:
    """Count of ``visible`` deals matching ``outer`` (field -> OuterRef name), as a subquery."""
    matching = (
        visible.filter(**{k: OuterRef(v) for k, v in outer.items()})
        .order_by()
        .values(*outer.keys())
        .annotate(c=Count("pk"))
        .values("c")
    )
    return Coalesce(Subquery(matching), 0)
