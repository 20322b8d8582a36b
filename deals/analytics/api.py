"""REST endpoints for comparables and analytics: ``/api/v1/comps/`` and ``/api/v1/analytics/…``.

Read-only views over :mod:`deals.analytics`, with the same parameters as the HTML pages.
Every parameter and the JSON shape are documented in the OpenAPI schema (drf-spectacular);
the statistics' definitions travel in the schema and in each response. Money is a decimal
string, never a float; an undisclosed statistic is ``null``, never 0.
"""

from __future__ import annotations

from typing import Any, cast

import django_filters
from django.db.models import QuerySet
from django.http import QueryDict
from django.shortcuts import get_object_or_404
from django.urls import reverse as django_reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
)
from rest_framework import exceptions, permissions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from core.api.policies import Pagination
from core.listing import clean_query
from deals.analytics.breakdowns import DIMENSIONS, Breakdown, Cell, breakdown
from deals.analytics.comps import CompsFilterSet
from deals.analytics.definitions import ANALYTICS_DEFINITIONS, DEFINITIONS
from deals.analytics.reports import ConferenceReport, ReportRow, conference_report
from deals.analytics.stats import CompsStatistics, Distribution, Share, comps_statistics
from deals.analytics.summary import ClassSummary, ListSummary
from deals.classes import DEFINITIONS as CLASS_DEFINITIONS
from deals.classes import DealClass, UnknownClass, class_choice, with_default_class
from deals.filters import DealFilterSet
from deals.measures import DEFINITIONS as MEASURE_DEFINITIONS
from deals.models import Conference, Deal
from deals.summaries import (
    DealSummarySerializer,
)

CLASS_DOC = CLASS_DEFINITIONS["deal_class"]
PAGE_PARAMS = frozenset({"page", "page_size", "format"})
ANALYTICS_PERIODS = {"year": "Year", "quarter": "Quarter", "all": "All time (one period)"}


def _money(help_text: str) -> serializers.DecimalField:
    return serializers.DecimalField(
        max_digits=20,
        decimal_places=2,
        allow_null=True,
        coerce_to_string=True,
        help_text=help_text + " Decimal string in US dollars; null when nothing is disclosed.",
    )


def _share(help_text: str) -> serializers.DecimalField:
    return serializers.DecimalField(
        max_digits=9,
        decimal_places=4,
        allow_null=True,
        coerce_to_string=True,
        help_text=help_text + " A fraction (0.1161 = 11.61%) as a decimal string; null if none.",
    )


# --- response shapes (used to render AND to document, so they cannot drift apart) -------------


class DistributionSerializer(serializers.Serializer):
    disclosed = serializers.IntegerField(help_text=DEFINITIONS["disclosed"])
    undisclosed = serializers.IntegerField(
        help_text="Matching deals without a US dollar value for this measure (never counted as 0)."
    )
    no_fx_rate = serializers.IntegerField(help_text=DEFINITIONS["no_fx_rate"])
    median = _money(DEFINITIONS["median"])
    p25 = _money("25th percentile. " + DEFINITIONS["percentile"])
    p75 = _money("75th percentile. " + DEFINITIONS["percentile"])
    min = _money("Smallest disclosed value.")
    max = _money("Largest disclosed value.")
    sum = _money("Sum of the disclosed values.")
    values = serializers.ListField(
        child=serializers.DecimalField(max_digits=20, decimal_places=2, coerce_to_string=True),
        allow_null=True,
        help_text=DEFINITIONS["too_few"],
    )

    def to_representation(self, instance: Distribution) -> dict[str, Any]:
        data = {
            "disclosed": instance.disclosed,
            "undisclosed": instance.undisclosed,
            "no_fx_rate": instance.no_fx_rate,
            "median": instance.median,
            "p25": instance.p25,
            "p75": instance.p75,
            "min": instance.minimum,
            "max": instance.maximum,
            "sum": instance.total,
        }
        money = self.fields["min"]
        return {
            **{
                name: self.fields[name].to_representation(v) if v is not None else None
                for name, v in data.items()
            },
            "values": [money.to_representation(v) for v in instance.values or ()]
            if instance.too_few
            else None,
        }


