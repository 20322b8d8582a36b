"""The text a deal is found by: one stored search document per deal (deals/search.py)."""

from django.db import models

from deals.models.deal import Deal


class DealSearchDocument(models.Model):
    """Everything a reader may type to find a deal, flattened into one text per deal.

    Title, summary, every party under all its names (name, legal and local name, aliases, the
    name as reported), every asset under its name, codes and aliases (each also without
    hyphens or spaces, and split between letters and digits), its targets, modality,
    therapeutic areas and indications. deals/search.py writes it on every change of any of
    these (deals/signals.py) and reads it for ``q``: through an FTS5 index on SQLite, a
    GIN-indexed ``tsvector`` on PostgreSQL (both created by migration 0012, outside the ORM).
    Analyst notes are never part of it.
    """

    deal = models.OneToOneField(
        Deal, on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    document = models.TextField(blank=True)

    class Meta:
        verbose_name = "deal search document"

    def __str__(self) -> str:
        return f"Search document of deal {self.deal_id}"
