"""Stored company figures: each company's public deal-profile figures, kept in
:class:`deals.models.CompanyFigures` so that a profile, company page or compare page reads one
row instead of grouping the company's deals on every request.

The values are those :func:`deals.profiles.profile.figure_values` computes over the public
deals (the one home of every profile figure), so stored and live can only differ when a write
was missed; :func:`stale_companies` (``manage.py rebuild_profiles --check``, the tests) finds
such a company.

- :func:`refresh` rewrites the rows of some companies; :mod:`deals.profiles.sync` calls it when
  a transaction that changed what the figures read commits, and bulk loaders (seed_synthetic,
  load_demo) and ``manage.py rebuild_profiles`` call :func:`rebuild`.
- Only public figures are stored: an internal deal never reaches a row, and readers who may
  see internal deals get the figures computed live.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from companies.models import Company
from core.result_cache import bump_data_version
from deals.models import CompanyFigures, Deal, DealParty
from deals.profiles.profile import figure_values

# Companies are written in batches of this many (bounded memory per transaction).
BATCH = 500


def _values(company: Company, using: str) -> dict[str, Any]:
    return figure_values(company, Deal.objects.using(using).public())


def refresh(company_ids: Iterable[int], using: str = "default") -> int:
    """Rewrite the stored figures of these companies (those that no longer exist just lose
    their rows); returns the number of rows written."""
    ids = sorted(set(company_ids))
    written = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        companies = list(Company.objects.using(using).filter(pk__in=chunk).only("pk", "slug"))
        rows = [CompanyFigures(company=c, figures=_values(c, using)) for c in companies]
        with transaction.atomic(using=using):
            CompanyFigures.objects.using(using).filter(company_id__in=chunk).delete()
            CompanyFigures.objects.using(using).bulk_create(rows, batch_size=BATCH)
            # Written after the write that caused them committed (and moved the data
            # version): move it again with them, or a reader in between would cache an
            # answer computed from the old rows under the newer version.
            bump_data_version(using=using)
        written += len(rows)
    return written


def party_companies(using: str = "default") -> set[int]:
    """Every company that is a party to some deal (of any visibility): the ones with rows."""
    return set(
        DealParty.objects.using(using)
        .filter(company__isnull=False)
        .values_list("company_id", flat=True)
        .distinct()
    )


def rebuild(using: str = "default") -> int:
    """Rewrite the whole table from the deals; returns the number of rows written."""
    with transaction.atomic(using=using):
        CompanyFigures.objects.using(using).all().delete()
        written = refresh(party_companies(using), using)
        bump_data_version(using=using)
    return written


def stale_companies(using: str = "default") -> set[int]:
    """Companies whose stored figures differ from the live computation, or that take part in
    a deal and have no row (none, when writes kept the table current)."""
    have = dict(CompanyFigures.objects.using(using).values_list("company_id", "figures"))
    ids = sorted(party_companies(using) | set(have))
    stale: set[int] = set()
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        for company in Company.objects.using(using).filter(pk__in=chunk).only("pk", "slug"):
            if have.get(company.pk) != _values(company, using):
                stale.add(company.pk)
    return stale
