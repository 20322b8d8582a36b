"""Browse pages of the deals app: home, the deal list and its exports, deal and conference pages.

Every query starts from ``Deal.objects.visible_to(request.user)`` so that internal deals never
reach anonymous readers; lists use ``for_listing()`` so that a page costs the same number of
queries whatever its length. The deal list filters through the API's own ``DealFilterSet``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.core.paginator import EmptyPage, Page
from django.db.models import Count, Max, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode
from django.views import View
from django.views.generic import DetailView, TemplateView
from django_countries import countries

from deals import exports
from deals.analytics import conference_report, totals_by_year_and_licensor_country
from deals.filters import ConferenceFilterSet, DealFilterSet
from deals.listing import deal_ids, is_deep_page
from deals.models import Conference, Deal, DealParty, PaymentComponent
from deals.money import plus
from deals.result_cache import CachedCountPaginator, cached, query_key
from deals.table import table_loader
from deals.templatetags.charts import BarChart
from deals.widgets import speed_up_selects

DEFAULT_PAGE_SIZE = 50  # the API's default, so that a copied URL shows the same page
MAX_PAGE_SIZE = 500
# The conference page's tables show this many deals; the rest are a link to the deal list.
TABLE_ROWS = 100
# What conference totals and the chart read of each deal (besides the with_totals() sums).
TOTALS_FIELDS = (
    "pk",
    "announced_on",
    "headline_amount",
    "headline_currency",
    "headline_amount_usd",
)
AROUND_DAYS = 7  # "announced around this conference": this many days before and after it
CHART_COUNTRIES = 6  # the chart's largest licensor countries; the rest are grouped as "Other"
CHART_YEARS = 6  # the home chart's years, up to the latest year with an announced deal
# Query parameters that drive the page rather than the filter; everything else is a filter.
PAGE_PARAMS = ("page", "page_size")

# The filters most readers use stay in view; the FilterSet's others fold into "More filters".
PRIMARY_DEAL_FILTERS = (
    "q", "conference", "company", "licensor_country", "licensee_country", "deal_type",
    "status", "modality", "announced_after", "announced_before", "ordering",
)  # fmt: skip

TOTAL_DEFINITIONS = {
    "upfront": "Disclosed upfront cash plus upfront equity, in US dollars.",
    "committed": "Every disclosed payment that does not depend on a future event, in US dollars.",
    "total_potential": (
        "The larger of the reported headline value and the sum of all disclosed payment terms, "
        "in US dollars. Milestones are contingent: most of this may never be paid."
    ),
}


def country_name(code: str | None) -> str:
    """ "China" for "CN"; "Unknown" when a company has no country on record."""
    return countries.name(code) if code else "Unknown"


def licensor_country() -> Subquery:
    """The country of a deal's first disclosed licensor (or acquisition target), as a subquery."""
    first = (
        DealParty.objects.filter(
            deal=OuterRef("pk"), role__in=["licensor", "target"], company__isnull=False
        )
        .order_by("order", "pk")
        .values("company__country")[:1]
    )
    return Subquery(first)


def visible_deal_count(visible: QuerySet, **outer: str) -> Coalesce:
    """Count of ``visible`` deals matching ``outer`` (field -> OuterRef name), as a subquery."""
    matching = (
        visible.filter(**{k: OuterRef(v) for k, v in outer.items()})
        .order_by()
        .values(*outer.keys())
        .annotate(c=Count("pk"))
        .values("c")
    )
    return Coalesce(Subquery(matching), 0)


def clean_query(params: QueryDict) -> QueryDict:
    """``params`` without empty values: what a filter form submitted, as a tidy URL."""
    tidy = QueryDict(mutable=True)
    for key, values in params.lists():
        kept = [v for v in values if v.strip()]
        if kept:
            tidy.setlist(key, kept)
    return tidy


def _is_htmx(request: HttpRequest) -> bool:
    """A partial-page request from htmx (a history restore wants the whole page)."""
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


YearCountryRows = list[tuple[int, str, int, Decimal | None, Decimal | None]]


