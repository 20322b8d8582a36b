"""Company mentions: suffixed names, tickers, directory matches, repeated and defined terms."""

# ruff: noqa: E501  (the regex tables read better one pattern per line than wrapped)
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from companies.names import normalize_name
from deals.intake.extraction.addresses import is_state_in_address
from deals.intake.extraction.assets import find_assets
from deals.intake.extraction.chinese_pairs import CHINESE_DEAL_PAIR_RE
from deals.intake.extraction.defined_terms import lower_case_abbreviations
from deals.intake.extraction.korean import KOREAN_COMPANY_RE, korean_particle_names
from deals.intake.extraction.listings import LATIN_LISTED_IN_CHINESE_RE as LATIN_LISTED
from deals.intake.extraction.numbered_names import numbered_name
from deals.intake.extraction.results import CompanyRef, Directory
from deals.intake.extraction.titles import is_department, joins_a_speaker
from deals.intake.extraction.vocabulary import (
    _ASSET_CODE,
    _COMPANY_SUFFIX,
    _DESCRIPTOR_WORDS,
    _EXCHANGES,
    _GENERIC_WORDS,
    _HEADLINE_WORDS,
    _INN_WORD,
    _LEGAL_WORDS,
    _NOT_COMPANY,
    _PLACE_WORDS,
    INN_SECOND_WORDS,
    KNOWN_HANGUL_COMPANIES,
    WELL_KNOWN_CHINESE,
    WELL_KNOWN_COMPANIES,
    WELL_KNOWN_HANGUL,
)


@dataclass
class Entity:
    """One company the text names, however many ways it names it."""

    key: str
    names: list[str] = field(default_factory=list)
    ref: CompanyRef | None = None
    well_known: bool = False
    # Names the text gives only in brackets after its own ("버텍스 파마슈티컬스(Vertex
    # Pharmaceuticals)"): they match later mentions but are not the text's name for the party.
    glosses: set[str] = field(default_factory=set)
    # Short names the text defines for it ('(以下简称"杨森")', '("DualityBio")'), normalised.
    defined: set[str] = field(default_factory=set)

    @property
    def display_name(self) -> str:
        if self.ref:
            return self.ref.name
        own = [n for n in self.names if n not in self.glosses] or self.names
        # 'Asklepios BioPharmaceutical, Inc. ("AskBio")', '苏州宜联生物医药有限公司（以下简称
        # "宜联生物"）': where the text defines a short name, the party is the full name it
        # stands for, however often the short name follows (the database keeps it as an alias).
        # ("Bio SE", a business word cut from a name, is no full name of anything.)
        full = [
            n
            for n in own
            if normalize_name(n, strip_legal=True) not in self.defined
            and not re.fullmatch(rf"(?:{_COMPANY_SUFFIX})", _strip_legal(n))
        ]
        best = max(full or own, key=lambda n: (len(_strip_legal(n).split()), len(n)))
        if full and self.defined:
            return _strip_legal(best)
        # "Merck Sharp & Dohme LLC, known as MSD" once, then "MSD" throughout: the text's own
        # name for the party is the initials it keeps using.
        # Initials joined by "&" ("J&J") are the press's shorthand, never the company's name.
        for short in {n for n in self.names if "&" not in n}:
            if _is_initialism(short, best) and self.names.count(short) > self.names.count(best):
                return short
        return _strip_legal(best)


@dataclass
class Mention:
    start: int
    end: int
    entity: Entity