class ShareSerializer(serializers.Serializer):
    deals = serializers.IntegerField(help_text="Deals with both a disclosed upfront and headline.")
    median = _share(DEFINITIONS["upfront_share"])
    p25 = _share("25th percentile of the ratios.")
    p75 = _share("75th percentile of the ratios.")
    values = serializers.ListField(
        child=serializers.DecimalField(max_digits=9, decimal_places=4, coerce_to_string=True),
        allow_null=True,
        help_text=DEFINITIONS["too_few"],
    )

    def to_representation(self, instance: Share) -> dict[str, Any]:
        share = self.fields["median"]
        return {
            "deals": instance.deals,
            **{
                name: None if v is None else self.fields[name].to_representation(v)
                for name, v in (
                    ("median", instance.median),
                    ("p25", instance.p25),
                    ("p75", instance.p75),
                )
            },
            "values": [share.to_representation(v) for v in instance.values]
            if instance.too_few
            else None,
        }


class StatisticsSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Matching deals.")
    upfront = DistributionSerializer(help_text=DEFINITIONS["upfront"])
    headline = DistributionSerializer(help_text=DEFINITIONS["headline"])
    total_potential = DistributionSerializer(help_text=DEFINITIONS["total_potential"])
    upfront_share_of_headline = ShareSerializer(help_text=DEFINITIONS["upfront_share"])
    no_disclosed_terms = serializers.IntegerField(help_text=DEFINITIONS["no_terms"])

    def to_representation(self, instance: CompsStatistics) -> dict[str, Any]:
        return {
            "count": instance.count,
            "upfront": DistributionSerializer(instance.upfront).data,
            "headline": DistributionSerializer(instance.headline).data,
            "total_potential": DistributionSerializer(instance.total_potential).data,
            "upfront_share_of_headline": ShareSerializer(instance.upfront_share).data,
            "no_disclosed_terms": instance.no_terms,
        }


class ClassSummarySerializer(serializers.Serializer):
    deal_class = serializers.ChoiceField(choices=DealClass.choices, help_text=CLASS_DOC)
    count = serializers.IntegerField(help_text="Deals of this class in the list.")
    upfront = DistributionSerializer(help_text=MEASURE_DEFINITIONS["upfront"])
    total_potential = DistributionSerializer(help_text=MEASURE_DEFINITIONS["total_potential"])
    headline = DistributionSerializer(help_text=MEASURE_DEFINITIONS["headline"])

    def to_representation(self, instance: ClassSummary) -> dict[str, Any]:
        stats = instance.statistics
        return {
            "deal_class": instance.deal_class,
            "count": instance.count,
            "upfront": DistributionSerializer(stats.upfront).data,
            "total_potential": DistributionSerializer(stats.total_potential).data,
            "headline": DistributionSerializer(stats.headline).data,
        }


class ListSummarySerializer(serializers.Serializer):
    count = serializers.IntegerField(
        help_text="Deals in the list: the deal list's count for the same parameters."
    )
    classes = ClassSummarySerializer(
        many=True, help_text="One entry per deal class present; their counts add up to count."
    )

    def to_representation(self, instance: ListSummary) -> dict[str, Any]:
        return {
            "count": instance.count,
            "classes": [ClassSummarySerializer(c).data for c in instance.classes],
        }


class CriteriaSerializer(serializers.Serializer):
    like = serializers.DictField(
        allow_null=True,
        help_text='The subject of like_deal / like_asset: {"kind": "deal" | "asset", "slug", '
        '"name"}; null without one.',
    )
    filled = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="The criteria filled from the subject (modality, target, therapeutic_area, "
        "phase_at_signing → values); empty when explicit criteria were given.",
    )
    applied = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Every criterion in force (parameter → values), after filling.",
    )


class CompsResponseSerializer(serializers.Serializer):
    criteria = CriteriaSerializer()
    statistics = StatisticsSerializer(help_text="Over ALL matching deals, not just this page.")
    definitions = serializers.DictField(
        child=serializers.CharField(), help_text="How each statistic is computed."
    )
    list_url = serializers.URLField(
        help_text="The /deals/ page listing exactly the deals counted (every criterion in "
        "force, the subject left out with exclude_deal)."
    )
    api_list_url = serializers.URLField(
        help_text="The /api/v1/deals/ query listing exactly the deals counted; its count "
        "equals this count."
    )
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = DealSummarySerializer(many=True)