def _year_figures(rows: YearCountryRows, year: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Deal count and values announced in ``year``, overall and by licensor country.

    ``rows`` come from :func:`deals.analytics.totals_by_year_and_licensor_country`.
    """
    overall: dict[str, Any] = {"deals": 0, "value": None, "upfront": None}
    by_country = []
    for row_year, country, deals, value, upfront in rows:
        if row_year != year:
            continue
        overall["deals"] += deals
        overall["value"] = plus(overall["value"], value)
        overall["upfront"] = plus(overall["upfront"], upfront)
        by_country.append(
            {
                "country": country,
                "deals": deals,
                "value": value,
                "upfront": upfront,
                "name": country_name(country),
            }
        )
    by_country.sort(key=lambda r: (-(r["value"] or Decimal(0)), -r["deals"], r["country"]))
    return overall, by_country


def value_by_country_per_year(rows: YearCountryRows, years: int = CHART_YEARS) -> BarChart:
    """Total potential value per year, stacked by licensor country (largest countries named)."""
    by_year: dict[int, dict[str, Decimal]] = defaultdict(dict)
    country_totals: dict[str, Decimal] = defaultdict(Decimal)
    for year, country, _deals, value, _upfront in rows:
        by_year[year][country] = value or Decimal(0)
        country_totals[country] += value or Decimal(0)
    recent_years = sorted(by_year, reverse=True)[:years]
    ranked = sorted(
        (c for c in country_totals if c and country_totals[c] > 0),
        key=lambda c: (-country_totals[c], c),
    )
    named = ranked[:CHART_COUNTRIES]
    has_other = any(c not in named and v > 0 for y in recent_years for c, v in by_year[y].items())
    series = [country_name(c) for c in named] + (["Other"] if has_other else [])
    deal_list = reverse("deals:deal_list")
    chart_rows = []
    for year in recent_years:
        values: list[Decimal] = [by_year[year].get(c, Decimal(0)) for c in named]
        if has_other:
            values.append(sum((v for c, v in by_year[year].items() if c not in named), Decimal(0)))
        href = f"{deal_list}?announced_after={year}-01-01&announced_before={year}-12-31"
        chart_rows.append((str(year), href, values))
    return BarChart.build(
        "Deal value by licensor country, per year",
        series,
        chart_rows,
        caption="Total potential value in US dollars (the reported headline, or the sum of "
        "disclosed terms when larger), by the licensor's home country.",
    )


class HomeView(TemplateView):
    """The front page: latest deals, this year's figures, a chart, conferences, a search box."""

    template_name = "deals/home.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        visible = Deal.objects.visible_to(self.request.user)
        # One grouped query serves this year's figures and the chart, over the chart's years
        # only: the whole table took a third of a second at 100,000 deals.
        latest = visible.aggregate(latest=Max("announced_on"))["latest"]
        since = date(min(latest.year, today.year) - CHART_YEARS + 1, 1, 1) if latest else today
        recent = visible.filter(announced_on__gte=since)
        rows = cached(
            "home-rows", query_key(recent),
            lambda: totals_by_year_and_licensor_country(recent),
        )  # fmt: skip
        year = today.year
        overall, by_country = _year_figures(rows, year)
        if not overall["deals"] and rows:
            # Early in January (or on a fresh demo) the current year is empty: show the last one
            # that has deals rather than a page of zeros.
            year = max(row[0] for row in rows)
            overall, by_country = _year_figures(rows, year)
        conferences = Conference.objects.select_related("series").annotate(
            n_deals=visible_deal_count(visible, conference="pk")
        )
        context.update(
            latest_deals=visible.for_table()[:8],
            figures_year=year,
            figures=overall,
            by_country=by_country,
            chart=value_by_country_per_year(rows),
            upcoming_conferences=conferences.filter(end_date__gte=today).order_by("start_date")[:3],
            recent_conferences=conferences.filter(end_date__lt=today).order_by("-start_date")[:3],
            definitions=TOTAL_DEFINITIONS,
        )
        return context


@dataclass
class Chip:
    """An active filter value, with the URL of the same list without it."""

    label: str
    value: str
    remove_url: str


def _chip_value(field: Any, cleaned: Any, raw: str) -> str:
    """A readable value for a chip: the object's name, the choice's label, else the raw text."""
    if cleaned is not None and hasattr(cleaned, "_meta"):
        return str(cleaned)
    choices = getattr(field, "choices", None)
    if choices is not None and not hasattr(choices, "queryset"):
        for key, label in choices:
            if isinstance(label, (list, tuple)):  # grouped choices
                for sub_key, sub_label in label:
                    if str(sub_key) == raw:
                        return str(sub_label)
            elif str(key) == raw:
                return str(label)
    if cleaned is not None and hasattr(cleaned, "__iter__") and not isinstance(cleaned, str):
        for item in cleaned:
            if hasattr(item, "_meta") and raw in {getattr(item, "slug", None), str(item.pk)}:
                return str(item)
    return raw


def filter_chips(filterset: Any, params: QueryDict, base_url: str) -> list[Chip]:
    """One chip per active filter value, each linking to the list without that one value."""
    form = filterset.form
    cleaned = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else {}
    chips = []
    for name, values in params.lists():
        if name in PAGE_PARAMS or name not in form.fields:
            continue
        field = form.fields[name]
        for raw in values:
            if not raw.strip():
                continue
            rest = params.copy()
            rest.setlist(name, [v for v in values if v != raw])
            rest.pop("page", None)
            query = clean_query(rest).urlencode()
            chips.append(
                Chip(
                    label=str(field.label or name.replace("_", " ").capitalize()),
                    value=_chip_value(field, cleaned.get(name), raw),
                    remove_url=f"{base_url}?{query}" if query else base_url,
                )
            )
    return chips


class BadParameter(ValueError):
    """A page parameter that cannot be read; shown as a 400 that names it, like the API's."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


def page_size(params: QueryDict) -> int:
    """``page_size`` as the API reads it: default 50, 1 to 500, else :class:`BadParameter`."""
    raw = params.get("page_size", "").strip()
    if not raw:
        return DEFAULT_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError:
        raise BadParameter("page_size", "enter a whole number.") from None
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise BadParameter("page_size", f"must be between 1 and {MAX_PAGE_SIZE}.")
    return size


def page_number(params: QueryDict) -> int:
    """``page`` as the API reads it: a whole number from 1, else :class:`BadParameter`."""
    raw = params.get("page", "").strip()
    if not raw:
        return 1
    try:
        number = int(raw)
    except ValueError:
        raise BadParameter("page", "enter a whole number.") from None
    if number < 1:
        raise BadParameter("page", "pages start at 1.")
    return number


def paginate(queryset: QuerySet, params: QueryDict, size: int) -> Page:
    """The requested page of ``queryset``; a page that does not exist is a 404, as on the API."""
    try:
        number = page_number(params)
    except BadParameter as exc:
        raise Http404(str(exc)) from None
    try:
        return CachedCountPaginator(queryset, size).page(number)
    except EmptyPage:
        raise Http404("That page does not exist: the list is shorter.") from None


def request_errors(params: QueryDict, filterset: Any) -> list[str]:
    """Unknown parameters and unreadable filter values, as "parameter: message" lines."""
    known = set(filterset.base_filters) | set(PAGE_PARAMS)
    errors = [f"{name}: unknown parameter." for name in sorted(set(params) - known)]
    if not filterset.is_valid():
        errors.extend(_filter_errors(filterset))
    return errors


def browse(
    request: HttpRequest,
    filterset: Any,
    load: Callable[[list[Any]], list[Any]] | None = None,
    *,
    by_id: bool = False,
) -> tuple[dict[str, Any], int]:
    """Validate a list request as the API does, then page through the filtered rows.

    Returns the template context (form, chips, errors, page, sort links) and the HTTP status:
    400 when a parameter is unknown or its value cannot be read, so that a typo never shows
    an unfiltered list that looks like an answer.

    With ``load``, deep pages are taken over the rows' primary keys and ``load(ids)`` turns
    that page's ids into its objects, in order (see :mod:`deals.listing`); ``by_id`` does so
    for every page (the deal table's rows come from :mod:`deals.table`).
    """
    params = request.GET
    base_url = request.path
    errors = request_errors(params, filterset)
    size = DEFAULT_PAGE_SIZE
    try:
        size = page_size(params)
    except BadParameter as exc:
        errors.append(str(exc))
    try:
        page_number(params)
    except BadParameter as exc:
        errors.append(str(exc))
    page = None
    deep = not errors and load is not None and (by_id or is_deep_page(page_number(params), size))
    if not errors and not deep:
        page = paginate(filterset.qs, params, size)
    elif deep and load is not None:
        page = paginate(deal_ids(filterset.qs), params, size)
        page.object_list = load(list(page.object_list))
    query = clean_query(params)
    export_query = clean_query(params)
    for key in PAGE_PARAMS:
        export_query.pop(key, None)
    context = {
        "filterset": filterset,
        "form": filterset.form,
        "chips": filter_chips(filterset, params, base_url),
        "errors": errors,
        "page_obj": page,
        "page_range": page_range(page) if page else [],
        "sort": sort_options(filterset, params),
        "query": query,
        "export_query": export_query.urlencode(),
        "filters_active": any(k not in PAGE_PARAMS for k in query),
    }
    return context, 400 if errors else 200


def page_range(page: Page) -> list[int | str]:
    """Page numbers around the current one, with "…" for the elided stretches."""
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))


def sort_options(filterset: Any, params: QueryDict) -> dict[str, dict[str, str]]:
    """For each sortable column parameter: the link that sorts by it and the current direction."""
    ordering = filterset.filters.get("ordering")
    if ordering is None:
        return {}
    current = (params.get("ordering") or "").split(",")[0].strip()
    rest = clean_query(params)
    rest.pop("page", None)
    options: dict[str, dict[str, str]] = {}
    for key in getattr(ordering, "param_map", {}):
        if current == key:
            direction, next_value = "ascending", f"-{key}"
        elif current == f"-{key}":
            direction, next_value = "descending", key
        else:
            direction, next_value = "", key
        rest["ordering"] = next_value
        options[key] = {"url": f"?{rest.urlencode()}", "direction": direction}
    return options


def deal_filterset(request: HttpRequest, queryset: QuerySet) -> Any:
    """The API's DealFilterSet over ``queryset``, bound to the request's parameters as DRF does."""
    return DealFilterSet(data=request.GET, queryset=queryset, request=request)


def split_fields(form: Any, primary: tuple[str, ...], query: QueryDict) -> dict[str, Any]:
    """The form's own fields in its order, split into the primary ones and the rest.

    "More filters" starts open when one of its fields is in use or has an error, so that an
    active filter is never hidden.
    """
    speed_up_selects(form)
    more = [form[name] for name in form.fields if name not in primary]
    return {
        "primary_fields": [form[name] for name in form.fields if name in primary],
        "more_fields": more,
        "more_open": any(field.name in query or field.errors for field in more),
    }


def _filter_errors(filterset: Any) -> list[str]:
    """Form errors as "parameter: message" lines, the way the API names the bad parameter."""
    return [
        f"{name}: {message}" if name != "__all__" else str(message)
        for name, messages in filterset.form.errors.items()
        for message in messages
    ]


class DealListView(View):
    """The filterable deal list; htmx asks for the results block only, JS-off gets the page."""

    template_name = "deals/deal_list.html"
    partial_template_name = "deals/_deal_browser.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        filterset = deal_filterset(request, visible.for_table())
        context, status = browse(request, filterset, load=table_loader(visible), by_id=True)
        context["definitions"] = TOTAL_DEFINITIONS
        context.update(split_fields(filterset.form, PRIMARY_DEAL_FILTERS, context["query"]))
        htmx = _is_htmx(request)
        template = self.partial_template_name if htmx else self.template_name
        response = render(request, template, context, status=status)
        if htmx:
            # Keep the address bar free of the empty fields a form submits.
            tidy = context["query"].urlencode()
            response["HX-Push-Url"] = f"{request.path}?{tidy}" if tidy else request.path
        patch_vary_headers(response, ["HX-Request", "HX-History-Restore-Request"])
        return response


class DealExportView(View):
    """The current filtered deal list as CSV or XLSX (all matching rows, not just one page)."""

    def get(self, request: HttpRequest, fmt: str) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        # The list's queryset plus the royalty, which the export has a column for.
        filterset = deal_filterset(request, visible.for_listing().select_related("royalty"))
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


class DealDetailView(DetailView):
    """One deal: parties, assets, territory, money terms with their sources, events, history."""

    template_name = "deals/deal_detail.html"
    context_object_name = "deal"

    def get_queryset(self) -> QuerySet:
        return (
            Deal.objects.visible_to(self.request.user)
            .for_listing()
            .select_related("headline_source", "royalty", "royalty__source")
            .prefetch_related("sources", "events", "deal_assets__asset__owner")
        )

    def can_see_internals(self) -> bool:
        """Analyst notes and change history: staff who may see internal deals."""
        user = self.request.user
        return bool(
            user.is_authenticated and user.is_staff and user.has_perm("deals.view_internal_deal")
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        deal: Deal = self.object
        sources = {source.pk: source for source in deal.sources.all()}
        payments = [(payment, sources.get(payment.source_id)) for payment in deal.payments.all()]
        royalty = getattr(deal, "royalty", None)
        context.update(
            payments=payments,
            royalty=royalty,
            sources=list(sources.values()),
            events=list(deal.events.all()),
            definitions=TOTAL_DEFINITIONS,
            show_internals=self.can_see_internals(),
            comps_panel_query=urlencode({"like_deal": deal.slug}),
        )
        if context["show_internals"]:
            context["history"] = self.history(deal)
            try:
                context["admin_url"] = reverse("admin:deals_deal_change", args=[deal.pk])
            except NoReverseMatch:  # the deal admin is not registered in this deployment
                context["admin_url"] = ""
        return context

    def history(self, deal: Deal) -> list[dict[str, Any]]:
        """The latest changes, newest first, each with the fields it changed."""
        records = list(deal.history.select_related("history_user").order_by("-history_date")[:21])
        changes = []
        for record, previous in zip(records, [*records[1:], None], strict=False):
            changed: list[str] = []
            if previous is not None:
                changed = [c.field for c in record.diff_against(previous).changes]
            changes.append({"record": record, "changed": changed})
        return changes[:20]


class ConferenceListView(View):
    """Conferences filtered by ConferenceFilterSet, with deal counts, totals and a chart."""

    template_name = "deals/conference_list.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        here = visible.filter(conference=OuterRef("pk")).order_by().values("conference")
        upfront = (
            PaymentComponent.objects.filter(
                deal__in=visible,
                deal__conference=OuterRef("pk"),
                disclosed=True,
                kind__in=PaymentComponent.UPFRONT_KINDS,
            )
            .order_by()
            .values("deal__conference")
            .annotate(s=Sum("amount_usd"))
            .values("s")
        )
        queryset = Conference.objects.select_related("series").annotate(
            n_deals=Coalesce(Subquery(here.annotate(c=Count("pk")).values("c")), 0),
            headline_usd=Subquery(here.annotate(s=Sum("headline_amount_usd")).values("s")),
            upfront_usd=Subquery(upfront),
        )
        filterset = ConferenceFilterSet(data=request.GET, queryset=queryset, request=request)
        context, status = browse(request, filterset)
        conferences = list(context["page_obj"].object_list) if context["page_obj"] else []
        today = timezone.localdate()
        upcoming = sorted(
            (c for c in conferences if c.end_date >= today), key=lambda c: c.start_date
        )
        past = [c for c in conferences if c.end_date < today]
        groups = [("upcoming", upcoming, "Upcoming and ongoing")] if upcoming else []
        groups.append(("past", past, "Past conferences"))
        context["conference_groups"] = groups
        context["chart"] = BarChart.build(
            "Deal value announced at each conference",
            ["Reported headline value", "Upfront"],
            [
                (short_name(c), c.get_absolute_url(), [c.headline_usd, c.upfront_usd])
                for c in conferences
                if c.n_deals
            ][:12],
            stacked=False,
            caption="Sums over the deals linked to each conference, in US dollars.",
        )
        return render(request, self.template_name, context, status=status)


def short_name(conference: Conference) -> str:
    """ "JPM 2026" where the series has a short name, else the full name."""
    if conference.series.short_name:
        return f"{conference.series.short_name} {conference.year}"
    return conference.name


def conference_totals(deals: list[Deal]) -> dict[str, Any]:
    """Headline and upfront sums in USD, plus the headline sums in each non-USD currency."""
    headline = [d.headline_amount_usd for d in deals if d.headline_amount_usd is not None]
    upfront = [d.upfront_usd for d in deals if d.upfront_usd is not None]
    local: dict[str, Decimal] = defaultdict(Decimal)
    for deal in deals:
        if deal.headline_amount is not None and deal.headline_currency != "USD":
            local[deal.headline_currency] += deal.headline_amount
    return {
        "deals": len(deals),
        "headline_usd": sum(headline, Decimal(0)) if headline else None,
        "headline_count": len(headline),
        "upfront_usd": sum(upfront, Decimal(0)) if upfront else None,
        "upfront_count": len(upfront),
        "local": sorted(local.items()),
        "unconverted": [d for d in deals if d.headline_needs_fx],
    }


def by_licensor_country(deals: list[Deal]) -> list[dict[str, Any]]:
    """Deal counts, headline and upfront USD sums per licensor country, largest first.

    ``deals`` carry ``licensor_country_code``, :func:`licensor_country` ("" for none).
    """
    groups: dict[str, dict[str, Any]] = {}
    for deal in deals:
        code = deal.licensor_country_code
        row = groups.setdefault(
            code,
            {
                "country": code,
                "name": country_name(code),
                "deals": 0,
                "headline": None,
                "upfront": None,
            },
        )
        row["deals"] += 1
        row["headline"] = plus(row["headline"], deal.headline_amount_usd)
        row["upfront"] = plus(row["upfront"], deal.upfront_usd)
    return sorted(groups.values(), key=lambda r: (-(r["headline"] or 0), -r["deals"], r["name"]))


class ConferenceDetailView(DetailView):
    """A conference: its deals, totals, a chart by licensor country, deals announced around it."""

    template_name = "deals/conference_detail.html"
    context_object_name = "conference"

    def get_queryset(self) -> QuerySet:
        return Conference.objects.select_related("series")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        conference: Conference = self.object
        visible = Deal.objects.visible_to(self.request.user)
        # Totals and the chart need every deal, but only a few columns of each; the tables
        # load parties and assets for the rows they show (a synthetic conference can hold
        # hundreds of deals: rendering them all took a second).
        deals = list(
            visible.filter(conference=conference)
            .with_totals()
            .annotate(licensor_country_code=Coalesce(licensor_country(), Value("")))
            .only(*TOTALS_FIELDS)
        )
        load = table_loader(visible)  # rows written by PostgreSQL (deals/table.py)
        table = load([d.pk for d in deals[:TABLE_ROWS]])
        window_start = conference.start_date - timedelta(days=AROUND_DAYS)
        window_end = conference.end_date + timedelta(days=AROUND_DAYS)
        around_ids = list(
            visible.filter(announced_on__range=(window_start, window_end))
            .exclude(conference=conference)
            .values_list("pk", flat=True)[: TABLE_ROWS + 1]
        )
        around = load(around_ids[:TABLE_ROWS])
        countries_rows = by_licensor_country(deals)
        deal_list = reverse("deals:deal_list")
        chart = BarChart.build(
            f"{conference.name}: deal value by licensor country",
            ["Reported headline value", "Upfront"],
            [
                (
                    row["name"],
                    f"{deal_list}?conference={conference.slug}&licensor_country={row['country']}"
                    if row["country"]
                    else "",
                    [row["headline"], row["upfront"]],
                )
                for row in countries_rows
            ],
            stacked=False,
            caption="Sums in US dollars over this conference's deals, by the licensor's country.",
        )
        window_query = urlencode(
            {
                "announced_after": window_start.isoformat(),
                "announced_before": window_end.isoformat(),
            }
        )
        context.update(
            deals=table,
            deals_truncated=len(deals) > len(table),
            around_truncated=len(around_ids) > TABLE_ROWS,
            around_list_url=f"{deal_list}?{window_query}",
            table_rows=TABLE_ROWS,
            totals=conference_totals(deals),
            by_country=countries_rows,
            chart=chart,
            around=around,
            window=(window_start, window_end),
            around_days=AROUND_DAYS,
            definitions=TOTAL_DEFINITIONS,
            report=conference_report(conference, self.request.user),
        )
        return context
