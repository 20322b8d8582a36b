"""Find candidate deals in an announcement or news text, quoting the sentence behind each value.

Pure Python: rules and small vocabularies, no network and no model. The output is a proposal
for an analyst to review, so the rules favour precision: an amount is reported only when a
currency-marked number stands in the text and a deal term names what it pays for, and every
value keeps the sentence it came from and a confidence between 0 and 1.

The DB-backed company and asset directories are built by :func:`directory_from_db`; the
extractor itself takes a :class:`Directory` so that it can run (and be tested) without a DB.
"""

# ruff: noqa: E501  (the regex tables read better one pattern per line than wrapped)
from __future__ import annotations

import calendar
import itertools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from companies.names import normalize_name

# ---------------------------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------------------------

# Large companies that press texts name without any "Inc."/"Pharmaceuticals" to recognise them.
# Being on this list also makes a company the likely licensee when the wording is ambiguous:
# big pharma in-licenses far more often than it out-licenses.
WELL_KNOWN_COMPANIES: tuple[str, ...] = (
    "AbbVie", "Amgen", "Astellas", "AstraZeneca", "Bayer", "Biogen", "BioNTech",
    "Boehringer Ingelheim", "Bristol Myers Squibb", "Bristol-Myers Squibb", "BMS", "Chugai",
    "CSL", "Daiichi Sankyo", "Eisai", "Eli Lilly", "Lilly", "Genentech", "Gilead", "Gilead Sciences",
    "GSK", "GlaxoSmithKline", "Ipsen", "Jazz Pharmaceuticals", "Johnson & Johnson", "J&J", "Merck",
    "Merck KGaA", "MSD", "Moderna", "Novartis", "Novo Nordisk", "Otsuka", "Pfizer", "Regeneron",
    "Roche", "Sanofi", "Servier", "Takeda", "Teva", "UCB", "Vertex", "Viatris", "Incyte",
    "Alnylam", "Ono Pharmaceutical", "Sumitomo Pharma", "Celltrion", "Samsung Bioepis",
    "Yuhan", "Hanmi", "BeiGene", "BeOne Medicines", "Hengrui", "Innovent", "Kelun-Biotech",
    "Hansoh", "CSPC", "Sino Biopharm", "Akeso", "WuXi Biologics", "Zai Lab",
)  # fmt: skip

# Words that end a company name ("Zonsen PepLib Biotech", "Yuhan Corporation").
_COMPANY_SUFFIX = (
    r"Pharmaceuticals?|Pharma|Therapeutics|Biotherapeutics|Biotech(?:nology)?|Bio|Biosciences?|"
    r"Biologics|Biopharma(?:ceuticals?)?|Biomedical|Medicines?|Oncology|Sciences|Life Sciences|"
    r"Laboratories|Labs|Healthcare|Genomics|Genetics|Bioscience|Biotherapies|Biosolutions|"
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.,?\s?Ltd\.?|Co\.|Ltd\.?|Limited|LLC|plc|PLC|AG|"
    r"S\.A\.|SA|SE|N\.V\.|GmbH|K\.K\.|Holdings|Group|University|Institute|Hospital"
)
# Generic words ignored when deciding that two mentions name the same company.
_GENERIC_WORDS = {
    "pharmaceutical", "pharmaceuticals", "pharma", "therapeutics", "biotherapeutics", "biotech",
    "biotechnology", "bio", "biosciences", "bioscience", "biologics", "biopharma",
    "biopharmaceutical", "biopharmaceuticals", "medicines", "sciences", "life", "labs",
    "laboratories", "healthcare", "inc", "corp", "corporation", "co", "ltd", "limited", "llc",
    "plc", "ag", "sa", "se", "nv", "gmbh", "kk", "holdings", "group", "company", "the",
}  # fmt: skip
_LEGAL_WORDS = {
    "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "ag",
    "sa", "se", "nv", "gmbh", "kk", "holdings", "group",
}  # fmt: skip
# Capitalised words that start sentences or name places, events and regulators, never parties.
_NOT_COMPANY = {
    "the", "a", "an", "under", "in", "on", "as", "at", "by", "for", "with", "from", "to", "this",
    "that", "these", "it", "its", "their", "his", "her", "our", "we", "they", "he", "she",
    "and", "or", "but", "if", "after", "before", "during", "since", "while", "according",
    "terms", "financial", "meanwhile", "separately", "also", "additionally", "however", "today",
    "earlier", "last", "next", "both", "each", "per", "following", "upon", "through", "about",
    "phase", "fda", "ema", "nmpa", "mfds", "jpm", "kospi", "kosdaq", "nasdaq", "nyse",
    "china", "chinese", "korea", "korean", "japan", "japanese", "europe", "european", "us",
    "u.s.", "united", "states", "america", "american", "greater", "mainland", "hong", "kong",
    "macau", "macao", "taiwan", "san", "francisco", "seoul", "shanghai", "beijing", "basel",
    "boston", "cambridge", "chicago", "north", "south", "global", "worldwide", "asia",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "conference", "healthcare", "ceo", "cfo", "chief", "president",
    "dr", "mr", "ms", "professor", "officer", "executive", "chairman", "head", "vice",
    "alzheimer", "alzheimer's", "parkinson", "parkinson's", "company", "companies", "group",
    "press", "release", "news", "media", "contact", "contacts", "source", "investors",
    "upfront", "milestone", "milestones", "royalties", "deal", "deals", "agreement", "license",
    "licensing", "collaboration", "option", "acquisition", "merger", "pd-1", "vegf", "adc",
    "rlt", "sirna", "car-t", "bbb", "nsclc", "crc", "won", "yuan", "yen", "dollars", "euros",
    "switzerland", "germany", "france", "uk", "england", "britain", "denmark", "sweden", "norway",
    "netherlands", "belgium", "israel", "india", "singapore", "australia", "canada", "ireland",
    "italy", "spain", "mass", "ill", "calif", "n.j", "pa", "md", "wash", "fla", "conn", "ny",
    "zurich", "london", "oxford", "tokyo", "osaka", "kyoto", "hangzhou", "suzhou", "shenzhen",
    "yantai", "daegu", "incheon", "pangyo", "paris", "munich", "copenhagen", "diego", "new",
    "york", "jersey", "massachusetts", "california", "illinois", "et", "est", "kst", "utc",
}  # fmt: skip
_PLACE_WORDS = {
    "zurich", "london", "oxford", "tokyo", "osaka", "kyoto", "hangzhou", "suzhou", "shenzhen",
    "yantai", "daegu", "incheon", "pangyo", "paris", "munich", "copenhagen", "shanghai", "beijing",
    "basel", "boston", "cambridge", "seoul", "jiangsu", "zhejiang", "guangzhou", "nanjing",
}  # fmt: skip
# Title-case headline words that glue two names together ("Kangyuan Grants Veridia ...").
_HEADLINE_WORDS = {
    "grants", "grant", "acquire", "acquires", "announce", "announces", "announced", "enter",
    "enters", "sign", "signs", "license", "licenses", "in-licenses", "to", "for", "with", "and",
    "agreement", "exclusive", "option", "global", "from", "of", "in", "on", "deal", "partner",
    "partners", "expand", "expands", "strategic", "collaboration", "completes", "complete",
    "buy", "buys", "by", "form", "forms", "ink", "inks", "strike", "strikes", "an", "a", "the",
}  # fmt: skip

_EXCHANGES = (
    r"NYSE|NASDAQ|Nasdaq|SIX|LSE|HKEX|HKG|SEHK|SSE|SZSE|STAR|KOSDAQ|KOSPI|KRX|TSE|TYO|Euronext|"
    r"ASX|OTC|OTCQX|XETRA|FWB|TSX"
)

# (canonical target name, pattern). Order matters only for readability.
TARGETS: tuple[tuple[str, str], ...] = (
    ("PD-1", r"PD-?1(?![\d-])"), ("PD-L1", r"PD-?L1"), ("VEGF", r"VEGF(?:-?A)?"),
    ("B7-H3", r"B7-?H3"), ("B7-H4", r"B7-?H4"), ("TROP2", r"TROP-?2"), ("HER2", r"HER-?2"),
    ("HER3", r"HER-?3"), ("CLDN18.2", r"CLDN18\.2|Claudin[ -]?18\.2"), ("GLP-1", r"GLP-?1"),
    ("GIP", r"GIP(?!-)"), ("amylin", r"amylin"), ("KRAS", r"KRAS"), ("EGFR", r"EGFR"),
    ("c-Met", r"c-?MET"), ("CD3", r"CD3(?!\d)"), ("CD19", r"CD19"), ("CD20", r"CD20"),
    ("CD38", r"CD38"), ("CD47", r"CD47"), ("BCMA", r"BCMA"), ("IL-23", r"IL-?23"),
    ("IL-4R", r"IL-?4R"), ("TL1A", r"TL1A"), ("FcRn", r"FcRn"), ("TSLP", r"TSLP"),
    ("amyloid-beta", r"amyloid[- ]beta|amyloid-β|Aβ|anti-amyloid"), ("tau", r"\btau\b"),
    ("PCSK9", r"PCSK9"), ("Lp(a)", r"Lp\(a\)|lipoprotein\(a\)"), ("DLL3", r"DLL3"),
    ("Nectin-4", r"Nectin-?4"), ("TIGIT", r"TIGIT"), ("LAG-3", r"LAG-?3"),
    ("CTLA-4", r"CTLA-?4"), ("4-1BB", r"4-1BB"), ("GPC3", r"GPC3"), ("FGFR2", r"FGFR2"),
    ("CDH6", r"CDH6"), ("ROR1", r"ROR1"), ("FAP", r"FAP(?!-)"), ("SSTR2", r"SSTR2"),
    ("PSMA", r"PSMA"), ("APOC3", r"APOC3"), ("ANGPTL3", r"ANGPTL3"), ("TfR1", r"TfR1?"),
    ("hyaluronan", r"hyaluronidase|hyaluronan"), ("KAT6", r"KAT6A?"), ("CDK4", r"CDK4"),
)  # fmt: skip

