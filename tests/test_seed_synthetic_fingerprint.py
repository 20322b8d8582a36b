"""seed_synthetic's output is pinned: the same --deals and --seed give the same rows, byte for byte.

The fingerprints below were computed with the generator as it stood in one module
(``deals/management/commands/seed_synthetic.py``, 1,405 lines) before it moved into the
``deals/synthetic/`` package; a refactoring that changes any random draw, any row or any
column of a synthetic row changes them. If the data set is changed on purpose, recompute them
(the assertion message prints the new value) and say so in the commit.
"""

import hashlib
from datetime import date, datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import models

from companies.models import (
    Asset,
    AssetAlias,
    Company,
    CompanyAlias,
    StockListing,
    Target,
    TherapeuticArea,
)
from deals.models import (
    Conference,
    ConferenceSeries,
    Deal,
    DealAsset,
    DealEvent,
    DealParty,
    DealTerritory,
    FxRate,
    PaymentComponent,
    Region,
    Royalty,
    Source,
)

pytestmark = pytest.mark.django_db

# How each model that a synthetic row points at is named independently of its id.
_NATURAL_KEY: dict[type[models.Model], str] = {
    Deal: "slug",
    Company: "slug",
    Asset: "slug",
    Target: "name",
    TherapeuticArea: "name",
    Region: "code",
    Conference: "slug",
    ConferenceSeries: "name",
    Source: "url",  # synthetic source URLs carry their deal's slug
}


def _plain(value: object) -> str:
    """One value as text that reads the same from SQLite and PostgreSQL."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if hasattr(value, "code"):  # django-countries' Country
        return str(value.code)
    return repr(value)


def _rows(model: type[models.Model], **synthetic: object) -> list[str]:
    """Every synthetic row of ``model``, all columns but the id, foreign keys by natural key."""
    columns = []
    for f in model._meta.concrete_fields:
        if f.primary_key:
            continue
        if f.is_relation:
            related = f.related_model
            assert isinstance(related, type)
            key = _NATURAL_KEY.get(related, "username")  # the only other one is the user
            columns.append(f"{f.name}__{key}")
        else:
            columns.append(f.attname)
    rows = model._default_manager.filter(**synthetic).values_list(*columns)
    return sorted("|".join(_plain(v) for v in row) for row in rows)


def _fingerprint() -> tuple[int, str]:
    """(rows, sha256) over every row seed_synthetic writes or creates."""
    syn = "syn-"
    tables = [
        _rows(Deal, slug__startswith=syn),
        _rows(Company, slug__startswith=syn),
        _rows(CompanyAlias, company__slug__startswith=syn),
        _rows(StockListing, company__slug__startswith=syn),
        _rows(Asset, slug__startswith=syn),
        _rows(Asset.targets.through, asset__slug__startswith=syn),
        _rows(Asset.therapeutic_areas.through, asset__slug__startswith=syn),
        _rows(AssetAlias, asset__slug__startswith=syn),
        _rows(Source, deal__slug__startswith=syn),
        _rows(DealParty, deal__slug__startswith=syn),
        _rows(DealAsset, deal__slug__startswith=syn),
        _rows(DealTerritory, deal__slug__startswith=syn),
        _rows(PaymentComponent, deal__slug__startswith=syn),
        _rows(Royalty, deal__slug__startswith=syn),
        _rows(DealEvent, deal__slug__startswith=syn),
        _rows(Target, slug__startswith=syn),
        _rows(TherapeuticArea, slug__startswith=syn),
        _rows(Region, slug__startswith=syn),
        _rows(ConferenceSeries, slug__startswith=syn),
        _rows(Conference, slug__startswith=syn),
        _rows(FxRate, source__startswith="seed_synthetic"),
    ]
    digest = hashlib.sha256()
    for table in tables:
        digest.update("\n".join(table).encode())
        digest.update(b"\n--\n")
    return sum(len(t) for t in tables), digest.hexdigest()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--deals", "200", "--seed", "7"],
            (22381, "b37a5df24725676780e644adeb7695965848b66896c2623fa3cc6d4281e25a94"),
        ),
        # Small chunks: the rows are generated and written in several rounds.
        (
            ["--deals", "150", "--seed", "3", "--chunk", "40"],
            (21682, "b23d8ecf1edf07cf6e8fc0fa5b3791d2aff521f310ec74994ce8cde2d262b18e"),
        ),
    ],
)
def test_seeded_rows_match_the_pinned_fingerprint(
    args: list[str], expected: tuple[int, str]
) -> None:
    call_command("seed_synthetic", *args, stdout=StringIO())
    actual = _fingerprint()
    assert actual == expected, f"seed_synthetic {' '.join(args)} now gives {actual}"
