"""The canonical sets of deals that stored figures answer: what readers see with no filter but
classes.

A canonical query is the deal filters (deals/filters.py) given only classes, in any order a
reader can pick them, over the public deals (anonymous readers) or all deals (staff). The stored
breakdown totals (breakdown_totals.py) and the stored statistics (stored_statistics.py) answer
only these; each compares a page's query with them in its own way, and both build their maps
from :func:`queries`, once per process and database (:func:`per_database`).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from typing import Any

from django.db.models import QuerySet
from django.http import QueryDict

from deals.classes import DealClass
from deals.models import Deal

CODES = tuple(str(c) for c in DealClass.values)


def queries(
    using: str, *, every_order: bool = True, no_class: bool = False, comps: bool = False
) -> Iterator[tuple[bool, tuple[str, ...], QuerySet[Deal]]]:
    """(public only, classes as picked, the filters' query) for every canonical query.

    ``every_order``: each order a reader can pick the classes in (their SQL may differ), else
    each set once, sorted; ``no_class``: also the deal filters given no class (the deal list's
    own set, every class); ``comps``: the comps filters too, which give the default class when
    none is picked (so never with no class).
    """
    from deals.analytics.comps import CompsFilterSet
    from deals.filters import DealFilterSet

    pick = itertools.permutations if every_order else itertools.combinations
    choices = [picked for size in range(1, len(CODES) + 1) for picked in pick(CODES, size)]
    if no_class:
        choices.insert(0, ())
    for public_only in (True, False):
        deals = Deal.objects.using(using)
        visible = deals.public() if public_only else deals.all()
        for picked in choices:
            params = QueryDict(mutable=True)
            params.setlist("deal_class", list(picked))
            filtersets = (DealFilterSet, CompsFilterSet) if comps and picked else (DealFilterSet,)
            for filters in filtersets:
                filterset = filters(params, queryset=visible)
                if filterset.is_valid():
                    yield public_only, picked, filterset.qs


def per_database[T](build: Callable[[str], T]) -> Callable[[str], T]:
    """``build(using)`` computed once per process and database alias (the maps of canonical
    queries: SQL compiled for a few dozen filter sets, the same for the process's life)."""
    built: dict[str, Any] = {}
    lock = threading.Lock()

    def get(using: str) -> T:
        with lock:
            if using in built:
                return built[using]
        value = build(using)
        with lock:
            built[using] = value
        return value

    return get
