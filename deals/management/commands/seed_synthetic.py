"""Deterministic synthetic deals for benchmarks: ``manage.py seed_synthetic --deals N --seed S``.

Same N and S give the same rows (compared by slug and natural keys; ids depend on what the
database already holds). The data is shaped like the real thing so that filters, counts and
pages cost what they would in production: companies with aliases and listings, countries weighted
CN/US/KR/Europe/JP/other, a few big licensees that take many deals, assets with modalities,
targets and therapeutic areas, conference editions (JPM 2015-2026 and others), undisclosed
counterparties and amounts, several currencies with FX rates covering every date, territories,
sources and events, and exactly 5% internal deals.

Synthetic rows are marked by slugs starting with ``syn-`` (deals, companies, assets, and the
vocabulary rows this command had to create); nothing else is touched. Re-running with the same
arguments is a no-op; other arguments (or ``--force``) clear the synthetic rows and seed afresh;
``--clear`` only clears.

Speed: rows are written with explicit ids through PostgreSQL ``COPY`` (plain multi-row inserts
elsewhere), in chunks of deals, inside one transaction. That bypasses ``save()``, so the USD
amounts are computed here with the rule of :mod:`deals.fx` (the latest FxRate on or before
the announcement date, else the signing date; USD itself is 1:1; no rate means no USD value),
and no history rows are written for synthetic data.
"""

# Table and column names in the SQL below come from model metadata, never from input.
# ruff: noqa: S608

from __future__ import annotations

import bisect
import itertools
import math
import random
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.utils.text import slugify

from companies.models import (
    Asset,
    AssetAlias,
    Company,
    CompanyAlias,
    Modality,
    Phase,
    StockListing,
    Target,
    TherapeuticArea,
)
from companies.names import normalize_name
from core.result_cache import bump_data_version
from deals import search
from deals.models import (
    AssetUnavailability,
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
from deals.rights import stored as rights_stored

PREFIX = "syn-"
FX_SOURCE = "seed_synthetic (random walk, not market data)"
CENT = Decimal("0.01")
FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2026, 2, 28)
FX_FIRST_DAY = date(2014, 12, 1)
FX_LAST_DAY = date(2026, 12, 31)
INTERNAL_SHARE = 0.05

# --- vocabularies ------------------------------------------------------------------------------

