"""``GET /api/v1/assets/<slug>/rights/``: an asset's rights holders by territory on a date."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, permissions
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from companies.models import Asset
from core.api.base import etag_for, is_id
from deals.models import Deal
from deals.rights import params
from deals.rights.load import as_json, asset_rights


class AssetRightsAPIView(APIView):
    """Who holds an asset in which territory, derived from the deals the client may see.

    GET only and public: the derivation reads ``Deal.objects.visible_to(request.user)``, so an
    internal deal never shapes what an outsider receives (nor its ETag).
    """

    http_method_names = ["get", "head", "options"]
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="asset_rights",
        summary="An asset's rights holders by territory",
        description=(
            "Holders by territory on `as_of` (default today), each with its `basis`: `license` "
            "(an exclusive or non-exclusive license, a sub-license or an exercised option), "
            "`option` (not yet exercised), `acquisition` (rights that came with an acquired "
            "company) or `retained` (kept by the licensor: excluded from a license, or given "
            "back by a termination). `unlicensed` lists the ISO 3166-1 countries no deal has "
            "touched. Two exclusive licensees for one country are not resolved here: the first "
            "grant stands and analysts see the conflict in the admin."
        ),
        parameters=[
            OpenApiParameter(
                "as_of", OpenApiTypes.DATE, description="The date of the picture (YYYY-MM-DD)."
            )
        ],
        responses={200: OpenApiTypes.OBJECT, 400: OpenApiTypes.OBJECT, 404: OpenApiTypes.OBJECT},
        tags=["assets"],
    )
    def get(self, request: Request, slug: str) -> Response:
        unknown = set(request.query_params) - {"as_of"}
        if unknown:
            raise exceptions.ValidationError(
                {name: ["Unknown parameter."] for name in sorted(unknown)}
            )
        try:
            day = params.as_of(request.query_params.get("as_of"))
        except params.BadDate as exc:
            raise exceptions.ValidationError({"as_of": [str(exc).split(": ", 1)[1]]}) from None
        lookup = {"pk": int(slug)} if is_id(slug) else {"slug": slug}
        asset = get_object_or_404(Asset.objects.select_related("owner"), **lookup)
        rights = asset_rights(asset, Deal.objects.visible_to(request.user), day)
        data = as_json(rights, request)
        response = Response(data)
        response["ETag"] = etag_for(data)
        return response
