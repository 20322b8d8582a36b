"""The floor: the API's deal JSON from one hand-written PostgreSQL query, serialised by orjson.

Every benchmark row is divided by the matching floor measured in the same run, so a ratio says
what Django, DRF and the templates cost on top of fetching the same data as fast as this
machine can. PostgreSQL builds each deal's nested JSON (json_build_object / json_agg over
correlated subqueries, all by index); Python only adds the page envelope with orjson.

The JSON is the API's (deals/api/serializers.py ``DealSerializer`` for an anonymous reader):
money as decimal strings, blanks as null, absolute URLs. ``bench/run.py`` checks that it equals
the API's answer before timing anything, so the floor never does less work than the API.
Slugs are ASCII (SlugField's validator), so they go into URLs as they are.
"""

# The SQL is assembled from the constant fragments below; every value is a bound parameter.
# ruff: noqa: S608

from __future__ import annotations

from dataclasses import InitVar, dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import orjson
import psycopg

# What a list without a status filter lists: public deals, not the pipeline (rumoured, in
# negotiation; deals/classes.py), as the independent floor writes it. Without the pipeline rule
# this floor counted 950,000 deals at 1M where the API lists 883,379.
from bench.floor_independent import _LISTED as LISTED

# The deal's JSON is the app's own SQL (deals/queries/pgjson.py): the API serves its lists and
# details from that query, so the floor is the same query with nothing around it but psycopg
# and orjson, and a ratio is exactly what Django, DRF and the middleware add.
from deals.queries.pgjson import DEAL_JSON, SUMMARY_JSON

# Filters of the deal list, with the semantics of deals/filters.py DealFilterSet (EXISTS over
# to-many relations; q over each deal's stored search document).
FILTERS: dict[str, str] = {
    "licensor_country": """EXISTS (SELECT 1 FROM deals_dealparty p
        JOIN companies_company c ON c.id = p.company_id
        WHERE p.deal_id = d.id AND p.role = 'licensor' AND c.country = %(licensor_country)s)""",
    "target": """EXISTS (SELECT 1 FROM deals_dealasset da
        JOIN companies_asset_targets x ON x.asset_id = da.asset_id
        WHERE da.deal_id = d.id
          AND x.target_id = (SELECT id FROM companies_target WHERE slug = %(target)s))""",
    "conference": "d.conference_id = (SELECT id FROM deals_conference WHERE slug = %(conference)s)",
    "min_headline_usd": "d.headline_amount_usd >= %(min_headline_usd)s::numeric",
    # Every word a prefix of a word of the deal's stored search document (deals/search.py),
    # through its stored, GIN-indexed 'simple' tsvector; the tsquery is built here on its own.
    "q": """d.id IN (SELECT s.deal_id FROM deals_dealsearchdocument s
      WHERE s.vector @@ to_tsquery('simple'::regconfig, %(q_tsquery)s))""",
}

ORDER = "d.announced_on DESC, d.id DESC"


def _filter_params(params: dict[str, str]) -> dict[str, Any]:
    """The SQL parameters of FILTERS for API query parameters (q also needs its LIKE forms)."""
    out: dict[str, Any] = dict(params)
    if "q" in params:
        from companies.names import _LEGAL_SUFFIXES, normalize_name  # the API's folding

        words = [w for w in (normalize_name(w) for w in params["q"].split()) if w]
        words = [w for w in words if w not in _LEGAL_SUFFIXES] or words
        words = [_stem(w) for w in words]
        out["q_tsquery"] = " & ".join(f"'{w}':*" for w in dict.fromkeys(words)) or "''"
    return out


def _stem(word: str) -> str:
    """One English ending cut, as deals/search.py does ("licensing" → "licens")."""
    if word.isalpha() and word.isascii():
        for ending in ("ations", "ation", "ings", "ing", "ies", "es", "ed", "s"):
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                return word[: -len(ending)]
    return word


def _one_row(cursor: psycopg.Cursor[Any]) -> tuple[Any, ...]:
    """The row of a query that always returns exactly one (aggregates without GROUP BY)."""
    row = cursor.fetchone()
    assert row is not None
    return row


def _with_page(url: str, page: int | None) -> str:
    """DRF's replace_query_param / remove_query_param: the same URL for another page."""
    scheme, netloc, path, query, fragment = urlsplit(url)
    pairs = dict(parse_qsl(query, keep_blank_values=True))
    pairs.pop("page", None)
    if page is not None:
        pairs["page"] = str(page)
    return urlunsplit((scheme, netloc, path, urlencode(sorted(pairs.items())), fragment))


