"""Vocabularies: company suffixes, words that are never company names, exchanges, codes."""

# ruff: noqa: E501  (the regex tables read better one pattern per line than wrapped)
from __future__ import annotations

import re

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
# Korean press writes big pharma in Hangul without any business word ("베링거인겔하임과");
# these are found inside Hangul text directly, particles and all.
WELL_KNOWN_HANGUL: tuple[str, ...] = (
    "베링거인겔하임", "얀센", "존슨앤드존슨", "존슨앤존슨", "화이자", "노바티스", "머크", "사노피",
    "로슈", "제넨텍", "아스트라제네카", "일라이 릴리", "릴리", "길리어드", "다케다", "애브비",
    "암젠", "바이엘", "브리스톨마이어스스퀴브", "글락소스미스클라인", "다이이찌산쿄", "아스텔라스",
)  # fmt: skip
# Big pharma as Chinese press writes it (found directly: Chinese has no spaces).
WELL_KNOWN_CHINESE: tuple[str, ...] = (
    "默沙东", "默克", "辉瑞", "诺华", "阿斯利康", "罗氏", "赛诺菲", "葛兰素史克", "礼来",
    "百时美施贵宝", "武田", "勃林格殷格翰", "艾伯维", "安进", "强生", "杨森", "吉利德", "第一三共",
    "诺和诺德", "拜耳", "安斯泰来", "卫材", "渤健",
)  # fmt: skip
# Korean drugmakers named in Hangul: recognised, but not big pharma (they out-license more).
KNOWN_HANGUL_COMPANIES: tuple[str, ...] = (
    "유한양행", "한미약품", "셀트리온", "삼성바이오로직스", "삼성바이오에피스", "알테오젠",
    "에이비엘바이오", "레고켐바이오", "리가켐바이오", "대웅제약", "종근당", "녹십자", "GC녹십자",
)  # fmt: skip
# A single word that is an International Nonproprietary Name (ivonescimab, lazertinib,
# trastuzumab deruxtecan) names a drug even when a headline capitalises it.
_INN_WORD = re.compile(
    r"[a-z]{3,}(?:mab|tinib|ciclib|parib|glutide|tide|rsen|siran|tecan|vedotin|deruxtecan|lisib|"
    r"rafenib|stat|cel|gene|cept|kin|ase|tug|zomib|lukast|sartan|pril|olol|vir|vec|mig|gliflozin|"
    r"gliptin|platin|taxel|rubicin|limus|degib|sertib|metinib|anib|clidine|fermin|grel|grelor)",
    re.IGNORECASE,
)
# The second word of a two-word INN: the payload of an antibody-drug conjugate ("disitamab
# vedotin", "datopotamab deruxtecan") or a chemical modifier ("certolizumab pegol").
INN_SECOND_WORDS = (
    r"vedotin|deruxtecan|govitecan|tirumotecan|mafodotin|emtansine|ozogamicin|soravtansine|"
    r"tesirine|mertansine|pegol|alfa|beta|rezetecan|duocarmazine|pelidotin"
)
# Words that describe a drug or a programme in a Title Case headline ("Next-Generation
# Oncology Medicines", "Oral Lp(a) Inhibitor"): a name starting with one is not a company.
_DESCRIPTOR_WORDS = {
    "next-generation", "next-gen", "novel", "oral", "first-in-class", "best-in-class",
    "innovative", "investigational", "potential", "new", "bispecific", "trispecific",
    "multi-specific", "antibody", "antibodies", "inhibitor", "inhibitors", "agonist",
    "antagonist", "candidate", "candidates", "therapy", "therapies", "treatment", "treatments",
    "preclinical", "clinical", "late-stage", "early-stage", "subcutaneous", "long-acting",
    "cancer", "obesity", "rare", "three", "two", "four", "five", "seven", "several", "multiple",
    # Verbs of a Title Case headline ("... to Jointly Develop and Commercialize X", "Adding
    # Commercialized Medicine") begin a phrase, never a company name.
    "develop", "develops", "commercialize", "commercialise", "commercialized", "co-develop",
    "co-commercialize", "jointly", "adding", "add", "adds", "advance", "advances", "discover",
    "taken", "together",
    # "Rival Tessara Therapeutics", "Competitor Norvane": a description before the name.
    "rival", "rivals", "competitor", "competitors", "peer", "peers",
    # "Gilead Acquires Stake in Tizona": what a headline verb buys may be a share of a company.
    "stake", "stakes",
}  # fmt: skip