def _strip_legal(name: str) -> str:
    # "Lepu Biopharma (Shanghai) Co., Ltd.": the city in brackets is part of the legal form.
    name = re.sub(r"\s*\([A-Z][a-z]+\)", "", name)
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().strip(".") in _LEGAL_WORDS:
        words.pop()
        # "Merck & Co.", "Siegfried & Co. AG": the ampersand that joined the legal form goes
        # with it.
        while len(words) > 1 and words[-1] == "&":
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
    rf"(?<![\w-])(?P<name>{_CAP_RUN}[ \t]+(?:{_COMPANY_SUFFIX})(?:[ \t]+\([A-Z][a-z]+\))?(?:,?[ \t]+(?:Co\.,?\s?Ltd\.?|Inc\.?|Ltd\.?|"
    r"Limited|Corp\.?|Corporation|AG|plc|GmbH|S\.A\.))?)(?![\w])|"
    # "Beivia, Ltd.", "Zymora, Inc.": a legal form after a comma marks any name; so does one
    # after the city of registration ("Eccogene (Shanghai) Co., Ltd.") or a Chinese-style
    # "Co., Ltd." without the comma.
    rf"(?<![\w-])(?P<comma>{_CAP_RUN})(?:,[ \t]+(?:Inc\.|Ltd\.|Co\.,?\s?Ltd\.|Corp\.|LLC|plc|AG|GmbH|S\.A\.|N\.V\.|A/S)|"
    r"[ \t]+\([A-Z][a-z]+\),?[ \t]+(?:Co\.,?\s?Ltd\.|Inc\.|Ltd\.|Limited|Corp\.|LLC|GmbH)|[ \t]+Co\.,?\s?Ltd\.)"
)
# Names written in lower case or camel case, which the capitalised shapes above miss: an
# acronym or "bluebird" before a business word ("SK bioscience", "bluebird bio"), an acronym
# before a dotted word ("HK inno.N"), a camel-case word ("uniQure", "iTeos"), and any word
# right before its stock ticker ("argenx (Euronext & Nasdaq: ARGX)").
_LOWER_NAME_RE = re.compile(
    r"(?<![\w.-])(?P<name>(?!(?:US|EU|UK|FDA|EMA)\b)[A-Z]{2,4}[ \t]+(?:bio|bioscience|biosciences|"
    r"biopharma|biopharm|biopharmaceuticals|biologics|biotech|pharma|therapeutics)|"
    r"[a-z]{3,}[ \t]+bio|[A-Z]{2,4}[ \t]+[a-z]{2,}\.[A-Z]|"
    # "iTeos Therapeutics, Inc.": the business word after a camel-case word is part of its name.
    r"[a-z]{1,4}[A-Z][a-z]{3,}(?:[ \t]+(?:Therapeutics|Pharmaceuticals|Pharma|Biosciences|"
    r"Biotherapeutics|Biologics|Biopharma|Medicines|Genomics)(?:,[ \t]+(?:Inc\.|Ltd\.|plc|AG|SA|N\.V\.))?)?|"
    rf"[a-z][\w.]{{2,}}(?:[ \t]+(?:SE|N\.V\.|AG|plc|Inc\.))?(?=\s*\((?:{_EXCHANGES})\b)|"
    # "89bio, Inc. (Nasdaq: ETNB)": a name led by digits, where a listing follows it.
    rf"\d{{1,3}}[a-z]{{3,}}(?=(?:,?[ \t]+(?:Inc\.|Ltd\.|plc|AG|SA|SE|N\.V\.))?\s*\((?:{_EXCHANGES})\b)|"
    # "argenx SE", "uniQure N.V.": a lower-case name is a company's where a legal form follows.
    r"[a-z][a-z0-9]{2,}(?:[A-Z][a-z]*)?[ \t]+(?:SE|N\.V\.|AG|plc|GmbH)(?![\w]))(?![\w-])"
)
# Chinese names end in a business word and start after punctuation or a connective
# ("恒瑞医药与默沙东", "江苏恒瑞医药股份有限公司").
_CHINESE_COMPANY_RE = re.compile(
    # "金斯瑞生物科技子公司传奇生物", "其子公司南京传奇生物": a subsidiary's name starts after the
    # word for subsidiary (子公司) or "under" (旗下), which is part of no name.
    # "授予诺凡制药" (grants Norvane), "引进": verbs before a name are no part of it.
    # "2024年1月9日——迈威（上海）生物科技…": a dateline's dash ends the date before the name.
    r"(?:^|(?<=[，。、：；“”（）()\s与和向将从由及、—])|(?<=收购)|(?<=并购)|(?<=宣布)|(?<=子公司)|(?<=旗下的)|(?<=旗下)(?!的)"
    # "关于华领医药" ("About Hua Medicine"), a boilerplate heading: 关于 is no part of the name.
    r"|(?<=关于))(?!关于)"
    # "百奥泰与百健就托珠单抗生物类似药": 就 ("regarding") ends a name and starts its subject.
    # "与山德士签署胰岛素生物类似药…协议": a verb of signing ends the name before it, as 就 does.
    # "祐和医药", "和铂医药": 和 ("and") as a name's first or second character is part of it;
    # further in, it joins two names ("恒瑞医药和默沙东").
    r"(?P<name>(?:(?:和|(?!与|和|向|将|从|由|及|就)[\u4e00-\u9fff]和)"
    r"(?:(?!与|和|向|将|从|由|及|就|收购|宣布|授权|授予|引进|支付|获得|子公司|旗下|签署|签订|达成|订立)"
    r"[\u4e00-\u9fff]){0,6}?|"
    r"(?:(?!与|和|向|将|从|由|及|就|收购|宣布|授权|授予|引进|支付|获得|子公司|旗下|签署|签订|达成|订立)"
    r"[\u4e00-\u9fff]){2,8}?)"
    # "迈威（上海）生物科技股份有限公司": the registered city may stand in brackets in the name.
    r"(?:[（(][\u4e00-\u9fff]{2,3}[）)])?(?:生物医药|生物科技|生物制药|医药|制药|药业|生物|製藥|藥業|集团)"
    # "祐和医药科技（北京）有限公司": the city may stand after the business word, before 有限公司.
    r"(?:(?:科技|技术)?[（(][\u4e00-\u9fff]{2,3}[）)](?=(?:股份)?有限公司))?)"
    r"(?:股份有限公司|有限公司)?"
)
_CHINESE_DESCRIPTOR = re.compile(
    r"(?:美国|加拿大|德国|英国|法国|瑞士|日本|韩国|丹麦|比利时|荷兰|瑞典|澳大利亚|中国|欧洲|全球|国际|跨国)"
    r"(?:生物医药|生物科技|生物制药|医药|制药|药业|生物|集团)"
)
# "Everest Medicines, a company backed by CBC Group": the backer is an investor, no party.
# "LianBio, a new biotech launched by Perceptive Advisors": so is the firm that launched,
# founded or incubated the company, a part of its history.
_BACKER_BEFORE = re.compile(
    r"\b(?:backed|funded|financed|sponsored|launched|(?:co-)?founded|incubated|seeded)\s+by\s+"
    r"(?:(?:the|its|investors?|investment "
    r"firms?|funds?|such as|including)\s+)*$",
    re.IGNORECASE,
)
# "百济神州（纳斯达克代码：BGNE）", "信达生物（香港联交所代码：01801）": a Chinese name followed by
# its listing in brackets is a company, though it ends in no business word.
_CHINESE_TICKER_RE = re.compile(
    # "北京——百济神州（纳斯达克代码：BGNE）": a dateline's dash ends before the name.
    r"(?:^|(?<=[，。、：；“”\s与和—]))(?P<name>[\u4e00-\u9fff]{2,8})\s*[（(]\s*"
    r"(?:纳斯达克|纽交所|纽约证券交易所|港交所|香港联交所|联交所|上交所|深交所|科创板|股票)"
    r"[^）)：:]{0,8}[：:]"
)
# "新基公司（Celgene Corporation）": a Chinese name glossed by a Latin company name in brackets
# is a company whatever it ends with; 公司 ("company") is no part of the name.
_CHINESE_GLOSSED_RE = re.compile(
    r"(?:^|(?<=[，。、：；“”\s与和向将从由及]))(?P<name>(?:(?!与|和|向|将|从|由|及|已|其)[\u4e00-\u9fff]){2,8}?)"
    r"(?:公司)?\s*[（(]\s*"
    rf"[A-Z][\w&.,' -]{{0,60}}?\b(?:{_COMPANY_SUFFIX})\.?\s*[）)]"
)
_IN_LISTING = re.compile(rf"\(\s*(?:{_EXCHANGES})\s*:[^()]*$")
_TICKER_RE = re.compile(rf"(?P<name>{_CAP_RUN})\s*\((?:{_EXCHANGES})\s*:")
_SUBJECT_RE = re.compile(
    rf"(?:^|[.;]\s+|\b[Aa]nd\s+|\bwith\s+|\bfrom\s+|\bto\s+|\bby\s+|\bacquire[sd]?\s+|\bbought\s+|"
    rf"\bbuys?\s+|\b(?:grabs|grabbed|snaps\s+up|scoops\s+up)\s+|\bbetween\s+|,\s+|"
    # "will acquire Quebec City-based Medicago for ...": a place and "-based" before a name say
    # where a company sits, whatever the name's shape.
    rf"(?<![\w-])[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}-based\s+)"
    rf"(?P<name>{_CAP_RUN})(?=\s+(?:has|have|had|will|today|announced|entered|signed|agreed|said|"
    r"is|was|and|to|in-licensed|licensed|granted|grants|inked|struck|acquired|acquires|plans|"
    r"obtained|receives|received|would|could|pays|paid|for\b|under\b|on\b|in\b)|[,.;]|\s*\()"
)
# "The deal follows Genmab's agreement ... to acquire Merus": the owner of a deal is a company.
_DEAL_OWNER_RE = re.compile(
    rf"(?<![\w-])(?P<name>{_CAP_RUN})(?=[’']s\s+(?:agreement|deal|acquisition|offer|bid|purchase|"
    r"takeover|buyout|licen[cs]e|collaboration|partnership|tender offer)\b)"
)
# "Forbius, a privately held Canadian biotech, was acquired by ...": a name the text goes on to
# call a company, a biotech or a start-up is a company, whatever its shape.
_DESCRIBED_RE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.;]\s))(?P<name>{_CAP_RUN}),\s+an?\s+(?:[\w-]+\s+){{0,5}}?"
    r"(?:biotech(?:nology)?|company|start-?up|drugmaker|biopharma|pharma)\b"
)
# "Chugai has granted Alexion an exclusive licence", "will pay Poseida $110 million": the
# name right after grant/pay is the other party, whatever it looks like.
_OBJECT_RE = re.compile(
    rf"\b(?:grant(?:s|ed|ing)?|will grant|pay(?:s|ing)?|paid|will pay)\s+(?P<name>{_CAP_RUN})"
    r"(?=\s+(?:an?\b|the\b|exclusive\b|worldwide\b|global\b|rights\b|up to\b|US\$|\$|€|£|¥|₩|RMB\b)|\s*\()"
)
# A dateline ("THOUSAND OAKS, Calif. and DUBLIN, Dec. 12, 2022 --") names cities, not parties.
_DATELINE_RE = re.compile(
    r"^[ \t]*[A-Z][^\n]{0,160}?\b(?:19|20)\d\d\b[^\n]{0,40}?(?:\s--?\s|\s—\s|\s–\s|/\s*PRNewswire|/\s*Business ?Wire|/\s*GLOBE ?NEWSWIRE)",
    re.MULTILINE,
)
# "J.P. Morgan Healthcare Conference" ends like a company name but is an event.
_NOT_A_PARTY_AFTER = re.compile(
    r"[ \t]+(?:Conference|Summit|Forum|Index|Award|Congress|Meeting|Week)\b"
)
_EVENT_WORDS = re.compile(
    r"\b(?:Conference|Summit|Forum|Index|Award|Administration|Agency|Ministry|Exchange|"
    r"Statements?|Program|Trial|Study)\b"
)
_ENDS_LIKE_COMPANY = re.compile(rf"(?:{_COMPANY_SUFFIX})$")
_DEFINED_TERM = re.compile(
    r"^\s*\(\s*(?:the\s+)?[“\"']([^”\"']{2,40})[”\"']\s*\)"
    # "GlaxoSmithKline plc (GSK)": an unquoted short form in capitals defines a name too.
    # "Asklepios BioPharmaceutical, Inc. (AskBio)": so does a camel-case word after a legal form.
    r"|^\s*(?:,?\s*(?:plc|PLC|Inc\.?|Ltd\.?|AG|SE|SA|N\.V\.))?,?\s*\(\s*([A-Z][A-Z0-9&]{1,9}|"
    r"[A-Z][a-z]+[A-Z][A-Za-z0-9]{1,12})\s*\)"
    # "杨森生物技术公司（以下简称"杨森"）": "hereinafter called" defines the text's name.
    # "礼来制药（Eli Lilly and Company，以下简称"礼来"）": after a Latin gloss and a comma too.
    # '（以下简称"迈威生物"，股票代码：688062.SH）': a listing may follow the short name.
    r"|^[^（(。，]{0,8}[（(](?:[^（）()。，,]{1,60}[，,]\s*)?\s*(?:以下简称|以下称|下称|简称)\s*[“\"「]([^”\"」]{1,20})[”\"」]\s*(?:[，,；;][^（）()。]{1,40})?[）)]"
    # "Global Blood Therapeutics, Inc. (NASDAQ: GBT) ... Pfizer will acquire GBT": a release
    # that goes on to call a company by its ticker means the same company.
    rf"|^\s*(?:,?\s*(?:plc|PLC|Inc\.?|Ltd\.?|AG|SE|SA|N\.V\.))?,?\s*\(\s*(?:{_EXCHANGES})\s*:\s*([A-Z]{{2,6}})\s*[);]"
)


