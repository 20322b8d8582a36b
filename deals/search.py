"""Free-text search over deals: the search document of each deal and the ``q`` query over it.

A deal is found by words from its title and summary, its parties (under every name they have)
and its assets (names, codes, aliases, targets, modality, areas, indications). Those live in
six tables, and a query that joins them all is slow at scale (README, "Figures behind design
choices"), so each deal's words are flattened once into :class:`~deals.models.DealSearchDocument`
and indexed:

- SQLite: an FTS5 table over the documents (``deals_dealsearch_fts``), kept in step by
  triggers on the document table (migration 0012);
- PostgreSQL: a stored ``tsvector`` of each document with a GIN index ('simple'
  configuration: names and codes are not English words to stem).

A query is the AND of its words, each matched as a prefix: "PD-1 VEGF" finds deals on both
targets, "Pfizer Seagen" the deal between them, "AbbVie RC148" AbbVie's deal for RC148. Codes
are stored and queried without hyphens or spaces ("RC-148", "rc148" and "RC 148" all match
RC148). A company name word with one typo still matches ("Pfzer"): a query word that matches
nothing is widened to the company name words one edit away (trigram similarity on
PostgreSQL).

:func:`refresh_documents` is the one writer; deals/signals.py calls it on every save or delete
of what a document is made of, and bulk loaders (seed_synthetic, load_demo) call it directly.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from django.apps.registry import Apps
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import DateField, F, Func, Lookup, Q, QuerySet
from django.db.models.expressions import OrderBy, RawSQL

from companies.names import _LEGAL_SUFFIXES, normalize_name
from core.result_cache import NamesItsRows

FTS_TABLE = "deals_dealsearch_fts"
BATCH = 500
MAX_TERMS = 8  # words of a query that count; the rest narrow nothing a reader would miss
_WORD = re.compile(r"[\W_]+", re.UNICODE)
_ALPHA_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", re.UNICODE)
_WIDE = re.compile(r"[^\x00-\u024f]{3,}")  # a run of CJK / Hangul letters
_WORD_SIMILARITY = "0.4"  # pg_trgm word similarity that one typo in a 5-letter word keeps
_MIN_TYPO_LENGTH = 4  # shorter words have too many neighbours one edit away


# --- the document ------------------------------------------------------------------------------


def name_variants(name: str) -> list[str]:
    """``name`` and the spellings a reader may type for it, as words of the document.

    "RC-148" → "RC-148 rc148 rc 148"; "PD-1" → "PD-1 pd1 pd 1"; a Chinese or Korean name
    also gets each of its tails ("荣昌生物" → "昌生物 生物"), so that a word typed from its
    middle still matches a prefix.
    """
    name = (name or "").strip()
    if not name:
        return []
    out = [name]
    compact = normalize_name(name)
    # A word's own compact form only when punctuation splits it ("PD-1"): plain words are
    # words of the name already.
    words = [normalize_name(w) for w in name.split() if normalize_name(w) != w.casefold()]
    for variant in [compact, *words]:
        if variant and variant not in out:
            out.append(variant)
        split = _ALPHA_DIGIT.sub(" ", variant)
        if split != variant and split not in out:
            out.append(split)
    for run in _WIDE.findall(unicodedata.normalize("NFKC", name)):
        out.extend(run[i:] for i in range(1, len(run) - 1))
    return out


def _models(apps: Apps | None) -> dict[str, Any]:
    if apps is None:
        # The classes themselves outside migrations: a test suite's registry may have been
        # re-populated by then, and the running code's classes are what the signals write.
        from companies.models import Asset, AssetAlias, Company, CompanyAlias
        from deals.models import Deal, DealAsset, DealParty, DealSearchDocument

        return {
            "Deal": Deal,
            "DealParty": DealParty,
            "DealAsset": DealAsset,
            "DealSearchDocument": DealSearchDocument,
            "Company": Company,
            "CompanyAlias": CompanyAlias,
            "Asset": Asset,
            "AssetAlias": AssetAlias,
        }
    registry = apps
    names = {
        "Deal": ("deals", "Deal"),
        "DealParty": ("deals", "DealParty"),
        "DealAsset": ("deals", "DealAsset"),
        "DealSearchDocument": ("deals", "DealSearchDocument"),
        "Company": ("companies", "Company"),
        "CompanyAlias": ("companies", "CompanyAlias"),
        "Asset": ("companies", "Asset"),
        "AssetAlias": ("companies", "AssetAlias"),
    }
    return {key: registry.get_model(*value) for key, value in names.items()}


def _grouped(rows: Iterable[tuple[Any, ...]]) -> dict[Any, list[Any]]:
    """``(key, value...)`` rows as ``{key: [value, ...]}``."""
    out: dict[Any, list[Any]] = defaultdict(list)
    for key, *values in rows:
        out[key].extend(v for v in values if v)
    return out


def build_documents(
    deal_ids: Iterable[int], *, using: str = DEFAULT_DB_ALIAS, apps: Apps | None = None
) -> dict[int, str]:
    """The search document of each deal of ``deal_ids`` that exists, in 9 queries."""
    m = _models(apps)
    deals = dict(
        (pk, [title, summary])
        for pk, title, summary in m["Deal"]
        .objects.using(using)
        .filter(pk__in=list(deal_ids))
        .values_list("pk", "title", "summary")
    )
    if not deals:
        return {}
    parties = list(
        m["DealParty"]
        .objects.using(using)
        .filter(deal_id__in=deals)
        .values_list("deal_id", "company_id", "name_as_reported")
    )
    company_ids = {company for _, company, _ in parties if company}
    company_names = _grouped(
        m["Company"]
        .objects.using(using)
        .filter(pk__in=company_ids)
        .values_list("pk", "name", "legal_name", "local_name")
    )
    for company, alias in (
        m["CompanyAlias"]
        .objects.using(using)
        .filter(company_id__in=company_ids)
        .values_list("company_id", "name")
    ):
        company_names[company].append(alias)

    links = list(
        m["DealAsset"]
        .objects.using(using)
        .filter(deal_id__in=deals)
        .values_list("deal_id", "asset_id")
    )
    asset_ids = {asset for _, asset in links}
    Asset = m["Asset"]
    asset_names = _grouped(
        Asset.objects.using(using).filter(pk__in=asset_ids).values_list("pk", "name")
    )
    asset_words: dict[int, list[str]] = defaultdict(list)
    modality_labels = dict(Asset._meta.get_field("modality").choices or [])
    for pk, modality, indications in (
        Asset.objects.using(using)
        .filter(pk__in=asset_ids)
        .values_list("pk", "modality", "indications")
    ):
        asset_words[pk] += [str(modality_labels.get(modality, "")), indications]
    for asset, alias in (
        m["AssetAlias"]
        .objects.using(using)
        .filter(asset_id__in=asset_ids)
        .values_list("asset_id", "name")
    ):
        asset_names[asset].append(alias)
    for asset, name, symbol in (
        Asset.targets.through.objects.using(using)
        .filter(asset_id__in=asset_ids)
        .values_list("asset_id", "target__name", "target__gene_symbol")
    ):
        asset_names[asset] += [name, symbol]
    for asset, area in (
        Asset.therapeutic_areas.through.objects.using(using)
        .filter(asset_id__in=asset_ids)
        .values_list("asset_id", "therapeuticarea__name")
    ):
        asset_words[asset].append(area)
    for asset, term, code in (
        Asset.indication_terms.through.objects.using(using)
        .filter(asset_id__in=asset_ids)
        .values_list("asset_id", "indication__name", "indication__code")
    ):
        asset_words[asset] += [term, code]

    names: dict[int, list[str]] = defaultdict(list)
    for deal, company, reported in parties:
        names[deal] += [reported, *company_names.get(company, [])]
    for deal, asset in links:
        names[deal] += asset_names.get(asset, [])
        deals[deal] += asset_words.get(asset, [])
    documents = {}
    for deal, texts in deals.items():
        words = [t for t in texts if t]
        for name in dict.fromkeys(n for n in names.get(deal, []) if n):
            words += name_variants(name)
        documents[deal] = "\n".join(dict.fromkeys(words))
    return documents


def _chunks(ids: list[int], size: int = BATCH) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def refresh_documents(
    deal_ids: Iterable[int], *, using: str = DEFAULT_DB_ALIAS, apps: Apps | None = None
) -> int:
    """Rewrite the search documents of ``deal_ids`` (the one writer); returns how many."""
    Document = _models(apps)["DealSearchDocument"]
    written = 0
    for chunk in _chunks(sorted(set(deal_ids))):
        documents = build_documents(chunk, using=using, apps=apps)
        Document.objects.using(using).bulk_create(
            [Document(deal_id=pk, document=text) for pk, text in documents.items()],
            update_conflicts=True,
            unique_fields=["deal"],
            update_fields=["document"],
        )
        written += len(documents)
    return written


def refresh_all(*, using: str = DEFAULT_DB_ALIAS, apps: Apps | None = None) -> int:
    """Rewrite every deal's search document (after a bulk load or a restore)."""
    Deal = _models(apps)["Deal"]
    ids = list(Deal.objects.using(using).order_by("pk").values_list("pk", flat=True))
    return refresh_documents(ids, using=using, apps=apps)