# Words that end a company name ("Zonsen PepLib Biotech", "Yuhan Corporation").
_COMPANY_SUFFIX = (
    r"Pharmaceuticals?|Pharma|Therapeutics|Biotherapeutics|Biotech(?:nology)?|Bio|Biosciences?|"
    r"Biologics|Biopharma(?:ceuticals?)?|Biomedical|Medicines?|Oncology|Sciences|Life Sciences|"
    r"Laboratories|Labs|Healthcare|Genomics|Genetics|Bioscience|Biotherapies|Biosolutions|"
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.,?\s?Ltd\.?|Co\.|Ltd\.?|Limited|LLC|plc|PLC|AG|"
    r"S\.A\.|SA|SE|N\.V\.|GmbH|K\.K\.|A/S|AB|ASA|Oy|S\.p\.A\.|B\.V\.|BV|Holdings|Group|"
    r"University|Institute|Hospital"
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
    "sa", "se", "nv", "gmbh", "kk", "holdings", "group", "a/s", "ab", "asa", "oy", "s.p.a",
    "b.v", "bv",
}  # fmt: skip
# Capitalised words that start sentences or name places, events and regulators, never parties.
_NOT_COMPANY = {
    # Sentence adverbs that open a clause ("Elsewhere, Pfizer and AstraZeneca reported ...").
    "elsewhere", "moreover", "furthermore", "overall", "likewise", "similarly", "nonetheless",
    "nevertheless",
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
    # "Rahway, N.J., USA", "Hong Kong Special Administrative Region": places, not parties.
    "usa", "u.s.a", "special", "administrative", "region", "sar", "province",
    # World regions a licence covers ("in Asia, the Middle East and Latin America").
    "latin", "americas", "middle", "east", "asia-pacific", "pacific",
    "africa", "oceania", "southeast", "emea", "apac", "nordic", "nordics",
}  # fmt: skip
_PLACE_WORDS = {
    "zurich", "london", "oxford", "tokyo", "osaka", "kyoto", "hangzhou", "suzhou", "shenzhen",
    "yantai", "daegu", "incheon", "pangyo", "paris", "munich", "copenhagen", "shanghai", "beijing",
    "basel", "boston", "cambridge", "seoul", "jiangsu", "zhejiang", "guangzhou", "nanjing",
}  # fmt: skip
# Title-case headline words that glue two names together ("Kangyuan Grants Veridia ...").
_HEADLINE_WORDS = {
    "grants", "grant", "acquire", "acquires", "announce", "announces", "announced", "enter",
    "enters", "sign", "signs", "license", "licenses", "in-licenses", "out-licenses",
    "out-license", "in-license", "licence", "licences", "to", "for", "with", "and",
    "agreement", "exclusive", "option", "global", "from", "of", "in", "on", "deal", "partner",
    "partners", "expand", "expands", "strategic", "collaboration", "completes", "complete",
    "buy", "buys", "by", "form", "forms", "ink", "inks", "strike", "strikes", "an", "a", "the",
    "pays", "pay", "bets", "bet", "lands", "land", "nabs", "snaps", "picks", "bags", "wins",
    "secures", "secure", "obtains", "taps", "tap", "joins", "join", "amend", "amends", "extend",
    "extends", "sells", "sell", "divests", "up", "into", "at", "over",
    # "Pfizer Invests in Vivet Therapeutics and Obtains Option to Acquire Company".
    "invests", "invest", "gains", "receives",
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
    r"NCT\d+|ANGPTL\d|Nectin-?\d|TIGIT|PI3K\w*|JAK\d|TYK\d|MAT2A|PRMT\d|SHP\d|SOS\d|PARP\d|"
    r"CDK\d+|BCL\d|MCL\d|IRAK\d|RIPK\d|NLRP\d|STAT\d|HIF\d\w?|IDH\d|FLT\d|ALK\d|GPRC5D|"
    r"Lp\w*|P\d|X\d|A\d|B\d|PRN\w*|UTC\d*|GMT\d*|KST\d*|MOU\d*)$",
    re.IGNORECASE,
)
_ASSET_CODE = re.compile(
    r"(?<![A-Za-z0-9-])(?:"
    # "ACI-24.060", "ACI-35.030": a family code with a three-digit member number after a dot
    # (not "CLDN18.2", a target with one digit after it).
    r"[A-Z]{2,6}-\d{1,3}\.\d{3}|"
    # "MORAb-202": a capitalised prefix ending in one lower-case letter, a hyphen and digits.
    r"[A-Z]{3,6}[a-z]-\d{2,5}|"
    # "MSB0010718C": a company prefix, a seven-digit compound number and a suffix letter.
    r"[A-Z]{2,4}\d{7}[A-Z]?|"
    # "CU06-1004": a series code (letters and digits) and a compound number after a hyphen.
    r"[A-Z]{2,6}\d{1,3}-\d{3,6}|"
    r"[A-Z]{1,6}[-‐–]?[A-Z]?\d{1,6}[A-Za-z]{0,2}|[A-Z]{2,6}-[A-Z]\d{1,4}|"
    r"[A-Z]{2,6}\d{1,2}[A-Z]\d{2,4}|"
    # "BL-B01D1", "9MW2821": a second letter-digit group, a digit head.
    r"[A-Z]{2,6}-[A-Z]\d{1,4}[A-Z]\d{1,2}|\d[A-Z]{1,3}\d{3,5}|"
    # "4D-150": a digit and one or two capitals (a company's own short name), a hyphen and the
    # compound number (not a year: "3Q-2025" is a quarter).
    r"\d[A-Z]{1,2}-(?!(?:19|20)\d\d\b)\d{2,4}(?![\w-])|"
    # A company prefix and a gene-like programme name: "ARO-DM1", "ARO-MMP7", "ARO-ATXN2", or
    # a platform tag and a compound number: "UB-VV111".
    r"[A-Z]{2,6}-[A-Z]{2,4}\d{1,2}|[A-Z]{2,6}-[A-Z]{2,3}\d{3,4}|"
    # A programme named by its format and target: "CART-ddBCMA", "HX-ddCD19" (a capitalised
    # prefix, a lower-case binder tag, the target's symbol).
    r"[A-Z]{2,6}-[a-z]{1,3}[A-Z]{2,6}\d{0,3}|"
    # A one-letter or short prefix, the target part and a format tag with its number:
    # "P-BCMA-ALLO1", "P-CD19CD20-ALLO1" (three parts, the last ending in digits).
    r"[A-Z]{1,6}-[A-Z][A-Z0-9]{1,11}-[A-Z]{2,6}\d{1,3}|"
    # An antisense drug named by company prefix, target and an "Rx" or "LRx" tag (the tag its
    # makers give every such drug): "AKCEA-ANGPTL3-LRx", "IONIS-SOD1Rx".
    r"[A-Z]{2,6}-[A-Z][A-Z0-9]{1,9}-?L?Rx|"
    # A target written with its bracketed isoform letter inside the code: "AKCEA-APO(a)-LRx",
    # "XYZ-LP(a)-Rx".
    r"[A-Z]{2,6}-[A-Z][A-Za-z0-9]{1,7}\([a-z]\)(?:-[A-Z][A-Za-z]{1,4})?|"
    # A platform-prefixed code with a lower-case head: "mRNA-4157", "mRNA-1273".
    r"[a-z][A-Z]{2,4}-\d{3,6}|"
    # "XmAb14045", "XmAb13676": a mixed-case platform prefix (two capitals, a lower-case
    # letter) and a compound number of four digits or more.
    r"(?=[A-Za-z]*[a-z])(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{2,4}\d{4,6}|"
    # An apostrophe between prefix and number: "TEV'574", "TEV’749".
    r"[A-Z]{2,5}['’]\d{2,5}|"
    # A radioligand: the isotope's mass number and symbol, then the ligand ("177Lu-PSMA-617",
    # "225Ac-FPI-2265", "68Ga-DOTATATE").
    r"\d{2,3}(?:Lu|Ac|Ga|Pb|Cu|Zr|In|Tc|Ra|Th|At|Y|I)-[A-Z][A-Za-z]{1,9}(?:-[A-Z]?\d{1,5}[A-Za-z]?)?)"
    r"(?![A-Za-z0-9-])"
)
_INN = re.compile(
    # "oligonucleotide", "polypeptide": chemistry words end like "-tide" but name no drug.
    r"\b(?![a-z]*(?:nucleotide|peptide)s?\b)[a-z]{4,}(?:mab|tinib|ciclib|parib|glutide|tide|rsen|siran|tecan|vedotin|deruxtecan|"
    r"lisib|rafenib|stat|zumab|ximab|umab|"
    # Fusion proteins, ADC antibodies, acid blockers, immunomodulators, cell therapies.
    r"cept|tug|prazan|imod|leucel|dotin|sertib|zomib|gliflozin|"
    # Endothelin antagonists, PPAR agonists, gliptins, sartans, antivirals, PDE5 inhibitors,
    # orexin antagonists, and the antibody and fusion stems of the 2021-2022 INN scheme
    # ("zigakibart", "tebentafusp"), and muscarinic agonists ("emraclidine").
    r"entan|ibranor|gliptin|glitazone|sartan|previr|buvir|tegravir|afil|orexant|bart|fusp|clidine|"
    # CGRP antagonists ("rimegepant"), AAV vectors ("abeparvovec", "neparvovec"), factor Xa and thrombin
    # inhibitors, platins, taxanes, hedgehog inhibitors and leukotriene antagonists.
    r"gepant|vovec|xaban|gatran|platin|taxel|degib|lukast|"
    # The other WHO stem families a deal names most: enzyme inhibitors ("vorasidenib",
    # "ivosidenib": any "-nib"), gene and cell therapies ("-vec", "-cel": "autotemcel",
    # "darvadstrocel"), heparins, statins, antivirals, beta-lactamase inhibitors and
    # antibiotics, antiandrogens, GnRH agents, anthracyclines, growth factors, neuroleptics,
    # antidepressants, triptans, setrons, calcium blockers, beta blockers, ACE inhibitors,
    # proton pump and azole antifungals, benzodiazepines, echinocandins, interleukin
    # antagonists, plasminogen activators. A "-gene" (etranacogene) is a drug only as the first
    # word of a gene therapy's two-word INN ("voretigene neparvovec"): "oncogene" is none.
    r"nib|vec|cel|parin|statin|vir|bactam|penem|cycline|mycin|oxacin|lutamide|golix|relin|"
    r"rubicin|grastim|poetin|apine|oxetine|triptan|setron|dipine|olol|pril|prazole|conazole|"
    r"zepam|fungin|kinra|plase|"
    # Estrogen receptor degraders ("elacestrant"), butyrophenone-type neuroleptics
    # ("lumateperone"), small-molecule GLP-1 agonists ("orforglipron"), CFTR modulators
    # ("ivacaftor"), NK1 antagonists ("aprepitant") and mRNA vaccines ("tozinameran").
    r"strant|perone|glipron|caftor|pitant|meran|"
    # Fibroblast growth factors ("palifermin", "pegozafermin") and P2Y12 platelet antagonists
    # ("clopidogrel", "ticagrelor").
    r"fermin|grel|grelor|"
    r"gene(?=\s+[a-z]{3,}(?:vec|cel)\b))\b"
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
