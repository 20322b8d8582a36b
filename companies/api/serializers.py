"""Companies, assets, targets and therapeutic areas on the wire.

Company and asset details include their deals; those come from the viewsets, which start from
``Deal.objects.visible_to(request.user)``, so an internal deal never shows through a company.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from companies.models import (
    Asset,
    AssetAlias,
    Company,
    CompanyAlias,
    Modality,
    Phase,
    StockListing,
    Target,
    TherapeuticArea,
)
from core.api.base import (
    VISIBLE_DEALS,
    CountryInputField,
    FullCleanModelSerializer,
    StrictFieldsMixin,
    django_errors,
    many_data,
)
from core.api.fields import (
    BlankAsNullCharField,
    CountryCodeField,
    SlugOrIdField,
    api_url,
    html_url,
)
from core.slugs import SlugInputField
from deals.summaries import (
    DealSummarySerializer,
)

# --- small pieces ---------------------------------------------------------------------------


# --- references from other objects' JSON ------------------------------------------------


class CompanyRefSerializer(serializers.Serializer):
    """A company as referenced from a deal."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    country = CountryCodeField()
    api_url = serializers.SerializerMethodField()

    def get_api_url(self, company: Company) -> str:
        return api_url("company-detail", company.slug, self.context.get("request"))


class TargetRefSerializer(serializers.Serializer):
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    gene_symbol = BlankAsNullCharField()


class AssetRefSerializer(serializers.Serializer):
    """An asset as referenced from a deal, with its modality and targets."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    modality = BlankAsNullCharField()
    targets = TargetRefSerializer(many=True, read_only=True)
    api_url = serializers.SerializerMethodField()

    def get_api_url(self, asset: Asset) -> str:
        return api_url("asset-detail", asset.slug, self.context.get("request"))


class CompanyAliasSerializer(StrictFieldsMixin, serializers.Serializer):
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(
        choices=CompanyAlias.Kind.choices, default=CompanyAlias.Kind.OTHER
    )
    valid_from = serializers.DateField(required=False, allow_null=True, default=None)
    valid_to = serializers.DateField(required=False, allow_null=True, default=None)


class ListingSerializer(StrictFieldsMixin, serializers.Serializer):
    exchange = serializers.CharField(max_length=40, help_text="e.g. NYSE, SSE, HKEX, KOSDAQ.")
    ticker = serializers.CharField(max_length=20)


class AssetAliasSerializer(StrictFieldsMixin, serializers.Serializer):
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=AssetAlias.Kind.choices, default=AssetAlias.Kind.CODE)


class TherapeuticAreaRefSerializer(serializers.Serializer):
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class CompanyDealSerializer(DealSummarySerializer):
    """One of a company's deals, with the role(s) the company played in it."""

    roles = serializers.SerializerMethodField()

    def get_roles(self, deal: Any) -> list[str]:
        return [party.role for party in deal.company_parties]


class AssetDealSerializer(DealSummarySerializer):
    """One of an asset's deals, with the asset's phase when that deal was signed."""

    phase_at_signing = serializers.SerializerMethodField()

    @extend_schema_field({"type": "string", "nullable": True, "enum": [*Phase.values, None]})
    def get_phase_at_signing(self, deal: Any) -> str | None:
        phases = [link.phase_at_signing for link in deal.asset_links if link.phase_at_signing]
        return phases[0] if phases else None


# --- companies ------------------------------------------------------------------------------


