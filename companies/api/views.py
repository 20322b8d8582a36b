"""``/api/v1/companies/``, ``assets/``, ``targets/`` and ``therapeutic-areas/``.

Deal counts and the deals shown on a company or asset go through
``Deal.objects.visible_to(request.user)``: an internal deal never shows through them.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from drf_spectacular.utils import (
    extend_schema,
    extend_schema_view,
)
from rest_framework import viewsets

from companies.filters import (
    CompanyFilterSet,
    TargetFilterSet,
    TherapeuticAreaFilterSet,
)
from companies.models import Asset, Company, Target, TherapeuticArea
from core.api.base import (
    ETAG_HEADER_DOC,
    LIST_ERRORS,
    READ_ERRORS,
    VISIBLE_DEALS,
    ConcurrencyMixin,
    SlugOrIdLookupMixin,
    WritableViewSet,
    write_schema,
)
from deals.models import Deal, DealAsset, DealParty
from deals.rights.filters import RightsAssetFilterSet

from .serializers import (
    AssetDetailSerializer,
    AssetSerializer,
    AssetWriteSerializer,
    CompanyDetailSerializer,
    CompanySerializer,
    CompanyWriteSerializer,
    TargetSerializer,
    TherapeuticAreaSerializer,
)


def _count(rows: QuerySet, key: str) -> Coalesce:
    """COUNT of distinct deals among ``rows`` per ``key``, as a correlated subquery (0 if none)."""
    counted = rows.order_by().values(key).annotate(n=Count("deal", distinct=True)).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


@extend_schema_view(
    list=extend_schema(
        summary="List companies",
        responses={200: CompanySerializer(many=True), **LIST_ERRORS},
    ),
    retrieve=extend_schema(
        summary="Read a company with its deals (by slug or id)",
        description=ETAG_HEADER_DOC,
        responses={200: CompanyDetailSerializer, **READ_ERRORS},
    ),
    **write_schema(CompanyDetailSerializer, CompanyWriteSerializer, "company"),
)
class CompanyViewSet(WritableViewSet[Company]):
    """Companies, institutes and investors, with aliases, listings and their deals."""

    queryset = Company.objects.none()
    serializer_class = CompanySerializer
    read_serializer_class = CompanyDetailSerializer
    write_serializer_class = CompanyWriteSerializer
    filterset_class = CompanyFilterSet

    def get_queryset(self) -> QuerySet[Company]:
        parties = DealParty.objects.filter(
            company=OuterRef("pk"), deal__in=Deal.objects.visible_to(self.request.user).values("pk")
        )
        return (
            Company.objects.select_related("parent")
            .prefetch_related("aliases", "listings")
            .annotate(deal_count=_count(parties, "company"))
            .order_by("name", "pk")
        )

    def prepare_detail(self, instance: Company) -> Company:
        deals = list(
            Deal.objects.visible_to(self.request.user)
            .filter(Exists(DealParty.objects.filter(deal=OuterRef("pk"), company=instance)))
            .select_related("headline_source")
            .prefetch_related(
                Prefetch(
                    "parties",
                    queryset=DealParty.objects.filter(company=instance),
                    to_attr="company_parties",
                )
            )
            .order_by("-announced_on", "-pk")
        )
        setattr(instance, VISIBLE_DEALS, deals)
        return instance


@extend_schema_view(
    list=extend_schema(
        summary="List assets",
        responses={200: AssetSerializer(many=True), **LIST_ERRORS},
    ),
    retrieve=extend_schema(
        summary="Read an asset with its deals (by slug or id)",
        description=ETAG_HEADER_DOC,
        responses={200: AssetDetailSerializer, **READ_ERRORS},
    ),
    **write_schema(AssetDetailSerializer, AssetWriteSerializer, "asset"),
)
class AssetViewSet(WritableViewSet[Asset]):
    """Drug candidates and platforms, with targets, areas, aliases and their deals."""

    queryset = Asset.objects.none()
    serializer_class = AssetSerializer
    read_serializer_class = AssetDetailSerializer
    write_serializer_class = AssetWriteSerializer
    filterset_class = RightsAssetFilterSet

    def get_queryset(self) -> QuerySet[Asset]:
        links = DealAsset.objects.filter(
            asset=OuterRef("pk"), deal__in=Deal.objects.visible_to(self.request.user).values("pk")
        )
        return (
            Asset.objects.select_related("owner")
            .prefetch_related("targets", "therapeutic_areas", "aliases")
            .annotate(deal_count=_count(links, "asset"))
            .order_by("name", "pk")
        )

    def prepare_detail(self, instance: Asset) -> Asset:
        deals = list(
            Deal.objects.visible_to(self.request.user)
            .filter(Exists(DealAsset.objects.filter(deal=OuterRef("pk"), asset=instance)))
            .select_related("headline_source")
            .prefetch_related(
                Prefetch(
                    "deal_assets",
                    queryset=DealAsset.objects.filter(asset=instance),
                    to_attr="asset_links",
                )
            )
            .order_by("-announced_on", "-pk")
        )
        setattr(instance, VISIBLE_DEALS, deals)
        return instance


class _VocabularyViewSet(SlugOrIdLookupMixin, ConcurrencyMixin, viewsets.ReadOnlyModelViewSet):
    """Read-only vocabularies (targets, therapeutic areas), edited by analysts in the admin."""


def _asset_count(through: Any, column: str) -> Coalesce:
    rows = through.objects.filter(**{column: OuterRef("pk")})
    counted = rows.order_by().values(column).annotate(n=Count("asset")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


@extend_schema_view(
    list=extend_schema(
        summary="List targets", responses={200: TargetSerializer(many=True), **LIST_ERRORS}
    ),
    retrieve=extend_schema(
        summary="Read a target (by slug or id)",
        description=ETAG_HEADER_DOC,
        responses={200: TargetSerializer, **READ_ERRORS},
    ),
)
class TargetViewSet(_VocabularyViewSet):
    """Biological targets (PD-1, VEGF-A, TROP2...)."""

    queryset = Target.objects.none()
    serializer_class = TargetSerializer
    read_serializer_class = TargetSerializer
    filterset_class = TargetFilterSet

    def get_queryset(self) -> QuerySet[Target]:
        return Target.objects.annotate(
            asset_count=_asset_count(Asset.targets.through, "target")
        ).order_by("name", "pk")


@extend_schema_view(
    list=extend_schema(
        summary="List therapeutic areas",
        responses={200: TherapeuticAreaSerializer(many=True), **LIST_ERRORS},
    ),
    retrieve=extend_schema(
        summary="Read a therapeutic area (by slug or id)",
        description=ETAG_HEADER_DOC,
        responses={200: TherapeuticAreaSerializer, **READ_ERRORS},
    ),
)
class TherapeuticAreaViewSet(_VocabularyViewSet):
    """Therapeutic areas (oncology, neurology...)."""

    queryset = TherapeuticArea.objects.none()
    serializer_class = TherapeuticAreaSerializer
    read_serializer_class = TherapeuticAreaSerializer
    filterset_class = TherapeuticAreaFilterSet

    def get_queryset(self) -> QuerySet[TherapeuticArea]:
        return TherapeuticArea.objects.annotate(
            asset_count=_asset_count(Asset.therapeutic_areas.through, "therapeuticarea")
        ).order_by("name", "pk")
