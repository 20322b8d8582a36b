"""Deep pages of a deal list in two steps: the page's ids, then the rows for those ids.

A page of ``for_listing()`` computes the with_totals() subqueries and joins for every row
the database skips over to reach the OFFSET, so page 1000 cost seconds at 100k deals. Paging
a bare ``pk`` list under the same filters and ordering skips cheaply (often on an index);
the page's rows, totals and prefetches are then loaded for those ids only.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from .models import Deal

# Rows skipped before a page at which the two-step load pays for its extra query. Near the
# top the OFFSET costs nothing and one query (the page with its totals) is cheapest.
DEEP_OFFSET = 500


def is_deep_page(number: int | str, size: int) -> bool:
    """Whether page ``number`` (or "last") of ``size`` rows starts past :data:`DEEP_OFFSET`."""
    if not isinstance(number, int):
        return True
    return (number - 1) * size >= DEEP_OFFSET


def deal_ids(queryset: QuerySet[Deal]) -> QuerySet:
    """``queryset``'s primary keys with its filters and ordering, without its prefetches."""
    return queryset.prefetch_related(None).values_list("pk", flat=True)


def deals_in_order(queryset: QuerySet[Deal], ids: Iterable[int]) -> list[Deal]:
    """The deals of ``queryset`` whose pk is in ``ids``, in the order of ``ids``.

    ``queryset`` carries the visibility and the loading (for_listing() and friends); an id it
    does not contain is left out rather than trusted.
    """
    ids = list(ids)
    if not ids:
        return []
    rows = {deal.pk: deal for deal in queryset.filter(pk__in=ids).order_by()}
    return [rows[pk] for pk in ids if pk in rows]