# (modality value of companies.models.Modality, pattern); the first match in this order wins,
# so "peptide-based radioligand" is a radioligand and "antibody-drug conjugate" an ADC.
MODALITIES: tuple[tuple[str, str], ...] = (
    ("adc", r"antibody[- ]drug conjugates?|\bADCs?\b"),
    ("radioligand", r"radioligand|radiopharmaceutical|\bRLTs?\b|radioconjugate"),
    ("trispecific", r"trispecific|tri-specific"),
    ("bispecific", r"bispecific|bi-specific"),
    ("sirna", r"\bsiRNA\b|\bRNAi\b|small interfering RNA"),
    ("aso", r"antisense|\bASOs?\b"),
    ("mrna", r"\bmRNA\b"),
    ("cell_therapy", r"CAR-?T\b|CAR-?NK|cell therapy"),
    ("gene_therapy", r"gene therapy|gene editing|\bAAV\b"),
    ("vaccine", r"\bvaccines?\b"),
    ("platform", r"hyaluronidase|subcutaneous (?:formulation|delivery) (?:platform|technology)|"
                 r"drug delivery platform|formulation platform|shuttle platform"),
    ("peptide", r"\bpeptides?\b|macrocycl"),
    ("small_molecule", r"small[- ]molecule|\binhibitors?\b|oral \w+ (?:agonist|antagonist)"),
    ("protein", r"\benzymes?\b|fusion protein"),
    ("monoclonal_antibody", r"monoclonal antibod|\bantibod(?:y|ies)\b|\bmAbs?\b"),
)  # fmt: skip

THERAPEUTIC_AREAS: tuple[tuple[str, str], ...] = (
    ("Oncology", r"oncology|cancers?\b|tumou?rs?\b|NSCLC|carcinoma|lymphoma|leuk(?:a)?emia|"
                 r"myeloma|colorectal|\bCRC\b|solid tumou?r"),
    ("Neurology", r"neurolog|Alzheimer|Parkinson|\bALS\b|neurodegenerat|\bbrain\b|CNS"),
    ("Immunology", r"immunolog|autoimmun|inflammat|psoriasis|lupus|atopic dermatitis|\bIBD\b|"
                   r"ulcerative colitis|Crohn"),
    ("Cardiovascular", r"cardiovascular|cardiometabolic|heart failure|hypertension|atheroscl"),
    ("Metabolic", r"obesity|diabetes|metabolic|\bMASH\b|\bNASH\b"),
    ("Infectious disease", r"infectious|antiviral|antibacterial|\bHIV\b|hepatitis"),
    ("Ophthalmology", r"ophthalm|retina|macular"),
    ("Rare disease", r"rare disease|orphan"),
)  # fmt: skip

# Asset-code look-alikes that are targets, diseases, exchanges or document labels.
_NOT_ASSET = re.compile(
    r"^(?:PD-?L?\d|B7-?H\d|HER-?\d|TROP-?\d|GLP-?\d|IL-?\d+\w?|CD\d+|CTLA-?\d|LAG-?\d|"
    r"COVID-?\d+|SARS-?CoV-?\d|H[12]|Q[1-4]|FY\d+|ISO-?\d+|CLDN\d+|FGFR\d|CDK\d|KAT\d\w?|"
    r"TfR\d|SSTR\d|DLL\d|GPC\d|ROR\d|APOC\d|CDH\d|IgG\d|Fc\w*|KRAS\w*|G12\w|V600\w?|"
    r"NCT\d+|ANGPTL\d|Nectin-?\d|TIGIT|P\d|X\d|A\d|B\d|PRN\w*|UTC\d*|GMT\d*|KST\d*|MOU\d*)$",
    re.IGNORECASE,
)
_ASSET_CODE = re.compile(
    r"(?<![A-Za-z0-9-])(?:[A-Z]{1,6}[-‐–]?[A-Z]?\d{1,6}[A-Za-z]{0,2}|[A-Z]{2,6}-[A-Z]\d{1,4})(?![A-Za-z0-9-])"
)
_INN = re.compile(
    r"\b[a-z]{4,}(?:mab|tinib|ciclib|parib|glutide|tide|rsen|siran|tecan|vedotin|deruxtecan|"
    r"lisib|rafenib|stat|zumab|ximab|umab)\b"
)

REGION_NAMES: tuple[tuple[str, str], ...] = (
    ("GREATER_CHINA", r"Greater China"),
    ("CN", r"(?:the )?(?:People'?s Republic of China|PRC|mainland China|China(?! and))"),
    ("HK", r"Hong Kong(?: SAR)?"),
    ("MO", r"Maca[uo](?: SAR)?"),
    ("TW", r"Taiwan"),
    ("JP", r"Japan"),
    ("KR", r"(?:South |the Republic of )?Korea"),
    ("US", r"(?:the )?(?:United States|U\.S\.|US)(?![\w.])"),
    ("EU", r"(?:the )?(?:European Union|Europe|EU)(?!\w)"),
)
_GREATER_CHINA = {"CN", "HK", "MO", "TW"}

# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


@dataclass
class CompanyRef:
    """A company the directory knows: its slug and display name."""

    slug: str
    name: str
    pk: int | None = None


@dataclass
class AssetRef:
    """An asset the directory knows."""

    slug: str
    name: str
    pk: int | None = None


@dataclass
class Directory:
    """Known companies and assets, keyed by :func:`companies.names.normalize_name` forms."""

    companies: dict[str, CompanyRef] = field(default_factory=dict)
    assets: dict[str, AssetRef] = field(default_factory=dict)

    def add_company(self, ref: CompanyRef, *names: str) -> None:
        for name in names:
            if name:
                self.companies.setdefault(normalize_name(name, strip_legal=True), ref)

    def add_asset(self, ref: AssetRef, *names: str) -> None:
        for name in names:
            if name:
                self.assets.setdefault(normalize_name(name), ref)


@dataclass
class Party:
    """A party of a candidate deal; ``company_slug`` is set when it matched a known company."""

    role: str
    name: str
    company_slug: str | None
    disclosed: bool
    quote: str
    confidence: float
    as_reported: str = ""


@dataclass
class AssetCandidate:
    """An asset named in a candidate deal, with what the text says about it."""

    name: str
    asset_slug: str | None
    quote: str
    confidence: float
    modality: str = ""
    targets: list[str] = field(default_factory=list)
    therapeutic_areas: list[str] = field(default_factory=list)


@dataclass
class Payment:
    """One money term: disclosed with amount and currency, or stated to be undisclosed."""

    kind: str
    amount: Decimal | None
    currency: str | None
    disclosed: bool
    quote: str
    confidence: float
    as_written: str = ""


@dataclass
class Candidate:
    """One deal the text appears to describe."""

    deal_type: str = "license"
    status: str = "announced"
    announced_on: date | None = None
    exclusive: bool | None = None
    parties: list[Party] = field(default_factory=list)
    assets: list[AssetCandidate] = field(default_factory=list)
    headline: Payment | None = None
    payments: list[Payment] = field(default_factory=list)
    territory: dict[str, list[str]] = field(
        default_factory=lambda: {"included": [], "excluded": []}
    )
    royalty: str = ""
    modality: str = ""
    targets: list[str] = field(default_factory=list)
    therapeutic_areas: list[str] = field(default_factory=list)
    quotes: dict[str, str] = field(default_factory=dict)
    confidences: dict[str, float] = field(default_factory=dict)
    terms_disclosed: bool = True

    @property
    def confidence(self) -> float:
        """The candidate's confidence: the mean of its fields' confidences."""
        values = list(self.confidences.values())
        return round(sum(values) / len(values), 2) if values else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACT.md "Extraction output" object, plus per-value quotes and confidences."""

        def money(p: Payment) -> dict[str, Any]:
            return {
                "kind": p.kind,
                "amount": _decimal_str(p.amount),
                "currency": p.currency,
                "disclosed": p.disclosed,
                "as_written": p.as_written,
                "quote": p.quote,
                "confidence": p.confidence,
            }

        return {
            "deal_type": self.deal_type,
            "status": self.status,
            "announced_on": self.announced_on.isoformat() if self.announced_on else None,
            "exclusive": self.exclusive,
            "parties": [
                {
                    "role": p.role,
                    "name": p.name,
                    "company_slug": p.company_slug,
                    "disclosed": p.disclosed,
                    "name_as_reported": p.as_reported or p.name,
                    "quote": p.quote,
                    "confidence": p.confidence,
                }
                for p in self.parties
            ],
            "assets": [
                {
                    "name": a.name,
                    "asset_slug": a.asset_slug,
                    "modality": a.modality,
                    "targets": a.targets,
                    "therapeutic_areas": a.therapeutic_areas,
                    "quote": a.quote,
                    "confidence": a.confidence,
                }
                for a in self.assets
            ],
            "headline": (
                {
                    "amount": _decimal_str(self.headline.amount),
                    "currency": self.headline.currency,
                    "as_written": self.headline.as_written,
                    "quote": self.headline.quote,
                    "confidence": self.headline.confidence,
                }
                if self.headline
                else None
            ),
            "payments": [money(p) for p in self.payments],
            "territory": self.territory,
            "royalty": self.royalty or None,
            "modality": self.modality or None,
            "targets": self.targets,
            "therapeutic_areas": self.therapeutic_areas,
            "terms_disclosed": self.terms_disclosed,
            "quotes": self.quotes,
            "confidences": self.confidences,
            "confidence": self.confidence,
        }


def _decimal_str(value: Decimal | None) -> str | None:
    return None if value is None else f"{value.quantize(Decimal('0.01'))}"


# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------

_ABBREVIATIONS = {
    "inc", "co", "corp", "ltd", "dr", "mr", "ms", "mrs", "st", "no", "vs", "approx", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "e.g", "i.e", "u.s", "u.k", "s.a", "n.v", "k.k", "p", "j.p", "fig", "etc", "jr", "sr",
}  # fmt: skip
_BOILERPLATE_HEADING = re.compile(
    r"^\s*(?:about\s+\S|forward[- ]looking statements|cautionary|safe harbor|media contacts?|"
    r"investor contacts?|contacts?:|source:|###)",
    re.IGNORECASE,
)


@dataclass
class Sentence:
    """A sentence with its offset in the text."""

    text: str
    start: int


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences; lines are boundaries and "Co., Ltd." or "Jan. 12" are not.

    Everything from an "About <company>" or "Forward-looking statements" heading onwards is
    boilerplate and dropped: it describes the companies, not this deal.
    """
    sentences: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        if _BOILERPLATE_HEADING.match(line) and sentences:
            break
        start = 0
        for match in re.finditer(r"[.!?。](?:[”\"')\]]*)\s+(?=[\"“(\[A-Z0-9가-힣一-鿿])", line):
            before = line[start : match.start() + 1]
            word = re.search(r"([\w.]+)\.$", before.strip())
            if word and (
                word.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))
            ):
                continue
            _append_sentence(sentences, line[start : match.end()], line_start + start)
            start = match.end()
        _append_sentence(sentences, line[start:], line_start + start)
    return sentences


def _append_sentence(sentences: list[Sentence], raw: str, start: int) -> None:
    stripped = raw.strip()
    if stripped:
        sentences.append(Sentence(stripped, start + raw.index(stripped[0])))


# ---------------------------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------------------------