_PURPOSE_CLAUSE = re.compile(
    r"(?:Further\s+|Significantly\s+)?(?:Diversify|Strengthen|Expand|Accelerat|Advanc|Broaden|"
    r"Bolster|Enhanc|Creat|Build|Add|Deepen|Extend|Reinforc|Transform|Establish|Position|Augment)"
    r"ing\b"
)
# "Roche to Acquire Ignyta, Strengthening its Oncology Portfolio in Precision Medicine": what
# a headline's participle clause goes on to name is the deal's purpose, no company.
_IN_PURPOSE_CLAUSE = re.compile(rf",\s*{_PURPOSE_CLAUSE.pattern}[^,\n]*$")
_PURPOSE_VERB = re.compile(
    r"(?:Further\s+)?(?:Diversify|Strengthen|Expand|Accelerate|Advance|Broaden|Bolster|Enhance|"
    r"Create|Build|Add|Deepen|Extend|Reinforce|Transform|Establish|Augment|Grow|Boost)\b"
)


_ENDS_IN_LEGAL_FORM = re.compile(
    r",?[ \t](?:Inc\.?|Ltd\.?|Co\.,?\s?Ltd\.?|Corp\.?|Corporation|AG|plc|GmbH|S\.A\.|LLC|N\.V\.|A/S)$"
)