# --- the query ---------------------------------------------------------------------------------


# English endings cut from a query word (what is left must keep 4 letters), so that its prefix
# also finds the other forms: "licensing" → "licens" finds "licenses", "licensed", "license".
_ENDINGS = ("ations", "ation", "ings", "ing", "ies", "es", "ed", "s")


def stem(word: str) -> str:
    """``word`` without one English ending when it is all letters ("licensing" → "licens")."""
    if not word.isalpha() or not word.isascii():
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def query_terms(text: str) -> list[str]:
    """The words of a query as they are matched: case, width and hyphens folded, one English
    ending cut (:func:`stem`).

    "PD-1 VEGF" → ["pd1", "vegf"]; legal-form words ("Inc.", "Co., Ltd.") are dropped when
    other words remain, since a document need not spell the legal form.
    """
    words = [normalize_name(w) for w in text.split()]
    words = [w for w in words if w]
    kept = [w for w in words if w not in _LEGAL_SUFFIXES]
    return list(dict.fromkeys(stem(w) for w in kept or words))[:MAX_TERMS]


def _fts_expression(alternatives: list[list[str]]) -> str:
    # Terms come from normalize_name, which leaves only word characters: nothing to escape.
    return " AND ".join(
        "(" + " OR ".join(f'"{term}"*' for term in group) + ")" for group in alternatives
    )


