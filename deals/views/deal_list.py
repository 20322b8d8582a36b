"""``/deals/``: the filterable deal list (the API's own DealFilterSet) and its CSV/XLSX export.

Every query starts from ``Deal.objects.visible_to(request.user)`` so that internal deals never
reach anonymous readers; the table's rows come from :mod:`deals.queries.table`.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views import View

from core.listing import (
    PAGE_PARAMS,
    browse,
    clean_query,
    is_htmx,
    request_errors,
    split_fields,
)
from core.result_cache import cached_count
from deals import classes, exports
from deals.alerts.visits import new_marks
from deals.analytics.summary import summarize
from deals.filters import DealFilterSet
from deals.measures import DEFINITIONS
from deals.models import Deal
from deals.queries.table import table_loader

# The filters most readers use stay in view; the FilterSet's others fold into "More filters".
PRIMARY_DEAL_FILTERS = (
    "q", "conference", "company", "licensor_country", "licensee_country", "deal_type",
    "status", "modality", "announced_after", "announced_before", "ordering",
)  # fmt: skip


def deal_filterset(request: HttpRequest, queryset: QuerySet) -> Any:
    """The API's DealFilterSet over ``queryset``, bound to the request's parameters as DRF does."""
    return DealFilterSet(data=request.GET, queryset=queryset, request=request)


class DealListView(View):
    """The filterable deal list; htmx asks for the results block only, JS-off gets the page."""

    template_name = "deals/deal_list.html"
    partial_template_name = "deals/_deal_browser.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        filterset = deal_filterset(request, visible.for_table())
        context, status = browse(request, filterset, load=table_loader(visible), by_id=True)
        context["definitions"] = DEFINITIONS
        context.update(split_fields(filterset.form, PRIMARY_DEAL_FILTERS, context["query"]))
        page = context["page_obj"]
        if page is not None:
            # Opened from a saved search on My DealScope: its deals new since the last visit.
            context["new_marks"] = new_marks(
                request, filterset.qs, [deal.pk for deal in page.object_list]
            )
        htmx = is_htmx(request)
        template = self.partial_template_name if htmx else self.template_name
        response = render(request, template, context, status=status)
        if htmx:
            # Keep the address bar free of the empty fields a form submits.
            tidy = context["query"].urlencode()
            response["HX-Push-Url"] = f"{request.path}?{tidy}" if tidy else request.path
        patch_vary_headers(response, ["HX-Request", "HX-History-Restore-Request"])
        return response


class DealSummaryView(View):
    """The totals row above ``/deals/``: the list's count and money per deal class, loaded
    after the page (htmx) from the same parameters, and equal to ``/api/v1/deals/summary/``."""

    template_name = "deals/list_summary.html"  # a page of its own when scripts are off
    partial_template_name = "deals/_list_summary.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        template = self.partial_template_name if is_htmx(request) else self.template_name
        visible = Deal.objects.visible_to(request.user)
        filterset = deal_filterset(request, visible)
        errors = request_errors(request.GET, filterset)
        if errors:
            return render(request, template, {"errors": errors}, status=400)
        params = clean_query(request.GET)
        for key in PAGE_PARAMS:
            params.pop(key, None)
        summary = summarize(filterset.qs)
        rows = [
            {
                "entry": entry,
                "list_url": _url("deals:deal_list", params, deal_class=[entry.deal_class]),
            }
            for entry in summary.classes
        ]
        pipeline = params.copy()
        pipeline.setlist("status", list(classes.PIPELINE_STATUSES))
        in_pipeline = 0
        if not filterset.form.cleaned_data.get("status"):
            # Talks and rumours matching the same filters: shown apart, never counted.
            in_pipeline = cached_count(
                DealFilterSet(data=pipeline, queryset=visible, request=request).qs
            )
        context = {
            "summary": summary,
            "rows": rows,
            "definitions": DEFINITIONS,
            "in_pipeline": in_pipeline,
            "pipeline_url": _url("deals:deal_list", pipeline),
            "api_url": _url("deal-summary", params),
            "list_url": _url("deals:deal_list", params),
        }
        response = render(request, template, context)
        patch_vary_headers(response, ["HX-Request"])
        return response


def _url(name: str, params: QueryDict, **replace: list[str]) -> str:
    """The URL of ``name`` with ``params``, some of them replaced."""
    query = params.copy()
    for key, values in replace.items():
        query.setlist(key, values)
    encoded = query.urlencode()
    return f"{reverse(name)}?{encoded}" if encoded else reverse(name)


class DealExportView(View):
    """The current filtered deal list as CSV or XLSX (all matching rows, not just one page)."""

    def get(self, request: HttpRequest, fmt: str) -> HttpResponseBase:
        visible = Deal.objects.visible_to(request.user)
        # The list's queryset plus what only the export has columns for.
        filterset = deal_filterset(request, exports.for_export(visible))
        errors = request_errors(request.GET, filterset)
        if errors:
            lines = "\n".join(errors)
            return HttpResponse(
                f"Invalid filter, nothing exported.\n{lines}\n",
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        stamp = timezone.localdate().isoformat()
        if fmt == "xlsx":
            return exports.xlsx_response(
                filterset.qs, f"dealscope-deals-{stamp}.xlsx", request.build_absolute_uri
            )
        return exports.csv_response(
            filterset.qs, f"dealscope-deals-{stamp}.csv", request.build_absolute_uri
        )