_PREFIX_CURRENCY = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "$": "USD", "HK$": "HKD", "A$": "AUD",
    "C$": "CAD", "S$": "SGD", "NT$": "TWD", "CN¥": "CNY", "RMB": "CNY", "CNY": "CNY",
    "EUR": "EUR", "€": "EUR", "GBP": "GBP", "£": "GBP", "CHF": "CHF", "JPY": "JPY", "¥": "JPY",
    "￥": "JPY", "KRW": "KRW", "₩": "KRW", "DKK": "DKK", "SEK": "SEK",
}  # fmt: skip
_SUFFIX_CURRENCY = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "usd": "USD", "euros": "EUR",
    "euro": "EUR", "eur": "EUR", "pounds sterling": "GBP", "pounds": "GBP", "gbp": "GBP",
    "swiss francs": "CHF", "francs": "CHF", "chf": "CHF", "yuan": "CNY", "renminbi": "CNY",
    "rmb": "CNY", "cny": "CNY", "yen": "JPY", "jpy": "JPY", "won": "KRW", "krw": "KRW",
}  # fmt: skip
_SCALE = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
    "mil": 10**6, "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
}  # fmt: skip
_KOREAN_CURRENCY = {"원": "KRW", "달러": "USD", "위안": "CNY", "엔": "JPY", "유로": "EUR"}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_RE = r"thousand|million|billion|trillion|bn|mn|mln|mil|tn|[mMbBkK]"
_PREFIX_RE = "|".join(re.escape(k) for k in sorted(_PREFIX_CURRENCY, key=len, reverse=True))
_SUFFIX_RE = "|".join(re.escape(k) for k in sorted(_SUFFIX_CURRENCY, key=len, reverse=True))
_MONEY_RE = re.compile(
    rf"(?:(?P<pcur>{_PREFIX_RE})\s?(?P<pnum>{_NUM})(?:\s?(?P<pscale>{_SCALE_RE})(?![A-Za-z]))?"
    rf"(?:\s(?P<pscur>{_SUFFIX_RE})\b)?)"
    rf"|(?:(?<![\w$€£¥₩.])(?P<snum>{_NUM})(?:\s?(?P<sscale>{_SCALE_RE})(?![A-Za-z]))?"
    rf"\s?(?P<scur>{_SUFFIX_RE})\b)",
    re.IGNORECASE,
)
# Korean units: 조 = 10^12, 억 = 10^8, 만 = 10^4; "8조2000억원", "740억 원", "2천억원".
_KOREAN_MONEY_RE = re.compile(
    r"(?:(?P<jo>\d+(?:\.\d+)?)\s?조)?\s?(?:(?P<eok>[\d,]+(?:\.\d+)?)\s?(?P<cheon>천)?\s?억)?"
    r"\s?(?:(?P<man>[\d,]+)\s?만)?\s?(?P<kcur>원|달러|위안|엔|유로)"
)


@dataclass
class Money:
    """An amount found in a sentence, with where it stands."""

    amount: Decimal
    currency: str
    start: int
    end: int
    text: str
    conversion_of: Money | None = None


def parse_money(sentence: str) -> list[Money]:
    """Every currency-marked amount in ``sentence``; conversions are linked, not repeated.

    "(about 8.2 trillion won)" after "$5.6 billion" is the same amount in another currency: it
    is returned with ``conversion_of`` pointing at the amount it converts.
    """
    found: list[Money] = []
    for m in _MONEY_RE.finditer(sentence):
        if m.group("pcur"):
            num, scale, cur = m.group("pnum"), m.group("pscale"), _PREFIX_CURRENCY[m.group("pcur")]
            if m.group("pcur").upper() in {"$", "US$"} and m.group("pscur"):
                cur = _SUFFIX_CURRENCY[m.group("pscur").lower()]
        else:
            num, scale, cur = m.group("snum"), m.group("sscale"), None
            cur = _SUFFIX_CURRENCY[m.group("scur").lower()]
        if (
            cur == "JPY"
            and m.group("pcur") in {"¥", "￥"}
            and re.search(r"yuan|RMB|renminbi", sentence)
        ):
            cur = "CNY"
        # "B"/"M"/"K" glued to a word ("$5 MAb") are letters, not scales; the regex refuses those.
        amount = _to_decimal(num, scale)
        if amount is None:
            continue
        found.append(Money(amount, cur, m.start(), m.end(), m.group(0)))
    for m in _KOREAN_MONEY_RE.finditer(sentence):
        if not (m.group("jo") or m.group("eok")):
            continue
        total = Decimal(0)
        if m.group("jo"):
            total += Decimal(m.group("jo")) * 10**12
        if m.group("eok"):
            eok = Decimal(m.group("eok").replace(",", ""))
            total += eok * (1000 if m.group("cheon") else 1) * 10**8
        if m.group("man"):
            total += Decimal(m.group("man").replace(",", "")) * 10**4
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        if any(f.start <= start < f.end for f in found):
            continue
        found.append(
            Money(total, _KOREAN_CURRENCY[m.group("kcur")], start, m.end(), m.group(0).strip())
        )
    found.sort(key=lambda x: x.start)
    _link_conversions(sentence, found)
    return found


def _to_decimal(num: str, scale: str | None) -> Decimal | None:
    try:
        value = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    if scale:
        value *= _SCALE[scale.lower()]
    return value


_CONVERSION_GAP = re.compile(
    r"^\s*(?:\(|,|/|–|—|-)?\s*(?:or\s+)?(?:about|approximately|approx\.|around|roughly|some|nearly|"
    r"almost|~|≈|equivalent to|equal to|약|or)?\s*$",
    re.IGNORECASE,
)


def _link_conversions(sentence: str, found: list[Money]) -> None:
    for previous, current in itertools.pairwise(found):
        if previous.conversion_of is not None or previous.currency == current.currency:
            continue
        gap = sentence[previous.end : current.start]
        marked = "(" in gap or re.search(r"\bor\b|약|≈|~|approximately|about", gap)
        if marked and _CONVERSION_GAP.match(gap):
            current.conversion_of = previous


# Which payment a nearby phrase names. Checked nearest-first around each amount.
_KIND_PATTERNS: tuple[tuple[str, str], ...] = (
    ("upfront_equity", r"equity investment|equity stake|purchase of (?:\w+ )?shares|"
                       r"(?:buy|purchase|subscribe for) (?:\w+ ){0,3}shares|in equity"),
    ("option_fee", r"option (?:exercise )?(?:fee|payment)|to exercise (?:the|its) option"),
    ("near_term", r"near-term|near term|guaranteed"),
    ("research_funding", r"research funding|R&D funding|research support"),
    ("upfront_cash", r"up-?front|initial payment|signing fee|down payment|payment (?:up)?on signing|"
                     r"계약금|선급금|반환 의무 없는"),
    ("milestones", r"milestones?|마일스톤|단계별 기술료"),
    ("cvr", r"contingent value right|\bCVRs?\b"),
    ("headline", r"total (?:deal |transaction |contract )?(?:value|consideration|size|worth)|"
                 r"\bworth\b|valued at|valuing (?:\w+ ){1,3}at|\bin total\b|\btotal(?:ing|ling)?\b|aggregate|"
                 r"potential (?:deal )?value|biobucks|deal size|총\s?(?:계약)?\s?규모|총액|"
                 r"(?:deal|agreement|transaction|pact|licensing deal|license deal) (?:is )?(?:for|of)|"
                 r"^\s*(?:licensing |license |acquisition )?(?:deal|agreement|transaction|pact)\b"),
    ("acquisition_price", r"\bfor (?:approximately |about |around |roughly )?$|purchase price|"
                          r"equity value|enterprise value|in cash$"),
)  # fmt: skip
_KIND_PATTERNS_BY_NAME = dict(_KIND_PATTERNS)
_NON_DEAL_MONEY = re.compile(
    r"\b(?:revenues?|net sales|sales of|annual sales|peak sales|market (?:size|value|is expected|"
    r"cap)|market capitali[sz]ation|raised|Series [A-F]\b|financing round|net (?:loss|income)|"
    r"cash (?:and cash equivalents|position|runway)|stock price|share price|index)\b",
    re.IGNORECASE,
)
_UNDISCLOSED = re.compile(
    r"not (?:been )?(?:disclosed|revealed|made public)|undisclosed|did not disclose|"
    r"declined to (?:disclose|reveal)|without disclosing|비공개|were not released",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(
    r"including|as well as|\bplus\b|, with\b|; |, and (?:an?|the|up to|is|will)\b|"
    r"\band (?:an?|the|up to|is|will|another|additional)\b|\bwhile\b|\bwhereas\b",
    re.IGNORECASE,
)


def _classify_money(
    sentence: str, money: Money, previous_end: int, next_start: int
) -> tuple[str, float]:
    """The payment kind an amount pays for, read from the words nearest to it."""
    pre = sentence[previous_end : money.start]
    if previous_end:
        # "$20 million upfront, up to $100 million in ...": "upfront" belongs to the $20 million.
        owned = re.match(
            r"^\s*(?:in\s+)?(?:[\w-]+\s+){0,3}?(?:up-?front|milestones?|equity|fee)\b", pre, re.I
        )
        if owned:
            pre = pre[owned.end() :]
    sentence_pre = pre
    cuts = list(_CLAUSE_CUT.finditer(pre)) + list(re.finditer(r",\s", pre))
    if cuts:
        pre = pre[max(c.end() for c in cuts) :]
    post = sentence[money.end : next_start]
    cut = _CLAUSE_CUT.search(post)
    if cut:
        post = post[: cut.start()]
    post = post[:90]
    pre = pre[-90:]
    best: tuple[int, str] | None = None
    for kind, pattern in _KIND_PATTERNS:
        for m in re.finditer(pattern, pre, re.IGNORECASE | re.MULTILINE):
            distance = len(pre) - m.end()
            if best is None or distance < best[0]:
                best = (distance, kind)
        m = re.search(pattern, post, re.IGNORECASE)
        if m:
            # Words right after the amount ("$50 million upfront") bind slightly tighter.
            distance = max(0, m.start() - 2)
            if best is None or distance < best[0]:
                best = (distance, kind)
    up_to = bool(re.search(r"up to\s*$|최대\s*$", pre, re.IGNORECASE))
    if best is None:
        if up_to:
            return "headline", 0.6
        return "", 0.0
    kind = best[1]
    if kind == "headline" and re.search(_KIND_PATTERNS_BY_NAME["cvr"], sentence_pre, re.IGNORECASE):
        # "one CVR per share, worth up to €300 million in aggregate" prices the CVRs only.
        kind = "cvr"
    if kind == "milestones":
        kind = _milestone_kind(pre + " " + post)
    if kind == "acquisition_price":
        return "acquisition_price", 0.7
    confidence = 0.9 if best[0] < 25 else 0.7
    return kind, confidence


def _milestone_kind(context: str) -> str:
    """ "development, regulatory and commercial milestones" is one unspecified bundle."""
    kinds = []
    if re.search(r"development(?:al)?|clinical", context, re.IGNORECASE):
        kinds.append("development_milestones")
    if re.search(r"regulatory|approval", context, re.IGNORECASE):
        kinds.append("regulatory_milestones")
    if re.search(r"commercial|sales|revenue", context, re.IGNORECASE):
        kinds.append("commercial_milestones")
    return kinds[0] if len(kinds) == 1 else "milestones"


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(
        rf"\b{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b", re.I
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE}(?:,?\s+(?P<year>\d{{4}}))?\b", re.I
    ),
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"(?:(?P<year>\d{4})\s?년\s?)?(?P<mnum>\d{1,2})\s?월\s?(?P<day>\d{1,2})\s?일"),
)
_MONTH_YEAR = re.compile(rf"\b(?:in\s+)?{_MONTH_RE}\s+(?P<year>\d{{4}})\b", re.I)
_RELATIVE_DAY = re.compile(r"\bon the (?P<day>\d{1,2})(?:st|nd|rd|th)\b|(?P<kday>\d{1,2})일", re.I)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


