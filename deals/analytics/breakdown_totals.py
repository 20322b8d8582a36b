"""Stored breakdown totals: the charts of "the visible deals of these classes" without
aggregating every deal on each request (PostgreSQL).

The unfiltered analytics page, its API and exports chart every counted deal of the picked
classes. Each chart is one grouped statement over all of them (deals/analytics/breakdowns.py
``cells_sql``), whose cost grows with the table. :func:`refresh` runs that same statement over
every counted deal once, grouped also by visibility, class, year and quarter, and stores the
rows (:class:`deals.models.BreakdownTotal`) with the data version it read first
(:class:`deals.models.BreakdownTotalsVersion`). :func:`rows` answers a chart from them by
adding them up, only when:

- the chart's deals are exactly a canonical query: the deal filters with nothing but classes,
  over the public deals or over all deals (compared by SQL and parameters, so any other
  filter, and any reader scope but these two, falls back to the live statement);
- the stored version is the database's current data version (core/result_cache.py moves it in
  the same transaction as every write): a write committed after the refresh read the version
  makes the rows unused until the next refresh. Reading the version before computing keeps
  this exact without a snapshot: whatever the refresh saw of a later write, that write moved
  the version;
- the rows are younger than ``RESULT_CACHE_SECONDS``: the same safety net as the counts cached
  under that version, for writes that bypass the signals.

Sums of numeric sums are exact, so a chart from the stored rows equals the live one to the
cent (tests/test_breakdown_totals.py compares them). Every move of the data version schedules
one refresh task per transaction, run by the worker (``manage.py db_worker``); until it has
run, charts are computed live. SQLite (the embedded default, a small database) always computes
live: it sums money as floats, where a sum of sums may differ in the last cent.
"""

# The SQL assembled here interpolates only table names, aliases and constants chosen here;
# every value travels as a parameter.
# ruff: noqa: S608

from __future__ import annotations

import logging
import time
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.models import F, QuerySet
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.utils import timezone

from config.db_router import replica_aliases
from core.filters import is_postgres
from core.result_cache import db_version, query_key
from deals import classes
from deals.analytics import canonical
from deals.models import BreakdownTotal, BreakdownTotalsVersion, Deal

logger = logging.getLogger(__name__)

VERSION_ID = 1
TOTALS = BreakdownTotal._meta.db_table
STATE = BreakdownTotalsVersion._meta.db_table
# The columns cells_sql returns for the keys below, in order, then the dimension.
COLUMNS = (
    "visibility, deal_class, year, quarter, grp, label, deals, deals_with_value, value_usd, "
    "deals_with_upfront, upfront_usd, first_deals, first_with_value, first_value_usd, "
    "first_with_upfront, first_upfront_usd, dimension"
)
FIGURES = (
    "SUM(b.deals), SUM(b.deals_with_value), SUM(b.value_usd), SUM(b.deals_with_upfront), "
    "SUM(b.upfront_usd), SUM(b.first_deals), SUM(b.first_with_value), SUM(b.first_value_usd), "
    "SUM(b.first_with_upfront), SUM(b.first_upfront_usd)"
)
# Period -> (p1, p2, condition): the columns the live statement's period annotations give.
PERIODS = {
    "year": ("b.year", "0", "b.year IS NOT NULL"),
    "quarter": ("b.year", "b.quarter", "b.year IS NOT NULL"),
    "all": ("0", "0", "1 = 1"),
}


def enabled() -> bool:
    """Whether charts may read the stored totals (``settings.BREAKDOWN_TOTALS``, on)."""
    return bool(getattr(settings, "BREAKDOWN_TOTALS", True))


# --- which charts the stored rows answer --------------------------------------------------


@canonical.per_database
def _canonical(using: str) -> dict[tuple[str, tuple[Any, ...]], tuple[bool, tuple[str, ...]]]:
    """(SQL, parameters) of every canonical chart query -> (public only, classes)."""
    scopes: dict[tuple[str, tuple[Any, ...]], tuple[bool, tuple[str, ...]]] = {}
    for public_only, picked, deals in canonical.queries(using):
        key = query_key(deals.order_by())
        if key is not None:
            scopes[(key[1], key[2])] = (public_only, tuple(sorted(set(picked))))
    return scopes


def scope_of(deals: QuerySet[Deal]) -> tuple[bool, tuple[str, ...]] | None:
    """(public only, classes) when ``deals`` is a canonical chart query, else None."""
    key = query_key(deals.order_by())
    if key is None:
        return None
    return _canonical(deals.db).get((key[1], key[2]))


# --- reading ----------------------------------------------------------------------------


def is_current(using: str = DEFAULT_DB_ALIAS) -> bool:
    """Whether the stored rows were computed at the database's current data version, within
    ``RESULT_CACHE_SECONDS``."""
    oldest = timezone.now() - timedelta(seconds=settings.RESULT_CACHE_SECONDS)
    sql = (
        f"SELECT 1 FROM {STATE} s JOIN deals_dataversion v ON v.token = s.token "  # nosec B608
        "WHERE s.id = %s AND v.id = %s AND s.computed_at >= %s"
    )
    with connections[using].cursor() as cursor:
        cursor.execute(sql, [VERSION_ID, VERSION_ID, oldest])
        return cursor.fetchone() is not None


