"""``{% bar_chart chart %}``: a :class:`core.charts.BarChart` as CSS bars and a data table."""

from __future__ import annotations

from django import template

from core.charts import BarChart

register = template.Library()


@register.inclusion_tag("includes/bar_chart.html")
def bar_chart(chart: BarChart, chart_id: str = "chart") -> dict:
    """Render ``chart`` as CSS bars, a legend and a data table."""
    return {"chart": chart, "chart_id": chart_id}
