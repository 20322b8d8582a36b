"""The API's deal JSON built by PostgreSQL: one query per page instead of DRF's serializers.

DRF's nested serializers cost several times the database work for a page of 50 deals (model
instances, prefetch joins in Python, a field object per value). Here PostgreSQL writes each
deal's JSON itself (json_build_object / json_agg over correlated subqueries, each by index)
and Python only wraps the page envelope with orjson. The output is DealSerializer's, key for
key: money as decimal strings, blanks as null, absolute URLs, analyst notes only for readers
allowed to see internal deals. tests/test_api_pgjson.py compares the two on every deal of a
rich fixture, for both kinds of reader, lists and details and ETags (a digest of the JSON a
reader receives, so equal JSON means equal tags).

PostgreSQL only: on SQLite the viewsets keep DRF's serializers. Which deals, in which order
and on which page is still decided by the ORM (visibility, DealFilterSet, ordering); this
module only renders a list of ids.
"""

# The SQL is assembled from the constant fragments below; every value is a bound parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Sequence

import psycopg
from django.conf import settings
from django.db import connections
from django.db.backends.utils import CursorWrapper

# Executions of the same statement on a connection before psycopg prepares it.
PREPARE_THRESHOLD = 1

ISO_TIME = """(to_char({col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
  || CASE WHEN mod(date_part('microseconds', {col})::int, 1000000) <> 0
     THEN to_char({col} AT TIME ZONE 'UTC', '.US') ELSE '' END || 'Z')"""

# A deal's (alias ``d``) totals_usd: its stored measures (deals/measures.py), as strings.
TOTALS_USD_JSON = """json_build_object('upfront', d.upfront_usd::text,
      'committed', d.committed_usd::text, 'milestones', d.milestones_usd::text,
      'disclosed', d.disclosed_usd::text, 'total_potential', d.total_potential_usd::text)"""

# One deal (alias ``d``) as DealSerializer writes it. %(base)s is scheme://host; {notes} is
# where analyst_notes goes for readers who may see it (the key is absent for everyone else,
# as in the serializer).
# Bandit's B608 is silenced at each closing quote: constant fragments, never a value.
DEAL_JSON_TEMPLATE = f"""json_build_object(
  'id', d.id, 'slug', d.slug, 'title', d.title, 'deal_type', d.deal_type, 'status', d.status,
  'exclusive', d.exclusive, 'visibility', d.visibility, 'signed_on', d.signed_on,
  'announced_on', d.announced_on,
  'conference', (SELECT json_build_object('slug', c.slug, 'name', c.name,
      'api_url', %(base)s::text || '/api/v1/conferences/' || c.slug || '/')
    FROM deals_conference c WHERE c.id = d.conference_id),
  'parties', (SELECT coalesce(json_agg(json_build_object(
      'role', p.role,
      'company', CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object(
        'id', co.id, 'slug', co.slug, 'name', co.name, 'country', NULLIF(co.country, ''),
        'api_url', %(base)s::text || '/api/v1/companies/' || co.slug || '/') END,
      'disclosed', p.company_id IS NOT NULL,
      'name_as_reported', NULLIF(p.name_as_reported, '')) ORDER BY p."order", p.id), '[]')
    FROM deals_dealparty p LEFT JOIN companies_company co ON co.id = p.company_id
    WHERE p.deal_id = d.id),
  'assets', (SELECT coalesce(json_agg(json_build_object(
      'asset', json_build_object('id', a.id, 'slug', a.slug, 'name', a.name,
        'modality', NULLIF(a.modality, ''),
        'targets', (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name,
              'gene_symbol', NULLIF(t.gene_symbol, '')) ORDER BY t.name), '[]')
            FROM companies_asset_targets x JOIN companies_target t ON t.id = x.target_id
            WHERE x.asset_id = a.id),
        'api_url', %(base)s::text || '/api/v1/assets/' || a.slug || '/'),
      'phase_at_signing', NULLIF(da.phase_at_signing, '')) ORDER BY da.id), '[]')
    FROM deals_dealasset da JOIN companies_asset a ON a.id = da.asset_id WHERE da.deal_id = d.id),
  'territory', (SELECT json_build_object(
      'included', coalesce(json_agg(tl.code ORDER BY tl.id) FILTER (WHERE NOT tl.excluded), '[]'),
      'excluded', coalesce(json_agg(tl.code ORDER BY tl.id) FILTER (WHERE tl.excluded), '[]'))
    FROM (SELECT dt.id, dt.excluded, coalesce(r.code, dt.country) AS code
          FROM deals_dealterritory dt LEFT JOIN deals_region r ON r.id = dt.region_id
          WHERE dt.deal_id = d.id) tl),
  'headline_value', CASE WHEN d.headline_amount IS NULL THEN NULL ELSE json_build_object(
      'amount', d.headline_amount::text, 'currency', d.headline_currency,
      'amount_usd', d.headline_amount_usd::text,
      'usd_missing_fx', d.headline_amount_usd IS NULL,
      'quote', NULLIF(d.headline_quote, ''),
      'source', (SELECT s.url FROM deals_source s WHERE s.id = d.headline_source_id)) END,
  'payments', (SELECT coalesce(json_agg(json_build_object(
      'kind', pc.kind, 'disclosed', pc.disclosed, 'amount', pc.amount::text,
      'currency', NULLIF(pc.currency, ''), 'amount_usd', pc.amount_usd::text,
      'usd_missing_fx', pc.disclosed AND pc.amount IS NOT NULL AND pc.amount_usd IS NULL,
      'contingent', pc.contingent, 'quote', NULLIF(pc.quote, ''), 'note', NULLIF(pc.note, ''),
      'source', s.url) ORDER BY pc."order", pc.id), '[]')
    FROM deals_paymentcomponent pc LEFT JOIN deals_source s ON s.id = pc.source_id
    WHERE pc.deal_id = d.id),
  'royalty', (SELECT json_build_object('min_pct', r.min_pct::text, 'max_pct', r.max_pct::text,
      'tiered', r.tiered, 'wording', NULLIF(r.wording, ''), 'disclosed', r.disclosed)
    FROM deals_royalty r WHERE r.deal_id = d.id),
  'totals_usd', {TOTALS_USD_JSON},
  'sources', (SELECT coalesce(json_agg(json_build_object('url', s.url,
      'publisher', NULLIF(s.publisher, ''), 'title', NULLIF(s.title, ''),
      'published_on', s.published_on, 'published_on_precision', s.published_on_precision,
      'language', NULLIF(s.language, ''),
      'quote', NULLIF(s.quote, '')) ORDER BY s.published_on, s.id), '[]')
    FROM deals_source s WHERE s.deal_id = d.id),
  'events', (SELECT coalesce(json_agg(json_build_object('kind', e.kind, 'date', e.date,
      'date_precision', e.date_precision, 'description', NULLIF(e.description, ''),
      'amount', e.amount::text,
      'currency', NULLIF(e.currency, '')) ORDER BY e.date, e.id), '[]')
    FROM deals_dealevent e WHERE e.deal_id = d.id),
  'url', %(base)s::text || '/deals/' || d.slug || '/',
  'api_url', %(base)s::text || '/api/v1/deals/' || d.slug || '/',
  'deal_class', d.deal_class, 'signed_on_precision', d.signed_on_precision,
  'announced_on_precision', d.announced_on_precision,
  'summary', NULLIF(d.summary, ''),{{notes}} 'version', d.version,
  'created_at', {ISO_TIME.format(col="d.created_at")},
  'updated_at', {ISO_TIME.format(col="d.updated_at")})"""  # nosec B608


