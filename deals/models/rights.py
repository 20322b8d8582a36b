"""Stored availability of assets: what ``available_in`` reads (deals/rights/stored.py)."""

from __future__ import annotations

from django.db import models

from companies.models import Asset


class RightsScope(models.TextChoices):
    """Which deals a stored availability was derived from: the deals a reader may see."""

    PUBLIC = "public", "Public deals"
    ALL = "all", "All deals, internal ones included"


class AssetUnavailability(models.Model):
    """The countries where an asset's rights are not with its originator during a period.

    Derived, never edited: deals/rights/stored.py writes these rows from the rights derivation
    (deals/rights/derive.py) on every write that can change them and ``manage.py
    rebuild_rights`` rewrites them all. An asset with no row is available everywhere, which is
    every asset no license ever covered, so only licensed assets take rows. ``countries`` holds
    ISO codes between commas (",JP,US,"), or, when ``inverted``, the countries where the asset
    *is* available (a worldwide license excluding Greater China is 4 codes, not 245): one row
    per asset and period instead of one per country keeps the table at the size of the
    licensed assets, and the filter reads it with one LIKE per row.
    """

    # Written only from other models' writes, which move the data version already
    # (core/result_cache.py connect_signals skips DERIVED models).
    DERIVED = True

    asset = models.ForeignKey(Asset, on_delete=models.CASCADE, related_name="+")
    scope = models.CharField(max_length=8, choices=RightsScope.choices)
    since = models.DateField()
    until = models.DateField(null=True, blank=True, help_text="Exclusive; empty: still so.")
    inverted = models.BooleanField(default=False)
    countries = models.TextField()

    class Meta:
        verbose_name_plural = "asset unavailabilities"
        indexes = [models.Index(fields=["scope", "since"], name="unavail_scope_since")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(until__isnull=True) | models.Q(until__gt=models.F("since")),
                name="unavail_period_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.asset_id} {self.scope} {self.since}–{self.until or ''}"
