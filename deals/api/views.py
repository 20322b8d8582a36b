"""``/api/v1/deals/`` and ``/api/v1/conferences/``.

Every queryset starts from ``Deal.objects.visible_to(request.user)``: internal deals never
appear in a list, a detail (404), a filter result, a count or a conference's totals unless
the reader may see them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from django.db import connections, router
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from core.api.base import (
    ETAG_HEADER_DOC,
    LIST_ERRORS,
    READ_ERRORS,
    VISIBLE_DEALS,
    WritableViewSet,
    etag_for,
    write_schema,
)
from core.api.policies import Pagination
from core.listing import deal_ids, deals_in_order, is_deep_page
from deals.analytics.api import ListSummarySerializer
from deals.analytics.summary import summarize
from deals.classes import DealClass, UnknownClass, class_choice, counted, pipeline
from deals.filters import ConferenceFilterSet, DealFilterSet
from deals.measures import DEFINITIONS
from deals.models import Conference, Deal, DealQuerySet
from deals.queries import pgjson

from .serializers import (
    DEAL_SUMMARIES,
    NEGOTIATIONS,
    TOTAL_CLASSES,
    ConferenceDetailSerializer,
    ConferenceSerializer,
    ConferenceWriteSerializer,
    DealSerializer,
    DealWriteSerializer,
    can_see_internal,
)

_TOTALS_DOC = "Computed totals (`totals_usd`): " + " ".join(
    f"**{name}**: {text}" for name, text in DEFINITIONS.items()
)


def visible_deals(request: Any) -> DealQuerySet:
    """The deals this request may see: the one door every API query goes through."""
    return Deal.objects.visible_to(getattr(request, "user", None))


@extend_schema_view(
    list=extend_schema(
        summary="List deals",
        description=(
            "Deals visible to you, newest first, filtered by any of the parameters below (the "
            "same as the `/deals/` page). An invalid or unknown parameter is a 400 naming it. "
            + _TOTALS_DOC
        ),
        responses={200: DealSerializer(many=True), **LIST_ERRORS},
    ),
    retrieve=extend_schema(
        summary="Read a deal (by slug or id)",
        description=f"{ETAG_HEADER_DOC} {_TOTALS_DOC}",
        responses={200: DealSerializer, **READ_ERRORS},
    ),
    **write_schema(DealSerializer, DealWriteSerializer, "deal"),
)
class DealViewSet(WritableViewSet[Deal]):
    """Deals with their parties, assets, money terms, sources and events."""

    queryset = Deal.objects.none()  # the model for permissions; get_queryset() does the work
    serializer_class = DealSerializer
    read_serializer_class = DealSerializer
    write_serializer_class = DealWriteSerializer
    filterset_class = DealFilterSet

    def get_queryset(self) -> QuerySet[Deal]:
        # for_listing() loads parties, assets, payments and territory in fixed queries; the
        # full JSON also needs the royalty, sources, events and the headline's source.
        return (
            visible_deals(self.request)
            .for_listing()
            .select_related("royalty", "headline_source")
            .prefetch_related("sources", "events")
        )

    # --- reads as PostgreSQL-built JSON (deals/api/pgjson.py) ---------------------------------
    # The ORM still decides which deals, in which order, on which page (visibility, filters,
    # ordering, pagination errors); PostgreSQL writes their JSON. The browsable API, SQLite
    # and writes keep DRF's serializers, which produce the same JSON (tests/test_api_pgjson.py).

    # DRF sends any HttpResponse as it is; djangorestframework-stubs expect a Response.
    def list(self, request: Request, *args: Any, **kwargs: Any) -> HttpResponse:  # type: ignore[override]
        using = sql_json_alias(request)
        paginator = self.paginator
        if using is None or not isinstance(paginator, Pagination):
            return super().list(request, *args, **kwargs)
        queryset = self.filter_queryset(self.get_queryset())
        ids = paginator.paginate_queryset(deal_ids(queryset), request, view=self)
        page = paginator.page
        assert ids is not None and page is not None  # Pagination always has a page size
        body = pgjson.deals_json(ids, _base(request), can_see_internal(request), using)
        return _json_response(
            {
                "count": page.paginator.count,
                "next": paginator.get_next_link(),
                "previous": paginator.get_previous_link(),
                "results": orjson.Fragment(body),
            }
        )

    # DRF sends any HttpResponse as it is; djangorestframework-stubs expect a Response.
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> HttpResponse:  # type: ignore[override]
        using = sql_json_alias(request)
        if using is None:
            return super().retrieve(request, *args, **kwargs)
        pk = self.find(visible_deals(request).values_list("pk", flat=True))  # the id only
        body = pgjson.deal_detail_json(pk, _base(request), can_see_internal(request), using)
        response = _json_response(orjson.Fragment(body))
        # The digest of the data this reader receives: the serializers' tag for the same JSON.
        response["ETag"] = etag_for(orjson.loads(body))
        return response

    @extend_schema(
        summary="Summarise a deal list (count and money per deal class)",
        description=(
            "Takes every parameter of the deal list (filters, `q`, `deal_class`; `ordering` "
            "and paging are accepted and ignored). `count` equals the deal list's `count` for "
            "the same parameters and the classes' counts add up to it. Each measure has the "
            "comps statistics keys plus `sum`; below 3 disclosed values the median and "
            "quartiles are null and `values` lists the values themselves."
        ),
        responses={200: ListSummarySerializer, **LIST_ERRORS},
    )
    @action(detail=False, methods=["get"], url_path="summary", url_name="summary")
    def summary(self, request: Request) -> Response:
        queryset = self.filter_queryset(visible_deals(request))
        return Response(ListSummarySerializer(summarize(queryset)).data)

    # list() pages this viewset's deals only; DRF's signature takes rows of any query.
    def paginate_queryset(self, queryset: QuerySet[Deal]) -> Sequence[Deal] | None:  # type: ignore[override]
        # Page the filtered, ordered ids, then load the full rows for that page only: a deep
        # page no longer computes totals and joins for every row before its OFFSET.
        pagination = self.paginator
        if not isinstance(pagination, Pagination) or not is_deep_page(
            pagination.get_page_number(self.request, None),
            pagination.get_page_size(self.request),
        ):
            return super().paginate_queryset(queryset)
        ids = super().paginate_queryset(deal_ids(queryset))
        if ids is None:
            return None
        return deals_in_order(self.get_queryset(), ids)


def sql_json_alias(request: Request) -> str | None:
    """The database alias to build JSON on (deals/api/pgjson.py), or None when the
    serializers must do it: not PostgreSQL, or not a JSON response (the browsable API)."""
    using = router.db_for_read(Deal)
    if connections[using].vendor != "postgresql":
        return None
    if type(getattr(request, "accepted_renderer", None)) is not JSONRenderer:
        return None
    return using


def _base(request: Request) -> str:
    """scheme://host of the request: what DRF's absolute URLs start with."""
    return request.build_absolute_uri("/").rstrip("/")


