"""Stored availability: where each licensed asset's rights have left its originator, and when.

``available_in=<country>`` on the asset list asks the rights derivation one question for every
asset, far too slow to replay on each request at scale (README, "Figures behind design
choices"). The answer only changes when
a deal, its parties, assets, territory or events, a region or an asset's owner change (or on the
dates the deals name), so it is stored in :class:`deals.models.AssetUnavailability`: per asset
and visibility scope, the periods (between two change days of its deals) and the countries where
it is *not* available, computed by :func:`deals.rights.derive.derive` itself at each change day.

- :func:`refresh` rewrites the rows of some assets; :mod:`deals.rights.sync` calls it when a
  transaction that changed what the derivation reads commits, and bulk loaders (seed_synthetic,
  load_demo) and ``manage.py rebuild_rights`` call :func:`rebuild`.
- :func:`unavailable` is the filter's query: the assets with a row covering today and the
  country.

Only assets with a license or option among the deals the derivation replays take rows: without
one, every country stays with the originator (acquisitions move the originator's rights and the
originator together), which tests/test_rights_stored.py checks against the full derivation.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet

from companies.models import Asset
from core.result_cache import bump_data_version
from deals.models import AssetUnavailability, Deal, DealAsset, RightsScope
from deals.models.deal import sees_internal
from deals.rights.dealfacts import KINDS
from deals.rights.derive import DealFacts, Kind, change_days, derive
from deals.rights.lean import facts_by_asset
from deals.rights.territory import ALL_COUNTRIES

# Assets are derived in batches of this many (bounded memory and query size).
BATCH = 2000
# Deal types that can take a country from the originator (licenses, and options once exercised).
LICENSING_TYPES = tuple(t for t, kind in KINDS.items() if kind in (Kind.LICENSE, Kind.OPTION))


def scope_of(user: object) -> RightsScope:
    """The stored scope that matches ``Deal.objects.visible_to(user)``."""
    return RightsScope.ALL if sees_internal(user) else RightsScope.PUBLIC  # type: ignore[arg-type]


def visible_in(scope: str, using: str = "default") -> QuerySet[Deal]:
    """The deals a scope is derived from."""
    deals = Deal.objects.using(using)
    return deals.all() if scope == RightsScope.ALL else deals.public()


def periods(
    owner: int | None, facts: list[DealFacts]
) -> list[tuple[date, date | None, frozenset[str]]]:
    """(since, until, countries not with the originator) for each period in which some country
    is not, until excluded (None: still so); the derivation run on each change day.

    The derivation treats every country on its own, and two countries that every territory of
    ``facts`` either covers or leaves out alike end alike; so it runs on one country of each
    such group and the answer is spread to the group (a worldwide license excluding Greater
    China is two groups, not 249 countries).
    """
    if not any(f.kind in (Kind.LICENSE, Kind.OPTION) for f in facts):
        return []
    territories = [f.countries for f in facts] + [f.excluded for f in facts]
    groups: dict[tuple[bool, ...], list[str]] = {}
    for country in sorted(ALL_COUNTRIES):
        groups.setdefault(tuple(country in t for t in territories), []).append(country)
    members = {group[0]: group for group in groups.values()}
    universe = frozenset(members)
    found: list[tuple[date, date | None, frozenset[str]]] = []
    current: frozenset[str] = frozenset()  # before the first change day: all with the originator
    for day in change_days(facts):
        left = universe - derive(owner, facts, day, universe).available
        gone = frozenset(country for one in left for country in members[one])
        if gone == current:
            continue
        if current:
            found[-1] = (found[-1][0], day, current)
        if gone:
            found.append((day, None, gone))
        current = gone
    return found


def _encode(countries: frozenset[str]) -> tuple[bool, str]:
    """The shorter of the countries and their complement, between commas, and which it is."""
    inverted = len(countries) * 2 > len(ALL_COUNTRIES)
    codes = ALL_COUNTRIES - countries if inverted else countries
    return inverted, "," + ",".join(sorted(codes)) + ","


def decode(row: AssetUnavailability) -> frozenset[str]:
    """The countries a row says the asset is not available in."""
    codes = frozenset(c for c in row.countries.split(",") if c)
    return ALL_COUNTRIES - codes if row.inverted else codes


def _rows(
    assets: list[Asset], scope: str, using: str, memo: dict[Any, Any] | None = None
) -> list[AssetUnavailability]:
    facts = facts_by_asset(assets, visible_in(scope, using))
    memo = {} if memo is None else memo
    rows = []
    for asset in assets:
        # Most assets read the same facts in both scopes (no internal deal among them).
        key = (asset.owner_id, tuple(facts.get(asset.pk, [])))
        if key not in memo:
            memo[key] = periods(asset.owner_id, facts.get(asset.pk, []))
        for since, until, gone in memo[key]:
            inverted, codes = _encode(gone)
            rows.append(
                AssetUnavailability(
                    asset_id=asset.pk,
                    scope=scope,
                    since=since,
                    until=until,
                    inverted=inverted,
                    countries=codes,
                )
            )
    return rows


def refresh(asset_ids: Iterable[int], using: str = "default") -> int:
    """Rewrite the stored availability of these assets (those that no longer exist just lose
    their rows); returns the number of rows written."""
    ids = sorted(set(asset_ids))
    written = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        assets = list(Asset.objects.using(using).filter(pk__in=chunk).only("pk", "owner_id"))
        with transaction.atomic(using=using):
            AssetUnavailability.objects.using(using).filter(asset_id__in=chunk).delete()
            memo: dict[Any, Any] = {}
            for scope in RightsScope.values:
                rows = _rows(assets, scope, using, memo)
                AssetUnavailability.objects.using(using).bulk_create(rows, batch_size=1000)
                written += len(rows)
            # These rows are written after the write that caused them committed (and moved
            # the data version): move it again with them, or a reader in between would cache
            # an old count (an available_in list) under the newer version.
            bump_data_version(using=using)
    return written


def licensed_assets(using: str = "default") -> QuerySet[DealAsset, int]:
    """Asset ids of every asset a license or option (of any visibility) covers: the only ones
    that can take rows."""
    return (
        DealAsset.objects.using(using)
        .filter(deal__deal_type__in=LICENSING_TYPES)
        .values_list("asset_id", flat=True)
        .distinct()
    )


def rebuild(using: str = "default") -> int:
    """Rewrite the whole table from the deals; returns the number of rows written."""
    with transaction.atomic(using=using):
        AssetUnavailability.objects.using(using).all().delete()
        written = refresh(licensed_assets(using), using)
        # Counts cached by data version (core/result_cache.py) may hold the old answer.
        bump_data_version(using=using)
    return written


def unavailable(country: str, scope: str, on: date) -> QuerySet[AssetUnavailability, Any]:
    """Asset ids whose rights in ``country`` are not with their originator on ``on``."""
    code = f",{country},"
    return (
        AssetUnavailability.objects.filter(scope=scope, since__lte=on)
        .filter(Q(until__isnull=True) | Q(until__gt=on))
        .filter(
            Q(inverted=False, countries__contains=code)
            | Q(inverted=True) & ~Q(countries__contains=code)
        )
        .values("asset_id")
    )


def _key(row: AssetUnavailability) -> tuple[int, str, date, date | None, frozenset[str]]:
    return (row.asset_id, row.scope, row.since, row.until, decode(row))


def stale_assets(using: str = "default") -> set[int]:
    """Assets whose stored rows differ from a fresh derivation (none, when writes kept it
    current): what ``manage.py rebuild_rights --check`` and the tests look at."""
    ids = set(licensed_assets(using)) | set(
        AssetUnavailability.objects.using(using).values_list("asset_id", flat=True)
    )
    ordered = sorted(ids)
    stale: set[int] = set()
    for start in range(0, len(ordered), BATCH):
        chunk = ordered[start : start + BATCH]
        assets = list(Asset.objects.using(using).filter(pk__in=chunk).only("pk", "owner_id"))
        memo: dict[Any, Any] = {}
        fresh = {
            _key(row) for scope in RightsScope.values for row in _rows(assets, scope, using, memo)
        }
        have = {
            _key(row) for row in AssetUnavailability.objects.using(using).filter(asset_id__in=chunk)
        }
        stale |= {key[0] for key in fresh ^ have}
    return stale
