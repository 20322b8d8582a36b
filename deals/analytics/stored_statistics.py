"""Stored statistics: the medians, quartiles and sums of "the visible deals of these classes"
without ranking every deal on each request (PostgreSQL).

The unfiltered comps page and its API and export, the totals row above the unfiltered deal
list and ``/api/v1/deals/summary/`` show the statistics of every counted deal of some classes.
Percentiles do not add up from parts, so unlike the breakdown totals
(deals/analytics/breakdown_totals.py) nothing smaller can be stored and summed: :func:`refresh`
computes the statistics of each canonical set of deals whole, with the statistics' own
statement (deals/analytics/stats.py) over that set's own query, and stores them
(:class:`deals.models.StoredStatistics`) with the data version it read first.

:func:`answer` gives a page the stored statistics only when:

- the page's deals are exactly a canonical set: the deal filters (or the comps filters) with
  nothing but classes, over the public deals or over all deals. Queries are compared by the SQL
  and parameters of their deal ids (``values("pk")``), so a list's select_related or
  annotations do not matter and any filter, search or other reader scope does;
- the stored version is the database's current data version and the row is younger than
  ``RESULT_CACHE_SECONDS``, as for the breakdown totals.

Otherwise the statistics are computed live. The rows are refreshed by the same task as the
breakdown totals, queued on every move of the data version. SQLite computes live.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import QuerySet, Subquery
from django.utils import timezone

from core.filters import is_postgres
from core.result_cache import DB_VERSION_ID, db_version, query_key
from deals.analytics import breakdown_totals, canonical
from deals.analytics.stats import STRIP_LIMIT, CompsStatistics, Distribution, Share
from deals.models import DataVersion, Deal, StoredStatistics

logger = logging.getLogger(__name__)
# (public only, sorted class codes); no codes: the deal list's own set, with no class condition
# (every counted deal, including one whose type names no class).
Scope = tuple[bool, tuple[str, ...]]
# The rows' JSON layout: rows written in another layout (by an older or newer release during a
# deploy) are not current, and are computed again rather than misread.
FORMAT = 1


def enabled() -> bool:
    """Whether pages may read the stored statistics (``settings.STORED_STATISTICS``, on)."""
    return bool(getattr(settings, "STORED_STATISTICS", True))


# --- which sets of deals the stored rows answer -------------------------------------------


def _ids_key(deals: QuerySet[Deal]) -> tuple[str, tuple[Any, ...]] | None:
    key = query_key(deals.order_by().values("pk"))
    return None if key is None else (key[1], key[2])


def canonical_sets(using: str = DEFAULT_DB_ALIAS) -> dict[Scope, QuerySet[Deal]]:
    """Every scope's own query: the deal filters given only its classes (or none), over the
    public deals or all deals. The refresh computes each row over exactly this query."""
    found = canonical.queries(using, every_order=False, no_class=True)
    return {(public_only, tuple(sorted(picked))): deals for public_only, picked, deals in found}


@canonical.per_database
def _canonical_keys(using: str) -> dict[tuple[str, tuple[Any, ...]], Scope]:
    """(SQL, parameters) of the deal ids of every canonical query -> its scope: the deal
    filters and the comps filters, given the classes in every order, or none (the deal list
    then shows every class)."""
    keys: dict[tuple[str, tuple[Any, ...]], Scope] = {}
    for public_only, picked, deals in canonical.queries(using, no_class=True, comps=True):
        key = _ids_key(deals)
        if key is not None:
            keys.setdefault(key, (public_only, tuple(sorted(picked))))
    return keys


def scope_of(deals: QuerySet[Deal]) -> Scope | None:
    """(public only, classes) when ``deals`` is a canonical set, else None."""
    key = _ids_key(deals)
    return None if key is None else _canonical_keys(deals.db).get(key)


# --- reading ------------------------------------------------------------------------------


def _current_rows(using: str) -> QuerySet[StoredStatistics]:
    """The rows computed at the database's current data version, within
    ``RESULT_CACHE_SECONDS``."""
    oldest = timezone.now() - timedelta(seconds=settings.RESULT_CACHE_SECONDS)
    version = DataVersion.objects.using(using).filter(pk=DB_VERSION_ID).values("token")[:1]
    return StoredStatistics.objects.using(using).filter(
        token=Subquery(version), computed_at__gte=oldest, statistics__format=FORMAT
    )


def _current(using: str, wanted: list[str], public_only: bool) -> dict[str, dict[str, Any]]:
    """The stored statistics of these class sets, by set, where current."""
    found = _current_rows(using).filter(public_only=public_only, classes__in=wanted)
    return dict(found.values_list("classes", "statistics"))


def answer(
    deals: QuerySet[Deal], group: str | None, *, with_values: bool = False
) -> dict[Any, CompsStatistics] | None:
    """What deals/analytics/stats.py ``_statistics(deals, group)`` returns, from the stored
    rows; None when they cannot answer (another query or grouping, not current, values for a
    strip plot wanted, not PostgreSQL): compute live then."""
    if group not in (None, "deal_class") or not enabled() or not is_postgres(deals):
        return None
    scope = scope_of(deals)
    if scope is None:
        return None
    public_only, picked = scope
    whole = ",".join(picked)
    # The deal list's own set (no class condition) per class: its classes' rows.
    classes = list(picked or canonical.CODES)
    wanted = [whole] if group is None else [whole, *classes]
    stored = _decoded(deals.db, wanted, public_only)
    if stored is None:
        return None
    if group is None:
        statistics = stored[whole]
        if with_values and statistics.count <= STRIP_LIMIT:
            return None  # the values themselves are wanted: few deals, computed live
        return {None: statistics}
    by_class = {code: stored[code] for code in classes}
    if sum(stats.count for stats in by_class.values()) != stored[whole].count:
        # Some deal is in no class (a type the classes do not name): its group is live's.
        return None
    # As the grouped statement: a class without deals has no group.
    return {code: stats for code, stats in by_class.items() if stats.count}


def _decoded(using: str, wanted: list[str], public_only: bool) -> dict[str, CompsStatistics] | None:
    """The current stored statistics of these class sets, or None (and a refresh asked for)
    unless every one is there and readable."""
    stored = _current(using, wanted, public_only)
    try:
        if len(stored) == len(set(wanted)):
            return {classes: decode(data) for classes, data in stored.items()}
    except (KeyError, TypeError, ValueError, ArithmeticError):
        logger.warning("Unreadable stored statistics; computing live", exc_info=True)
    breakdown_totals.remind(using)
    return None


def stored_count(deals: QuerySet[Any]) -> int | None:
    """The number of ``deals`` when they are a canonical set whose statistics are stored and
    current (their ``count``), else None: the deal list's and the API's count of the
    unfiltered and class-only lists without counting (core/result_cache.py COUNT_SOURCES)."""
    if deals.model is not Deal or not enabled() or not is_postgres(deals):
        return None
    scope = scope_of(deals)
    if scope is None:
        return None
    public_only, picked = scope
    stored = _decoded(deals.db, [",".join(picked)], public_only)
    return None if stored is None else stored[",".join(picked)].count


# --- writing ------------------------------------------------------------------------------


def refresh(using: str = DEFAULT_DB_ALIAS, *, force: bool = False) -> bool:
    """Compute every stored row again (PostgreSQL); False when they were current already
    (unless ``force``) or the database is not PostgreSQL."""
    if connections[using].vendor != "postgresql":
        return False
    from deals.analytics.stats import statistics_of

    table = StoredStatistics._meta.db_table
    sets = canonical_sets(using)
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        # One refresh at a time: a slower one that read an older version must not write its
        # rows over a newer one's (they would be unused until the next refresh).
        cursor.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")  # nosec B608
        if not force and _current_rows(using).count() == len(sets):
            return False
        # The version first: a write committed after this read moves it past the stored one.
        token = db_version(using)
        if token is None:
            return False  # no version yet (an empty, just-migrated database)
        now = timezone.now()
        rows = [
            StoredStatistics(
                public_only=public_only,
                classes=",".join(picked),
                token=token,
                computed_at=now,
                statistics=encode(statistics_of(deals)),
            )
            for (public_only, picked), deals in sets.items()
        ]
        StoredStatistics.objects.using(using).all().delete()
        StoredStatistics.objects.using(using).bulk_create(rows)
    return True


# --- the rows' JSON -----------------------------------------------------------------------


def _number(value: Decimal | None) -> str | None:
    # str() of a Decimal reads back as the same Decimal, exponent included.
    return None if value is None else str(value)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


_DISTRIBUTION_MONEY = ("median", "p25", "p75", "minimum", "maximum", "total")
_SHARE_NUMBERS = ("median", "p25", "p75", "minimum", "maximum")


def encode(statistics: CompsStatistics) -> dict[str, Any]:
    """``statistics`` as JSON, every amount a decimal string."""

    def distribution(d: Distribution) -> dict[str, Any]:
        out: dict[str, Any] = {
            "measure": d.measure,
            "disclosed": d.disclosed,
            "undisclosed": d.undisclosed,
            "no_fx_rate": d.no_fx_rate,
            "values": None if d.values is None else [str(v) for v in d.values],
        }
        out.update({name: _number(getattr(d, name)) for name in _DISTRIBUTION_MONEY})
        return out

    share = statistics.upfront_share
    return {
        "format": FORMAT,
        "count": statistics.count,
        "no_terms": statistics.no_terms,
        "upfront": distribution(statistics.upfront),
        "headline": distribution(statistics.headline),
        "total_potential": distribution(statistics.total_potential),
        "upfront_share": {"deals": share.deals, "missing": share.missing}
        | {name: _number(getattr(share, name)) for name in _SHARE_NUMBERS},
    }


def decode(data: dict[str, Any]) -> CompsStatistics:
    """The :class:`CompsStatistics` :func:`encode` wrote."""

    def distribution(d: dict[str, Any]) -> Distribution:
        values = d["values"]
        return Distribution(
            measure=d["measure"],
            disclosed=d["disclosed"],
            undisclosed=d["undisclosed"],
            no_fx_rate=d["no_fx_rate"],
            values=None if values is None else tuple(Decimal(v) for v in values),
            **{name: _decimal(d[name]) for name in _DISTRIBUTION_MONEY},
        )

    share = data["upfront_share"]
    return CompsStatistics(
        count=data["count"],
        upfront=distribution(data["upfront"]),
        headline=distribution(data["headline"]),
        total_potential=distribution(data["total_potential"]),
        upfront_share=Share(
            deals=share["deals"],
            missing=share["missing"],
            **{name: _decimal(share[name]) for name in _SHARE_NUMBERS},
        ),
        no_terms=data["no_terms"],
    )
