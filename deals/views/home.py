"""The front page: latest deals, this year's figures by licensor country, a chart, conferences."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from core.charts import BarChart
from core.money import plus
from core.result_cache import cached, query_key
from deals.analytics.breakdowns import totals_by_year_and_licensor_country
from deals.measures import DEFINITIONS
from deals.models import Conference, Deal
from deals.queries.shared import country_name, visible_deal_count

CHART_COUNTRIES = 6  # the chart's largest licensor countries; the rest are grouped as "Other"


CHART_YEARS = 6  # the home chart's years, up to the latest year with an announced deal


YearCountryRows = list[tuple[int, str, int, Decimal | None, Decimal | None]]


def _year_figures(rows: YearCountryRows, year: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Deal count and values announced in ``year``, overall and by licensor country.

    ``rows`` come from :func:`deals.analytics.breakdowns.totals_by_year_and_licensor_country`.
    """
    overall: dict[str, Any] = {"deals": 0, "value": None, "upfront": None}
    by_country: list[dict[str, Any]] = []
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
            definitions=DEFINITIONS,
        )
        return context
