"""Costly read results (list counts, the home page's aggregates) cached by data version.

Every write to a deal, company, asset or anything they hold moves a version stamp kept in the
shared cache, and every cached entry has the stamp in its key: one write makes all of them
unreachable at once, so no entry is ever invalidated one by one and none can be forgotten.
Entries also expire after ``RESULT_CACHE_SECONDS``, a safety net for writes that bypass the
signals (``seed_synthetic``'s COPY calls :func:`bump_data_version` itself).

The stamp moves when the write happens and again when its transaction commits: a reader
between the two would otherwise cache the old rows under the new stamp.

A key holds the SQL of the query whose result it caches (with its parameters), or the
reader's visibility class for results that are not one query: a reader who may not see
internal deals can never be served an entry computed for one who may.

Off unless the cache is shared by every process (``REDIS_URL``): with a per-process cache a
write in one gunicorn worker would leave the others' stamps, and their entries, stale.
A cache that fails (Redis down) only costs the computation, never the answer.

Without Redis, list counts are still cached, per process, under a stamp the database holds
(:class:`deals.models.DataVersion`): every write above also writes a new random token to that
row in its own transaction, so a reader sees the new token exactly when it sees the new rows,
and reading it is one primary-key lookup instead of a COUNT over every visible deal. Writers
serialise on that row until they commit (deal writes are rare and short). A write that
bypasses the signals without calling :func:`bump_data_version` (a raw ``QuerySet.update()``
outside the services) is covered only by the entries' expiry, ``RESULT_CACHE_SECONDS``.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, cast

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page, Paginator
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.models import Count, QuerySet, Window
from django.db.models.query import FlatValuesListIterable
from django.utils.functional import cached_property

logger = logging.getLogger(__name__)

VERSION_KEY = "dealscope:data-version"
MISSING = object()
# Apps whose rows the cached results read: a write to any of their models moves the stamp.
TRACKED_APPS = ("companies", "deals")


def enabled() -> bool:
    return bool(settings.RESULT_CACHE_ENABLED)


def _new_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


# The database's stamp: deals.DataVersion's table (deals_dataversion), row id 1.
DB_VERSION_ID = 1
# Results cached in this process under the database's stamp:
# (db, token, namespace + SQL) -> (result, time).
_LOCAL_COUNTS: OrderedDict[tuple[str, str, str], tuple[Any, float]] = OrderedDict()
_LOCAL_LOCK = threading.Lock()
LOCAL_COUNT_ENTRIES = 512
# Called with the database alias after every move of the database's stamp, inside the
# writer's transaction: what is derived from the data and kept under the stamp (the stored
# breakdown totals, deals/analytics/breakdown_totals.py) schedules its own refresh.
VERSION_MOVED: list[Callable[[str], None]] = []


def bump_db_version(using: str = DEFAULT_DB_ALIAS) -> None:
    """Write a new random token to the database's stamp, inside the caller's transaction."""
    # Constant table name; the token is a bound parameter. An upsert, so a flushed table
    # (tests that truncate) gets its row back on the next write.
    sql = (
        "INSERT INTO deals_dataversion (id, token) VALUES (%s, %s) "
        "ON CONFLICT (id) DO UPDATE SET token = excluded.token"
    )
    with connections[using].cursor() as cursor:
        cursor.execute(sql, [DB_VERSION_ID, uuid.uuid4().hex])
    for hook in VERSION_MOVED:
        hook(using)


def db_version(using: str = DEFAULT_DB_ALIAS) -> str | None:
    """The database's current stamp (None when its row is missing)."""
    sql = "SELECT token FROM deals_dataversion WHERE id = %s"
    with connections[using].cursor() as cursor:
        cursor.execute(sql, [DB_VERSION_ID])
        row = cursor.fetchone()
    return row[0] if row else None