class CompanySerializer(serializers.Serializer):
    """A company as listed."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    legal_name = BlankAsNullCharField()
    local_name = BlankAsNullCharField(help_text="Name in the local language, e.g. 荣昌生物.")
    country = CountryCodeField(help_text="Headquarters country (ISO 3166-1 alpha-2).")
    city = BlankAsNullCharField()
    company_type = BlankAsNullCharField()
    ownership = BlankAsNullCharField()
    parent = CompanyRefSerializer(read_only=True, allow_null=True)
    website = BlankAsNullCharField()
    aliases = CompanyAliasSerializer(many=True, read_only=True)
    listings = ListingSerializer(many=True, read_only=True)
    deal_count = serializers.IntegerField(read_only=True, help_text="Deals visible to you.")
    url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()

    def get_url(self, company: Company) -> str:
        return html_url(company, "companies", self.context.get("request"))

    def get_api_url(self, company: Company) -> str:
        return api_url("company-detail", company.slug, self.context.get("request"))


class CompanyDetailSerializer(CompanySerializer):
    """A company with its description and its (visible) deals."""

    description = BlankAsNullCharField()
    deals = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField(read_only=True)
    updated_at = serializers.DateTimeField(read_only=True)

    @extend_schema_field(CompanyDealSerializer(many=True))
    def get_deals(self, company: Company) -> list[dict[str, Any]]:
        deals = getattr(company, VISIBLE_DEALS)
        return many_data(CompanyDealSerializer(deals, many=True, context=self.context))


def _replace_rows(
    manager: Any, model: type, items: list[dict[str, Any]], **fixed: Any
) -> list[dict[str, Any]] | None:
    """Replace a nested collection with ``items``; per-item errors, or None when all saved."""
    manager.all().delete()
    errors: list[dict[str, Any]] = []
    for item in items:
        row = model(**fixed, **item)
        try:
            row.full_clean()
        except DjangoValidationError as error:
            errors.append(django_errors(error))
            continue
        row.save()
        errors.append({})
    return errors if any(errors) else None


class CompanyWriteSerializer(FullCleanModelSerializer):
    """A company as POSTed, PUT or PATCHed; ``aliases`` and ``listings`` replace the old ones."""

    slug = SlugInputField(
        max_length=80, required=False, help_text="Generated from the name if omitted."
    )
    country = CountryInputField()
    # DRF takes declared fields off the class; the stubs take this one for Field.parent.
    parent = SlugOrIdField(  # type: ignore[assignment]
        queryset=Company.objects.all(), required=False, allow_null=True, help_text="Id or slug."
    )
    aliases = CompanyAliasSerializer(many=True, required=False)
    listings = ListingSerializer(many=True, required=False)
    nested_writers = {"aliases": "write_aliases", "listings": "write_listings"}

    class Meta:
        model = Company
        fields = [
            "name", "slug", "legal_name", "local_name", "country", "city", "company_type",
            "ownership", "parent", "website", "description", "aliases", "listings",
        ]  # fmt: skip
        # Uniqueness is checked by full_clean(); DRF's own validators would run it twice.
        validators: list = []

    def write_aliases(self, company: Company, items: list[dict[str, Any]]) -> Any:
        return _replace_rows(company.aliases, CompanyAlias, items, company=company)

    def write_listings(self, company: Company, items: list[dict[str, Any]]) -> Any:
        return _replace_rows(company.listings, StockListing, items, company=company)


# --- assets ---------------------------------------------------------------------------------


class AssetSerializer(serializers.Serializer):
    """An asset (drug candidate or platform) as listed."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    owner = CompanyRefSerializer(read_only=True, allow_null=True, help_text="The originator.")
    modality = BlankAsNullCharField()
    is_platform = serializers.BooleanField(read_only=True)
    targets = TargetRefSerializer(many=True, read_only=True)
    therapeutic_areas = TherapeuticAreaRefSerializer(many=True, read_only=True)
    highest_phase = BlankAsNullCharField()
    aliases = AssetAliasSerializer(many=True, read_only=True)
    deal_count = serializers.IntegerField(read_only=True, help_text="Deals visible to you.")
    url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()

    def get_url(self, asset: Asset) -> str:
        return html_url(asset, "assets", self.context.get("request"))

    def get_api_url(self, asset: Asset) -> str:
        return api_url("asset-detail", asset.slug, self.context.get("request"))


class AssetDetailSerializer(AssetSerializer):
    """An asset with its description, indications and (visible) deals."""

    indications = BlankAsNullCharField()
    description = BlankAsNullCharField()
    deals = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField(read_only=True)
    updated_at = serializers.DateTimeField(read_only=True)

    @extend_schema_field(AssetDealSerializer(many=True))
    def get_deals(self, asset: Asset) -> list[dict[str, Any]]:
        deals = getattr(asset, VISIBLE_DEALS)
        return many_data(AssetDealSerializer(deals, many=True, context=self.context))


class AssetWriteSerializer(FullCleanModelSerializer):
    """An asset as POSTed, PUT or PATCHed; targets and areas by id or slug."""

    slug = SlugInputField(
        max_length=80, required=False, help_text="Generated from the name if omitted."
    )
    owner = SlugOrIdField(
        queryset=Company.objects.all(), required=False, allow_null=True, help_text="Id or slug."
    )
    modality = serializers.ChoiceField(choices=Modality.choices, required=False, allow_blank=True)
    highest_phase = serializers.ChoiceField(choices=Phase.choices, required=False, allow_blank=True)
    targets = SlugOrIdField(queryset=Target.objects.all(), many=True, required=False)
    therapeutic_areas = SlugOrIdField(
        queryset=TherapeuticArea.objects.all(), many=True, required=False
    )
    aliases = AssetAliasSerializer(many=True, required=False)
    nested_writers = {"aliases": "write_aliases"}

    class Meta:
        model = Asset
        fields = [
            "name", "slug", "owner", "modality", "is_platform", "targets", "therapeutic_areas",
            "indications", "highest_phase", "description", "aliases",
        ]  # fmt: skip
        validators: list = []

    def write_aliases(self, asset: Asset, items: list[dict[str, Any]]) -> Any:
        return _replace_rows(asset.aliases, AssetAlias, items, asset=asset)


# --- vocabularies ---------------------------------------------------------------------------


class TargetSerializer(serializers.Serializer):
    """A biological target, e.g. PD-1 (gene PDCD1)."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    gene_symbol = BlankAsNullCharField(help_text="HGNC gene symbol.")
    description = BlankAsNullCharField()
    asset_count = serializers.IntegerField(read_only=True)
    api_url = serializers.SerializerMethodField()

    def get_api_url(self, target: Target) -> str:
        return api_url("target-detail", target.slug, self.context.get("request"))


class TherapeuticAreaSerializer(serializers.Serializer):
    """A therapeutic area, e.g. oncology."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    description = BlankAsNullCharField()
    asset_count = serializers.IntegerField(read_only=True)
    api_url = serializers.SerializerMethodField()

    def get_api_url(self, area: TherapeuticArea) -> str:
        return api_url("therapeutic-area-detail", area.slug, self.context.get("request"))