def _is_plausible_company(name: str, text: str = "", legal_form: bool = False) -> bool:
    words = name.split()
    if not words or len(name) < (3 if name.isascii() else 2):
        return False
    # "Five Prime Therapeutics, Inc.", "Five Prime (FPRX)": a number word opens a company's name
    # where a legal form closes it or a ticker follows it; elsewhere it counts things.
    if words[0].lower() in _DESCRIPTOR_WORDS and not numbered_name(name, text, legal_form):
        return False
    # "Oncology", "Therapeutics": a business word alone, left of a headline's phrase once its
    # adjectives are cut, names no company.
    if len(words) == 1 and not name.isupper() and re.fullmatch(rf"(?:{_COMPANY_SUFFIX})", name):
        return False
    # "Enter Global Strategic Oncology Collaboration", "Enter Into Transformative Research and
    # Development Collaboration": adjectives that describe a deal in a Title Case headline
    # stand in no company's name.
    if not legal_form and any(
        w.lower() in {"strategic", "transformative", "exclusive"} for w in words
    ):
        return False
    # "..., Further Diversifying Oncology Pipeline", "..., Expanding its Late-Stage Immunology
    # Pipeline": a headline's participle clause says what the deal does, it names no company.
    if _PURPOSE_CLAUSE.match(name):
        return False
    # "... for $5.4 Billion to Enhance Presence in Rare Hematology": the same purpose written
    # as an infinitive after "to".
    if _PURPOSE_VERB.match(name) and re.search(rf"\bto\s+{re.escape(name)}", text):
        return False
    # "Pipeline of Precision-engineered Medicines", "AI-driven Therapeutics": a name that opens
    # with a compound adjective ending in a participle describes products, it names no company.
    if re.fullmatch(r"[A-Za-z]+-[a-z]+(?:ed|ing|based|driven|like|enabled)", words[0]):
        return False
    # "폐암신약" (lung cancer drug), "비만치료제" (obesity treatment): a Korean noun ending in a
    # drug word is what is licensed, not who licenses it.
    if re.search(r"(?:신약|치료제|후보물질|항암제|백신)$", name):
        return False
    # A legal form after it ("Eccogene (Shanghai) Co., Ltd.") makes a name a company even
    # when it is shaped like a drug name.
    if len(words) == 1 and name.isascii() and not legal_form:
        # A drug name (INN) in a Title Case headline, or any word the text also writes in
        # lower case ("Ivonescimab ... the antibody ivonescimab"), is a common noun.
        if _INN_WORD.fullmatch(name) and not name.isupper():
            return False
        lower = name.lower()
        if name != lower and re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text):
            return False
    # "Datopotamab Deruxtecan", "Disitamab Vedotin": a drug's INN in a Title Case headline.
    if (
        not legal_form
        and not name.isupper()
        and all(_INN_WORD.fullmatch(w) or re.fullmatch(INN_SECOND_WORDS, w, re.I) for w in words)
    ):
        return False
    if words[0].lower().strip("’'") in _NOT_COMPANY and len(words) == 1:
        return False
    if all(w.lower().strip(".,’'s") in _NOT_COMPANY for w in words):
        return False
    if all(w.lower().strip(".,") in _LEGAL_WORDS for w in words):
        return False  # "Inc" left over from "Coherus BioSciences, Inc."
    if len(words) >= 2 and all(w.isupper() and len(w) >= 3 and w.isalpha() for w in words):
        return False  # "REDWOOD CITY", "NORTH CHICAGO": datelines and headings
    if _ASSET_CODE.fullmatch(name) or re.fullmatch(r"[\d,.]+", name):
        return False
    # "Licenses GLP-1 Portfolio to ...": what is licensed, not who licenses it.
    if words[-1].lower() in _HEADLINE_WORDS | {
        "platform",
        "rights",
        "candidates",
        "program",
        "programs",
        "antibody",
        "portfolio",
        "pipeline",
        "assets",
        "franchise",
        # "Global Strategic Partnership to Co-Develop ...": a deal noun ends no company name.
        "partnership",
        "alliance",
        "agreement",
        "collaboration",
        "deal",
    }:
        return False
    # "Summit Therapeutics" is a company; "Healthcare Summit" is an event.
    return not _EVENT_WORDS.search(name) or bool(_ENDS_LIKE_COMPANY.search(name))