def bump_data_version(**kwargs: Any) -> None:
    """Make every cached result unreachable: now, and again once the transaction commits.

    The database's stamp moves in the writer's transaction; the shared cache's (Redis) when
    the result cache is on.
    """
    using = kwargs.get("using") or DEFAULT_DB_ALIAS
    bump_db_version(using)
    if not enabled():
        return
    try:
        _new_version()
        transaction.on_commit(_new_version)
    except Exception:  # a cache outage must not fail the write; entries expire anyway
        logger.warning("Could not move the result-cache version", exc_info=True)


def data_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)  # the first one wins
        version = cache.get(VERSION_KEY)
    return str(version)


def query_key(queryset: QuerySet) -> tuple[str, str, tuple[Any, ...]] | None:
    """What identifies ``queryset``'s rows: its database, SQL and parameters (None for a
    query that Django knows to be empty and never sends)."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    return (queryset.db, sql, params)


def cached[T](
    namespace: str, parts: Any, compute: Callable[[], T], *, using: str = DEFAULT_DB_ALIAS
) -> T:
    """``compute()``, or its result cached under ``namespace`` and ``repr(parts)``.

    ``parts`` must hold everything the result depends on besides the data (the query's SQL,
    a dimension...); None means "do not cache". In the shared cache when the result cache is
    on; otherwise in this process under the stamp of database ``using`` (:func:`local_cached`).
    """
    if parts is None:
        return compute()
    if not enabled():
        return _local(namespace, using, repr(parts), compute)
    try:
        digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:40]
        key = f"dealscope:{namespace}:{data_version()}:{digest}"
        hit = cache.get(key, MISSING)
    except Exception:
        logger.warning("Result cache unavailable; computing", exc_info=True)
        return compute()
    if hit is not MISSING:
        return hit
    value = compute()
    try:
        cache.set(key, value, settings.RESULT_CACHE_SECONDS)
    except Exception:
        logger.warning("Could not store a result in the cache", exc_info=True)
    return value


# Counts known without counting: each source returns the number of a queryset's rows, or None
# when it does not know it (deals/analytics/stored_statistics.py stored_count: the stored
# count of a canonical set of deals). Registered by the apps that keep such counts.
COUNT_SOURCES: list[Callable[[QuerySet], int | None]] = []


def cached_count(queryset: QuerySet) -> int:
    """``queryset.count()``, cached under the count's own SQL (visibility and filters in it).

    In the shared cache when the result cache is on; otherwise in this process, under the
    database's stamp (exact: any committed write has changed the stamp). A count a
    :data:`COUNT_SOURCES` source knows is not counted again.
    """
    return cached_over("count", queryset, lambda: _count(queryset))


def _count(queryset: QuerySet) -> int:
    for source in COUNT_SOURCES:
        known = source(queryset)
        if known is not None:
            return known
    return queryset.count()


def local_count(queryset: QuerySet) -> int:
    """``queryset.count()`` cached in this process under the database's stamp."""
    return local_cached("count", queryset.order_by(), queryset.count)


def local_cached[T](namespace: str, queryset: QuerySet, compute: Callable[[], T]) -> T:
    """``compute()`` over ``queryset``'s rows, cached in this process under the database's
    stamp and the query's SQL (visibility and filters in it). Exact: any committed write has
    changed the stamp. The cached value is shared: callers must not change it."""
    key = query_key(queryset)
    if key is None:
        return compute()
    return _local(namespace, queryset.db, repr(key[1:]), compute)


def _local[T](namespace: str, using: str, parts: str, compute: Callable[[], T]) -> T:
    """``compute()`` cached in this process under database ``using``'s stamp and ``parts``."""
    if not settings.RESULT_CACHE_LOCAL:
        return compute()
    try:
        token = db_version(using)
    except DatabaseError:  # no stamp table yet (a database being migrated)
        return compute()
    if token is None:
        return compute()
    entry = (using, token, f"{namespace}:{parts}")
    now = time.monotonic()
    with _LOCAL_LOCK:
        hit = _LOCAL_COUNTS.get(entry)
        if hit is not None and now - hit[1] < settings.RESULT_CACHE_SECONDS:
            _LOCAL_COUNTS.move_to_end(entry)
            return cast(T, hit[0])
    value = compute()
    with _LOCAL_LOCK:
        _LOCAL_COUNTS[entry] = (value, now)
        while len(_LOCAL_COUNTS) > LOCAL_COUNT_ENTRIES:
            _LOCAL_COUNTS.popitem(last=False)
    return value