def rows(
    deals: QuerySet[Deal], dimension: str, period: str, since_year: int | None = None
) -> list[tuple[Any, ...]] | None:
    """The live statement's rows for this chart (p1, p2, group, label, five figures, five
    first-group figures), added up from the stored totals; None when they cannot answer it
    (another query, another period, not current, not PostgreSQL): compute live then.
    ``since_year``: the chart of ``deals`` announced in that year or later."""
    using = deals.db
    if period not in PERIODS or not enabled() or not is_postgres(deals):
        return None
    scope = scope_of(deals)
    if scope is None:
        return None
    if not is_current(using):
        remind(using)
        return None
    public_only, picked = scope
    p1, p2, condition = PERIODS[period]
    where = ["b.dimension = %s", f"b.deal_class IN ({', '.join(['%s'] * len(picked))})"]
    params: list[Any] = [dimension, *picked]
    if public_only:
        where.append("b.visibility = %s")
        params.append(Deal.Visibility.PUBLIC)
    if since_year is not None:
        # Announced on or after 1 January of that year; no date, no year: left out, as live.
        where.append("b.year >= %s")
        params.append(since_year)
    sql = (
        f"SELECT {p1}, {p2}, b.grp, MAX(b.label), {FIGURES} FROM {TOTALS} b "  # nosec B608
        f"WHERE {' AND '.join(where)} AND {condition} GROUP BY 1, 2, 3"
    )
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


# --- writing ----------------------------------------------------------------------------


def refresh(using: str = DEFAULT_DB_ALIAS, *, force: bool = False) -> bool:
    """Compute every stored row again (PostgreSQL); False when they were current already
    (unless ``force``) or the database is not PostgreSQL."""
    if connections[using].vendor != "postgresql":
        return False
    from deals.analytics.breakdowns import DIMENSIONS, cells_sql

    base = Deal.objects.using(using).filter(classes.counted())
    keys = {
        "vis": F("visibility"),
        "cls": F("deal_class"),
        "p1": ExtractYear("announced_on"),
        "p2": ExtractQuarter("announced_on"),
    }
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        # One refresh at a time (two workers, or a task beside rebuild_facts): the second waits
        # for the first to commit, then finds the rows current, or deletes the rows the first
        # wrote. Without the lock its DELETE would not see them and the sums would count twice.
        # Readers are not blocked (EXCLUSIVE allows SELECT).
        cursor.execute(f"LOCK TABLE {TOTALS} IN EXCLUSIVE MODE")  # nosec B608
        if not force and is_current(using):
            return False
        # The version first: a write committed after this read moves it past the stored one.
        token = db_version(using)
        if token is None:
            return False  # no version yet (an empty, just-migrated database): nothing to match
        cursor.execute(f"DELETE FROM {TOTALS}")  # nosec B608
        for dimension in DIMENSIONS:
            sql, params = cells_sql(base, dimension, keys, tuple(keys), first=True)
            cursor.execute(
                f"INSERT INTO {TOTALS} ({COLUMNS}) SELECT c.*, %s FROM ({sql}) c",  # nosec B608
                (dimension, *params),
            )
        cursor.execute(
            f"INSERT INTO {STATE} (id, token, computed_at) VALUES (%s, %s, %s) "  # nosec B608
            "ON CONFLICT (id) DO UPDATE SET token = excluded.token, "
            "computed_at = excluded.computed_at",
            [VERSION_ID, token, timezone.now()],
        )
    return True


def _enqueue(using: str) -> None:
    from deals.analytics.tasks import refresh_breakdown_totals

    try:
        refresh_breakdown_totals.enqueue(using)
    except DatabaseError as error:  # e.g. a write in a migration before the tasks' table exists
        logger.info("Breakdown totals' refresh not queued: %s", error)
    except Exception:  # the charts stay live until a write or a reader queues one again
        logger.warning("Could not queue the breakdown totals' refresh", exc_info=True)


_CALLBACKS: dict[str, Any] = {}
# A reader finding the rows not current asks for a refresh too (they may be merely old, or
# a queued refresh lost), at most once per this many seconds per process.
REMIND_SECONDS = 30.0
_REMINDED: dict[str, float] = {}


def remind(using: str) -> None:
    """Queue a refresh for a reader who found stored rows not current (throttled)."""
    # The refresh writes: on the primary, also when the rows were read from a replica.
    using = DEFAULT_DB_ALIAS if using in replica_aliases() else using
    now = time.monotonic()
    if now - _REMINDED.get(using, -REMIND_SECONDS) >= REMIND_SECONDS:
        _REMINDED[using] = now
        schedule(using)


def schedule(using: str = DEFAULT_DB_ALIAS) -> None:
    """Queue one refresh when the current transaction commits (once per transaction, however
    many writes it makes): called on every move of the data version."""
    connection = connections[using]
    # The task refreshes the stored statistics too (deals/analytics/stored_statistics.py).
    wanted = enabled() or bool(getattr(settings, "STORED_STATISTICS", True))
    if connection.vendor != "postgresql" or not wanted:
        return
    callback = _CALLBACKS.setdefault(using, lambda: _enqueue(using))
    # Each entry is (savepoint ids, callback, ...): one queued in a savepoint since rolled
    # back is gone from the list, so a later write queues it again.
    if connection.in_atomic_block and any(e[1] is callback for e in connection.run_on_commit):
        return
    transaction.on_commit(callback, using=using)
