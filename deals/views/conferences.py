"""``/conferences/`` and ``/conferences/<slug>/``: editions with their deals, totals and charts."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypedDict

from django.db.models import Count, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
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
from core.money import plus
from deals import measures
from deals.analytics.reports import conference_report
from deals.filters import ConferenceFilterSet
from deals.measures import DEFINITIONS
from deals.models import Conference, Deal, PaymentComponent
from deals.queries.shared import country_name, licensor_country
from deals.queries.table import table_loader

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class LicensorCountryCode(TypedDict):
    """What the conference page annotates on its deals: the first licensor's country."""

    licensor_country_code: str


# The conference page's tables show this many deals; the rest are a link to the deal list.
TABLE_ROWS = 100


# What conference totals and the chart read of each deal (with its stored money measures).
TOTALS_FIELDS = (
    "pk",
    "announced_on",
    "headline_amount",
    "headline_currency",
    "headline_amount_usd",
    *measures.STORED,
)


AROUND_DAYS = 7  # "announced around this conference": this many days before and after it


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


def by_licensor_country(
    deals: list[WithAnnotations[Deal, LicensorCountryCode]],
) -> list[dict[str, Any]]:
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
            definitions=DEFINITIONS,
            report=conference_report(conference, self.request.user),
        )
        return context