@dataclass
class FoundDate:
    """A date the text states, and how sure we are of it."""

    value: date
    quote: str
    confidence: float


def find_date(sentence: str, published_on: date | None) -> FoundDate | None:
    """The first date stated in ``sentence``, relative ones resolved against publication."""
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            month = _MONTHS.get((groups.get("month") or "").lower().rstrip(".")) or int(
                groups.get("mnum") or 0
            )
            year = int(groups["year"]) if groups.get("year") else None
            if year is None:
                if published_on is None:
                    continue
                year = published_on.year
                candidate = _safe_date(year, month, int(groups["day"]))
                # "Dec. 30" read on Jan. 2 is last year's December.
                if candidate and candidate > published_on + timedelta(days=7):
                    candidate = _safe_date(year - 1, month, int(groups["day"]))
                if candidate:
                    return FoundDate(candidate, sentence, 0.8)
                continue
            value = _safe_date(year, month, int(groups["day"]))
            if value:
                return FoundDate(value, sentence, 0.95)
    if published_on is not None:
        m = _RELATIVE_DAY.search(sentence)
        if m:
            day = int(m.group("day") or m.group("kday"))
            value = _safe_date(published_on.year, published_on.month, day)
            if value is None or value > published_on:
                # "the 30th" read on the 2nd is last month's 30th.
                prev = published_on.replace(day=1) - timedelta(days=1)
                value = _safe_date(prev.year, prev.month, day)
            if value:
                return FoundDate(value, sentence, 0.8)
        m = re.search(r"\b(?:on|last)\s+(" + "|".join(_WEEKDAYS) + r")\b", sentence, re.I)
        if m:
            back = (published_on.weekday() - _WEEKDAYS[m.group(1).lower()]) % 7
            return FoundDate(published_on - timedelta(days=back), sentence, 0.7)
        if re.search(r"\btoday\b|\b오늘\b", sentence, re.I):
            return FoundDate(published_on, sentence, 0.8)
        if re.search(r"\byesterday\b|\b어제\b", sentence, re.I):
            return FoundDate(published_on - timedelta(days=1), sentence, 0.8)
    m = _MONTH_YEAR.search(sentence)
    if m:
        value = _safe_date(int(m.group("year")), _MONTHS[m.group("month").lower().rstrip(".")], 1)
        if value:
            return FoundDate(value, sentence, 0.4)
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Companies
# ---------------------------------------------------------------------------------------------


@dataclass
class Entity:
    """One company the text names, however many ways it names it."""

    key: str
    names: list[str] = field(default_factory=list)
    ref: CompanyRef | None = None
    well_known: bool = False

    @property
    def display_name(self) -> str:
        if self.ref:
            return self.ref.name
        best = max(self.names, key=lambda n: (len(_strip_legal(n).split()), len(n)))
        return _strip_legal(best)


@dataclass
class Mention:
    start: int
    end: int
    entity: Entity


def _strip_legal(name: str) -> str:
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().strip(".") in _LEGAL_WORDS:
        words.pop()
    return " ".join(words).strip(" ,")


def _core_tokens(name: str) -> list[str]:
    tokens = [t for t in re.split(r"[\W_]+", unicodedata.normalize("NFKC", name).casefold()) if t]
    core = [t for t in tokens if t not in _GENERIC_WORDS]
    return core or tokens


_CAP_WORD = r"(?:[A-Z][\w&\-]*(?<!-based)|[A-Z]{2,}|\d[A-Za-z]+)"
# Runs of capitalised words stay on one line: a headline and the next line are not one name.
_CAP_RUN = rf"{_CAP_WORD}(?:[ \t]+(?:&[ \t]+|and[ \t]+(?=[A-Z][a-z]+[ \t]+(?:{_COMPANY_SUFFIX})))?{_CAP_WORD}){{0,4}}"
_SUFFIXED_RE = re.compile(
    rf"(?<![\w-])(?P<name>{_CAP_RUN}[ \t]+(?:{_COMPANY_SUFFIX})(?:,?[ \t]+(?:Co\.,?\s?Ltd\.?|Inc\.?|Ltd\.?|"
    r"Limited|Corp\.?|Corporation|AG|plc|GmbH|S\.A\.))?)(?![\w])"
)
# Korean-script names end in a business word: 한빛제약, 코르바나 테라퓨틱스, 에이비엘바이오.
_KOREAN_COMPANY_RE = re.compile(
    r"(?<![가-힣A-Za-z])(?P<name>[가-힣]{2,}[ ]?(?:제약|약품|바이오로직스|바이오사이언스|바이오텍|바이오|파마|"
    r"테라퓨틱스|사이언스|헬스케어|생명과학|메디슨|랩스|홀딩스))(?=[은는이가와과의에,\s]|로부터|$)"
    r"(?!\s?(?:콘퍼런스|컨퍼런스|학회|포럼))"
)
_TICKER_RE = re.compile(rf"(?P<name>{_CAP_RUN})\s*\((?:{_EXCHANGES})\s*:")
_SUBJECT_RE = re.compile(
    rf"(?:^|[.;]\s+|\band\s+|\bwith\s+|\bfrom\s+|\bto\s+|\bby\s+|\bacquire\s+|\bbetween\s+|,\s+)"
    rf"(?P<name>{_CAP_RUN})(?=\s+(?:has|have|had|will|today|announced|entered|signed|agreed|said|"
    r"is|was|and|to|in-licensed|licensed|granted|grants|inked|struck|acquired|acquires|plans|"
    r"obtained|receives|received|would|could|pays|paid|for\b|under\b|on\b|in\b)|[,.;]|\s*\()"
)
# "J.P. Morgan Healthcare Conference" ends like a company name but is an event.
_NOT_A_PARTY_AFTER = re.compile(
    r"[ \t]+(?:Conference|Summit|Forum|Index|Award|Congress|Meeting|Week)\b"
)
_DEFINED_TERM = re.compile(r"^\s*\(\s*(?:the\s+)?[“\"']([^”\"']{2,40})[”\"']\s*\)")


def _is_plausible_company(name: str) -> bool:
    words = name.split()
    if not words or len(name) < 3:
        return False
    if words[0].lower().strip("’'") in _NOT_COMPANY and len(words) == 1:
        return False
    if all(w.lower().strip(".,’'s") in _NOT_COMPANY for w in words):
        return False
    if _ASSET_CODE.fullmatch(name) or re.fullmatch(r"[\d,.]+", name):
        return False
    if words[-1].lower() in _HEADLINE_WORDS | {
        "platform",
        "rights",
        "candidates",
        "program",
        "antibody",
    }:
        return False
    return not re.search(r"\b(?:Conference|Summit|Forum|Index|Award|Administration|Agency|"
                         r"Ministry|Exchange|Statements?|Program|Trial|Study)\b", name)  # fmt: skip


def _trim_leading(name: str) -> str:
    words = name.split()
    # A headline verb inside a run splits it: keep what follows the last one.
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower() in _HEADLINE_WORDS and i + 1 < len(words):
            words = words[i + 1 :]
            break
    # City and province names stay: they are part of names like "Hangzhou Tianmu Pharmaceutical".
    while (
        len(words) > 1 and words[0].lower() in _NOT_COMPANY and words[0].lower() not in _PLACE_WORDS
    ):
        words.pop(0)
    return " ".join(words)


def find_companies(text: str, directory: Directory) -> list[Mention]:
    """Every company mention in ``text``: known names first, then the shapes of company names."""
    spans: list[tuple[int, int, str, CompanyRef | None, bool]] = []
    # Known names and aliases: try every run of up to six words against the directory.
    known = dict.fromkeys(directory.companies)
    well_known = {normalize_name(n, strip_legal=True): n for n in WELL_KNOWN_COMPANIES}
    words = list(re.finditer(r"[\w’'&.\-]+", text))
    for i, first in enumerate(words):
        if not (first.group(0)[0].isupper() or not first.group(0).isascii()):
            continue
        best = None
        for j in range(min(len(words), i + 6) - 1, i - 1, -1):
            span_text = re.sub(r"[’']s$", "", text[first.start() : words[j].end()].rstrip(".,"))
            key = normalize_name(span_text, strip_legal=True)
            if key in known:
                best = (
                    first.start(),
                    first.start() + len(span_text),
                    span_text,
                    directory.companies[key],
                    False,
                )
                break
            if key in well_known:
                best = (first.start(), first.start() + len(span_text), span_text, None, True)
                break
        if best:
            spans.append(best)
    # Local-language names (荣昌生物) stand inside text without spaces: look for them directly.
    for key, ref in directory.companies.items():
        if key and not key.isascii() and len(key) >= 2:
            for m in re.finditer(re.escape(key), unicodedata.normalize("NFKC", text).casefold()):
                spans.append((m.start(), m.end(), text[m.start() : m.end()], ref, False))
    for pattern in (_SUFFIXED_RE, _TICKER_RE, _SUBJECT_RE, _KOREAN_COMPANY_RE):
        for m in pattern.finditer(text):
            name = _trim_leading(m.group("name").strip(" ,"))
            start = m.start("name") + m.group("name").index(name.split()[0]) if name else m.start()
            if (
                name
                and _is_plausible_company(name)
                and not _NOT_A_PARTY_AFTER.match(text[start + len(name) :])
            ):
                spans.append((start, start + len(name), name, None, False))
    # Keep the longest span where spans overlap; known names beat guesses of the same length.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[3] is None))
    chosen: list[tuple[int, int, str, CompanyRef | None, bool]] = []
    for span in spans:
        if chosen and span[0] < chosen[-1][1]:
            if span[3] is not None and chosen[-1][3] is None and span[1] >= chosen[-1][1] - 8:
                chosen[-1] = (chosen[-1][0], chosen[-1][1], chosen[-1][2], span[3], span[4])
            continue
        chosen.append(span)
    chosen = _repeat_mentions(text, chosen)
    # Defined terms: RemeGen Co., Ltd. ("RemeGen") makes "RemeGen" name the same company.
    aliases: dict[str, int] = {}
    for idx, (_, end, _, _, _) in enumerate(chosen):
        m = _DEFINED_TERM.match(text[end : end + 60])
        if m:
            aliases[normalize_name(m.group(1), strip_legal=True)] = idx
    return _group_entities(text, chosen, aliases, directory)