def _trim_leading(name: str) -> str:
    words = name.split()
    # A headline verb inside a run splits it: keep what follows the last one.
    for i in range(len(words) - 2, -1, -1):
        # "Acme Global Inc.": a headline word followed only by a legal form ends the name.
        if (
            words[i].lower() in _HEADLINE_WORDS
            and i + 1 < len(words)
            and not all(w.lower().strip(".,") in _LEGAL_WORDS for w in words[i + 1 :])
        ):
            words = words[i + 1 :]
            break
    # City and province names stay: they are part of names like "Hangzhou Tianmu Pharmaceutical".
    while (
        len(words) > 1
        and words[0].lower() in _NOT_COMPANY
        and words[0].lower() not in _PLACE_WORDS
        # "United Laboratories" keeps its "United"; "United States Pharma" does not.
        and not (words[0].lower() == "united" and words[1].lower() not in {"states", "kingdom"})
    ):
        words.pop(0)
    return " ".join(words)


def find_companies(text: str, directory: Directory) -> list[Mention]:
    """Every company mention in ``text``: known names first, then the shapes of company names."""
    spans: list[tuple[int, int, str, CompanyRef | None, bool]] = []
    # Known names and aliases: try every run of up to six words against the directory.
    known = dict.fromkeys(directory.companies)
    well_known = {normalize_name(n, strip_legal=True): n for n in WELL_KNOWN_COMPANIES}
    # Latin and Hangul are separate words: "MSD와" is MSD and a particle.
    words = list(re.finditer(r"[A-Za-z0-9_’'&.\-]+|[^\W\x00-\x7f][^\W\x00-\x7f’'&.\-]*", text))
    for i, first in enumerate(words):
        if not (first.group(0)[0].isupper() or not first.group(0).isascii()):
            continue
        best: tuple[int, int, str, CompanyRef | None, bool] | None = None
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
    for regex in (_CHINESE_COMPANY_RE, _CHINESE_TICKER_RE, _CHINESE_GLOSSED_RE, LATIN_LISTED):
        for m in regex.finditer(text):
            # "与加拿大生物技术公司Zymeworks": a country and a business word say what the company
            # is ("a Canadian biotech company"), and name none.
            if not _CHINESE_DESCRIPTOR.fullmatch(m.group("name")):
                spans.append((m.start("name"), m.end("name"), m.group("name"), None, False))
    for name in WELL_KNOWN_CHINESE:
        for m in re.finditer(re.escape(name), text):
            spans.append((m.start(), m.end(), name, None, True))
    for hangul, big in [(n, True) for n in WELL_KNOWN_HANGUL] + [
        (n, False) for n in KNOWN_HANGUL_COMPANIES
    ]:
        for m in re.finditer(rf"(?<![가-힣]){re.escape(hangul)}(?![가-힣]{{2}})", text):
            spans.append((m.start(), m.end(), hangul, None, big))
    spans.extend(korean_particle_names(text))
    for m in CHINESE_DEAL_PAIR_RE.finditer(text):
        spans.extend(
            (m.start(g), m.end(g), m.group(g), None, False) for g in ("a", "b") if m.group(g)
        )
    for pattern in (
        _SUFFIXED_RE,
        _TICKER_RE,
        _SUBJECT_RE,
        _OBJECT_RE,
        _DEAL_OWNER_RE,
        _DESCRIBED_RE,
        KOREAN_COMPANY_RE,
        _LOWER_NAME_RE,
    ):
        for m in pattern.finditer(text):
            group = next((g for g in ("marked", "comma") if m.groupdict().get(g)), "name")
            raw = m.group(group)
            for raw_start, raw_part in _split_pair(m.start(group), raw.strip(" ,")):
                raw_start += raw[raw_start - m.start(group) :].index(raw_part)
                name = _trim_leading(raw_part)
                start = raw_start + raw_part.index(name.split()[0]) if name else raw_start
                if (
                    name
                    # A legal form, or owning a deal, marks a company whatever its shape.
                    and _is_plausible_company(
                        name,
                        text,
                        legal_form=group == "comma"
                        or pattern in (_DEAL_OWNER_RE, _DESCRIBED_RE)
                        or bool(_ENDS_IN_LEGAL_FORM.search(raw_part)),
                    )
                    and not _NOT_A_PARTY_AFTER.match(text[start + len(name) :])
                    and not _IN_PURPOSE_CLAUSE.search(text[text.rfind("\n", 0, start) + 1 : start])
                ):
                    spans.append((start, start + len(name), name, None, False))
    # "Grants GSK Exclusive License to ARO-HSD for ...": a one-word guess that the text's drug
    # names include is what is licensed, not who licenses it.
    drugs = {a.casefold() for a in find_assets(text, directory)}
    spans = [
        sp
        for sp in spans
        if not (sp[3] is None and not sp[4] and " " not in sp[2] and sp[2].casefold() in drugs)
        and not _is_person(text, sp[0], sp[1])
        and not is_department(text, sp[0])
        and not _is_place(text, sp)
        and not (sp[3] is None and is_state_in_address(text, sp[0], sp[1]))
        and not (sp[3] is None and joins_a_speaker(sp[2]))
        # "(SIX: RO, ROG; OTCQX: RHHBY)": every symbol in a listing's brackets is a ticker.
        and not (sp[3] is None and _IN_LISTING.search(text[max(0, sp[0] - 80) : sp[0]]))
        # "the neonatal Fc receptor (FcRn)": an abbreviation the text defines for a receptor,
        # protein or enzyme is the drug's target wherever the text repeats it.
        and not (
            sp[3] is None
            and not sp[4]
            and re.search(
                rf"\b(?:receptor|protein|antigen|enzyme|kinase|factor|ligand)\s*\(\s*{re.escape(sp[2])}\s*\)",
                text,
                re.I,
            )
        )
        and not _BACKER_BEFORE.search(text[max(0, sp[0] - 40) : sp[0]])
        # "built on its Shielded Living Therapeutics platform": a guessed name right before
        # "platform" or "technology" is the platform's name, not a company's.
        and not (sp[3] is None and _PLATFORM_AFTER.match(text[sp[1] :]))
        # "Turning Point Therapeutics, a Precision Oncology Leader": a guess after an
        # indefinite article in apposition describes the company before it; no company's name
        # follows "a".
        and not (sp[3] is None and re.search(r",\s+an?\s+$", text[max(0, sp[0] - 6) : sp[0]]))
        # "its lead after Pluvicto and Lutathera", "such as Keytruda and Opdivo": a guessed name
        # joined by "and" to a one-word name after a word that introduces products is another
        # of the same products, not a company.
        and not (
            sp[3] is None
            and re.search(
                r"\b(?:after|beyond|besides|alongside|like|such\s+as|including|than)\s+"
                r"[A-Z][\w-]+[®™]?,?\s+(?:and|or)\s+$",
                text[max(0, sp[0] - 60) : sp[0]],
            )
        )
    ]
    # "ENHERTU (trastuzumab deruxtecan)": a name followed by an INN in brackets is a brand; so
    # is every other mention of it ("rights to use ALT-B4 with ENHERTU").
    brands = {
        m.group(1).casefold()
        for m in re.finditer(r"([A-Z][\w-]+)[®™]?\s*\(\s*([a-z]+)", text)
        if _INN_WORD.fullmatch(m.group(2))
    }
    spans = [sp for sp in spans if sp[3] is not None or sp[2].casefold() not in brands]
    datelines = [(m.start(), m.end()) for m in _DATELINE_RE.finditer(text)]
    spans = [sp for sp in spans if not any(a <= sp[0] < b for a, b in datelines)]
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
    # "a proprietary Universal Donor Cell technology": a company's short name ("Universal" for
    # Universal Cells) that opens a capitalised name ending before "technology" or "platform"
    # is the first word of that platform's name, no mention of the company.
    chosen = [
        sp
        for sp in chosen
        if sp[3] is not None
        or " " in sp[2]
        or not _NAME_THEN_PLATFORM.match(text[sp[1] : sp[1] + 80])
    ]
    # "... steatohepatitis (MASH)": a short form for a lower-case phrase names no company.
    lower = lower_case_abbreviations(text)
    chosen = [sp for sp in chosen if sp[3] is not None or sp[2] not in lower]
    # A Chinese short name defined for a company ('诺瓦生物技术公司（以下简称"诺瓦"）') names it
    # wherever it stands, though it has no business word to be found by.
    for _, end, _, _, _ in list(chosen):
        term = _DEFINED_TERM.match(text[end : end + 60])
        if term and term.group(3):
            taken = [(a, b) for a, b, *_ in chosen]
            for m in re.finditer(re.escape(term.group(3)), text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    chosen.append((m.start(), m.end(), term.group(3), None, False))
            chosen.sort(key=lambda sp: sp[0])
    # Defined terms: RemeGen Co., Ltd. ("RemeGen") makes "RemeGen" name the same company.
    aliases: dict[str, int] = {}
    tickers: set[str] = set()
    for idx, (_, end, _, _, _) in enumerate(chosen):
        term = _DEFINED_TERM.match(text[end : end + 60])
        if term:
            defined = term.group(1) or term.group(2) or term.group(3) or term.group(4)
            aliases[normalize_name(defined, strip_legal=True)] = idx
            if term.group(4):
                tickers.add(normalize_name(defined, strip_legal=True))
    # "버텍스 파마슈티컬스(Vertex Pharmaceuticals)", "葛兰素史克（GSK）": a name whose brackets
    # hold nothing but another company name is one company written two ways.
    glosses: set[int] = set()
    for idx in range(1, len(chosen)):
        prev_end, (start, end, name, *_) = chosen[idx - 1][1], chosen[idx]
        # "新基公司（Celgene Corporation）": 公司 ("company") may stand before the brackets.
        # "诺德制药（Nordhaven Pharma Inc.，以下简称"诺德"）": a short name may follow the gloss.
        if re.fullmatch(r"(?:公司)?\s?[(（]\s?", text[prev_end:start]) and re.match(
            r"\s?(?:[，,]\s*(?:以下简称|以下称|下称|简称)[^）)]{0,25})?[)）]", text[end:]
        ):
            aliases.setdefault(normalize_name(name, strip_legal=True), idx - 1)
            glosses.add(idx)
    return _group_entities(text, chosen, aliases, directory, glosses, tickers)


_PAIR_OF_NAMES = re.compile(
    rf"^(?P<left>.+?[ \t](?:{_COMPANY_SUFFIX}))[ \t]+(?:and|&)[ \t]+(?P<right>\S.*)$"
)


def _split_pair(start: int, name: str) -> list[tuple[int, str]]:
    """ "Kelvio Bio and Arcadia Medicines" is two companies: a name that already ends in a
    business word does not go on with "and"; "Eli Lilly and Company" stays one."""
    m = _PAIR_OF_NAMES.match(name)
    if not m:
        return [(start, name)]
    return [(start, m.group("left")), (start + m.start("right"), m.group("right"))]


# "Merck KGaA, Darmstadt, Germany": a word between commas, right before a country, is a city.
_COUNTRY_AFTER = re.compile(
    r"^,?\s+(?:Germany|Switzerland|France|Japan|China|(?:South\s+)?Korea|the\s+Netherlands|"
    r"Netherlands|Denmark|Sweden|Norway|Belgium|Italy|Spain|Israel|India|Ireland|Austria|"
    r"Canada|Australia|Singapore|Taiwan|U\.?K\.?|U\.?S\.?A?\.?)(?![\w])"
)


# Right after the name only: "Hanbit Pharmaceutical signed a technology transfer" names a company.
_PLATFORM_AFTER = re.compile(r"[®™]?\s+(?i:platform|technology|technologies)\b")
_NAME_THEN_PLATFORM = re.compile(r"(?:\s+[A-Z][\w-]*){1,2}[®™]?\s+(?:platform|technology)\b")


def _is_place(text: str, span: tuple[int, int, str, CompanyRef | None, bool]) -> bool:
    start, end, name, ref, _ = span
    return (
        ref is None
        and len(name.split()) == 1
        and text[:start].rstrip(" \t").endswith(",")
        and bool(_COUNTRY_AFTER.match(text[end:]))
    )


_PERSON_BEFORE = re.compile(r"(?:\b(?:Dr|Mr|Ms|Mrs|Prof|Professor|Sir)\.?\s+)$")
_PERSON_AFTER = re.compile(
    r"^,\s+(?:the\s+|its\s+)?(?:[\w&-]+\s+){0,4}?(?:Officer|Founder|Co-Founder|Chairman|Chairwoman|"
    r"Chair|President|CEO|CFO|CSO|CMO|COO|Director|Head|Executive|Professor|Manager|Partner|"
    r"Lead|Leader|Analyst|Scientist|Physician)\b"
)


def _is_person(text: str, start: int, end: int) -> bool:
    """ "Dr. Michael Yu", "Jane Whitfield, Chief Executive Officer of ...": people, not parties."""
    return bool(
        _PERSON_BEFORE.search(text[max(0, start - 12) : start])
        or _PERSON_AFTER.match(text[end : end + 80])
    )


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
            and (
                len(distinctive[0]) >= 4 or (len(distinctive[0]) == 3 and distinctive[0].isupper())
            )
            and (distinctive[0][0].isupper() or not distinctive[0].isascii())
        ):
            variants.add(distinctive[0])
        for variant in variants:
            if len(variant) >= 3:
                forms.setdefault(variant, (ref, well_known))
    spans = list(chosen)
    taken = [(s, e) for s, e, *_ in chosen]
    for variant in sorted(forms, key=len, reverse=True):
        # A Latin name stands against Chinese or Korean script with no space ("KYM将授予",
        # "KYM은"): only Latin letters and digits run a Latin name on.
        # "百济神州于2018年…": Chinese writes no space between words, so a Chinese name of three
        # characters or more stands against the next word as a Latin one stands against Hangul.
        chinese = re.fullmatch(r"[\u4e00-\u9fff]{3,}", variant)
        edge = r"[A-Za-z0-9_-]" if variant.isascii() or chinese else r"[\w-]"
        # "SK케미칼은": a Korean particle stands against the name it marks.
        after = (
            rf"(?!(?![은는이가와과의에을를로도]){edge})"
            if re.search(r"[가-힣]$", variant)
            else rf"(?!{edge})"
        )
        for m in re.finditer(rf"(?<!{edge}){re.escape(variant)}{after}", text):
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
    glosses: set[int] | None = None,
    tickers: set[str] | None = None,
) -> list[Mention]:
    tickers = tickers or set()
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
            if any(_parent_and_subsidiary(text, name, n) for n in candidate.names):
                continue
            if any(_same_company(core, oc) for oc in other_cores) or any(
                _is_initialism(name, n) or _is_initialism(n, name) for n in candidate.names
            ):
                entity = candidate
                break
        alias_key = normalize_name(name, strip_legal=True)
        if entity is None and alias_key in aliases and aliases[alias_key] < idx:
            target_name = chosen[aliases[alias_key]][2]
            entity = next((e for e in entities if target_name in e.names), None)
        if entity is None and idx in aliases.values():
            # A headline may use the short name before the body defines it: "DualityBio and
            # BioNTech Announce ..." then 'Duality Biologics (Suzhou) Co., Ltd. ("DualityBio")'.
            terms = {k for k, v in aliases.items() if v == idx}
            entity = next(
                (
                    e
                    for e in entities
                    if any(normalize_name(n, strip_legal=True) in terms for n in e.names)
                ),
                None,
            )
        if entity is None:
            entity = Entity(key=f"E{len(entities)}", ref=ref, well_known=is_well_known)
            entities.append(entity)
        if ref is not None and entity.ref is None:
            entity.ref = ref
        entity.well_known = entity.well_known or is_well_known
        entity.names.append(name)
        if glosses and idx in glosses and name not in entity.names[:-1]:
            entity.glosses.add(name)
        mentions.append(Mention(start, end, entity))
        # The short names this mention defines ('（以下简称"杨森"）') are its company's own.
        # A ticker matches the company's later mentions but is no name the text gives it.
        entity.defined |= {k for k, v in aliases.items() if v == idx and k not in tickers}
    return mentions


