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
