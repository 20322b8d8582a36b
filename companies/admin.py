"""Analysts' admin for companies, assets and the vocabularies that describe them.

Search here is alias-aware ("Sineuro" finds SciNeuro, "ALTB4" finds ALT-B4) because the
deal form's company and asset pickers (autocomplete) go through the same search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from django.contrib import admin
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django_countries.filters import CountryFilter
from import_export.admin import ImportExportMixin

from core.admin import AnalystAdmin, HistoryAdmin, search_each_term

# The admin may look across apps (deal counts); companies/models.py itself knows no deals.
from deals.models import Deal, DealAsset, DealParty

from .filters import assets_matching, companies_matching
from .models import (
    Asset,
    AssetAlias,
    Company,
    CompanyAlias,
    Indication,
    StockListing,
    Target,
    TherapeuticArea,
)
from .resources import AssetResource, CompanyResource

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class _DealCount(TypedDict):
    """What the admin's get_queryset annotates on companies and assets."""

    deal_count: int


class _AssetCount(TypedDict):
    """What the admin's get_queryset annotates on targets and therapeutic areas."""

    asset_count: int


def deal_count(request: HttpRequest, link_model: type[DealParty | DealAsset], fk: str) -> Coalesce:
    """How many deals the user may see the row takes part in, through ``link_model.fk``.

    A correlated subquery rather than Count() over a join, so it combines with any other
    annotation or filter without multiplying rows.
    """
    visible = Deal.objects.visible_to(request.user).values("pk")
    counts = (
        link_model.objects.filter(**{fk: OuterRef("pk")}, deal__in=visible)
        .order_by()
        .values(fk)
        .annotate(n=Count("deal", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=models.IntegerField()), 0)


class CompanyAliasInline(admin.TabularInline):
    model = CompanyAlias
    extra = 0
    fields = ("name", "kind", "valid_from", "valid_to")


class StockListingInline(admin.TabularInline):
    model = StockListing
    extra = 0
    fields = ("exchange", "ticker")


@admin.register(Company)
class CompanyAdmin(ImportExportMixin, HistoryAdmin):
    # Import/export in the documented flat layout (docs/import.md), dry run first.
    resource_classes = [CompanyResource]
    list_display = (
        "name",
        "country",
        "company_type",
        "ownership",
        "parent",
        "listings_display",
        "deals",
    )
    list_filter = (("country", CountryFilter), "company_type", "ownership")
    list_select_related = ("parent",)
    search_fields = ("name", "legal_name", "local_name", "aliases__name")
    search_help_text = (
        "Name, legal or local-language name, or any alias (a former name, a spelling)."
    )
    autocomplete_fields = ("parent",)
    inlines = (CompanyAliasInline, StockListingInline)
    readonly_fields = ("created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("name", "slug", "legal_name", "local_name")}),
        ("Where and what", {"fields": ("country", "city", "company_type", "ownership", "parent")}),
        ("More", {"fields": ("website", "description", "created_at", "updated_at")}),
    )

    def get_queryset(self, request: HttpRequest) -> models.QuerySet:
        return (
            super()
            .get_queryset(request)
            .annotate(deal_count=deal_count(request, DealParty, "company"))
            .prefetch_related("listings")
        )

    def get_search_results(
        self, request: HttpRequest, queryset: models.QuerySet, search_term: str
    ) -> tuple[models.QuerySet, bool]:
        return search_each_term(queryset, search_term, companies_matching), False

    @admin.display(description="listed on")
    def listings_display(self, obj: Company) -> str:
        return ", ".join(str(listing) for listing in obj.listings.all()) or "—"

    @admin.display(description="deals", ordering="deal_count")
    def deals(self, obj: WithAnnotations[Company, _DealCount]) -> int:
        return obj.deal_count


def _assets_or_owner_matching(term: str, queryset: models.QuerySet) -> models.QuerySet:
    """Assets matching ``term`` by name or alias, or whose owner matches it."""
    owners = companies_matching(term).values("pk")
    return queryset.filter(Q(pk__in=assets_matching(term).values("pk")) | Q(owner__in=owners))


class AssetAliasInline(admin.TabularInline):
    model = AssetAlias
    extra = 0
    fields = ("name", "kind")


@admin.register(Asset)
class AssetAdmin(ImportExportMixin, HistoryAdmin):
    resource_classes = [AssetResource]
    list_display = (
        "name",
        "owner",
        "modality",
        "highest_phase",
        "is_platform",
        "targets_display",
        "deals",
    )
    list_filter = ("modality", "highest_phase", "is_platform", "therapeutic_areas")
    list_select_related = ("owner",)
    search_fields = ("name", "aliases__name", "owner__name", "owner__aliases__name")
    search_help_text = "Name or code, any alias (other code, INN, brand), or the owner's name."
    autocomplete_fields = ("owner", "targets", "therapeutic_areas", "indication_terms")
    inlines = (AssetAliasInline,)
    readonly_fields = ("created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("name", "slug", "owner", "modality", "is_platform", "highest_phase")}),
        ("Biology", {"fields": ("targets", "therapeutic_areas", "indications")}),
        ("More", {"fields": ("description", "created_at", "updated_at")}),
    )

    def get_queryset(self, request: HttpRequest) -> models.QuerySet:
        return (
            super()
            .get_queryset(request)
            .annotate(deal_count=deal_count(request, DealAsset, "asset"))
            .prefetch_related("targets")
        )

    def get_search_results(
        self, request: HttpRequest, queryset: models.QuerySet, search_term: str
    ) -> tuple[models.QuerySet, bool]:
        return search_each_term(queryset, search_term, _assets_or_owner_matching), False

    @admin.display(description="targets")
    def targets_display(self, obj: Asset) -> str:
        return " × ".join(t.name for t in obj.targets.all()) or "—"

    @admin.display(description="deals", ordering="deal_count")
    def deals(self, obj: WithAnnotations[Asset, _DealCount]) -> int:
        return obj.deal_count


@admin.register(Target)
class TargetAdmin(AnalystAdmin):
    list_display = ("name", "gene_symbol", "assets")
    search_fields = ("name", "gene_symbol")

    def get_queryset(self, request: HttpRequest) -> models.QuerySet:
        return super().get_queryset(request).annotate(asset_count=Count("assets"))

    @admin.display(description="assets", ordering="asset_count")
    def assets(self, obj: WithAnnotations[Target, _AssetCount]) -> int:
        return obj.asset_count


@admin.register(TherapeuticArea)
class TherapeuticAreaAdmin(AnalystAdmin):
    list_display = ("name", "slug", "assets")
    search_fields = ("name",)

    def get_queryset(self, request: HttpRequest) -> models.QuerySet:
        return super().get_queryset(request).annotate(asset_count=Count("assets"))

    @admin.display(description="assets", ordering="asset_count")
    def assets(self, obj: WithAnnotations[TherapeuticArea, _AssetCount]) -> int:
        return obj.asset_count


@admin.register(Indication)
class IndicationAdmin(AnalystAdmin):
    """The indication vocabulary (ICD-10 codes), searched by the asset form's autocomplete."""

    list_display = ("name", "code", "therapeutic_area", "assets")
    list_filter = ("therapeutic_area",)
    search_fields = ("name", "code")
    list_select_related = ("therapeutic_area",)

    def get_queryset(self, request: HttpRequest) -> models.QuerySet:
        return super().get_queryset(request).annotate(asset_count=Count("assets"))

    @admin.display(description="assets", ordering="asset_count")
    def assets(self, obj: WithAnnotations[Indication, _AssetCount]) -> int:
        return obj.asset_count
