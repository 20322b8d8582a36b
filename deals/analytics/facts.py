"""The stored analytics groups of each deal (:class:`deals.models.DealGroupFact`).

A breakdown by licensor or target country, modality or therapeutic area puts a deal in every
group its parties or assets name. Working that out live means a DISTINCT over every party (with
a CASE over the country groups) or every asset link of the table, on each chart. The same
pairs are stored here, one row per (deal, dimension, group), derived by :func:`live_pairs`,
the very queries the live breakdown runs, so the stored rows and the live ones cannot differ
in definition; deals/analytics/facts_sync.py rewrites a deal's rows on every write that can
change them. ``settings.ANALYTICS_FACTS`` (on by default) has the breakdowns read them;
off, they compute the pairs live, which the differential tests compare against.
"""

# The SQL assembled here interpolates only the table name and SQL the ORM generated; every
# value travels as a parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import connections, transaction
from django.db.models import Case, F, QuerySet, Value, When

from core.result_cache import bump_data_version
from deals import regions
from deals.models import DealAsset, DealGroupFact, DealParty

# Dimensions whose groups come from a deal's parties (by role) or assets: a deal can be in
# several groups, hence the stored rows. Deal type and class are the deal's own columns.
COUNTRY_ROLES = {
    "licensor_country": DealParty.Role.LICENSOR,
    "target_country": DealParty.Role.TARGET,
}
STORED_DIMENSIONS = (*COUNTRY_ROLES, "modality", "therapeutic_area")
BATCH = 2000


def enabled() -> bool:
    """Whether the breakdowns read the stored groups (``settings.ANALYTICS_FACTS``)."""
    return bool(getattr(settings, "ANALYTICS_FACTS", True))


def live_pairs(dimension: str, using: str = "default") -> QuerySet[Any, Any]:
    """(deal_id, grp, label): each group of ``dimension`` a deal is in, distinct, computed now.

    Countries follow the country filters' rule (deals/filters.py ``country_condition``): a
    deal counts in every group where it has a party of the role, so a drill-down to
    ``licensor_country=<grp>`` lists exactly the deals of the cell; a party whose country is
    not on record says nothing. Modality and therapeutic area come from the deal's assets
    (the area's name is its label).
    """
    if dimension in COUNTRY_ROLES:
        whens = [
            When(company__country__in=regions.members(code), then=Value(code))
            for code, _ in regions.ANALYTICS_GROUPS
        ]
        pairs: QuerySet[Any, Any] = (
            DealParty.objects.using(using)
            .filter(role=COUNTRY_ROLES[dimension], company__isnull=False)
            .exclude(company__country="")
            .annotate(grp=Case(*whens, default=Value(regions.OTHER)), label=Value(""))
            .values("deal_id", "grp", "label")
        )
    elif dimension == "modality":
        pairs = (
            DealAsset.objects.using(using)
            .exclude(asset__modality="")
            .values("deal_id", grp=F("asset__modality"), label=Value(""))
        )
    elif dimension == "therapeutic_area":
        pairs = (
            DealAsset.objects.using(using)
            .filter(asset__therapeutic_areas__isnull=False)
            .values(
                "deal_id",
                grp=F("asset__therapeutic_areas__slug"),
                label=F("asset__therapeutic_areas__name"),
            )
        )
    else:
        raise ValueError(f"No stored groups for {dimension!r}.")
    return pairs.order_by().distinct()


def _with_first(pairs: QuerySet[Any, Any]) -> tuple[str, tuple[Any, ...]]:
    """SQL over distinct (deal_id, grp, label) pairs adding ``is_first``: true on each deal's
    first group by key (after DISTINCT, so two licensors in one group make one row)."""
    sql, params = pairs.query.sql_with_params()
    return (
        "SELECT q.deal_id, q.grp, q.label, "  # nosec B608
        "ROW_NUMBER() OVER (PARTITION BY q.deal_id ORDER BY q.grp) = 1 AS is_first "
        f"FROM ({sql}) q",
        params,
    )


def pairs_sql(dimension: str, using: str = "default") -> tuple[str, tuple[Any, ...]]:
    """The (deal_id, grp, label, is_first) rows of ``dimension`` as SQL: the stored ones when
    :func:`enabled`, else :func:`live_pairs` computed now."""
    if not enabled():
        return _with_first(live_pairs(dimension, using))
    stored = (
        DealGroupFact.objects.using(using)
        .filter(dimension=dimension)
        .order_by()
        .values("deal_id", "grp", "label", "is_first")
    )
    return stored.query.sql_with_params()


def _insert(dimension: str, pairs: QuerySet[Any, Any], using: str) -> int:
    sql, params = _with_first(pairs)
    table = DealGroupFact._meta.db_table
    with connections[using].cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (deal_id, dimension, grp, label, is_first) "  # nosec B608
            f"SELECT f.deal_id, %s, f.grp, f.label, f.is_first FROM ({sql}) f",
            (dimension, *params),
        )
        return max(cursor.rowcount, 0)


def refresh(
    deal_ids: Iterable[int],
    using: str = "default",
    dimensions: Iterable[str] = STORED_DIMENSIONS,
) -> int:
    """Rewrite the stored groups of these deals in ``dimensions`` (deleted deals just lose
    theirs); returns the number of rows written."""
    ids = sorted({i for i in deal_ids if i})
    wanted = set(dimensions)
    chosen = [d for d in STORED_DIMENSIONS if d in wanted]
    # Inside the writer's transaction its own write has moved the data version already, and
    # no reader sees these rows before that write: no second move needed.
    in_writer = connections[using].in_atomic_block
    written = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        with transaction.atomic(using=using):
            DealGroupFact.objects.using(using).filter(
                deal_id__in=chunk, dimension__in=chosen
            ).delete()
            for dimension in chosen:
                written += _insert(
                    dimension, live_pairs(dimension, using).filter(deal_id__in=chunk), using
                )
    if ids and not in_writer:
        # Written after the write that caused them committed (and moved the data version):
        # move it again, or a reader in between would cache a chart under the newer version.
        bump_data_version(using=using)
    return written


def rebuild(using: str = "default") -> int:
    """Rewrite the whole table from the deals, set-based; returns the number of rows."""
    written = 0
    with transaction.atomic(using=using):
        DealGroupFact.objects.using(using).all().delete()
        for dimension in STORED_DIMENSIONS:
            written += _insert(dimension, live_pairs(dimension, using), using)
        bump_data_version(using=using)
        if connections[using].vendor == "postgresql":
            # Fresh statistics, or the planner takes the new rows for a handful.
            with connections[using].cursor() as cursor:
                cursor.execute(f"ANALYZE {DealGroupFact._meta.db_table}")
    return written


def stale_deals(using: str = "default") -> set[int]:
    """Deals whose stored groups differ from :func:`live_pairs` (none when writes kept them
    current): what ``manage.py rebuild_facts --check`` and the tests look at."""
    fresh = set()
    for dimension in STORED_DIMENSIONS:
        sql, params = _with_first(live_pairs(dimension, using))
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            fresh |= {(d, dimension, g, label or "", bool(f)) for d, g, label, f in cursor}
    have = {
        (row["deal_id"], row["dimension"], row["grp"], row["label"] or "", row["is_first"])
        for row in DealGroupFact.objects.using(using).values(
            "deal_id", "dimension", "grp", "label", "is_first"
        )
    }
    return {key[0] for key in fresh ^ have}
