"""The vocabularies and name pools synthetic deals are drawn from, with their weights.

Weights are relative frequencies shaped like the real market (who licenses what, from where,
at which phase, for how much); the conference series place their editions in the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from companies.models import Modality, Phase
from deals.models import Deal

# Synthetic rows are the ones whose slug starts with this (deals: "syn-<seed>-<n>-...").
PREFIX = "syn-"
FX_SOURCE = "seed_synthetic (random walk, not market data)"
CENT = Decimal("0.01")
FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2026, 2, 28)
FX_FIRST_DAY = date(2014, 12, 1)
FX_LAST_DAY = date(2026, 12, 31)
INTERNAL_SHARE = 0.05

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
class SeriesSpec:
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


SERIES: tuple[SeriesSpec, ...] = (
    # JPM starts on the first Monday on or after 7 January (true for every edition 2015-2026).
    SeriesSpec("J.P. Morgan Healthcare Conference", "JPM", 1, 7, 0, 4, "San Francisco", "US",
               "America/Los_Angeles", 40, range(2015, 2027)),
    SeriesSpec("AACR Annual Meeting", "AACR", 4, 8, 4, 6, "", "US", "", 8, range(2015, 2026)),
    SeriesSpec("ASCO Annual Meeting", "ASCO", 5, 29, 4, 5, "Chicago", "US", "America/Chicago",
               15, range(2015, 2026)),
    SeriesSpec("BIO International Convention", "BIO", 6, 3, 0, 4, "", "US", "", 15,
               range(2015, 2026)),
    SeriesSpec("ESMO Congress", "ESMO", 9, 8, 4, 5, "", "", "", 8, range(2015, 2026)),
    SeriesSpec("BIO-Europe", "BIO-Europe", 10, 28, 0, 3, "", "", "", 8, range(2015, 2026)),
    SeriesSpec("ASH Annual Meeting", "ASH", 12, 5, 5, 4, "", "US", "", 6, range(2015, 2026)),
)  # fmt: skip
