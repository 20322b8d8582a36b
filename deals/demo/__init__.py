"""The demo data set: the BD conference calendar 2024–2026 and 121 real deals, each as reported.

One module per part, each with the sources it was written from and a ``NOTES`` text listing
the disagreements between sources and how they are stored:

- ``jpm2026``: the J.P. Morgan Healthcare Conference 2026 deals, 17 further well-known deals,
  the vocabularies, regions and the monthly FX reference table;
- ``licensing_china``: out-licensing from mainland China and Hong Kong, 2023–2026;
- ``licensing_world``: licensing, options, collaborations and equity from Korea, Japan, the US
  and Europe, with lifecycle events (options exercised, terminations);
- ``acquisitions``: acquisitions, mergers and asset purchases, 2023–2025;
- ``conferences``: the series and editions (JPM, BIO, BIO-Europe (Spring), ASCO, ESMO, AACR,
  ASH), each with its source, and the deals a source ties to a conference.

This module merges them for ``manage.py load_demo``: a company, asset or target that several
parts name is one row (the first definition wins; aliases and listings are united), and
parents come before their subsidiaries.
"""

from __future__ import annotations

from typing import Any

from deals.demo import (
    acquisitions,
    conferences,
    corrections,
    jpm2026,
    licensing_china,
    licensing_world,
)

PARTS = (jpm2026, licensing_china, licensing_world, acquisitions)


def _merged(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """``rows`` with one entry per ``key``: the first wins, list fields are united."""
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row[key] not in merged:
            merged[row[key]] = {**row}
            continue
        first = merged[row[key]]
        for field in ("aliases", "listings", "targets", "therapeutic_areas"):
            for item in row.get(field, []):
                if item not in first.setdefault(field, []):
                    first[field].append(item)
    return list(merged.values())


def _parents_first(companies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Companies ordered so that a parent always comes before its subsidiaries."""
    by_slug = {c["slug"]: c for c in companies}
    ordered: list[dict[str, Any]] = []
    seen: set[str] = set()

    def visit(company: dict[str, Any]) -> None:
        if company["slug"] in seen:
            return
        parent = company.get("parent")
        if parent and parent in by_slug:
            visit(by_slug[parent])
        seen.add(company["slug"])
        ordered.append(company)

    for company in companies:
        visit(company)
    return ordered


def _one_source_per_url(deal: dict[str, Any]) -> dict[str, Any]:
    """A deal whose sources quote one page twice, with one source for that page.

    A page is one source (one row per URL and deal); its quotes are kept, joined with "[…]",
    and the terms that cite the second quote cite the page.
    """
    kept: dict[str, dict[str, Any]] = {}
    alias: dict[str, str] = {}
    for source in deal["sources"]:
        first = kept.get(source["url"])
        if first is None:
            kept[source["url"]] = {**source}
            continue
        alias[source["key"]] = first["key"]
        if source.get("quote") and source["quote"] not in first.get("quote", ""):
            first["quote"] = f"{first['quote']} […] {source['quote']}".strip(" […]")
    if not alias:
        return deal

    def cited(item: dict[str, Any] | None) -> dict[str, Any] | None:
        if item is None or item.get("source") not in alias:
            return item
        return {**item, "source": alias[item["source"]]}

    return {
        **deal,
        "sources": list(kept.values()),
        "headline": cited(deal.get("headline")),
        "royalty": cited(deal.get("royalty")),
        "payments": [cited(p) for p in deal["payments"]],
        "events": [cited(e) for e in deal["events"]],
    }


def _corrected(deal: dict[str, Any]) -> dict[str, Any]:
    """``deal`` with the corrections of ``corrections.py`` applied, their sources added."""
    fix = corrections.CORRECTIONS.get(deal["slug"])
    if not fix:
        return deal
    deal = {**deal, **fix.get("set", {})}
    replaced = {source["key"]: source for source in fix.get("sources", [])}
    kept = [replaced.pop(s["key"], s) for s in deal["sources"]]
    deal["sources"] = [*kept, *replaced.values()]
    for key in ("payments", "events", "royalty"):
        if key in fix:
            deal[key] = fix[key]
    deal["events"] = [*deal["events"], *fix.get("events_add", [])]
    phases = fix.get("asset_phases", {})
    if phases:
        deal["assets"] = [
            {**item, "phase_at_signing": phases[item["asset"]][0]}
            if item["asset"] in phases
            else item
            for item in deal["assets"]
        ]
    return deal


def _deals() -> list[dict[str, Any]]:
    """Every deal, corrected, linked to the conference a source ties it to (with that
    source)."""
    deals = [_one_source_per_url(_corrected(deal)) for part in PARTS for deal in part.DEALS]
    by_slug = {deal["slug"]: deal for deal in deals}
    for slug, (conference, source) in CONFERENCE_LINKS.items():
        deal = by_slug[slug]
        deal["conference"] = conference
        deal["sources"] = [*deal["sources"], source]
    return deals


# Deals that a source places at a conference (deals/demo/conferences.py DEALS_AT_CONFERENCES):
# deal slug -> (conference slug, the source saying so, added to the deal's sources).
CONFERENCE_LINKS: dict[str, tuple[str, dict[str, Any]]] = conferences.deal_links()

THERAPEUTIC_AREAS = jpm2026.THERAPEUTIC_AREAS
REGIONS = jpm2026.REGIONS
FX_RATES = jpm2026.FX_RATES
TARGETS = _merged([t for part in PARTS for t in part.TARGETS], "name")
COMPANIES = _parents_first(_merged([c for part in PARTS for c in part.COMPANIES], "slug"))
ASSETS = _merged([a for part in PARTS for a in part.ASSETS], "slug")
CONFERENCE_SERIES = conferences.CONFERENCE_SERIES
CONFERENCES = conferences.CONFERENCES
DEALS = _deals()
