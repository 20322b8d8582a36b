"""``/conferences/`` and ``/conferences/<slug>/``: editions with their deals, totals and charts."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import BadRequest
from django.db.models import Count, OuterRef, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views import View
from django.views.generic import DetailView

from core.charts import BarChart
from core.listing import (
    browse,
)
from deals.analytics.reports import conference_report
from deals.classes import DEFAULT_STATISTICS_CLASS, UnknownClass, class_choice, pipeline
from deals.classes import counted as counted_rule
from deals.filters import ConferenceFilterSet, DealFilterSet
from deals.measures import DEFINITIONS
from deals.models import Conference, Deal
from deals.models.deal import headline_needs_fx
from deals.queries.table import table_loader

if TYPE_CHECKING:
    pass


# The conference page's tables show this many deals; the rest are a link to the deal list.
TABLE_ROWS = 100


# What the conference totals read of each deal (conference_totals), and the id and date that
# order them for the table: all in the deal_conference_cover index on PostgreSQL, so a busy
# conference's totals are read from the index alone (deals/migrations/0025).
TOTALS_FIELDS = (
    "pk",
    "announced_on",
    "headline_amount",
    "headline_currency",
    "headline_amount_usd",
    "upfront_usd",
    "total_potential_usd",
)


AROUND_DAYS = 7  # "announced around this conference": this many days before and after it


class ConferenceListView(View):
    """Conferences filtered by ConferenceFilterSet, with deal counts, totals and a chart."""

    template_name = "deals/conference_list.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user).filter(counted_rule())
        here = visible.filter(conference=OuterRef("pk")).order_by().values("conference")
        # The chart is a statistic: licensing deals, as on every statistics surface.
        licensing = here.filter(deal_class=DEFAULT_STATISTICS_CLASS)
        queryset = Conference.objects.select_related("series").annotate(
            n_deals=Coalesce(Subquery(here.annotate(c=Count("pk")).values("c")), 0),
            potential_usd=Subquery(licensing.annotate(s=Sum("total_potential_usd")).values("s")),
            upfront_usd=Subquery(licensing.annotate(s=Sum("upfront_usd")).values("s")),
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
            "Value of the licensing deals at each conference",
            ["Total potential", "Upfront"],
            [
                (short_name(c), c.get_absolute_url(), [c.potential_usd, c.upfront_usd])
                for c in conferences
                if c.n_deals
            ][:12],
            stacked=False,
            caption="Sums in US dollars over the licensing deals linked to each conference "
            "(M&A and equity are kept apart; deals in negotiation are not counted).",
        )
        return render(request, self.template_name, context, status=status)


def short_name(conference: Conference) -> str:
    """ "JPM 2026" where the series has a short name, else the full name."""
    if conference.series.short_name:
        return f"{conference.series.short_name} {conference.year}"
    return conference.name


def conference_totals(deals: list[Any]) -> dict[str, Any]:
    """What a conference's deals add up to in US dollars: the total potential and the upfront
    (the measures of deals/measures.py), with how many deals disclose each, the reported
    headlines in their own currencies, and how many headlines no FX rate converts.

    ``deals`` are rows of :data:`TOTALS_FIELDS` (``values_list(..., named=True)``) or deals:
    a busy conference has hundreds, and building a model instance for each cost several times
    what the sums do (the README's conference-page figures).
    """
    potential = [d.total_potential_usd for d in deals if d.total_potential_usd is not None]
    upfront = [d.upfront_usd for d in deals if d.upfront_usd is not None]
    headline = [d.headline_amount_usd for d in deals if d.headline_amount_usd is not None]
    local: dict[str, Decimal] = defaultdict(Decimal)
    unconverted = 0
    for deal in deals:
        if deal.headline_amount is not None and deal.headline_currency != "USD":
            local[deal.headline_currency] += deal.headline_amount
        if headline_needs_fx(deal):
            unconverted += 1
    return {
        "deals": len(deals),
        "total_potential_usd": sum(potential, Decimal(0)) if potential else None,
        "total_potential_count": len(potential),
        "upfront_usd": sum(upfront, Decimal(0)) if upfront else None,
        "upfront_count": len(upfront),
        "headline_usd": sum(headline, Decimal(0)) if headline else None,
        "local": sorted(local.items()),
        "unconverted": unconverted,
    }


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
        # The totals are a statistic: one class (licensing unless the reader picks others),
        # never a negotiation. The table shows the same deals, so the two always agree.
        try:
            classes = class_choice(self.request.GET, conference.get_absolute_url())
        except UnknownClass as exc:
            raise BadRequest(f"deal_class: {exc}") from None
        params = QueryDict(mutable=True)
        params["conference"] = conference.slug
        params.setlist("deal_class", classes.selected)
        counted = DealFilterSet(data=params, queryset=visible).qs
        # Totals need every deal, but only a few columns of each, as plain rows; the tables load
        # parties and assets for the rows they show (a synthetic conference holds hundreds).
        deals = list(counted.values_list(*TOTALS_FIELDS, named=True))
        load = table_loader(visible)  # rows written by PostgreSQL (deals/queries/table.py)
        table = load([d.pk for d in deals[:TABLE_ROWS]])
        here = visible.filter(conference=conference)
        negotiations = load(list(here.filter(pipeline()).values_list("pk", flat=True)[:TABLE_ROWS]))
        other_classes = here.filter(counted_rule()).exclude(deal_class__in=classes.selected).count()
        window_start = conference.start_date - timedelta(days=AROUND_DAYS)
        window_end = conference.end_date + timedelta(days=AROUND_DAYS)
        around_ids = list(
            visible.filter(announced_on__range=(window_start, window_end))
            .filter(counted_rule())
            .exclude(conference=conference)
            .values_list("pk", flat=True)[: TABLE_ROWS + 1]
        )
        around = load(around_ids[:TABLE_ROWS])
        report = conference_report(conference, self.request.user, classes.selected)
        deal_list = reverse("deals:deal_list")
        chart = BarChart.build(
            f"{conference.name}: total potential by licensor country",
            ["Total potential", "Upfront"],
            [
                (
                    row.label,
                    f"{deal_list}?{_country_query(params, row.key)}",
                    [row.current.value_usd, row.current.upfront_usd],
                )
                for row in report.by_licensor_country
                if row.current.deals
            ],
            stacked=False,
            caption="Sums in US dollars over this conference's deals, by where the licensors "
            "are based (a deal with licensors in two groups counts in each).",
        )
        window_query = urlencode(
            {
                "announced_after": window_start.isoformat(),
                "announced_before": window_end.isoformat(),
            }
        )
        context.update(
            classes=classes,
            deals=table,
            deals_truncated=len(deals) > len(table),
            list_url=f"{deal_list}?{params.urlencode()}",
            negotiations=negotiations,
            negotiations_url=f"{deal_list}?conference={conference.slug}&status=negotiation"
            "&status=rumored",
            other_classes=other_classes,
            around_truncated=len(around_ids) > TABLE_ROWS,
            around_list_url=f"{deal_list}?{window_query}",
            table_rows=TABLE_ROWS,
            totals=conference_totals(deals),
            chart=chart,
            around=around,
            window=(window_start, window_end),
            around_days=AROUND_DAYS,
            definitions=DEFINITIONS,
            report=report,
        )
        return context


def _country_query(params: QueryDict, group: str) -> str:
    query = params.copy()
    query["licensor_country"] = group
    return query.urlencode()