def _repeat_mentions(
    text: str, chosen: list[tuple[int, int, str, CompanyRef | None, bool]]
) -> list[tuple[int, int, str, CompanyRef | None, bool]]:
    """Find the later mentions of each name ("Alteogen previously licensed ..."), short forms too.

    A name found once by its shape ("Hanbit Pharmaceutical") is also meant where the text
    repeats it, or shortens it to its first distinctive word ("Hanbit").
    """
    forms: dict[str, tuple[CompanyRef | None, bool]] = {}
    for _, _, name, ref, well_known in chosen:
        stripped = _strip_legal(name)
        words = stripped.split()
        variants = {name, stripped}
        core = [w for w in words if w.lower() not in _GENERIC_WORDS]
        if core and len(core) < len(words):
            variants.add(" ".join(core))
        distinctive = [
            w for w in words if w.lower() not in _NOT_COMPANY and w.lower() not in _GENERIC_WORDS
        ]
        if (
            distinctive
            and len(distinctive[0]) >= 4
            and (distinctive[0][0].isupper() or not distinctive[0].isascii())
        ):
            variants.add(distinctive[0])
        for variant in variants:
            if len(variant) >= 3:
                forms.setdefault(variant, (ref, well_known))
    spans = list(chosen)
    taken = [(s, e) for s, e, *_ in chosen]
    for variant in sorted(forms, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            ref, well_known = forms[variant]
            spans.append((m.start(), m.end(), variant, ref, well_known))
            taken.append((m.start(), m.end()))
    spans.sort(key=lambda x: x[0])
    return spans


def _group_entities(
    text: str,
    chosen: list[tuple[int, int, str, CompanyRef | None, bool]],
    aliases: dict[str, int],
    directory: Directory,
) -> list[Mention]:
    entities: list[Entity] = []
    mentions: list[Mention] = []
    for idx, (start, end, name, ref, is_well_known) in enumerate(chosen):
        core = _core_tokens(name)
        entity = None
        if ref is None:
            ref = directory.companies.get(normalize_name(name, strip_legal=True))
        for candidate in entities:
            if ref is not None and candidate.ref is not None:
                if candidate.ref.slug == ref.slug:
                    entity = candidate
                    break
                continue
            other_cores = [_core_tokens(n) for n in candidate.names]
            if any(_same_company(core, oc) for oc in other_cores):
                entity = candidate
                break
        alias_key = normalize_name(name, strip_legal=True)
        if entity is None and alias_key in aliases and aliases[alias_key] < idx:
            target_name = chosen[aliases[alias_key]][2]
            entity = next((e for e in entities if target_name in e.names), None)
        if entity is None:
            entity = Entity(key=f"E{len(entities)}", ref=ref, well_known=is_well_known)
            entities.append(entity)
        if ref is not None and entity.ref is None:
            entity.ref = ref
        entity.well_known = entity.well_known or is_well_known
        entity.names.append(name)
        mentions.append(Mention(start, end, entity))
    return mentions


def _same_company(a: list[str], b: list[str]) -> bool:
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short or short[0] != long[0]:
        # "Hengrui" in "Jiangsu Hengrui": a one-word core inside a longer one.
        return len(short) == 1 and len(short[0]) >= 5 and short[0] in long
    return long[: len(short)] == short


# ---------------------------------------------------------------------------------------------
# Assets, modality, targets, areas, territory
# ---------------------------------------------------------------------------------------------


def find_assets(sentence: str, directory: Directory) -> list[str]:
    """Asset codes (RC148, ALT-B4, "LM-299"), INNs and known asset names in ``sentence``."""
    names: list[str] = []
    for m in _ASSET_CODE.finditer(sentence):
        code = m.group(0)
        if _NOT_ASSET.match(code) or not re.search(r"\d", code) or re.fullmatch(r"\d+\w?", code):
            continue
        # A ticker in "(KOSDAQ: 196170)" or a year is not an asset.
        if re.search(rf"(?:{_EXCHANGES})\s*:\s*$", sentence[: m.start()]):
            continue
        names.append(code.replace("‐", "-").replace("–", "-"))
    names.extend(m.group(0) for m in _INN.finditer(sentence))
    for m in re.finditer(r"[“\"]([A-Za-z0-9\- ]{2,30})[”\"]", sentence):
        if normalize_name(m.group(1)) in directory.assets:
            names.append(m.group(1))
    for key, ref in directory.assets.items():
        if (
            len(key) >= 4
            and key in normalize_name(sentence)
            and not any(normalize_name(n) == key for n in names)
        ):
            # Only trust a known asset whose written form stands in the sentence.
            pattern = r"[-\s]?".join(re.escape(ch) for ch in ref.name if ch not in " -")
            if re.search(pattern, sentence, re.IGNORECASE):
                names.append(ref.name)
    unique: list[str] = []
    for name in names:
        if normalize_name(name) not in {normalize_name(u) for u in unique}:
            unique.append(name)
    return unique


def find_modality(text: str) -> str:
    for value, pattern in MODALITIES:
        if re.search(pattern, text, re.IGNORECASE if value not in {"adc", "aso"} else 0):
            return value
    return ""


def find_targets(text: str) -> list[str]:
    return [name for name, pattern in TARGETS if re.search(rf"(?<![\w-]){pattern}(?![\w])", text)]


def find_areas(text: str) -> list[str]:
    return [name for name, pattern in THERAPEUTIC_AREAS if re.search(pattern, text, re.IGNORECASE)]


_PLACE_LIST = re.compile(
    r"(?:outside(?: of)?|except(?: for| in)?|excluding|ex-|other than|with the exception of)\s*"
    r"(?P<places>(?:(?:the\s+)?(?:People'?s Republic of China|PRC|mainland China|Greater China|China|"
    r"Hong Kong(?: SAR)?|Maca[uo](?: SAR)?|Taiwan|Japan|(?:South )?Korea|United States|U\.S\.|US|"
    r"Europe|European Union|EU)(?:\s*\([^)]*\))?(?:,\s*|\s+and\s+|\s*&\s*|,\s+and\s+)?){1,6})",
)
_GLOBAL = re.compile(
    r"\b(?:global|worldwide|world-wide)\b,?\s+(?:\w+[\s,]+){0,3}?(?:rights|licen[cs]e|territor|"
    r"basis|development|commerciali[sz]ation)|\b(?:rights|licen[cs]e)\b[^.]{0,40}\b(?:globally|"
    r"worldwide|throughout the world|around the world)\b|\bglobal(?:ly)?,?\s+exclusive\b|"
    r"\bexclusive,?\s+(?:global|worldwide)\b|글로벌 (?:권리|판권)",
    re.IGNORECASE,
)
_REGIONAL = re.compile(
    r"\b(?:rights|licen[cs]e|commerciali[sz]e|territory)\b[^.]{0,160}?\bin\s+(?P<places>(?:(?:the\s+)?"
    r"(?:Greater China|mainland China|China|Hong Kong|Maca[uo]|Taiwan|Japan|(?:South )?Korea|"
    r"United States|U\.S\.|Europe)(?:,\s*|\s+and\s+)?){1,5})",
)


_KOREAN_PLACES = {
    "한국": "KR",
    "국내": "KR",
    "중국": "CN",
    "중화권": "GREATER_CHINA",
    "일본": "JP",
    "미국": "US",
}
_KOREAN_EXCLUDING = re.compile(
    r"(?P<places>(?:(?:한국|국내|중국|중화권|일본|미국)(?:과|와|,|및)?\s?)+)(?:을|를)?\s?제외한\s?(?:전\s?세계|글로벌)"
)


def find_territory(sentence: str) -> dict[str, list[str]] | None:
    """Included and excluded regions/countries stated in ``sentence``, or None."""
    m = _KOREAN_EXCLUDING.search(sentence)
    if m:
        codes = [code for name, code in _KOREAN_PLACES.items() if name in m.group("places")]
        return {"included": ["WW"], "excluded": list(dict.fromkeys(codes))}
    m = _PLACE_LIST.search(sentence)
    if m and re.search(
        r"rights|licen|territor|worldwide|global|commerciali|develop", sentence, re.I
    ):
        excluded = _places(m.group("places"))
        if excluded:
            return {"included": ["WW"], "excluded": excluded}
    if _GLOBAL.search(sentence):
        return {"included": ["WW"], "excluded": []}
    m = _REGIONAL.search(sentence)
    if m:
        included = _places(m.group("places"))
        if included:
            return {"included": included, "excluded": []}
    return None


def _places(text: str) -> list[str]:
    codes: list[str] = []
    for code, pattern in REGION_NAMES:
        if re.search(rf"(?<!\w){pattern}", text):
            codes.append(code)
    if "GREATER_CHINA" in codes:
        codes = [c for c in codes if c not in _GREATER_CHINA]
    elif set(codes) >= _GREATER_CHINA:
        codes = ["GREATER_CHINA"] + [c for c in codes if c not in _GREATER_CHINA]
    return codes


# ---------------------------------------------------------------------------------------------
# Roles and deal shape
# ---------------------------------------------------------------------------------------------

_DEAL_WORDS = re.compile(
    r"licen[cs]|in-licens|acqui|agreement|collaborat|partnership|option|technology[- ]transfer|"
    r"merge|merger|\binvest|\bdeal\b|contract|rights to|negotiat|기술이전|라이선스|계약",
    re.IGNORECASE,
)
_NEGOTIATION = re.compile(
    r"final stages? of negotiat|in (?:advanced |late-stage |final )?(?:talks|negotiations?|"
    r"discussions)|negotiating|close to (?:signing|a deal)|협상",
    re.IGNORECASE,
)
_RUMOR = re.compile(
    r"reportedly|according to (?:people|sources|media|a person|persons)|is said to|rumou?r|"
    r"familiar with the matter",
    re.IGNORECASE,
)
_CLOSED = re.compile(
    r"(?:has|have|had)\s+(?:successfully\s+)?(?:completed|closed)\s+(?:the|its)\b|"
    r"completion of (?:the|its) acquisition|\bclosed the\b|deal (?:has )?closed",
    re.IGNORECASE,
)
_TERMINATED = re.compile(
    r"terminat(?:ed|es|ion of) (?:the|its|their) (?:agreement|license|deal)", re.I
)
_UNDISCLOSED_PARTY = re.compile(
    r"\b(?:an?|one)\s+(?:undisclosed|unnamed|unidentified)\s+(?:[\w-]+\s+){0,3}?(?:partner|company|"
    r"pharmaceutical company|pharma|firm|drugmaker|buyer|party|licensee)|"
    r"\b(?:an?|one)\s+(?:global|multinational|big|large|major|leading|top-\d+|top \d+|US|U\.S\.|"
    r"European|Japanese|American)\s+(?:[\w-]+\s+){0,2}?(?:pharmaceutical company|pharma company|"
    r"pharma firm|drugmaker|biopharmaceutical company|biopharma company|pharma)\b",
    re.IGNORECASE,
)

_PRONOUN_SUBJECT = re.compile(
    r"^(?:It|The company|The firm|The group|The drugmaker|The (?:[A-Z][\w-]+ )?(?:company|drugmaker|"
    r"firm|pharma|group|biotech|pharmaceutical company))(?=\s+(?:has|have|had|will|also|agreed|"
    r"signed|entered|said|is|was|plans|in-licens|licensed|acquired|would))"
)
_E = r"⟦(E\d+|U)⟧"
# (pattern over a sentence whose companies are replaced by ⟦E<n>⟧, role of group 1, of group 2)
_ROLE_PATTERNS: tuple[tuple[str, str, str | None, float], ...] = (
    (rf"{_E}[^⟦.]{{0,80}}?\bin-licen[sc]e[sd]?\b[^⟦]{{0,220}}?\bfrom\s+(?:[\w-]+\s+){{0,3}}?{_E}", "licensee", "licensor", 0.95),
    (rf"{_E}[^⟦]{{0,60}}?\b(?:granted|grants|will grant|has granted|to grant|grant)\s+{_E}", "licensor", "licensee", 0.9),
    (rf"{_E}[^⟦]{{0,60}}?\b(?:licensed|licenses|will license|out-licensed|has licensed|to license)\b[^⟦]{{0,80}}?\bto\s+{_E}", "licensor", "licensee", 0.9),
    (rf"{_E}[^⟦]{{0,80}}?\b(?:acquire[sd]?|acquiring|obtain(?:s|ed)?|secure[sd]?|gain(?:s|ed)?|in-licens\w*)\b[^⟦]{{0,60}}?\b(?:rights?|licen[cs]e)\b[^⟦]{{0,200}}?\bfrom\s+(?:[\w-]+\s+){{0,3}}?{_E}", "licensee", "licensor", 0.9),
    (rf"{_E}[^⟦]{{0,40}}?\b(?:(?:has |have )?agreed to acquire|will acquire|to acquire|acquires|acquired|has acquired|is acquiring|to buy|will buy|buys|completed (?:its |the )?acquisition of|(?:announced|announces) (?:the |its |an agreement to )?acqui\w+ (?:of )?)\s+(?:all of\s+|all outstanding shares of\s+)?{_E}", "acquirer", "target", 0.95),
    (rf"{_E}[^⟦]{{0,40}}?\b(?:to be acquired by|acquired by|agreed to be acquired by|will be acquired by)\s+{_E}", "target", "acquirer", 0.95),
    (rf"acquisition of {_E}\s+by\s+{_E}", "target", "acquirer", 0.9),
    (rf"{_E}’s acquisition of {_E}|{_E}'s acquisition of {_E}", "acquirer", "target", 0.9),
    (rf"{_E}[^⟦]{{0,80}}?technology[- ]transfer[^⟦]{{0,60}}?\bwith\s+{_E}", "licensor", "licensee", 0.85),
    (rf"{_E}[^⟦]{{0,40}}?\b(?:will invest|invests|invested|to invest|will make an equity investment|equity investment)\b[^⟦]{{0,60}}?\bin\s+{_E}", "investor", "partner", 0.85),
    # Korean press: "A는 B와 기술이전 계약을 체결" (A out-licenses to B), "A, 美 B에 기술이전".
    (rf"{_E}\s?(?:은|는|이|가)[^⟦]{{0,160}}?{_E}\s?(?:와|과)[^⟦]{{0,120}}?(?:기술이전|기술수출|라이선스 아웃)", "licensor", "licensee", 0.85),
    (rf"{_E}\s?(?:은|는|이|가|,)[^⟦]{{0,40}}?{_E}\s?(?:에|에게)[^⟦]{{0,80}}?(?:기술이전|기술수출)", "licensor", "licensee", 0.85),
    (rf"{_E}\s?(?:은|는|이|가)[^⟦]{{0,80}}?{_E}\s?(?:로부터|에서)[^⟦]{{0,80}}?(?:도입|인수)", "licensee", "licensor", 0.85),
)  # fmt: skip
# Single-party cues: (pattern, role, confidence).
_SINGLE_ROLE_PATTERNS: tuple[tuple[str, str, float], ...] = (
    (rf"{_E}[^⟦.]{{0,30}}?\b(?:will|shall|would|is to)\s+(?:obtain|receive|gain|have|acquire|hold)\s+(?:the\s+|an?\s+)?(?:exclusive\s+|global\s+|worldwide\s+|exclusive,?\s+global\s+)*(?:rights?|licen[cs]e|option)", "licensee", 0.85),
    (rf"{_E}[^⟦.]{{0,30}}?\b(?:obtains|receives|gains|has obtained|secured|secures)\s+(?:the\s+|an?\s+)?(?:exclusive\s+|global\s+|worldwide\s+)*(?:rights?|licen[cs]e|option)", "licensee", 0.85),
    (rf"{_E}[^⟦.]{{0,30}}?\b(?:will pay|pays|agreed to pay|will make an? (?:upfront|up-front)|is paying)", "licensee", 0.85),
    (rf"{_E}[^⟦.]{{0,40}}?\b(?:will receive|is eligible to receive|receives|is entitled to|could receive|stands to receive|will be eligible|is eligible for|will be entitled)", "licensor", 0.85),
    (rf"{_E}[^⟦.]{{0,30}}?\b(?:option to (?:exclusively )?licen[cs]e|exclusive option)", "licensee", 0.85),
    (rf"(?:developed|discovered|originated|invented) by\s+{_E}", "licensor", 0.7),
    (rf"{_E}[’']s?\s+(?:proprietary\s+|in-house\s+|novel\s+|lead\s+)*(?:[A-Z][\w-]*\d|platform|candidate|program|technology|asset|drug)", "licensor", 0.6),
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:its|their)\s+(?:proprietary\s+|in-house\s+|novel\s+|lead\s+)*(?:[\w-]+\s+){{0,4}}?(?:[A-Z][\w-]*\d|platform|candidate|program|programme|technology|asset)", "licensor", 0.55),
    (rf"{_E}[^⟦.]{{0,60}}?\bin-licen[sc]e[sd]?", "licensee", 0.8),
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:out-licens\w+|licensed out)", "licensor", 0.8),
    (rf"{_E}[^⟦.]{{0,80}}?\btechnology[- ]transfer\b", "licensor", 0.6),
    (rf"{_E}\s?(?:은|는|이|가)[^⟦.]{{0,80}}?권리를\s?(?:갖|확보|획득|보유)", "licensee", 0.85),
)  # fmt: skip
_PAIR_PATTERNS = (
    rf"{_E}[^⟦]{{0,120}}?\b(?:license|licensing|collaboration|option|agreement|deal|contract|partnership|pact)\b[^⟦]{{0,60}}?\bwith\s+{_E}",
    rf"\bbetween\s+{_E}\s+and\s+{_E}",
    rf"{_E}\s+and\s+{_E}\s+(?:today\s+)?(?:announced|have|had|entered|signed|agreed|said|will)",
    rf"{_E}[^⟦]{{0,60}}?\b(?:negotiat\w+|talks|discussions)\b[^⟦]{{0,80}}?\bwith\s+{_E}",
    rf"{_E}[^⟦]{{0,40}}?\b(?:partnered|teamed up|is partnering)\s+with\s+{_E}",
)  # fmt: skip


