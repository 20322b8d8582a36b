"""Territories as country sets, and back: the arithmetic behind an asset's rights map.

A deal's territory is stored as included and excluded regions and countries ("WW" excluding
"GREATER_CHINA"). Rights are derived per country (:mod:`deals.rights.derive`), then compacted
back into the blocks readers know ("Worldwide excl. Greater China") with the same region codes
(:mod:`deals.regions`) that the deal filters take.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django_countries import countries

from deals import regions

WORLDWIDE = "WW"
# Every ISO 3166-1 country django-countries knows: what "worldwide" stands for.
ALL_COUNTRIES: frozenset[str] = frozenset(code for code, _ in countries)

# Region codes tried when compacting, largest first; each is used only whole.
_BLOCKS: tuple[str, ...] = ("EUROPE", "EU", "GREATER_CHINA")


def expand(
    included: Iterable[str],
    excluded: Iterable[str],
    region_members: Mapping[str, Iterable[str]] | None = None,
) -> frozenset[str]:
    """The countries a territory covers: its included codes minus its excluded ones.

    ``region_members`` gives the countries of region codes stored in the database (a Region
    row); codes it does not know fall back to :mod:`deals.regions`, and "WW" (or a region
    stored without countries) is every country.
    """
    lookup = region_members or {}

    def countries_of(code: str) -> frozenset[str]:
        if code == WORLDWIDE:
            return ALL_COUNTRIES
        if code in lookup:
            members = frozenset(lookup[code])
            return members or ALL_COUNTRIES
        return frozenset(regions.members(code))

    covered: set[str] = set()
    for code in included:
        covered |= countries_of(code)
    for code in excluded:
        covered -= countries_of(code)
    return frozenset(covered)


def _blocks(codes: frozenset[str]) -> list[str]:
    """``codes`` as whole regions where one fits, then single countries, in a stable order."""
    left = set(codes)
    out: list[str] = []
    for block in _BLOCKS:
        members = set(regions.members(block))
        if members <= left:
            out.append(block)
            left -= members
    return out + sorted(left)


def compact(codes: Iterable[str]) -> dict[str, list[str]]:
    """A country set as ``{"included": [...], "excluded": [...]}``, the shorter way round.

    Every country is ``{"included": ["WW"], "excluded": []}``; all but Greater China is
    ``{"included": ["WW"], "excluded": ["GREATER_CHINA"]}``; Japan alone is ``["JP"]``.
    """
    covered = frozenset(codes)
    if not covered:
        return {"included": [], "excluded": []}
    missing = ALL_COUNTRIES - covered
    if not missing:
        return {"included": [WORLDWIDE], "excluded": []}
    inside, outside = _blocks(covered & ALL_COUNTRIES), _blocks(frozenset(missing))
    if len(outside) < len(inside):
        return {"included": [WORLDWIDE], "excluded": outside}
    return {"included": inside, "excluded": []}


def code_label(code: str) -> str:
    """ "Worldwide", "Greater China", "Japan"."""
    if code == WORLDWIDE:
        return "Worldwide"
    if code in regions.GROUPS:
        return regions.GROUPS[code][0].split(" (")[0]
    return regions.label(code)


def describe(territory: Mapping[str, list[str]]) -> str:
    """ "Worldwide excl. Greater China", "Japan, South Korea", "—" for nothing."""
    included = ", ".join(code_label(c) for c in territory.get("included", []))
    excluded = ", ".join(code_label(c) for c in territory.get("excluded", []))
    if not included:
        return "—"
    return f"{included} excl. {excluded}" if excluded else included