# The summary of a deal inside a conference (DealSummarySerializer).
SUMMARY_JSON = f"""json_build_object(
  'id', d.id, 'slug', d.slug, 'title', d.title, 'deal_type', d.deal_type,
  'deal_class', d.deal_class, 'status', d.status,
  'announced_on', d.announced_on, 'announced_on_precision', d.announced_on_precision,
  'headline_value', CASE WHEN d.headline_amount IS NULL THEN NULL ELSE json_build_object(
      'amount', d.headline_amount::text, 'currency', d.headline_currency,
      'amount_usd', d.headline_amount_usd::text, 'usd_missing_fx', d.headline_amount_usd IS NULL,
      'quote', NULLIF(d.headline_quote, ''),
      'source', (SELECT s.url FROM deals_source s WHERE s.id = d.headline_source_id)) END,
  'totals_usd', {TOTALS_USD_JSON},
  'url', %(base)s::text || '/deals/' || d.slug || '/',
  'api_url', %(base)s::text || '/api/v1/deals/' || d.slug || '/')"""  # nosec B608

DEAL_JSON = DEAL_JSON_TEMPLATE.format(notes="")
DEAL_JSON_WITH_NOTES = DEAL_JSON_TEMPLATE.format(notes=" 'analyst_notes', d.analyst_notes,")


def prepared_cursor(using: str) -> CursorWrapper:
    """A Django cursor whose statements PostgreSQL prepares once per connection.

    Planning the JSON query (a dozen correlated subqueries) costs more than running it for
    one deal. Django's cursors bind parameters on the client, so nothing is ever prepared;
    this one binds on the server, and psycopg prepares a statement from its second use on a
    connection (Django's own cursors never prepare, whatever the threshold). Query logging
    and error wrapping are Django's, so query counts and tests see these queries.

    ``DATABASE_PREPARED_STATEMENTS=false`` turns it off, for a transaction-mode PgBouncer
    older than 1.21, which cannot keep a prepared statement across transactions.
    """
    connection = connections[using]
    if not settings.DATABASE_PREPARED_STATEMENTS:
        return connection.cursor()
    connection.ensure_connection()
    raw = connection.connection
    if raw.prepare_threshold is None:
        raw.prepare_threshold = PREPARE_THRESHOLD
    cursor = psycopg.Cursor(raw)
    # django-stubs types make_*cursor()'s argument as a CursorWrapper, but Django passes the
    # DB-API cursor that the wrapper wraps, as here.
    if connection.queries_logged:
        return connection.make_debug_cursor(cursor)  # type: ignore[arg-type]
    return connection.make_cursor(cursor)  # type: ignore[arg-type]


