"""Browse pages of companies and assets, with the deals each takes part in.

The lists filter through the API's own FilterSets (``companies/filters.py``); deal counts and
deal tables start from ``Deal.objects.visible_to(request.user)``, so a company page never
reveals an internal deal, not even as a count.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views import View
from django.views.generic import DetailView

from companies.filters import CompanyFilterSet
from companies.models import Asset, Company, CompanyAlias, Modality
from core.charts import BarChart
from core.listing import browse
from deals.measures import DEFINITIONS
from deals.models import Deal, DealAsset, DealParty
from deals.models.deal import sees_internal
from deals.models.terms import BUYER_ROLES, SELLER_ROLES
from deals.profiles.profile import company_profile
from deals.queries.table import table_loader
from deals.rights.filters import RightsAssetFilterSet
from deals.rights.load import asset_rights

# A company page lists this many deals per role, latest first; the rest are one click away in
# the deal list (its "All n" link), so a company with thousands of deals costs what one with
# ten does.
DEALS_PER_ROLE = 10
# A role group with at most this many deals lists them from a literal id list.
SHORT_GROUP = 2000

# Roles grouped the way readers think of them: who gave rights, who took them, everyone else.
ROLE_GROUPS = [
    ("licensor", "As licensor or seller", SELLER_ROLES, "licensor"),
    ("licensee", "As licensee or buyer", BUYER_ROLES, "licensee"),
    ("other", "As partner", ("partner",), "company"),
]


def _deal_count(visible: QuerySet, path: str) -> Coalesce:
    """Visible deals linked through ``path`` to the outer row, counted in a subquery."""
    counted = (
        visible.filter(**{path: OuterRef("pk")})
        .order_by()
        .values(path)
        .annotate(c=Count("pk", distinct=True))
        .values("c")
    )
    return Coalesce(Subquery(counted), 0)


class CompanyListView(View):
    """Companies filtered by CompanyFilterSet, with the number of deals each takes part in."""

    template_name = "companies/company_list.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        queryset = Company.objects.prefetch_related("listings").annotate(
            n_deals=_deal_count(visible, "parties__company")
        )
        filterset = CompanyFilterSet(data=request.GET, queryset=queryset, request=request)
        context, status = browse(request, filterset)
        return render(request, self.template_name, context, status=status)


class CompanyDetailView(DetailView):
    """A company: names, listings, its deals grouped by role with totals, and its assets."""

    template_name = "companies/company_detail.html"
    context_object_name = "company"

    def get_queryset(self) -> QuerySet:
        return Company.objects.select_related("parent").prefetch_related(
            Prefetch("aliases", queryset=CompanyAlias.objects.order_by("valid_from", "name")),
            "listings",
            "subsidiaries",
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        company: Company = self.object
        visible = Deal.objects.visible_to(self.request.user)
        deal_list = reverse("deals:deal_list")
        profile = company_profile(
            company, visible, timezone.localdate(), public=not sees_internal(self.request.user)
        )
        groups = []
        first_ids: list[list[int]] = []
        for key, heading, roles, param in ROLE_GROUPS:
            # The group's count and sums come with the profile (stored for public readers).
            totals = profile.role_totals(roles)
            if not totals["deals"]:
                continue
            ids: Any = DealParty.objects.filter(company=company, role__in=roles).values("deal")
            if totals["deals"] <= SHORT_GROUP:
                # A literal list: PostgreSQL then sorts these few deals by date, where with the
                # subquery it walks every deal by date looking for them.
                ids = list(ids.values_list("deal", flat=True))
            # Each group's first deal ids in the list's order; their rows are loaded together
            # below (one statement for every group, as the deal list loads its page).
            first_ids.append(
                list(visible.filter(pk__in=ids).values_list("pk", flat=True)[:DEALS_PER_ROLE])
            )
            groups.append(
                {
                    "key": key,
                    "heading": heading,
                    "totals": totals,
                    "more_url": f"{deal_list}?{param}={company.slug}",
                }
            )
        wanted = list(dict.fromkeys(pk for ids in first_ids for pk in ids))
        rows = {deal.pk: deal for deal in table_loader(visible)(wanted)}
        for group, ids in zip(groups, first_ids, strict=True):
            group["deals"] = [rows[pk] for pk in ids if pk in rows]
        assets = (
            Asset.objects.filter(owner=company)
            .prefetch_related("targets")
            .annotate(n_deals=_deal_count(visible, "deal_assets__asset"))
        )
        context.update(
            profile=profile,
            groups=groups,
            assets=assets,
            definitions=DEFINITIONS,
            all_deals_url=f"{deal_list}?company={company.slug}",
        )
        return context


class AssetListView(View):
    """Assets filtered by RightsAssetFilterSet, with deal counts and a deals-by-modality chart."""

    template_name = "companies/asset_list.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        queryset = (
            Asset.objects.select_related("owner")
            .prefetch_related("targets")
            .annotate(n_deals=_deal_count(visible, "deal_assets__asset"))
        )
        filterset = RightsAssetFilterSet(data=request.GET, queryset=queryset, request=request)
        context, status = browse(request, filterset)
        context["chart"] = deals_by_modality(visible)
        return render(request, self.template_name, context, status=status)


def deals_by_modality(visible: QuerySet) -> BarChart:
    """How many visible deals cover an asset of each modality (a deal can count in several)."""
    rows = (
        DealAsset.objects.filter(deal__in=visible)
        .exclude(asset__modality="")
        .values("asset__modality")
        .annotate(n=Count("deal", distinct=True))
        .order_by("-n", "asset__modality")
    )
    labels = dict(Modality.choices)
    deal_list = reverse("deals:deal_list")
    return BarChart.build(
        "Deals by modality",
        ["Deals"],
        [
            (
                labels.get(row["asset__modality"], row["asset__modality"]),
                f"{deal_list}?modality={row['asset__modality']}",
                [row["n"]],
            )
            for row in rows
        ],
        money=False,
        caption="Number of deals covering at least one asset of each modality.",
    )


class AssetDetailView(DetailView):
    """An asset: owner, modality, targets, phase, other names, and the deals that cover it."""

    template_name = "companies/asset_detail.html"
    context_object_name = "asset"

    def get_queryset(self) -> QuerySet:
        return Asset.objects.select_related("owner").prefetch_related(
            "targets", "therapeutic_areas", "aliases"
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        asset: Asset = self.object
        visible = Deal.objects.visible_to(self.request.user)
        # The table's rows as the deal list loads its page (deals/queries/table.py): one
        # PostgreSQL statement instead of the deals with six prefetches.
        ids = visible.filter(deal_assets__asset=asset).values_list("pk", flat=True)
        deals = table_loader(visible)(list(ids))
        rows = []
        for deal in deals:
            link = next((da for da in deal.deal_assets.all() if da.asset.slug == asset.slug), None)
            rows.append(
                {"deal": deal, "phase": link.get_phase_at_signing_display() if link else ""}
            )
        context.update(
            deal_rows=rows,
            deals=deals,
            rights=asset_rights(asset, visible, timezone.localdate()),
            definitions=DEFINITIONS,
            comps_panel_query=urlencode({"like_asset": asset.slug}),
        )
        return context