@dataclass
class _Block:
    """Sentences that talk about one deal."""

    entities: list[str] = field(default_factory=list)  # entity keys in order of mention, or "U"
    sentences: list[int] = field(default_factory=list)
    trigger_sentences: list[int] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)
    undisclosed_party: str = ""


def _mask(sentence: Sentence, mentions: list[Mention]) -> tuple[str, dict[str, str]]:
    """Replace company mentions by ⟦E<n>⟧ and an unnamed counterparty by ⟦U⟧."""
    inside = [
        m for m in mentions if sentence.start <= m.start < sentence.start + len(sentence.text)
    ]
    out, pos, undisclosed = [], 0, {}
    for m in sorted(inside, key=lambda x: x.start):
        rel = m.start - sentence.start
        if rel < pos:
            continue
        out.append(sentence.text[pos:rel])
        out.append(f"⟦{m.entity.key}⟧")
        pos = rel + (m.end - m.start)
    out.append(sentence.text[pos:])
    masked = "".join(out)

    def _unnamed(match: re.Match[str]) -> str:
        before = masked[: match.start()]
        # "AbbVie, a global pharmaceutical company," describes AbbVie: not another party.
        if re.search(r"⟦E\d+⟧[”\"']?\)?,?\s*$", before):
            return match.group(0)
        undisclosed["U"] = match.group(0)
        return "⟦U⟧"

    masked = _UNDISCLOSED_PARTY.sub(_unnamed, masked)
    return masked, undisclosed


# ---------------------------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------------------------