def _tsquery(alternatives: list[list[str]]) -> str:
    return " & ".join(
        "(" + " | ".join(f"'{term}':*" for term in group) + ")" for group in alternatives
    )


def _matches_sqlite(alternatives: list[list[str]]) -> RawSQL:
    return RawSQL(  # noqa: S611  # nosec B611 - the only parameter is bound
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",  # noqa: S608  # nosec B608
        [_fts_expression(alternatives)],
    )


_PG_MATCH = "SELECT deal_id FROM deals_dealsearchdocument WHERE vector @@ to_tsquery('simple', %s)"
# Up to this many matching deals, their ids go to the list query as one array (IdArray): the
# planner then fetches exactly those deals and sorts them (fetched_then_sorted). With a
# subquery it guessed more matches and walked every deal in date order testing each (README,
# "Figures behind design choices"). The cap also bounds the probe that a word found in most
# deals pays before it falls back to the subquery; the figures behind 10,000 are in
# docs/search.md.
_ID_LIST_CAP = 10000
# The id search of _pg_ids(), with parallel workers and JIT compilation off for it alone (see
# there), then both put back to the session's defaults.
_PLANNER_OFF = "SELECT set_config('max_parallel_workers_per_gather', '0', false), set_config('jit', 'off', false)"  # noqa: E501
_PG_IDS = f"{_PLANNER_OFF}; WITH m AS MATERIALIZED ({_PG_MATCH}) SELECT deal_id FROM m LIMIT %s; RESET max_parallel_workers_per_gather; RESET jit"  # noqa: E501, S608  # nosec B608


def _pg_ids(alternatives: list[list[str]], using: str, limit: int) -> list[int]:
    """Up to ``limit`` matching deal ids.

    A plain LIMIT made the planner read the table until enough rows matched (all of it when
    none does: seconds); a materialised CTE is planned for all its rows (the GIN index) and
    still stops reading after ``limit``.

    PostgreSQL cannot estimate a prefix match (it guesses a quarter of the documents for a
    word in a few thousand), so it plans parallel workers, whose start-up costs several times
    the scan itself, and compiles the plan (JIT), which costs about as much as the scan
    (docs/search.md). Both are off for this statement only, in the same round trip: they are
    reset after it, and on an error the transaction that fails undoes the change with it.
    """
    with connections[using].cursor() as cursor:
        cursor.execute(_PG_IDS, [_tsquery(alternatives), limit])
        cursor.nextset()  # past the settings, to the ids
        return [pk for (pk,) in cursor.fetchall()]


def _has_match(term: str, using: str, postgres: bool) -> bool:
    if postgres:
        return bool(_pg_ids([[term]], using, 1))
    with connections[using].cursor() as cursor:
        cursor.execute(
            f"SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s LIMIT 1",  # noqa: S608  # nosec B608
            [_fts_expression([[term]])],
        )
        return cursor.fetchone() is not None