# (country, weight): about 28% China, 30% US, 9% Korea, 17% Europe, 8% Japan, 8% elsewhere.
COUNTRY_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("CN", 28), ("US", 30), ("KR", 9),
    ("DE", 3.5), ("GB", 3.5), ("CH", 3), ("FR", 2.5), ("NL", 1), ("BE", 1), ("DK", 1.5),
    ("SE", 1), ("JP", 8),
    ("CA", 2), ("AU", 2), ("IL", 2), ("IN", 1), ("SG", 1),
)  # fmt: skip
BIG_PHARMA_COUNTRIES: tuple[tuple[str, float], ...] = (
    ("US", 40),
    ("CH", 10),
    ("GB", 10),
    ("DE", 10),
    ("FR", 8),
    ("JP", 12),
    ("DK", 5),
    ("CN", 5),
)
CURRENCY_OF_COUNTRY = {
    "CN": "CNY", "KR": "KRW", "JP": "JPY", "GB": "GBP", "CH": "CHF",
    "DE": "EUR", "FR": "EUR", "NL": "EUR", "BE": "EUR", "DK": "EUR", "SE": "EUR",
}  # fmt: skip
# Rough USD per unit at the start of the series; the walk keeps them in a plausible band.
FX_START = {
    "EUR": 1.21, "GBP": 1.56, "CHF": 1.01, "CNY": 0.161, "JPY": 0.0084, "KRW": 0.00091,
}  # fmt: skip
EXCHANGES = {
    "CN": ("SSE", "HKEX", "SZSE"), "US": ("NASDAQ", "NYSE"), "KR": ("KOSDAQ", "KRX"),
    "JP": ("TSE",), "GB": ("LSE",), "CH": ("SIX",), "DE": ("XETRA",), "FR": ("Euronext",),
    "NL": ("Euronext",), "BE": ("Euronext",), "DK": ("Nasdaq Copenhagen",),
    "SE": ("Nasdaq Stockholm",), "CA": ("TSX",), "AU": ("ASX",), "IL": ("TASE",),
    "IN": ("NSE",), "SG": ("SGX",),
}  # fmt: skip
LATIN_SYLLABLES = (
    "al", "ar", "be", "bi", "ca", "cel", "cor", "da", "de", "el", "en", "gen", "ix", "ka",
    "lu", "ma", "mer", "mo", "na", "neo", "no", "nu", "or", "pha", "qu", "ra", "re", "sa",
    "se", "sol", "ta", "te", "ther", "tra", "va", "ve", "vi", "xa", "ze", "zy",
)  # fmt: skip
CN_SYLLABLES = (
    "Hua", "Heng", "Jiang", "Xin", "Kang", "Tai", "Hai", "Bai", "Ji", "Zhong", "Sheng", "Rong",
    "An", "Li", "Yi", "Bo", "Ke", "Tian", "Hong", "Qi", "Shi", "Ming", "Jun", "Da",
)  # fmt: skip
CN_CHARS = "华恒江信康泰海百济中生荣安立益博科天宏启世明君达药业医"
KR_SYLLABLES = (
    "Han", "Dae", "Yu", "Il", "Jin", "Bo", "Sam", "Sung", "Chong", "Kun", "Dong", "Hyun",
    "Ah", "Lee", "Bio", "Geo", "Mi", "Seo", "Ja", "Ok",
)  # fmt: skip
KR_CHARS = "한대유일진보삼성종근동현아리바이오지미서자옥"
JP_SYLLABLES = (
    "Ta", "Ka", "Shi", "Ono", "Eis", "Dai", "Chu", "Kyo", "Mochi", "Sumi", "Asa", "Oto",
    "Yama", "Kawa", "Hoshi", "Mori", "Naka", "Kita",
)  # fmt: skip
JP_CHARS = "田中山川星森北大東西本武製薬化学"
SUFFIXES = {
    "big_pharma": ("Pharma", "Pharmaceuticals", "Healthcare", "Laboratories"),
    "mid_pharma": ("Pharma", "Pharmaceutical", "Biopharma", "Therapeutics"),
    "biotech": ("Therapeutics", "Bio", "Biosciences", "Biotherapeutics", "Oncology", "Biologics"),
    "startup": ("Therapeutics", "Bio", "Medicines", "Labs"),
    "academic": ("Institute", "University Research Foundation", "Medical Research Centre"),
    "cro_cdmo": ("Biologics CDMO", "Research Services"),
    "investor": ("Capital", "Ventures", "Life Science Partners"),
}
LEGAL_FORM = {
    "US": "Inc.", "CN": "Co., Ltd.", "KR": "Co., Ltd.", "JP": "K.K.", "DE": "GmbH", "CH": "AG",
    "GB": "plc", "FR": "SA", "NL": "N.V.", "BE": "SA", "DK": "A/S", "SE": "AB",
}  # fmt: skip
CITY = {
    "US": ("Boston", "San Francisco", "San Diego", "New York", "Cambridge"),
    "CN": ("Shanghai", "Suzhou", "Beijing", "Hangzhou", "Shenzhen", "Yantai"),
    "KR": ("Seoul", "Incheon", "Seongnam", "Daejeon"), "JP": ("Tokyo", "Osaka"),
    "DE": ("Berlin", "Munich"), "GB": ("London", "Cambridge", "Oxford"), "CH": ("Basel",),
    "FR": ("Paris", "Lyon"), "NL": ("Leiden",), "BE": ("Ghent",), "DK": ("Copenhagen",),
    "SE": ("Stockholm",), "CA": ("Toronto", "Vancouver"), "AU": ("Melbourne", "Sydney"),
    "IL": ("Rehovot", "Tel Aviv"), "IN": ("Hyderabad", "Bengaluru"), "SG": ("Singapore",),
}  # fmt: skip
TARGETS: tuple[tuple[str, str, float], ...] = (
    # (name, gene symbol, relative frequency in deals)
    ("PD-1", "PDCD1", 9), ("PD-L1", "CD274", 6), ("VEGF-A", "VEGFA", 5), ("HER2", "ERBB2", 7),
    ("HER3", "ERBB3", 2), ("EGFR", "EGFR", 6), ("TROP2", "TACSTD2", 5), ("B7-H3", "CD276", 4),
    ("B7-H4", "VTCN1", 2), ("Claudin 18.2", "CLDN18", 4), ("CD3", "CD3E", 5), ("CD19", "CD19", 4),
    ("CD20", "MS4A1", 3), ("CD38", "CD38", 2), ("BCMA", "TNFRSF17", 3), ("GPRC5D", "GPRC5D", 2),
    ("CD47", "CD47", 2), ("TIGIT", "TIGIT", 2), ("LAG-3", "LAG3", 2), ("CTLA-4", "CTLA4", 2),
    ("KRAS G12C", "KRAS", 3), ("KRAS G12D", "KRAS", 2), ("EZH2", "EZH2", 1), ("PARP1", "PARP1", 2),
    ("CDK4/6", "CDK4", 2), ("CDK2", "CDK2", 2), ("BTK", "BTK", 2), ("JAK1", "JAK1", 2),
    ("TYK2", "TYK2", 2), ("IL-23", "IL23A", 2), ("IL-17A", "IL17A", 1), ("IL-4Rα", "IL4R", 2),
    ("TSLP", "TSLP", 2), ("IL-13", "IL13", 1), ("TNF-α", "TNF", 1), ("FcRn", "FCGRT", 2),
    ("C5", "C5", 1), ("GLP-1R", "GLP1R", 6), ("GIPR", "GIPR", 3), ("Amylin receptor", "CALCR", 2),
    ("PCSK9", "PCSK9", 2), ("Lp(a)", "LPA", 2), ("ANGPTL3", "ANGPTL3", 1), ("APOC3", "APOC3", 1),
    ("TTR", "TTR", 1), ("Amyloid-beta", "APP", 2), ("Tau", "MAPT", 2),
    ("alpha-synuclein", "SNCA", 1),
    ("LRRK2", "LRRK2", 1), ("SOD1", "SOD1", 1), ("HTT", "HTT", 1), ("Nav1.8", "SCN10A", 1),
    ("MET", "MET", 2), ("ALK", "ALK", 1), ("ROS1", "ROS1", 1), ("RET", "RET", 1),
    ("FGFR2", "FGFR2", 1), ("FGFR3", "FGFR3", 1), ("PSMA", "FOLH1", 3), ("SSTR2", "SSTR2", 2),
    ("FAP", "FAP", 2), ("GPC3", "GPC3", 1), ("DLL3", "DLL3", 2), ("Nectin-4", "NECTIN4", 2),
    ("CDH6", "CDH6", 1), ("FRα", "FOLR1", 2), ("MUC16", "MUC16", 1), ("PRMT5", "PRMT5", 2),
    ("WRN", "WRN", 1), ("SHP2", "PTPN11", 1), ("Menin", "MEN1", 1), ("FLT3", "FLT3", 1),
    ("IDH1", "IDH1", 1), ("BCL-2", "BCL2", 1), ("CD123", "IL3RA", 1), ("CD70", "CD70", 1),
    ("4-1BB", "TNFRSF9", 1), ("OX40", "TNFRSF4", 1), ("IL-2", "IL2", 1), ("STING", "STING1", 1),
    ("Factor XI", "F11", 1), ("APOL1", "APOL1", 1), ("HSD17B13", "HSD17B13", 1),
    ("FGF21", "FGF21", 1), ("THR-β", "THRB", 1), ("NLRP3", "NLRP3", 1), ("RIPK1", "RIPK1", 1),
    ("CD40L", "CD40LG", 1), ("BAFF", "TNFSF13B", 1),
)  # fmt: skip
AREAS: tuple[tuple[str, float], ...] = (
    ("Oncology", 45), ("Immunology", 12), ("Neurology", 8), ("Metabolic disease", 8),
    ("Cardiovascular", 6), ("Rare disease", 6), ("Infectious disease", 5), ("Respiratory", 3),
    ("Hematology", 3), ("Ophthalmology", 2), ("Dermatology", 2), ("Nephrology", 2),
    ("Hepatology", 2), ("Psychiatry", 1), ("Women's health", 1),
)  # fmt: skip
MODALITIES: tuple[tuple[str, float], ...] = (
    (Modality.SMALL_MOLECULE, 24), (Modality.MONOCLONAL_ANTIBODY, 14), (Modality.BISPECIFIC, 9),
    (Modality.TRISPECIFIC, 1), (Modality.ADC, 10), (Modality.RADIOLIGAND, 3),
    (Modality.PEPTIDE, 4), (Modality.SIRNA, 5), (Modality.ASO, 2), (Modality.MRNA, 2),
    (Modality.CELL_THERAPY, 7), (Modality.GENE_THERAPY, 5), (Modality.VACCINE, 3),
    (Modality.PROTEIN, 4), (Modality.OTHER, 3),
)  # fmt: skip
INN_STEM = {
    Modality.SMALL_MOLECULE: "tinib", Modality.MONOCLONAL_ANTIBODY: "mab",
    Modality.BISPECIFIC: "tamab", Modality.TRISPECIFIC: "tamab", Modality.ADC: "mab vedotin",
    Modality.PEPTIDE: "tide", Modality.SIRNA: "siran", Modality.ASO: "rsen",
    Modality.GENE_THERAPY: "gene", Modality.CELL_THERAPY: "cel",
}  # fmt: skip
PHASES_AT_SIGNING: tuple[tuple[str, float], ...] = (
    (Phase.DISCOVERY, 8), (Phase.PRECLINICAL, 34), (Phase.PHASE_1, 22), (Phase.PHASE_1_2, 7),
    (Phase.PHASE_2, 16), (Phase.PHASE_2_3, 2), (Phase.PHASE_3, 7), (Phase.FILED, 2),
    (Phase.APPROVED, 2),
)  # fmt: skip
PHASE_ORDER = [p for p, _ in PHASES_AT_SIGNING]
# Upfront multiplier by phase: later-stage assets command larger payments.
PHASE_VALUE: dict[str, float] = {
    Phase.DISCOVERY: 0.5, Phase.PRECLINICAL: 1.0, Phase.PHASE_1: 1.6, Phase.PHASE_1_2: 2.0,
    Phase.PHASE_2: 2.6, Phase.PHASE_2_3: 3.5, Phase.PHASE_3: 5.0, Phase.FILED: 7.0,
    Phase.APPROVED: 8.0,
}  # fmt: skip
DEAL_TYPES: tuple[tuple[str, float], ...] = (
    (Deal.Type.LICENSE, 45), (Deal.Type.COLLABORATION, 14), (Deal.Type.OPTION, 8),
    (Deal.Type.PLATFORM_LICENSE, 8), (Deal.Type.ASSET_PURCHASE, 6), (Deal.Type.ACQUISITION, 8),
    (Deal.Type.MERGER, 1), (Deal.Type.EQUITY, 10),
)  # fmt: skip
STATUSES: tuple[tuple[str, float], ...] = (
    (Deal.Status.ANNOUNCED, 60), (Deal.Status.CLOSED, 25), (Deal.Status.TERMINATED, 5),
    (Deal.Status.EXPIRED, 3), (Deal.Status.NEGOTIATION, 4), (Deal.Status.RUMORED, 3),
)  # fmt: skip
LICENSING = {Deal.Type.LICENSE, Deal.Type.OPTION, Deal.Type.PLATFORM_LICENSE}
ROYALTY_WORDING = (
    "tiered double-digit royalties on net sales",
    "tiered royalties up to the low double digits",
    "mid-single-digit to low-double-digit tiered royalties",
    "royalties on net sales",
    "tiered royalties on worldwide net sales",
    "high-single-digit royalties",
)
WIRES = ("PR Newswire", "Business Wire", "GlobeNewswire")
NEWS = (
    "Fierce Biotech", "Endpoints News", "BioCentury", "Reuters", "STAT", "BioSpace",
    "Korea Biomedical Review", "Caixin", "Nikkei", "Yonhap",
)  # fmt: skip
LOCAL_NEWS = {"KR": ("Yonhap", "ko"), "CN": ("Caixin", "zh"), "JP": ("Nikkei", "ja")}
EU_COUNTRIES = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
)  # fmt: skip
REGIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("WW", "Worldwide", ()),
    ("GREATER_CHINA", "Greater China", ("CN", "HK", "MO", "TW")),
    ("EU", "European Union", EU_COUNTRIES),
    ("NORTH_AMERICA", "North America", ("US", "CA")),
)


@dataclass(frozen=True)
class _SeriesSpec:
    """A conference series and the rule that places its editions in the calendar."""

    name: str
    short: str
    month: int
    day: int  # the first edition day is the first `weekday` on or after month/day
    weekday: int
    days: int
    city: str
    country: str
    timezone: str
    weight: float
    years: range