def extract_deals(
    text: str, published_on: date | None = None, directory: Directory | None = None
) -> list[Candidate]:
    """Every candidate deal in ``text``; an empty list when it states no deal."""
    directory = directory or Directory()
    text = unicodedata.normalize("NFC", text)
    sentences = split_sentences(text)
    if not sentences:
        return []
    body_end = sentences[-1].start + len(sentences[-1].text)
    mentions = [m for m in find_companies(text, directory) if m.start < body_end]
    entities = {m.entity.key: m.entity for m in mentions}
    masked: list[tuple[str, dict[str, str]]] = []
    antecedent = None
    for s in sentences:
        m_text, undisclosed = _mask(s, mentions)
        # "It agreed to in-license ..." after "Novartis signed ...": "It" is Novartis.
        if antecedent:
            m_text = _PRONOUN_SUBJECT.sub(f"⟦{antecedent}⟧", m_text, count=1)
        keys = re.findall(r"⟦(E\d+)⟧", m_text)
        antecedent = keys[0] if keys else antecedent
        masked.append((m_text, undisclosed))

    blocks = _segment(sentences, masked, directory)
    dateline = _dateline_date(sentences, published_on)
    candidates = []
    previous: Candidate | None = None
    for block in blocks:
        candidate = _build_candidate(
            block, sentences, masked, entities, directory, published_on, dateline
        )
        if candidate is None:
            continue
        # "Novartis signed two deals ... on the same day": a deal with no date of its own that
        # the text ties to the previous one shares its date.
        if (
            previous is not None
            and previous.announced_on
            and candidate.confidences.get("announced_on", 0) <= 0.5
            and re.search(
                r"(?:on )?the same day|same day|also\b", _block_preamble(block, sentences), re.I
            )
        ):
            candidate.announced_on = previous.announced_on
            candidate.quotes["announced_on"] = previous.quotes.get("announced_on", "")
            candidate.confidences["announced_on"] = 0.6
        candidates.append(candidate)
        previous = candidate
    return candidates


def _block_preamble(block: _Block, sentences: list[Sentence]) -> str:
    """The deal's first sentence and the one before it, where "on the same day" is said."""
    first = block.trigger_sentences[0]
    return " ".join(s.text for s in sentences[max(0, first - 1) : first + 1])


def _dateline_date(sentences: list[Sentence], published_on: date | None) -> FoundDate | None:
    # "SAN FRANCISCO, Jan. 12, 2026 /PRNewswire/ --" or a first line holding only a date.
    for s in sentences[:3]:
        if re.search(
            r"/\s*PRNewswire|/\s*Business ?Wire|/\s*GLOBE ?NEWSWIRE|--|—|^\s*[A-Z ,]{4,},", s.text
        ):
            found = find_date(s.text[:80], published_on)
            if found:
                return found
    return None


def _segment(
    sentences: list[Sentence], masked: list[tuple[str, dict[str, str]]], directory: Directory
) -> list[_Block]:
    """Group sentences into deals: a deal sentence naming a new pair of parties starts a deal."""
    blocks: list[_Block] = []
    current: _Block | None = None
    for i, (s, (m, undisclosed)) in enumerate(zip(sentences, masked, strict=True)):
        keys = list(dict.fromkeys(re.findall(r"⟦(E\d+|U)⟧", m)))
        assets = find_assets(s.text, directory)
        is_deal = bool(_DEAL_WORDS.search(s.text)) and not re.match(r"^\s*About\b", s.text)
        named = [k for k in keys if k != "U"]
        starts_deal = is_deal and (
            len(named) >= 2 or ("U" in keys and named) or (named and _NEGOTIATION.search(s.text))
        )
        if starts_deal:
            pair = set(_pair_entities(m) or keys[:2])
            home = next((b for b in blocks if pair and pair <= set(b.entities)), None)
            if home is None and current is not None and _same_deal(current, pair, assets):
                home = current
            if home is None:
                home = _Block()
                blocks.append(home)
            for k in keys:
                if k not in home.entities and (k in pair or not home.trigger_sentences):
                    home.entities.append(k)
            home.trigger_sentences.append(i)
            home.sentences.append(i)
            if undisclosed.get("U"):
                home.undisclosed_party = home.undisclosed_party or undisclosed["U"]
            home.assets.extend(a for a in assets if a not in home.assets)
            current = home
            continue
        # Other sentences belong to the deal whose parties or assets they name, else the last.
        owner = None
        for b in blocks:
            if any(normalize_name(a) in {normalize_name(x) for x in b.assets} for a in assets):
                owner = b
        if owner is None:
            exclusive_owner = [b for b in blocks if set(named) and set(named) <= set(b.entities)]
            if len(exclusive_owner) == 1:
                owner = exclusive_owner[0]
        owner = owner or current
        if owner is not None:
            owner.sentences.append(i)
            names_party = bool(set(named) & set(owner.entities))
            if (
                is_deal
                or names_party
                or _MONEY_RE.search(s.text)
                or re.search(r"rights|develop|commerciali", s.text, re.I)
            ):
                owner.assets.extend(a for a in assets if a not in owner.assets)
    return blocks


def _pair_entities(masked: str) -> list[str]:
    for pattern, *_ in _ROLE_PATTERNS:
        m = re.search(pattern, masked)
        if m:
            return [g for g in m.groups() if g]
    for pattern in _PAIR_PATTERNS:
        m = re.search(pattern, masked)
        if m:
            return [g for g in m.groups() if g]
    return []


def _same_deal(block: _Block, pair: set[str], assets: list[str]) -> bool:
    if not block.entities:
        return False
    if (
        assets
        and block.assets
        and not {normalize_name(a) for a in assets} & {normalize_name(a) for a in block.assets}
    ):
        return False
    return bool(pair & set(block.entities)) and len(pair - set(block.entities)) == 0


def _build_candidate(
    block: _Block,
    sentences: list[Sentence],
    masked: list[tuple[str, dict[str, str]]],
    entities: dict[str, Entity],
    directory: Directory,
    published_on: date | None,
    dateline: FoundDate | None,
) -> Candidate | None:
    c = Candidate()
    texts = [sentences[i].text for i in block.sentences]
    trigger_texts = [sentences[i].text for i in block.trigger_sentences]
    block_text = " ".join(texts)
    first_trigger = trigger_texts[0]

    # Deal type and status, read from the sentences that state the deal.
    c.deal_type, type_quote = _deal_type(trigger_texts, block_text, block.assets)
    if c.deal_type == "license":
        # ALT-B4 called "its hyaluronidase platform" anywhere makes any licence of it a platform one.
        whole = " ".join(s.text for s in sentences)
        for name in block.assets:
            code = re.escape(name)
            if re.search(
                rf"platform\s+(?:[\w-]+\s+){{0,2}}?{code}|{code}\s+(?:[\w-]+\s+){{0,2}}?platform",
                whole,
            ):
                c.deal_type = "platform_license"
                type_quote = next(
                    (s.text for s in sentences if re.search(code, s.text) and "platform" in s.text),
                    type_quote,
                )
                break
    c.quotes["deal_type"] = type_quote
    c.confidences["deal_type"] = 0.8
    c.status, status_quote, status_conf = _status(texts, first_trigger)
    c.quotes["status"] = status_quote
    c.confidences["status"] = status_conf
    if re.search(r"non-exclusive", block_text, re.I):
        c.exclusive = False
    elif re.search(r"\bexclusive\b|독점", block_text, re.I):
        c.exclusive = True

    # Parties and roles.
    c.parties = _parties(block, sentences, masked, entities, c.deal_type)
    if (
        len([p for p in c.parties]) < 2
        and not block.undisclosed_party
        and c.status != "negotiation"
    ):
        return None
    c.quotes["parties"] = c.parties[0].quote if c.parties else first_trigger
    c.confidences["parties"] = min((p.confidence for p in c.parties), default=0.3)

    # Assets, modality, targets, therapeutic areas.
    asset_sentences = [
        t
        for t in texts
        if _DEAL_WORDS.search(t) or re.search(r"develop|candidate|program", t, re.I)
    ]
    context = " ".join(asset_sentences) or block_text
    c.modality = find_modality(context)
    c.targets = find_targets(context)
    c.therapeutic_areas = find_areas(context)
    for name in block.assets:
        quote = next((t for t in texts if normalize_name(name) in normalize_name(t)), first_trigger)
        ref = directory.assets.get(normalize_name(name))
        local = find_modality(quote) or c.modality
        c.assets.append(
            AssetCandidate(
                name=ref.name if ref else name,
                asset_slug=ref.slug if ref else None,
                quote=quote,
                confidence=0.9 if ref else 0.8,
                modality=local,
                targets=find_targets(quote) or c.targets,
                therapeutic_areas=find_areas(quote) or c.therapeutic_areas,
            )
        )
    if c.assets:
        c.quotes["assets"] = c.assets[0].quote
        c.confidences["assets"] = min(a.confidence for a in c.assets)
    if c.modality:
        c.quotes["modality"] = next(
            (t for t in asset_sentences if find_modality(t) == c.modality), context
        )

    # Money.
    _money(c, texts)

    # Territory.
    for t in texts:
        territory = find_territory(t)
        if territory:
            c.territory = territory
            c.quotes["territory"] = t
            c.confidences["territory"] = 0.85
            break

    # Royalty wording.
    for t in texts:
        m = re.search(
            r"(?:(?:tiered|[\w-]*(?:digit|teens|single|double|low|mid|high)[\w-]*|sales-based|running)\s+){0,4}royalt(?:y|ies)(?:\s+(?:of|ranging from|up to)\s+[^.,;]{0,40})?",
            t,
            re.I,
        )
        if m and not _UNDISCLOSED.search(t[m.start() : m.end() + 40]):
            c.royalty = m.group(0).strip()
            c.quotes["royalty"] = t
            break

    # Date: the deal sentence's own date, else the dateline, else the publication date.
    found = None
    for i in block.trigger_sentences + block.sentences:
        found = find_date(sentences[i].text, published_on)
        if found:
            break
    if found is None or (
        found.confidence < 0.5
        and dateline
        and found.value < dateline.value
        and c.status != "announced"
    ):
        found = found if found and found.confidence >= 0.5 else (dateline or found)
    if found is None and published_on:
        found = FoundDate(published_on, "", 0.5)
    if found:
        c.announced_on = found.value
        c.quotes["announced_on"] = found.quote or "(publication date)"
        c.confidences["announced_on"] = found.confidence
    return c


def _deal_type(trigger_texts: list[str], block_text: str, assets: list[str]) -> tuple[str, str]:
    for t in trigger_texts:
        if re.search(r"\bmerge(?:r|d)?\b(?! sub)", t, re.I) and not re.search(r"acqui", t, re.I):
            return "merger", t
        if re.search(r"(?:will|to|agreed to|has agreed to|plans to) acquire|acquisition of|acquired by|"
                     r"\bacquires\b|completed (?:its |the )?acquisition", t, re.I) and not re.search(
            r"acquire[sd]? (?:\w+ ){0,3}(?:rights|licen[cs]e)", t, re.I
        ):  # fmt: skip
            # Buying a drug ("acquire the rights to/the assets of/XY-12") is an asset purchase;
            # buying the company that owns it is an acquisition.
            if re.search(
                r"acqui\w*\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:assets?|programs?|portfolio|"
                r"candidates?)\b|acqui\w*\s+[A-Z]{1,6}-?\d",
                t,
            ):
                return "asset_purchase", t
            return "acquisition", t
    for t in trigger_texts:
        if re.search(r"\boption\b", t, re.I) and not re.search(r"\bstock option", t, re.I):
            return "option", t
    for t in trigger_texts:
        if re.search(r"licen[cs]|technology[- ]transfer|기술이전|라이선스|rights to", t, re.I):
            if re.search(r"platform|technology (?!transfer)", t, re.I):
                return "platform_license", t
            return "license", t
    for t in trigger_texts:
        if re.search(r"equity investment|\binvest", t, re.I):
            return "equity", t
        if re.search(r"collaborat|co-develop|partnership", t, re.I):
            return "collaboration", t
    return "license", trigger_texts[0]