class CellSerializer(serializers.Serializer):
    deals = serializers.IntegerField(help_text=ANALYTICS_DEFINITIONS["deals"])
    deals_with_value = serializers.IntegerField(help_text="Deals with a disclosed value.")
    value_usd = _money(ANALYTICS_DEFINITIONS["value"])
    deals_with_upfront = serializers.IntegerField(help_text="Deals with a disclosed upfront.")
    upfront_usd = _money(ANALYTICS_DEFINITIONS["upfront"])


class BreakdownRowSerializer(CellSerializer):
    period = serializers.CharField(
        help_text='"2026" (year), "2026-Q1" (quarter) or "all"; the same as the HTML table.'
    )
    group = serializers.CharField(
        help_text="The group's key, which is also the value of the dimension's deal filter: a "
        "country group (US, GREATER_CHINA, KR, JP, EUROPE, OTHER, UNKNOWN), a modality, deal "
        'type or deal class code, or a therapeutic-area slug; "none" when not specified.'
    )
    # DRF takes declared fields off the class; the stubs take this one for Field.label.
    label = serializers.CharField(help_text="The group's readable name.")  # type: ignore[assignment]
    list_url = serializers.URLField(help_text="The /deals/ page listing exactly these deals.")
    api_list_url = serializers.URLField(
        help_text="The /api/v1/deals/ list whose count equals this row's deals."
    )


class BreakdownSerializer(serializers.Serializer):
    dimension = serializers.ChoiceField(choices=list(DIMENSIONS.items()))
    period = serializers.ChoiceField(choices=list(ANALYTICS_PERIODS.items()))
    periods = serializers.ListField(child=serializers.CharField(), help_text="Ascending.")
    groups = serializers.ListField(
        child=serializers.DictField(child=serializers.CharField()),
        help_text='[{"key", "label"}], largest disclosed value first; other/unknown last.',
    )
    rows = BreakdownRowSerializer(many=True, help_text="One row per period and group with deals.")
    definitions = serializers.DictField(child=serializers.CharField())


class ReportCellSerializer(CellSerializer):
    pass


class ReportRowSerializer(serializers.Serializer):
    key = serializers.CharField()
    # DRF takes declared fields off the class; the stubs take this one for Field.label.
    label = serializers.CharField()  # type: ignore[assignment]
    current = ReportCellSerializer(help_text="This edition.")
    previous = ReportCellSerializer(allow_null=True, help_text="The previous edition, or null.")
    deals_change = serializers.IntegerField(allow_null=True)
    value_change_usd = _money("This edition's disclosed value minus the previous edition's.")


class ConferenceRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    year = serializers.IntegerField()


class ConferenceReportSerializer(serializers.Serializer):
    conference = ConferenceRefSerializer()
    previous = ConferenceRefSerializer(
        allow_null=True, help_text="The previous edition of the same series, if recorded."
    )
    total = ReportRowSerializer()
    by_licensor_country = ReportRowSerializer(many=True)
    by_modality = ReportRowSerializer(many=True)
    definitions = serializers.DictField(child=serializers.CharField())


def _cell(cell: Cell | None) -> dict[str, Any] | None:
    if cell is None:
        return None
    money = serializers.DecimalField(max_digits=20, decimal_places=2, coerce_to_string=True)
    return {
        "deals": cell.deals,
        "deals_with_value": cell.deals_with_value,
        "value_usd": None if cell.value_usd is None else money.to_representation(cell.value_usd),
        "deals_with_upfront": cell.deals_with_upfront,
        "upfront_usd": None
        if cell.upfront_usd is None
        else money.to_representation(cell.upfront_usd),
    }


def _report_row(row: ReportRow) -> dict[str, Any]:
    change = row.value_change
    money = serializers.DecimalField(max_digits=20, decimal_places=2, coerce_to_string=True)
    return {
        "key": row.key,
        "label": row.label,
        "current": _cell(row.current),
        "previous": _cell(row.previous),
        "deals_change": row.deals_change,
        "value_change_usd": None if change is None else money.to_representation(change),
    }


def _conference_ref(conference: Conference | None) -> dict[str, Any] | None:
    if conference is None:
        return None
    return {"slug": conference.slug, "name": conference.name, "year": conference.year}