SERIES: tuple[_SeriesSpec, ...] = (
    # JPM starts on the first Monday on or after 7 January (true for every edition 2015-2026).
    _SeriesSpec("J.P. Morgan Healthcare Conference", "JPM", 1, 7, 0, 4, "San Francisco", "US",
                "America/Los_Angeles", 40, range(2015, 2027)),
    _SeriesSpec("AACR Annual Meeting", "AACR", 4, 8, 4, 6, "", "US", "", 8, range(2015, 2026)),
    _SeriesSpec("ASCO Annual Meeting", "ASCO", 5, 29, 4, 5, "Chicago", "US", "America/Chicago",
                15, range(2015, 2026)),
    _SeriesSpec("BIO International Convention", "BIO", 6, 3, 0, 4, "", "US", "", 15,
                range(2015, 2026)),
    _SeriesSpec("ESMO Congress", "ESMO", 9, 8, 4, 5, "", "", "", 8, range(2015, 2026)),
    _SeriesSpec("BIO-Europe", "BIO-Europe", 10, 28, 0, 3, "", "", "", 8, range(2015, 2026)),
    _SeriesSpec("ASH Annual Meeting", "ASH", 12, 5, 5, 4, "", "US", "", 6, range(2015, 2026)),
)  # fmt: skip


# --- small helpers -----------------------------------------------------------------------------


