"""HTML pages for comparables (``/comps/``) and analytics (``/analytics/``), with their exports.

Both pages start from ``Deal.objects.visible_to(request.user)``; the numbers come from
:mod:`deals.analytics`, the charts are server-rendered (no chart JavaScript), and every chart
or statistic shows the definition it was computed with.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from io import BytesIO, StringIO
from typing import Any

from django import forms
from django.core.exceptions import BadRequest
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.views import View
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from core.charts import BarChart
from core.listing import BadParameter, clean_query, filter_chips, page_size, paginate, sort_options
from core.money import compact_money
from deals import exports
from deals.analytics.breakdowns import DIMENSIONS, Breakdown, Cell, breakdown, cell_filters
from deals.analytics.comps import CRITERIA, CompsFilterSet, comparable_deals_for
from deals.analytics.definitions import ANALYTICS_DEFINITIONS, DEFINITIONS
from deals.analytics.stats import (
    MEASURE_LABELS,
    STRIP_LIMIT,
    CompsStatistics,
    Distribution,
    comps_statistics,
)
from deals.classes import DealClass, UnknownClass, class_choice, with_default_class
from deals.filters import DealFilterSet
from deals.models import Deal

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Parameters of the analytics page itself; everything else is a deal filter.
ANALYTICS_OPTIONS = ("period", "measure")
CHART_SERIES = 7  # named groups per chart; the rest are summed as "All other" (8 colours)


def _errors(form: forms.Form) -> list[str]:
    """Form errors as "parameter: message" lines, the way the API names the bad parameter."""
    return [
        f"{name}: {message}" if name != "__all__" else str(message)
        for name, messages in form.errors.items()
        for message in messages
    ]


def _bad_request(lines: list[str]) -> HttpResponse:
    text = "Invalid parameters, nothing exported.\n" + "\n".join(lines) + "\n"
    return HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")


def _stamp() -> str:
    return timezone.localdate().isoformat()


# --- the box-and-strip plot ---------------------------------------------------------------------


@dataclass
class PlotRow:
    """One measure on the shared log axis; positions are percentages of the axis width."""

    label: str
    distribution: Distribution
    box: dict[str, float] = field(default_factory=dict)  # min, p25, median, p75, max
    dots: list[tuple[float, int, str]] = field(default_factory=list)  # (x, lane, title)


@dataclass
class BoxPlot:
    """Box plots of upfront, headline and total potential on one logarithmic dollar axis."""

    rows: list[PlotRow]
    ticks: list[tuple[float, str]]

    @property
    def is_empty(self) -> bool:
        return not any(row.box for row in self.rows)

    @property
    def tick_step(self) -> float:
        """The distance between grid lines (one per power of ten), in percent."""
        return 100 / (len(self.ticks) - 1) if len(self.ticks) > 1 else 100.0


def box_plot(stats: CompsStatistics) -> BoxPlot:
    """A log-scale box plot (min, quartiles, max) with one dot per disclosed deal.

    A log axis because deal values span four orders of magnitude: on a linear one, every
    upfront below $100M would sit on top of the others.
    """
    values = [
        v
        for dist in stats.distributions
        for v in (dist.minimum, dist.maximum)
        if v is not None and v > 0
    ]
    if not values:
        return BoxPlot([PlotRow(MEASURE_LABELS[d.measure], d) for d in stats.distributions], [])
    low = math.floor(math.log10(min(values)))
    high = max(math.ceil(math.log10(max(values))), low + 1)

    def x(value: Decimal | None) -> float:
        if value is None or value <= 0:
            return 0.0
        return round((math.log10(value) - low) * 100 / (high - low), 2)

    rows = []
    for dist in stats.distributions:
        row = PlotRow(MEASURE_LABELS[dist.measure], dist)
        if dist.disclosed and not dist.too_few:
            row.box = {
                "min": x(dist.minimum),
                "p25": x(dist.p25),
                "median": x(dist.median),
                "p75": x(dist.p75),
                "max": x(dist.maximum),
            }
            row.box["box_width"] = round(row.box["p75"] - row.box["p25"], 2)
            row.box["whisker_width"] = round(row.box["max"] - row.box["min"], 2)
        # Three lanes keep equal values from hiding one another.
        strip = dist.values or ()
        if dist.disclosed and len(strip) <= STRIP_LIMIT:  # SQLite hands back every value
            row.dots = [(x(v), i % 3, compact_money(v)) for i, v in enumerate(strip) if v > 0]
        rows.append(row)
    ticks = [
        (round((exp - low) * 100 / (high - low), 2), compact_money(Decimal(10) ** exp))
        for exp in range(low, high + 1)
    ]
    return BoxPlot(rows, ticks)


# --- /comps/ --------------------------------------------------------------------------------------


# Criteria shown first; the other DealFilterSet parameters sit under "More filters".
SECONDARY = ("like_deal", "like_asset", "status", "q", "licensee_country", "conference")


def _selected_first(form: forms.Form, params: QueryDict) -> None:
    """Put ticked options at the top of each scrolling checkbox list, where they can be seen.

    Display only: the fields validate against their querysets and choices, not this order.
    """
    for name, field_ in form.fields.items():
        # Checkbox lists are the filters' multiple-choice fields.
        if not isinstance(field_, forms.ChoiceField) or not isinstance(
            field_.widget, forms.CheckboxSelectMultiple
        ):
            continue
        data = form.data
        chosen = set(params.getlist(name)) | set(
            data.getlist(name) if isinstance(data, MultiValueDict) else []
        )
        if not chosen:
            continue
        # Django normalises choices when they are set: the getter returns a list or an iterator
        # (the stubs type it as anything a setter takes).
        options = list(field_.choices)  # type: ignore[arg-type]
        options.sort(key=lambda option: str(option[0]) not in chosen)  # stable: keeps the rest
        field_.widget.choices = options


def _comps_filterset(request: HttpRequest, queryset: Any) -> CompsFilterSet:
    return CompsFilterSet(request.GET, queryset=queryset, request=request)


class CompsView(View):
    """Comparable deals: criteria, statistics with their definitions, a plot and the deals."""

    template_name = "analytics/comps.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        filterset = _comps_filterset(
            request, visible.for_listing().prefetch_related("deal_assets__asset__therapeutic_areas")
        )
        params = request.GET
        form = filterset.form
        _selected_first(form, params)
        context: dict[str, Any] = {
            "filterset": filterset,
            "form": form,
            "primary_fields": [form[name] for name in CRITERIA],
            "more_fields": [form[name] for name in SECONDARY],
            "errors": [],
            "query": clean_query(params),
            "definitions": DEFINITIONS,
            "subject": filterset.subject_deal or filterset.subject_asset,
            "subject_kind": "deal" if filterset.subject_deal else "asset",
            "filled": bool(filterset.filled),
        }
        status = 200
        try:
            size = page_size(params)
        except BadParameter as exc:
            context["errors"].append(str(exc))
            status = 400
        if filterset.is_bound and not filterset.is_valid():
            context["errors"].extend(_errors(form))
            status = 400
        context["more_open"] = any(name in params for name in SECONDARY)
        if status == 200:
            stats = comps_statistics(filterset.qs, with_values=True)
            context.update(
                stats=stats,
                plot=box_plot(stats),
                # The statistics counted every matching deal: no second COUNT for the pages.
                page_obj=paginate(filterset.qs, params, size, count=stats.count),
                sort=sort_options(filterset, params),
                criteria=filterset.criteria_summary(),
                list_url=f"{reverse('deals:deal_list')}?{filterset.list_query().urlencode()}",
            )
            context["page_range"] = context["page_obj"].paginator.get_elided_page_range(
                context["page_obj"].number
            )
        export_query = clean_query(params)
        for key in ("page", "page_size"):
            export_query.pop(key, None)
        context["export_query"] = export_query.urlencode()
        return render(request, self.template_name, context, status=status)


def _statistics_rows(stats: CompsStatistics) -> list[list[Any]]:
    """The statistics as a small table (header first), for the XLSX export."""
    header = ["Measure", "Deals", "Disclosed", "Undisclosed", "No FX rate"]
    header += ["Median (USD)", "25th percentile (USD)", "75th percentile (USD)"]
    header += ["Min (USD)", "Max (USD)", "Sum (USD)"]
    rows: list[list[Any]] = [header]
    for dist in stats.distributions:
        rows.append(
            [
                MEASURE_LABELS[dist.measure],
                stats.count,
                dist.disclosed,
                dist.undisclosed,
                dist.no_fx_rate,
                dist.median,
                dist.p25,
                dist.p75,
                dist.minimum,
                dist.maximum,
                dist.total,
            ]
        )
    share = stats.upfront_share
    rows.append([])
    rows.append(["Upfront share of headline", "Deals with both", "Median", "25th pct", "75th pct"])
    rows.append(["", share.deals, share.median, share.p25, share.p75])
    rows.append(["Deals with no disclosed terms", stats.no_terms])
    return rows


def _criteria_rows(request: HttpRequest, filterset: CompsFilterSet, count: int) -> list[list[Any]]:
    """What the comps compare (each criterion in words: phase at signing, indication...), how
    many deals, and the deal list that lists exactly them, for the XLSX export."""
    rows: list[list[Any]] = [["Criterion", "Value"]]
    subject = filterset.subject_deal or filterset.subject_asset
    if subject is not None:
        rows.append(["Like", f"{subject} (left out)"])
    rows += [[label, text] for label, text in filterset.criteria_summary()]
    query = filterset.list_query().urlencode()
    list_url = reverse("deals:deal_list") + (f"?{query}" if query else "")
    rows.append(["Deals compared", count])
    rows.append(["Deal list", request.build_absolute_uri(list_url)])
    return rows


def _write_sheet(workbook: Workbook, title: str, rows: Sequence[Sequence[Any]]) -> None:
    sheet = workbook.create_sheet(title)
    bold = Font(bold=True)
    for index, row in enumerate(rows):
        values = [exports.escape_formula(value) for value in row]
        if index == 0:
            cells = [WriteOnlyCell(sheet, value=value) for value in values]
            for cell in cells:
                cell.font = bold
            sheet.append(cells)
        else:
            sheet.append(values)


class CompsExportView(View):
    """The comparable deals as CSV (one row per deal, like the deal list's export) or XLSX.

    The XLSX adds a "Criteria" sheet (what was compared, and the deal list of exactly these
    deals), a "Statistics" sheet and a "Definitions" sheet, so a spreadsheet carries the
    numbers, what they count and what they mean. Text is formula-escaped either way.
    """

    def get(self, request: HttpRequest, fmt: str) -> HttpResponseBase:
        visible = Deal.objects.visible_to(request.user)
        filterset = _comps_filterset(request, exports.for_export(visible))
        if not filterset.is_valid():
            return _bad_request(_errors(filterset.form))
        name = f"dealscope-comps-{_stamp()}"
        if fmt == "csv":
            return exports.csv_response(filterset.qs, f"{name}.csv", request.build_absolute_uri)
        stats = comps_statistics(filterset.qs)
        workbook = Workbook(write_only=True)
        exports.write_deals_sheet(
            workbook, filterset.qs.iterator(chunk_size=500), request.build_absolute_uri
        )
        _write_sheet(workbook, "Criteria", _criteria_rows(request, filterset, stats.count))
        _write_sheet(workbook, "Statistics", _statistics_rows(stats))
        _write_sheet(workbook, "Definitions", [["Term", "Definition"], *DEFINITIONS.items()])
        buffer = BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
        return response


# --- /analytics/ ----------------------------------------------------------------------------------


class AnalyticsOptionsForm(forms.Form):
    """How the analytics page slices time and what its bars measure."""

    period = forms.ChoiceField(
        choices=[("year", "Year"), ("quarter", "Quarter")], required=False, initial="year"
    )
    measure = forms.ChoiceField(
        choices=[("value", "Disclosed value (USD)"), ("count", "Number of deals")],
        required=False,
        initial="value",
    )

    def clean_period(self) -> str:
        return self.cleaned_data["period"] or "year"

    def clean_measure(self) -> str:
        return self.cleaned_data["measure"] or "value"


def _deal_filters(params: QueryDict) -> QueryDict:
    rest = params.copy()
    for key in ANALYTICS_OPTIONS:
        rest.pop(key, None)
    return rest


def breakdown_chart(data: Breakdown, measure: str, filters: QueryDict) -> BarChart:
    """A stacked bar per period (newest first), one series per group (the largest named).

    Every value links to the deal list that counts it (``cell_filters``), each period to the
    list of that period's deals; a bar's total is that period's deals themselves, so a deal in
    two groups counts once there.
    """
    named = data.groups[:CHART_SERIES]
    rest = data.groups[CHART_SERIES:]
    series = [label for _, label in named] + (["All other"] if rest else [])
    deal_list = reverse("deals:deal_list")

    def figure(cell: Cell) -> Decimal | int | None:
        return cell.value_usd if measure == "value" else cell.deals

    def url(params: QueryDict) -> str:
        query = clean_query(params).urlencode()
        return f"{deal_list}?{query}" if query else deal_list

    rows: list[tuple[str, str, list[Any], list[str]]] = []
    for period in reversed(data.periods):
        values: list[Any] = [figure(data.cell(period, key)) for key, _ in named]
        links = [url(cell_filters(filters, data.dimension, period, key)) for key, _ in named]
        if rest:
            values.append(sum((figure(data.cell(period, key)) or 0 for key, _ in rest), 0))
            links.append("")  # several groups: no single deal list counts them
        rows.append((str(period), url(cell_filters(filters, None, period, None)), values, links))
    what = "Total potential (USD)" if measure == "value" else "Number of deals"
    chart = BarChart.build(
        f"{what} by {DIMENSIONS[data.dimension].lower()}, per {data.period}",
        series,
        rows,
        money=measure == "value",
        caption=ANALYTICS_DEFINITIONS[data.dimension],
    )
    for bar, period in zip(chart.bars, reversed(data.periods), strict=True):
        total = data.total(period)
        figure_total = figure(total)
        if figure_total:
            bar.total_text = (
                compact_money(Decimal(figure_total), "USD")
                if measure == "value"
                else f"{figure_total:,}"
            )
        else:
            # The chart reads a missing value as 0; say which zero it is instead of "$0".
            bar.total_text = "no deals" if not total.deals else "none disclosed"
    return chart


def shown_dimensions(selected: list[str]) -> list[str]:
    """The dimensions that mean something for the classes shown: licensor country for
    licensing (and equity), target country for M&A, and the class itself when pooled."""
    shown = []
    for dimension in DIMENSIONS:
        if dimension == "licensor_country" and selected == [DealClass.M_AND_A]:
            continue
        if dimension == "target_country" and DealClass.M_AND_A not in selected:
            continue
        if dimension == "deal_class" and len(selected) < 2:
            continue
        shown.append(dimension)
    return shown


class AnalyticsView(View):
    """Deal count and total potential per year or quarter, by dimension: one query each.

    A statistics surface: licensing deals unless the reader picks other classes, every
    number linked to the deal list that counts it.
    """

    template_name = "analytics/analytics.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        options = AnalyticsOptionsForm(request.GET)
        try:
            classes = class_choice(request.GET, reverse("deals_analytics:analytics"))
        except UnknownClass as exc:
            raise BadRequest(f"deal_class: {exc}") from None
        filters, _ = with_default_class(_deal_filters(request.GET))
        filterset = DealFilterSet(filters, queryset=visible, request=request)
        errors = []
        if not options.is_valid():
            errors += _errors(options)
        if not filterset.is_valid():
            errors += _errors(filterset.form)
        context: dict[str, Any] = {
            "options": options,
            "filterset": filterset,
            "form": filterset.form,
            "date_fields": [filterset.form["announced_after"], filterset.form["announced_before"]],
            "errors": errors,
            "definitions": ANALYTICS_DEFINITIONS,
            "query": clean_query(request.GET),
        }
        if errors:
            return render(request, self.template_name, context, status=400)
        period = options.cleaned_data["period"]
        measure = options.cleaned_data["measure"]
        tidy_filters = clean_query(filters)
        sections = []
        for dimension in shown_dimensions(classes.selected):
            label = DIMENSIONS[dimension]
            data = breakdown(filterset.qs, dimension, period)
            export = tidy_filters.copy()
            export["period"] = period
            sections.append(
                {
                    "dimension": dimension,
                    "label": label,
                    "chart": breakdown_chart(data, measure, tidy_filters),
                    "csv_url": reverse("deals_analytics:analytics_export", args=[dimension, "csv"])
                    + f"?{export.urlencode()}",
                    "xlsx_url": reverse(
                        "deals_analytics:analytics_export", args=[dimension, "xlsx"]
                    )
                    + f"?{export.urlencode()}",
                    "api_url": reverse("deals_analytics:api_analytics", args=[dimension])
                    + f"?{export.urlencode()}",
                }
            )
        toggles = {}
        for key, value in (("period", "year"), ("period", "quarter")):
            link = clean_query(request.GET)
            link[key] = value
            toggles[value] = f"?{link.urlencode()}"
        for value in ("value", "count"):
            link = clean_query(request.GET)
            link["measure"] = value
            toggles[value] = f"?{link.urlencode()}"
        # Filters other than the dates arrive from links (a deal list URL works here too):
        # show them, or a chart would silently describe a subset.
        chips = [
            chip
            for chip in filter_chips(filterset, filters, reverse("deals_analytics:analytics"))
            if chip.label not in {"Announced on or after", "Announced on or before", "Deal class"}
        ]
        context.update(
            sections=sections,
            period=period,
            measure=measure,
            toggles=toggles,
            chips=chips,
            classes=classes,
        )
        return render(request, self.template_name, context)


BREAKDOWN_COLUMNS = [
    ("period", "Period"),
    ("group", "Group key"),
    ("label", "Group"),
    ("deals", "Deals"),
    ("deals_with_value", "Deals with disclosed value"),
    ("value_usd", "Total potential (USD)"),
    ("deals_with_upfront", "Deals with disclosed upfront"),
    ("upfront_usd", "Upfront (USD)"),
    ("list_url", "Deal list"),
]


def breakdown_table(
    data: Breakdown, filters: QueryDict, absolute: Callable[[str], str]
) -> list[list[Any]]:
    """Header, then one formula-escaped row per period and group (empty money stays empty),
    each with the deal list that counts it."""
    table: list[list[Any]] = [[label for _, label in BREAKDOWN_COLUMNS]]
    rows = data.linked_rows(
        filters, absolute(reverse("deals:deal_list")), absolute(reverse("deal-list"))
    )
    for row in rows:
        table.append([exports.escape_formula(row[key]) for key, _ in BREAKDOWN_COLUMNS])
    return table


class AnalyticsExportView(View):
    """One chart's numbers (both measures) as CSV or XLSX, with the page's period and filters."""

    def get(self, request: HttpRequest, dimension: str, fmt: str) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        options = AnalyticsOptionsForm(request.GET)
        filters, _ = with_default_class(_deal_filters(request.GET))
        filterset = DealFilterSet(filters, queryset=visible, request=request)
        lines = []
        if dimension not in DIMENSIONS:
            lines.append(f"dimension: choose one of {', '.join(DIMENSIONS)}.")
        if not options.is_valid():
            lines += _errors(options)
        if not filterset.is_valid():
            lines += _errors(filterset.form)
        if lines:
            return _bad_request(lines)
        data = breakdown(filterset.qs, dimension, options.cleaned_data["period"])
        table = breakdown_table(data, clean_query(filters), request.build_absolute_uri)
        name = f"dealscope-{dimension}-by-{data.period}-{_stamp()}"
        if fmt == "csv":
            buffer = StringIO()
            buffer.write("\ufeff")  # Excel reads UTF-8 (Korean, Chinese names) with a BOM
            writer = csv.writer(buffer)
            for row in table:
                writer.writerow(["" if value is None else value for value in row])
            response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        else:
            workbook = Workbook(write_only=True)
            _write_sheet(workbook, DIMENSIONS[dimension][:31], table)
            _write_sheet(
                workbook, "Definitions", [["Term", "Definition"], *ANALYTICS_DEFINITIONS.items()]
            )
            out = BytesIO()
            workbook.save(out)
            response = HttpResponse(out.getvalue(), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
        return response


class CompsPanelView(View):
    """The "Comparable deals" panel of a deal or asset page, fetched after the page by htmx.

    The panel tries several criteria sets against the whole deal table; computed inline it
    was nine tenths of a deal page's time. ``?like_deal=<slug>`` or ``?like_asset=<slug>``;
    a deal the reader may not see is a 404, like its page.
    """

    def get(self, request: HttpRequest) -> HttpResponse:
        from companies.models import Asset
        from deals.models import Deal

        params = request.GET
        unknown = sorted(set(params) - {"like_deal", "like_asset"})
        deal_slug, asset_slug = params.get("like_deal", ""), params.get("like_asset", "")
        if unknown or bool(deal_slug) == bool(asset_slug):
            return HttpResponse(
                "Give exactly one of like_deal or like_asset, and nothing else.\n",
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        if "\x00" in deal_slug + asset_slug:  # PostgreSQL text cannot hold NUL: no such slug
            raise Http404("No such deal or asset.")
        subject: Any
        if deal_slug:
            subject = get_object_or_404(Deal.objects.visible_to(request.user), slug=deal_slug)
        else:
            subject = get_object_or_404(Asset, slug=asset_slug)
        panel = comparable_deals_for(subject, request.user)
        return render(request, "analytics/_comps_panel.html", {"panel": panel})