def _one_edit_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter added, dropped, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] == a[diff[0]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def company_words_near(term: str, *, using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Words of company names and aliases one edit away from ``term`` ("pfzer" → "pfizer")."""
    from companies.models import Company, CompanyAlias

    companies = Company.objects.using(using)
    aliases = CompanyAlias.objects.using(using)
    with transaction.atomic(using=using):
        if connections[using].vendor == "postgresql":
            # The trigram index on the names narrows a large table to a few candidates. The
            # default word-similarity threshold (0.6) misses one typo in a short word
            # ("pfzer" is 0.44 from "Pfizer"); the lower one holds only inside this block.
            with connections[using].cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)",
                    [_WORD_SIMILARITY],
                )
            companies = companies.filter(name__trigram_word_similar=term)
            aliases = aliases.filter(name__trigram_word_similar=term)
            companies, aliases = companies[:200], aliases[:200]
        # Elsewhere every name is read: thousands of short strings, compared in Python.
        names = list(companies.values_list("name", flat=True))
        names += list(aliases.values_list("name", flat=True))
    near = {
        word
        for name in names
        for word in (normalize_name(w) for w in _WORD.split(name))
        if word and _one_edit_apart(term, word)
    }
    return sorted(near)


class IdArray(NamesItsRows, Lookup):
    """``lhs = ANY(...)`` with the matching ids as one text parameter (PostgreSQL).

    ``pk__in=ids`` writes one placeholder per id, and Django prepares and the driver splices
    each of them into the statement, twice per page (the count and the page): a few thousand
    ids cost more in Python than the database needs to fetch them (docs/search.md). One array
    parameter still had the driver quote every element; the ids joined by commas are one
    string to quote, and PostgreSQL folds ``string_to_array`` over it into the same constant
    array at planning, so the plan and its estimate are those of the ``IN`` list.
    """

    lookup_name = "id_array"
    prepare_rhs = False

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, tuple[Any, ...]]:
        lhs, lhs_params = self.process_lhs(compiler, connection)
        ids = ",".join(str(int(pk)) for pk in self.rhs)
        return f"{lhs} = ANY(string_to_array(%s, ',')::bigint[])", (*lhs_params, ids)


def deals_matching(text: str, *, using: str = DEFAULT_DB_ALIAS) -> Q | IdArray | None:
    """A condition on Deal for the query ``text``, or None when it has no words to match."""
    terms = query_terms(text)
    if not terms:
        return None
    postgres = connections[using].vendor == "postgresql"
    alternatives = [[term] for term in terms]
    # On PostgreSQL the words as typed first: when they match, each of them matches something,
    # so none would be widened below, and the per-word checks (each as costly as the match
    # itself, docs/search.md) are skipped.
    ids = _pg_ids(alternatives, using, _ID_LIST_CAP + 1) if postgres else []
    if not ids:
        alternatives = []
        for term in terms:
            group = [term]
            if (
                len(term) >= _MIN_TYPO_LENGTH
                and term.isalpha()
                and not _has_match(term, using, postgres)
            ):
                group += company_words_near(term, using=using)
            alternatives.append(group)
        if not postgres:
            return Q(pk__in=_matches_sqlite(alternatives))
        if any(len(group) > 1 for group in alternatives):
            ids = _pg_ids(alternatives, using, _ID_LIST_CAP + 1)
    if not ids:
        return Q(pk__in=[])  # Django answers an empty IN list without asking the database
    if len(ids) <= _ID_LIST_CAP:
        return IdArray(F("pk"), ids)
    # Many matches: walking deals in list order finds a page of them quickly.
    return Q(pk__in=RawSQL(_PG_MATCH, [_tsquery(alternatives)]))  # noqa: S611  # nosec B611


def fetched_then_sorted(queryset: QuerySet[Any]) -> QuerySet[Any]:
    """``queryset`` in the deal list's default order (newest first, then the highest id),
    written so that PostgreSQL fetches the listed deals and sorts them.

    With a literal list of a few thousand ids the planner expects the matches spread evenly
    over the dates and walks the date index, testing every deal, until it has a page; a
    company's deals are not spread evenly, and the walk read several times more rows than the
    list holds (docs/search.md). ``announced_on + 0`` sorts exactly as ``announced_on`` (NULLs
    first when descending, as the model's ordering) but no index provides it, so the listed
    deals are fetched by id and sorted.
    """
    unindexed = Func(F("announced_on"), template="(%(expressions)s + 0)", output_field=DateField())
    return queryset.order_by(OrderBy(unindexed, descending=True), "-pk")
