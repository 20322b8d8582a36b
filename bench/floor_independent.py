"""The independent floor: the API's deal JSON from flat rows, built in Python, with no app code.

bench/floor.py reuses the app's own SQL (deals/queries/pgjson.py), so a ratio against it can
never show that SQL's own cost. This floor is written from the schema alone (the tables and
columns of deals/migrations and companies/migrations) and imports nothing from the project:
plain psycopg 3 and orjson. For a page it runs one count, one page of deal rows (LIMIT/OFFSET
on the default order) and one query per related table for those ids (parties, assets, asset
targets, territories, payments, royalties, sources, events), then writes each deal's JSON
with dicts, key for key and in the order of the API's answer (docs/contract.md, "A deal reads
as"). ``bench/run.py`` fails the run when the API's JSON differs from it in any value or key
order, and tests/test_bench_floor.py checks the same on a factory-built world in CI.

Readers are anonymous: public deals only and no ``analyst_notes`` key. Lists are unfiltered, so
they leave out rumoured deals and deals in negotiation (the API lists those only on a status
filter); details show them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import orjson
import psycopg

# The deal columns a deal's JSON reads, with its conference (LEFT JOIN: most have none).
_DEAL_COLUMNS = """d.id, d.slug, d.title, d.deal_type, d.status, d.exclusive, d.visibility,
    d.signed_on, d.announced_on, c.slug, c.name, d.headline_amount, d.headline_currency,
    d.headline_amount_usd, d.headline_quote, d.headline_source_id, d.upfront_usd,
    d.committed_usd, d.milestones_usd, d.disclosed_usd, d.total_potential_usd, d.deal_class,
    d.signed_on_precision, d.announced_on_precision, d.summary, d.version, d.created_at,
    d.updated_at"""
_DEAL_FROM = "deals_deal d LEFT JOIN deals_conference c ON c.id = d.conference_id"
# A list without a status filter leaves out the pipeline (rumoured, in negotiation): not deals yet.
_LISTED = "d.visibility = 'public' AND d.status NOT IN ('rumored', 'negotiation')"
_PAGE_SQL = f"""SELECT {_DEAL_COLUMNS} FROM {_DEAL_FROM} WHERE {_LISTED}
    ORDER BY d.announced_on DESC, d.id DESC LIMIT %s OFFSET %s"""  # noqa: S608
_DETAIL_SQL = f"""SELECT {_DEAL_COLUMNS} FROM {_DEAL_FROM}
    WHERE d.slug = %s AND d.visibility = 'public'"""  # noqa: S608
_COUNT_SQL = f"SELECT count(*) FROM deals_deal d WHERE {_LISTED}"  # noqa: S608
_VERSION_SQL = "SELECT token FROM deals_dataversion WHERE id = 1"
_PARTIES_SQL = """SELECT p.deal_id, p.role, co.id, co.slug, co.name, co.country,
    p.name_as_reported FROM deals_dealparty p LEFT JOIN companies_company co
    ON co.id = p.company_id WHERE p.deal_id = ANY(%s) ORDER BY p."order", p.id"""
_ASSETS_SQL = """SELECT da.deal_id, a.id, a.slug, a.name, a.modality, da.phase_at_signing
    FROM deals_dealasset da JOIN companies_asset a ON a.id = da.asset_id
    WHERE da.deal_id = ANY(%s) ORDER BY da.id"""
_TARGETS_SQL = """SELECT x.asset_id, t.slug, t.name, t.gene_symbol
    FROM companies_asset_targets x JOIN companies_target t ON t.id = x.target_id
    WHERE x.asset_id = ANY(%s) ORDER BY t.name"""
_TERRITORIES_SQL = """SELECT dt.deal_id, dt.excluded, coalesce(r.code, dt.country)
    FROM deals_dealterritory dt LEFT JOIN deals_region r ON r.id = dt.region_id
    WHERE dt.deal_id = ANY(%s) ORDER BY dt.id"""
_PAYMENTS_SQL = """SELECT pc.deal_id, pc.kind, pc.disclosed, pc.amount, pc.currency,
    pc.amount_usd, pc.contingent, pc.quote, pc.note, s.url
    FROM deals_paymentcomponent pc LEFT JOIN deals_source s ON s.id = pc.source_id
    WHERE pc.deal_id = ANY(%s) ORDER BY pc."order", pc.id"""
_ROYALTIES_SQL = """SELECT deal_id, min_pct, max_pct, tiered, wording, disclosed
    FROM deals_royalty WHERE deal_id = ANY(%s)"""
_SOURCES_SQL = """SELECT deal_id, id, url, publisher, title, published_on,
    published_on_precision, language, quote
    FROM deals_source WHERE deal_id = ANY(%s) ORDER BY published_on, id"""
_SOURCE_URLS_SQL = "SELECT id, url FROM deals_source WHERE id = ANY(%s)"
_EVENTS_SQL = """SELECT deal_id, kind, date, date_precision, description, amount, currency
    FROM deals_dealevent WHERE deal_id = ANY(%s) ORDER BY date, id"""


def _text(value: str | None) -> str | None:
    """Blank text is null in the API."""
    return value or None


def _money(value: Decimal | None) -> str | None:
    """Money and percentages are decimal strings at the column's scale, never floats."""
    return None if value is None else str(value)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment(value: datetime) -> str:
    """UTC with a Z, microseconds only when there are any (DRF's DateTimeField)."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def _with_page(url: str, page: int | None) -> str:
    """The same list URL for another page (the ``page`` parameter replaced or removed)."""
    scheme, netloc, path, query, fragment = urlsplit(url)
    pairs = dict(parse_qsl(query, keep_blank_values=True))
    pairs.pop("page", None)
    if page is not None:
        pairs["page"] = str(page)
    return urlunsplit((scheme, netloc, path, urlencode(sorted(pairs.items())), fragment))


@dataclass
class IndependentFloor:
    """A psycopg 3 connection, flat queries and dict building; each method returns JSON bytes."""

    dsn: str
    base: str = "http://testserver"
    # An open connection to use instead of ``dsn`` (the tests', whose rows are uncommitted).
    conn: Any = None

    def __post_init__(self) -> None:
        self.base = self.base.rstrip("/")
        if self.conn is None:
            # Not prepared: a generic plan for LIMIT/OFFSET or ANY(ids) is far worse than the
            # plan for the values at hand, and planning these flat queries costs little.
            self.conn = psycopg.connect(self.dsn, autocommit=True, prepare_threshold=None)
        self._counts: dict[str, int] = {}

    def close(self) -> None:
        self.conn.close()

    def _rows(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def count(self) -> int:
        """The list's count, kept under the database's data version (the row every write
        changes, deals_dataversion): the same caching the API does, so the ratio compares
        like with like."""
        row = self.conn.execute(_VERSION_SQL).fetchone()
        token = row[0] if row else None
        if token is not None and token in self._counts:
            return self._counts[token]
        (value,) = self.conn.execute(_COUNT_SQL).fetchall()[0]
        if token is not None:
            self._counts = {token: int(value)}
        return int(value)

    def deal_list(self, query: dict[str, str] | None = None, path: str = "/api/v1/deals/") -> bytes:
        """The unfiltered API deal list page for ``query`` (page, page_size only)."""
        query = dict(query or {})
        unknown = set(query) - {"page", "page_size"}
        if unknown:
            raise ValueError(f"the independent floor has no filters: {sorted(unknown)}")
        size = int(query.get("page_size", 50))
        count = self.count()
        last = max(1, -(-count // size))
        raw_page = query.get("page", "1")
        page = last if raw_page == "last" else int(raw_page)
        deals = self._deals(self._rows(_PAGE_SQL, (size, (page - 1) * size)))
        url = f"{self.base}{path}?{urlencode(query)}"
        if raw_page == "last":
            url = _with_page(url, page)
        return orjson.dumps(
            {
                "count": count,
                "next": _with_page(url, page + 1) if page < last else None,
                "previous": None if page == 1 else _with_page(url, page - 1 if page > 2 else None),
                "results": deals,
            }
        )

    def deal_detail(self, slug: str) -> bytes | None:
        """One public deal by slug; None for a 404."""
        deals = self._deals(self._rows(_DETAIL_SQL, (slug,)))
        return orjson.dumps(deals[0]) if deals else None

    def _deals(self, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
        """The JSON of the deal ``rows`` (in that order) with everything they hold."""
        if not rows:
            return []
        ids = [r[0] for r in rows]
        base = self.base
        parties: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for deal_id, role, cid, cslug, cname, country, as_reported in self._rows(
            _PARTIES_SQL, (ids,)
        ):
            company = None
            if cid is not None:
                company = {"id": cid, "slug": cslug, "name": cname, "country": country or None,
                           "api_url": f"{base}/api/v1/companies/{cslug}/"}  # fmt: skip
            parties[deal_id].append(
                {"role": role, "company": company, "disclosed": cid is not None,
                 "name_as_reported": _text(as_reported)}
            )  # fmt: skip
        asset_rows = self._rows(_ASSETS_SQL, (ids,))
        targets: dict[int, list[dict[str, Any]]] = defaultdict(list)
        if asset_rows:
            asset_ids = list({r[1] for r in asset_rows})
            for asset_id, tslug, tname, gene in self._rows(_TARGETS_SQL, (asset_ids,)):
                targets[asset_id].append({"slug": tslug, "name": tname, "gene_symbol": _text(gene)})
        assets: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for deal_id, aid, aslug, aname, modality, phase in asset_rows:
            assets[deal_id].append(
                {"asset": {"id": aid, "slug": aslug, "name": aname, "modality": _text(modality),
                           "targets": targets.get(aid, []),
                           "api_url": f"{base}/api/v1/assets/{aslug}/"},
                 "phase_at_signing": _text(phase)}
            )  # fmt: skip
        territory: dict[int, dict[str, list[str]]] = {}
        for deal_id, excluded, code in self._rows(_TERRITORIES_SQL, (ids,)):
            lines = territory.setdefault(deal_id, {"included": [], "excluded": []})
            lines["excluded" if excluded else "included"].append(code)
        payments: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for deal_id, kind, disclosed, amount, cur, usd, contingent, quote, note, url in self._rows(
            _PAYMENTS_SQL, (ids,)
        ):
            payments[deal_id].append(
                {"kind": kind, "disclosed": disclosed, "amount": _money(amount),
                 "currency": _text(cur), "amount_usd": _money(usd),
                 "usd_missing_fx": bool(disclosed and amount is not None and usd is None),
                 "contingent": contingent, "quote": _text(quote), "note": _text(note),
                 "source": url}
            )  # fmt: skip
        royalty = {
            deal_id: {"min_pct": _money(lo), "max_pct": _money(hi), "tiered": tiered,
                      "wording": _text(wording), "disclosed": disclosed}
            for deal_id, lo, hi, tiered, wording, disclosed in self._rows(_ROYALTIES_SQL, (ids,))
        }  # fmt: skip
        sources: dict[int, list[dict[str, Any]]] = defaultdict(list)
        source_urls: dict[int, str] = {}
        for (
            deal_id, sid, url, publisher, title, published, published_precision, language, quote,
        ) in self._rows(_SOURCES_SQL, (ids,)):  # fmt: skip
            source_urls[sid] = url
            sources[deal_id].append(
                {"url": url, "publisher": _text(publisher), "title": _text(title),
                 "published_on": _day(published),
                 "published_on_precision": published_precision, "language": _text(language),
                 "quote": _text(quote)}
            )  # fmt: skip
        # A headline's source is normally one of the deal's own; look up any other.
        missing = [r[15] for r in rows if r[15] is not None and r[15] not in source_urls]
        if missing:
            source_urls.update(self._rows(_SOURCE_URLS_SQL, (missing,)))
        events: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for deal_id, kind, day, precision, description, amount, cur in self._rows(
            _EVENTS_SQL, (ids,)
        ):
            events[deal_id].append(
                {"kind": kind, "date": _day(day), "date_precision": precision,
                 "description": _text(description),
                 "amount": _money(amount), "currency": _text(cur)}
            )  # fmt: skip
        out = []
        for r in rows:
            (deal_id, slug, title, deal_type, status, exclusive, visibility, signed, announced,
             conf_slug, conf_name, amount, currency, amount_usd, quote, source_id, upfront,
             committed, milestones, disclosed, potential, deal_class, signed_precision,
             announced_precision, summary, version, created, updated) = r  # fmt: skip
            conference = None
            if conf_slug is not None:
                conference = {"slug": conf_slug, "name": conf_name,
                              "api_url": f"{base}/api/v1/conferences/{conf_slug}/"}  # fmt: skip
            headline = None
            if amount is not None:
                headline = {"amount": _money(amount), "currency": currency,
                            "amount_usd": _money(amount_usd),
                            "usd_missing_fx": amount_usd is None, "quote": _text(quote),
                            "source": source_urls.get(source_id)}  # fmt: skip
            out.append(
                {"id": deal_id, "slug": slug, "title": title, "deal_type": deal_type,
                 "status": status, "exclusive": exclusive, "visibility": visibility,
                 "signed_on": _day(signed), "announced_on": _day(announced),
                 "conference": conference, "parties": parties.get(deal_id, []),
                 "assets": assets.get(deal_id, []),
                 "territory": territory.get(deal_id, {"included": [], "excluded": []}),
                 "headline_value": headline, "payments": payments.get(deal_id, []),
                 "royalty": royalty.get(deal_id),
                 "totals_usd": {"upfront": _money(upfront), "committed": _money(committed),
                                "milestones": _money(milestones),
                                "disclosed": _money(disclosed),
                                "total_potential": _money(potential)},
                 "sources": sources.get(deal_id, []), "events": events.get(deal_id, []),
                 "url": f"{base}/deals/{slug}/", "api_url": f"{base}/api/v1/deals/{slug}/",
                 "deal_class": deal_class, "signed_on_precision": signed_precision,
                 "announced_on_precision": announced_precision,
                 "summary": _text(summary), "version": version,
                 "created_at": _moment(created), "updated_at": _moment(updated)}
            )  # fmt: skip
        return out