def report_data(report: ConferenceReport) -> dict[str, Any]:
    """The conference report as JSON-ready data (see :class:`ConferenceReportSerializer`)."""
    return {
        "conference": _conference_ref(report.conference),
        "previous": _conference_ref(report.previous),
        "total": _report_row(report.total),
        "by_licensor_country": [_report_row(r) for r in report.by_licensor_country],
        "by_modality": [_report_row(r) for r in report.by_modality],
        "definitions": report.definitions,
    }


def breakdown_data(data: Breakdown, filters: QueryDict, request: Request) -> dict[str, Any]:
    """A breakdown as JSON-ready data (see :class:`BreakdownSerializer`), each row with the deal
    lists (HTML and API) whose count is its ``deals``."""
    rows = []
    list_path = request.build_absolute_uri(django_reverse("deals:deal_list"))
    api_path = request.build_absolute_uri(django_reverse("deal-list"))
    for row in data.linked_rows(filters, list_path, api_path):
        cell = _cell(Cell(**{k: row[k] for k in CellSerializer().get_fields()}))
        assert cell is not None  # _cell() is None only for no cell
        rows.append(
            {
                "period": str(row["period"]),
                "group": row["group"],
                "label": row["label"],
                **cell,
                "list_url": row["list_url"],
                "api_list_url": row["api_list_url"],
            }
        )
    return {
        "dimension": data.dimension,
        "period": data.period,
        "periods": [str(p) for p in data.periods],
        "groups": [{"key": key, "label": label} for key, label in data.groups],
        "rows": rows,
        "definitions": ANALYTICS_DEFINITIONS,
    }


# --- parameters, documented from the FilterSets themselves ------------------------------------


def _filter_parameters(filterset_class: type[django_filters.FilterSet]) -> list[OpenApiParameter]:
    """One OpenAPI parameter per filter, with its label, help text, choices and multiplicity."""
    parameters = []
    for name, filter_ in filterset_class.base_filters.items():
        many = isinstance(
            filter_,
            django_filters.MultipleChoiceFilter | django_filters.ModelMultipleChoiceFilter,
        )
        description = str(filter_.label or name)
        if filter_.extra.get("help_text"):
            description += f": {filter_.extra['help_text']}"
        if many:
            description += " Repeat the parameter for several values (any of them matches)."
        enum = None
        choices = filter_.extra.get("choices")
        if choices is not None and not callable(choices):
            enum = [str(key) for key, _ in choices]
        kind = OpenApiTypes.STR
        if isinstance(filter_, django_filters.DateFilter):
            kind = OpenApiTypes.DATE
        elif isinstance(filter_, django_filters.NumberFilter):
            kind = OpenApiTypes.DECIMAL
        if isinstance(
            filter_, django_filters.ModelChoiceFilter | django_filters.ModelMultipleChoiceFilter
        ):
            description += " (slug)"
        parameters.append(
            OpenApiParameter(
                name,
                kind,
                OpenApiParameter.QUERY,
                description=description,
                many=many or None,
                enum=enum,
                explode=True if many else None,
            )
        )
    return parameters


PAGE_PARAMETERS = [
    OpenApiParameter("page", OpenApiTypes.INT, description="Page of the deal list (from 1)."),
    OpenApiParameter("page_size", OpenApiTypes.INT, description="Deals per page (max 500)."),
]
ANALYTICS_PARAMETERS = [
    OpenApiParameter(
        "period",
        OpenApiTypes.STR,
        enum=list(ANALYTICS_PERIODS),
        description="How to slice time: year (default), quarter, or all (one total).",
    ),
    *[p for p in _filter_parameters(DealFilterSet) if p.name != "ordering"],
]
BAD_REQUEST = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description='Invalid parameters, keyed by parameter: {"target": ["No target with slug '
    '“x”."]}. Unknown parameters are refused the same way.',
)


def _refuse_unknown(request: Request, known: set[str]) -> None:
    """A misspelt parameter would silently widen the answer: refuse it, naming it."""
    unknown = sorted(set(request.query_params) - known - PAGE_PARAMS)
    if unknown:
        listing = ", ".join(sorted(known))
        raise exceptions.ValidationError(
            {name: [f"Unknown query parameter. Known: {listing}."] for name in unknown}
        )


