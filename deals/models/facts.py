"""The analytics groups of each deal, stored: country groups of its parties, its modalities
and therapeutic areas (deals/analytics/facts.py derives and keeps them)."""

from __future__ import annotations

from django.db import models

from deals.models.deal import Deal


class DealGroupFact(models.Model):
    """One analytics group a deal falls in for one multi-valued dimension.

    Derived, never edited: deals/analytics/facts.py writes these rows with the same queries the
    live breakdown runs (one row per distinct (deal, dimension, group)), on every write that can
    change them (deals/analytics/facts_sync.py), and ``manage.py rebuild_facts`` rewrites them
    all. A deal with no row for a dimension is "not specified" / "not disclosed" there, as
    the live LEFT JOIN makes it. Visibility is not stored: the breakdowns join these rows to
    the reader's own visible, filtered deals, so an internal deal's rows are never read for a
    public reader.
    """

    # Written only from other models' writes, which move the data version already
    # (core/result_cache.py connect_signals skips DERIVED models).
    DERIVED = True

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="+")
    dimension = models.CharField(max_length=20)
    grp = models.CharField(max_length=100)
    label = models.CharField(max_length=200, blank=True)
    # The deal's first group of the dimension (by key): summing only these rows counts each
    # deal once, so a chart's per-period totals come from the same pass as its cells.
    is_first = models.BooleanField(default=False)

    class Meta:
        indexes = [
            models.Index(fields=["dimension", "deal", "grp"], name="groupfact_dim_deal"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["deal", "dimension", "grp"], name="groupfact_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.deal_id} {self.dimension}={self.grp}"


class BreakdownTotal(models.Model):
    """A breakdown's figures summed per (visibility, class, year, quarter, dimension, group).

    Derived, never edited: deals/analytics/breakdown_totals.py writes all of them at once with
    the live breakdown's own grouped statement (deals/analytics/breakdowns.py ``cells_sql``)
    over every counted deal, grouped also by visibility and class, and records the data version
    they were computed at in :class:`BreakdownTotalsVersion`. A chart whose deals are exactly
    "the visible deals of these classes" adds these rows up instead of aggregating every deal,
    and only while that version is the database's current one: a write makes them unused until
    a task computes them again. ``first_*`` are the figures over each deal's first group only,
    which add up to the per-period totals (each deal once).
    """

    DERIVED = True

    visibility = models.CharField(max_length=10)
    deal_class = models.CharField(max_length=12)
    # NULL for deals without an announcement date (only the "all time" period reads them).
    year = models.IntegerField(null=True)
    quarter = models.SmallIntegerField(null=True)
    dimension = models.CharField(max_length=20)
    grp = models.CharField(max_length=100)
    label = models.CharField(max_length=200, blank=True)
    deals = models.IntegerField()
    deals_with_value = models.IntegerField()
    value_usd = models.DecimalField(max_digits=30, decimal_places=2, null=True)
    deals_with_upfront = models.IntegerField()
    upfront_usd = models.DecimalField(max_digits=30, decimal_places=2, null=True)
    first_deals = models.IntegerField()
    first_with_value = models.IntegerField()
    first_value_usd = models.DecimalField(max_digits=30, decimal_places=2, null=True)
    first_with_upfront = models.IntegerField()
    first_upfront_usd = models.DecimalField(max_digits=30, decimal_places=2, null=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["dimension", "deal_class", "visibility"], name="breakdowntotal_scope"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.dimension}={self.grp} {self.deal_class} {self.year}"


class BreakdownTotalsVersion(models.Model):
    """One row (id 1): the data version (:class:`deals.models.DataVersion` token) the stored
    :class:`BreakdownTotal` rows were computed at, and when."""

    DERIVED = True

    token = models.CharField(max_length=32)
    computed_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.token} at {self.computed_at:%Y-%m-%d %H:%M:%S}"


class StoredStatistics(models.Model):
    """The statistics (count, sums, medians, quartiles, min and max of each money measure) of
    one canonical set of deals: the counted deals of some classes, public or all.

    Derived, never edited: deals/analytics/stored_statistics.py computes each row with the
    statistics' own statement over that exact query and stores the data version it read
    first (``token``). A page reads a row only while ``token`` is the database's current data
    version and the row is younger than ``RESULT_CACHE_SECONDS``; otherwise it computes live.
    """

    DERIVED = True

    public_only = models.BooleanField()
    # The classes' codes, sorted and comma-separated ("licensing,m_and_a").
    classes = models.CharField(max_length=64)
    token = models.CharField(max_length=32)
    computed_at = models.DateTimeField()
    # deals.analytics.stats.CompsStatistics, money as decimal strings (exact to the cent).
    statistics = models.JSONField()

    class Meta:
        verbose_name_plural = "stored statistics"
        constraints = [
            models.UniqueConstraint(
                fields=["public_only", "classes"], name="storedstatistics_one_per_scope"
            ),
        ]

    def __str__(self) -> str:
        return f"{'public' if self.public_only else 'all'} {self.classes} at {self.token}"