@dataclass
class Floor:
    """A psycopg 3 connection and the hand-written queries; each method returns JSON bytes."""

    dsn: str
    base: str = "http://testserver"
    conn: psycopg.Connection = field(init=False)
    # An open connection to use instead of ``dsn`` (a test's own transaction).
    given: InitVar[psycopg.Connection | None] = None

    def __post_init__(self, given: psycopg.Connection | None) -> None:
        self.base = self.base.rstrip("/")
        self.conn = given if given is not None else psycopg.connect(self.dsn, autocommit=True)

    def close(self) -> None:
        self.conn.close()

    def deal_list(self, query: dict[str, str] | None = None, path: str = "/api/v1/deals/") -> bytes:
        """The API's deal list page for the request's ``query`` (filters, page, page_size)."""
        query = dict(query or {})
        page, size = int(query.get("page", 1)), int(query.get("page_size", 50))
        filters = {k: v for k, v in query.items() if k not in ("page", "page_size")}
        where = " AND ".join([LISTED, *(FILTERS[k] for k in filters)])
        sql_params = {**_filter_params(filters), "base": self.base}
        with self.conn.cursor() as cur:
            (count,) = _one_row(
                cur.execute(f"SELECT count(*) FROM deals_deal d WHERE {where}", sql_params)
            )
            sql_params |= {"limit": size, "offset": (page - 1) * size}
            (results,) = _one_row(
                cur.execute(
                    f"""SELECT coalesce(json_agg({DEAL_JSON} ORDER BY {ORDER}), '[]')::text
                        FROM (SELECT * FROM deals_deal d WHERE {where} ORDER BY {ORDER}
                              LIMIT %(limit)s OFFSET %(offset)s) d""",
                    sql_params,
                )
            )
        url = f"{self.base}{path}?{urlencode(query)}"
        last = max(1, -(-count // size))
        previous = None if page == 1 else _with_page(url, page - 1 if page > 2 else None)
        return orjson.dumps(
            {
                "count": count,
                "next": _with_page(url, page + 1) if page < last else None,
                "previous": previous,
                "results": orjson.Fragment(results),
            }
        )

    def deal_detail(self, slug: str) -> bytes | None:
        """The API's deal detail; None when there is no such public deal (a 404)."""
        with self.conn.cursor() as cur:
            row = cur.execute(
                f"SELECT {DEAL_JSON}::text FROM deals_deal d "
                "WHERE d.slug = %(slug)s AND d.visibility = 'public'",
                {"slug": slug, "base": self.base},
            ).fetchone()
        return row[0].encode() if row else None

    def conference_detail(self, slug: str) -> bytes | None:
        """The API's conference detail: the edition, its public deals and their totals."""
        with self.conn.cursor() as cur:
            row = cur.execute(
                """SELECT c.id, c.slug, c.name, c.year, c.start_date, c.end_date, c.city,
                      c.country, c.timezone, c.website, s.slug, s.name, s.short_name
                    FROM deals_conference c JOIN deals_conferenceseries s ON s.id = c.series_id
                    WHERE c.slug = %(slug)s""",
                {"slug": slug},
            ).fetchone()
            if row is None:
                return None
            (cid, cslug, name, year, start, end, city, country, tz, web) = row[:10]
            # The money measures are the columns stored on each deal (deals/measures.py writes
            # them on every save), so their sums are plain aggregates.
            (deals_json, totals) = _one_row(
                cur.execute(
                    f"""SELECT coalesce(json_agg({SUMMARY_JSON} ORDER BY d.announced_on, d.id),
                                    '[]')::text,
                      json_build_object('deal_count', count(*),
                        'headline_usd', sum(d.headline_amount_usd)::text,
                        'upfront_usd', sum(d.upfront_usd)::text,
                        'committed_usd', sum(d.committed_usd)::text,
                        'total_potential_usd', sum(d.total_potential_usd)::text,
                        'undisclosed_value_count', count(*) FILTER (
                          WHERE d.total_potential_usd IS NULL))::text
                    FROM deals_deal d
                    WHERE d.conference_id = %(cid)s AND d.visibility = 'public'""",
                    {"cid": cid, "base": self.base},
                )
            )
        totals_obj = orjson.loads(totals)
        return orjson.dumps(
            {
                "id": cid,
                "slug": cslug,
                "name": name,
                "series": {"slug": row[10], "name": row[11], "short_name": row[12] or None},
                "year": year,
                "start_date": start.isoformat(),
                "end_date": end.isoformat(),
                "city": city or None,
                "country": country or None,
                "timezone": tz or None,
                "website": web or None,
                "deal_count": totals_obj["deal_count"],
                "url": f"{self.base}/conferences/{cslug}/",
                "api_url": f"{self.base}/api/v1/conferences/{cslug}/",
                "deals": orjson.Fragment(deals_json),
                "totals": totals_obj,
            }
        )