def _refuse_blank_paging(request: Request) -> None:
    """``page_size=`` (blank) is not a number: say so rather than fall back to the default."""
    for name in ("page", "page_size"):
        if name in request.query_params and not request.query_params[name].strip():
            raise exceptions.ValidationError({name: ["Enter a whole number."]})


def _list_url(request: Request, name: str, filterset: CompsFilterSet) -> str:
    """The deal list (page or API) with exactly the criteria these comps count."""
    query = filterset.list_query().urlencode()
    return request.build_absolute_uri(django_reverse(name) + (f"?{query}" if query else ""))


def _applied(filterset: CompsFilterSet) -> dict[str, list[str]]:
    applied = {}
    for name in filterset.base_filters:
        values = (
            [v for v in filterset.data.getlist(name) if v.strip()]
            if hasattr(filterset.data, "getlist")
            else []
        )
        if values:
            applied[name] = values
    return applied


class _ReadOnlyAPIView(APIView):
    """GET only. Reads are public (each query applies ``visible_to``), so any client may ask;
    another method is a 405. The API's default permission checks model permissions for
    writes, which needs a queryset these views do not have: that would be a 500, not a 405.
    """

    http_method_names = ["get", "head", "options"]
    permission_classes = [permissions.AllowAny]


class CompsAPIView(_ReadOnlyAPIView):
    """Comparable deals and statistics over them."""

    @extend_schema(
        operation_id="comps",
        summary="Comparable deals and their statistics",
        description=(
            "The deals matching the criteria (paginated, newest first unless `ordering`), and "
            "statistics over ALL of them. Every `/api/v1/deals/` filter works here with the "
            "same meaning; `modality`, `target`, `therapeutic_area`, `indication`, "
            "`phase_at_signing`, `deal_type`, `licensor_country` and `territory` also take "
            "several values. "
            "`like_deal` / `like_asset` fill modality, target, area and phase from a deal or "
            "asset (when none of those is given) and leave the subject out.\n\n"
            + "\n".join(f"- {text}" for text in DEFINITIONS.values())
        ),
        parameters=[*_filter_parameters(CompsFilterSet), *PAGE_PARAMETERS],
        responses={200: CompsResponseSerializer, 400: BAD_REQUEST},
        tags=["comps"],
    )
    def get(self, request: Request) -> Response:
        _refuse_unknown(request, set(CompsFilterSet.base_filters))
        _refuse_blank_paging(request)
        visible = Deal.objects.visible_to(request.user)
        filterset = CompsFilterSet(
            request.query_params, queryset=visible.for_listing(), request=request
        )
        if not filterset.is_valid():
            raise exceptions.ValidationError(filterset.errors)
        deals: QuerySet[Deal] = filterset.qs
        statistics = comps_statistics(deals)
        # api_settings imports the class the setting names; the stubs type it as the setting's str.
        pagination_class: Any = api_settings.DEFAULT_PAGINATION_CLASS
        paginator = cast(Pagination, pagination_class())
        page = paginator.paginate_queryset(deals, request, view=self)
        subject = filterset.subject_deal or filterset.subject_asset
        like = None
        if subject is not None:
            kind = "deal" if isinstance(subject, Deal) else "asset"
            like = {"kind": kind, "slug": subject.slug, "name": str(subject)}
        return Response(
            {
                "criteria": {
                    "like": like,
                    "filled": filterset.filled,
                    "applied": _applied(filterset),
                },
                "statistics": StatisticsSerializer(statistics).data,
                "definitions": DEFINITIONS,
                "list_url": _list_url(request, "deals:deal_list", filterset),
                "api_list_url": _list_url(request, "deal-list", filterset),
                "count": paginator.page.paginator.count if paginator.page is not None else 0,
                "next": paginator.get_next_link(),
                "previous": paginator.get_previous_link(),
                "results": DealSummarySerializer(
                    page, many=True, context={"request": request}
                ).data,
            }
        )