def _status(texts: list[str], first_trigger: str) -> tuple[str, str, float]:
    for pattern, status, confidence in (
        (_NEGOTIATION, "negotiation", 0.85),
        (_RUMOR, "rumored", 0.7),
        (_TERMINATED, "terminated", 0.8),
        (_CLOSED, "closed", 0.8),
    ):
        for t in texts:
            if pattern.search(t):
                return status, t, confidence
    return "announced", first_trigger, 0.8


def _parties(
    block: _Block,
    sentences: list[Sentence],
    masked: list[tuple[str, dict[str, str]]],
    entities: dict[str, Entity],
    deal_type: str,
) -> list[Party]:
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    quotes: dict[str, str] = {}
    members = set(block.entities)
    for i in block.trigger_sentences + [
        i for i in block.sentences if i not in block.trigger_sentences
    ]:
        m_text = masked[i][0]
        for pattern, role1, role2, conf in _ROLE_PATTERNS:
            for m in re.finditer(pattern, m_text):
                groups = [g for g in m.groups() if g]
                if len(groups) < 2 or not set(groups) <= members | {"U"}:
                    continue
                votes[groups[0]][role1] += conf
                quotes.setdefault(groups[0], sentences[i].text)
                if role2:
                    votes[groups[1]][role2] += conf
                    quotes.setdefault(groups[1], sentences[i].text)
        for pattern, role, conf in _SINGLE_ROLE_PATTERNS:
            for m in re.finditer(pattern, m_text):
                key = next(g for g in m.groups() if g)
                if key in members | {"U"}:
                    votes[key][role] += conf * 0.6
                    quotes.setdefault(key, sentences[i].text)
    keys = [k for k in block.entities if k != "U"]
    if block.undisclosed_party and "U" not in keys:
        keys.append("U")
    roles: dict[str, tuple[str, float]] = {}
    for key in keys:
        if votes.get(key):
            role, score = max(votes[key].items(), key=lambda kv: kv[1])
            roles[key] = (role, min(0.95, 0.5 + score / 2))
    roles = _complete_roles(keys, roles, entities, deal_type)
    parties = []
    for key in keys:
        if key not in roles:
            continue
        role, conf = roles[key]
        quote = quotes.get(key) or sentences[block.trigger_sentences[0]].text
        if key == "U":
            parties.append(Party(role, block.undisclosed_party, None, False, quote, conf))
            continue
        entity = entities[key]
        parties.append(
            Party(
                role,
                entity.display_name,
                entity.ref.slug if entity.ref else None,
                True,
                quote,
                round(conf, 2),
                # The spelling the text used ("Sineuro"), kept beside the matched company.
                as_reported=_strip_legal(entity.names[0]),
            )
        )
    return parties


def _complete_roles(
    keys: list[str],
    roles: dict[str, tuple[str, float]],
    entities: dict[str, Entity],
    deal_type: str,
) -> dict[str, tuple[str, float]]:
    """Give every party a role that fits the deal type, using the other party's role."""
    pairs = {
        "licensor": "licensee", "licensee": "licensor", "acquirer": "target", "target": "acquirer",
        "investor": "partner", "partner": "partner",
    }  # fmt: skip
    if deal_type in {"acquisition", "merger", "asset_purchase"}:
        allowed = {"acquirer", "target", "licensor", "licensee"}
    elif deal_type == "collaboration":
        allowed = {"partner", "licensor", "licensee", "investor"}
    elif deal_type == "equity":
        allowed = {"investor", "partner"}
    else:
        allowed = {"licensor", "licensee", "investor"}
    if deal_type in {"acquisition", "merger", "asset_purchase"}:
        # In a purchase the licence words mean: the buyer is the acquirer, the seller the target.
        roles = {
            k: ({"licensee": "acquirer", "licensor": "target"}.get(r, r), c)
            for k, (r, c) in roles.items()
        }
    if deal_type in {"license", "option", "platform_license"}:
        # An investor in a licence deal is its licensee buying shares as part of the terms.
        roles = {k: ("licensee" if r == "investor" else r, c) for k, (r, c) in roles.items()}
    roles = {k: v for k, v in roles.items() if v[0] in allowed}
    missing = [k for k in keys if k not in roles]
    if not missing:
        return roles
    known_roles = [r for r, _ in roles.values()]
    for key in missing:
        if known_roles:
            other = pairs.get(known_roles[0], "partner")
            if other in known_roles and len(keys) > 2:
                other = "partner" if deal_type == "collaboration" else other
            roles[key] = (other if other in allowed else "partner", 0.6)
            continue
        # No cue at all: big pharma is usually the buyer; else the first-named is the originator.
        first = keys.index(key) == 0
        big = key != "U" and entities[key].well_known
        others_big = any(k != key and k != "U" and entities[k].well_known for k in keys)
        if deal_type in {"acquisition", "merger", "asset_purchase"}:
            role = "acquirer" if first else "target"
        elif deal_type == "collaboration":
            role = "partner"
        elif deal_type == "equity":
            role = "investor" if big or (first and not others_big) else "partner"
        else:
            if big and not others_big:
                role = "licensee"
            elif others_big and not big:
                role = "licensor"
            else:
                role = "licensor" if first else "licensee"
        roles[key] = (role, 0.5)
    return roles


def _money(c: Candidate, texts: list[str]) -> None:
    """Fill the headline and payments from the block's sentences; never invent an amount."""
    seen: set[tuple[str, Decimal, str]] = set()
    for t in texts:
        if _NON_DEAL_MONEY.search(t) and not re.search(
            r"upfront|up-front|milestone|royalt", t, re.I
        ):
            continue
        found = [m for m in parse_money(t) if m.conversion_of is None]
        for idx, money in enumerate(found):
            prev_end = found[idx - 1].end if idx else 0
            # A conversion right after this amount is part of it, not the next clause.
            after = [m for m in parse_money(t) if m.start >= money.end]
            conv_end = next(
                (m.end for m in after if m.conversion_of is not None and m.start - money.end < 20),
                money.end,
            )
            next_start = found[idx + 1].start if idx + 1 < len(found) else len(t)
            if re.search(r"per share|a share\b|per ADS", t[money.end : money.end + 15], re.I):
                continue
            view = Money(money.amount, money.currency, money.start, conv_end, money.text)
            kind, confidence = _classify_money(t, view, prev_end, next_start)
            if not kind:
                continue
            key = (kind, money.amount, money.currency)
            if key in seen:
                continue
            seen.add(key)
            if kind == "headline":
                if c.headline is None:
                    c.headline = Payment(
                        "headline", money.amount, money.currency, True, t, confidence, money.text
                    )
                    c.quotes["headline"] = t
                    c.confidences["headline"] = confidence
                continue
            if kind == "acquisition_price" and c.deal_type not in {
                "acquisition",
                "merger",
                "asset_purchase",
            }:
                continue
            c.payments.append(
                Payment(kind, money.amount, money.currency, True, t, confidence, money.text)
            )
            c.quotes.setdefault("payments", t)
            c.confidences.setdefault("payments", confidence)
        if _UNDISCLOSED.search(t):
            _undisclosed_terms(c, t)
    # An acquisition's price is also its reported total.
    if c.headline is None:
        price = next((p for p in c.payments if p.kind == "acquisition_price"), None)
        if price:
            c.headline = Payment(
                "headline", price.amount, price.currency, True, price.quote, 0.7, price.as_written
            )
            c.quotes["headline"] = price.quote
            c.confidences["headline"] = 0.7


def _undisclosed_terms(c: Candidate, sentence: str) -> None:
    """ "Milestones and royalties were not disclosed" → undisclosed components, never zeros."""
    disclosed_kinds = {p.kind for p in c.payments}
    # Only the part of the sentence around the "not disclosed" statement counts.
    kinds: list[str] = []
    if re.search(r"up-?front|initial payment", sentence, re.I) and not any(
        k in disclosed_kinds for k in ("upfront_cash",)
    ):
        upfront_disclosed_here = any(
            _classify_money(sentence, m, 0, len(sentence))[0] == "upfront_cash"
            for m in parse_money(sentence)
        )
        if not upfront_disclosed_here:
            kinds.append("upfront_cash")
    m = re.search(r"((?:[\w-]+,?\s+(?:and\s+)?){0,4})milestones?", sentence, re.I)
    if m and not any(k.endswith("milestones") for k in disclosed_kinds):
        kinds.append(_milestone_kind(m.group(1) + " milestones"))
    generic = re.search(r"financial terms|terms of the (?:deal|agreement|transaction)|deal value|"
                        r"financial details|contract (?:value|size)|계약 조건|계약 규모", sentence, re.I)  # fmt: skip
    if generic and not c.payments and c.headline is None:
        c.terms_disclosed = False
        c.quotes.setdefault("terms_disclosed", sentence)
    for kind in kinds:
        c.payments.append(Payment(kind, None, None, False, sentence, 0.8))
        c.quotes.setdefault("payments", sentence)
        c.confidences.setdefault("payments", 0.8)


# ---------------------------------------------------------------------------------------------
# DB directory
# ---------------------------------------------------------------------------------------------


def directory_from_db() -> Directory:
    """Known companies (names, legal and local names, aliases) and assets (names, aliases)."""
    from companies.models import Asset, AssetAlias, Company, CompanyAlias

    directory = Directory()
    refs: dict[int, CompanyRef] = {}
    for pk, slug, name, legal, local in Company.objects.values_list(
        "pk", "slug", "name", "legal_name", "local_name"
    ):
        refs[pk] = CompanyRef(slug, name, pk)
        directory.add_company(refs[pk], name, legal, local)
    for company_id, normalized in CompanyAlias.objects.values_list("company_id", "normalized"):
        if normalized and company_id in refs:
            directory.companies.setdefault(normalized, refs[company_id])
    assets: dict[int, AssetRef] = {}
    for pk, slug, name in Asset.objects.values_list("pk", "slug", "name"):
        assets[pk] = AssetRef(slug, name, pk)
        directory.add_asset(assets[pk], name)
    for asset_id, normalized in AssetAlias.objects.values_list("asset_id", "normalized"):
        if normalized and asset_id in assets:
            directory.assets.setdefault(normalized, assets[asset_id])
    return directory