def cached_over[T](namespace: str, queryset: QuerySet, compute: Callable[[], T]) -> T:
    """``compute()`` over ``queryset``'s rows, cached under the query's SQL (:func:`cached`:
    shared when the result cache is on, otherwise in this process under the database's
    stamp)."""
    return cached(namespace, query_key(queryset.order_by()), compute, using=queryset.db)


class NamesItsRows:
    """A filter condition that names its rows by key (deals/search.py ``IdArray``: the deals a
    text search matched). The database fetches every row it names in order to sort them, so a
    page of ids under it is counted in the same statement (``COUNT(*) OVER ()``) instead of by
    a second pass over the same rows (:meth:`CachedCountPaginator.page`)."""


def _ids_under_named_rows(object_list: Any) -> bool:
    """Whether ``object_list`` is a query for bare primary keys under a :class:`NamesItsRows`
    condition (the API's and the lists' page of ids; core/listing.py ``deal_ids``)."""
    return (
        isinstance(object_list, QuerySet)
        and object_list._iterable_class is FlatValuesListIterable
        and getattr(object_list, "_fields", None) == ("pk",)
        and any(isinstance(c, NamesItsRows) for c in object_list.query.where.children)
    )


class CachedCountPaginator(Paginator):
    """Django's Paginator whose count comes from :func:`cached_count`.

    A COUNT over the visible deals is most of what an unfiltered list page costs at a million
    deals, and it only changes when the data does. ``known_count``: the count when the caller
    has already computed it over the same rows (the comps page's statistics count every
    matching deal), so no second COUNT runs.
    """

    def __init__(self, object_list: Any, per_page: int, known_count: int | None = None) -> None:
        super().__init__(object_list, per_page)
        self._known_count = known_count

    @cached_property
    def count(self) -> int:
        if self._known_count is not None:
            return self._known_count
        if isinstance(self.object_list, QuerySet):
            return cached_count(self.object_list)
        return super().count

    def page(self, number: Any) -> Page:
        """Django's page; for ids under a :class:`NamesItsRows` condition, the page and the
        count come from one statement. A page past the end (no rows) is counted and refused
        as Django does."""
        if self._known_count is not None or "count" in self.__dict__ or self.orphans:
            return super().page(number)
        if not _ids_under_named_rows(self.object_list):
            return super().page(number)
        try:
            index = int(number)
        except (TypeError, ValueError):
            return super().page(number)  # Django names the error
        if index < 1:
            return super().page(number)
        ids = cast(QuerySet[Any, Any], self.object_list)
        bottom = (index - 1) * self.per_page
        rows = list(
            ids.annotate(_listed=Window(Count("pk"))).values_list("pk", "_listed")[
                bottom : bottom + self.per_page
            ]
        )
        if not rows:
            return super().page(number)
        self.__dict__["count"] = rows[0][1]  # the cached_property above, filled
        return Page([pk for pk, _ in rows], self.validate_number(index), self)


def connect_signals() -> None:
    """Move the stamp on every save, delete and many-to-many change in the tracked apps."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for label in TRACKED_APPS:
        for model in apps.get_app_config(label).get_models():
            if str(model._meta.model_name).startswith("historical"):
                continue  # simple-history's copies: the tracked model's own write bumps
            if getattr(model, "DERIVED", False):
                continue  # rows rewritten from the tracked models' writes, which bump
            uid = f"result-cache-{model._meta.label_lower}"
            post_save.connect(bump_data_version, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(bump_data_version, sender=model, dispatch_uid=f"{uid}-delete")
            for m2m in model._meta.local_many_to_many:
                m2m_changed.connect(
                    bump_data_version, sender=m2m.remote_field.through, dispatch_uid=f"{uid}-m2m"
                )