def deal_json(notes: bool) -> str:
    """The SQL expression of one deal (alias ``d``), with analyst_notes when ``notes``."""
    return DEAL_JSON_WITH_NOTES if notes else DEAL_JSON


def deals_json(ids: Sequence[int], base: str, notes: bool, using: str = "default") -> str:
    """The JSON array of the deals ``ids``, in that order (ids that do not exist are left out).

    The ids come from the ORM, which already applied the reader's visibility and filters.
    """
    return _json_array(deal_json(notes), ids, using, base=base)


def _json_array(row_sql: str, ids: Sequence[int], using: str, **params: str) -> str:
    """The JSON array of ``row_sql`` (one deal, alias ``d``) for the deals ``ids``, in order."""
    if not ids:
        return "[]"
    # Constant SQL (the row expressions of this module); values are bound parameters.
    sql = f"""SELECT coalesce(json_agg({row_sql} ORDER BY p.n), '[]')::text
        FROM unnest(%(ids)s::bigint[]) WITH ORDINALITY AS p(id, n)
        JOIN deals_deal d ON d.id = p.id"""  # nosec B608
    with prepared_cursor(using) as cursor:
        cursor.execute(sql, {"ids": list(ids), **params})
        return cursor.fetchone()[0]


def deal_detail_json(pk: int, base: str, notes: bool, using: str = "default") -> str:
    """One deal as the reader gets it (its ETag is a digest of exactly this)."""
    sql = f"""SELECT ({deal_json(notes)})::text FROM deals_deal d WHERE d.id = %(pk)s"""  # nosec B608
    with prepared_cursor(using) as cursor:
        cursor.execute(sql, {"pk": pk, "base": base})
        return cursor.fetchone()[0]


def deal_summaries_json(ids: Sequence[int], base: str, using: str = "default") -> str:
    """The JSON array of DealSummarySerializer for the deals ``ids``, in that order (a
    conference's deals: hundreds of rows, where the serializer was slow; README, "Figures
    behind design choices")."""
    if not ids:
        return "[]"
    # Constant SQL; the ids and the base are bound parameters.
    sql = f"""SELECT coalesce(json_agg({SUMMARY_JSON} ORDER BY p.n), '[]')::text
        FROM unnest(%(ids)s::bigint[]) WITH ORDINALITY AS p(id, n)
        JOIN deals_deal d ON d.id = p.id"""  # nosec B608
    with prepared_cursor(using) as cursor:
        cursor.execute(sql, {"ids": list(ids), "base": base})
        return cursor.fetchone()[0]


# One row of the HTML deal table (templates/includes/deal_table.html): only what it shows.
TABLE_ROW_JSON = f"""json_build_object(
  'id', d.id, 'slug', d.slug, 'title', d.title, 'deal_type', d.deal_type, 'status', d.status,
  'visibility', d.visibility, 'announced_on', d.announced_on,
  'announced_on_precision', d.announced_on_precision,
  'headline_amount', d.headline_amount::text, 'headline_currency', d.headline_currency,
  'headline_amount_usd', d.headline_amount_usd::text,
  'totals', {TOTALS_USD_JSON},
  'conference', (SELECT json_build_object('slug', c.slug, 'name', c.name, 'year', c.year,
      'short_name', s.short_name)
    FROM deals_conference c JOIN deals_conferenceseries s ON s.id = c.series_id
    WHERE c.id = d.conference_id),
  'parties', (SELECT coalesce(json_agg(json_build_object('role', p.role,
      'company', CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object(
        'slug', co.slug, 'name', co.name, 'country', co.country) END)
      ORDER BY p."order", p.id), '[]')
    FROM deals_dealparty p LEFT JOIN companies_company co ON co.id = p.company_id
    WHERE p.deal_id = d.id),
  'assets', (SELECT coalesce(json_agg(json_build_object('slug', a.slug, 'name', a.name,
      'modality', a.modality, 'phase_at_signing', da.phase_at_signing,
      'areas', (SELECT coalesce(json_agg(t.name ORDER BY t.name), '[]')
        FROM companies_asset_therapeutic_areas x
        JOIN companies_therapeuticarea t ON t.id = x.therapeuticarea_id
        WHERE x.asset_id = a.id)) ORDER BY da.id), '[]')
    FROM deals_dealasset da JOIN companies_asset a ON a.id = da.asset_id
    WHERE da.deal_id = d.id))"""  # nosec B608


def table_rows_json(ids: Sequence[int], using: str = "default") -> str:
    """The JSON array of :data:`TABLE_ROW_JSON` for the deals ``ids``, in that order."""
    return _json_array(TABLE_ROW_JSON, ids, using)
