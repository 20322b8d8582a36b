"""The summary of any deal list: how many deals, and their money, per deal class.

``GET /api/v1/deals/summary/?<deal-list parameters>`` and the totals row above ``/deals/`` are
this: the same queryset the list pages through (visibility, DealFilterSet, the pipeline rule),
grouped by class in one query (deals/analytics/stats.py). The class counts add up to the list's
``count``; each class has the statistics of its upfront, total potential and headline, with
their sums, so "how much was announced around JPM 2026" is answered in one look without
pooling licensing with M&A.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from core.result_cache import cached_over
from deals.analytics.stats import CompsStatistics, statistics_by
from deals.classes import DealClass
from deals.models import Deal


@dataclass(frozen=True)
class ClassSummary:
    """The deals of one class in a list, with the statistics of their money."""

    deal_class: str
    label: str
    statistics: CompsStatistics

    @property
    def count(self) -> int:
        return self.statistics.count


@dataclass(frozen=True)
class ListSummary:
    """A deal list's count and its per-class summaries (only classes present)."""

    count: int
    classes: list[ClassSummary]

    @property
    def mixed(self) -> bool:
        """Whether the list holds more than one class (pages then show one row per class)."""
        return len(self.classes) > 1


def summarize(deals: QuerySet[Deal]) -> ListSummary:
    """The summary of ``deals``, the list's own queryset (already visible and filtered).

    Cached under the list's SQL (its visibility and filters) and the data's version, as the
    list's count is: medians over a whole table cost far more than a page of it, and both
    change only when the data does (core/result_cache.py).
    """
    return cached_over("summary", deals, lambda: _summarize(deals))


def _summarize(deals: QuerySet[Deal]) -> ListSummary:
    by_class = statistics_by(deals, "deal_class")
    classes = [
        ClassSummary(deal_class.value, str(deal_class.label), by_class[deal_class.value])
        for deal_class in DealClass
        if deal_class.value in by_class
    ]
    return ListSummary(sum(c.count for c in classes), classes)