class AnalyticsIndexAPIView(_ReadOnlyAPIView):
    """The analytics endpoints available."""

    @extend_schema(
        operation_id="analytics_index",
        summary="The analytics dimensions",
        responses={
            200: OpenApiResponse(
                OpenApiTypes.OBJECT,
                description='{"dimensions": [{"name", "label", "url"}], "periods": [...], '
                '"conference_report": "url template", "definitions": {...}}',
            )
        },
        tags=["analytics"],
    )
    def get(self, request: Request) -> Response:
        return Response(
            {
                "dimensions": [
                    {
                        "name": name,
                        "label": label,
                        "url": reverse(
                            "deals_analytics:api_analytics", args=[name], request=request
                        ),
                    }
                    for name, label in DIMENSIONS.items()
                ],
                "periods": list(ANALYTICS_PERIODS),
                "conference_report": reverse(
                    "deals_analytics:api_conference_report", args=["SLUG"], request=request
                ).replace("SLUG", "{slug}"),
                "definitions": ANALYTICS_DEFINITIONS,
            }
        )


class AnalyticsAPIView(_ReadOnlyAPIView):
    """Deal count and disclosed value per period and group of one dimension."""

    @extend_schema(
        operation_id="analytics_breakdown",
        summary="Deals and disclosed value by period and group",
        description=(
            "The numbers behind one chart of `/analytics/`, computed in one GROUP BY query. "
            "`dimension` is one of: " + ", ".join(f"`{d}`" for d in DIMENSIONS) + ". "
            "Takes the `/api/v1/deals/` filters to narrow the deals first.\n\n"
            + "\n".join(f"- {text}" for text in ANALYTICS_DEFINITIONS.values())
        ),
        parameters=[
            OpenApiParameter(
                "dimension", OpenApiTypes.STR, OpenApiParameter.PATH, enum=list(DIMENSIONS)
            ),
            *ANALYTICS_PARAMETERS,
        ],
        responses={200: BreakdownSerializer, 400: BAD_REQUEST, 404: OpenApiTypes.OBJECT},
        tags=["analytics"],
    )
    def get(self, request: Request, dimension: str) -> Response:
        if dimension not in DIMENSIONS:
            raise exceptions.NotFound(
                f"No dimension “{dimension}”; choose one of {', '.join(DIMENSIONS)}."
            )
        _refuse_unknown(request, {"period", *DealFilterSet.base_filters} - {"ordering"})
        period = request.query_params.get("period") or "year"
        if period not in ANALYTICS_PERIODS:
            raise exceptions.ValidationError(
                {"period": [f"“{period}” is not a period: use {', '.join(ANALYTICS_PERIODS)}."]}
            )
        filters = request.query_params.copy()
        filters.pop("period", None)
        # A statistic: one deal class (licensing) unless the client asks for others.
        filters, _ = with_default_class(clean_query(filters))
        visible = Deal.objects.visible_to(request.user)
        filterset = DealFilterSet(filters, queryset=visible, request=request)
        if not filterset.is_valid():
            raise exceptions.ValidationError(filterset.errors)
        data = breakdown(filterset.qs, dimension, period)
        return Response(breakdown_data(data, filters, request))


class ConferenceReportAPIView(_ReadOnlyAPIView):
    """A conference against the previous edition of its series."""

    @extend_schema(
        operation_id="analytics_conference_report",
        summary="Conference report: this edition against the previous one",
        description=(
            "Deals linked to the conference (that you may see), by licensor country group and "
            "by modality, beside the previous edition of the same series (JPM 2025 for JPM "
            "2026). `previous` is null when no earlier edition is recorded. Licensing deals "
            "unless `deal_class` (repeatable) asks for others; never deals in negotiation."
        ),
        parameters=[
            OpenApiParameter(
                "deal_class",
                OpenApiTypes.STR,
                many=True,
                enum=[c.value for c in DealClass],
                description=CLASS_DOC,
            )
        ],
        responses={200: ConferenceReportSerializer, 400: BAD_REQUEST, 404: OpenApiTypes.OBJECT},
        tags=["analytics"],
    )
    def get(self, request: Request, slug: str) -> Response:
        _refuse_unknown(request, {"deal_class"})
        conference = get_object_or_404(Conference.objects.select_related("series"), slug=slug)
        try:
            classes = class_choice(request.query_params)
        except UnknownClass as exc:
            raise exceptions.ValidationError({"deal_class": [str(exc)]}) from None
        report = conference_report(conference, request.user, classes.selected)
        return Response(report_data(report))