def _json_response(data: Any) -> HttpResponse:
    return HttpResponse(orjson.dumps(data), content_type="application/json")


def _deal_count(request: Any) -> Coalesce:
    per_conference = (
        visible_deals(request)
        .filter(counted(), conference=OuterRef("pk"))
        .order_by()
        .values("conference")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(per_conference, output_field=IntegerField()), 0)


@extend_schema_view(
    list=extend_schema(
        summary="List conferences",
        responses={200: ConferenceSerializer(many=True), **LIST_ERRORS},
    ),
    retrieve=extend_schema(
        summary="Read a conference with its deals and their totals",
        description=(
            f"{ETAG_HEADER_DOC} `deals` lists every class; deals in negotiation are listed "
            "apart (`negotiations`). `totals` add up the deals of `deal_class` (repeatable; "
            "licensing unless given), with the deal list that counts them. " + _TOTALS_DOC
        ),
        parameters=[
            OpenApiParameter(
                "deal_class",
                OpenApiTypes.STR,
                many=True,
                enum=[c.value for c in DealClass],
                description="The deal classes the totals add up (licensing by default).",
            )
        ],
        responses={200: ConferenceDetailSerializer, **READ_ERRORS, **LIST_ERRORS},
    ),
    **write_schema(ConferenceDetailSerializer, ConferenceWriteSerializer, "conference"),
)
class ConferenceViewSet(WritableViewSet[Conference]):
    """Conference editions (JPM 2026...), each with the deals linked to it."""

    queryset = Conference.objects.none()
    serializer_class = ConferenceSerializer
    read_serializer_class = ConferenceDetailSerializer
    write_serializer_class = ConferenceWriteSerializer
    filterset_class = ConferenceFilterSet

    def get_queryset(self) -> QuerySet[Conference]:
        return (
            Conference.objects.select_related("series")
            .annotate(deal_count=_deal_count(self.request))
            .order_by("-start_date", "pk")
        )

    def prepare_detail(self, instance: Conference) -> Conference:
        here = (
            visible_deals(self.request).filter(conference=instance).order_by("announced_on", "pk")
        )
        # The totals are a statistic: one class (licensing unless ?deal_class= asks for more).
        try:
            classes = class_choice(self.request.query_params)
        except UnknownClass as exc:
            raise ValidationError({"deal_class": [str(exc)]}) from None
        setattr(instance, TOTAL_CLASSES, classes.selected)
        using = sql_json_alias(self.request)
        if using is not None:
            # PostgreSQL writes the deals' summaries (hundreds at a big conference); the
            # serializer only adds them up (ConferenceDetailSerializer.get_totals).
            for attribute, deals in (
                (DEAL_SUMMARIES, here.filter(counted())),
                (NEGOTIATIONS, here.filter(pipeline())),
            ):
                ids = list(deals.values_list("pk", flat=True))
                summaries = pgjson.deal_summaries_json(ids, _base(self.request), using)
                setattr(instance, attribute, orjson.loads(summaries))
            return instance
        with_source = here.select_related("headline_source")
        setattr(instance, VISIBLE_DEALS, list(with_source.filter(counted())))
        setattr(instance, NEGOTIATIONS, list(with_source.filter(pipeline())))
        return instance
