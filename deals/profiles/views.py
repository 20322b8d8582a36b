"""``/compare/?companies=a,b[,c]`` and ``/compare/?assets=a,b[,c]``: side by side, each number
linking to the deal list that counts it."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views import View

from companies.models import Asset, Modality
from core import money
from deals.models import Deal, DealQuerySet
from deals.models.deal import sees_internal
from deals.profiles.api import profile_companies
from deals.profiles.profile import (
    ROLE_LABELS,
    ROLES,
    CompanyProfile,
    Figure,
    company_profile,
    deal_list,
)
from deals.rights.load import rights_for_assets

MAX_COMPARED = 3
DEALS_LISTED = 10


class BadCompare(ValueError):
    """The compare parameters name too many, too few or unknown objects."""


def _slugs(request: HttpRequest, name: str) -> list[str]:
    values: list[str] = []
    for raw in request.GET.getlist(name):
        values += [v.strip() for v in raw.split(",") if v.strip()]
    values = list(dict.fromkeys(values))
    if len(values) > MAX_COMPARED:
        raise BadCompare(f"{name}: compare at most {MAX_COMPARED} at a time.")
    return values


def _found(queryset: QuerySet, slugs: list[str], name: str) -> list[Any]:
    found = {obj.slug: obj for obj in queryset.filter(slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise BadCompare(f"{name}: no such {name[:-1]}: {', '.join(missing)}.")
    return [found[slug] for slug in slugs]


def _cell(figure: Figure) -> dict[str, Any]:
    return {"text": f"{figure.value:,}", "url": figure.list_url if figure.params else ""}


def company_rows(profiles: list[CompanyProfile]) -> list[dict[str, Any]]:
    """The compare table: one row per figure, one cell per company, each with its deal list."""
    rows: list[dict[str, Any]] = [
        {"label": "Deals (any role)", "cells": [_cell(p.all_deals) for p in profiles]}
    ]
    rows += [
        {"label": ROLE_LABELS[key], "cells": [_cell(p.counts[key]) for p in profiles]}
        for key in ROLES
    ]
    for side, label in (("received", "Upfront received (licensing)"), ("paid", "Upfront paid")):
        cells = []
        for p in profiles:
            m = p.upfront[side]
            text = money.compact_money(m.total, "USD") if m.total is not None else "undisclosed"
            cells.append(
                {"text": text, "url": m.deals.list_url, "note": f"{m.disclosed} disclosed"}
            )
        rows.append({"label": label, "cells": cells})
    labels = dict(Modality.choices)
    modalities = {m["modality"] for p in profiles for m in p.modalities}
    for code in sorted(modalities, key=lambda c: str(labels.get(c, c))):
        cells = []
        for p in profiles:
            hit = next((m for m in p.modalities if m["modality"] == code), None)
            cells.append(_cell(hit["deals"]) if hit else {"text": "0", "url": ""})
        rows.append({"label": f"Modality: {labels.get(code, code)}", "cells": cells})
    areas = {(t["slug"], t["name"]) for p in profiles for t in p.therapeutic_areas}
    for slug, name in sorted(areas, key=lambda a: a[1]):
        cells = []
        for p in profiles:
            hit = next((t for t in p.therapeutic_areas if t["slug"] == slug), None)
            cells.append(_cell(hit["deals"]) if hit else {"text": "0", "url": ""})
        rows.append({"label": f"Area: {name}", "cells": cells})
    return rows


class CompareView(View):
    """Two or three companies, or assets, side by side."""

    template_name = "profiles/compare.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        context: dict[str, Any] = {"max_compared": MAX_COMPARED}
        try:
            unknown = set(request.GET) - {"companies", "assets"}
            if unknown:
                raise BadCompare(f"{', '.join(sorted(unknown))}: unknown parameter.")
            company_slugs, asset_slugs = _slugs(request, "companies"), _slugs(request, "assets")
            if company_slugs and asset_slugs:
                raise BadCompare("Compare companies or assets, not both at once.")
            if company_slugs:
                companies = _found(profile_companies(), company_slugs, "companies")
                today = timezone.localdate()
                public = not sees_internal(request.user)
                # The compare table shows no assets: their rights are not worked out.
                profiles = [
                    company_profile(c, visible, today, public=public, with_assets=False)
                    for c in companies
                ]
                context.update(
                    kind="companies",
                    profiles=profiles,
                    rows=company_rows(profiles),
                    deal_lists=[
                        (p.company, p.all_deals, _latest(visible, p.all_deals)) for p in profiles
                    ],
                )
            elif asset_slugs:
                assets = _found(
                    Asset.objects.select_related("owner").prefetch_related("targets"),
                    asset_slugs,
                    "assets",
                )
                # The table names the holders only: the deals behind them are not loaded.
                rights = rights_for_assets(assets, visible, timezone.localdate(), with_deals=False)
                items = []
                for asset in assets:
                    figure = Figure(0, (("asset", asset.slug),))
                    deals = _deal_list(visible, figure)
                    latest = _titles(deals)
                    # A shorter list than the page shows is the whole list: its length is
                    # the count (most assets have a few deals), else the list is counted.
                    n = len(latest) if len(latest) < DEALS_LISTED else deals.count()
                    items.append(
                        {
                            "asset": asset,
                            "rights": rights[asset.pk],
                            "deals": Figure(n, figure.params),
                            "latest": latest,
                        }
                    )
                context.update(kind="assets", items=items)
        except BadCompare as exc:
            context["error"] = str(exc)
            return render(request, self.template_name, context, status=400)
        return render(request, self.template_name, context)


def _deal_list(visible: DealQuerySet, figure: Figure) -> DealQuerySet:
    return deal_list(visible, figure.params)  # type: ignore[return-value]  # a DealQuerySet


def _titles(deals: QuerySet[Deal]) -> list[Deal]:
    """The latest deals of a list as the compare page shows them: a title linking to the deal
    and its date, so none of the deal table's parties, assets and areas are fetched."""
    return list(
        deals.only("pk", "slug", "title", "announced_on", "announced_on_precision")[:DEALS_LISTED]
    )


def _latest(visible: DealQuerySet, figure: Figure) -> list[Deal]:
    return _titles(_deal_list(visible, figure))
