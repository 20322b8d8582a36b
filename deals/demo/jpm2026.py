"""The JPM 2026 deals of the demo data set, further well-known deals, the vocabularies and FX.

Every money term carries the source it comes from and, where one was at hand, the sentence
quoted from it. Sources are stored public copies of press releases and news reports that
were read while this file was written; where a company's own release URL was not known, the
source points at the company's newsroom index and says so in its title rather than
inventing a deep link. A title marked "(title paraphrased)" describes the article; its
original headline was not recorded.

Amounts are in the currency as reported. Won conversions printed by Korean outlets are kept
inside quotes and notes, never as amounts of their own. Undisclosed terms are rows with
``disclosed=False`` and no amount, never zero.
"""

# Source URLs cannot be wrapped, and the tables read best laid out by hand.
# ruff: noqa: E501
# fmt: off

from datetime import date
from decimal import Decimal

D = Decimal

# --- Vocabularies -------------------------------------------------------------------------

THERAPEUTIC_AREAS: list[dict] = [
    {"name": "Oncology", "slug": "oncology", "description": "Cancer."},
    {"name": "Neurology", "slug": "neurology", "description": "Diseases of the nervous system."},
    {"name": "Psychiatry", "slug": "psychiatry", "description": "Mental and mood disorders."},
    {"name": "Respiratory", "slug": "respiratory", "description": "Lung and airway diseases."},
]

# HGNC gene symbols; slugs are fixed so URLs stay stable even if a name is edited.
TARGETS: list[dict] = [
    {"name": "PD-1", "slug": "pd-1", "gene_symbol": "PDCD1",
     "description": "Programmed cell death protein 1, an immune checkpoint receptor."},
    {"name": "PD-L1", "slug": "pd-l1", "gene_symbol": "CD274",
     "description": "Programmed death-ligand 1, the main ligand of PD-1."},
    {"name": "VEGF-A", "slug": "vegf-a", "gene_symbol": "VEGFA",
     "description": "Vascular endothelial growth factor A, a driver of tumour angiogenesis."},
    {"name": "Amyloid beta", "slug": "amyloid-beta", "gene_symbol": "APP",
     "description": "Aβ peptide cleaved from amyloid precursor protein; forms Alzheimer's plaques."},
    {"name": "HER3", "slug": "her3", "gene_symbol": "ERBB3", "description": ""},
    {"name": "B7-H3", "slug": "b7-h3", "gene_symbol": "CD276", "description": ""},
    {"name": "CDH6", "slug": "cdh6", "gene_symbol": "CDH6", "description": "Cadherin 6."},
    {"name": "TROP2", "slug": "trop2", "gene_symbol": "TACSTD2", "description": ""},
    {"name": "FRα", "slug": "fra", "gene_symbol": "FOLR1", "description": "Folate receptor alpha."},
    {"name": "Nectin-4", "slug": "nectin-4", "gene_symbol": "NECTIN4", "description": ""},
    {"name": "PSMA", "slug": "psma", "gene_symbol": "FOLH1",
     "description": "Prostate-specific membrane antigen."},
    {"name": "IGF1R", "slug": "igf1r", "gene_symbol": "IGF1R",
     "description": "Insulin-like growth factor 1 receptor, used as a blood-brain-barrier shuttle."},
]

EU_MEMBER_STATES = sorted([
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
])

REGIONS: list[dict] = [
    {"code": "WW", "name": "Worldwide", "slug": "worldwide", "countries": [],
     "description": "Every country; no list needed."},
    {"code": "GREATER_CHINA", "name": "Greater China", "slug": "greater-china",
     "countries": ["CN", "HK", "MO", "TW"],
     "description": "Mainland China, Hong Kong, Macau and Taiwan, as deal territories use it."},
    {"code": "EU", "name": "European Union", "slug": "european-union",
     "countries": EU_MEMBER_STATES, "description": "The 27 member states."},
]

