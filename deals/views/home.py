"""The front page: latest deals, this year's figures by licensor country, a chart, conferences."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import BadRequest
from django.db.models import Max
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from deals.analytics.breakdowns import Breakdown, breakdown, cell_filters
from deals.analytics.definitions import ANALYTICS_DEFINITIONS
from deals.analytics.views import breakdown_chart
from deals.classes import UnknownClass, class_choice
from deals.classes import counted as classes_counted
from deals.filters import DealFilterSet
from deals.measures import DEFINITIONS
from deals.models import Conference, Deal
from deals.queries.shared import visible_deal_count

CHART_YEARS = 6  # the home chart's years, up to the latest year with an announced deal


class HomeView(TemplateView):
    """The front page: latest deals, this year's figures, a chart, conferences, a search box.

    Its figures are a statistics surface: licensing deals unless the reader picks another
    class, never a negotiation, and every number links to the deal list that counts it.
    """

    template_name = "deals/home.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        visible = Deal.objects.visible_to(self.request.user)
        try:
            classes = class_choice(self.request.GET, reverse("deals:home"))
        except UnknownClass as exc:
            raise BadRequest(f"deal_class: {exc}") from None
        base = QueryDict(mutable=True)
        base.setlist("deal_class", classes.selected)
        counted = DealFilterSet(data=base, queryset=visible).qs
        # The chart's years only: the whole table is far slower at scale (README, "Figures behind
        # design choices"). Given as a year, so that the stored totals answer it too.
        latest = counted.aggregate(latest=Max("announced_on"))["latest"]
        # max(1, ...): a deal dated in year 1 (before dates were validated) must not crash.
        # Without any dated deal, no year is in the chart (the year after today's).
        first_year = max(1, min(latest.year, today.year) - CHART_YEARS + 1) if latest else None
        since_year = first_year if first_year else today.year + 1
        data = breakdown(counted, "licensor_country", "year", since_year=since_year)
        year = today.year
        if not data.total(year).deals and data.periods:
            # Early in January (or on a fresh demo) the current year is empty: show the last one
            # that has deals rather than a page of zeros.
            year = max(p for p in data.periods if data.total(p).deals)
        deal_list = reverse("deals:deal_list")
        by_country = [
            {
                "key": key,
                "name": label,
                "cell": data.cell(year, key),
                "url": _list_url(deal_list, cell_filters(base, "licensor_country", year, key)),
            }
            for key, label in data.groups
            if data.cell(year, key).deals
        ]
        conferences = Conference.objects.select_related("series").annotate(
            n_deals=visible_deal_count(counted, conference="pk")
        )
        recent_years = data.periods[-CHART_YEARS:]
        chart = breakdown_chart(
            Breakdown(
                data.dimension, data.period, recent_years, data.groups, data.cells, data.totals
            ),
            "value",
            base,
        )
        context.update(
            classes=classes,
            latest_deals=visible.filter(classes_counted()).for_table()[:8],
            figures_year=year,
            figures=data.total(year),
            figures_url=_list_url(deal_list, cell_filters(base, None, year, None)),
            by_country=by_country,
            chart=chart,
            upcoming_conferences=conferences.filter(end_date__gte=today).order_by("start_date")[:3],
            recent_conferences=conferences.filter(end_date__lt=today).order_by("-start_date")[:3],
            definitions=DEFINITIONS,
            analytics_definitions=ANALYTICS_DEFINITIONS,
        )
        return context


def _list_url(path: str, params: QueryDict) -> str:
    return f"{path}?{params.urlencode()}"