def _cum(weights: Iterable[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _first_weekday(year: int, month: int, day: int, weekday: int) -> date:
    start = date(year, month, day)
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def _round_sig(value: float, digits: int = 3, *, up: bool = False) -> Decimal:
    """``value`` to ``digits`` significant digits, the way press releases round ("$4.95B")."""
    if value <= 0:
        return Decimal(0)
    exponent = math.floor(math.log10(value)) - digits + 1
    quantum = Decimal(1).scaleb(exponent)
    rounded = (Decimal(repr(value)) / quantum).quantize(
        Decimal(1), rounding=ROUND_CEILING if up else ROUND_HALF_UP
    ) * quantum
    return rounded.quantize(CENT) if exponent < 0 else Decimal(int(rounded)).quantize(CENT)


def _usd(amount: Decimal | None, rate: Decimal | None) -> Decimal | None:
    """deals.fx.to_usd with the rate already looked up."""
    if amount is None or rate is None:
        return None
    return (amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)


class _Progress:
    """A one-line progress bar on a terminal; a line every 10% otherwise (logs, CI)."""

    def __init__(self, stream: Any, total: int, label: str, enabled: bool) -> None:
        self.stream, self.total, self.label, self.enabled = stream, total, label, enabled
        self.tty = enabled and hasattr(stream, "isatty") and stream.isatty()
        self.started = time.monotonic()
        self.last_decile = -1

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        share = done / self.total if self.total else 1.0
        rate = done / elapsed if elapsed > 0 else 0.0
        text = (
            f"{self.label} {done:>10,}/{self.total:,} {share:6.1%} {elapsed:6.1f}s {rate:>8,.0f}/s"
        )
        if self.tty:
            bar = "#" * int(share * 30)
            self.stream.write(f"\r[{bar:<30}] {text}")
            if done >= self.total:
                self.stream.write("\n")
            self.stream.flush()
        elif int(share * 10) > self.last_decile:
            self.last_decile = int(share * 10)
            self.stream.write(f"{text}\n")


# --- raw table writer ----------------------------------------------------------------------------


class _Table:
    """Rows for one table, written with explicit ids by COPY (PostgreSQL) or executemany."""

    def __init__(self, model: type[models.Model], columns: Sequence[str], first_id: int) -> None:
        self.model = model
        self.table = model._meta.db_table
        # Concrete fields with a column, except generated ones (a deal's class), which the
        # database writes itself.
        by_column = {
            f.column: f
            for f in model._meta.concrete_fields
            if f.column is not None and not getattr(f, "generated", False)
        }
        unknown = set(columns) - set(by_column)
        if unknown:
            raise CommandError(f"seed_synthetic: {self.table} has no column(s) {sorted(unknown)}.")
        # Columns added to the model later are filled with their default, or refused clearly.
        self.extra: list[tuple[str, object]] = []
        for column, model_field in by_column.items():
            if column in columns:
                continue
            if not (model_field.has_default() or model_field.null or model_field.blank):
                raise CommandError(
                    f"seed_synthetic does not know how to fill {self.table}.{column}; update it."
                )
            default = model_field.get_default() if model_field.has_default() else None
            if default is None and not model_field.null:
                default = ""
            self.extra.append((column, default))
        self.columns = [*columns, *(c for c, _ in self.extra)]
        self.fields = [by_column[c] for c in self.columns]
        self.extra_values = tuple(v for _, v in self.extra)
        self.rows: list[tuple] = []
        self.next_id = first_id
        self.written = 0

    def add(self, *values: object) -> int:
        """Queue one row (``values`` in the column order given, id first); return its id."""
        row_id = self.next_id
        self.next_id += 1
        self.rows.append((row_id, *values, *self.extra_values))
        return row_id

    def flush(self, connection: Any) -> None:
        if not self.rows:
            return
        names = ", ".join(connection.ops.quote_name(c) for c in self.columns)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {self.table} ({names}) FROM STDIN") as copy:
                    for row in self.rows:
                        copy.write_row(row)
            else:
                preps = [f.get_db_prep_save for f in self.fields]
                placeholders = ", ".join(["%s"] * len(self.columns))
                sql = f"INSERT INTO {self.table} ({names}) VALUES ({placeholders})"  # nosec B608 - table names from model metadata
                prepared = [
                    [prep(v, connection) for prep, v in zip(preps, row, strict=True)]
                    for row in self.rows
                ]
                for start in range(0, len(prepared), 500):
                    cursor.executemany(sql, prepared[start : start + 500])
        self.written += len(self.rows)
        self.rows = []


def _next_id(connection: Any, model: type[models.Model]) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT MAX(id) FROM {model._meta.db_table}")  # nosec B608 - table names from model metadata
        (current,) = cursor.fetchone()
    return (current or 0) + 1


# --- the generator -------------------------------------------------------------------------------


@dataclass
class _Company:
    id: int
    name: str
    country: str
    kind: str
    prefix: str
    assets: list[_Asset] = field(default_factory=list)
    platforms: list[_Asset] = field(default_factory=list)


@dataclass
class _Asset:
    id: int
    name: str
    modality: str
    phase: str
    target_names: list[str]
    area: str


class _Generator:
    """Builds the rows; every random draw comes from one seeded ``random.Random``."""

    def __init__(self, seed: int, n_deals: int, connection: Any, using: str) -> None:
        self.seed = seed
        self.n = n_deals
        self.rng = random.Random(seed)
        self.connection = connection
        self.using = using
        self.used_slugs: set[str] = set()
        self.used_tickers: set[tuple[str, str]] = set()
        self.asset_counter: dict[str, int] = {}

    # -- reference data through the ORM (small, created once, shared with real data) --

    def reference_data(self) -> None:
        db = self.using
        self.areas = {}
        for name, _ in AREAS:
            area = TherapeuticArea.objects.using(db).filter(name=name).first()
            if area is None:
                area = TherapeuticArea(name=name, slug=f"{PREFIX}{slugify(name)}")
                area.save(using=db)
            self.areas[name] = area.pk
        self.targets = {}
        for name, gene, _ in TARGETS:
            target = Target.objects.using(db).filter(name=name).first()
            if target is None:
                slug = f"{PREFIX}{slugify(name) or slugify(gene).lower()}"
                target = Target(name=name, gene_symbol=gene, slug=self._unique(slug))
                target.save(using=db)
            self.targets[name] = target.pk
        self.regions = {}
        for code, name, countries in REGIONS:
            region = Region.objects.using(db).filter(code=code).first()
            if region is None:
                slug = self._unique(f"{PREFIX}{slugify(name)}")
                # django-countries is untyped: a multiple CountryField takes a list of codes.
                region = Region(code=code, name=name, slug=slug, countries=list(countries))  # type: ignore[misc]
                region.save(using=db)
            self.regions[code] = region.pk
        self.conferences: list[tuple[int, date, date, str]] = []
        conference_weights: list[float] = []
        for spec in SERIES:
            series = (
                ConferenceSeries.objects.using(db).filter(name=spec.name).order_by("pk").first()
            )
            if series is None:
                series = ConferenceSeries(
                    name=spec.name, short_name=spec.short, slug=f"{PREFIX}{slugify(spec.short)}"
                )
                series.save(using=db)
            for year in spec.years:
                start = _first_weekday(year, spec.month, spec.day, spec.weekday)
                end = start + timedelta(days=spec.days - 1)
                edition = Conference.objects.using(db).filter(series=series, year=year).first()
                if edition is None:
                    edition = Conference(
                        series=series, year=year, name=f"{spec.name} {year}",
                        slug=f"{PREFIX}{slugify(spec.short)}-{year}", start_date=start,
                        end_date=end, city=spec.city, country=spec.country,
                        timezone=spec.timezone,
                    )  # fmt: skip
                    edition.save(using=db)
                if edition.start_date > LAST_DAY:
                    continue
                last = min(edition.end_date, LAST_DAY)
                self.conferences.append((edition.pk, edition.start_date, last, spec.short))
                # Later editions carry more deals, as the real calendar does.
                conference_weights.append(spec.weight * (1 + (year - 2015) / 6))
        self.conference_cum = _cum(conference_weights)
        self._fx_rates()

    def _fx_rates(self) -> None:
        """Load the FX table; create a random walk only for currencies that have no rates.

        A currency that already has rates (real ones, or ours from an earlier run) is left
        alone: adding rates between real ones would silently change what existing deals'
        USD amounts should be. The walk uses its own fixed seed, so every --seed shares it.
        """
        db = self.using
        walk = random.Random("fx")  # deterministic on purpose, whatever --seed says
        new_rates: list[FxRate] = []
        present = set(
            FxRate.objects.using(db).values_list("currency", flat=True).distinct().order_by()
        )
        for currency, start in sorted(FX_START.items()):
            if currency in present:
                continue
            value, day = start, FX_FIRST_DAY
            while day <= FX_LAST_DAY:
                if day.weekday() < 5:
                    # Mean-reverting walk: plausible day-to-day noise that never drifts away.
                    value *= math.exp(walk.gauss(0, 0.004) + 0.002 * math.log(start / value))
                    usd = Decimal(f"{value:.6g}")
                    new_rates.append(
                        FxRate(currency=currency, date=day, usd_per_unit=usd, source=FX_SOURCE)
                    )
                day += timedelta(days=1)
        # bulk_create sends no post_save, so no re-pricing storm over existing deals.
        FxRate.objects.using(db).bulk_create(new_rates, batch_size=2000)
        self.fx: dict[str, tuple[list[date], list[Decimal]]] = {}
        rows = FxRate.objects.using(db).order_by("currency", "date")
        for currency, day, usd in rows.values_list("currency", "date", "usd_per_unit"):
            dates, values = self.fx.setdefault(currency, ([], []))
            dates.append(day)
            values.append(usd)

    def rate(self, currency: str, on: date | None) -> Decimal | None:
        """deals.fx.usd_rate over the in-memory FX table."""
        if currency == "USD":
            return Decimal(1)
        if not currency or on is None or currency not in self.fx:
            return None
        dates, values = self.fx[currency]
        i = bisect.bisect_right(dates, on) - 1
        return values[i] if i >= 0 else None

    def _unique(self, slug: str, max_length: int = 80) -> str:
        slug = slug[:max_length].strip("-")
        candidate, n = slug, 2
        while candidate in self.used_slugs:
            suffix = f"-{n}"
            candidate = f"{slug[: max_length - len(suffix)]}{suffix}"
            n += 1
        self.used_slugs.add(candidate)
        return candidate

    # -- tables --

    def open_tables(self) -> None:
        c = self.connection
        asset_targets = Asset.targets.through
        asset_areas = Asset.therapeutic_areas.through

        def table(model: type[models.Model], *columns: str) -> _Table:
            return _Table(model, ("id", *columns), _next_id(c, model))

        self.companies = table(
            Company, "name", "slug", "legal_name", "local_name", "country", "city",
            "company_type", "ownership", "parent_id", "website", "description", "created_at",
            "updated_at",
        )  # fmt: skip
        self.company_aliases = table(
            CompanyAlias, "name", "normalized", "company_id", "kind", "valid_from", "valid_to"
        )
        self.listings = table(StockListing, "company_id", "exchange", "ticker")
        self.assets = table(
            Asset, "name", "slug", "owner_id", "modality", "is_platform", "indications",
            "highest_phase", "description", "created_at", "updated_at",
        )  # fmt: skip
        self.asset_targets = table(asset_targets, "asset_id", "target_id")
        self.asset_areas = table(asset_areas, "asset_id", "therapeuticarea_id")
        self.asset_aliases = table(AssetAlias, "name", "normalized", "asset_id", "kind")
        self.deals = table(
            Deal, "title", "slug", "deal_type", "exclusive", "status", "visibility", "signed_on",
            "announced_on", "conference_id", "summary", "analyst_notes", "headline_amount",
            "headline_currency", "headline_amount_usd", "headline_source_id", "headline_quote",
            "created_by_id", "created_at", "updated_at", "version",
        )  # fmt: skip
        self.sources = table(
            Source, "deal_id", "url", "publisher", "title", "published_on", "language", "quote"
        )
        self.parties = table(
            DealParty, "deal_id", "company_id", "role", "name_as_reported", "order"
        )
        self.deal_assets = table(DealAsset, "deal_id", "asset_id", "phase_at_signing")
        self.territories = table(DealTerritory, "deal_id", "region_id", "country", "excluded")
        self.payments = table(
            PaymentComponent, "deal_id", "kind", "disclosed", "amount", "currency", "amount_usd",
            "contingent", "source_id", "quote", "note", "order",
        )  # fmt: skip
        self.royalties = table(
            Royalty, "deal_id", "disclosed", "min_pct", "max_pct", "tiered", "wording", "source_id"
        )
        self.events = table(
            DealEvent, "deal_id", "kind", "date", "description", "amount", "currency", "source_id"
        )
        self.all_tables = [
            self.companies, self.company_aliases, self.listings, self.assets, self.asset_targets,
            self.asset_areas, self.asset_aliases, self.deals, self.sources, self.parties,
            self.deal_assets, self.territories, self.payments, self.royalties, self.events,
        ]  # fmt: skip
        with c.cursor() as cursor:
            for model in (Company, Asset):
                cursor.execute(
                    f"SELECT slug FROM {model._meta.db_table} WHERE slug LIKE %s",  # nosec B608 - table names from model metadata
                    [f"{PREFIX}%"],
                )
                self.used_slugs.update(slug for (slug,) in cursor.fetchall())
            cursor.execute(f"SELECT exchange, ticker FROM {StockListing._meta.db_table}")  # nosec B608 - table names from model metadata
            self.used_tickers.update(cursor.fetchall())

    def flush(self) -> None:
        first_deal = self.deals.next_id - len(self.deals.rows)
        for t in self.all_tables:
            t.flush(self.connection)
        if self.deals.next_id > first_deal:
            # COPY sends no signals: write the new deals' money measures (deals/measures.py)
            # from their payments, in one set-based UPDATE per chunk.
            Deal.objects.using(self.using).filter(
                pk__gte=first_deal, pk__lt=self.deals.next_id
            ).refresh_totals()
            # ... and their search documents (deals/search.py), which no signal writes either.
            search.refresh_documents(range(first_deal, self.deals.next_id), using=self.using)

    # -- companies --

    def _name(self, country: str, kind: str) -> tuple[str, str]:
        """A made-up company name in the style of its country, and a local-language name."""
        r = self.rng
        local = ""
        if country == "CN":
            stem = "".join(r.sample(CN_SYLLABLES, 2))
            local = "".join(r.sample(CN_CHARS, 4))
        elif country == "KR":
            stem = "".join(r.sample(KR_SYLLABLES, 2))
            local = "".join(r.sample(KR_CHARS, 4))
        elif country == "JP":
            stem = "".join(r.sample(JP_SYLLABLES, 2))
            local = "".join(r.sample(JP_CHARS, 4))
        else:
            stem = "".join(r.sample(LATIN_SYLLABLES, r.choice((2, 2, 3)))).capitalize()
        return f"{stem} {r.choice(SUFFIXES[kind])}", local

    def make_companies(self) -> None:
        r = self.rng
        n = max(200, self.n // 15)
        n_big, n_mid = min(30, n // 10), min(100, n // 6)
        created = datetime(2025, 1, 1, tzinfo=UTC)
        countries, cweights = zip(*COUNTRY_WEIGHTS, strict=True)
        big_countries, big_weights = zip(*BIG_PHARMA_COUNTRIES, strict=True)
        kinds = ("biotech", "startup", "academic", "cro_cdmo", "investor")
        kind_cum = _cum((70, 15, 7, 3, 5))
        names_seen: set[str] = set()
        self.company_list: list[_Company] = []
        for i in range(n):
            if i < n_big:
                kind, country = "big_pharma", r.choices(big_countries, big_weights)[0]
            elif i < n_big + n_mid:
                kind, country = "mid_pharma", r.choices(countries, cweights)[0]
            else:
                kind = r.choices(kinds, cum_weights=kind_cum)[0]
                country = r.choices(countries, cweights)[0]
            name, local = self._name(country, kind)
            while name in names_seen:
                name = f"{name.split()[0]}{r.choice(LATIN_SYLLABLES)} {name.split(' ', 1)[1]}"
            names_seen.add(name)
            ownership = (
                "public" if kind in ("big_pharma", "mid_pharma") or r.random() < 0.35 else "private"
            )
            parent_id = None
            if kind == "biotech" and self.company_list and r.random() < 0.03:
                parent_id = self.company_list[r.randrange(min(30, len(self.company_list)))].id
                ownership = "subsidiary"
            legal = f"{name} {LEGAL_FORM.get(country, 'Ltd.')}"
            slug = self._unique(f"{PREFIX}{slugify(name)}")
            description = (
                f"Synthetic {kind.replace('_', ' ')} headquartered in {country}, generated by "
                "seed_synthetic for benchmarks."
            )
            cid = self.companies.add(
                name, slug, legal, local, country, r.choice(CITY[country]), kind, ownership,
                parent_id, f"https://example.org/{slug}", description, created, created,
            )  # fmt: skip
            prefix = "".join(w[0] for w in name.split()[:2]).upper() + r.choice("ABCDEFGHKLMNRSTXZ")
            self.company_list.append(_Company(cid, name, country, kind, prefix))
            self._company_extras(cid, name, local, country, ownership)
        # Deal flow is concentrated: a few licensees sign a large share of deals (Zipf-like).
        self.pharma = [c for c in self.company_list if c.kind in ("big_pharma", "mid_pharma")]
        self.pharma_cum = _cum(1 / (k + 3) ** 0.9 for k in range(len(self.pharma)))
        self.innovators = [
            c for c in self.company_list if c.kind in ("biotech", "startup", "academic")
        ]
        self.innovator_cum = _cum(1 / (k + 20) ** 0.7 for k in range(len(self.innovators)))
        self.investors = [c for c in self.company_list if c.kind == "investor"] or self.pharma
        self.investor_cum = _cum([1.0] * len(self.investors))
        self.equity_pool = self.investors + self.pharma[:30]
        self.equity_cum = _cum([1.0] * len(self.investors) + [0.5] * len(self.pharma[:30]))
        self.all_cum = _cum(1 / (k + 10) ** 0.8 for k in range(len(self.company_list)))

    def _company_extras(
        self, cid: int, name: str, local: str, country: str, ownership: str
    ) -> None:
        r = self.rng
        aliases: list[tuple[str, str, date | None, date | None]] = []
        words = name.split()
        if r.random() < 0.30:
            initials = "".join(w[0] for w in words).upper()
            if len(initials) >= 2:
                aliases.append((initials, "abbreviation", None, None))
        if r.random() < 0.10:
            former = f"{''.join(r.sample(LATIN_SYLLABLES, 2)).capitalize()} {words[-1]}"
            used_until = date(2015, 1, 1) + timedelta(days=r.randrange(3650))
            aliases.append((former, "former", None, used_until))
        if local and r.random() < 0.6:
            aliases.append((local, "local", None, None))
        if r.random() < 0.05 and len(words[0]) > 4:
            cut = r.randrange(1, len(words[0]) - 1)
            spelling = words[0][:cut] + words[0][cut + 1 :]
            aliases.append((f"{spelling} {' '.join(words[1:])}", "spelling", None, None))
        seen = {name}
        for alias, kind, since, until in aliases:
            if alias in seen:
                continue
            seen.add(alias)
            normalized = normalize_name(alias, strip_legal=True)
            self.company_aliases.add(alias, normalized, cid, kind, since, until)
        if ownership == "public":
            exchanges = EXCHANGES[country]
            for exchange in exchanges[: 2 if r.random() < 0.2 else 1]:
                ticker = self._ticker(exchange, name)
                self.listings.add(cid, exchange, ticker)

    def _ticker(self, exchange: str, name: str) -> str:
        r = self.rng
        numeric = exchange in ("SSE", "SZSE", "HKEX", "KOSDAQ", "KRX", "TSE", "TASE")
        for attempt in itertools.count():
            if numeric:
                ticker = str(r.randrange(1000, 999999)).zfill(6 if exchange != "TSE" else 4)
            else:
                letters = "".join(ch for ch in name.upper() if ch.isalpha())
                ticker = "".join(r.sample(letters, min(4, len(letters)))) or "SYN"
                if attempt > 20:
                    ticker = f"{ticker[:3]}{attempt}"
            if (exchange, ticker) not in self.used_tickers:
                self.used_tickers.add((exchange, ticker))
                return ticker
        raise AssertionError("unreachable")

    def pick(self, pool: list[_Company], cum: list[float], exclude: Iterable[int] = ()) -> _Company:
        taken = set(exclude)
        while True:
            company = self.rng.choices(pool, cum_weights=cum)[0]
            if company.id not in taken:
                return company

    # -- assets --

    def new_asset(self, owner: _Company, platform: bool, created: datetime) -> _Asset:
        r = self.rng
        if platform:
            modality = Modality.PLATFORM
            word = r.choice(("Shuttle", "Body", "Link", "Mab", "Cell", "Gen", "Pep", "Deliver"))
            name = f"{owner.name.split()[0]} {word}{r.choice(('', 'X', 'Plus', '2'))} platform"
        else:
            modality = r.choices(self.modalities, cum_weights=self.modality_cum)[0]
            number = self.asset_counter.get(owner.prefix, 100 + r.randrange(1, 9) * 100)
            number += r.randrange(1, 12)
            self.asset_counter[owner.prefix] = number
            name = f"{owner.prefix}-{number}"
        phase = r.choices(PHASE_ORDER, cum_weights=self.phase_cum)[0]
        n_targets = {Modality.BISPECIFIC: 2, Modality.TRISPECIFIC: 3}.get(modality, 1)
        if modality in (Modality.PLATFORM, Modality.VACCINE) and r.random() < 0.6:
            n_targets = 0
        elif n_targets == 1 and r.random() < 0.1:
            n_targets = 2
        targets: list[str] = []
        while len(targets) < n_targets:
            target = r.choices(self.target_names, cum_weights=self.target_cum)[0]
            if target not in targets:
                targets.append(target)
        areas = [r.choices(self.area_names, cum_weights=self.area_cum)[0]]
        if r.random() < 0.15:
            extra = r.choices(self.area_names, cum_weights=self.area_cum)[0]
            if extra not in areas:
                areas.append(extra)
        highest = phase
        if r.random() < 0.07:
            highest = Phase.DISCONTINUED
        elif r.random() < 0.3 and phase in PHASE_ORDER:
            highest = PHASE_ORDER[min(PHASE_ORDER.index(phase) + r.randint(1, 2), 8)]
        slug = self._unique(f"{PREFIX}{slugify(name)}")
        label = Modality(modality).label.lower()
        description = f"Synthetic {label} against {', '.join(targets) or 'undisclosed targets'}."
        aid = self.assets.add(
            name, slug, owner.id, modality, platform, areas[0], highest, description, created,
            created,
        )  # fmt: skip
        for target in targets:
            self.asset_targets.add(aid, self.targets[target])
        for area in areas:
            self.asset_areas.add(aid, self.areas[area])
        if not platform and r.random() < 0.25:
            stem = INN_STEM.get(modality)
            if stem:
                inn = f"{''.join(r.sample(LATIN_SYLLABLES, 2))}{stem}"
                self.asset_aliases.add(inn, normalize_name(inn), aid, "inn")
            else:
                code = name.replace("-", "")
                self.asset_aliases.add(code, normalize_name(code), aid, "code")
        asset = _Asset(aid, name, modality, phase, targets, areas[0])
        (owner.platforms if platform else owner.assets).append(asset)
        return asset

    def asset_for(self, owner: _Company, platform: bool, created: datetime) -> _Asset:
        """A new asset of ``owner`` most of the time; one of its earlier ones otherwise."""
        mine = owner.platforms if platform else owner.assets
        if mine and self.rng.random() < 0.25:
            return self.rng.choice(mine)
        return self.new_asset(owner, platform, created)

    # -- deals --

    def prepare_deals(self) -> None:
        self.deal_types, deal_weights = zip(*DEAL_TYPES, strict=True)
        self.deal_type_cum = _cum(deal_weights)
        self.statuses, status_weights = zip(*STATUSES, strict=True)
        self.status_cum = _cum(status_weights)
        self.modalities, modality_weights = zip(*MODALITIES, strict=True)
        self.modality_cum = _cum(modality_weights)
        self.phase_cum = _cum(w for _, w in PHASES_AT_SIGNING)
        self.target_names = [name for name, _, _ in TARGETS]
        self.target_cum = _cum(w for _, _, w in TARGETS)
        self.area_names = [name for name, _ in AREAS]
        self.area_cum = _cum(w for _, w in AREAS)
        # More deals every year, as in the real market; 2026 only runs to the end of February.
        days: list[date] = []
        weights: list[float] = []
        day = FIRST_DAY
        while day <= LAST_DAY:
            days.append(day)
            weights.append(1 + (day.year - 2015) * 0.12)
            day += timedelta(days=1)
        self.days, self.day_cum = days, _cum(weights)
        k = round(self.n * INTERNAL_SHARE)
        self.internal = set(self.rng.sample(range(self.n), k))

    def deal(self, i: int) -> None:
        r = self.rng
        deal_type = r.choices(self.deal_types, cum_weights=self.deal_type_cum)[0]
        status = r.choices(self.statuses, cum_weights=self.status_cum)[0]
        conference_id = None
        announced: date | None
        if r.random() < 0.15:
            conference_id, start, end, _ = r.choices(
                self.conferences, cum_weights=self.conference_cum
            )[0]
            announced = start + timedelta(days=r.randrange((end - start).days + 1))
        else:
            announced = r.choices(self.days, cum_weights=self.day_cum)[0]
        signed = announced - timedelta(days=r.randrange(4)) if r.random() < 0.6 else None
        if status in (Deal.Status.RUMORED, Deal.Status.NEGOTIATION) and r.random() < 0.25:
            announced, signed, conference_id = None, None, None  # reported, never dated
        fx_date = announced or signed
        created = datetime.combine(fx_date or LAST_DAY, datetime.min.time(), UTC) + timedelta(
            hours=12
        )

        # Who.
        undisclosed_partner = False
        if deal_type in LICENSING or deal_type == Deal.Type.ASSET_PURCHASE:
            seller = self.pick(self.innovators, self.innovator_cum)
            buyer = (
                self.pick(self.pharma, self.pharma_cum, (seller.id,))
                if r.random() < 0.65
                else self.pick(self.company_list, self.all_cum, (seller.id,))
            )
            undisclosed_partner = deal_type in LICENSING and r.random() < 0.03
            roles = (
                ("licensor", "licensee")
                if deal_type in LICENSING
                else (DealParty.Role.TARGET, DealParty.Role.ACQUIRER)
            )
        elif deal_type == Deal.Type.COLLABORATION:
            seller = self.pick(self.innovators, self.innovator_cum)
            buyer = self.pick(self.company_list, self.all_cum, (seller.id,))
            roles = ("partner", "partner")
        elif deal_type == Deal.Type.EQUITY:
            seller = self.pick(self.innovators, self.innovator_cum)
            buyer = self.pick(self.equity_pool, self.equity_cum, (seller.id,))
            roles = ("partner", "investor")
        else:  # acquisition, merger
            seller = self.pick(self.innovators, self.innovator_cum)
            buyer = self.pick(self.pharma, self.pharma_cum, (seller.id,))
            roles = ("target", "acquirer")

        # What.
        assets: list[_Asset] = []
        if deal_type == Deal.Type.PLATFORM_LICENSE:
            assets.append(self.asset_for(seller, True, created))
        elif deal_type in (
            Deal.Type.LICENSE, Deal.Type.OPTION, Deal.Type.COLLABORATION,
            Deal.Type.ASSET_PURCHASE,
        ):  # fmt: skip
            count = r.choices((0, 1, 2, 3), (5, 80, 11, 4))[0]
            for _ in range(count):
                asset = self.asset_for(seller, False, created)
                if asset not in assets:
                    assets.append(asset)
        elif deal_type in (Deal.Type.ACQUISITION, Deal.Type.MERGER) and r.random() < 0.5:
            assets.append(self.asset_for(seller, False, created))
        lead = assets[0] if assets else None

        buyer_name = "an undisclosed partner" if undisclosed_partner else buyer.name
        title = self._title(deal_type, seller, buyer_name, lead)
        slug = self._unique(f"{PREFIX}{self.seed}-{i + 1}-{slugify(title)}")
        currency = "USD"
        local = CURRENCY_OF_COUNTRY.get(seller.country)
        if local and r.random() < 0.3:
            currency = local
        rate = self.rate(currency, fx_date)
        if rate is None and currency != "USD":
            # No FX rate that early: real reports of such deals quote dollars anyway.
            currency, rate = "USD", Decimal(1)
        assert rate is not None  # rate() is 1 for USD

        # Money.
        phase = lead.phase if lead else Phase.PRECLINICAL
        scale = PHASE_VALUE.get(phase, 1.0) * (2.0 if buyer.kind == "big_pharma" else 1.0)
        terms = self._payments(deal_type, status, scale)
        amounts: list[tuple[str, bool, Decimal | None, bool]] = []
        for kind, disclosed, usd_value, contingent in terms:
            amount = _round_sig(usd_value / float(rate)) if disclosed else None
            amounts.append((kind, disclosed, amount, contingent))
        disclosed_sum = sum((a for _, d, a, _ in amounts if d and a is not None), Decimal(0))
        headline = None
        if disclosed_sum and r.random() < 0.8:
            undisclosed_share = 1.0 + (
                0.3 * r.random() if any(not d for _, d, _, _ in amounts) else 0
            )
            # Rounded up so that a breakdown never exceeds its headline.
            headline = _round_sig(float(disclosed_sum) * undisclosed_share, up=True)
            headline = max(headline, disclosed_sum)
        elif not disclosed_sum and terms and r.random() < 0.15:
            headline = _round_sig(r.lognormvariate(math.log(3e8), 1.0) * scale / float(rate))

        # Sources are written before their deal row (foreign keys are checked at commit).
        sources = self._sources(
            self.deals.next_id, slug, title, announced, seller, lead, headline, currency
        )
        headline_source = sources[0] if headline is not None and r.random() < 0.7 else None
        compact = _compact(headline, currency) if headline is not None else ""
        internal = i in self.internal
        exclusive = r.choices((True, False, None), (60, 10, 30))[0]
        area = lead.area.lower() if lead else "undisclosed indications"
        summary = (
            f"{self._verb(deal_type)} {lead.name + ' ' if lead else ''}"
            f"({Modality(lead.modality).label.lower() if lead else 'no named asset'}) in {area}. "
            f"{seller.name} ({seller.country}) and {buyer_name}."
        )
        deal_id = self.deals.add(
            title, slug, deal_type, exclusive, status,
            Deal.Visibility.INTERNAL if internal else Deal.Visibility.PUBLIC,
            signed, announced, conference_id, summary,
            "Synthetic internal analyst note: valuation model pending." if internal else "",
            headline, currency if headline is not None else "", _usd(headline, rate),
            headline_source,
            f"The deal is worth up to {compact}." if headline_source else "",
            None, created, created, 1,
        )  # fmt: skip

        # Parties: the seller side first, as announcements name them.
        self.parties.add(deal_id, seller.id, roles[0], "", 0)
        if undisclosed_partner:
            self.parties.add(deal_id, None, roles[1], "undisclosed partner", 1)
        else:
            self.parties.add(deal_id, buyer.id, roles[1], "", 1)
        if deal_type == Deal.Type.EQUITY and len(self.investors) > 3 and r.random() < 0.3:
            co = self.pick(self.investors, self.investor_cum, (seller.id, buyer.id))
            self.parties.add(deal_id, co.id, "investor", "", 2)
        for asset in assets:
            self.deal_assets.add(deal_id, asset.id, asset.phase)

        for order, (kind, disclosed, amount, contingent) in enumerate(amounts):
            source_id = sources[0] if disclosed and r.random() < 0.5 else None
            label = kind.replace("_", " ")
            quote = (
                f"{seller.name} receives {_compact(amount, currency)} ({label})."
                if source_id
                else ""
            )
            self.payments.add(
                deal_id, kind, disclosed, amount, currency if disclosed else "",
                _usd(amount, rate) if disclosed else None, contingent, source_id, quote, "",
                order,
            )  # fmt: skip
        if deal_type in LICENSING or deal_type == Deal.Type.COLLABORATION:
            self._royalty(deal_id)
            self._territory(deal_id, seller, buyer)
        self._events(deal_id, status, deal_type, signed, announced, sources)

    def _title(self, deal_type: str, seller: _Company, buyer: str, asset: _Asset | None) -> str:
        what = asset.name if asset else "a research program"
        match deal_type:
            case Deal.Type.LICENSE:
                return f"{seller.name} licenses {what} to {buyer}"
            case Deal.Type.OPTION:
                return f"{buyer} takes an option on {what} from {seller.name}"
            case Deal.Type.PLATFORM_LICENSE:
                return f"{buyer} licenses the {what} of {seller.name}"
            case Deal.Type.COLLABORATION:
                return f"{seller.name} and {buyer} collaborate on {what}"
            case Deal.Type.ASSET_PURCHASE:
                return f"{buyer} buys {what} from {seller.name}"
            case Deal.Type.EQUITY:
                return f"{buyer} invests in {seller.name}"
            case Deal.Type.MERGER:
                return f"{seller.name} merges with {buyer}"
            case _:
                return f"{buyer} acquires {seller.name}"

    @staticmethod
    def _verb(deal_type: str) -> str:
        verbs: dict[str, str] = {
            Deal.Type.LICENSE: "Exclusive license to develop and commercialize",
            Deal.Type.OPTION: "Option to license",
            Deal.Type.PLATFORM_LICENSE: "Access to the technology platform",
            Deal.Type.COLLABORATION: "Joint research and co-development of",
            Deal.Type.ASSET_PURCHASE: "Purchase of all rights to",
            Deal.Type.EQUITY: "Equity investment supporting",
        }
        return verbs.get(deal_type, "Acquisition including")

    def _payments(
        self, deal_type: str, status: str, scale: float
    ) -> list[tuple[str, bool, float, bool]]:
        """(kind, disclosed, USD value, contingent) for each money term of the deal."""
        r = self.rng
        terms: list[tuple[str, bool, float, bool]] = []

        def add(
            kind: str, p_exists: float, p_disclosed: float, median: float, sigma: float
        ) -> None:
            if r.random() < p_exists:
                value = r.lognormvariate(math.log(median * scale), sigma)
                contingent = kind in PaymentComponent.ALWAYS_CONTINGENT or kind == "option_fee"
                terms.append((kind, r.random() < p_disclosed, value, contingent))

        if status in (Deal.Status.RUMORED, Deal.Status.NEGOTIATION):
            add("upfront_cash", 0.3, 0.2, 20e6, 1.2)
            return terms
        if deal_type in LICENSING or deal_type == Deal.Type.COLLABORATION:
            add(
                "upfront_cash",
                0.85 if deal_type != Deal.Type.COLLABORATION else 0.6,
                0.85,
                15e6,
                1.2,
            )
            add("upfront_equity", 0.06, 0.9, 10e6, 1.0)
            add("near_term", 0.10, 0.7, 10e6, 1.0)
            if deal_type == Deal.Type.OPTION:
                add("option_fee", 0.6, 0.6, 8e6, 1.0)
            if r.random() < 0.5:
                add("milestones", 0.75, 0.8, 200e6, 1.1)
            else:
                add("development_milestones", 0.7, 0.75, 60e6, 1.1)
                add("regulatory_milestones", 0.5, 0.7, 80e6, 1.1)
                add("commercial_milestones", 0.6, 0.7, 150e6, 1.2)
            add("research_funding", 0.12, 0.6, 5e6, 1.0)
        elif deal_type == Deal.Type.ASSET_PURCHASE:
            add("upfront_cash", 0.95, 0.85, 40e6, 1.2)
            add("milestones", 0.5, 0.7, 150e6, 1.1)
        elif deal_type == Deal.Type.EQUITY:
            add("upfront_equity", 0.95, 0.85, 15e6, 1.0)
            add("equity_premium", 0.1, 0.6, 2e6, 1.0)
        else:
            add("acquisition_price", 0.95, 0.9, 300e6, 1.4)
            add("cvr", 0.15, 0.8, 80e6, 1.0)
        return terms

    def _sources(
        self, deal_id: int, slug: str, title: str, announced: date | None, seller: _Company,
        asset: _Asset | None, headline: Decimal | None, currency: str,
    ) -> list[int]:  # fmt: skip
        r = self.rng
        ids = []
        published = announced
        wire = r.choice(WIRES)
        quote = f"{title}." + (
            f" The deal is worth up to {_compact(headline, currency)}."
            if headline is not None
            else ""
        )
        url = f"https://example.org/{slug}/press-release"
        ids.append(
            self.sources.add(deal_id, url, wire, f"{title} (release)", published, "en", quote)
        )
        for k in range(r.choices((0, 1, 2), (30, 55, 15))[0]):
            publisher, language = LOCAL_NEWS.get(seller.country, (r.choice(NEWS), "en"))
            if r.random() < 0.6:
                publisher, language = r.choice(NEWS[:6]), "en"
            day = published + timedelta(days=r.randrange(3)) if published else None
            url = f"https://example.org/{slug}/news-{k + 1}"
            headline_text = f"{seller.name} signs {asset.name if asset else 'deal'}"
            quote = f"Reported by {publisher}."
            ids.append(
                self.sources.add(deal_id, url, publisher, headline_text, day, language, quote)
            )
        return ids

    def _royalty(self, deal_id: int) -> None:
        r = self.rng
        if r.random() >= 0.55:
            return
        disclosed = r.random() < 0.15
        low = Decimal(r.randrange(4, 12)) if disclosed else None
        high = low + Decimal(r.randrange(2, 14)) if low is not None else None
        tiered = r.choices((True, False, None), (70, 10, 20))[0]
        self.royalties.add(deal_id, disclosed, low, high, tiered, r.choice(ROYALTY_WORDING), None)

    def _territory(self, deal_id: int, seller: _Company, buyer: _Company) -> None:
        r = self.rng
        x = r.random()
        lines: list[tuple[str | None, str, bool]] = []
        if seller.country == "CN":
            if x < 0.5:
                lines = [("WW", "", False), ("GREATER_CHINA", "", True)]
            elif x < 0.8:
                lines = [("WW", "", False)]
        elif seller.country == "KR" and x < 0.3:
            lines = [("WW", "", False), (None, "KR", True)]
        elif buyer.country == "CN" and x < 0.5:
            lines = [("GREATER_CHINA", "", False)]
        elif x < 0.55:
            lines = [("WW", "", False)]
        elif x < 0.60:
            lines = [(None, "US", False)]
        elif x < 0.65:
            lines = [("EU", "", False)]
        elif x < 0.70:
            lines = [(None, "JP", False)]
        elif x < 0.72:
            lines = [("NORTH_AMERICA", "", False)]
        for region, country, excluded in lines:
            self.territories.add(
                deal_id, self.regions[region] if region else None, country, excluded
            )

    def _events(
        self, deal_id: int, status: str, deal_type: str, signed: date | None,
        announced: date | None, sources: list[int],
    ) -> None:  # fmt: skip
        r = self.rng
        if signed:
            self.events.add(deal_id, "signed", signed, "Agreement signed.", None, "", None)
        if announced:
            self.events.add(
                deal_id, "announced", announced, "Deal announced.", None, "", sources[0]
            )
        base = announced or signed
        if base is None:
            return
        if status == Deal.Status.CLOSED:
            day = min(base + timedelta(days=r.randrange(20, 150)), LAST_DAY)
            self.events.add(deal_id, "closed", day, "Transaction closed.", None, "", None)
        elif status == Deal.Status.TERMINATED:
            day = min(base + timedelta(days=r.randrange(200, 1500)), LAST_DAY)
            self.events.add(deal_id, "terminated", day, "Agreement terminated.", None, "", None)
        if deal_type == Deal.Type.OPTION and r.random() < 0.2:
            day = min(base + timedelta(days=r.randrange(200, 900)), LAST_DAY)
            self.events.add(deal_id, "option_exercised", day, "Option exercised.", None, "", None)
        if r.random() < 0.05:
            day = min(base + timedelta(days=r.randrange(100, 1500)), LAST_DAY)
            amount = _round_sig(r.lognormvariate(math.log(20e6), 0.8))
            self.events.add(deal_id, "milestone", day, "Milestone payment.", amount, "USD", None)


def _compact(amount: Decimal | None, currency: str) -> str:
    from core.money import compact_money

    return compact_money(amount, currency)


# --- clearing ------------------------------------------------------------------------------------


def _clear(connection: Any) -> dict[str, int]:
    """Delete synthetic rows with plain SQL; leave every row real data still refers to.

    Plain SQL because the ORM's delete() would write a history row and send signals per
    object. Children of synthetic deals go first (every table whose foreign key to Deal
    cascades), then the deals, then synthetic assets, companies and the vocabulary rows this
    command created, each only when no remaining row refers to it.
    """
    like = f"{PREFIX}%"
    deleted: dict[str, int] = {}

    def delete(model: type[models.Model], where: str, params: Sequence[object] = ()) -> None:
        table = model._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table} WHERE {where}", params)  # nosec B608 - table names from model metadata
            deleted[table] = deleted.get(table, 0) + max(cursor.rowcount, 0)

    def synthetic_unused(model: type[models.Model], *refs: tuple[type[models.Model], str]) -> str:
        """SQL: ``model``'s synthetic rows that no row of ``refs`` (model, column) points at."""
        table = model._meta.db_table
        unused = " ".join(
            f"AND NOT EXISTS (SELECT 1 FROM {ref._meta.db_table} x WHERE x.{col} = {table}.id)"  # nosec B608 - table names from model metadata
            for ref, col in refs
        )
        return f"SELECT id FROM {table} WHERE slug LIKE %s {unused}"  # nosec B608 - table names from model metadata

    deals = f"SELECT id FROM {Deal._meta.db_table} WHERE slug LIKE %s"  # nosec B608 - table names from model metadata
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Deal._meta.db_table} SET headline_source_id = NULL WHERE slug LIKE %s",  # nosec B608 - table names from model metadata
            [like],
        )
    children = [
        rel
        for rel in Deal._meta.related_objects
        if not rel.many_to_many and rel.on_delete is models.CASCADE
    ]
    # Rows pointing at a deal's sources (payments, royalties, events) go before the sources.
    children.sort(key=lambda rel: rel.related_model is Source)
    for rel in children:
        delete(rel.related_model, f"{rel.field.column} IN ({deals})", [like])
    delete(Deal, "slug LIKE %s", [like])

    assets = synthetic_unused(Asset, (DealAsset, "asset_id"))
    for child in (
        Asset.targets.through, Asset.therapeutic_areas.through, AssetAlias, AssetUnavailability,
    ):  # fmt: skip
        delete(child, f"asset_id IN ({assets})", [like])
    delete(Asset, f"id IN ({assets})", [like])

    # A synthetic subsidiary of a synthetic parent goes with it (foreign keys are checked at
    # commit), so only non-synthetic children keep a parent alive.
    company = Company._meta.db_table
    real_children = (
        f"AND NOT EXISTS (SELECT 1 FROM {company} x"  # nosec B608 - table names from model metadata
        f" WHERE x.parent_id = {company}.id AND x.slug NOT LIKE %s)"
    )
    companies = synthetic_unused(Company, (DealParty, "company_id"), (Asset, "owner_id"))
    companies = f"{companies} {real_children}"
    for company_child in (CompanyAlias, StockListing):
        delete(company_child, f"company_id IN ({companies})", [like, like])
    delete(Company, f"id IN ({companies})", [like, like])

    # Vocabulary this command created, unless real rows use it now.
    delete(Conference, f"id IN ({synthetic_unused(Conference, (Deal, 'conference_id'))})", [like])
    series = synthetic_unused(ConferenceSeries, (Conference, "series_id"))
    delete(ConferenceSeries, f"id IN ({series})", [like])
    targets = synthetic_unused(Target, (Asset.targets.through, "target_id"))
    delete(Target, f"id IN ({targets})", [like])
    areas = synthetic_unused(
        TherapeuticArea, (Asset.therapeutic_areas.through, "therapeuticarea_id")
    )
    delete(TherapeuticArea, f"id IN ({areas})", [like])
    delete(Region, f"id IN ({synthetic_unused(Region, (DealTerritory, 'region_id'))})", [like])
    return deleted


def _count_with_prefix(connection: Any, prefix: str) -> int:
    """Deals whose slug starts with ``prefix`` (``syn-``: all synthetic; ``syn-S-``: seed S)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*) FROM {Deal._meta.db_table} WHERE slug LIKE %s",  # nosec B608 - table names from model metadata
            [f"{prefix}%"],
        )
        (count,) = cursor.fetchone()
    return count


# --- the command ---------------------------------------------------------------------------------


class Command(BaseCommand):
    help = (
        "Create N deterministic synthetic deals (slugs start with 'syn-'). Re-running with the "
        "same --deals and --seed does nothing; other values (or --force) clear the synthetic "
        "rows and seed again; --clear only clears."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--deals", type=int, default=1000, help="How many deals (default 1000)."
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--force", action="store_true", help="Clear and reseed even if already seeded."
        )
        parser.add_argument(
            "--clear", action="store_true", help="Only delete the synthetic rows, then stop."
        )
        parser.add_argument(
            "--chunk", type=int, default=5000, help="Deals generated and written per round."
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args: object, **options: Any) -> None:
        n, seed, using = options["deals"], options["seed"], options["database"]
        if n < 1 and not options["clear"]:
            raise CommandError("--deals must be a positive number.")
        if seed < 0:
            raise CommandError("--seed must be zero or positive.")
        if options["chunk"] < 1:
            raise CommandError("--chunk must be a positive number.")
        connection = connections[using]
        verbose = options["verbosity"] > 0
        started = time.monotonic()

        if options["clear"]:
            with transaction.atomic(using=using):
                deleted = _clear(connection)
                rights_stored.rebuild(using)
            self.stdout.write(f"Removed synthetic data: {_summary(deleted)}.")
            return

        total = _count_with_prefix(connection, PREFIX)
        mine = _count_with_prefix(connection, f"{PREFIX}{seed}-")
        if total == n and mine == n and not options["force"]:
            self.stdout.write(
                f"{n:,} synthetic deals with seed {seed} are already present; nothing to do "
                "(--force rebuilds them)."
            )
            return

        with transaction.atomic(using=using):
            if connection.vendor == "postgresql":
                # Explicit ids: keep other writers out of these tables until we commit.
                tables = ", ".join(
                    m._meta.db_table
                    for m in (
                        Company, CompanyAlias, StockListing, Asset, Asset.targets.through,
                        Asset.therapeutic_areas.through, AssetAlias, Deal, Source, DealParty,
                        DealAsset, DealTerritory, PaymentComponent, Royalty, DealEvent,
                    )
                )  # fmt: skip
                with connection.cursor() as cursor:
                    cursor.execute(f"LOCK TABLE {tables} IN SHARE ROW EXCLUSIVE MODE")
            if total:
                deleted = _clear(connection)
                if verbose:
                    self.stdout.write(f"Cleared earlier synthetic data: {_summary(deleted)}.")
            gen = _Generator(seed, n, connection, using)
            gen.reference_data()
            gen.open_tables()
            gen.prepare_deals()
            gen.make_companies()
            gen.flush()
            progress = _Progress(self.stderr, n, "deals", verbose)
            for start in range(0, n, options["chunk"]):
                for i in range(start, min(n, start + options["chunk"])):
                    gen.deal(i)
                gen.flush()
                progress.update(min(n, start + options["chunk"]))
            statements = connection.ops.sequence_reset_sql(
                no_style(), [t.model for t in gen.all_tables]
            )
            with connection.cursor() as cursor:
                for sql in statements:
                    cursor.execute(sql)
            # COPY sends no signals: derive the stored availability behind available_in
            # (deals/rights/stored.py) for the whole data set.
            availability = rights_stored.rebuild(using)
        if connection.vendor == "postgresql":
            # Fresh statistics, or the planner guesses from an empty table; VACUUM also sets
            # the visibility map so that counts can use index-only scans right away (it cannot
            # run inside a transaction, e.g. a test's).
            verb = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
            with connection.cursor() as cursor:
                cursor.execute(f"{verb} {', '.join(t.table for t in gen.all_tables)}")
        # COPY sends no model signals: tell the result cache that the data changed.
        bump_data_version()
        written = {t.table: t.written for t in gen.all_tables}
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {n:,} synthetic deals (seed {seed}) in {time.monotonic() - started:.1f}s: "
                f"{_summary(written)}; {availability:,} stored availability rows."
            )
        )


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{table} {count:,}" for table, count in counts.items() if count) or "nothing"