# --- FX reference rates -------------------------------------------------------------------
# USD per one unit, on the first day of each month from January 2023 to January 2026.
# These are approximate reference values (rounded month-start levels), good enough to put
# demo deals on one scale; they are not official fixings and say so in their source.
_FX_FIRST_MONTH = (2023, 1)
_FX_MONTHLY: dict[str, list[str]] = {
    "EUR": [
        "1.070", "1.087", "1.058", "1.090", "1.100", "1.070", "1.090", "1.100", "1.085", "1.057", "1.057", "1.090",  # 2023
        "1.105", "1.082", "1.080", "1.080", "1.068", "1.082", "1.072", "1.082", "1.106", "1.113", "1.088", "1.058",  # 2024
        "1.035", "1.035", "1.040", "1.080", "1.130", "1.135", "1.175", "1.145", "1.170", "1.170", "1.155", "1.160",  # 2025
        "1.172",  # 2026
    ],
    "GBP": [
        "1.209", "1.235", "1.203", "1.240", "1.250", "1.245", "1.270", "1.280", "1.265", "1.220", "1.218", "1.265",
        "1.273", "1.265", "1.262", "1.262", "1.250", "1.275", "1.265", "1.280", "1.315", "1.330", "1.292", "1.272",
        "1.250", "1.240", "1.260", "1.290", "1.330", "1.345", "1.370", "1.320", "1.350", "1.345", "1.315", "1.325",
        "1.345",
    ],
    "CHF": [
        "1.082", "1.090", "1.070", "1.095", "1.115", "1.100", "1.120", "1.140", "1.130", "1.095", "1.100", "1.145",
        "1.190", "1.160", "1.130", "1.105", "1.090", "1.110", "1.110", "1.140", "1.180", "1.185", "1.160", "1.135",
        "1.105", "1.100", "1.110", "1.130", "1.205", "1.215", "1.260", "1.230", "1.250", "1.255", "1.240", "1.245",
        "1.262",
    ],
    "CNY": [
        "0.1450", "0.1475", "0.1445", "0.1450", "0.1445", "0.1405", "0.1385", "0.1395", "0.1370", "0.1370", "0.1370", "0.1400",
        "0.1405", "0.1390", "0.1390", "0.1382", "0.1380", "0.1380", "0.1375", "0.1390", "0.1410", "0.1425", "0.1405", "0.1378",
        "0.1370", "0.1365", "0.1373", "0.1375", "0.1375", "0.1390", "0.1395", "0.1390", "0.1400", "0.1405", "0.1405", "0.1415",
        "0.1430",
    ],
    "KRW": [
        "0.000790", "0.000810", "0.000768", "0.000760", "0.000753", "0.000765", "0.000772", "0.000785", "0.000752", "0.000740", "0.000742", "0.000772",
        "0.000768", "0.000750", "0.000750", "0.000742", "0.000728", "0.000727", "0.000722", "0.000731", "0.000750", "0.000758", "0.000722", "0.000717",
        "0.000680", "0.000686", "0.000688", "0.000680", "0.000710", "0.000730", "0.000738", "0.000722", "0.000720", "0.000712", "0.000700", "0.000685",
        "0.000682",
    ],
    "JPY": [
        "0.00765", "0.00770", "0.00735", "0.00750", "0.00735", "0.00715", "0.00695", "0.00700", "0.00685", "0.00670", "0.00668", "0.00680",
        "0.00710", "0.00680", "0.00668", "0.00660", "0.00642", "0.00636", "0.00622", "0.00668", "0.00695", "0.00697", "0.00660", "0.00662",
        "0.00636", "0.00640", "0.00668", "0.00668", "0.00697", "0.00695", "0.00695", "0.00667", "0.00680", "0.00676", "0.00650", "0.00642",
        "0.00638",
    ],
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _fx_rows() -> list[dict]:
    """Expand the monthly table into FxRate rows, USD included at 1 by definition."""
    count = len(next(iter(_FX_MONTHLY.values())))
    rows: list[dict] = []
    for i in range(count):
        year, month = divmod(_FX_FIRST_MONTH[1] - 1 + i, 12)
        year, month = _FX_FIRST_MONTH[0] + year, month + 1
        label = f"approximate reference rate, {_MONTHS[month - 1]} {year}"
        rows.append({"currency": "USD", "date": date(year, month, 1), "usd_per_unit": D(1),
                     "source": "US dollar: 1 by definition"})
        for currency, rates in _FX_MONTHLY.items():
            rows.append({
                "currency": currency, "date": date(year, month, 1), "usd_per_unit": D(rates[i]),
                "source": f"{label} (rounded month-start level, not an official fixing)",
            })
    return rows


FX_RATES: list[dict] = _fx_rows()

# --- Companies ----------------------------------------------------------------------------
# Parents come before their subsidiaries: the loader resolves ``parent`` by slug in order.
# Aliases are (name, kind); kinds are CompanyAlias.Kind values.

COMPANIES: list[dict] = [
    {"slug": "abbvie", "name": "AbbVie", "legal_name": "AbbVie Inc.", "country": "US",
     "city": "North Chicago", "company_type": "big_pharma", "ownership": "public",
     "website": "https://www.abbvie.com", "listings": [("NYSE", "ABBV")],
     "aliases": [("애브비", "other")], "description": "US biopharmaceutical company."},
    {"slug": "novartis", "name": "Novartis", "legal_name": "Novartis AG", "country": "CH",
     "city": "Basel", "company_type": "big_pharma", "ownership": "public",
     "website": "https://www.novartis.com", "listings": [("SIX", "NOVN"), ("NYSE", "NVS")],
     "aliases": [("노바티스", "other")], "description": "Swiss pharmaceutical company."},
    {"slug": "remegen", "name": "RemeGen", "legal_name": "RemeGen Co., Ltd.",
     "local_name": "荣昌生物", "country": "CN", "city": "Yantai", "company_type": "biotech",
     "ownership": "public", "website": "https://www.remegen.com",
     "listings": [("SSE", "688331"), ("HKEX", "9995")],
     "aliases": [("荣昌生物", "local"), ("레미젠", "other")],
     "description": "Chinese biopharmaceutical company based in Yantai, Shandong; listed on "
                    "the Shanghai STAR Market and in Hong Kong."},
    {"slug": "scineuro-pharmaceuticals", "name": "SciNeuro Pharmaceuticals", "country": "CN",
     "company_type": "biotech", "ownership": "private",
     # The Korean JPM 2026 wrap-up spelled the name "Sineuro"; Korean TV news transliterated it.
     "aliases": [("Sineuro", "spelling"), ("SciNeuro", "abbreviation"),
                 ("사이뉴로파마슈티컬스", "other")],
     "description": "Privately held neuroscience company with operations in China and the "
                    "United States, founded in 2020."},
    {"slug": "zonsen-peplib-biotech", "name": "Zonsen PepLib Biotech", "country": "CN",
     "company_type": "biotech", "aliases": [("PepLib", "abbreviation")],
     "description": "Chinese biotech founded in 2017 working on peptide-based therapies, "
                    "including peptide-radionuclide conjugates."},
    {"slug": "alteogen", "name": "Alteogen", "legal_name": "Alteogen Inc.", "country": "KR",
     "company_type": "biotech", "ownership": "public", "website": "https://www.alteogen.com",
     "listings": [("KOSDAQ", "196170")], "aliases": [("알테오젠", "local")],
     "description": "Korean biotech; owner of the ALT-B4 hyaluronidase (Hybrozyme) platform "
                    "that turns intravenous drugs into subcutaneous ones."},
    {"slug": "abl-bio", "name": "ABL Bio", "legal_name": "ABL Bio Inc.", "country": "KR",
     "city": "Seongnam", "company_type": "biotech", "ownership": "public",
     "website": "https://www.ablbio.com", "listings": [("KOSDAQ", "298380")],
     "aliases": [("에이비엘바이오", "local")],
     "description": "Korean bispecific-antibody company; its Grabody-B platform shuttles "
                    "antibodies across the blood-brain barrier through IGF1R."},
    {"slug": "merck-and-co", "name": "Merck & Co.", "legal_name": "Merck & Co., Inc.",
     "country": "US", "city": "Rahway", "company_type": "big_pharma", "ownership": "public",
     "website": "https://www.merck.com", "listings": [("NYSE", "MRK")],
     "aliases": [("MSD", "abbreviation"), ("Merck", "other")],
     "description": "US pharmaceutical company, known as MSD outside the United States and "
                    "Canada (not Merck KGaA of Darmstadt)."},
    {"slug": "lanova-medicines", "name": "LaNova Medicines", "legal_name": "LaNova Medicines Ltd.",
     "country": "CN", "city": "Shanghai", "company_type": "biotech", "ownership": "private",
     "description": "Privately held Shanghai biotech founded in 2019."},
    {"slug": "pfizer", "name": "Pfizer", "legal_name": "Pfizer Inc.", "country": "US",
     "city": "New York", "company_type": "big_pharma", "ownership": "public",
     "website": "https://www.pfizer.com", "listings": [("NYSE", "PFE")],
     "aliases": [("화이자", "other")], "description": "US pharmaceutical company."},
    {"slug": "3sbio", "name": "3SBio", "legal_name": "3SBio Inc.", "country": "CN",
     "city": "Shenyang", "company_type": "mid_pharma", "ownership": "public",
     "listings": [("HKEX", "1530")], "aliases": [("三生制药", "local")],
     "description": "Chinese biopharmaceutical group; signs through subsidiaries such as "
                    "Shenyang Sunshine Pharmaceutical."},
    {"slug": "gsk", "name": "GSK", "legal_name": "GSK plc", "country": "GB", "city": "London",
     "company_type": "big_pharma", "ownership": "public", "website": "https://www.gsk.com",
     "listings": [("LSE", "GSK"), ("NYSE", "GSK")],
     "aliases": [("GlaxoSmithKline", "former")], "description": "British pharmaceutical company."},
    {"slug": "tesaro", "name": "Tesaro", "legal_name": "Tesaro, Inc.", "country": "US",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "gsk",
     "aliases": [("테사로", "other")], "description": "Oncology company owned by GSK since 2019."},
    {"slug": "hengrui-pharma", "name": "Hengrui Pharma",
     "legal_name": "Jiangsu Hengrui Pharmaceuticals Co., Ltd.", "local_name": "恒瑞医药",
     "country": "CN", "city": "Lianyungang", "company_type": "mid_pharma", "ownership": "public",
     "listings": [("SSE", "600276"), ("HKEX", "1276")],
     "aliases": [("恒瑞医药", "local"), ("Jiangsu Hengrui", "other")],
     "description": "Chinese pharmaceutical company."},
    {"slug": "daiichi-sankyo", "name": "Daiichi Sankyo", "legal_name": "Daiichi Sankyo Co., Ltd.",
     "local_name": "第一三共", "country": "JP", "city": "Tokyo", "company_type": "big_pharma",
     "ownership": "public", "website": "https://www.daiichisankyo.com",
     "listings": [("TSE", "4568")], "aliases": [("第一三共", "local")],
     "description": "Japanese pharmaceutical company; developer of the DXd ADC technology."},
    {"slug": "biontech", "name": "BioNTech", "legal_name": "BioNTech SE", "country": "DE",
     "city": "Mainz", "company_type": "biotech", "ownership": "public",
     "website": "https://www.biontech.com", "listings": [("NASDAQ", "BNTX")],
     "description": "German biotechnology company."},
    {"slug": "bristol-myers-squibb", "name": "Bristol Myers Squibb",
     "legal_name": "Bristol-Myers Squibb Company", "country": "US", "city": "Princeton",
     "company_type": "big_pharma", "ownership": "public", "website": "https://www.bms.com",
     "listings": [("NYSE", "BMY")], "aliases": [("BMS", "abbreviation")],
     "description": "US pharmaceutical company."},
    {"slug": "biotheus", "name": "Biotheus", "country": "CN", "company_type": "biotech",
     "ownership": "subsidiary", "parent": "biontech",
     "description": "Chinese antibody company; originator of PM8002 (BNT327). An indirect "
                    "subsidiary of BioNTech since the acquisition completed."},
    {"slug": "johnson-johnson", "name": "Johnson & Johnson", "country": "US",
     "city": "New Brunswick", "company_type": "big_pharma", "ownership": "public",
     "website": "https://www.jnj.com", "listings": [("NYSE", "JNJ")],
     "aliases": [("J&J", "abbreviation")], "description": "US healthcare company."},
    {"slug": "janssen-biotech", "name": "Janssen Biotech", "legal_name": "Janssen Biotech, Inc.",
     "country": "US", "company_type": "big_pharma", "ownership": "subsidiary",
     "parent": "johnson-johnson", "aliases": [("Janssen", "abbreviation")],
     "description": "A Johnson & Johnson company."},
    {"slug": "ligachem-biosciences", "name": "LigaChem Biosciences",
     "legal_name": "LigaChem Biosciences Inc.", "country": "KR", "city": "Daejeon",
     "company_type": "biotech", "ownership": "public", "listings": [("KOSDAQ", "141080")],
     # Renamed from LegoChem Biosciences in 2024: deals signed before then name the old one.
     "aliases": [("LegoChem Biosciences", "former"), ("LCB", "abbreviation"),
                 ("리가켐바이오", "local"), ("레고켐바이오", "former")],
     "description": "Korean ADC company, called LegoChem Biosciences until 2024."},
    {"slug": "immunogen", "name": "ImmunoGen", "legal_name": "ImmunoGen, Inc.", "country": "US",
     "city": "Waltham", "company_type": "biotech", "ownership": "subsidiary", "parent": "abbvie",
     "description": "ADC company; maker of Elahere. Part of AbbVie since February 2024."},
    {"slug": "seagen", "name": "Seagen", "legal_name": "Seagen Inc.", "country": "US",
     "city": "Bothell", "company_type": "biotech", "ownership": "subsidiary", "parent": "pfizer",
     "aliases": [("Seattle Genetics", "former")],
     "description": "ADC company. Part of Pfizer since December 2023."},
    {"slug": "mariana-oncology", "name": "Mariana Oncology", "country": "US", "city": "Watertown",
     "company_type": "biotech",
     "description": "Radioligand therapy company acquired by Novartis (announced May 2024)."},
    {"slug": "astrazeneca", "name": "AstraZeneca", "legal_name": "AstraZeneca PLC",
     "country": "GB", "city": "Cambridge", "company_type": "big_pharma", "ownership": "public",
     "website": "https://www.astrazeneca.com", "listings": [("LSE", "AZN"), ("NASDAQ", "AZN")],
     "aliases": [("아스트라제네카", "other")],
     "description": "British-Swedish pharmaceutical company; MedImmune is its biologics arm."},
    {"slug": "fusion-pharmaceuticals", "name": "Fusion Pharmaceuticals",
     "legal_name": "Fusion Pharmaceuticals Inc.", "country": "CA", "city": "Hamilton",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "astrazeneca",
     "description": "Actinium-based radioconjugate company. Part of AstraZeneca since June 2024."},
    {"slug": "ambrx-biopharma", "name": "Ambrx Biopharma", "legal_name": "Ambrx Biopharma, Inc.",
     "country": "US", "city": "La Jolla", "company_type": "biotech", "ownership": "subsidiary",
     "parent": "johnson-johnson",
     "description": "Synthetic-biology ADC company. Part of Johnson & Johnson since March 2024."},
    {"slug": "intra-cellular-therapies", "name": "Intra-Cellular Therapies",
     "legal_name": "Intra-Cellular Therapies, Inc.", "country": "US", "city": "Bedminster",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "johnson-johnson",
     "description": "CNS company; maker of Caplyta. Part of Johnson & Johnson since April 2025."},
    {"slug": "morphosys", "name": "MorphoSys", "legal_name": "MorphoSys AG", "country": "DE",
     "company_type": "biotech",
     "description": "German biopharmaceutical company; Novartis agreed to acquire it in 2024."},
]

# --- Assets -------------------------------------------------------------------------------
# ``owner`` is the originator. ``highest_phase`` is left empty unless a source above states it;
# each deal keeps its own phase at signing.

ASSETS: list[dict] = [
    {"slug": "rc148", "name": "RC148", "owner": "remegen", "modality": "bispecific",
     "targets": ["PD-1", "VEGF-A"], "therapeutic_areas": ["Oncology"],
     "indications": "Advanced solid tumours, including non-small cell lung cancer and "
                    "colorectal cancer",
     "description": "PD-1 × VEGF bispecific antibody, developed as monotherapy and in "
                    "combination (including with ADCs)."},
    {"slug": "scineuro-abeta-shuttle-program", "name": "SciNeuro anti-amyloid-beta brain-shuttle program",
     "owner": "scineuro-pharmaceuticals", "modality": "monoclonal_antibody",
     "targets": ["Amyloid beta"], "therapeutic_areas": ["Neurology"],
     "indications": "Alzheimer's disease", "highest_phase": "preclinical",
     "description": "Anti-Aβ antibody candidates carrying SciNeuro's blood-brain-barrier "
                    "shuttle technology. The announcement did not name a candidate."},
    {"slug": "zonsen-peplib-peptide-rlt", "name": "Zonsen PepLib peptide radioligand candidates",
     "owner": "zonsen-peplib-biotech", "modality": "radioligand",
     "therapeutic_areas": ["Oncology"],
     "description": "Peptide-based radioligand therapy candidates; candidate, target and stage "
                    "were not disclosed."},
    {"slug": "alt-b4", "name": "ALT-B4", "owner": "alteogen", "modality": "platform",
     "is_platform": True, "aliases": [("ALTB4", "code"), ("Hybrozyme", "other")],
     "description": "Recombinant human hyaluronidase (Hybrozyme technology) that lets drugs "
                    "given intravenously be given subcutaneously."},
    {"slug": "lm-299", "name": "LM-299", "owner": "lanova-medicines", "modality": "bispecific",
     "targets": ["PD-1", "VEGF-A"], "therapeutic_areas": ["Oncology"],
     "aliases": [("LM299", "code")],
     "description": "Anti-VEGF antibody linked to two C-terminal single-domain anti-PD-1 "
                    "antibodies."},
    {"slug": "ssgj-707", "name": "SSGJ-707", "owner": "3sbio", "modality": "bispecific",
     "targets": ["PD-1", "VEGF-A"], "therapeutic_areas": ["Oncology"],
     "indications": "Non-small cell lung cancer, metastatic colorectal cancer, gynaecological "
                    "tumours", "aliases": [("SSGJ707", "code")],
     "description": "PD-1 × VEGF bispecific antibody from 3SBio's CLF2 platform."},
    {"slug": "hrs-9821", "name": "HRS-9821", "owner": "hengrui-pharma",
     "modality": "small_molecule", "therapeutic_areas": ["Respiratory"],
     "indications": "Chronic obstructive pulmonary disease (add-on maintenance)",
     "description": "Inhaled PDE3/4 inhibitor (dry-powder inhaler)."},
    {"slug": "patritumab-deruxtecan", "name": "patritumab deruxtecan", "owner": "daiichi-sankyo",
     "modality": "adc", "targets": ["HER3"], "therapeutic_areas": ["Oncology"],
     "aliases": [("HER3-DXd", "code"), ("U3-1402", "code")],
     "indications": "EGFR-mutated non-small cell lung cancer"},
    {"slug": "ifinatamab-deruxtecan", "name": "ifinatamab deruxtecan", "owner": "daiichi-sankyo",
     "modality": "adc", "targets": ["B7-H3"], "therapeutic_areas": ["Oncology"],
     "aliases": [("I-DXd", "code"), ("DS-7300", "code")]},
    {"slug": "raludotatug-deruxtecan", "name": "raludotatug deruxtecan", "owner": "daiichi-sankyo",
     "modality": "adc", "targets": ["CDH6"], "therapeutic_areas": ["Oncology"],
     "aliases": [("R-DXd", "code"), ("DS-6000", "code")]},
    {"slug": "bnt327", "name": "BNT327", "owner": "biotheus", "modality": "bispecific",
     "targets": ["PD-L1", "VEGF-A"], "therapeutic_areas": ["Oncology"],
     "aliases": [("PM8002", "code"), ("BNT-327", "code")],
     "indications": "Small cell and non-small cell lung cancer, triple-negative breast cancer",
     "description": "PD-L1 × VEGF-A bispecific antibody, originated by Biotheus as PM8002."},
    {"slug": "lcb84", "name": "LCB84", "owner": "ligachem-biosciences", "modality": "adc",
     "targets": ["TROP2"], "therapeutic_areas": ["Oncology"], "aliases": [("LCB-84", "code")],
     "description": "TROP2-directed ADC using LigaChem's ADC platform and a TROP2 antibody "
                    "licensed from Mediterranea Theranostic."},
    {"slug": "mirvetuximab-soravtansine", "name": "mirvetuximab soravtansine", "owner": "immunogen",
     "modality": "adc", "targets": ["FRα"], "therapeutic_areas": ["Oncology"],
     "highest_phase": "approved", "aliases": [("Elahere", "brand"), ("IMGN853", "code")],
     "indications": "FRα-positive platinum-resistant ovarian cancer"},
    {"slug": "enfortumab-vedotin", "name": "enfortumab vedotin", "owner": "seagen",
     "modality": "adc", "targets": ["Nectin-4"], "therapeutic_areas": ["Oncology"],
     "highest_phase": "approved", "aliases": [("Padcev", "brand")],
     "indications": "Urothelial cancer"},
    {"slug": "mc-339", "name": "MC-339", "owner": "mariana-oncology", "modality": "radioligand",
     "therapeutic_areas": ["Oncology"], "indications": "Small cell lung cancer",
     "description": "Actinium-based radioligand therapy."},
    {"slug": "fpi-2265", "name": "FPI-2265", "owner": "fusion-pharmaceuticals",
     "modality": "radioligand", "targets": ["PSMA"], "therapeutic_areas": ["Oncology"],
     "indications": "Metastatic castration-resistant prostate cancer",
     "description": "Actinium-225 PSMA-targeted radioconjugate."},
    {"slug": "arx517", "name": "ARX517", "owner": "ambrx-biopharma", "modality": "adc",
     "targets": ["PSMA"], "therapeutic_areas": ["Oncology"],
     "indications": "Metastatic castration-resistant prostate cancer"},
    {"slug": "lumateperone", "name": "lumateperone", "owner": "intra-cellular-therapies",
     "modality": "small_molecule", "therapeutic_areas": ["Psychiatry"],
     "highest_phase": "approved", "aliases": [("Caplyta", "brand"), ("ITI-007", "code")],
     "indications": "Schizophrenia; bipolar I and II depression"},
    {"slug": "pelabresib", "name": "pelabresib", "owner": "morphosys",
     "modality": "small_molecule", "therapeutic_areas": ["Oncology"],
     "aliases": [("CPI-0610", "code")], "indications": "Myelofibrosis",
     "description": "BET inhibitor."},
    {"slug": "grabody-b", "name": "Grabody-B", "owner": "abl-bio", "modality": "bispecific",
     "is_platform": True, "targets": ["IGF1R"], "therapeutic_areas": ["Neurology"],
     "description": "Bispecific blood-brain-barrier shuttle platform binding IGF1R."},
]

# --- Deals --------------------------------------------------------------------------------
# Each deal lists its sources first (``key`` is local to the deal); headline, payments,
# royalty and events point at a source by that key. Payment ``order`` is the natural key of a
# payment within its deal. Kinds and roles are the model's choice values.

_WOWTV_JPM26 = "https://www.wowtv.co.kr/NewsCenter/News/Read?articleId=2026011383211"
_WOWTV_TITLE = (
    "한국경제TV report on the first day of JPMHC 2026: Chinese biotechs license to AbbVie and "
    "Novartis (title paraphrased)"
)
_NOVARTIS_NEWSROOM = "https://www.novartis.com/news/media-releases"

DEALS: list[dict] = [
    # ---------------------------------------------------------------- JPM 2026 -----------
    {
        "slug": "abbvie-remegen-rc148-2026",
        "title": "AbbVie licenses RC148 (PD-1 × VEGF bispecific) from RemeGen",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2026, 1, 12), "conference": "jpm-2026",
        "summary": "AbbVie takes exclusive rights to develop, manufacture and commercialise "
                   "RemeGen's PD-1 × VEGF bispecific RC148 outside Greater China, where RemeGen "
                   "keeps the rights. Korean news reported the deal as up to $5.6B "
                   "(≈ ₩8.2T): $650M upfront plus up to $4.95B in development, regulatory and "
                   "commercial milestones, with tiered double-digit royalties outside Greater China.",
        "sources": [
            {"key": "ko_news", "url": _WOWTV_JPM26, "publisher": "한국경제TV (Korea Economic TV)",
             "title": _WOWTV_TITLE, "published_on": date(2026, 1, 13), "language": "ko",
             "quote": "12일(현지시간) 애브비는 JPMHC 2026에서 중국 바이오 기업 레미젠의 이중항체 "
                      "항암제 후보물질 ‘RC148’을 최대 56억달러(약 8조2000억원)에 도입하는 계약을 "
                      "체결했다고 발표했다."},
            {"key": "reuters", "url": "https://www.tradingkey.com/news/more-news/261466070-reuters",
             "publisher": "Reuters (via TradingKey)",
             "title": "AbbVie partners with China's RemeGen on experimental tumor treatment",
             "published_on": date(2026, 1, 12), "language": "en",
             "quote": "RemeGen will receive $650 million upfront and is eligible for up to $4.95 "
                      "billion in aggregate milestone payments, along with tiered, double-digit "
                      "royalties on net sales of RC148 outside the Greater China territory."},
            {"key": "abbvie", "url": "https://news.abbvie.com/", "publisher": "AbbVie",
             "title": "AbbVie news release of 12 Jan 2026 on the exclusive RC148 license from "
                      "RemeGen (AbbVie newsroom; the release's own URL is not recorded here)",
             "published_on": date(2026, 1, 12), "language": "en", "quote": ""},
        ],
        "headline": {"amount": D("5_600_000_000"), "currency": "USD", "source": "ko_news",
                     "quote": "최대 56억달러(약 8조2000억원)에 도입하는 계약"},
        "parties": [
            {"company": "remegen", "role": "licensor"},
            {"company": "abbvie", "role": "licensee"},
        ],
        "assets": [{"asset": "rc148"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("650_000_000"), "currency": "USD",
             "source": "reuters", "quote": "RemeGen will receive $650 million upfront"},
            {"order": 1, "kind": "milestones", "amount": D("4_950_000_000"), "currency": "USD",
             "source": "reuters",
             "quote": "is eligible for up to $4.95 billion in aggregate milestone payments",
             "note": "Development, regulatory and commercial milestones combined."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "reuters",
                    "wording": "tiered, double-digit royalties on net sales of RC148 outside "
                               "the Greater China territory"},
        "events": [{"kind": "announced", "date": date(2026, 1, 12), "source": "reuters",
                    "description": "Announced on the first day of JPM 2026 (San Francisco time)."}],
    },
    {
        "slug": "novartis-scineuro-abeta-shuttle-2026",
        "title": "Novartis licenses SciNeuro's brain-shuttle anti-amyloid-beta antibody program",
        "deal_type": "license", "exclusive": None, "status": "announced",
        "announced_on": date(2026, 1, 12), "conference": "jpm-2026",
        "summary": "Global license and collaboration for SciNeuro's anti-amyloid-beta antibody "
                   "program built on its blood-brain-barrier shuttle, for Alzheimer's disease. The "
                   "companies collaborate in early development; Novartis then leads development "
                   "and commercialisation worldwide. $165M upfront, research funding, up to $1.5B "
                   "in milestones and tiered royalties. Korean news reported up to $1.7B "
                   "(≈ ₩2.5T) and spelled the licensor \"Sineuro\". No candidate was named.",
        "sources": [
            {"key": "ko_news", "url": _WOWTV_JPM26, "publisher": "한국경제TV (Korea Economic TV)",
             "title": _WOWTV_TITLE, "published_on": date(2026, 1, 13), "language": "ko",
             "quote": "노바티스는 중국 기반 바이오테크 기업 사이뉴로파마슈티컬스로부터 알츠하이머병 "
                      "치료제를 뇌로 전달하는 항체 기술을 최대 17억달러(약 2조5000억원)에 도입하는 "
                      "계약을 체결했다고 발표했다."},
            {"key": "reuters",
             "url": "https://srnnews.com/scineuro-novartis-sign-1-7-billion-licensing-deal-to-develop-alzheimers-drugs",
             "publisher": "Reuters (via SRN News)",
             "title": "SciNeuro, Novartis sign $1.7 billion licensing deal to develop Alzheimer's drugs",
             "published_on": date(2026, 1, 12), "language": "en",
             "quote": "Under the agreement, SciNeuro will receive $165 million upfront and could "
                      "earn up to $1.5 billion tied to development, regulatory and sales "
                      "milestones along with royalties on future sales."},
            {"key": "vcbeat", "url": "https://www.vcbeatglobal.com/article/2347",
             "publisher": "VCBeat",
             "title": "SciNeuro and Novartis strike up to $1.67B deal for next-gen Alzheimer’s "
                      "disease therapeutics",
             "published_on": date(2026, 1, 13), "language": "en",
             "quote": "Additionally, SciNeuro is eligible to receive research funding, potential "
                      "development, regulatory, and commercial milestone payments of up to $1.5 "
                      "billion, as well as tiered royalties. The total value of this collaboration "
                      "amounts to $1.665 billion, approximately RMB 11.6 billion. The transaction "
                      "is expected to be completed in the first half of 2026."},
            {"key": "novartis", "url": _NOVARTIS_NEWSROOM, "publisher": "Novartis",
             "title": "Novartis media releases (newsroom index), cited for the companies' "
                      "12 Jan 2026 announcement of the SciNeuro license; that release's own URL "
                      "is not recorded here",
             "published_on": date(2026, 1, 12), "language": "en", "quote": ""},
        ],
        "headline": {"amount": D("1_700_000_000"), "currency": "USD", "source": "ko_news",
                     "quote": "최대 17억달러(약 2조5000억원)에 도입하는 계약"},
        "parties": [
            {"company": "scineuro-pharmaceuticals", "role": "licensor",
             "name_as_reported": "Sineuro"},
            {"company": "novartis", "role": "licensee"},
        ],
        "assets": [{"asset": "scineuro-abeta-shuttle-program", "phase_at_signing": "preclinical"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("165_000_000"), "currency": "USD",
             "source": "reuters", "quote": "SciNeuro will receive $165 million upfront"},
            {"order": 1, "kind": "research_funding", "disclosed": False, "source": "vcbeat",
             "quote": "SciNeuro is eligible to receive research funding",
             "note": "Amount not disclosed."},
            {"order": 2, "kind": "milestones", "amount": D("1_500_000_000"), "currency": "USD",
             "source": "reuters",
             "quote": "could earn up to $1.5 billion tied to development, regulatory and sales "
                      "milestones",
             "note": "Development, regulatory and sales milestones combined."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "vcbeat",
                    "wording": "tiered royalties"},
        "events": [
            {"kind": "announced", "date": date(2026, 1, 12), "source": "reuters",
             "description": "Announced at the start of JPM 2026."},
            {"kind": "other", "date": None, "source": "vcbeat",
             "description": "Closing expected in the first half of 2026 (H1 2026), subject to "
                            "customary clearances; not yet closed when recorded."},
        ],
    },
    {
        "slug": "novartis-zonsen-peplib-rlt-2026",
        "title": "Novartis licenses peptide radioligand candidates from Zonsen PepLib",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2026, 1, 13), "conference": "jpm-2026",
        "summary": "Global exclusive license to Zonsen PepLib's peptide-based radioligand therapy "
                   "candidates for cancer, to complement Novartis' RLT portfolio. $50M upfront; "
                   "development, regulatory and sales milestones and tiered royalties were not "
                   "disclosed, nor were the candidate, its target or its stage.",
        "analyst_notes": "Date follows the Korean JPM 2026 wrap-up (13 Jan, Seoul); trade press "
                         "referred to a 'Monday release', i.e. 12 Jan in San Francisco.",
        "sources": [
            {"key": "trade", "url": "https://synapse.zhihuiya.com/organization/0622ed1713cd764229b912dd3c05a243",
             "publisher": "Patsnap Synapse",
             "title": "Zonsen PepLib Biotech organisation page, carrying a trade-press report of "
                      "the Novartis license (publication date approximate)",
             "published_on": date(2026, 1, 13), "language": "en",
             "quote": "Novartis is paying $50 million upfront to license a peptide-based "
                      "radiopharmaceutical asset from China-headquartered Zonsen PepLib Biotech."},
        ],
        "headline": None,
        "parties": [
            {"company": "zonsen-peplib-biotech", "role": "licensor"},
            {"company": "novartis", "role": "licensee"},
        ],
        "assets": [{"asset": "zonsen-peplib-peptide-rlt"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("50_000_000"), "currency": "USD",
             "source": "trade", "quote": "Novartis is paying $50 million upfront",
             "note": "The Korean JPM 2026 wrap-up converted this as ≈ ₩74B."},
            {"order": 1, "kind": "development_milestones", "disclosed": False, "source": "trade",
             "quote": "PepLib could get an undisclosed amount in milestones"},
            {"order": 2, "kind": "regulatory_milestones", "disclosed": False, "source": "trade",
             "quote": "PepLib could get an undisclosed amount in milestones"},
            {"order": 3, "kind": "commercial_milestones", "disclosed": False, "source": "trade",
             "quote": "PepLib could get an undisclosed amount in milestones",
             "note": "Sales milestones."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "trade",
                    "wording": "tiered royalties on future sales (rates not disclosed)"},
        "events": [],
    },
    {
        "slug": "alteogen-alt-b4-negotiation-2026",
        "title": "Alteogen in final-stage negotiation to license ALT-B4 to an undisclosed partner",
        "deal_type": "platform_license", "exclusive": None, "status": "negotiation",
        "announced_on": date(2026, 1, 15), "conference": "jpm-2026",
        "summary": "At JPM 2026 (15 Jan, San Francisco time) Alteogen's CEO said a further ALT-B4 "
                   "technology transfer was in its final stage of negotiation and could be "
                   "announced as early as the following week, at a size similar to earlier "
                   "ALT-B4 deals. The partner and terms were not disclosed. Alteogen had "
                   "licensed ALT-B4 to AstraZeneca separately in March 2025.",
        "analyst_notes": "On 20 Jan 2026 Alteogen announced an ALT-B4 license with Tesaro (GSK) "
                         "(recorded as its own deal). No source read here confirms that it is the "
                         "deal negotiated at JPM, so the two are not merged.",
        "sources": [
            {"key": "chosun",
             "url": "https://www.chosun.com/economy/stock-finance/2026/01/16/MIYWEZTCMY4DGOBTGMYTOMTDGY/?outputType=amp",
             "publisher": "조선일보 (Chosun Ilbo)",
             "title": "Alteogen shares rise after its CEO previews an ALT-B4 technology transfer "
                      "at JPMHC 2026 (title paraphrased)",
             "published_on": date(2026, 1, 16), "language": "ko",
             "quote": "전 사장은 15일(현지 시각) 미국 샌프란시스코에서 열린 JPMHC 2026에서 "
                      "“ALT-B4에 대한 기술 이전 발표를 이르면 다음 주 진행할 예정”이라며 “이전 기술 "
                      "이전과 비슷한 규모로 예상된다”고 밝혔다."},
            {"key": "etoday", "url": "https://news.zum.com/articles/103458667",
             "publisher": "이투데이 (Etoday, via ZUM 뉴스)",
             "title": "전태연 알테오젠 사장, ‘ALT-B4’ 추가 ‘빅딜’ 예고[JPM 2026]",
             "published_on": date(2026, 1, 16), "language": "ko",
             "quote": "전 사장은 “전반적인 사항은 다 정해졌고 마지막 조율 단계”라면서도 예상치 못한 "
                      "지연이 발생할 수 있다고 부연했다."},
        ],
        "headline": None,
        "parties": [
            {"company": "alteogen", "role": "licensor"},
            {"company": None, "role": "licensee"},
        ],
        "assets": [{"asset": "alt-b4"}],
        "territory": {"included": [], "excluded": []},
        "payments": [],
        "royalty": None,
        "events": [{"kind": "other", "date": date(2026, 1, 15), "source": "chosun",
                    "description": "Final-stage negotiation disclosed by Alteogen's CEO at JPM "
                                   "2026 (San Francisco time); partner and terms undisclosed."}],
    },
    # ------------------------------------------------ Korea: ALT-B4 and Grabody-B --------
    {
        "slug": "alteogen-tesaro-alt-b4-2026",
        "title": "Alteogen licenses ALT-B4 to Tesaro (GSK) for subcutaneous dostarlimab",
        "deal_type": "platform_license", "exclusive": True, "status": "announced",
        "announced_on": date(2026, 1, 20),
        "summary": "Exclusive license for GSK subsidiary Tesaro to develop and commercialise a "
                   "subcutaneous formulation of dostarlimab (Jemperli) using ALT-B4. Alteogen "
                   "supplies ALT-B4. $20M upfront and up to $265M in milestones; sales royalties "
                   "on top. Korean reports put the total at about ₩410–420B.",
        "sources": [
            {"key": "hankyung", "url": "https://magazine.hankyung.com/business/article/202601201761b",
             "publisher": "한경비즈니스 (Hankyung Business)",
             "title": "Alteogen signs an exclusive ALT-B4 license with GSK subsidiary Tesaro "
                      "(title paraphrased)",
             "published_on": date(2026, 1, 20), "language": "ko",
             "quote": "계약 상대는 GSK의 자회사 테사로이며 계약 규모는 계약금 2000만 달러(약 296억원)과 "
                      "마일스톤 2억6500만 달러(약 3905억원) 등 4200억원 가량이다."},
            {"key": "chosunbiz",
             "url": "https://biz.chosun.com/en/en-science/2026/01/20/HRKNFXAUOFA6TOZRMW7XIW5QXU/?outputType=amp",
             "publisher": "Chosun Biz",
             "title": "Alteogen signs 420 billion won ALT-B4 deal with GSK subsidiary Tesaro "
                      "(title paraphrased)",
             "published_on": date(2026, 1, 20), "language": "en",
             "quote": "Alteogen will receive an upfront payment of $20 million (29.5 billion won). "
                      "Upon achieving development, marketing approval, and commercialization "
                      "milestones, it will receive $265 million (390.5 billion won) in milestone "
                      "payments."},
        ],
        "headline": None,
        "parties": [
            {"company": "alteogen", "role": "licensor"},
            {"company": "tesaro", "role": "licensee"},
        ],
        "assets": [{"asset": "alt-b4"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("20_000_000"), "currency": "USD",
             "source": "chosunbiz",
             "quote": "Alteogen will receive an upfront payment of $20 million (29.5 billion won)."},
            {"order": 1, "kind": "milestones", "amount": D("265_000_000"), "currency": "USD",
             "source": "chosunbiz",
             "quote": "it will receive $265 million (390.5 billion won) in milestone payments.",
             "note": "Development, marketing-approval and commercialisation milestones."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "source": "hankyung",
                    "wording": "sales royalties paid separately (rates not disclosed)"},
        "events": [],
    },
    {
        "slug": "astrazeneca-alteogen-alt-b4-2025",
        "title": "AstraZeneca licenses ALT-B4 from Alteogen for subcutaneous oncology medicines",
        "deal_type": "platform_license", "exclusive": True, "status": "announced",
        "signed_on": date(2025, 3, 15), "announced_on": date(2025, 3, 17),
        "summary": "Two agreements with AstraZeneca's MedImmune (MedImmune, LLC for one product; "
                   "MedImmune Limited for two) give AstraZeneca worldwide rights to use ALT-B4 "
                   "for subcutaneous formulations of several oncology assets. Up to $1.35B in "
                   "total: $45M upfront ($20M + $25M) and up to $1.305B in milestones "
                   "($580M + $725M), plus royalties.",
        "sources": [
            {"key": "chosunbiz",
             "url": "https://biz.chosun.com/en/en-science/2025/03/17/3BQGULET25C3FDTMM64YSDTUOQ",
             "publisher": "Chosun Biz",
             "title": "Alteogen signs up to $1.35 billion ALT-B4 licenses with AstraZeneca's "
                      "MedImmune (title paraphrased)",
             "published_on": date(2025, 3, 17), "language": "en",
             "quote": "This contract consists of a total of 2 agreements, signed with MedImmune's "
                      "U.S. corporation (MedImmune, LLC) and its U.K. corporation (MedImmune "
                      "Limited). The scale of the contract totals $1.35 billion (approximately "
                      "1.964 trillion won)."},
            {"key": "biospace_copy",
             "url": "https://synapse.zhihuiya.com/drug/9e63def22e4b44c988fbe6bd7d01556b",
             "publisher": "Patsnap Synapse (carrying a BioSpace report)",
             "title": "ALT-B4 drug page, carrying BioSpace's report on the AstraZeneca–Alteogen "
                      "deal of 17 Mar 2025",
             "published_on": date(2025, 3, 17), "language": "en",
             "quote": "The first agreement will see AstraZeneca make a $25 million upfront payment "
                      "and commit up to $725 million in potential milestones, while AstraZeneca "
                      "will front $20 million in the second deal, alongside a potential $580 "
                      "million in future payments."},
            {"key": "astrazeneca", "url": "https://www.astrazeneca.com/media-centre/press-releases.html",
             "publisher": "AstraZeneca",
             "title": "AstraZeneca enters license agreement with Alteogen for subcutaneous "
                      "formulations of multiple oncology assets (press release of 17 Mar 2025; "
                      "newsroom index URL, the release's own URL is not recorded here)",
             "published_on": date(2025, 3, 17), "language": "en", "quote": ""},
        ],
        "headline": {"amount": D("1_350_000_000"), "currency": "USD", "source": "chosunbiz",
                     "quote": "The scale of the contract totals $1.35 billion (approximately "
                              "1.964 trillion won)."},
        "parties": [
            {"company": "alteogen", "role": "licensor"},
            {"company": "astrazeneca", "role": "licensee",
             "name_as_reported": "MedImmune, LLC and MedImmune Limited"},
        ],
        "assets": [{"asset": "alt-b4"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("20_000_000"), "currency": "USD",
             "source": "chosunbiz",
             "quote": "It includes a contract fee of $20 million (approximately 29.096 billion won)",
             "note": "Agreement with MedImmune, LLC (one product)."},
            {"order": 1, "kind": "milestones", "amount": D("580_000_000"), "currency": "USD",
             "source": "chosunbiz",
             "quote": "milestone payments that can be received during clinical research progress, "
                      "item licensing, and commercialization amounting to $580 million",
             "note": "Agreement with MedImmune, LLC (one product)."},
            {"order": 2, "kind": "upfront_cash", "amount": D("25_000_000"), "currency": "USD",
             "source": "biospace_copy",
             "quote": "The first agreement will see AstraZeneca make a $25 million upfront payment",
             "note": "Agreement with MedImmune Limited (two products)."},
            {"order": 3, "kind": "milestones", "amount": D("725_000_000"), "currency": "USD",
             "source": "biospace_copy",
             "quote": "commit up to $725 million in potential milestones",
             "note": "Agreement with MedImmune Limited (two products)."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "source": "chosunbiz",
                    "wording": "sales royalties, separate from the milestones (rates not disclosed)"},
        "events": [{"kind": "signed", "date": date(2025, 3, 15), "source": "chosunbiz",
                    "description": "Both agreements signed on 15 Mar 2025."}],
    },
    {
        "slug": "gsk-abl-bio-grabody-b-2025",
        "title": "GSK licenses ABL Bio's Grabody-B blood-brain-barrier shuttle platform",
        "deal_type": "platform_license", "exclusive": None, "status": "announced",
        "announced_on": date(2025, 4, 7),
        "summary": "ABL Bio transfers Grabody-B technology and know-how to GSK, which develops, "
                   "manufactures and commercialises programmes for neurodegenerative diseases. "
                   "£38.5M upfront, up to £77.1M upfront and near-term combined, up to £2.075B "
                   "in milestones across programmes, and tiered royalties. Korean press put the "
                   "total at up to ₩4.1T.",
        "sources": [
            {"key": "biospace",
             "url": "https://biospace.com/business/gsk-dives-deeper-into-neuro-with-2-5b-abl-bio-pact",
             "publisher": "BioSpace", "title": "GSK Dives Deeper Into Neuro With $2.5B+ ABL Bio Pact",
             "published_on": date(2025, 4, 7), "language": "en",
             "quote": "GSK is fronting £38.5 million (nearly $50 million), in a partnership with "
                      "South Korea’s ABL Bio to develop novel drugs for neurodegenerative diseases."},
            {"key": "pmlive",
             "url": "https://pmlive.com/pharma_news/gsk-and-abl-bio-enter-neurodegenerative-disease-agreement-worth-over-2bn",
             "publisher": "PMLiVE",
             "title": "GSK and ABL Bio enter neurodegenerative disease agreement worth over £2bn",
             "published_on": date(2025, 4, 7), "language": "en",
             "quote": "In exchange, ABL Bio will receive up to £77.1m in upfront and near-term "
                      "payments, and will be eligible for up to £2.075bn in milestone payments "
                      "across multiple potential programmes, as well as tiered royalties on "
                      "future net sales."},
            {"key": "chosunbiz",
             "url": "https://biz.chosun.com/en/en-science/2025/04/09/AEPRSM3ZMNFFHJ7QRMCFW6QXOA",
             "publisher": "Chosun Biz",
             "title": "ABL Bio briefs investors on its Grabody-B deal with GSK (title paraphrased)",
             "published_on": date(2025, 4, 9), "language": "en",
             "quote": "The contract, including an upfront payment and short-term milestones of 148 "
                      "billion won, was valued at up to 4.1 trillion won."},
        ],
        "headline": None,
        "parties": [
            {"company": "abl-bio", "role": "licensor"},
            {"company": "gsk", "role": "licensee"},
        ],
        "assets": [{"asset": "grabody-b"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("38_500_000"), "currency": "GBP",
             "source": "biospace", "quote": "GSK is fronting £38.5 million (nearly $50 million)"},
            {"order": 1, "kind": "near_term", "disclosed": False, "source": "pmlive",
             "quote": "ABL Bio will receive up to £77.1m in upfront and near-term payments",
             "note": "The sources give upfront and near-term together (up to £77.1M) and the "
                     "upfront alone (£38.5M), never the near-term part by itself: it is left "
                     "undisclosed rather than computed."},
            {"order": 2, "kind": "milestones", "amount": D("2_075_000_000"), "currency": "GBP",
             "source": "pmlive",
             "quote": "will be eligible for up to £2.075bn in milestone payments across multiple "
                      "potential programmes"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "pmlive",
                    "wording": "tiered royalties on future net sales"},
        "events": [],
    },
    {
        "slug": "janssen-ligachem-lcb84-2023",
        "title": "Janssen licenses LCB84 (TROP2 ADC) from LegoChem Biosciences (now LigaChem)",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "signed_on": date(2023, 12, 22), "announced_on": date(2023, 12, 26),
        "summary": "Exclusive worldwide license to LCB84, a TROP2 ADC in Phase 1/2. The companies "
                   "collaborate on the ongoing trial; Janssen takes over after exercising its "
                   "option. Up to $1.7B: $100M upfront, a $200M option-exercise payment, "
                   "development, regulatory and commercial milestones, and tiered royalties. The "
                   "licensor was then called LegoChem Biosciences.",
        "analyst_notes": "The regulatory filing as reported puts the total at $1.72B, slightly "
                         "above the rounded 'up to $1.7B' headline.",
        "sources": [
            {"key": "biospectator", "url": "http://m.biospectator.com/view/news_view.php?varAtcId=20678",
             "publisher": "BioSpectator",
             "title": "J&J enters TROP2 ADC race with a deal with LegoChem, paying $100M upfront",
             "published_on": date(2023, 12, 26), "language": "en",
             "quote": "LCB is eligible for up to potentially USD 1.7 billion in total "
                      "consideration including an upfront payment of USD 100 million, an option "
                      "exercise payment of USD 200 million as well as potential development, "
                      "regulatory, and commercial milestone payments, plus tiered royalties on "
                      "net sales."},
            {"key": "joongang",
             "url": "https://koreajoongangdaily.joins.com/news/2023-12-26/business/industry/LegoChem-licenses-cancer-treatment-to-JJ-in-historic-17-billion-deal/1944677",
             "publisher": "Korea JoongAng Daily",
             "title": "LegoChem strikes historic $1.7B license deal with Janssen",
             "published_on": date(2023, 12, 26), "language": "en",
             "quote": "Janssen will later pay $1.42 billion each time certain drug development "
                      "objectives are attained."},
        ],
        "headline": {"amount": D("1_700_000_000"), "currency": "USD", "source": "biospectator",
                     "quote": "LCB is eligible for up to potentially USD 1.7 billion in total "
                              "consideration"},
        "parties": [
            {"company": "ligachem-biosciences", "role": "licensor",
             "name_as_reported": "LegoChem Biosciences"},
            {"company": "janssen-biotech", "role": "licensee", "name_as_reported": "Janssen Biotech, Inc."},
        ],
        "assets": [{"asset": "lcb84", "phase_at_signing": "phase_1_2"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("100_000_000"), "currency": "USD",
             "source": "biospectator", "quote": "an upfront payment of USD 100 million"},
            {"order": 1, "kind": "option_fee", "amount": D("200_000_000"), "currency": "USD",
             "contingent": True, "source": "biospectator",
             "quote": "an option exercise payment of USD 200 million",
             "note": "Due only if Janssen exercises its option."},
            {"order": 2, "kind": "milestones", "amount": D("1_420_000_000"), "currency": "USD",
             "source": "joongang",
             "quote": "Janssen will later pay $1.42 billion each time certain drug development "
                      "objectives are attained.",
             "note": "Development, regulatory and commercial milestones."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "biospectator",
                    "wording": "tiered royalties on net sales"},
        "events": [{"kind": "signed", "date": date(2023, 12, 22), "source": "joongang",
                    "description": "Signed on Friday 22 Dec 2023; disclosed in a Korean "
                                   "regulatory filing on 26 Dec."}],
    },
    # -------------------------------------------------- China out-licensing ----------------
    {
        "slug": "merck-lanova-lm-299-2024",
        "title": "Merck & Co. licenses LM-299 (PD-1 × VEGF bispecific) from LaNova Medicines",
        "deal_type": "license", "exclusive": True, "status": "closed",
        "announced_on": date(2024, 11, 14),
        "summary": "Exclusive global license to LaNova's PD-1/VEGF bispecific LM-299, then in "
                   "Phase 1 in China. $588M upfront and up to $2.7B in milestones tied to "
                   "technology transfer, development, regulatory approval and commercialisation "
                   "(including $300M on technology transfer). Closed in December 2024.",
        "sources": [
            {"key": "merck",
             "url": "https://www.biospace.com/press-releases/merck-enters-into-exclusive-global-license-for-lm-299-an-investigational-anti-pd-1-vegf-bispecific-antibody-from-lanova-medicines-ltd",
             "publisher": "Merck & Co. via Business Wire (BioSpace)",
             "title": "Merck Enters into Exclusive Global License for LM-299, An Investigational "
                      "Anti-PD-1/VEGF Bispecific Antibody from LaNova Medicines Ltd.",
             "published_on": date(2024, 11, 14), "language": "en",
             "quote": "LaNova will receive an upfront payment of $588 million. LaNova is also "
                      "eligible to receive up to $2.7 billion in milestone payments associated "
                      "with the technology transfer, development, regulatory approval and "
                      "commercialization of LM-299 across multiple indications."},
            {"key": "closing",
             "url": "https://www.financetom.com/business/merck-closes-global-license-deal-for-lm299-with-lanova-medicines-313387.htm",
             "publisher": "MT Newswires (via Financetom)",
             "title": "Merck Closes Global License Deal for LM299 With LaNova Medicines",
             "published_on": date(2024, 12, 20), "language": "en",
             "quote": "LaNova is also eligible for up to $2.7 billion in milestone payments tied "
                      "to the technology transfer, development, regulatory approval, and "
                      "commercialization of LM-299 across multiple indications, including $300 "
                      "million upon technology transfer anticipated to be completed in 2025"},
        ],
        "headline": None,
        "parties": [
            {"company": "lanova-medicines", "role": "licensor"},
            {"company": "merck-and-co", "role": "licensee"},
        ],
        "assets": [{"asset": "lm-299", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("588_000_000"), "currency": "USD",
             "source": "merck", "quote": "LaNova will receive an upfront payment of $588 million."},
            {"order": 1, "kind": "milestones", "amount": D("2_700_000_000"), "currency": "USD",
             "source": "merck",
             "quote": "LaNova is also eligible to receive up to $2.7 billion in milestone payments",
             "note": "Includes $300M on technology transfer."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2024, 11, 14), "source": "merck",
             "description": "Announced by Merck and LaNova."},
            {"kind": "closed", "date": date(2024, 12, 20), "source": "closing",
             "description": "Merck said the license had closed."},
        ],
    },
    {
        "slug": "biontech-biotheus-acquisition-2024",
        "title": "BioNTech acquires Biotheus, originator of BNT327/PM8002",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2024, 11, 13),
        "summary": "BioNTech buys its Chinese partner Biotheus for $800M upfront, predominantly in "
                   "cash with a small portion in BioNTech ADSs, plus up to $150M in "
                   "performance-based payments, taking full global rights to the PD-L1 × VEGF-A "
                   "bispecific BNT327/PM8002 (previously licensed ex-Greater China in 2023).",
        "analyst_notes": "BioNTech's annual report for 2024 (SEC EDGAR, "
                         "https://www.sec.gov/Archives/edgar/data/1776985/000177698525000013/R12.htm) "
                         "dates the closing 31 Jan 2025 and puts the upfront paid at about $850.0M "
                         "after purchase-price adjustments, versus $800M announced.",
        "sources": [
            {"key": "nasdaq",
             "url": "https://www.nasdaq.com/articles/biontech-acquire-biotheus-upfront-consideration-800m",
             "publisher": "Nasdaq.com",
             "title": "BioNTech to acquire Biotheus for an upfront consideration of $800M "
                      "(title paraphrased)",
             "published_on": date(2024, 11, 13), "language": "en",
             "quote": "BioNTech will pay Biotheus shareholders an upfront consideration of $800M, "
                      "predominantly in cash, with a small portion in American depositary shares, "
                      "to acquire 100% of the issued share capital, subject to customary purchase "
                      "price adjustments, plus additional performance-based contingent payments "
                      "of up to $150M if certain milestones are met."},
            {"key": "closing",
             "url": "https://finanzen.net/nachricht/aktien/biontech-completes-acquisition-of-biotheus-14202058",
             "publisher": "BioNTech via GlobeNewswire (finanzen.net)",
             "title": "BioNTech Completes Acquisition of Biotheus",
             "published_on": date(2025, 2, 3), "language": "en",
             "quote": "announced today the completion of the acquisition of Biotheus"},
        ],
        "headline": None,
        "parties": [
            {"company": "biontech", "role": "acquirer"},
            {"company": "biotheus", "role": "target"},
        ],
        "assets": [{"asset": "bnt327"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("800_000_000"), "currency": "USD",
             "source": "nasdaq",
             "quote": "an upfront consideration of $800M, predominantly in cash, with a small "
                      "portion in American depositary shares",
             "note": "Subject to customary purchase-price adjustments."},
            {"order": 1, "kind": "milestones", "amount": D("150_000_000"), "currency": "USD",
             "source": "nasdaq",
             "quote": "additional performance-based contingent payments of up to $150M if "
                      "certain milestones are met"},
        ],
        "royalty": None,
        "events": [{"kind": "closed", "date": date(2025, 2, 3), "source": "closing",
                    "description": "BioNTech announced completion (its annual report dates the "
                                   "closing 31 Jan 2025)."}],
    },
    {
        "slug": "pfizer-3sbio-ssgj-707-2025",
        "title": "Pfizer licenses SSGJ-707 (PD-1 × VEGF bispecific) from 3SBio",
        "deal_type": "license", "exclusive": True, "status": "closed",
        "announced_on": date(2025, 5, 20),
        "summary": "Exclusive global license outside China to 3SBio's PD-1 × VEGF bispecific "
                   "SSGJ-707, granted by 3SBio and its subsidiaries Shenyang Sunshine "
                   "Pharmaceutical and 3S Guojian Pharmaceutical (Shanghai). $1.25B upfront, up "
                   "to $4.8B in milestones, tiered double-digit royalties and a $100M equity "
                   "investment at closing; at completion Pfizer also took an option on China "
                   "rights for up to $150M.",
        "sources": [
            {"key": "pfizer",
             "url": "https://www.biospace.com/press-releases/pfizer-enters-into-exclusive-licensing-agreement-with-3sbio",
             "publisher": "Pfizer via Business Wire (BioSpace)",
             "title": "Pfizer enters into exclusive licensing agreement with 3SBio (Business Wire "
                      "release; title paraphrased)",
             "published_on": date(2025, 5, 20), "language": "en",
             "quote": "3SBio will receive an upfront payment of $1.25 billion and is eligible to "
                      "receive milestone payments associated with certain development, "
                      "regulatory and commercial milestones up to $4.8 billion as well as tiered "
                      "double-digit royalties on sales of SSGJ-707, if approved."},
            {"key": "completion",
             "url": "https://www.nasdaq.com/articles/pfizer-completes-licensing-agreement-3sbio-cancer-drug",
             "publisher": "RTTNews (via Nasdaq.com)",
             "title": "Pfizer Completes Licensing Agreement With 3SBio For Cancer Drug",
             "published_on": date(2025, 7, 24), "language": "en",
             "quote": "Additionally, Pfizer gets the option to extend the license to include "
                      "exclusive development and commercialization rights to SSGJ-707 in China. "
                      "In return, Pfizer will pay up to $150 million in option payments."},
        ],
        "headline": None,
        "parties": [
            {"company": "3sbio", "role": "licensor",
             "name_as_reported": "3SBio, Inc., Shenyang Sunshine Pharmaceutical Co., Ltd. and "
                                 "3S Guojian Pharmaceutical (Shanghai) Co., Ltd."},
            {"company": "pfizer", "role": "licensee"},
        ],
        "assets": [{"asset": "ssgj-707", "phase_at_signing": "phase_2"}],
        "territory": {"included": ["WW"], "excluded": ["CN"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("1_250_000_000"), "currency": "USD",
             "source": "pfizer", "quote": "3SBio will receive an upfront payment of $1.25 billion"},
            {"order": 1, "kind": "upfront_equity", "amount": D("100_000_000"), "currency": "USD",
             "source": "pfizer",
             "quote": "Upon close, Pfizer will make a $100 million equity investment in 3SBio "
                      "subject to an agreed upon securities subscription agreement between the "
                      "parties.",
             "note": "Equity investment in 3SBio at closing."},
            {"order": 2, "kind": "milestones", "amount": D("4_800_000_000"), "currency": "USD",
             "source": "pfizer",
             "quote": "milestone payments associated with certain development, regulatory and "
                      "commercial milestones up to $4.8 billion"},
            {"order": 3, "kind": "option_fee", "amount": D("150_000_000"), "currency": "USD",
             "contingent": True, "source": "completion",
             "quote": "Pfizer will pay up to $150 million in option payments.",
             "note": "Option on China rights, added at completion."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "pfizer",
                    "wording": "tiered double-digit royalties on sales of SSGJ-707"},
        "events": [{"kind": "closed", "date": date(2025, 7, 24), "source": "completion",
                    "description": "Pfizer announced completion of the license."}],
    },
    {
        "slug": "gsk-hengrui-hrs-9821-2025",
        "title": "GSK licenses HRS-9821 from Hengrui Pharma, with options on up to 11 programmes",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 7, 28),
        "summary": "Exclusive worldwide license (excluding mainland China, Hong Kong, Macau and "
                   "Taiwan) to Hengrui's PDE3/4 inhibitor HRS-9821 for COPD, plus a collaboration "
                   "in which Hengrui develops up to 11 further programmes to the end of Phase 1 "
                   "and GSK holds exclusive options on each. $500M in upfront fees; up to about "
                   "$12B in further option and milestone payments if every programme is optioned "
                   "and every milestone met.",
        "sources": [
            {"key": "gsk",
             "url": "https://www.directorstalkinterviews.com/gsk-and-hengrui-pharma-to-develop-up-to-12-new-medicine-programmes/4121209504",
             "publisher": "DirectorsTalk Interviews (carrying GSK's announcement)",
             "title": "GSK and Hengrui Pharma to develop up to 12 new medicine programmes",
             "published_on": date(2025, 7, 28), "language": "en",
             "quote": "GSK will pay $500 million in upfront fees across the agreements."},
            {"key": "europawire",
             "url": "https://news.europawire.eu/gsk-and-hengrui-pharma-sign-strategic-12-billion-deal-to-advance-up-to-12-innovative-therapeutics/eu-press-release/2025/07/28/16/09/58/159534",
             "publisher": "EuropaWire",
             "title": "GSK and Hengrui Pharma Sign Strategic $12 Billion Deal to Advance Up to 12 "
                      "Innovative Therapeutics",
             "published_on": date(2025, 7, 28), "language": "en",
             "quote": "in a deal valued at up to $12 billion in potential milestones"},
        ],
        "headline": None,
        "parties": [
            {"company": "hengrui-pharma", "role": "licensor"},
            {"company": "gsk", "role": "licensee"},
        ],
        "assets": [{"asset": "hrs-9821"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("500_000_000"), "currency": "USD",
             "source": "gsk",
             "quote": "GSK will pay $500 million in upfront fees across the agreements."},
            {"order": 1, "kind": "milestones", "amount": D("12_000_000_000"), "currency": "USD",
             "source": "europawire",
             "quote": "in a deal valued at up to $12 billion in potential milestones",
             "note": "Approximate; option-exercise and milestone payments across all "
                     "programmes, if all are optioned."},
        ],
        "royalty": None,
        "events": [],
    },
    # ------------------------------------------ ADCs, bispecifics, radioligands, M&A -------
    {
        "slug": "daiichi-sankyo-merck-dxd-adcs-2023",
        "title": "Merck & Co. and Daiichi Sankyo co-develop three DXd ADCs",
        "deal_type": "collaboration", "exclusive": None, "status": "announced",
        "announced_on": date(2023, 10, 19),
        "summary": "Global co-development and co-commercialisation of patritumab deruxtecan "
                   "(HER3-DXd), ifinatamab deruxtecan (I-DXd) and raludotatug deruxtecan (R-DXd) "
                   "everywhere except Japan, where Daiichi Sankyo keeps exclusive rights and "
                   "handles manufacturing and supply. $4B upfront, up to $1.5B in continuation "
                   "payments over 24 months and up to $16.5B in sales milestones: up to $22B.",
        "sources": [
            {"key": "reuters",
             "url": "https://www.nasdaq.com/articles/merck-teams-up-with-daiichi-sankyo-on-antibody-drug-conjugate-collaboration",
             "publisher": "Reuters (via Nasdaq.com)",
             "title": "Merck teams up with Daiichi Sankyo on antibody drug conjugate collaboration",
             "published_on": date(2023, 10, 19), "language": "en",
             "quote": "Merck will pay Daiichi Sankyo a $4 billion upfront payment in addition to "
                      "$1.5 billion in continuation payments over the next two years, the "
                      "statement said, adding that Merck may make additional payments of up to "
                      "$16.5 billion contingent on future sales milestones."},
            {"key": "release",
             "url": "https://stocktitan.net/news/MRK/daiichi-sankyo-and-merck-announce-global-development-and-yzpb49l4uilk.html",
             "publisher": "Stock Titan (carrying the companies' release)",
             "title": "Daiichi Sankyo and Merck Announce Global Development and Commercialization "
                      "Collaboration for Three Daiichi Sankyo DXd ADCs",
             "published_on": date(2023, 10, 19), "language": "en",
             "quote": "Merck will record an aggregate pretax charge of $5.5 billion, resulting in "
                      "a reduction in both fourth-quarter and full-year 2023 GAAP and non-GAAP "
                      "results."},
        ],
        "headline": {"amount": D("22_000_000_000"), "currency": "USD", "source": "reuters",
                     "quote": "Daiichi Sankyo 4568.T and Merck MRK.N have entered into an "
                              "agreement worth up to $22 billion"},
        "parties": [
            {"company": "daiichi-sankyo", "role": "licensor"},
            {"company": "merck-and-co", "role": "licensee"},
        ],
        "assets": [
            {"asset": "patritumab-deruxtecan", "phase_at_signing": "phase_3"},
            {"asset": "ifinatamab-deruxtecan", "phase_at_signing": "phase_2"},
            {"asset": "raludotatug-deruxtecan", "phase_at_signing": "phase_1"},
        ],
        "territory": {"included": ["WW"], "excluded": ["JP"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("4_000_000_000"), "currency": "USD",
             "source": "reuters", "quote": "Merck will pay Daiichi Sankyo a $4 billion upfront payment"},
            {"order": 1, "kind": "near_term", "amount": D("1_500_000_000"), "currency": "USD",
             "contingent": False, "source": "reuters",
             "quote": "$1.5 billion in continuation payments over the next two years",
             "note": "Continuation payments within 24 months; Merck booked them with the upfront "
                     "in its $5.5B pretax charge."},
            {"order": 2, "kind": "commercial_milestones", "amount": D("16_500_000_000"),
             "currency": "USD", "source": "reuters",
             "quote": "additional payments of up to $16.5 billion contingent on future sales "
                      "milestones"},
        ],
        "royalty": None,
        "events": [],
    },
    {
        "slug": "bms-biontech-bnt327-2025",
        "title": "Bristol Myers Squibb and BioNTech co-develop BNT327 (PD-L1 × VEGF-A bispecific)",
        "deal_type": "collaboration", "exclusive": None, "status": "announced",
        "announced_on": date(2025, 6, 2),
        "summary": "Global co-development and co-commercialisation of BioNTech's PD-L1 × VEGF-A "
                   "bispecific BNT327 across solid tumours, with development and manufacturing "
                   "costs and global profits and losses shared 50:50. $1.5B upfront, $2B in "
                   "non-contingent anniversary payments through 2028 and up to $7.6B in "
                   "development, regulatory and commercial milestones: about $11.1B in total.",
        "sources": [
            {"key": "reuters",
             "url": "https://www.newsmax.com/finance/streettalk/bristol-myers-biontech/2025/06/02/id/1213203/",
             "publisher": "Reuters (via Newsmax)",
             "title": "Bristol Myers to pay BioNTech $1.5 billion upfront in cancer drug "
                      "partnership (title paraphrased)",
             "published_on": date(2025, 6, 2), "language": "en",
             "quote": "In addition to the initial payment, Bristol plans to pay BioNTech up to $2 "
                      "billion more in non-contingent anniversary payments through 2028. BioNTech "
                      "may also earn up to $7.6 billion more in development, regulatory and "
                      "commercial milestones, Bristol said."},
            {"key": "release",
             "url": "https://stocktitan.net/news/BNTX/bio-n-tech-and-bristol-myers-squibb-announce-global-strategic-nu8ab0531qu5.html",
             "publisher": "Stock Titan (carrying BioNTech's release)",
             "title": "BioNTech and Bristol Myers Squibb Announce Global Strategic Partnership to "
                      "Co-Develop and Co-Commercialize Next-generation Bispecific Antibody "
                      "Candidate BNT327 Broadly for Multiple Solid Tumor Types",
             "published_on": date(2025, 6, 2), "language": "en",
             "quote": "BMS will pay BioNTech $1.5B upfront, $2B in non-contingent payments "
                      "through 2028, and up to $7.6B in additional milestones."},
            {"key": "menafn",
             "url": "https://menafn.com/1109626191/Bristol-Myers-To-Pay-Up-To-111B-To-Biontech-To-Co-Develop-Commercialize-Investigational-Cancer-Drug",
             "publisher": "MENAFN",
             "title": "Bristol Myers To Pay Up To $11.1B To BioNTech To Co-Develop, Commercialize "
                      "Investigational Cancer Drug",
             "published_on": date(2025, 6, 2), "language": "en",
             "quote": "This takes the total value to approximately $11.1 billion."},
        ],
        "headline": {"amount": D("11_100_000_000"), "currency": "USD", "source": "menafn",
                     "quote": "This takes the total value to approximately $11.1 billion."},
        "parties": [
            {"company": "biontech", "role": "licensor"},
            {"company": "bristol-myers-squibb", "role": "licensee"},
        ],
        "assets": [{"asset": "bnt327", "phase_at_signing": "phase_3"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("1_500_000_000"), "currency": "USD",
             "source": "release", "quote": "BMS will pay BioNTech $1.5B upfront"},
            {"order": 1, "kind": "near_term", "amount": D("2_000_000_000"), "currency": "USD",
             "contingent": False, "source": "reuters",
             "quote": "up to $2 billion more in non-contingent anniversary payments through 2028",
             "note": "Non-contingent anniversary payments, 2026–2028."},
            {"order": 2, "kind": "milestones", "amount": D("7_600_000_000"), "currency": "USD",
             "source": "reuters",
             "quote": "BioNTech may also earn up to $7.6 billion more in development, regulatory "
                      "and commercial milestones"},
        ],
        "royalty": None,
        "events": [],
    },
    {
        "slug": "abbvie-immunogen-acquisition-2023",
        "title": "AbbVie acquires ImmunoGen",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 11, 30),
        "summary": "AbbVie buys ImmunoGen for $31.26 per share in cash, about $10.1B in total "
                   "equity value, adding the FRα ADC Elahere (mirvetuximab soravtansine) for "
                   "platinum-resistant ovarian cancer and ImmunoGen's ADC pipeline. Completed "
                   "12 Feb 2024.",
        "sources": [
            {"key": "reuters",
             "url": "https://www.nasdaq.com/articles/abbvie-to-buy-immunogen-for-$10.1-billion-to-boost-cancer-drug-portfolio",
             "publisher": "Reuters (via Nasdaq.com)",
             "title": "AbbVie to buy ImmunoGen for $10.1 billion to boost cancer drug portfolio",
             "published_on": date(2023, 11, 30), "language": "en",
             "quote": "AbbVie ABBV.N said on Thursday it will buy drugmaker ImmunoGen IMGN.O for "
                      "$10.1 billion, boosting its presence in the market for cancer treatments."},
            {"key": "investorplace", "url": "https://investorplace.com/2023/11/why-is-immunogen-imgn-stock-up-81-today/",
             "publisher": "InvestorPlace", "title": "Why Is ImmunoGen (IMGN) Stock Up 81% Today?",
             "published_on": date(2023, 11, 30), "language": "en",
             "quote": "A press release from AbbVie reveals that ImmunoGen is being acquired for "
                      "$31.26 per share in cash."},
            {"key": "closing",
             "url": "https://www.streetinsider.com/Corporate+News/AbbVie+%28ABBV%29+Completes+Acquisition+of+ImmunoGen+%28IMGN%29/22754122.html",
             "publisher": "StreetInsider (carrying AbbVie's release)",
             "title": "AbbVie (ABBV) Completes Acquisition of ImmunoGen (IMGN)",
             "published_on": date(2024, 2, 12), "language": "en",
             "quote": "AbbVie (NYSE: ABBV) announced today that it has completed its acquisition "
                      "of ImmunoGen (NASDAQ: IMGN)."},
        ],
        "headline": {"amount": D("10_100_000_000"), "currency": "USD", "source": "reuters",
                     "quote": "it will buy drugmaker ImmunoGen IMGN.O for $10.1 billion"},
        "parties": [
            {"company": "abbvie", "role": "acquirer"},
            {"company": "immunogen", "role": "target"},
        ],
        "assets": [{"asset": "mirvetuximab-soravtansine", "phase_at_signing": "approved"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("10_100_000_000"),
             "currency": "USD", "source": "reuters",
             "quote": "it will buy drugmaker ImmunoGen IMGN.O for $10.1 billion",
             "note": "$31.26 per share in cash; total equity value."},
        ],
        "royalty": None,
        "events": [{"kind": "closed", "date": date(2024, 2, 12), "source": "closing",
                    "description": "AbbVie announced completion."}],
    },
    {
        "slug": "pfizer-seagen-acquisition-2023",
        "title": "Pfizer acquires Seagen",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 3, 13),
        "summary": "Pfizer buys ADC company Seagen for $229 per share in cash, a total enterprise "
                   "value of $43B, adding Adcetris, Padcev, Tivdak and Tukysa. Closed "
                   "14 Dec 2023 after all regulatory approvals.",
        "sources": [
            {"key": "rtt",
             "url": "https://www.finanzen.at/nachrichten/aktien/pfizer-to-acquire-seagen-for-$229-shr-1032162820",
             "publisher": "RTTNews (via finanzen.at)",
             "title": "Pfizer To Acquire Seagen For $229/shr (title paraphrased)",
             "published_on": date(2023, 3, 13), "language": "en",
             "quote": "Pfizer Inc. (PFE) and Seagen Inc. (SGEN) have entered into a merger "
                      "agreement under which Pfizer will acquire Seagen, a global biotechnology "
                      "company that discovers, develops and commercializes cancer medicines, for "
                      "$229 per Seagen share for a total enterprise value of $43 billion."},
            {"key": "approvals",
             "url": "https://www.sec.gov/Archives/edgar/data/78003/000007800323000118/pr121223ex991.htm",
             "publisher": "Pfizer Inc. (press release filed with the SEC)",
             "title": "Pfizer Receives All Required Regulatory Approvals to Complete the "
                      "Acquisition of Seagen",
             "published_on": date(2023, 12, 12), "language": "en",
             "quote": "Pfizer expects to close the acquisition of Seagen on December 14, 2023, "
                      "subject to the satisfaction of other customary closing conditions."},
            {"key": "closing_8k",
             "url": "https://www.sec.gov/Archives/edgar/data/78003/000119312523294930/0001193125-23-294930-index.htm",
             "publisher": "SEC EDGAR",
             "title": "Pfizer Inc. Form 8-K filed 14 Dec 2023 on the completion of the Seagen "
                      "acquisition (filing index)",
             "published_on": date(2023, 12, 14), "language": "en", "quote": ""},
        ],
        "headline": {"amount": D("43_000_000_000"), "currency": "USD", "source": "rtt",
                     "quote": "for $229 per Seagen share for a total enterprise value of $43 billion"},
        "parties": [
            {"company": "pfizer", "role": "acquirer"},
            {"company": "seagen", "role": "target"},
        ],
        "assets": [{"asset": "enfortumab-vedotin", "phase_at_signing": "approved"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("43_000_000_000"),
             "currency": "USD", "source": "rtt",
             "quote": "for $229 per Seagen share for a total enterprise value of $43 billion",
             "note": "Enterprise value; $229 per share in cash."},
        ],
        "royalty": None,
        "events": [
            {"kind": "regulatory_clearance", "date": date(2023, 12, 12), "source": "approvals",
             "description": "All required regulatory approvals received."},
            {"kind": "closed", "date": date(2023, 12, 14), "source": "closing_8k",
             "description": "Acquisition completed; Seagen became a wholly owned subsidiary."},
        ],
    },
    {
        "slug": "novartis-mariana-oncology-acquisition-2024",
        "title": "Novartis acquires Mariana Oncology (radioligand therapies)",
        "deal_type": "acquisition", "exclusive": None, "status": "announced",
        "announced_on": date(2024, 5, 2),
        "summary": "Novartis buys US radiopharmaceutical start-up Mariana Oncology for $1B "
                   "upfront plus up to $750M in milestone payments, adding preclinical "
                   "radioligand programmes including the actinium-based MC-339 for small cell "
                   "lung cancer.",
        "sources": [
            {"key": "reuters",
             "url": "https://www.pharmalive.com/novartis-to-buy-radiology-drug-specialist-mariana-for-1-billion/",
             "publisher": "Reuters (via PharmaLive)",
             "title": "Novartis to buy radiology drug specialist Mariana for $1 billion",
             "published_on": date(2024, 5, 2), "language": "en",
             "quote": "Novartis (NOVN.S) agreed to acquire U.S. radiopharmaceutical company "
                      "Mariana Oncology for $1 billion upfront, boosting its portfolio of "
                      "precision cancer treatments in development, the Swiss drug manufacturer "
                      "said on Thursday. The deal includes up to $750 million of further "
                      "payments upon achieving certain milestones, it added."},
        ],
        "headline": None,
        "parties": [
            {"company": "novartis", "role": "acquirer"},
            {"company": "mariana-oncology", "role": "target"},
        ],
        "assets": [{"asset": "mc-339", "phase_at_signing": "preclinical"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("1_000_000_000"),
             "currency": "USD", "source": "reuters",
             "quote": "agreed to acquire U.S. radiopharmaceutical company Mariana Oncology for "
                      "$1 billion upfront"},
            {"order": 1, "kind": "milestones", "amount": D("750_000_000"), "currency": "USD",
             "source": "reuters",
             "quote": "The deal includes up to $750 million of further payments upon achieving "
                      "certain milestones"},
        ],
        "royalty": None,
        "events": [],
    },
    {
        "slug": "astrazeneca-fusion-acquisition-2024",
        "title": "AstraZeneca acquires Fusion Pharmaceuticals (actinium radioconjugates)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2024, 3, 19),
        "summary": "AstraZeneca buys Fusion for $21.00 per share in cash at closing (about $2.0B) "
                   "plus a $3.00-per-share contingent value right payable on a regulatory "
                   "milestone: about $2.4B in all. Adds FPI-2265, an actinium-225 PSMA "
                   "radioconjugate for metastatic castration-resistant prostate cancer.",
        "sources": [
            {"key": "dpa",
             "url": "https://www.finanznachrichten.de/nachrichten-2024-03/61715802-astrazeneca-to-buy-fusion-pharma-for-up-to-dollar-2-4-bln-020.htm",
             "publisher": "dpa-AFX (via finanznachrichten.de)",
             "title": "AstraZeneca To Buy Fusion Pharma For Up To $2.4 Bln (title paraphrased)",
             "published_on": date(2024, 3, 19), "language": "en",
             "quote": "The transaction value includes upfront cash payment of $2 billion, and "
                      "maximum potential contingent value payment."},
            {"key": "closing",
             "url": "https://www.marketscreener.com/quote/stock/ASTRAZENECA-PLC-4000930/news/AstraZeneca-completes-USD2-4-billion-Fusion-Pharmaceuticals-purchase-46907478/",
             "publisher": "Alliance News (via MarketScreener)",
             "title": "AstraZeneca completes USD2.4 billion Fusion Pharmaceuticals purchase",
             "published_on": date(2024, 6, 5), "language": "en",
             "quote": "The total cost will be USD2.4 billion if all milestones are achieved."},
        ],
        "headline": {"amount": D("2_400_000_000"), "currency": "USD", "source": "closing",
                     "quote": "The total cost will be USD2.4 billion if all milestones are "
                              "achieved."},
        "parties": [
            {"company": "astrazeneca", "role": "acquirer"},
            {"company": "fusion-pharmaceuticals", "role": "target"},
        ],
        "assets": [{"asset": "fpi-2265"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("2_000_000_000"),
             "currency": "USD", "source": "dpa",
             "quote": "The transaction value includes upfront cash payment of $2 billion",
             "note": "$21.00 per share in cash at closing (approximately)."},
            {"order": 1, "kind": "cvr", "disclosed": False, "source": "closing",
             "quote": "The total cost will be USD2.4 billion if all milestones are achieved.",
             "note": "$3.00 per share CVR on a regulatory milestone. The sources give the total "
                     "with the CVR (about $2.4B) and the upfront (about $2.0B), not the CVR's own "
                     "total: it is left undisclosed rather than computed."},
        ],
        "royalty": None,
        "events": [{"kind": "closed", "date": date(2024, 6, 5), "source": "closing",
                    "description": "AstraZeneca announced completion."}],
    },
    {
        "slug": "jnj-ambrx-acquisition-2024",
        "title": "Johnson & Johnson acquires Ambrx Biopharma (ADCs)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2024, 1, 8), "conference": "jpm-2024",
        "summary": "Announced on the opening day of JPM 2024: J&J buys Ambrx for $28.00 per share "
                   "in cash, a total equity value of about $2.0B ($1.9B net of cash), adding the "
                   "PSMA-targeted ADC ARX517 for prostate cancer. Completed 7 Mar 2024.",
        "sources": [
            {"key": "dpa",
             "url": "https://www.finanznachrichten.de/nachrichten-2024-01/61081129-johnson-johnson-to-acquire-ambrx-for-dollar-28-00-per-share-020.htm",
             "publisher": "dpa-AFX (via finanznachrichten.de)",
             "title": "Johnson & Johnson To Acquire Ambrx For $28.00 Per Share (title paraphrased)",
             "published_on": date(2024, 1, 8), "language": "en",
             "quote": "Johnson & Johnson (JNJ) has entered into a definitive agreement to acquire "
                      "Ambrx Biopharma, Inc., or Ambrx (AMAM), in an all-cash merger deal for a "
                      "total equity value of approximately $2.0 billion, or $1.9 billion net of "
                      "estimated cash acquired."},
            {"key": "closing",
             "url": "https://www.finanznachrichten.de/nachrichten-2024-03/61623475-johnson-johnson-buys-ambrx-biopharma-in-dollar-2-bln-cash-deal-020.htm",
             "publisher": "dpa-AFX (via finanznachrichten.de)",
             "title": "Johnson & Johnson Buys Ambrx Biopharma In $2 Bln Cash Deal (title paraphrased)",
             "published_on": date(2024, 3, 8), "language": "en",
             "quote": "Drug major Johnson & Johnson (JNJ) announced Thursday that it has completed "
                      "the acquisition of Ambrx Biopharma, Inc. in an all-cash merger deal for a "
                      "total equity value of around $2.0 billion, or $1.9 billion net of "
                      "estimated cash acquired."},
        ],
        "headline": {"amount": D("2_000_000_000"), "currency": "USD", "source": "dpa",
                     "quote": "for a total equity value of approximately $2.0 billion"},
        "parties": [
            {"company": "johnson-johnson", "role": "acquirer"},
            {"company": "ambrx-biopharma", "role": "target"},
        ],
        "assets": [{"asset": "arx517", "phase_at_signing": "phase_1_2"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("2_000_000_000"),
             "currency": "USD", "source": "dpa",
             "quote": "for a total equity value of approximately $2.0 billion, or $1.9 billion "
                      "net of estimated cash acquired",
             "note": "$28.00 per share in cash; total equity value."},
        ],
        "royalty": None,
        "events": [{"kind": "closed", "date": date(2024, 3, 7), "source": "closing",
                    "description": "J&J announced completion on Thursday 7 Mar 2024."}],
    },
    {
        "slug": "jnj-intra-cellular-acquisition-2025",
        "title": "Johnson & Johnson acquires Intra-Cellular Therapies",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 1, 13), "conference": "jpm-2025",
        "summary": "Announced on the opening day of JPM 2025: J&J buys Intra-Cellular Therapies "
                   "for $132.00 per share in cash, a total equity value of about $14.6B, adding "
                   "Caplyta (lumateperone) for schizophrenia and bipolar depression and the "
                   "Phase 2 compound ITI-1284. Completed 2 Apr 2025.",
        "sources": [
            {"key": "dpa",
             "url": "https://www.finanznachrichten.de/nachrichten-2025-01/64273859-johnson-johnson-to-buy-intra-cellular-therapies-for-dollar-132-00-shr-in-dollar-14-6-bln-all-cash-deal-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "Johnson & Johnson To Buy Intra-Cellular Therapies For $132.00/shr In $14.6 "
                      "Bln All-cash Deal (title paraphrased)",
             "published_on": date(2025, 1, 13), "language": "en",
             "quote": "Johnson & Johnson will acquire all outstanding shares of biopharmaceutical "
                      "company Intra-Cellular Therapies for $132.00 per share in cash for a total "
                      "equity value of approximately $14.6 billion."},
            {"key": "closing",
             "url": "https://markets.financialcontent.com/pennwell.pennenergy/article/bizwire-2025-4-2-johnson-and-johnson-closes-landmark-intra-cellular-therapies-inc-acquisition-to-solidify-neuroscience-leadership",
             "publisher": "Johnson & Johnson via Business Wire (FinancialContent)",
             "title": "Johnson & Johnson Closes Landmark Intra-Cellular Therapies, Inc. "
                      "Acquisition to Solidify Neuroscience Leadership",
             "published_on": date(2025, 4, 2), "language": "en",
             "quote": "Johnson & Johnson (NYSE: JNJ) today announced it has completed its "
                      "acquisition of Intra-Cellular Therapies, Inc."},
        ],
        "headline": {"amount": D("14_600_000_000"), "currency": "USD", "source": "dpa",
                     "quote": "for a total equity value of approximately $14.6 billion"},
        "parties": [
            {"company": "johnson-johnson", "role": "acquirer"},
            {"company": "intra-cellular-therapies", "role": "target"},
        ],
        "assets": [{"asset": "lumateperone", "phase_at_signing": "approved"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("14_600_000_000"),
             "currency": "USD", "source": "dpa",
             "quote": "for $132.00 per share in cash for a total equity value of approximately "
                      "$14.6 billion",
             "note": "Total equity value."},
        ],
        "royalty": None,
        "events": [{"kind": "closed", "date": date(2025, 4, 2), "source": "closing",
                    "description": "J&J announced completion."}],
    },
    {
        "slug": "novartis-morphosys-acquisition-2024",
        "title": "Novartis acquires MorphoSys (pelabresib)",
        "deal_type": "acquisition", "exclusive": None, "status": "announced",
        "announced_on": date(2024, 2, 5),
        "summary": "Novartis agrees a voluntary public takeover offer for MorphoSys at €68 per "
                   "share in cash, €2.7B in total, for the BET inhibitor pelabresib in "
                   "myelofibrosis and the early-stage EZH2/EZH1 inhibitor tulmimetostat. Priced "
                   "in euros: the USD value comes from the FX table.",
        "sources": [
            {"key": "sda", "url": "https://theswisstimes.ch/?p=20626",
             "publisher": "The Swiss Times (Keystone-SDA)",
             "title": "Novartis strengthens cancer pipeline with Morphosys acquisition",
             "published_on": date(2024, 2, 6), "language": "en",
             "quote": "Novartis will launch a voluntary public tender offer for all no-par value "
                      "bearer shares of Morphosys AG at a price of EUR 68 per share (or a total "
                      "of EUR 2.7 billion)."},
            {"key": "dowjones",
             "url": "https://www.marketscreener.com/quote/stock/NOVARTIS-AG-9364983/news/Novartis-to-Buy-MorphoSys-for-2-9-Billion-Deal-Seen-Closing-in-1st-Half-45887627/",
             "publisher": "Dow Jones (via MarketScreener)",
             "title": "Novartis to Buy MorphoSys for $2.9 Billion; Deal Seen Closing in 1st Half",
             "published_on": date(2024, 2, 5), "language": "en",
             "quote": "Novartis entered into an agreement to acquire biopharmaceutical company "
                      "MorphoSys for 2.7 billion euros ($2.9 billion)."},
        ],
        "headline": {"amount": D("2_700_000_000"), "currency": "EUR", "source": "dowjones",
                     "quote": "MorphoSys for 2.7 billion euros ($2.9 billion)"},
        "parties": [
            {"company": "novartis", "role": "acquirer"},
            {"company": "morphosys", "role": "target"},
        ],
        "assets": [{"asset": "pelabresib", "phase_at_signing": "phase_3"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("2_700_000_000"),
             "currency": "EUR", "source": "sda",
             "quote": "at a price of EUR 68 per share (or a total of EUR 2.7 billion)",
             "note": "Voluntary public tender offer, cash."},
        ],
        "royalty": None,
        "events": [],
    },
]
