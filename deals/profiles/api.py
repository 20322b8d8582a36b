"""``GET /api/v1/companies/<slug>/profile/``: a company's deal profile."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, permissions
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from companies.models import Company, CompanyAlias
from core.api.base import etag_for, is_id
from deals.models import Deal
from deals.models.deal import sees_internal
from deals.profiles.profile import company_profile
from deals.profiles.serialize import profile_json


def profile_companies() -> QuerySet[Company]:
    """Companies with what a profile shows of them besides deals: aliases and listings."""
    return Company.objects.prefetch_related(
        Prefetch("aliases", queryset=CompanyAlias.objects.order_by("valid_from", "name")),
        "listings",
    )


class CompanyProfileAPIView(APIView):
    """A company's deals by role and year, partners, modalities, areas, upfronts and assets.

    GET only and public: every figure is computed over ``Deal.objects.visible_to(user)``.
    """

    http_method_names = ["get", "head", "options"]
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="company_profile",
        summary="A company's deal profile",
        description=(
            "`deals.as_licensor`, `as_licensee`, `as_acquirer` and `as_target` each equal the "
            "`count` of `/api/v1/deals/?licensor=<slug>` (`licensee`, `acquirer`, `acquired`); "
            "every other count carries the `list_url` / `api_list_url` of the deal list whose "
            "count it is. Upfronts are the disclosed upfront sums of the company's licensing "
            "deals as licensor (received) and licensee (paid); `sum` is null when none is "
            "disclosed. Assets are those the company originated, with their current holders."
        ),
        responses={200: OpenApiTypes.OBJECT, 404: OpenApiTypes.OBJECT},
        tags=["companies"],
    )
    def get(self, request: Request, slug: str) -> Response:
        if request.query_params:
            raise exceptions.ValidationError(
                {name: ["Unknown parameter."] for name in sorted(request.query_params)}
            )
        lookup = {"pk": int(slug)} if is_id(slug) else {"slug": slug}
        company = get_object_or_404(profile_companies(), **lookup)
        profile = company_profile(
            company,
            Deal.objects.visible_to(request.user),
            timezone.localdate(),
            public=not sees_internal(request.user),
        )
        data = profile_json(profile, request)
        response = Response(data)
        response["ETag"] = etag_for(data)
        return response