def _parent_and_subsidiary(text: str, a: str, b: str) -> bool:
    """ "SK Biopharmaceuticals Co., Ltd., a subsidiary of SK Holdings", "SK Life Science, the
    U.S. subsidiary of SK Biopharmaceuticals": names sharing a group's prefix that the text
    tells apart as parent and subsidiary are two companies."""
    a, b = _strip_legal(a), _strip_legal(b)
    if a == b:
        return False
    for sub, parent in ((a, b), (b, a)):
        if re.search(
            rf"{re.escape(sub)}[^.;]{{0,30}}?,\s+(?:a|an|the|its)\s+(?:[\w.-]+\s+){{0,3}}?"
            rf"(?:subsidiary|affiliate|unit)\s+of\s+{re.escape(parent)}",
            text,
        ):
            return True
    return False


def _same_company(a: list[str], b: list[str]) -> bool:
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # "Hangzhou DAC Biotech" is "DAC": a leading city is not part of the distinctive name.
    if len(long) > 1 and long[0] in _PLACE_WORDS and short and short[0] != long[0]:
        long = long[1:]
    if not short or short[0] != long[0]:
        # "Hengrui" in "Jiangsu Hengrui": a one-word core inside a longer one.
        # Chinese names have no spaces: "恒瑞医药" inside "江苏恒瑞医药".
        if len(short) == 1 and len(long) == 1 and not short[0].isascii():
            inner, outer = sorted((short[0], long[0]), key=len)
            return len(inner) >= 2 and inner in outer
        return len(short) == 1 and len(short[0]) >= 5 and short[0] in long
    return long[: len(short)] == short


def _is_initialism(short: str, long: str) -> bool:
    """ "MSD" is Merck Sharp & Dohme, "J&J" Johnson & Johnson, "BMS" Bristol Myers Squibb.

    A text writes a company out once and by its initials elsewhere; the initials of every word
    of the full name (legal form aside) spell the short one, letter for letter.
    """
    if not re.fullmatch(r"[A-Z](?:&?[A-Z]){1,4}", short):
        return False
    words = [w for w in re.split(r"[\s&\-]+", _strip_legal(long)) if w and w.lower() != "and"]
    # "GSK" is GlaxoSmithKline: the capitals of a name written as one camel-case word are its
    # words' initials too.
    if len(words) == 1:
        words = re.findall(r"[A-Z][a-z]+", words[0])
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    return "".join(w[0] for w in words) == short.replace("&", "")
