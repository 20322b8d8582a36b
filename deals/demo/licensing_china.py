"""China out-licensing deals, 2023–2026, for the DealScope demo data set (draft).

Area: licensing, option and collaboration deals in which a company from mainland China or Hong
Kong is the licensor, announced 2023-01-01 .. 2026-12-31, plus one China in-licensing deal
(Livzon ← Onconic). No acquisitions, no non-Chinese licensors, none of the 21 deals already in
/work/main/deals/demo_data.py.

Covered (34 deals): 2023 – WuXi Biologics→GSK (TCEs), HUTCHMED→Takeda (fruquintinib),
KYM→AstraZeneca (CMG901), Onconic→Livzon (in-licensing), DualityBio→BioNTech (DB-1303/DB-1311),
CBMG/AbelZeta→Janssen (C-CAR039), LaNova→AstraZeneca (LM-305), Hansoh→GSK (HS-20089),
Hengrui→Merck KGaA (HRS-1167 + SHR-A1904 option), Eccogene→AstraZeneca (ECC5004),
Abbisko→Merck KGaA (pimicotinib option), SystImmune/Biokin–BMS (BL-B01D1), Hansoh→GSK
(HS-20093). 2024 – Argo→Novartis (RNAi), Hengrui→Hercules/Kailera (GLP-1s), Akeso→Summit
(ivonescimab territory expansion), CSPC→AstraZeneca (YS2302018), Hansoh→Merck (HS-10535),
Hengrui→IDEAYA (SHR-4849). 2025 – Innovent→Roche (IBI3009), Mabworks→Climb Bio (CLYM116),
Simcere→AbbVie (SIM0500 option), Harbour BioMed→AstraZeneca (multi-specifics option),
United Laboratories→Novo Nordisk (UBT251), Hengrui→Merck (HRS-5346), Hansoh→Regeneron
(HS-20094), CSPC–AstraZeneca (AI research collaboration), Argo→Novartis (siRNA, third deal),
InnoCare→Zenas (orelabrutinib), Innovent→Takeda (IBI363/IBI343), Jacobio→AstraZeneca
(JAB-23E73). 2026 – CSPC→AstraZeneca (weight management), Ribo→Madrigal (MASH siRNA),
Chia Tai Tianqing→Sanofi (rovadicitinib).

Lifecycle events with their own sources: HUTCHMED/Takeda closed (14 Mar 2023), KYM/AstraZeneca
completed (30 Mar 2023), DualityBio/BioNTech expanded (7 Aug 2023), Abbisko/Merck KGaA option
exercised (28 Mar 2025), Harbour/AstraZeneca extended (Nov 2025), Innovent/Takeda closed
(4 Dec 2025), Simcere/AbbVie $40M payment, Onconic/Livzon milestones, Summit/Akeso amendment
signed, IDEAYA/Hengrui agreement signed.

Every amount is in the currency reported, with the source and the words quoted from it. Quotes
are copied from stored excerpts; machine-translated pages are marked as such in ``publisher``.
Undisclosed terms are rows with ``disclosed=False`` and no amount.
"""

# Source URLs cannot be wrapped, and the tables read best laid out by hand.
# ruff: noqa: E501
# fmt: off

from datetime import date
from decimal import Decimal

D = Decimal

NOTES = """Disagreements between sources, and how they are stored:

1. GSK–Hansoh HS-20093 (2023): total 'up to $1.71 billion' (Dow Jones/MarketScreener, stored as
   headline) vs 'around $1.7 billion' (BioSpace) vs 'approximately $1.9 billion' (Nasdaq.com);
   kept in analyst_notes.
2. AstraZeneca–KYM CMG901 (2023): closing expected 'first half of 2023' (RTTNews, AstraZeneca)
   vs 'second half of 2023' (BioPharm International); it closed 30 Mar 2023 (closed event).
   BioPharm's headline $1.16B not stored as headline (upfront + milestones only).
3. Livzon–Onconic zastaprazan: signed 10 Mar 2023 (Asia Economy; ChinaBio reported it in March
   2023) vs 'March 2022' (Bqura); 2023 stored, Bqura kept as a source and in notes.
4. Merck KGaA–Hengrui (2023): upfront reported as €160M and, converted, $169M (BioProcess
   International, C&EN); total €1.4B vs $1.5B (BioWorld). Euros stored. The up-to-€90M is
   described as technology transfer plus option exercise (Pharma Focus Asia) or option only.
5. AstraZeneca–Eccogene (2023): milestones $1.825B (BioSpectrum Asia; stored) vs $1.8B
   (Contract Pharma, C&EN) vs 'nearly $1.83 billion' (Bariatric News).
6. BMS–SystImmune BL-B01D1 (2023): phase at signing given as global Phase 1 (release), 'phase 2'
   (Fierce-based summary) and Phase 3 in China (tracker); phase left empty, noted.
7. Novartis–Argo (Jan 2024): $4.165B total incl. $185M upfront (BioWorld; headline) vs '$185
   million upfront and over $4 billion in potential milestones' (MedPath 2025); milestone amount
   not computed.
8. Hengrui–Hercules/Kailera (2024): $110M described as upfront (Yicai) vs $100M down payment +
   $10M near-term milestone (Cailian Press; stored as two rows); sales milestones 'USD5.7
   billion' (Yicai) vs $5.725B (Blue Whale, CNInMed; stored); total $6.035B (CNInMed).
9. AstraZeneca–CSPC YS2302018 (2024): milestones $1.92B (RTTNews, stored) vs $1.9B (Precision
   Medicine Online).
10. IDEAYA–Hengrui SHR-4849 (2024): total $1.045B (China IP Today; headline) vs 'about $1.05
    billion' (newswire). Signed 27 Dec (agreement) vs announced 29 Dec 2024.
11. Roche–Innovent IBI3009 (2025): brief suggested CHF; all sources give $80M upfront and up to
    $1B milestones; Yicai's maximum USD1.08B is the headline.
12. AbbVie–Simcere SIM0500 (2025): option fees and milestones up to $1.055B (release; stored) vs
    'up to $1.05 billion in milestone payments' (BioPharmaTrend). The $40M payment's date is
    shown as 03/02/2026 with unstated day/month order, so the event has no date.
13. AstraZeneca–Harbour BioMed (2025): total $4.575B (VCBeat; headline) vs 'potentially more
    than $4.68 billion' (Biotech Insider). November 2025 update dated Sunday 23 Nov (Benzinga;
    stored) vs 24 Nov (VCBeat).
14. Innovent–Takeda (2025): announced late Tuesday 21 Oct US time (stored) vs 22 Oct dates on the
    Business Wire copy and Innovent's HK announcement.
15. AstraZeneca–Jacobio JAB-23E73 (2025): milestones $1.915B (China Daily, Caixin; stored) vs
    US$1.92B (SCMP copy) vs $1.9B (BioSpace); territory 'outside the Chinese mainland' (China
    Daily) vs outside mainland China, HK, Macau and Taiwan (SCMP); CN coded as excluded.
16. Zenas–InnoCare orelabrutinib (2025): worldwide rights outside oncology (Reuters; coded WW) vs
    'outside of China and Southeast Asia' (Fierce copy).
17. AstraZeneca–CSPC weight management (2026): $4.7B (Fierce headline: upfront + dev/reg) vs
    $18.5B (MENAFN, incl. $13.8B sales milestones; stored headline); lead asset SYH2082
    (AstraZeneca RNS, Fierce, RTTNews; stored) vs 'SYH2083' (Time.news).
18. Madrigal–Ribo (2026): $4.4B total including the $60M upfront (Gate/China Renaissance;
    Reuters FR; headline) vs 'another $4.4 billion' on top of the upfront (pharmaphorum);
    milestone amount not computed. Licensor also rendered 'Revo Biologics' (Gate).
19. Sanofi–CTTQ rovadicitinib (2026): milestones $1.395B (Fierce, from filing; stored) vs $1.40B
    (Reuters); release dated 4 Mar local time vs Reuters page header Tuesday 3 Mar.
20. Regeneron–Hansoh HS-20094 (2025): excluded territory is mainland China, Hong Kong and Macau
    only (Taiwan not excluded) – not a disagreement, but unlike the other deals; kept as reported.
"""

# --- Companies ----------------------------------------------------------------------------
# Only companies not already in demo_data.py. Parents come before subsidiaries.

COMPANIES: list[dict] = [
    # Chinese / Hong Kong licensors
    {"slug": "hansoh-pharma", "name": "Hansoh Pharma",
     "legal_name": "Hansoh Pharmaceutical Group Company Limited", "country": "CN",
     "city": "Shanghai", "company_type": "mid_pharma", "ownership": "public",
     "listings": [("HKEX", "3692")],
     "aliases": [("Hansoh Pharmaceutical Group", "other"), ("Hansoh Pharmaceuticals", "spelling")],
     "description": "Chinese pharmaceutical group listed in Hong Kong; out-licensor of ADCs and "
                    "incretin drugs."},
    {"slug": "innovent-biologics", "name": "Innovent Biologics", "legal_name": "Innovent Biologics, Inc.",
     "local_name": "信达生物", "country": "CN", "city": "Suzhou", "company_type": "biotech",
     "ownership": "public", "listings": [("HKEX", "1801")], "aliases": [("信达生物", "local")],
     "description": "Suzhou-based biopharmaceutical company listed in Hong Kong."},
    {"slug": "united-laboratories", "name": "The United Laboratories",
     "legal_name": "The United Laboratories International Holdings Limited", "country": "CN",
     "company_type": "mid_pharma", "ownership": "public", "listings": [("HKEX", "3933")],
     "aliases": [("TUL", "abbreviation"), ("United Biotechnology", "other")],
     "description": "Guangdong-based pharmaceutical group; its wholly owned subsidiary The United "
                    "Bio-Technology (Hengqin) Co., Ltd. developed UBT251."},
    {"slug": "cspc-pharmaceutical", "name": "CSPC Pharmaceutical Group",
     "legal_name": "CSPC Pharmaceutical Group Limited", "country": "CN", "city": "Shijiazhuang",
     "company_type": "mid_pharma", "ownership": "public", "listings": [("HKEX", "1093")],
     "aliases": [("CSPC", "abbreviation"), ("CSPC Pharmaceuticals", "spelling")],
     "description": "Shijiazhuang-based, Hong Kong-listed pharmaceutical group."},
    {"slug": "harbour-biomed", "name": "Harbour BioMed", "legal_name": "HBM Holdings Limited",
     "country": "CN", "city": "Shanghai", "company_type": "biotech", "ownership": "public",
     "listings": [("HKEX", "2142")],
     "aliases": [("HBM", "abbreviation"), ("HBM Holdings", "other")],
     "description": "Hong Kong-listed antibody company (Harbour Mice platform); trade press "
                    "calls it Shanghai-based or Hong Kong-based, with further sites in "
                    "Cambridge, MA and Rotterdam."},
    {"slug": "simcere-pharmaceutical", "name": "Simcere Pharmaceutical Group",
     "legal_name": "Simcere Pharmaceutical Group Ltd", "country": "CN",
     "company_type": "mid_pharma", "ownership": "public", "listings": [("HKEX", "2096")],
     "aliases": [("Simcere", "abbreviation"), ("Simcere Zaiming", "other")],
     "description": "Chinese pharmaceutical group; its oncology subsidiary Simcere Zaiming "
                    "(Shanghai) originated SIM0500."},
    {"slug": "sichuan-biokin", "name": "Sichuan Biokin Pharmaceutical", "country": "CN",
     "city": "Chengdu", "company_type": "mid_pharma", "ownership": "public",
     "aliases": [("Biokin", "abbreviation"), ("SystImmune", "other")],
     "description": "Chinese drugmaker; SystImmune, its US-based arm, is the contracting "
                    "party of the BL-B01D1 deal with Bristol Myers Squibb."},
    {"slug": "duality-biologics", "name": "Duality Biologics",
     "legal_name": "Duality Biologics (Suzhou) Co., Ltd.", "country": "CN", "city": "Shanghai",
     "company_type": "biotech", "aliases": [("DualityBio", "abbreviation")],
     "description": "Chinese ADC company (DITAC platform); reported as Shanghai-based, legal "
                    "entity in Suzhou."},
    {"slug": "hutchmed", "name": "HUTCHMED", "legal_name": "HUTCHMED (China) Limited",
     "country": "HK", "city": "Hong Kong", "company_type": "mid_pharma", "ownership": "public",
     "listings": [("NASDAQ", "HCM"), ("AIM", "HCM"), ("HKEX", "13")],
     "aliases": [("HutchMed", "spelling"), ("Hutchison China MediTech", "former")],
     "description": "Hong Kong-headquartered oncology and immunology company with research "
                    "operations in Shanghai; developer of fruquintinib."},
    {"slug": "keymed-biosciences", "name": "Keymed Biosciences", "country": "CN",
     "city": "Chengdu", "company_type": "biotech", "ownership": "public",
     "listings": [("HKEX", "2162")], "aliases": [("Keymed", "abbreviation")],
     "description": "Chengdu-based antibody company; holds 70% of KYM Biosciences."},
    {"slug": "kym-biosciences", "name": "KYM Biosciences", "legal_name": "KYM Biosciences Inc.",
     "country": "CN", "city": "Chengdu", "company_type": "biotech", "ownership": "subsidiary",
     "parent": "keymed-biosciences", "aliases": [("KYM", "abbreviation")],
     "description": "Joint venture of affiliates of Keymed Biosciences (70%) and Lepu Biopharma "
                    "(30%); owner of CMG901."},
    {"slug": "abelzeta-pharma", "name": "AbelZeta Pharma", "legal_name": "AbelZeta Pharma, Inc.",
     "country": "CN", "city": "Shanghai", "company_type": "biotech", "ownership": "private",
     "aliases": [("Cellular Biomedicine Group", "former"), ("CBMG", "abbreviation")],
     "description": "Cell-therapy company with operations in Shanghai and Rockville, Maryland "
                    "(described as Sino-US); called Cellular Biomedicine Group when it signed "
                    "with Janssen in 2023. C-CAR039 was developed by its Shanghai entity."},
    {"slug": "eccogene", "name": "Eccogene", "country": "CN", "city": "Shanghai",
     "company_type": "startup", "ownership": "private",
     "description": "Shanghai-based biotech; originator of the oral GLP-1RA ECC5004."},
    {"slug": "abbisko-therapeutics", "name": "Abbisko Therapeutics",
     "legal_name": "Abbisko Therapeutics Co., Ltd.", "country": "CN", "city": "Shanghai",
     "company_type": "biotech", "ownership": "subsidiary",
     "description": "Shanghai-founded oncology company, a subsidiary of Abbisko Cayman Limited; "
                    "developer of pimicotinib (ABSK021)."},
    {"slug": "argo-biopharmaceutical", "name": "Argo Biopharmaceutical",
     "legal_name": "Argo Biopharmaceutical Co. Ltd.", "country": "CN", "city": "Shanghai",
     "company_type": "biotech", "ownership": "private",
     "aliases": [("Argo Biopharma", "other"), ("Argo", "abbreviation")],
     "description": "Shanghai-based RNAi (siRNA) company co-founded in 2021 by former "
                    "Arrowhead scientists."},
    {"slug": "wuxi-biologics", "name": "WuXi Biologics", "legal_name": "WuXi Biologics (Cayman) Inc.",
     "country": "CN", "company_type": "cro_cdmo", "ownership": "public",
     "listings": [("HKEX", "2269")], "aliases": [("WuXi Bio", "abbreviation")],
     "description": "Chinese biologics CRDMO that also licenses antibodies discovered on its "
                    "platforms (e.g. its CD3 T-cell-engager platform)."},
    {"slug": "livzon-pharmaceutical", "name": "Livzon Pharmaceutical Group",
     "legal_name": "Livzon Pharmaceutical Group Inc.", "local_name": "麗珠醫藥集團股份有限公司",
     "country": "CN", "city": "Zhuhai", "company_type": "mid_pharma", "ownership": "public",
     "listings": [("SZSE", "000513"), ("HKEX", "1513")],
     "aliases": [("Livzon", "abbreviation"), ("麗珠醫藥", "local")],
     "description": "Diversified Guangdong pharmaceutical group (in-licensor in this file)."},
    {"slug": "mabworks", "name": "Mabworks", "country": "CN", "city": "Beijing",
     "company_type": "biotech", "ownership": "private",
     "description": "Chinese antibody company; licensor of the CLYM116 antibody programme to "
                    "Climb Bio (the filing names it only 'Mabworks')."},
    {"slug": "innocare-pharma", "name": "InnoCare Pharma", "country": "CN", "city": "Beijing",
     "company_type": "biotech", "ownership": "public", "listings": [("HKEX", "9969")],
     "aliases": [("InnoCare", "abbreviation")],
     "description": "Beijing-based biotech; developer of the BTK inhibitor orelabrutinib."},
    {"slug": "jacobio-pharma", "name": "Jacobio Pharma", "country": "CN", "city": "Beijing",
     "company_type": "biotech", "ownership": "public", "listings": [("HKEX", "1167")],
     "aliases": [("Jacobio Pharmaceuticals", "other"), ("Jacobio", "abbreviation")],
     "description": "Hong Kong-listed Chinese biotech focused on KRAS and other 'undruggable' "
                    "targets; developer of glecirasib and JAB-23E73."},
    {"slug": "ribo-life-science", "name": "Suzhou Ribo Life Science",
     "legal_name": "Suzhou Ribo Life Science Co., Ltd.", "country": "CN", "city": "Suzhou",
     "company_type": "biotech", "ownership": "public", "listings": [("HKEX", "6938")],
     "aliases": [("Ribo", "abbreviation"), ("Revo Biologics", "spelling"),
                 ("Ribocure Pharmaceuticals", "other")],
     "description": "Hong Kong-listed siRNA company (RiboGalSTAR liver-targeting platform); "
                    "its Swedish unit Ribocure Pharmaceuticals AB is party to its deals."},
    {"slug": "sino-biopharmaceutical", "name": "Sino Biopharmaceutical",
     "legal_name": "Sino Biopharmaceutical Limited", "country": "HK", "city": "Hong Kong",
     "company_type": "mid_pharma", "ownership": "public", "listings": [("HKEX", "1177")],
     "aliases": [("Sino Biopharm", "abbreviation")],
     "description": "Hong Kong-listed Chinese pharmaceutical group."},
    {"slug": "chia-tai-tianqing", "name": "Chia Tai Tianqing Pharmaceutical Group",
     "country": "CN", "city": "Lianyungang", "company_type": "mid_pharma",
     "ownership": "subsidiary", "parent": "sino-biopharmaceutical",
     "aliases": [("CTTQ", "abbreviation")],
     "description": "Principal operating subsidiary of Sino Biopharmaceutical; originator of "
                    "rovadicitinib."},
    {"slug": "akeso", "name": "Akeso", "legal_name": "Akeso, Inc.", "country": "CN",
     "city": "Zhongshan", "company_type": "biotech", "ownership": "public",
     "listings": [("HKEX", "9926")], "aliases": [("Kangfang Biotech", "other")],
     "description": "Zhongshan, China-based antibody company; developer of the PD-1 × VEGF "
                    "bispecific ivonescimab (AK112)."},
    # Non-Chinese licensees (and the one Korean licensor of the in-licensing deal)
    {"slug": "regeneron", "name": "Regeneron Pharmaceuticals",
     "legal_name": "Regeneron Pharmaceuticals, Inc.", "country": "US", "city": "Tarrytown",
     "company_type": "big_pharma", "ownership": "public", "listings": [("NASDAQ", "REGN")],
     "aliases": [("Regeneron", "abbreviation")], "description": "US biotechnology company."},
    {"slug": "roche", "name": "Roche", "legal_name": "F. Hoffmann-La Roche AG", "country": "CH",
     "city": "Basel", "company_type": "big_pharma", "ownership": "public",
     "listings": [("SIX", "ROG")], "description": "Swiss pharmaceutical company."},
    {"slug": "takeda", "name": "Takeda", "legal_name": "Takeda Pharmaceutical Company Limited",
     "country": "JP", "city": "Tokyo", "company_type": "big_pharma", "ownership": "public",
     "listings": [("TSE", "4502"), ("NYSE", "TAK")],
     "aliases": [("Takeda Pharmaceutical", "other")],
     "description": "Japanese pharmaceutical company."},
    {"slug": "novo-nordisk", "name": "Novo Nordisk", "legal_name": "Novo Nordisk A/S",
     "country": "DK", "city": "Bagsværd", "company_type": "big_pharma", "ownership": "public",
     "listings": [("NYSE", "NVO")], "description": "Danish pharmaceutical company."},
    {"slug": "merck-kgaa", "name": "Merck KGaA", "legal_name": "Merck KGaA, Darmstadt, Germany",
     "country": "DE", "city": "Darmstadt", "company_type": "big_pharma", "ownership": "public",
     "aliases": [("Merck", "other")],
     "description": "German science and technology company (healthcare, life science, "
                    "electronics); not Merck & Co. of Rahway."},
    {"slug": "sanofi", "name": "Sanofi", "country": "FR", "city": "Paris",
     "company_type": "big_pharma", "ownership": "public", "listings": [("NASDAQ", "SNY")],
     "description": "French pharmaceutical company."},
    {"slug": "ideaya-biosciences", "name": "IDEAYA Biosciences",
     "legal_name": "IDEAYA Biosciences, Inc.", "country": "US", "city": "South San Francisco",
     "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "IDYA")],
     "description": "US precision-oncology biotech."},
    {"slug": "kailera-therapeutics", "name": "Kailera Therapeutics", "country": "US",
     "company_type": "startup", "ownership": "private",
     "aliases": [("Hercules CM NewCo", "former"), ("Hercules", "abbreviation")],
     "description": "US company formed in Delaware in May 2024 as Hercules CM NewCo by Bain "
                    "Capital Life Sciences, Atlas Venture, RTW and Lyra Capital to license "
                    "Hengrui's incretin portfolio; Hengrui holds 19.9%."},
    {"slug": "climb-bio", "name": "Climb Bio", "country": "US", "company_type": "biotech",
     "ownership": "public", "description": "US biotech; licensee of the CLYM116 antibody "
                                          "programme from Mabworks."},
    {"slug": "zenas-biopharma", "name": "Zenas BioPharma", "country": "US",
     "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "ZBIO")],
     "aliases": [("Zenas BioSciences", "spelling")],
     "description": "Boston-area immunology biotech founded in 2021."},
    {"slug": "madrigal-pharmaceuticals", "name": "Madrigal Pharmaceuticals",
     "legal_name": "Madrigal Pharmaceuticals, Inc.", "country": "US",
     "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "MDGL")],
     "description": "US company marketing Rezdiffra (resmetirom) for MASH."},
    {"slug": "summit-therapeutics", "name": "Summit Therapeutics",
     "legal_name": "Summit Therapeutics Inc.", "country": "US", "city": "Menlo Park",
     "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "SMMT")],
     "description": "US oncology company; licensee of ivonescimab (SMT112) from Akeso."},
    {"slug": "onconic-therapeutics", "name": "Onconic Therapeutics", "country": "KR",
     "company_type": "biotech", "ownership": "public",
     "description": "Korean company; developer of the P-CAB zastaprazan (Jaqbo)."},
]

# --- Targets ------------------------------------------------------------------------------
# New targets only (PD-1, PD-L1, VEGF-A, HER3, B7-H3, TROP2 ... already exist in demo_data.py).

TARGETS: list[dict] = [
    {"name": "B7-H4", "slug": "b7-h4", "gene_symbol": "VTCN1",
     "description": "V-set domain-containing T-cell activation inhibitor 1."},
    {"name": "DLL3", "slug": "dll3", "gene_symbol": "DLL3", "description": "Delta-like ligand 3."},
    {"name": "GLP-1R", "slug": "glp-1r", "gene_symbol": "GLP1R",
     "description": "Glucagon-like peptide-1 receptor."},
    {"name": "GIPR", "slug": "gipr", "gene_symbol": "GIPR",
     "description": "Gastric inhibitory polypeptide receptor."},
    {"name": "Glucagon receptor", "slug": "glucagon-receptor", "gene_symbol": "GCGR",
     "description": ""},
    {"name": "Lp(a)", "slug": "lp-a", "gene_symbol": "LPA",
     "description": "Lipoprotein(a); the gene encodes apolipoprotein(a)."},
    {"name": "Claudin 18.2", "slug": "claudin-18-2", "gene_symbol": "CLDN18",
     "description": "Isoform 2 of claudin 18."},
    {"name": "HER2", "slug": "her2", "gene_symbol": "ERBB2", "description": ""},
    {"name": "GPRC5D", "slug": "gprc5d", "gene_symbol": "GPRC5D",
     "description": "G protein-coupled receptor class C group 5 member D."},
    {"name": "PARP1", "slug": "parp1", "gene_symbol": "PARP1",
     "description": "Poly(ADP-ribose) polymerase 1."},
    {"name": "CSF-1R", "slug": "csf-1r", "gene_symbol": "CSF1R",
     "description": "Colony-stimulating factor 1 receptor."},
    {"name": "EGFR", "slug": "egfr", "gene_symbol": "EGFR", "description": ""},
    {"name": "CD3", "slug": "cd3", "gene_symbol": "CD3E",
     "description": "T-cell co-receptor (epsilon chain) used by T-cell engagers."},
    {"name": "BCMA", "slug": "bcma", "gene_symbol": "TNFRSF17",
     "description": "B-cell maturation antigen."},
    {"name": "CD19", "slug": "cd19", "gene_symbol": "CD19", "description": ""},
    {"name": "CD20", "slug": "cd20", "gene_symbol": "MS4A1", "description": ""},
    {"name": "IL-2", "slug": "il-2", "gene_symbol": "IL2", "description": "Interleukin-2."},
    {"name": "BTK", "slug": "btk", "gene_symbol": "BTK", "description": "Bruton's tyrosine kinase."},
    {"name": "KRAS", "slug": "kras", "gene_symbol": "KRAS", "description": ""},
    {"name": "ANGPTL3", "slug": "angptl3", "gene_symbol": "ANGPTL3",
     "description": "Angiopoietin-like 3."},
    {"name": "VEGFR-1", "slug": "vegfr-1", "gene_symbol": "FLT1", "description": ""},
    {"name": "VEGFR-2", "slug": "vegfr-2", "gene_symbol": "KDR", "description": ""},
    {"name": "VEGFR-3", "slug": "vegfr-3", "gene_symbol": "FLT4", "description": ""},
    {"name": "H+/K+-ATPase", "slug": "h-k-atpase", "gene_symbol": "ATP4A",
     "description": "Gastric proton pump, blocked by potassium-competitive acid blockers."},
]

# --- Assets -------------------------------------------------------------------------------
# ``highest_phase`` only where a source cited in this file states it; deals carry the phase at
# signing.

ASSETS: list[dict] = [
    {"slug": "hs-20093", "name": "HS-20093", "owner": "hansoh-pharma", "modality": "adc",
     "targets": ["B7-H3"], "therapeutic_areas": ["Oncology"],
     "indications": "Lung cancer, sarcoma, head and neck cancers and other solid tumours",
     "description": "Fully humanised anti-B7-H3 antibody linked to a topoisomerase inhibitor "
                    "payload."},
    {"slug": "hs-20089", "name": "HS-20089", "owner": "hansoh-pharma", "modality": "adc",
     "targets": ["B7-H4"], "therapeutic_areas": ["Oncology", "Women's health"],
     "indications": "Ovarian and endometrial cancer and other solid tumours",
     "description": "B7-H4-targeted ADC with a topoisomerase inhibitor payload."},
    {"slug": "hs-10535", "name": "HS-10535", "owner": "hansoh-pharma",
     "modality": "small_molecule", "targets": ["GLP-1R"],
     "therapeutic_areas": ["Metabolic & endocrine", "Cardiovascular"],
     "indications": "Obesity and cardiometabolic disease", "highest_phase": "preclinical",
     "description": "Oral small-molecule GLP-1 receptor agonist."},
    {"slug": "hs-20094", "name": "HS-20094", "owner": "hansoh-pharma", "modality": "peptide",
     "targets": ["GLP-1R", "GIPR"], "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Obesity; type 2 diabetes", "highest_phase": "phase_3",
     "description": "Once-weekly injectable dual GLP-1/GIP receptor agonist."},
    {"slug": "hrs9531", "name": "HRS9531", "owner": "hengrui-pharma", "modality": "peptide",
     "targets": ["GLP-1R", "GIPR"], "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Obesity; type 2 diabetes",
     "aliases": [("KAI-9531", "code"), ("HRS-9531", "code")],
     "description": "GLP-1/GIP receptor dual agonist, developed as a weekly injection and an "
                    "oral form."},
    {"slug": "hrs-7535", "name": "HRS-7535", "owner": "hengrui-pharma",
     "modality": "small_molecule", "targets": ["GLP-1R"],
     "therapeutic_areas": ["Metabolic & endocrine"], "aliases": [("KAI-7535", "code")],
     "description": "Oral small-molecule GLP-1 receptor agonist."},
    {"slug": "hrs-4729", "name": "HRS-4729", "owner": "hengrui-pharma", "modality": "peptide",
     "targets": ["GLP-1R", "GIPR", "Glucagon receptor"],
     "therapeutic_areas": ["Metabolic & endocrine"], "aliases": [("KAI-4729", "code")],
     "description": "Injectable GLP-1/GIP/glucagon receptor tri-agonist."},
    {"slug": "hrs-5346", "name": "HRS-5346", "owner": "hengrui-pharma",
     "modality": "small_molecule", "targets": ["Lp(a)"], "therapeutic_areas": ["Cardiovascular"],
     "indications": "Atherosclerotic cardiovascular disease in people with elevated Lp(a)",
     "description": "Oral small-molecule inhibitor of Lp(a) formation."},
    {"slug": "hrs-1167", "name": "HRS-1167", "owner": "hengrui-pharma",
     "modality": "small_molecule", "targets": ["PARP1"], "therapeutic_areas": ["Oncology"],
     "description": "Selective PARP1 trapping inhibitor."},
    {"slug": "shr-a1904", "name": "SHR-A1904", "owner": "hengrui-pharma", "modality": "adc",
     "targets": ["Claudin 18.2"], "therapeutic_areas": ["Oncology"],
     "aliases": [("garetatug rezetecan", "inn")],
     "description": "Claudin 18.2 ADC with a topoisomerase I inhibitor payload."},
    {"slug": "shr-4849", "name": "SHR-4849", "owner": "hengrui-pharma", "modality": "adc",
     "targets": ["DLL3"], "therapeutic_areas": ["Oncology"],
     "indications": "Small cell lung cancer and neuroendocrine tumours",
     "aliases": [("IDE849", "code"), ("IDE-849", "code")],
     "description": "DLL3-targeted ADC with a topoisomerase I inhibitor payload."},
    {"slug": "ubt251", "name": "UBT251", "owner": "united-laboratories", "modality": "peptide",
     "targets": ["GLP-1R", "GIPR", "Glucagon receptor"],
     "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Obesity, type 2 diabetes, MAFLD, CKD",
     "description": "Weekly injectable GLP-1/GIP/glucagon triple receptor agonist."},
    {"slug": "ibi3009", "name": "IBI3009", "owner": "innovent-biologics", "modality": "adc",
     "targets": ["DLL3"], "therapeutic_areas": ["Oncology"],
     "indications": "Advanced small cell lung cancer",
     "description": "DLL3-targeted ADC built on Innovent's topoisomerase 1 inhibitor platform."},
    {"slug": "ibi363", "name": "IBI363", "owner": "innovent-biologics", "modality": "bispecific",
     "targets": ["PD-1", "IL-2"], "therapeutic_areas": ["Oncology"],
     "indications": "Non-small cell lung cancer, colorectal cancer",
     "description": "PD-1/IL-2α-biased bispecific antibody fusion protein."},
    {"slug": "ibi343", "name": "IBI343", "owner": "innovent-biologics", "modality": "adc",
     "targets": ["Claudin 18.2"], "therapeutic_areas": ["Oncology"],
     "indications": "Gastric and pancreatic cancers"},
    {"slug": "ibi3001", "name": "IBI3001", "owner": "innovent-biologics", "modality": "adc",
     "targets": ["EGFR", "B7-H3"], "therapeutic_areas": ["Oncology"],
     "description": "EGFR/B7-H3 bispecific ADC (early stage)."},
    {"slug": "ys2302018", "name": "YS2302018", "owner": "cspc-pharmaceutical",
     "modality": "small_molecule", "targets": ["Lp(a)"], "therapeutic_areas": ["Cardiovascular"],
     "indications": "Dyslipidaemia", "description": "Oral small-molecule Lp(a) disruptor."},
    {"slug": "cspc-ai-oral-candidates", "name": "CSPC AI-discovered oral candidates",
     "owner": "cspc-pharmaceutical", "modality": "small_molecule",
     "therapeutic_areas": ["Immunology"],
     "description": "Pre-clinical oral candidates from CSPC's AI-driven dual-engine discovery "
                    "platform, including a small molecule for immunological diseases; targets "
                    "not disclosed."},
    {"slug": "syh2082", "name": "SYH2082", "owner": "cspc-pharmaceutical", "modality": "peptide",
     "targets": ["GLP-1R", "GIPR"], "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Obesity; type 2 diabetes",
     "description": "Long-acting (once-monthly, LiquidGel) GLP-1R/GIPR agonist."},
    {"slug": "cspc-monthly-weight-portfolio", "name": "CSPC once-monthly weight-management programmes",
     "owner": "cspc-pharmaceutical", "modality": "peptide",
     "therapeutic_areas": ["Metabolic & endocrine"],
     "description": "Further peptide programmes (three preclinical plus four new) covered by the "
                    "2026 AstraZeneca agreement; mechanisms not disclosed."},
    {"slug": "harbour-mice", "name": "Harbour Mice", "owner": "harbour-biomed",
     "modality": "platform", "is_platform": True,
     "therapeutic_areas": ["Immunology", "Oncology"],
     "description": "Transgenic-mouse platform for fully human antibodies (H2L2 and heavy-chain "
                    "only), used for multi-specific antibodies."},
    {"slug": "sim0500", "name": "SIM0500", "owner": "simcere-pharmaceutical",
     "modality": "trispecific", "targets": ["GPRC5D", "BCMA", "CD3"],
     "therapeutic_areas": ["Oncology", "Hematology"],
     "indications": "Relapsed or refractory multiple myeloma",
     "description": "Humanised GPRC5D × BCMA × CD3 trispecific T-cell engager."},
    {"slug": "bl-b01d1", "name": "BL-B01D1", "owner": "sichuan-biokin", "modality": "adc",
     "targets": ["EGFR", "HER3"], "therapeutic_areas": ["Oncology"],
     "indications": "Non-small cell lung cancer, breast cancer",
     "description": "EGFR × HER3 bispecific antibody-drug conjugate with a topoisomerase "
                    "inhibitor payload."},
    {"slug": "db-1303", "name": "DB-1303", "owner": "duality-biologics", "modality": "adc",
     "targets": ["HER2"], "therapeutic_areas": ["Oncology"],
     "indications": "HER2-expressing advanced solid tumours",
     "description": "Topoisomerase-1 inhibitor-based HER2 ADC (DITAC platform)."},
    {"slug": "db-1311", "name": "DB-1311", "owner": "duality-biologics", "modality": "adc",
     "therapeutic_areas": ["Oncology"],
     "description": "Topoisomerase-1 inhibitor-based ADC; target not disclosed at signing."},
    {"slug": "db-1305", "name": "DB-1305", "owner": "duality-biologics", "modality": "adc",
     "therapeutic_areas": ["Oncology"],
     "description": "ADC added to the BioNTech alliance in August 2023 (Phase I/II)."},
    {"slug": "fruquintinib", "name": "fruquintinib", "owner": "hutchmed",
     "modality": "small_molecule", "targets": ["VEGFR-1", "VEGFR-2", "VEGFR-3"],
     "therapeutic_areas": ["Oncology"], "indications": "Refractory metastatic colorectal cancer",
     "highest_phase": "approved",
     "description": "Oral, highly selective VEGFR-1/2/3 inhibitor, approved in China in 2018."},
    {"slug": "cmg901", "name": "CMG901", "owner": "kym-biosciences", "modality": "adc",
     "targets": ["Claudin 18.2"], "therapeutic_areas": ["Oncology"],
     "indications": "Claudin 18.2-positive solid tumours including gastric cancer",
     "description": "Anti-Claudin 18.2 antibody, protease-degradable linker, MMAE payload."},
    {"slug": "lm-305", "name": "LM-305", "owner": "lanova-medicines", "modality": "adc",
     "targets": ["GPRC5D"], "therapeutic_areas": ["Oncology", "Hematology"],
     "indications": "Relapsed/refractory multiple myeloma",
     "description": "Anti-GPRC5D antibody, protease-degradable linker, MMAE payload."},
    {"slug": "ecc5004", "name": "ECC5004", "owner": "eccogene", "modality": "small_molecule",
     "targets": ["GLP-1R"], "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Obesity, type 2 diabetes and other cardiometabolic conditions",
     "description": "Oral once-daily small-molecule GLP-1 receptor agonist."},
    {"slug": "pimicotinib", "name": "pimicotinib", "owner": "abbisko-therapeutics",
     "modality": "small_molecule", "targets": ["CSF-1R"],
     "therapeutic_areas": ["Oncology", "Rare diseases"],
     "indications": "Tenosynovial giant cell tumour", "aliases": [("ABSK021", "code")],
     "description": "Oral, highly selective CSF-1R inhibitor."},
    {"slug": "c-car039", "name": "C-CAR039", "owner": "abelzeta-pharma", "modality": "cell_therapy",
     "targets": ["CD19", "CD20"], "therapeutic_areas": ["Oncology", "Hematology"],
     "indications": "Relapsed/refractory B-cell non-Hodgkin lymphoma (DLBCL)",
     "aliases": [("prizloncabtagene autoleucel", "inn")],
     "description": "Autologous bispecific CD19 × CD20 CAR-T."},
    {"slug": "c-car066", "name": "C-CAR066", "owner": "abelzeta-pharma", "modality": "cell_therapy",
     "targets": ["CD20"], "therapeutic_areas": ["Oncology", "Hematology"],
     "description": "Autologous CD20-directed CAR-T."},
    {"slug": "wuxi-tce-antibodies", "name": "WuXi Biologics T-cell engager antibodies (GSK 2023)",
     "owner": "wuxi-biologics", "modality": "bispecific", "targets": ["CD3"],
     "therapeutic_areas": ["Oncology"],
     "description": "Up to four T-cell-engaging bispecific antibodies licensed to GSK; targets "
                    "not disclosed."},
    {"slug": "argo-cv-rnai-2024", "name": "Argo cardiovascular RNAi programmes (2024 Novartis deals)",
     "owner": "argo-biopharmaceutical", "modality": "sirna",
     "therapeutic_areas": ["Cardiovascular"],
     "description": "Two clinical-stage cardiovascular siRNA programmes licensed to Novartis in "
                    "January 2024; the sources read here do not name them."},
    {"slug": "bw-00112", "name": "BW-00112", "owner": "argo-biopharmaceutical", "modality": "sirna",
     "targets": ["ANGPTL3"], "therapeutic_areas": ["Cardiovascular", "Metabolic & endocrine"],
     "indications": "Severe hypertriglyceridaemia; mixed dyslipidaemia",
     "description": "ANGPTL3-targeted RNAi therapeutic in Phase II in the US and China."},
    {"slug": "argo-sirna-candidates-2025", "name": "Argo siRNA candidates (2025 Novartis deal)",
     "owner": "argo-biopharmaceutical", "modality": "sirna",
     "therapeutic_areas": ["Cardiovascular"],
     "description": "A hepatic-delivered siRNA in IND-enabling studies plus two discovery-stage "
                    "molecules for severe hypertriglyceridaemia and mixed dyslipidaemia."},
    {"slug": "orelabrutinib", "name": "orelabrutinib", "owner": "innocare-pharma",
     "modality": "small_molecule", "targets": ["BTK"],
     "therapeutic_areas": ["Neurology", "Immunology", "Oncology"],
     "indications": "Multiple sclerosis (progressive forms); approved in China for blood cancers",
     "aliases": [("Yinuokai", "brand"), ("Hibruka", "brand")],
     "description": "Oral, CNS-penetrant covalent BTK inhibitor."},
    {"slug": "jab-23e73", "name": "JAB-23E73", "owner": "jacobio-pharma",
     "modality": "small_molecule", "targets": ["KRAS"], "therapeutic_areas": ["Oncology"],
     "indications": "KRAS-mutant solid tumours (pancreatic, lung, colorectal cancer)",
     "description": "Oral pan-KRAS inhibitor."},
    {"slug": "clym116", "name": "CLYM116", "owner": "mabworks", "modality": "monoclonal_antibody",
     "description": "Antibody programme licensed from Mabworks (named CLYM116 by Climb Bio); "
                    "target not stated in the source read here."},
    {"slug": "ribo-mash-sirna-programs", "name": "Ribo MASH siRNA programmes",
     "owner": "ribo-life-science", "modality": "sirna",
     "therapeutic_areas": ["Gastroenterology & hepatology", "Metabolic & endocrine"],
     "indications": "Metabolic dysfunction-associated steatohepatitis (MASH)",
     "description": "Six preclinical siRNA programmes on the RiboGalSTAR liver-targeting "
                    "platform; targets not disclosed."},
    {"slug": "rovadicitinib", "name": "rovadicitinib", "owner": "chia-tai-tianqing",
     "modality": "small_molecule", "therapeutic_areas": ["Hematology", "Immunology"],
     "indications": "Myelofibrosis (approved in China); chronic graft-versus-host disease",
     "description": "Oral dual JAK/ROCK inhibitor."},
    {"slug": "zastaprazan", "name": "zastaprazan", "owner": "onconic-therapeutics",
     "modality": "small_molecule", "targets": ["H+/K+-ATPase"],
     "therapeutic_areas": ["Gastroenterology & hepatology"],
     "indications": "Gastroesophageal reflux disease", "aliases": [("Jaqbo", "brand")],
     "description": "Potassium-competitive acid blocker (P-CAB)."},
    {"slug": "ivonescimab", "name": "ivonescimab", "owner": "akeso", "modality": "bispecific",
     "targets": ["PD-1", "VEGF-A"], "therapeutic_areas": ["Oncology"],
     "aliases": [("AK112", "code"), ("SMT112", "code")],
     "indications": "Non-small cell lung cancer",
     "description": "PD-1 × VEGF bispecific antibody."},
]

# --- Deals --------------------------------------------------------------------------------
# Each deal lists its sources first (``key`` local to the deal); every amount points at a source
# key and carries the words quoted from that source's ``quote``.

DEALS: list[dict] = []

# ============================================================== 2023 ========================
DEALS += [
    {
        "slug": "gsk-wuxi-biologics-tce-antibodies-2023",
        "title": "GSK licenses up to four T-cell-engager antibodies from WuXi Biologics",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 1, 5), "conference": None, "indication": "",
        "summary": "Exclusive licenses for up to four T-cell-engaging (TCE) bispecific antibodies "
                   "discovered by WuXi Biologics. GSK pays $40M upfront and up to $1.46B in "
                   "R&D and other milestones, plus tiered royalties on net sales.",
        "analyst_notes": "WuXi Biologics announced on Thursday 5 Jan 2023 (Hong Kong time); the "
                         "Dow Jones item is time-stamped 00:13 ET the same day. Targets, stage and "
                         "territory were not given in the source read here.",
        "sources": [
            {"key": "dj",
             "url": "https://www.marketscreener.com/quote/stock/WUXI-BIOLOGICS-CAYMAN-I-37230806/news/Trending-Wuxi-Biologics-Licenses-Tumor-Antibodies-to-GSK-42661685/?utm_medium=RSS&utm_content=20230105",
             "publisher": "Dow Jones (via MarketScreener)",
             "title": "Trending: Wuxi Biologics Licenses Tumor Antibodies to GSK (title paraphrased)",
             "published_on": date(2023, 1, 5), "language": "en",
             "quote": "Wuxi Biologics said Thursday that the deal was for exclusive licenses for up "
                      "to four TCE antibodies. GSK will make a $40 million up-front payment to Wuxi "
                      "and up to $1.46 billion in additional payments for R&D and other milestones "
                      "along with tiered royalties on net sales, Wuxi Biologics said."},
        ],
        "headline": None,
        "parties": [
            {"company": "wuxi-biologics", "role": "licensor"},
            {"company": "gsk", "role": "licensee"},
        ],
        "assets": [{"asset": "wuxi-tce-antibodies"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("40_000_000"), "currency": "USD",
             "source": "dj", "quote": "GSK will make a $40 million up-front payment to Wuxi"},
            {"order": 1, "kind": "milestones", "amount": D("1_460_000_000"), "currency": "USD",
             "source": "dj",
             "quote": "up to $1.46 billion in additional payments for R&D and other milestones",
             "note": "R&D and other milestones, across up to four antibodies."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on net sales", "source": "dj"},
        "events": [],
    },
    {
        "slug": "takeda-hutchmed-fruquintinib-2023",
        "title": "Takeda licenses fruquintinib outside China from HUTCHMED",
        "deal_type": "license", "exclusive": True, "status": "closed",
        "announced_on": date(2023, 1, 23), "conference": None,
        "indication": "Refractory metastatic colorectal cancer",
        "summary": "Exclusive worldwide license, outside mainland China, Hong Kong and Macau, to "
                   "develop and commercialise the VEGFR-1/2/3 inhibitor fruquintinib in all "
                   "indications. $400M upfront on closing and up to $730M in regulatory, "
                   "development and commercial milestones, plus royalties: up to $1.13B. Closed "
                   "14 Mar 2023 after antitrust review.",
        "sources": [
            {"key": "release",
             "url": "https://www.pharmafocusasia.com/news/takeda-to-acquire-exclusive-worldwide-ex-china-license-of-hutchmed",
             "publisher": "Pharma Focus Asia (carrying Takeda's announcement)",
             "title": "Takeda to Acquire Exclusive Worldwide (ex-China) License of HUTCHMED’s Fruquintinib",
             "published_on": date(2023, 1, 24), "language": "en",
             "quote": "Under the terms of the agreement, Takeda will receive an exclusive worldwide "
                      "license to develop and commercialise fruquintinib in all indications and "
                      "territories outside of mainland China, Hong Kong and Macau. Subject to the "
                      "terms of the agreement, Takeda will pay HUTCHMED US$400 million upfront, up "
                      "to US$730 million in additional potential payments relating to regulatory, "
                      "development and commercial sales milestones, as well as royalties on net "
                      "sales."},
            {"key": "dj",
             "url": "https://www.marketscreener.com/quote/stock/HUTCHMED-CHINA-LIMITED-59660104/news/HutchMed-China-to-Receive-Up-to-1-13-Billion-on-Fruquintinib-Licensing-Agreement-42789277/?utm_medium=RSS&utm_content=20230123",
             "publisher": "Dow Jones (via MarketScreener)",
             "title": "HutchMed China to Receive Up to $1.13 Billion on Fruquintinib Licensing "
                      "Agreement (title paraphrased)",
             "published_on": date(2023, 1, 23), "language": "en",
             "quote": "HutchMed (China) Ltd. said Monday it will receive up to $1.13 billion after "
                      "entering into an exclusive license agreement with Takeda Pharmaceutical Co. "
                      "for the development and commercialization of Fruquintinib outside China."},
            {"key": "closing", "url": "https://www.1stoncology.com/blog/?p=84939",
             "publisher": "1stOncology (carrying HUTCHMED's release)",
             "title": "HUTCHMED Announces Closing of Fruquintinib License to Takeda Outside China",
             "published_on": date(2023, 3, 14), "language": "en",
             "quote": "On March 14, 2023 HUTCHMED (China) Limited (\"HUTCHMED\") (Nasdaq/AIM:HCM, "
                      "HKEX:13) reported that, further to its announcement on January 23, 2023 and "
                      "following the completion of customary closing conditions including antitrust "
                      "regulatory reviews, the exclusive license agreement with a subsidiary of "
                      "Takeda Pharmaceutical Company Limited (TSE:4502, NYSE:TAK) to further the "
                      "global development, commercialization and manufacture of fruquintinib "
                      "outside China has closed"},
        ],
        "headline": {"amount": D("1_130_000_000"), "currency": "USD", "source": "dj",
                     "quote": "it will receive up to $1.13 billion"},
        "parties": [
            {"company": "hutchmed", "role": "licensor",
             "name_as_reported": "HUTCHMED (China) Limited and its subsidiary HUTCHMED Limited"},
            {"company": "takeda", "role": "licensee"},
        ],
        "assets": [{"asset": "fruquintinib", "phase_at_signing": "approved"}],
        "territory": {"included": ["WW"], "excluded": ["CN", "HK", "MO"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("400_000_000"), "currency": "USD",
             "source": "release", "quote": "Takeda will pay HUTCHMED US$400 million upfront",
             "note": "Payable on closing."},
            {"order": 1, "kind": "milestones", "amount": D("730_000_000"), "currency": "USD",
             "source": "release",
             "quote": "up to US$730 million in additional potential payments relating to "
                      "regulatory, development and commercial sales milestones",
             "note": "Regulatory, development and commercial sales milestones combined."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "royalties on net sales", "source": "release"},
        "events": [
            {"kind": "closed", "date": date(2023, 3, 14), "source": "closing",
             "quote": "On March 14, 2023 HUTCHMED (China) Limited",
             "description": "License closed after antitrust reviews; HUTCHMED Limited to "
                            "receive the $400M shortly."},
        ],
    },
    {
        "slug": "astrazeneca-kym-cmg901-2023",
        "title": "AstraZeneca licenses CMG901 (Claudin 18.2 ADC) from KYM Biosciences",
        "deal_type": "license", "exclusive": True, "status": "closed",
        "announced_on": date(2023, 2, 23), "conference": None,
        "indication": "Claudin 18.2-positive solid tumours including gastric cancer",
        "summary": "Global exclusive license to research, develop, manufacture and commercialise "
                   "CMG901, a Claudin 18.2 ADC then in Phase I, from KYM Biosciences (the Keymed "
                   "Biosciences / Lepu Biopharma joint venture). $63M upfront on closing, up to "
                   "$1.1B in development and sales milestones and tiered royalties up to low "
                   "double digits. Completed 30 Mar 2023.",
        "analyst_notes": "BioPharm International wrote that the deal was expected to close in the "
                         "second half of 2023; RTTNews and AstraZeneca said the first half. It "
                         "closed on 30 Mar 2023. BioPharm International's headline puts the deal "
                         "at $1.16B (upfront plus milestones).",
        "sources": [
            {"key": "rtt",
             "url": "https://finanznachrichten.de/nachrichten-2023-02/58384978-astrazeneca-ups-gastric-cancer-effort-enters-license-agreement-with-kym-biosciences-for-cmg901-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "AstraZeneca Ups Gastric Cancer Effort; Enters License Agreement With KYM "
                      "Biosciences For CMG901 (title paraphrased)",
             "published_on": date(2023, 2, 23), "language": "en",
             "quote": "AstraZeneca would make an upfront payment of $63 million on transaction "
                      "closing and additional development and sales-related milestone payments of "
                      "up to $1.1 billion to KYM Biosciences as well as tiered royalties up to low "
                      "double digits."},
            {"key": "bpi",
             "url": "https://www.biopharminternational.com/view/astrazeneca-strikes-1-16-billion-licensing-deal-for-gastric-cancer-candidate",
             "publisher": "BioPharm International",
             "title": "AstraZeneca Strikes $1.16 Billion Licensing Deal for Gastric Cancer Candidate",
             "published_on": date(2023, 2, 23), "language": "en",
             "quote": "AstraZeneca announced a global exclusive license agreement deal with KYM "
                      "Biosciences, a joint venture established by affiliates of Keymed Biosciences "
                      "and Lepu Biopharma, on Feb. 23, 2023."},
            {"key": "completion",
             "url": "https://6ix.com/company/astrazeneca-plc/news/astrazeneca-completes-kym-agreement-for-cmg901",
             "publisher": "AstraZeneca (via 6ix)",
             "title": "AstraZeneca completes KYM agreement for CMG901",
             "published_on": date(2023, 3, 30), "language": "en",
             "quote": "AstraZeneca has entered into an exclusive global license for the research, "
                      "development, manufacture and commercialisation of CMG901 for an upfront "
                      "payment of $63m, with potential development and sales-related milestone "
                      "payments of up to $1.1bn and tiered royalties up to low double digits."},
        ],
        "headline": None,
        "parties": [
            {"company": "kym-biosciences", "role": "licensor", "name_as_reported": "KYM Biosciences Inc."},
            {"company": "astrazeneca", "role": "licensee"},
        ],
        "assets": [{"asset": "cmg901", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("63_000_000"), "currency": "USD",
             "source": "rtt", "quote": "an upfront payment of $63 million on transaction closing"},
            {"order": 1, "kind": "milestones", "amount": D("1_100_000_000"), "currency": "USD",
             "source": "rtt",
             "quote": "additional development and sales-related milestone payments of up to $1.1 "
                      "billion",
             "note": "Development and sales-related milestones combined."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties up to low double digits", "source": "rtt"},
        "events": [
            {"kind": "closed", "date": date(2023, 3, 30), "source": "completion",
             "description": "AstraZeneca announced completion of the license (release dated 30 "
                            "March 2023)."},
        ],
    },
    {
        "slug": "livzon-onconic-zastaprazan-2023",
        "title": "Livzon in-licenses Greater China rights to zastaprazan from Onconic Therapeutics",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 3, 10), "conference": None,
        "indication": "Gastroesophageal reflux disease",
        "summary": "Chinese in-licensing: Livzon takes exclusive rights to develop, obtain approval "
                   "for, manufacture and commercialise Onconic's P-CAB zastaprazan in Greater "
                   "China. $15M upfront and up to $112.5M in milestones ($127.5M in total), plus "
                   "royalties. Milestones of $3M (paid) and $1.5M (claimed) were reported in 2025.",
        "analyst_notes": "One of the few China in-licensing deals in this file (licensor in Korea). "
                         "A later Bqura article dates the license to March 2022; Asia Economy dates "
                         "the signing 10 Mar 2023 and ChinaBio's week-in-review reported it in "
                         "March 2023, so the 2023 date is used. The two milestone events have no "
                         "exact date in the source: the $3M was received 'last month' relative to "
                         "a 25 Mar 2025 report, and the $1.5M had just been claimed.",
        "sources": [
            {"key": "asiae", "url": "https://cm.asiae.co.kr/en/article/2025032511102699397",
             "publisher": "Asia Economy (English edition)",
             "title": "Onconic Therapeutics shares rise on Livzon milestone claim for zastaprazan "
                      "(title paraphrased)",
             "published_on": date(2025, 3, 25), "language": "en",
             "quote": "Last month, Onconic Therapeutics received a milestone payment of 3 million "
                      "USD (approximately 4.374 billion KRW) from Livzon, and this time, after "
                      "completing the technology transfer for mass production (CMC), it has claimed "
                      "an additional 1.5 million USD (approximately 2.187 billion KRW).\nOn March "
                      "10, 2023, Onconic signed a licensing agreement with Livzon granting exclusive "
                      "rights for the development, approval, production, and commercialization of "
                      "Zastaprazan in the Greater China region (China, Taiwan, Hong Kong, Macau). "
                      "The contract is worth a total of 127.5 million USD (approximately 165 billion "
                      "KRW), including an upfront payment of 15 million USD (approximately 20 "
                      "billion KRW)."},
            {"key": "chinabio",
             "url": "http://talkmarkets.com/content/global-markets/week-in-review-livzon-in-licenses-gerd-therapy-in-127-million-agreement?post=389189",
             "publisher": "ChinaBio Today (via TalkMarkets)",
             "title": "Week In Review: Livzon In-Licenses GERD Therapy In $127 Million Agreement "
                      "(publication date approximate)",
             "published_on": date(2023, 3, 10), "language": "en",
             "quote": "Onconic will receive an upfront payment of $15 million and up to $112.5 "
                      "million in milestones plus royalties on sales."},
            {"key": "bqura", "url": "https://bqura.com/posts/272", "publisher": "Bqura",
             "title": "Onconic Therapeutics Marks Milestone as Zastaprazan Begins Phase 3 Trials in "
                      "China (publication date approximate)",
             "published_on": date(2024, 11, 23), "language": "en",
             "quote": "Livzon obtained exclusive rights in March 2022 to develop, manufacture, and "
                      "commercialize Zastaprazan in the Greater China region (China, Taiwan, Hong "
                      "Kong, and Macau) through a licensing deal worth $127.5 million, including an "
                      "upfront payment of $15 million."},
        ],
        "headline": {"amount": D("127_500_000"), "currency": "USD", "source": "asiae",
                     "quote": "The contract is worth a total of 127.5 million USD"},
        "parties": [
            {"company": "onconic-therapeutics", "role": "licensor"},
            {"company": "livzon-pharmaceutical", "role": "licensee"},
        ],
        "assets": [{"asset": "zastaprazan"}],
        "territory": {"included": ["GREATER_CHINA"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("15_000_000"), "currency": "USD",
             "source": "chinabio", "quote": "Onconic will receive an upfront payment of $15 million"},
            {"order": 1, "kind": "milestones", "amount": D("112_500_000"), "currency": "USD",
             "source": "chinabio", "quote": "up to $112.5 million in milestones"},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "royalties on sales", "source": "chinabio"},
        "events": [
            {"kind": "milestone", "date": None, "source": "asiae", "amount": D("3_000_000"),
             "currency": "USD",
             "quote": "Onconic Therapeutics received a milestone payment of 3 million USD",
             "description": "Milestone received in February 2025 ('last month' in a 25 Mar 2025 "
                            "report)."},
            {"kind": "milestone", "date": None, "source": "asiae", "amount": D("1_500_000"),
             "currency": "USD", "quote": "it has claimed an additional 1.5 million USD",
             "description": "Further milestone claimed after CMC technology transfer (reported "
                            "25 Mar 2025)."},
        ],
    },
    {
        "slug": "biontech-duality-db-1303-db-1311-2023",
        "title": "BioNTech licenses two ADCs (DB-1303, DB-1311) from Duality Biologics",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 4, 3), "conference": None,
        "indication": "HER2-expressing advanced solid tumours (DB-1303)",
        "summary": "Exclusive license and collaboration agreements giving BioNTech global rights, "
                   "outside mainland China, Hong Kong and Macau, to DualityBio's HER2 ADC DB-1303 "
                   "(Phase 2, FDA Fast Track) and DB-1311. $170M in upfront licensing payments, "
                   "development, regulatory and commercial milestones potentially totalling over "
                   "$1.5B, and single- to double-digit tiered royalties. DualityBio holds US "
                   "co-development/profit-sharing and co-promotion options on DB-1311. Expanded "
                   "in August 2023 to a third ADC, DB-1305.",
        "analyst_notes": "Milestones are 'potentially totaling over $1.5 billion' (a floor, not a "
                         "cap). The August 2023 expansion's upfront was undisclosed.",
        "sources": [
            {"key": "dj", "url": "https://br.advfn.com/noticias/DJN/2023/artigo/90675215",
             "publisher": "Dow Jones Newswires (via ADVFN)",
             "title": "BioNTech, DualityBio enter ADC license agreements (title paraphrased)",
             "published_on": date(2023, 4, 3), "language": "en",
             "quote": "For both assets, DualityBio would receive single-digit to double-digit "
                      "tiered royalties on net sales, upfront licensing payments totaling $170 "
                      "million, and additional development, regulatory and commercial milestone "
                      "payments potentially totaling over $1.5 billion."},
            {"key": "expansion",
             "url": "https://sdbn.org/san-diego-biotech-news/2023/08/07/biontech-expands-adc-deal-with-dualitybio-gracell-and-io-biotech-get-private-placements-from-a-slew-of-investors/",
             "publisher": "San Diego Biotechnology Network (news digest)",
             "title": "BioNTech expands ADC deal with DualityBio; Gracell and IO Biotech get "
                      "private placements (title paraphrased)",
             "published_on": date(2023, 8, 7), "language": "en",
             "quote": "DualityBio announced the strategic expansion on Monday, saying that the "
                      "Shanghai biotech will receive undisclosed upfront payments, along with "
                      "additional milestones and royalties from BioNTech for DB-1305, which is "
                      "being tested in a Phase I/II solid tumor trial."},
        ],
        "headline": None,
        "parties": [
            {"company": "duality-biologics", "role": "licensor",
             "name_as_reported": "Duality Biologics (Suzhou) Co. Ltd."},
            {"company": "biontech", "role": "licensee"},
        ],
        "assets": [{"asset": "db-1303", "phase_at_signing": "phase_2"},
                   {"asset": "db-1311", "phase_at_signing": "preclinical"},
                   {"asset": "db-1305"}],
        "territory": {"included": ["WW"], "excluded": ["CN", "HK", "MO"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("170_000_000"), "currency": "USD",
             "source": "dj", "quote": "upfront licensing payments totaling $170 million",
             "note": "For both assets together."},
            {"order": 1, "kind": "milestones", "amount": D("1_500_000_000"), "currency": "USD",
             "source": "dj",
             "quote": "additional development, regulatory and commercial milestone payments "
                      "potentially totaling over $1.5 billion",
             "note": "'Over' $1.5B: a lower bound as reported."},
            {"order": 2, "kind": "upfront_cash", "disclosed": False, "source": "expansion",
             "quote": "the Shanghai biotech will receive undisclosed upfront payments",
             "note": "August 2023 expansion to DB-1305."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "single-digit to double-digit tiered royalties on net sales",
                    "source": "dj"},
        "events": [
            {"kind": "amended", "date": date(2023, 8, 7), "source": "expansion",
             "description": "Alliance expanded to DB-1305 (announced Monday 7 Aug 2023)."},
        ],
    },
    {
        "slug": "janssen-cbmg-c-car039-2023",
        "title": "Janssen licenses CD20-directed CAR-Ts C-CAR039 and C-CAR066 from Cellular "
                 "Biomedicine Group (now AbelZeta)",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 5, 2), "conference": None,
        "indication": "B-cell malignancies, mainly diffuse large B-cell lymphoma",
        "summary": "Worldwide collaboration and license agreement for CBMG's CD19 × CD20 CAR-T "
                   "C-CAR039 and CD20 CAR-T C-CAR066, outside Greater China, with an option for "
                   "Janssen to commercialise in China to be negotiated. Janssen pays $245M "
                   "upfront.",
        "analyst_notes": "Fineline/Flcube (https://flcube.com/?p=10670, undated, around ASH "
                         "December 2023) reports an updated agreement under which Janssen also "
                         "secures commercialisation rights in China; no dated source was found, "
                         "so no 'amended' event is recorded. Milestones were not reported in the "
                         "sources read here. The licensor operates from Shanghai and Rockville, "
                         "Maryland.",
        "sources": [
            {"key": "jnj",
             "url": "https://jnj.com/janssen-enters-worldwide-collaboration-and-license-agreement-with-cellular-biomedicine-group-to-develop-next-generation-car-t-therapies",
             "publisher": "Johnson & Johnson",
             "title": "Janssen Enters Worldwide Collaboration and License Agreement with Cellular "
                      "Biomedicine Group to Develop Next Generation CAR-T Therapies",
             "published_on": date(2023, 5, 2), "language": "en",
             "quote": "HORSHAM, Pa., May 2, 2023 – Janssen Biotech, Inc., one of the Janssen "
                      "Pharmaceutical Companies of Johnson & Johnson, announced today that it has "
                      "entered into a worldwide collaboration and license agreement with Cellular "
                      "Biomedicine Group Inc. (CBMG) to develop, manufacture and commercialize "
                      "next-generation chimeric antigen receptor (CAR) T-cell therapies for the "
                      "treatment of B-cell malignancies."},
            {"key": "benzinga",
             "url": "https://www.benzinga.com/general/biotech/23/05/32165424/johnson-johnson-ignites-car-t-ambitions-with-licensing-pact-with-cellular-biomedicine",
             "publisher": "Benzinga",
             "title": "Johnson & Johnson Ignites CAR-T Ambitions With Licensing Pact With Cellular "
                      "Biomedicine (title paraphrased)",
             "published_on": date(2023, 5, 2), "language": "en",
             "quote": "The companies will negotiate an option for Janssen to commercialize the "
                      "products in the China territory.\nJanssen will make an upfront payment of "
                      "$245 million."},
        ],
        "headline": None,
        "parties": [
            {"company": "abelzeta-pharma", "role": "licensor",
             "name_as_reported": "Cellular Biomedicine Group Inc. (CBMG)"},
            {"company": "janssen-biotech", "role": "licensee", "name_as_reported": "Janssen Biotech, Inc."},
        ],
        "assets": [{"asset": "c-car039", "phase_at_signing": "phase_1"}, {"asset": "c-car066"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("245_000_000"), "currency": "USD",
             "source": "benzinga", "quote": "Janssen will make an upfront payment of $245 million."},
        ],
        "royalty": None,
        "events": [],
    },
    {
        "slug": "astrazeneca-lanova-lm-305-2023",
        "title": "AstraZeneca licenses LM-305 (GPRC5D ADC) from LaNova Medicines",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 5, 1), "announced_on_precision": "month", "conference": None,
        "indication": "Relapsed/refractory multiple myeloma",
        "summary": "Exclusive global license to research, develop and commercialise LaNova's "
                   "preclinical GPRC5D ADC LM-305 (IND-cleared in the US and China). Upfront and "
                   "near-term payments of up to $55M, up to $545M in development and commercial "
                   "milestones, and tiered royalties: up to $600M.",
        "analyst_notes": "The day of the announcement is not in the sources read here; BioCentury "
                         "reported it in its 12 May 2023 Quick Takes and Pharma Manufacturing "
                         "said 'this week', so the month is stored.",
        "sources": [
            {"key": "pm",
             "url": "https://pharmamanufacturing.com/home/news/33005243/astrazeneca-lanova-medicines-sign-600m-adc-partnership",
             "publisher": "Pharma Manufacturing",
             "title": "AstraZeneca, LaNova Medicines sign $600M ADC partnership (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2023, 5, 12), "language": "en",
             "quote": "AstraZeneca is making ADC moves in Asia once again, announcing this week "
                      "that it has entered a license agreement with Shanghai-based LaNova "
                      "Medicines, in a deal that could be valued up to $600 million.\nUnder the "
                      "terms of the collaboration, LaNova will receive upfront and near-term "
                      "payments of up to $55 million and additional development and commercial "
                      "milestone payments of up to $545 million."},
            {"key": "biocentury",
             "url": "https://biocentury.com/article/647923/may-12-quick-takes-az-latest-pharma-to-gain-rights-to-a-lanova-adc",
             "publisher": "BioCentury",
             "title": "May 12 Quick Takes: AZ latest pharma to gain rights to a LaNova ADC",
             "published_on": date(2023, 5, 12), "language": "en",
             "quote": "The Shanghai company is eligible to receive upfront and near-term payments "
                      "of $55 million and milestone payments of $545 million, plus royalties."},
            {"key": "adcreview",
             "url": "https://www.adcreview.com/news/lanova-signs-exclusive-license-agreement-with-astrazeneca-for-novel-gprc5d-targeting/",
             "publisher": "ADC Review",
             "title": "LaNova signs exclusive license agreement with AstraZeneca for novel "
                      "GPRC5D-targeting ADC (title paraphrased; publication date approximate)",
             "published_on": date(2023, 5, 12), "language": "en",
             "quote": "LaNova Medicines is eligible to receive an upfront and near-term payments of "
                      "up to US $ 55 million and additional development and commercial milestone "
                      "payments of up to US US $ 545 million, as well as tiered royalties on net "
                      "sales worldwide."},
        ],
        "headline": {"amount": D("600_000_000"), "currency": "USD", "source": "pm",
                     "quote": "in a deal that could be valued up to $600 million"},
        "parties": [
            {"company": "lanova-medicines", "role": "licensor"},
            {"company": "astrazeneca", "role": "licensee"},
        ],
        "assets": [{"asset": "lm-305", "phase_at_signing": "preclinical"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("55_000_000"), "currency": "USD",
             "source": "pm", "quote": "upfront and near-term payments of up to $55 million",
             "note": "Upfront and near-term payments combined; the split was not disclosed."},
            {"order": 1, "kind": "milestones", "amount": D("545_000_000"), "currency": "USD",
             "source": "pm",
             "quote": "additional development and commercial milestone payments of up to $545 "
                      "million"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on net sales worldwide", "source": "adcreview"},
        "events": [],
    },
]

DEALS += [
    {
        "slug": "gsk-hansoh-hs-20089-2023",
        "title": "GSK licenses HS-20089 (B7-H4 ADC) from Hansoh Pharma",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 10, 20), "conference": None,
        "indication": "Ovarian and endometrial cancer",
        "summary": "Exclusive worldwide rights, excluding mainland China, Hong Kong, Macau and "
                   "Taiwan, to Hansoh's Phase I B7-H4 ADC HS-20089. $85M upfront, up to $1.485B "
                   "in success-based milestones, and tiered royalties on net sales outside those "
                   "territories.",
        "sources": [
            {"key": "1st", "url": "https://www.1stoncology.com/blog/?p=90779",
             "publisher": "1stOncology (carrying GSK's release)",
             "title": "GSK enters exclusive license agreement with Hansoh for HS-20089",
             "published_on": date(2023, 10, 20), "language": "en",
             "quote": "On October 20, 2023 GSK plc (LSE/NYSE: GSK) and Hansoh Pharma (HKEX: 03692), "
                      "a Chinese biopharmaceutical company committed to discovering and developing "
                      "life-changing medicines to help patients conquer serious diseases and "
                      "disorders, reported that they have entered into an exclusive license "
                      "agreement for HS-20089, a B7-H4 targeted antibody-drug conjugate (ADC) "
                      "currently in phase I (NCT05263479) clinical trials in China"},
            {"key": "bsa",
             "url": "https://biospectrumasia.com/news/48/23219/gsk-inks-85-m-deal-with-chinas-hansoh-pharma.html",
             "publisher": "BioSpectrum Asia",
             "title": "GSK inks $85 M deal with China's Hansoh Pharma (title paraphrased)",
             "published_on": date(2023, 10, 27), "language": "en",
             "quote": "Under the terms of this agreement, GSK will pay an $85 million upfront "
                      "payment. In addition, Hansoh will be eligible to receive up to $1.485 billion "
                      "in success-based milestones for HS-20089."},
            {"key": "bpi",
             "url": "https://www.bioprocessintl.com/deal-making/gsk-forks-out-85m-for-hansoh-gynecology-cancer-adc",
             "publisher": "BioProcess International",
             "title": "GSK forks out $85m for Hansoh gynecology cancer ADC",
             "published_on": date(2023, 10, 30), "language": "en",
             "quote": "Hansoh Pharma has sold ex-China rights for its B7-H4 ADC to GSK in a $1.57 "
                      "billion deal ($85 million upfront), plus royalties on any sales."},
        ],
        "headline": {"amount": D("1_570_000_000"), "currency": "USD", "source": "bpi",
                     "quote": "in a $1.57 billion deal ($85 million upfront)"},
        "parties": [
            {"company": "hansoh-pharma", "role": "licensor"},
            {"company": "gsk", "role": "licensee"},
        ],
        "assets": [{"asset": "hs-20089", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("85_000_000"), "currency": "USD",
             "source": "bsa", "quote": "GSK will pay an $85 million upfront payment"},
            {"order": 1, "kind": "milestones", "amount": D("1_485_000_000"), "currency": "USD",
             "source": "bsa",
             "quote": "Hansoh will be eligible to receive up to $1.485 billion in success-based "
                      "milestones for HS-20089",
             "note": "Success-based milestones."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on global net sales outside mainland China, Hong "
                               "Kong, Macau and Taiwan", "source": "bsa"},
        "events": [],
    },
    {
        "slug": "merck-kgaa-hengrui-hrs-1167-shr-a1904-2023",
        "title": "Merck KGaA licenses PARP1 inhibitor HRS-1167 from Hengrui, with an option on "
                 "Claudin 18.2 ADC SHR-A1904",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 10, 30), "conference": None, "indication": "",
        "summary": "Exclusive worldwide (ex-China) license to Hengrui's PARP1-selective inhibitor "
                   "HRS-1167 plus an option on an exclusive ex-China license to the Claudin 18.2 "
                   "ADC SHR-A1904, and an option to co-promote both in China. €160M upfront; "
                   "technology-transfer and option-exercise payments of up to €90M; milestones "
                   "and royalties bringing potential payments to up to €1.4B.",
        "analyst_notes": "Reported in US dollars as $169M upfront (BioProcess International, C&EN) "
                         "and up to $1.5B in total (BioWorld); amounts are kept in euros as "
                         "announced. Sources differ on whether the up-to-€90M covers technology "
                         "transfer and the ADC option together (Pharma Focus Asia) or the option "
                         "alone. No source found on whether the SHR-A1904 option was exercised.",
        "sources": [
            {"key": "pfa",
             "url": "https://www.pharmafocusasia.com/news/hengrui-pharmaceuticals-and-merck-kgaa-darmstadt-germany-join-forces-to-advance-innovative-cancer-therapies",
             "publisher": "Pharma Focus Asia (carrying Hengrui's announcement)",
             "title": "Hengrui Pharmaceuticals and Merck KGaA, Darmstadt, Germany, Join Forces to "
                      "Advance Innovative Cancer Therapies",
             "published_on": date(2023, 10, 30), "language": "en",
             "quote": "Under the terms of the agreement, Merck KGaA, Darmstadt, Germany, will "
                      "provide an upfront payment of €160 million to Hengrui Pharma. Hengrui Pharma "
                      "will also receive payments for technology transfer, and Merck KGaA, "
                      "Darmstadt, Germany, retains an option to exercise for the Claudin-18.2 ADC, "
                      "with a potential payment of up to €90 million."},
            {"key": "pmlive",
             "url": "https://pmlive.com/pharma_news/merck_kgaa_and_hengrui_pharmaceuticals_announce_oncology_partnership_worth_over_1-4bn_1503135/",
             "publisher": "PMLiVE",
             "title": "Merck KGaA and Hengrui Pharmaceuticals announce oncology partnership worth "
                      "over €1.4bn (publication date approximate)",
             "published_on": date(2023, 10, 30), "language": "en",
             "quote": "Upon the achievement of certain development, regulatory and commercial "
                      "milestones, Hengrui is eligible to receive royalty payments on net sales, "
                      "with potential payments totalling up to €1.4bn."},
            {"key": "bpi",
             "url": "https://www.bioprocessintl.com/deal-making/merck-kgaa-bolsters-oncology-pipeline-with-hengrui-partnership",
             "publisher": "BioProcess International",
             "title": "Merck KGaA bolsters oncology pipeline with Hengrui partnership",
             "published_on": date(2023, 10, 31), "language": "en",
             "quote": "Under the terms of the deal, Chinese drugmaker Hengrui will receive an "
                      "upfront payment from Merck of €160 million ($169 million)."},
        ],
        "headline": {"amount": D("1_400_000_000"), "currency": "EUR", "source": "pmlive",
                     "quote": "with potential payments totalling up to €1.4bn"},
        "parties": [
            {"company": "hengrui-pharma", "role": "licensor"},
            {"company": "merck-kgaa", "role": "licensee",
             "name_as_reported": "Merck KGaA, Darmstadt, Germany"},
        ],
        "assets": [{"asset": "hrs-1167", "phase_at_signing": "phase_1"}, {"asset": "shr-a1904"}],
        "territory": {"included": ["WW"], "excluded": ["CN"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("160_000_000"), "currency": "EUR",
             "source": "pfa",
             "quote": "will provide an upfront payment of €160 million to Hengrui Pharma"},
            {"order": 1, "kind": "option_fee", "amount": D("90_000_000"), "currency": "EUR",
             "contingent": True, "source": "pfa",
             "quote": "Hengrui Pharma will also receive payments for technology transfer, and "
                      "Merck KGaA, Darmstadt, Germany, retains an option to exercise for the "
                      "Claudin-18.2 ADC, with a potential payment of up to €90 million.",
             "note": "Technology transfer and SHR-A1904 option exercise; up to €90M."},
            {"order": 2, "kind": "milestones", "disclosed": False, "source": "pmlive",
             "quote": "Upon the achievement of certain development, regulatory and commercial "
                      "milestones",
             "note": "Not broken out; inside the up-to-€1.4B total."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "royalty payments on net sales (Hengrui's release: double-digit "
                               "royalty payments)", "source": "pmlive"},
        "events": [],
    },
    {
        "slug": "astrazeneca-eccogene-ecc5004-2023",
        "title": "AstraZeneca licenses oral GLP-1RA ECC5004 from Eccogene",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 11, 9), "conference": None,
        "indication": "Obesity, type 2 diabetes and other cardiometabolic conditions",
        "summary": "Exclusive global rights to develop and commercialise ECC5004, an oral "
                   "once-daily small-molecule GLP-1 receptor agonist in Phase I, for any "
                   "indication; in China Eccogene keeps rights alongside AstraZeneca and the two "
                   "co-develop and co-commercialise. $185M upfront, up to $1.825B in clinical, "
                   "regulatory and commercial milestones, and tiered royalties.",
        "analyst_notes": "Milestone total: $1.825B (BioSpectrum Asia, Inside Precision Medicine) "
                         "versus 'as much as an additional $1.8 billion' (Contract Pharma, C&EN) "
                         "and 'nearly $1.83 billion' (Bariatric News); $1.825B is stored.",
        "sources": [
            {"key": "rns",
             "url": "http://www.investegate.co.uk/announcement/rns/astrazeneca--azn/agreement-with-eccogene-for-clinical-stage-glp-1ra/7870087",
             "publisher": "AstraZeneca PLC (RNS via Investegate)",
             "title": "Agreement with Eccogene for clinical stage GLP-1RA",
             "published_on": date(2023, 11, 9), "language": "en",
             "quote": "AstraZeneca and Eccogene have entered into an exclusive licence agreement "
                      "for ECC5004, an investigational oral once-daily glucagon-like peptide 1 "
                      "receptor agonist (GLP-1RA) for the treatment of obesity, type-2 diabetes and "
                      "other cardiometabolic conditions."},
            {"key": "bsa",
             "url": "https://biospectrumasia.com/news/48/23300/astrazeneca-inks-billion-dollar-deal-with-chinese-startup-eccogene.html",
             "publisher": "BioSpectrum Asia",
             "title": "AstraZeneca inks billion-dollar deal with Chinese startup Eccogene (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2023, 11, 9), "language": "en",
             "quote": "Under the terms of the agreement, Eccogene will receive an initial upfront "
                      "payment of $185 million. In addition, Eccogene will be eligible to receive "
                      "up to an additional $1.825 billion in future clinical, regulatory, and "
                      "commercial milestones. Eccogene is further eligible to receive tiered "
                      "royalties on net product sales."},
            {"key": "contractpharma",
             "url": "https://contractpharma.com/breaking-news/astrazeneca-eccogene-enter-exclusive-license-agreement-for-glp-1-drug",
             "publisher": "Contract Pharma",
             "title": "AstraZeneca, Eccogene Enter Exclusive License Agreement for GLP-1 Drug "
                      "(publication date approximate)",
             "published_on": date(2023, 11, 9), "language": "en",
             "quote": "Eccogene will receive $185 million upfront and as much as an additional $1.8 "
                      "billion in future clinical, regulatory, and commercial milestones and "
                      "royalties on product net sales."},
        ],
        "headline": None,
        "parties": [
            {"company": "eccogene", "role": "licensor"},
            {"company": "astrazeneca", "role": "licensee"},
        ],
        "assets": [{"asset": "ecc5004", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("185_000_000"), "currency": "USD",
             "source": "bsa",
             "quote": "Eccogene will receive an initial upfront payment of $185 million"},
            {"order": 1, "kind": "milestones", "amount": D("1_825_000_000"), "currency": "USD",
             "source": "bsa",
             "quote": "up to an additional $1.825 billion in future clinical, regulatory, and "
                      "commercial milestones",
             "note": "Contract Pharma and C&EN round this to $1.8B."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on net product sales", "source": "bsa"},
        "events": [],
    },
    {
        "slug": "merck-kgaa-abbisko-pimicotinib-option-2023",
        "title": "Merck KGaA licenses China rights to pimicotinib from Abbisko, with an option on "
                 "global rights (exercised 2025)",
        "deal_type": "option", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 12, 4), "conference": None,
        "indication": "Tenosynovial giant cell tumour",
        "summary": "Merck KGaA takes an exclusive license to commercialise the CSF-1R inhibitor "
                   "pimicotinib (Phase III) in mainland China, Hong Kong, Macau and Taiwan, plus an "
                   "exclusive option on global commercial rights and an option to co-develop "
                   "further indications; Abbisko keeps development rights. $70M upfront; upfront, "
                   "option-exercise and milestone payments add up to $605.5M, plus double-digit "
                   "royalties. Merck exercised the global option in March 2025 for $85.0M.",
        "analyst_notes": "Stored as an option deal because the global option was the core of the "
                         "value; the China commercialisation license was granted at signing. "
                         "Territory shown is the worldwide scope after the 2025 exercise. "
                         "Merck KGaA announced the exercise on 28 Mar 2025 (Dow Jones, 01:30 ET); "
                         "Abbisko announced it on 1 Apr 2025 Beijing time (PR Newswire dated "
                         "31 Mar). Abbisko received the $70M upfront in February 2024.",
        "sources": [
            {"key": "bw",
             "url": "https://via.ritzau.dk/pressemeddelelse/13757911/merck?lang=en&publisherId=90456",
             "publisher": "Merck KGaA via Business Wire (Ritzau)",
             "title": "Merck KGaA, Darmstadt, Germany, license agreement with Abbisko Therapeutics "
                      "for pimicotinib (title paraphrased)",
             "published_on": date(2023, 12, 4), "language": "en",
             "quote": "The agreement grants Merck a license to commercialize pimicotinib in "
                      "mainland China, Hong Kong, Macau and Taiwan, with an option for rest of "
                      "world."},
            {"key": "abbisko",
             "url": "http://pharmajournalist.com/amp/abbisko-therapeutics-announced-the-entry-into-a-licensing-agreement-for-pimicotinib-absk021-with-merck",
             "publisher": "PharmaJournalist (carrying Abbisko's announcement)",
             "title": "Abbisko Therapeutics announced the entry into a licensing agreement for "
                      "pimicotinib (ABSK021) with Merck (title paraphrased; publication date "
                      "approximate)",
             "published_on": date(2023, 12, 4), "language": "en",
             "quote": "Pursuant to the License Agreement, Abbisko Therapeutics will receive a "
                      "one-time, non-refundable down payment of US$ 70 million. In the event that "
                      "Merck exercises the Global Commercialization Option, Merck will pay Abbisko "
                      "Therapeutics an additional option exercise fee. The aggregate amount of "
                      "upfront payment, exercising payment, and development and commercialization "
                      "milestone adds up to US$ 605.5 million, plus a double-digit percentage (%) "
                      "royalty on actual annual net sales."},
            {"key": "exercise",
             "url": "https://biospace.com/press-releases/merck-exercised-the-option-for-the-global-rights-of-abbisko-therapeuticss-pimicotinib",
             "publisher": "Abbisko Therapeutics via PR Newswire (BioSpace)",
             "title": "Merck exercised the option for the global rights of Abbisko Therapeutics's "
                      "pimicotinib (title paraphrased)",
             "published_on": date(2025, 3, 31), "language": "en",
             "quote": "On April 1, 2025, Beijing Time, Abbisko Therapeutics Co., Ltd. (“Abbisko "
                      "Therapeutics”) announced that Merck has exercised the global "
                      "commercialization option for pimicotinib (ABSK021), with an option exercise "
                      "fee of USD85.0 million, under the licensing agreement signed in December "
                      "2023."},
            {"key": "dj_de",
             "url": "https://tradegate.de/finanz-nachrichten-detail.php?id=20250328000398",
             "publisher": "Dow Jones (via Tradegate)",
             "title": "Merck übt Option für weltweite Vermarktungsrechte für Pimicotinib aus",
             "published_on": date(2025, 3, 28), "language": "de",
             "quote": "Der Pharma- und Technologiekonzern Merck hat eine Option zur Vermarktung "
                      "des Wirkstoffkandidaten Pimicotinib von Abbisko Therapeutics in den USA und "
                      "im Rest der Welt ausgeübt."},
        ],
        "headline": {"amount": D("605_500_000"), "currency": "USD", "source": "abbisko",
                     "quote": "adds up to US$ 605.5 million"},
        "parties": [
            {"company": "abbisko-therapeutics", "role": "licensor"},
            {"company": "merck-kgaa", "role": "licensee"},
        ],
        "assets": [{"asset": "pimicotinib", "phase_at_signing": "phase_3"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("70_000_000"), "currency": "USD",
             "source": "abbisko",
             "quote": "a one-time, non-refundable down payment of US$ 70 million"},
            {"order": 1, "kind": "option_fee", "amount": D("85_000_000"), "currency": "USD",
             "contingent": True, "source": "exercise",
             "quote": "with an option exercise fee of USD85.0 million",
             "note": "Amount disclosed only at exercise (March 2025)."},
            {"order": 2, "kind": "milestones", "disclosed": False, "source": "abbisko",
             "quote": "development and commercialization milestone",
             "note": "Not broken out; inside the $605.5M aggregate with upfront and option fee."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "double-digit percentage royalty on actual annual net sales",
                    "source": "abbisko"},
        "events": [
            {"kind": "option_exercised", "date": date(2025, 3, 28), "source": "dj_de",
             "description": "Merck KGaA exercised the global commercialisation option (Abbisko "
                            "announced it on 1 Apr 2025, Beijing time)."},
        ],
    },
    {
        "slug": "bms-systimmune-bl-b01d1-2023",
        "title": "Bristol Myers Squibb and SystImmune (Sichuan Biokin) co-develop BL-B01D1 "
                 "(EGFR × HER3 bispecific ADC)",
        "deal_type": "collaboration", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 12, 11), "conference": None,
        "indication": "Non-small cell lung cancer and breast cancer",
        "summary": "Exclusive license and collaboration: the partners co-develop and "
                   "co-commercialise BL-B01D1 in the US, sharing certain global development costs "
                   "and US profits and losses; BMS has an exclusive license in the rest of the "
                   "world outside mainland China, which SystImmune keeps. $800M upfront, up to "
                   "$500M in contingent near-term payments and up to $7.1B in milestones: up to "
                   "$8.4B.",
        "analyst_notes": "SystImmune is the US-based arm of China's Sichuan Biokin; the "
                         "contracting licensor is SystImmune. Phase at signing is not stored: the "
                         "release cites a global Phase 1 study, a Fierce-sourced summary calls it "
                         "a phase 2 candidate, and a China tracker lists it as Phase 3 in China.",
        "sources": [
            {"key": "bw",
             "url": "https://business.minstercommunitypost.com/minstercommunitypost/article/bizwire-2023-12-11-systimmune-and-bristol-myers-squibb-announce-a-global-strategic-collaboration-agreement-for-the-development-and-commercialization-of-bl-b01d1",
             "publisher": "SystImmune and Bristol Myers Squibb via Business Wire (FinancialContent)",
             "title": "SystImmune and Bristol Myers Squibb Announce a Global Strategic "
                      "Collaboration Agreement for the Development and Commercialization of BL-B01D1",
             "published_on": date(2023, 12, 11), "language": "en",
             "quote": "SystImmune, a clinical-stage biopharmaceutical company, and Bristol Myers "
                      "Squibb (NYSE: BMY) today announced an exclusive license and collaboration "
                      "agreement for SystImmune’s BL-B01D1, a potentially first-in-class EGFRxHER3 "
                      "bispecific antibody-drug conjugate (ADC)."},
            {"key": "cp", "url": "https://www.contractpharma.com/?p=47237",
             "publisher": "Contract Pharma",
             "title": "SystImmune, BMS Enter Potential $8.4B Strategic ADC Alliance (publication "
                      "date approximate)",
             "published_on": date(2023, 12, 11), "language": "en",
             "quote": "SystImmune will receive $800 million upfront and as much as $500 million in "
                      "contingent near-term payments. SystImmune is eligible to receive additional "
                      "payments of up to $7.1 billion based on development, regulatory and sales "
                      "performance milestones for a total potential consideration of up to $8.4 "
                      "billion."},
            {"key": "biospace",
             "url": "https://biospace.com/bms-inks-potential-8-4b-deal-for-systimmune-s-adc-for-lung-breast-cancer",
             "publisher": "BioSpace",
             "title": "BMS Inks Potential $8.4B Deal for SystImmune’s ADC for Lung, Breast Cancer "
                      "(publication date approximate)",
             "published_on": date(2023, 12, 11), "language": "en",
             "quote": "SystImmune will also be eligible to receive up to $7.1 billion in "
                      "development, regulatory and sales performance milestones, on top of tiered "
                      "royalties on net sales outside the U.S. and Mainland China."},
        ],
        "headline": {"amount": D("8_400_000_000"), "currency": "USD", "source": "cp",
                     "quote": "for a total potential consideration of up to $8.4 billion"},
        "parties": [
            {"company": "sichuan-biokin", "role": "licensor",
             "name_as_reported": "SystImmune (US-based arm of Sichuan Biokin)"},
            {"company": "bristol-myers-squibb", "role": "licensee"},
        ],
        "assets": [{"asset": "bl-b01d1"}],
        "territory": {"included": ["WW"], "excluded": ["CN"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("800_000_000"), "currency": "USD",
             "source": "cp", "quote": "SystImmune will receive $800 million upfront"},
            {"order": 1, "kind": "near_term", "amount": D("500_000_000"), "currency": "USD",
             "contingent": True, "source": "cp",
             "quote": "as much as $500 million in contingent near-term payments"},
            {"order": 2, "kind": "milestones", "amount": D("7_100_000_000"), "currency": "USD",
             "source": "cp",
             "quote": "additional payments of up to $7.1 billion based on development, regulatory "
                      "and sales performance milestones"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on net sales outside the U.S. and Mainland China "
                               "(BMS receives a royalty on sales in Mainland China)",
                    "source": "biospace"},
        "events": [],
    },
    {
        "slug": "gsk-hansoh-hs-20093-2023",
        "title": "GSK licenses HS-20093 (B7-H3 ADC) from Hansoh Pharma",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 12, 20), "conference": None,
        "indication": "Lung cancer, sarcoma, head and neck cancers and other solid tumours",
        "summary": "Second GSK–Hansoh ADC deal of 2023: exclusive worldwide rights, excluding "
                   "mainland China, Hong Kong, Macau and Taiwan, to the B7-H3 ADC HS-20093, then "
                   "in Phase I/II trials in China. $185M upfront, up to $1.525B in success-based "
                   "milestones, and tiered royalties; subject to HSR clearance.",
        "analyst_notes": "Total reported as 'up to $1.71 billion' (Dow Jones via MarketScreener), "
                         "'around $1.7 billion' (BioSpace) and 'approximately $1.9 billion' "
                         "(Nasdaq.com analysis); the $1.71B figure is stored as headline, the "
                         "$1.9B one is kept here.",
        "sources": [
            {"key": "pm",
             "url": "https://www.pharmamanufacturing.com/sector/large-molecule/news/33016677/gsk-hansoh-ink-adc-licensing-deal",
             "publisher": "Pharma Manufacturing",
             "title": "GSK, Hansoh ink ADC licensing deal (title paraphrased; publication date "
                      "approximate)",
             "published_on": date(2023, 12, 20), "language": "en",
             "quote": "Under the agreement, GSK will make an upfront payment of $185 million, with "
                      "potential success-based milestones of up to $1.525 billion for the "
                      "early-stage asset, HS-20093. Upon commercialization, GSK will pay tiered "
                      "royalties on global net sales outside of the specified territories."},
            {"key": "dj",
             "url": "https://www.marketscreener.com/quote/stock/GSK-PLC-9590199/news/GSK-Enters-Exclusive-License-Agreement-With-Hansoh-for-HS-20093-Cancer-Antibody-45608799/?utm_medium=RSS&utm_content=20231220",
             "publisher": "Dow Jones (via MarketScreener)",
             "title": "GSK Enters Exclusive License Agreement With Hansoh for HS-20093 Cancer "
                      "Antibody (title paraphrased)",
             "published_on": date(2023, 12, 20), "language": "en",
             "quote": "GSK has entered into an exclusive license agreement with Hansoh "
                      "Pharmaceutical Group for its HS-20093 antibody-drug cancer treatment, with "
                      "payments of up to $1.71 billion depending upon milestones being met."},
            {"key": "nasdaq",
             "url": "https://www.nasdaq.com/articles/gsk-hansoh-ink-deal-to-develop-lung-cancer-adc-candidate",
             "publisher": "Nasdaq.com",
             "title": "GSK, Hansoh Ink Deal to Develop Lung Cancer ADC Candidate (title paraphrased)",
             "published_on": date(2023, 12, 21), "language": "en",
             "quote": "GSK might be further liable to pay potential milestone payments of up to "
                      "$1.525 billion to Hansoh, which brings the total deal value to approximately "
                      "$1.9 billion."},
        ],
        "headline": {"amount": D("1_710_000_000"), "currency": "USD", "source": "dj",
                     "quote": "with payments of up to $1.71 billion depending upon milestones being "
                              "met"},
        "parties": [
            {"company": "hansoh-pharma", "role": "licensor",
             "name_as_reported": "Hansoh Pharmaceutical Group"},
            {"company": "gsk", "role": "licensee"},
        ],
        "assets": [{"asset": "hs-20093", "phase_at_signing": "phase_1_2"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("185_000_000"), "currency": "USD",
             "source": "pm", "quote": "GSK will make an upfront payment of $185 million"},
            {"order": 1, "kind": "milestones", "amount": D("1_525_000_000"), "currency": "USD",
             "source": "pm", "quote": "potential success-based milestones of up to $1.525 billion"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on global net sales outside mainland China, Hong "
                               "Kong, Macau and Taiwan", "source": "pm"},
        "events": [],
    },
]

# ============================================================== 2024 ========================
DEALS += [
    {
        "slug": "novartis-argo-cv-rnai-2024",
        "title": "Novartis licenses two cardiovascular RNAi programmes from Argo Biopharmaceutical",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 1, 7), "conference": None, "indication": "",
        "summary": "Two licensing deals for two of Argo's clinical-stage cardiovascular siRNA "
                   "programmes, billed as the first significant overseas out-licensing in RNAi "
                   "from a Chinese biotech. $185M upfront; up to $4.165B in total for the two "
                   "assets combined.",
        "analyst_notes": "Argo announced on Sunday 7 Jan 2024. The sources read here do not name "
                         "the two programmes or the territory. A 2025 MedPath report describes this "
                         "deal as '$185 million upfront and over $4 billion in potential "
                         "milestones'; BioWorld gives $4.165B as the total including the upfront. "
                         "The milestone part is not computed.",
        "sources": [
            {"key": "bioworld",
             "url": "https://www.bioworld.com/articles/704447-argo-novartis-sign-two-deals-for-cv-assets-for-potentially-4b?v=preview",
             "publisher": "BioWorld",
             "title": "Argo, Novartis sign two deals for CV assets for potentially $4B+ "
                      "(publication date approximate)",
             "published_on": date(2024, 1, 8), "language": "en",
             "quote": "Announcing two licensing deals with Swiss pharma giant Novartis AG, "
                      "Shanghai-based Argo Biopharmaceutical Co. Ltd. said on Jan. 7 that it stands "
                      "to gain up to $4.165 billion for two of its cardiovascular assets combined. "
                      "Marking the “first significant overseas out-licensing transaction in the "
                      "RNAi field from a Chinese biotech company,” the deal includes an up-front "
                      "payment of $185 million from Novartis to Argo."},
            {"key": "medpath",
             "url": "https://trial.medpath.com/news/3e16c9da69e545f0/argo-biopharma-and-novartis-expand-partnership-with-5-2-billion-cardiovascular-sirna-deal",
             "publisher": "MedPath",
             "title": "Argo Biopharma and Novartis expand partnership with $5.2 billion "
                      "cardiovascular siRNA deal (title paraphrased; publication date approximate)",
             "published_on": date(2025, 9, 3), "language": "en",
             "quote": "The collaboration builds on the companies' previous partnership announced in "
                      "January 2024, which involved $185 million upfront and over $4 billion in "
                      "potential milestones with a blended royalty and commercial structure in "
                      "select territories."},
        ],
        "headline": {"amount": D("4_165_000_000"), "currency": "USD", "source": "bioworld",
                     "quote": "it stands to gain up to $4.165 billion for two of its cardiovascular "
                              "assets combined"},
        "parties": [
            {"company": "argo-biopharmaceutical", "role": "licensor"},
            {"company": "novartis", "role": "licensee"},
        ],
        "assets": [{"asset": "argo-cv-rnai-2024"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("185_000_000"), "currency": "USD",
             "source": "bioworld",
             "quote": "the deal includes an up-front payment of $185 million from Novartis to Argo"},
            {"order": 1, "kind": "milestones", "disclosed": False, "source": "medpath",
             "quote": "over $4 billion in potential milestones",
             "note": "Only the up-to-$4.165B total is given precisely; not computed."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "blended royalty and commercial structure in select territories",
                    "source": "medpath"},
        "events": [],
    },
    {
        "slug": "kailera-hengrui-glp-1-portfolio-2024",
        "title": "Hercules CM NewCo (now Kailera Therapeutics) licenses Hengrui's GLP-1 portfolio",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 5, 16), "conference": None,
        "indication": "Obesity, type 2 diabetes and other metabolic disorders",
        "summary": "NewCo deal: Hengrui grants Hercules CM NewCo, a Delaware company funded with "
                   "$400M by Bain Capital Life Sciences, Atlas Venture, RTW and Lyra Capital, "
                   "exclusive rights outside Greater China to its incretin portfolio (HRS9531 "
                   "injectable and oral, HRS-7535, HRS-4729). $110M upfront and near-term "
                   "($100M + $10M), up to $200M in clinical and regulatory milestones, up to "
                   "$5.725B in sales milestones, royalties from low single to low double digits, "
                   "and a 19.9% stake in the NewCo.",
        "analyst_notes": "Hengrui announced the deal on the evening of 16 May 2024 (Shanghai "
                         "filing). Yicai calls the $110M an upfront payment due after know-how "
                         "transfer and gives sales milestones as 'up to USD5.7 billion'; the "
                         "Cailian Press report splits the $110M into a $100M down payment and a "
                         "$10M near-term milestone, and CNInMed/Blue Whale give $5.725B. Total "
                         "up to $6.035B per CNInMed. The value of the 19.9% stake is not stated. "
                         "Hercules CM NewCo later operates as Kailera Therapeutics.",
        "sources": [
            {"key": "bluewhale",
             "url": "https://news.futunn.com/hk/post/42558159/the-company-left-the-pipeline-capital-paid-hengrui-pharmaceutical-s",
             "publisher": "Blue Whale Finance / lanjinger.com (via Futu News, machine translation)",
             "title": "The company left the pipeline, capital paid, Hengrui Pharmaceutical's GLP-1 "
                      "innovative drug team up to go overseas",
             "published_on": date(2024, 5, 17), "language": "en",
             "quote": "According to the terms of the agreement, Hercules of the United States will "
                      "pay Hengrui Pharmaceutical a total of 110 million US dollars in down payment "
                      "and recent milestone payments, no more than 200 million US dollars in "
                      "clinical development and supervision milestone payments, no more than 5.725 "
                      "billion US dollars in cumulative sales, and sales commissions that reach a "
                      "low single-digit to low double-digit ratio of actual annual net sales. As "
                      "part of the consideration for the foreign licensing deal, Hengrui "
                      "Pharmaceutical will acquire 19.9% of the shares of Hercules in the United "
                      "States."},
            {"key": "cls",
             "url": "https://news.futunn.com/en/post/42504681/creating-a-new-model-for-going-overseas-hengrui-packaged-the",
             "publisher": "Cailian Press / cls.cn (via Futu News, machine translation)",
             "title": "Creating a new model for going overseas? Hengrui packaged the GLP-1 product "
                      "portfolio and reached a major BD deal with a US company",
             "published_on": date(2024, 5, 16), "language": "en",
             "quote": "In terms of down payment and subsequent payments, the announcement revealed "
                      "that in this BD transaction, Hengrui Pharmaceutical received a total of 110 "
                      "million US dollars in down payments and recent milestones, including a down "
                      "payment of 100 million US dollars and a recent milestone payment of 10 "
                      "million U"},
            {"key": "yicai",
             "url": "https://yicaiglobal.com/news/chinas-hengrui-grants-global-rights-for-glp-1-anti-obesity-drug-to-firm-under-bain-capital",
             "publisher": "Yicai Global",
             "title": "China's Hengrui Grants Global Rights for GLP-1 Anti-Obesity Drug to Firm "
                      "Under Bain Capital",
             "published_on": date(2024, 5, 17), "language": "en",
             "quote": "Hercules CM Newco will obtain the development, production, and "
                      "commercialization rights worldwide, excluding China, for Hengrui's GLP-1 "
                      "diabetes and weight-loss drug, the Jiangsu province-based company announced "
                      "yesterday.\n\nIn exchange, a USD110 million upfront payment after the related "
                      "technology knowhow is transferred, and cumulative milestone payments of up "
                      "to USD200 million based on clinical trial progress and regulatory approvals, "
                      "the firm noted."},
            {"key": "cninmed", "url": "https://cninmed.com/en/2024/154.html",
             "publisher": "CNInMed",
             "title": "[China NewCo 2024] Hengrui and Hercules CM NewCo enters a license on 4 GLP-1 "
                      "Programs",
             "published_on": date(2024, 5, 17), "language": "en",
             "quote": "Upfront payment and near-term payment of $110 million,\nDevelopment and "
                      "regulatory milestone payments up to $200 million (base on HRS9531)\nSales "
                      "milestone payments of up to $5.725 billion.\nTotal up to $6.035 billion."},
        ],
        "headline": {"amount": D("6_035_000_000"), "currency": "USD", "source": "cninmed",
                     "quote": "Total up to $6.035 billion."},
        "parties": [
            {"company": "hengrui-pharma", "role": "licensor"},
            {"company": "kailera-therapeutics", "role": "licensee",
             "name_as_reported": "Hercules CM NewCo, Inc."},
        ],
        "assets": [{"asset": "hrs9531", "phase_at_signing": "phase_2"}, {"asset": "hrs-7535"},
                   {"asset": "hrs-4729"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("100_000_000"), "currency": "USD",
             "source": "cls", "quote": "including a down payment of 100 million US dollars",
             "note": "Yicai reports the whole $110M as upfront."},
            {"order": 1, "kind": "near_term", "amount": D("10_000_000"), "currency": "USD",
             "source": "cls",
             "quote": "including a down payment of 100 million US dollars and a recent milestone "
                      "payment of 10 million U",
             "note": "Quote truncated in the stored copy ('10 million U[S dollars]')."},
            {"order": 2, "kind": "milestones", "amount": D("200_000_000"), "currency": "USD",
             "source": "bluewhale",
             "quote": "no more than 200 million US dollars in clinical development and supervision "
                      "milestone payments",
             "note": "Development and regulatory milestones (CNInMed: based on HRS9531)."},
            {"order": 3, "kind": "commercial_milestones", "amount": D("5_725_000_000"),
             "currency": "USD", "source": "bluewhale",
             "quote": "no more than 5.725 billion US dollars in cumulative sales",
             "note": "Sales milestones; Yicai gives 'up to USD5.7 billion'."},
            {"order": 4, "kind": "upfront_equity", "disclosed": False, "source": "bluewhale",
             "quote": "Hengrui Pharmaceutical will acquire 19.9% of the shares of Hercules in the "
                      "United States",
             "note": "19.9% stake in the licensee; value not stated."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "low single-digit to low double-digit percentage of annual net sales",
                    "source": "bluewhale"},
        "events": [],
    },
    {
        "slug": "summit-akeso-ivonescimab-territory-expansion-2024",
        "title": "Summit Therapeutics expands its ivonescimab license from Akeso to Latin America, "
                 "the Middle East and Africa",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 6, 3), "conference": None, "indication": "",
        "summary": "Amendment No. 2 to the December 2022 Akeso–Summit collaboration and license "
                   "agreement adds Latin America, the Middle East and Africa to Summit's license "
                   "territories for the PD-1 × VEGF bispecific ivonescimab (previously US, "
                   "Canada, Europe and Japan), in exchange for $70M; the original terms, "
                   "including royalties, stay in effect.",
        "analyst_notes": "Recorded as its own license because the original agreement (5 Dec "
                         "2022, $500M upfront) predates this file's window. Territory is not "
                         "coded: the added regions are not listed country by country in the "
                         "sources. How the $70M is paid is not stated.",
        "sources": [
            {"key": "sec",
             "url": "https://sec.gov/Archives/edgar/data/1599298/000159929824000117/summit-akesoxamendment2t.htm",
             "publisher": "SEC EDGAR (Summit Therapeutics exhibit 10.4)",
             "title": "Amendment No. 2 to Collaboration and License Agreement between Akeso, Inc. "
                      "and Summit Therapeutics Sub, Inc. (publication date approximate)",
             "published_on": date(2024, 6, 3), "language": "en",
             "quote": "This Amendment No. 2 (“Amendment No. 2” or “Amendment”) is entered into as "
                      "of June 3, 2024 the (the “Amendment No. 2 Effective Date”) by and between "
                      "Akeso, Inc."},
            {"key": "ctv",
             "url": "https://www.clinicaltrialvanguard.com/news/summit-therapeutics-200m-raise-exclusive-licenses-expand-ivoscimab-territories/",
             "publisher": "The Clinical Trial Vanguard",
             "title": "Summit Therapeutics $200M raise and expanded ivonescimab license territories "
                      "(title paraphrased; publication date approximate)",
             "published_on": date(2024, 6, 3), "language": "en",
             "quote": "The deal is valued at $70 million in exchange for the expanded rights. The "
                      "original collaboration agreement, including royalty payments and "
                      "manufacturing provisions, remains in effect."},
        ],
        "headline": None,
        "parties": [
            {"company": "akeso", "role": "licensor", "name_as_reported": "Akeso, Inc."},
            {"company": "summit-therapeutics", "role": "licensee",
             "name_as_reported": "Summit Therapeutics Sub, Inc."},
        ],
        "assets": [{"asset": "ivonescimab"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "other", "amount": D("70_000_000"), "currency": "USD",
             "source": "ctv", "quote": "The deal is valued at $70 million in exchange for the "
                                       "expanded rights.",
             "note": "Consideration for the added territories; payment form not stated."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "royalty provisions of the original collaboration agreement remain "
                               "in effect", "source": "ctv"},
        "events": [
            {"kind": "signed", "date": date(2024, 6, 3), "source": "sec",
             "description": "Amendment No. 2 effective 3 Jun 2024."},
        ],
    },
    {
        "slug": "astrazeneca-cspc-ys2302018-2024",
        "title": "AstraZeneca licenses YS2302018 (oral Lp(a) disruptor) from CSPC",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 10, 7), "conference": None, "indication": "Dyslipidaemia",
        "summary": "Exclusive license to CSPC's preclinical oral small-molecule Lp(a) disruptor "
                   "YS2302018, to be developed alone or with AstraZeneca's oral PCSK9 inhibitor "
                   "AZD0780. $100M upfront, up to $1.92B in development and commercialisation "
                   "milestones, and tiered royalties.",
        "analyst_notes": "Precision Medicine Online rounds the milestones to 'up to $1.9 "
                         "billion'; RTTNews, BioSpace and Reuters give $1.92B (stored). Territory is "
                         "not stated in the sources read here.",
        "sources": [
            {"key": "rtt",
             "url": "https://www.finanznachrichten.de/nachrichten-2024-10/63457748-astrazeneca-signs-licence-agreement-to-develop-cspc-pharma-s-lipid-lowering-pre-clinical-asset-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "AstraZeneca signs licence agreement to develop CSPC Pharma's lipid-lowering "
                      "pre-clinical asset (title paraphrased)",
             "published_on": date(2024, 10, 7), "language": "en",
             "quote": "As per the deal, CSPC will receive an upfront payment of $100 million. It is "
                      "also entitled to get earnout payments of up to $1.92 billion on achieving "
                      "certain development and commercialisation targets with tiered royalties."},
            {"key": "pmo",
             "url": "https://www.precisionmedicineonline.com/business-news/astrazeneca-licensing-cspc-pharmas-lpa-drug-100m-upfront",
             "publisher": "Precision Medicine Online",
             "title": "AstraZeneca licensing CSPC Pharma's Lp(a) drug for $100M upfront (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2024, 10, 7), "language": "en",
             "quote": "CSPC is also eligible for up to $1.9 billion in further development and "
                      "commercialization milestones, as well as tiered royalties should YS2302018 "
                      "reach the market."},
        ],
        "headline": None,
        "parties": [
            {"company": "cspc-pharmaceutical", "role": "licensor"},
            {"company": "astrazeneca", "role": "licensee"},
        ],
        "assets": [{"asset": "ys2302018", "phase_at_signing": "preclinical"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("100_000_000"), "currency": "USD",
             "source": "rtt", "quote": "CSPC will receive an upfront payment of $100 million"},
            {"order": 1, "kind": "milestones", "amount": D("1_920_000_000"), "currency": "USD",
             "source": "rtt",
             "quote": "earnout payments of up to $1.92 billion on achieving certain development and "
                      "commercialisation targets",
             "note": "Development and commercialisation milestones."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties", "source": "rtt"},
        "events": [],
    },
    {
        "slug": "merck-hansoh-hs-10535-2024",
        "title": "Merck & Co. licenses oral GLP-1 receptor agonist HS-10535 from Hansoh Pharma",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 12, 18), "conference": None,
        "indication": "Obesity and cardiometabolic disease",
        "summary": "Exclusive global license to develop, manufacture and commercialise the "
                   "preclinical oral small-molecule GLP-1 receptor agonist HS-10535. $112M "
                   "upfront and up to $1.9B in development, regulatory and commercial milestones, "
                   "plus royalties; Hansoh may co-promote or solely commercialise in China under "
                   "certain conditions.",
        "sources": [
            {"key": "merck",
             "url": "https://www.biospace.com/press-releases/merck-enters-into-exclusive-global-license-agreement-with-hansoh-pharma-for-investigational-oral-glp-1-receptor-agonist",
             "publisher": "Merck & Co. via Business Wire (BioSpace)",
             "title": "Merck Enters into Exclusive Global License Agreement with Hansoh Pharma for "
                      "Investigational Oral GLP-1 Receptor Agonist (title paraphrased)",
             "published_on": date(2024, 12, 18), "language": "en",
             "quote": "Hansoh Pharma will receive an upfront payment of $112 million and is eligible "
                      "to receive up to $1.9 billion in milestone payments associated with the "
                      "development, regulatory approval and commercialization of the candidate, as "
                      "well as royalties on sales. Hansoh Pharma may co-promote or solely "
                      "commercialize HS-10535 in China subject to certain conditions."},
        ],
        "headline": None,
        "parties": [
            {"company": "hansoh-pharma", "role": "licensor"},
            {"company": "merck-and-co", "role": "licensee"},
        ],
        "assets": [{"asset": "hs-10535", "phase_at_signing": "preclinical"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("112_000_000"), "currency": "USD",
             "source": "merck", "quote": "Hansoh Pharma will receive an upfront payment of $112 "
                                         "million"},
            {"order": 1, "kind": "milestones", "amount": D("1_900_000_000"), "currency": "USD",
             "source": "merck",
             "quote": "up to $1.9 billion in milestone payments associated with the development, "
                      "regulatory approval and commercialization of the candidate"},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "royalties on sales", "source": "merck"},
        "events": [],
    },
    {
        "slug": "ideaya-hengrui-shr-4849-2024",
        "title": "IDEAYA Biosciences licenses SHR-4849 (DLL3 ADC) from Hengrui",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "signed_on": date(2024, 12, 27), "announced_on": date(2024, 12, 29), "conference": None,
        "indication": "Small cell lung cancer and other DLL3-expressing tumours",
        "summary": "Exclusive license outside Greater China to Hengrui's DLL3-targeting "
                   "topoisomerase-I ADC SHR-4849 (Phase 1 in China), with a joint management "
                   "committee. $75M upfront, up to $200M in development and regulatory milestones "
                   "and up to $770M in sales milestones: $1.045B. Mid-single to low-double-digit "
                   "royalties.",
        "analyst_notes": "The license agreement filed with IDEAYA's 10-K is dated 27 Dec 2024; both "
                         "companies announced it on Sunday 29 Dec. Total given as $1.045B (China IP "
                         "Today, from Hengrui) and 'about $1.05 billion' (newswire).",
        "sources": [
            {"key": "wire", "url": "https://ttm.financial/m/news/2495351502",
             "publisher": "Newswire copy (via TTM / Tiger Trade)",
             "title": "IDEAYA Biosciences licenses SHR-4849 from Jiangsu Hengrui (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2024, 12, 29), "language": "en",
             "quote": "Jiangsu Hengrui will be eligible for up to about $1.05 billion in upfront and "
                      "milestone payments, including a $75 million upfront fee and up to $200 "
                      "million in development and regulatory milestone payments, as well as "
                      "commercial success-based milestones.\nHengrui is also eligible to receive "
                      "mid-single to low-double-digit royalties on sales outside Greater China."},
            {"key": "yicai",
             "url": "https://sarvithur.com/chinas-hengrui-grants-global-rights-for-adc-drug-to-us-ideaya-for-over-usd1-billion-yicai-global",
             "publisher": "Yicai Global (copy on sarvithur.com)",
             "title": "China's Hengrui grants global rights for ADC drug to US' IDEAYA for over "
                      "USD1 billion (title paraphrased)",
             "published_on": date(2024, 12, 30), "language": "en",
             "quote": "Hengrui will receive an upfront payment of USD75 million, development "
                      "milestone payments of up to USD200 million, and sale milestone payments of "
                      "up to USD770 million, it said."},
            {"key": "cipt", "url": "http://chinaiptoday.com/post.html?id=2194",
             "publisher": "China IP Today",
             "title": "Hengrui and Innovent DLL3 ADC out-licensing deals (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2025, 1, 3), "language": "en",
             "quote": "Meanwhile, Hengrui Pharma is eligible to receive upfront and milestone "
                      "payments totaling US$1.045 billion, including a US$75 million upfront fee, "
                      "up to US$200 million in development and regulatory milestone payments, plus "
                      "commercial success-based milestones."},
            {"key": "agreement",
             "url": "https://capedge.com/filing/1676725/0000950170-25-022183/IDYA-10K-2024FY/file/4",
             "publisher": "IDEAYA Biosciences Form 10-K exhibit (via CapEdge)",
             "title": "License Agreement between Jiangsu Hengrui Pharmaceuticals Co., Ltd. and "
                      "IDEAYA Biosciences, Inc. (publication date approximate)",
             "published_on": date(2024, 12, 29), "language": "en",
             "quote": "This LICENSE AGREEMENT (the “Agreement”) is entered into as of December 27th, "
                      "2024 (the “Effective Date”), by and between Jiangsu Hengrui Pharmaceuticals "
                      "Co., Ltd."},
        ],
        "headline": {"amount": D("1_045_000_000"), "currency": "USD", "source": "cipt",
                     "quote": "upfront and milestone payments totaling US$1.045 billion"},
        "parties": [
            {"company": "hengrui-pharma", "role": "licensor",
             "name_as_reported": "Jiangsu Hengrui Pharmaceuticals Co., Ltd."},
            {"company": "ideaya-biosciences", "role": "licensee"},
        ],
        "assets": [{"asset": "shr-4849", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("75_000_000"), "currency": "USD",
             "source": "wire", "quote": "a $75 million upfront fee"},
            {"order": 1, "kind": "milestones", "amount": D("200_000_000"), "currency": "USD",
             "source": "wire",
             "quote": "up to $200 million in development and regulatory milestone payments",
             "note": "Development and regulatory milestones."},
            {"order": 2, "kind": "commercial_milestones", "amount": D("770_000_000"),
             "currency": "USD", "source": "yicai",
             "quote": "sale milestone payments of up to USD770 million"},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "mid-single to low-double-digit royalties on sales outside Greater "
                               "China", "source": "wire"},
        "events": [
            {"kind": "signed", "date": date(2024, 12, 27), "source": "agreement",
             "description": "Effective date of the license agreement."},
        ],
    },
]

# ============================================================== 2025 ========================
DEALS += [
    {
        "slug": "roche-innovent-ibi3009-2025",
        "title": "Roche licenses IBI3009 (DLL3 ADC) from Innovent Biologics",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 1, 2), "conference": None,
        "indication": "Advanced small cell lung cancer",
        "summary": "Collaboration and exclusive license giving Roche global rights to develop, "
                   "manufacture and commercialise Innovent's DLL3 ADC IBI3009 (first patient "
                   "dosed in Phase 1 in December 2024); the partners run early development "
                   "together, then Roche takes over. $80M upfront, up to $1B in development and "
                   "commercial milestones, and tiered royalties.",
        "analyst_notes": "Yicai puts the maximum at USD1.08B (upfront plus milestones), stored as "
                         "headline. The brief for this file mentioned a CHF-denominated upfront; "
                         "every source read gives $80 million, so USD is stored.",
        "sources": [
            {"key": "bpi",
             "url": "https://biopharminternational.com/view/roche-innovent-collaborate-novel-sclc-targeted-adc-deal-worth-potentially-1-billion",
             "publisher": "BioPharm International",
             "title": "Roche and Innovent to Collaborate on Novel SCLC-Targeted ADC in Deal Worth "
                      "Potentially More Than $1 Billion (publication date approximate)",
             "published_on": date(2025, 1, 2), "language": "en",
             "quote": "On Jan. 2, 2025, Innovent Biologics (Innovent), a China-based "
                      "biopharmaceutical company specializing in treatments for oncology, "
                      "cardiovascular and metabolic, autoimmune, ophthalmology, and other major "
                      "diseases, announced that it has entered into a collaboration and exclusive "
                      "license agreement with Roche under which the companies will advance the "
                      "development of IBI3009, Innovent’s novel delta-like ligand 3 "
                      "(DLL3)-targeted antibody drug conjugate (ADC) candidate."},
            {"key": "bsa",
             "url": "https://www.biospectrumasia.com/news/48/25385/chinas-innovent-biologics-enters-into-billion-dollar-oncology-deal-with-roche.html",
             "publisher": "BioSpectrum Asia",
             "title": "China's Innovent Biologics enters into billion-dollar oncology deal with "
                      "Roche (title paraphrased)",
             "published_on": date(2025, 1, 4), "language": "en",
             "quote": "Innovent will receive an upfront payment of $80 million and is eligible to "
                      "receive up to $1 billion in development and commercial milestone payments, "
                      "along with tiered royalties on net sales."},
            {"key": "yicai",
             "url": "https://yicaiglobal.com/news/chinas-innovent-grants-roche-global-rights-to-novel-cancer-drug-in-deal-worth-up-to-usd108-billion",
             "publisher": "Yicai Global",
             "title": "China's Innovent grants Roche global rights to novel cancer drug in deal "
                      "worth up to USD1.08 billion (title paraphrased)",
             "published_on": date(2025, 1, 2), "language": "en",
             "quote": "(Yicai) Jan. 2 -- Chinese biotech company Innovent Biologics has granted Swiss "
                      "pharmaceutical giant Roche exclusive global rights to develop and "
                      "commercialize its experimental small cell lung cancer medicine in a deal "
                      "worth a maximum of USD1.08 billion."},
        ],
        "headline": {"amount": D("1_080_000_000"), "currency": "USD", "source": "yicai",
                     "quote": "in a deal worth a maximum of USD1.08 billion"},
        "parties": [
            {"company": "innovent-biologics", "role": "licensor"},
            {"company": "roche", "role": "licensee"},
        ],
        "assets": [{"asset": "ibi3009", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("80_000_000"), "currency": "USD",
             "source": "bsa", "quote": "Innovent will receive an upfront payment of $80 million"},
            {"order": 1, "kind": "milestones", "amount": D("1_000_000_000"), "currency": "USD",
             "source": "bsa",
             "quote": "up to $1 billion in development and commercial milestone payments"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on net sales", "source": "bsa"},
        "events": [],
    },
    {
        "slug": "climb-bio-mabworks-clym116-2025",
        "title": "Climb Bio licenses the CLYM116 antibody programme from Mabworks",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 1, 8), "conference": None, "indication": "",
        "summary": "Exclusive license outside mainland China, Hong Kong, Macau and Taiwan to "
                   "Mabworks' antibodies in the CLYM116 programme, plus non-exclusive rights to "
                   "manufacture in Greater China and to develop there within global studies. "
                   "$9.0M upfront, up to $30.0M in development and regulatory milestones for the "
                   "first indication (lower amounts for up to two more), up to $832M in "
                   "commercial milestones, and tiered low-to-mid-single-digit royalties.",
        "analyst_notes": "Source is the subsequent-events note of the licensee's 2024 annual "
                         "report (SEC CIK 1768446), which refers to 'the Company'; the licensee is "
                         "identified as Climb Bio from the CLYM116 programme name. The note dates "
                         "the agreement: 'On January 8, 2025, the Company entered into the "
                         "Mabworks Agreement'. No press coverage was found, so announced_on is the "
                         "signing date. Royalty rates are a range (low-to-mid single digits), so "
                         "they are not stored as numbers.",
        "sources": [
            {"key": "sec",
             "url": "https://www.sec.gov/Archives/edgar/data/1768446/000095017025044350/R26.htm",
             "publisher": "SEC EDGAR (Climb Bio Form 10-K, Note 15 Subsequent Events)",
             "title": "Subsequent Events – Mabworks Agreement (10-K note; title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2025, 1, 8), "language": "en",
             "quote": "Under the terms of the Mabworks Agreement, the Company paid to Mabworks a "
                      "$9.0 million upfront payment, and the Company is obligated to pay a total of "
                      "up to $30.0 million upon the achievement of certain development and "
                      "regulatory milestones pertaining to the first indication for a Licensed "
                      "Product, additional lower amounts upon the achievement of certain "
                      "development and regulatory milestones pertaining to up to two additional "
                      "indications for a Licensed Product and a total of up to $832 million upon "
                      "the achievement of certain commercial milestones for all Licensed Products. "
                      "In addition, the Company is also obligated to pay Mabworks tiered royalties "
                      "in the low-to mid-single-digit percentages on aggregate annual net sales of "
                      "all Licensed Products in the Licensed Territory."},
        ],
        "headline": None,
        "parties": [
            {"company": "mabworks", "role": "licensor"},
            {"company": "climb-bio", "role": "licensee", "name_as_reported": "the Company"},
        ],
        "assets": [{"asset": "clym116"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("9_000_000"), "currency": "USD",
             "source": "sec", "quote": "the Company paid to Mabworks a $9.0 million upfront payment"},
            {"order": 1, "kind": "milestones", "amount": D("30_000_000"), "currency": "USD",
             "source": "sec",
             "quote": "up to $30.0 million upon the achievement of certain development and "
                      "regulatory milestones pertaining to the first indication",
             "note": "Development and regulatory milestones, first indication only."},
            {"order": 2, "kind": "milestones", "disclosed": False, "source": "sec",
             "quote": "additional lower amounts upon the achievement of certain development and "
                      "regulatory milestones pertaining to up to two additional indications",
             "note": "Up to two further indications; amounts not disclosed."},
            {"order": 3, "kind": "commercial_milestones", "amount": D("832_000_000"),
             "currency": "USD", "source": "sec",
             "quote": "a total of up to $832 million upon the achievement of certain commercial "
                      "milestones"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties in the low-to mid-single-digit percentages",
                    "source": "sec"},
        "events": [],
    },
    {
        "slug": "abbvie-simcere-sim0500-option-2025",
        "title": "AbbVie takes an option to license SIM0500 (GPRC5D × BCMA × CD3 trispecific) "
                 "from Simcere Zaiming",
        "deal_type": "option", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 1, 13), "conference": None,
        "indication": "Relapsed or refractory multiple myeloma",
        "summary": "Option-to-license agreement for Simcere Zaiming's trispecific T-cell engager "
                   "SIM0500, in Phase 1 in China and the US. Undisclosed upfront; option fees and "
                   "milestones of up to $1.055B; tiered royalties to Simcere outside Greater China "
                   "and to AbbVie within it. Simcere later reported an additional $40M payment "
                   "from AbbVie on clinical progress.",
        "analyst_notes": "BioPharmaTrend rounds the total to 'up to $1.05 billion in milestone "
                         "payments'; $1.055B (option fees and milestones combined) is stored. The "
                         "$40M payment is dated only by the GMT Eight page (shown as 03/02/2026, "
                         "day/month order not stated), so the event carries no date.",
        "sources": [
            {"key": "prn",
             "url": "https://www.prnewswire.com/news-releases/abbvie-and-simcere-zaiming-announce-partnership-to-develop-a-novel-trispecific-antibody-candidate-in-multiple-myeloma-302348650.html",
             "publisher": "AbbVie and Simcere Zaiming via PR Newswire",
             "title": "AbbVie and Simcere Zaiming Announce Partnership to Develop a Novel "
                      "Trispecific Antibody Candidate in Multiple Myeloma (title paraphrased)",
             "published_on": date(2025, 1, 13), "language": "en",
             "quote": "NORTH CHICAGO, Ill. and SHANGHAI, Jan. 13, 2025 /PRNewswire/ -- AbbVie "
                      "(NYSE: ABBV) and Simcere Zaiming, a subsidiary of Simcere Pharmaceutical "
                      "Group Ltd (HKEX: 2096) today announced an option to license agreement to "
                      "develop SIM0500, an investigational new drug candidate."},
            {"key": "medpath",
             "url": "https://trial.medpath.com/news/1628a20064ebb0b8/simcere-zaiming-and-abbvie-partner-to-develop-novel-trispecific-antibody-for-multiple-myeloma",
             "publisher": "MedPath",
             "title": "Simcere Zaiming and AbbVie partner to develop novel trispecific antibody for "
                      "multiple myeloma (title paraphrased; publication date approximate)",
             "published_on": date(2025, 1, 13), "language": "en",
             "quote": "Under the terms of the agreement, Simcere Zaiming will receive an upfront "
                      "payment from AbbVie. Additionally, Simcere Zaiming is eligible to receive "
                      "option fees and milestone payments of up to $1.055 billion, as well as "
                      "tiered royalties on net sales outside of the Greater China territory."},
            {"key": "gmt", "url": "https://gmteight.com/content/detail/357314",
             "publisher": "GMT Eight",
             "title": "SIMCERE PHARMA(02096): Recently received milestone payment for the SIM0500 "
                      "overseas licensing option agreement with AbbVie. (publication date "
                      "approximate; page shows 03/02/2026)",
             "published_on": date(2026, 2, 3), "language": "en",
             "quote": "The company's board of directors happily announced that, following the "
                      "previous receipt of the upfront payment under this agreement, the group has "
                      "recently received an additional $40 million payment from AbbVie."},
        ],
        "headline": None,
        "parties": [
            {"company": "simcere-pharmaceutical", "role": "licensor",
             "name_as_reported": "Simcere Zaiming"},
            {"company": "abbvie", "role": "licensee"},
        ],
        "assets": [{"asset": "sim0500", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "disclosed": False, "source": "medpath",
             "quote": "Simcere Zaiming will receive an upfront payment from AbbVie",
             "note": "Amount not disclosed."},
            {"order": 1, "kind": "milestones", "amount": D("1_055_000_000"), "currency": "USD",
             "source": "medpath",
             "quote": "option fees and milestone payments of up to $1.055 billion",
             "note": "Option fees and milestones combined."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on net sales outside Greater China (AbbVie "
                               "receives tiered royalties within Greater China)",
                    "source": "medpath"},
        "events": [
            {"kind": "milestone", "date": None, "source": "gmt", "amount": D("40_000_000"),
             "currency": "USD",
             "quote": "the group has recently received an additional $40 million payment from "
                      "AbbVie",
             "description": "Additional $40M payment reflecting clinical progress; reported by "
                            "GMT Eight (page dated 03/02/2026)."},
        ],
    },
    {
        "slug": "astrazeneca-harbour-biomed-multispecifics-option-2025",
        "title": "AstraZeneca and Harbour BioMed: multi-specific antibody discovery with options "
                 "to license, plus a 9.15% equity stake",
        "deal_type": "option", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 3, 21), "conference": None, "indication": "",
        "summary": "Global strategic collaboration on multi-specific antibodies (immunology, "
                   "oncology and beyond) using the Harbour Mice platform: AstraZeneca gets "
                   "options to license two preclinical immunology programmes and nominates more "
                   "targets. $175M in upfront, near-term milestones and option-exercise fees, up "
                   "to $4.4B in development and commercial milestones, tiered royalties, and a "
                   "$105M equity investment for 9.15%. Part of AstraZeneca's $2.5B Beijing R&D "
                   "centre announcement. Extended in November 2025 with annual nominations for "
                   "four more years (ADCs and T-cell engagers).",
        "analyst_notes": "Total value: $4.575B (VCBeat, $175M + $4.4B) versus 'potentially more "
                         "than $4.68 billion' (Biotech Insider). The November 2025 update was "
                         "announced on Sunday 23 Nov per Benzinga; VCBeat dates it 24 Nov (Hong "
                         "Kong filing day). Harbour BioMed is Hong Kong-listed with operations in "
                         "Shanghai, Suzhou, Cambridge (MA) and Rotterdam.",
        "sources": [
            {"key": "rtt",
             "url": "https://www.finanznachrichten.de/nachrichten-2025-03/64892130-harbour-biomed-enters-strategic-collaboration-with-astrazeneca-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "Harbour BioMed enters strategic collaboration with AstraZeneca (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2025, 3, 21), "language": "en",
             "quote": "Harbour BioMed will receive an upfront payment, near-term milestone payments, "
                      "and option exercise fees for additional programs, totaling $175 million, as "
                      "well as up to $4.4 billion in additional development and commercial "
                      "milestone payments, along with tiered royalties on future net sales."},
            {"key": "vcbeat", "url": "https://www.vcbeatglobal.com/article/2141",
             "publisher": "VCBeat",
             "title": "Harbour BioMed updates and deepens its AstraZeneca collaboration (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2025, 11, 24), "language": "en",
             "quote": "The terms disclosed in March indicated that Harbour BioMed would receive a "
                      "total of $175 million in upfront payments, near-term milestone payments, and "
                      "option exercise fees for additional programs, along with up to $4.4 billion "
                      "in development and commercial milestone payments, plus tiered royalties "
                      "based on future product net sales (bringing the total potential deal value "
                      "to $4.575 billion). Furthermore, as part of the strategic collaboration in "
                      "March, AstraZeneca subscribed to newly issued shares representing 9.15% of "
                      "Harbour BioMed's equity, with an equity investment of approximately $105 "
                      "million."},
            {"key": "telegraph", "url": "https://www.daily8.com/en/hashtag/HarbourBioMed",
             "publisher": "The Telegraph (via daily8.com)",
             "title": "AstraZeneca to invest £2bn in Beijing amid China investigation",
             "published_on": date(2025, 3, 21), "language": "en",
             "quote": "It has also struck new licencing deals with Chinese biotech companies Harbour "
                      "BioMed, Syneron Bio and BioKangtai."},
            {"key": "insider",
             "url": "https://biotech-insider.com/astrazeneza-commits-up-to-11b-to-chinese-collaborations-beijing-rd-hub-2",
             "publisher": "Biotech Insider",
             "title": "AstraZeneca commits up to $11B to Chinese collaborations and a Beijing R&D hub "
                      "(title paraphrased; publication date approximate)",
             "published_on": date(2025, 3, 21), "language": "en",
             "quote": "The largest of the collaborations is a potentially more than $4.68 billion "
                      "partnership with Shanghai-based Harbour BioMed to discover and develop "
                      "next-generation multi-specific antibodies for immunology, oncology, “and "
                      "beyond.”"},
            {"key": "update",
             "url": "https://www.benzinga.com/news/contracts/25/11/49038777/astrazeneca-doubles-down-on-us-biologics-buildout-as-drug-discovery-partnership-grows",
             "publisher": "Benzinga",
             "title": "AstraZeneca doubles down on US biologics buildout as drug discovery "
                      "partnership grows (title paraphrased)",
             "published_on": date(2025, 11, 24), "language": "en",
             "quote": "Hong Kong-based Harbour BioMed announced on Sunday an update and advancement "
                      "of its global strategic collaboration with AstraZeneca Plc (NASDAQ:AZN) , "
                      "initially established in March 2025."},
        ],
        "headline": {"amount": D("4_575_000_000"), "currency": "USD", "source": "vcbeat",
                     "quote": "bringing the total potential deal value to $4.575 billion"},
        "parties": [
            {"company": "harbour-biomed", "role": "licensor"},
            {"company": "astrazeneca", "role": "licensee"},
        ],
        "assets": [{"asset": "harbour-mice", "phase_at_signing": "preclinical"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "other", "amount": D("175_000_000"), "currency": "USD",
             "source": "rtt",
             "quote": "Harbour BioMed will receive an upfront payment, near-term milestone "
                      "payments, and option exercise fees for additional programs, totaling $175 "
                      "million",
             "note": "Upfront, near-term milestones and option-exercise fees combined; split not "
                     "disclosed."},
            {"order": 1, "kind": "upfront_equity", "amount": D("105_000_000"), "currency": "USD",
             "source": "vcbeat",
             "quote": "with an equity investment of approximately $105 million",
             "note": "Newly issued shares representing 9.15% of Harbour BioMed."},
            {"order": 2, "kind": "milestones", "amount": D("4_400_000_000"), "currency": "USD",
             "source": "rtt",
             "quote": "up to $4.4 billion in additional development and commercial milestone "
                      "payments"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on future net sales", "source": "rtt"},
        "events": [
            {"kind": "amended", "date": date(2025, 11, 23), "source": "update",
             "description": "Collaboration extended: AstraZeneca to nominate discovery programmes "
                            "(including ADCs and T-cell engagers) each year for four more years, "
                            "on the March 2025 economic framework."},
        ],
    },
    {
        "slug": "novo-nordisk-united-laboratories-ubt251-2025",
        "title": "Novo Nordisk licenses UBT251 (GLP-1/GIP/glucagon triple agonist) from The "
                 "United Laboratories",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 3, 24), "conference": None,
        "indication": "Obesity, type 2 diabetes and other cardiometabolic diseases",
        "summary": "Exclusive worldwide rights, excluding mainland China, Hong Kong, Macau and "
                   "Taiwan, to develop, manufacture and commercialise UBT251, a weekly triple "
                   "agonist that had completed a Phase 1b obesity trial in China. $200M upfront, "
                   "up to $1.8B in milestones, and tiered royalties.",
        "sources": [
            {"key": "mo",
             "url": "https://thesun.my/business-news/media-outreach/the-united-laboratories-and-novo-nordisk-announce-exclusive-license-agreement-for-ubt251-a-glp-1-gip-glucagon-triple-receptor-agonist-LO13845608",
             "publisher": "The United Laboratories and Novo Nordisk via Media OutReach Newswire "
                          "(theSun.my)",
             "title": "The United Laboratories and Novo Nordisk announce exclusive license agreement "
                      "for UBT251, a GLP-1/GIP/Glucagon triple receptor agonist (title paraphrased)",
             "published_on": date(2025, 3, 24), "language": "en",
             "quote": "United Biotechnology will retain the rights for UBT251 in Chinese mainland, "
                      "Hong Kong, Macau, and Taiwan. United Biotechnology is eligible to receive an "
                      "upfront payment of 200 million US dollars and potential milestone payments "
                      "of up to 1.8 billion dollars from Novo Nordisk, as well as tiered royalties "
                      "on net sales outside of Chinese mainland, Hong Kong, Macau, and Taiwan."},
        ],
        "headline": None,
        "parties": [
            {"company": "united-laboratories", "role": "licensor",
             "name_as_reported": "The United Bio-Technology (Hengqin) Co., Ltd. (United "
                                 "Biotechnology), a wholly-owned subsidiary of TUL"},
            {"company": "novo-nordisk", "role": "licensee"},
        ],
        "assets": [{"asset": "ubt251", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("200_000_000"), "currency": "USD",
             "source": "mo", "quote": "an upfront payment of 200 million US dollars"},
            {"order": 1, "kind": "milestones", "amount": D("1_800_000_000"), "currency": "USD",
             "source": "mo", "quote": "potential milestone payments of up to 1.8 billion dollars"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on net sales outside Chinese mainland, Hong Kong, "
                               "Macau and Taiwan", "source": "mo"},
        "events": [],
    },
    {
        "slug": "merck-hengrui-hrs-5346-2025",
        "title": "Merck & Co. licenses HRS-5346 (oral Lp(a) inhibitor) from Hengrui",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 3, 25), "conference": None,
        "indication": "Atherosclerotic cardiovascular disease (elevated Lp(a))",
        "summary": "Exclusive rights outside Greater China to develop, manufacture and "
                   "commercialise HRS-5346, an oral small-molecule Lp(a) inhibitor in Phase 2 in "
                   "China. $200M upfront, up to $1.77B in development, regulatory and commercial "
                   "milestones, and royalties; closing expected in Q2 2025 subject to HSR.",
        "sources": [
            {"key": "synapse",
             "url": "https://synapse.patsnap.com/article/merck-secures-exclusive-license-for-hrs-5346-cardiovascular-drug-from-jiangsu-hengrui",
             "publisher": "Patsnap Synapse",
             "title": "Merck Secures Exclusive License for HRS-5346 Cardiovascular Drug from "
                      "Jiangsu Hengrui",
             "published_on": date(2025, 3, 28), "language": "en",
             "quote": "RAHWAY, NJ, USA, March 25, 2025 – Merck, known globally as MSD outside the "
                      "United States and Canada, has announced a new partnership with Jiangsu "
                      "Hengrui Pharmaceuticals Co., Ltd."},
            {"key": "chemanager",
             "url": "https://chemanager-online.com/en/news/msd-licenses-cardiovascular-drug-hengrui-pharma",
             "publisher": "CHEManager", "title": "MSD Licenses Cardiovascular Drug from Hengrui Pharma",
             "published_on": date(2025, 3, 26), "language": "en",
             "quote": "Hengrui Pharma will receive an upfront payment of $200 million (~€183 million) "
                      "and is eligible to receive milestone payments associated with certain "
                      "development, regulatory, and commercial milestones up to $1.77 billion "
                      "(~€1.62 billion), as well as royalties on net sales of HRS-5346, if "
                      "approved."},
        ],
        "headline": None,
        "parties": [
            {"company": "hengrui-pharma", "role": "licensor",
             "name_as_reported": "Jiangsu Hengrui Pharmaceuticals Co., Ltd."},
            {"company": "merck-and-co", "role": "licensee"},
        ],
        "assets": [{"asset": "hrs-5346", "phase_at_signing": "phase_2"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("200_000_000"), "currency": "USD",
             "source": "chemanager",
             "quote": "Hengrui Pharma will receive an upfront payment of $200 million",
             "note": "CHEManager adds ≈ €183M."},
            {"order": 1, "kind": "milestones", "amount": D("1_770_000_000"), "currency": "USD",
             "source": "chemanager",
             "quote": "milestone payments associated with certain development, regulatory, and "
                      "commercial milestones up to $1.77 billion"},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "royalties on net sales of HRS-5346, if approved",
                    "source": "chemanager"},
        "events": [],
    },
]

DEALS += [
    {
        "slug": "regeneron-hansoh-hs-20094-2025",
        "title": "Regeneron licenses HS-20094 (GLP-1/GIP dual agonist) from Hansoh",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 6, 2), "conference": None, "indication": "Obesity; diabetes",
        "summary": "Exclusive development and commercial rights outside mainland China, Hong Kong "
                   "and Macau to Hansoh's weekly injectable GLP-1/GIP receptor agonist HS-20094, "
                   "in Phase 3 for obesity in China. $80M upfront, up to $1.93B in development, "
                   "regulatory and sales milestones, and low double-digit royalties; subject to "
                   "HSR clearance.",
        "analyst_notes": "Unlike most China out-licences, Taiwan is not among the excluded "
                         "territories in the sources read here.",
        "sources": [
            {"key": "en", "url": "https://endocrinenews.endocrine.org/?p=16076",
             "publisher": "Endocrine News (carrying Regeneron's announcement)",
             "title": "Pharma Fridays – June 6, 2025",
             "published_on": date(2025, 6, 6), "language": "en",
             "quote": "Under the terms of the agreement, Regeneron will make an upfront payment to "
                      "Hansoh of $80 million, with potential additional payments of up to $1.93 "
                      "billion for achievement of development, regulatory and sales milestones. "
                      "Future potential royalties for global net sales outside of the designated "
                      "territories would be in the low double digits."},
            {"key": "fierce",
             "url": "http://ftp.fiercehealthpayersummit.com/biotech/regeneron-pens-2b-pact-hansohs-potential-rival-zepbound",
             "publisher": "Fierce Biotech (mirror copy)",
             "title": "Regeneron pens $2B pact for Hansoh's potential rival to Zepbound (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2025, 6, 2), "language": "en",
             "quote": "“Despite the transformative impact of recent weight loss therapies, "
                      "significant unmet needs remain, including the ability to sustain weight loss "
                      "and maintain muscle mass over time,” Regeneron Chief Scientific Officer "
                      "George Yancopoulos, M.D., Ph.D., said in a June 2 release."},
        ],
        "headline": None,
        "parties": [
            {"company": "hansoh-pharma", "role": "licensor",
             "name_as_reported": "Hansoh Pharmaceuticals Group Company Limited"},
            {"company": "regeneron", "role": "licensee"},
        ],
        "assets": [{"asset": "hs-20094", "phase_at_signing": "phase_3"}],
        "territory": {"included": ["WW"], "excluded": ["CN", "HK", "MO"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("80_000_000"), "currency": "USD",
             "source": "en",
             "quote": "Regeneron will make an upfront payment to Hansoh of $80 million"},
            {"order": 1, "kind": "milestones", "amount": D("1_930_000_000"), "currency": "USD",
             "source": "en",
             "quote": "potential additional payments of up to $1.93 billion for achievement of "
                      "development, regulatory and sales milestones"},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "royalties in the low double digits on net sales outside the "
                               "designated territories", "source": "en"},
        "events": [],
    },
    {
        "slug": "astrazeneca-cspc-ai-research-collaboration-2025",
        "title": "AstraZeneca and CSPC: AI-enabled research collaboration on oral candidates for "
                 "chronic diseases",
        "deal_type": "collaboration", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 6, 13), "conference": None,
        "indication": "Chronic diseases, including immunological diseases",
        "summary": "Strategic research collaboration in which CSPC, in Shijiazhuang, uses its "
                   "AI-driven dual-engine discovery platform to find preclinical candidates for "
                   "multiple targets, including an oral small molecule for immunological "
                   "diseases; AstraZeneca holds options for exclusive worldwide licenses. $110M "
                   "upfront, up to $1.62B in development milestones and up to $3.6B in sales "
                   "milestones (about $5.3B in all), plus single-digit royalties.",
        "sources": [
            {"key": "rtt",
             "url": "https://www.nasdaq.com/articles/astrazeneca-signs-nearly-53-bln-ai-enabled-research-deal-chinas-cspc-pharma",
             "publisher": "RTTNews (via Nasdaq.com)",
             "title": "AstraZeneca signs nearly $5.3 bln AI-enabled research deal with China's CSPC "
                      "Pharma (title paraphrased)",
             "published_on": date(2025, 6, 13), "language": "en",
             "quote": "Under the deal terms, CSPC will receive an upfront payment of $110 million. It "
                      "is also eligible to receive up to $1.62 billion in potential development "
                      "milestone payments and up to $3.6 billion in sales milestone payments, plus "
                      "potential single digit royalties based on annual net sales of the products."},
            {"key": "afp",
             "url": "https://www.ndtv.com/world-news/astrazeneca-inks-china-ai-research-deal-for-chronic-diseases-8662145",
             "publisher": "AFP (via NDTV)",
             "title": "AstraZeneca Inks China AI Research Deal For Chronic Diseases (title "
                      "paraphrased)",
             "published_on": date(2025, 6, 13), "language": "en",
             "quote": "British drugmaker AstraZeneca unveiled on Friday an AI-assisted research "
                      "partnership with Chinese counterpart CSPC Pharmaceuticals worth up to $5.3 "
                      "billion to tackle chronic diseases."},
        ],
        "headline": {"amount": D("5_300_000_000"), "currency": "USD", "source": "afp",
                     "quote": "worth up to $5.3 billion"},
        "parties": [
            {"company": "cspc-pharmaceutical", "role": "licensor"},
            {"company": "astrazeneca", "role": "licensee"},
        ],
        "assets": [{"asset": "cspc-ai-oral-candidates", "phase_at_signing": "preclinical"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("110_000_000"), "currency": "USD",
             "source": "rtt", "quote": "CSPC will receive an upfront payment of $110 million"},
            {"order": 1, "kind": "development_milestones", "amount": D("1_620_000_000"),
             "currency": "USD", "source": "rtt",
             "quote": "up to $1.62 billion in potential development milestone payments"},
            {"order": 2, "kind": "commercial_milestones", "amount": D("3_600_000_000"),
             "currency": "USD", "source": "rtt",
             "quote": "up to $3.6 billion in sales milestone payments"},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "potential single digit royalties based on annual net sales",
                    "source": "rtt"},
        "events": [],
    },
    {
        "slug": "novartis-argo-sirna-2025",
        "title": "Novartis licenses and takes options on further Argo siRNA cardiovascular "
                 "assets (third Argo deal)",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 9, 3), "conference": None,
        "indication": "Severe hypertriglyceridaemia, mixed dyslipidaemia and other "
                      "cardiovascular disease",
        "summary": "Multi-asset license and option agreement: ex-China license (with reciprocal "
                   "US/China profit-and-loss-sharing options) to a hepatic siRNA in IND-enabling "
                   "studies, options on ex-China rights to two discovery-stage molecules, and a "
                   "right of first negotiation on the Phase II ANGPTL3 siRNA BW-00112. $160M "
                   "upfront, up to $5.2B in milestone and option payments, and tiered royalties; "
                   "Novartis intends to join Argo's next equity round (non-binding).",
        "analyst_notes": "Announced the same day as a Novartis–Arrowhead siRNA deal. Novartis's "
                         "intention to invest in Argo's next financing is non-binding and carries "
                         "no amount, so no equity row is stored.",
        "sources": [
            {"key": "fierce",
             "url": "http://ftp.prcmidwest.com/biotech/novartis-returns-argo-multi-faceted-5b-cardiovascular-collab",
             "publisher": "Fierce Biotech (mirror copy)",
             "title": "Novartis returns to Argo for multifaceted $5B cardiovascular collab "
                      "(publication date approximate)",
             "published_on": date(2025, 9, 3), "language": "en",
             "quote": "As well as the $160 million upfront fee, Argo will also be in line for "
                      "milestone and option payments that could add up to $5.2 billion, alongside "
                      "tiered royalties. Novartis also plans to participate in Argo’s next equity "
                      "financing round."},
            {"key": "medpath",
             "url": "https://trial.medpath.com/news/3e16c9da69e545f0/argo-biopharma-and-novartis-expand-partnership-with-5-2-billion-cardiovascular-sirna-deal",
             "publisher": "MedPath",
             "title": "Argo Biopharma and Novartis expand partnership with $5.2 billion "
                      "cardiovascular siRNA deal (title paraphrased; publication date approximate)",
             "published_on": date(2025, 9, 3), "language": "en",
             "quote": "Under the agreement announced September 3, 2025, Argo will receive the "
                      "substantial upfront payment and is eligible for potential milestone and "
                      "option payments totaling up to $5.2 billion, plus tiered royalties on "
                      "commercial sales."},
        ],
        "headline": None,
        "parties": [
            {"company": "argo-biopharmaceutical", "role": "licensor"},
            {"company": "novartis", "role": "licensee"},
        ],
        "assets": [{"asset": "argo-sirna-candidates-2025"},
                   {"asset": "bw-00112", "phase_at_signing": "phase_2"}],
        "territory": {"included": ["WW"], "excluded": ["CN"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("160_000_000"), "currency": "USD",
             "source": "fierce", "quote": "the $160 million upfront fee"},
            {"order": 1, "kind": "milestones", "amount": D("5_200_000_000"), "currency": "USD",
             "source": "fierce",
             "quote": "milestone and option payments that could add up to $5.2 billion",
             "note": "Milestone and option payments combined."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on commercial sales", "source": "medpath"},
        "events": [],
    },
    {
        "slug": "zenas-innocare-orelabrutinib-2025",
        "title": "Zenas BioPharma licenses orelabrutinib (outside oncology) and two autoimmune "
                 "candidates from InnoCare",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 10, 8), "conference": None,
        "indication": "Multiple sclerosis and other autoimmune diseases",
        "summary": "Global license to the CNS-penetrant BTK inhibitor orelabrutinib outside "
                   "oncology (Phase 3 in primary progressive MS) plus two early candidates, an "
                   "oral IL-17AA/AF blocker and a brain-penetrant TYK2 inhibitor. Up to $100M in "
                   "upfront and near-term milestone payments, up to 7 million Zenas shares, "
                   "further milestones taking the total above $2B, and tiered royalties up to the "
                   "high teens.",
        "analyst_notes": "Territory: Reuters reports worldwide rights outside oncology; a Fierce "
                         "Pharma copy says Zenas will develop and possibly commercialise "
                         "orelabrutinib 'outside of China and Southeast Asia'. Worldwide is coded. "
                         "The total is reported only as 'more than $2 billion', so no headline is "
                         "stored; the value of the shares is not stated. Biogen had licensed and "
                         "returned orelabrutinib's MS rights (2021–2023).",
        "sources": [
            {"key": "reuters",
             "url": "https://www.financetom.com/business/zenas-bio-inks-potential-2-billion-licensing-deal-with-chinas-innocare-for-autoimmune-drug-447304.htm",
             "publisher": "Reuters (via Financetom)",
             "title": "Zenas Bio inks potential $2 billion licensing deal with China's InnoCare for "
                      "autoimmune drug",
             "published_on": date(2025, 10, 8), "language": "en",
             "quote": "The deal grants Zenas worldwide rights to the drug, orelabrutinib, outside\n"
                      "oncology. The U.S.-based drug developer will pay up to $100 million in upfront\n"
                      "and near-term milestone payments and issue up to 7 million shares of common\n"
                      "stock to InnoCare."},
            {"key": "biospace",
             "url": "https://www.biospace.com/deals/zenas-bets-2b-in-autoimmune-agreement-with-chinese-firm-innocare",
             "publisher": "BioSpace",
             "title": "Zenas bets $2B+ in autoimmune agreement with Chinese firm InnoCare (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2025, 10, 8), "language": "en",
             "quote": "InnoCare will also be eligible to tiered royalties reaching up to the "
                      "high-teens percentage on annual net sales of the three licensed drugs."},
            {"key": "fierce",
             "url": "https://fiercepharma.dev.qtxquartz.com/pharma/zenas-makes-big-bet-ms-drug-striking-2b-licensing-deal-innocare",
             "publisher": "Fierce Pharma (staging copy)",
             "title": "Zenas makes big bet on MS drug, striking $2B licensing deal with InnoCare "
                      "(title paraphrased; publication date approximate)",
             "published_on": date(2025, 10, 8), "language": "en",
             "quote": "The Massachusetts company, which launched just four years ago, is spending up "
                      "to $100 million upfront and in near-term expected milestone payments to "
                      "co-develop and possibly commercialize multiple sclerosis (MS) treatment "
                      "orelabrutinib outside of China and Southeast Asia."},
        ],
        "headline": None,
        "parties": [
            {"company": "innocare-pharma", "role": "licensor"},
            {"company": "zenas-biopharma", "role": "licensee"},
        ],
        "assets": [{"asset": "orelabrutinib", "phase_at_signing": "phase_3"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("100_000_000"), "currency": "USD",
             "source": "reuters",
             "quote": "will pay up to $100 million in upfront\nand near-term milestone payments",
             "note": "Upfront and near-term milestones combined."},
            {"order": 1, "kind": "upfront_equity", "disclosed": False, "source": "reuters",
             "quote": "issue up to 7 million shares of common\nstock to InnoCare",
             "note": "Up to 7 million Zenas shares; cash value not stated."},
            {"order": 2, "kind": "milestones", "disclosed": False, "source": "reuters",
             "note": "Development, regulatory and sales milestones not broken out; Reuters: 'The "
                     "total of the upfront payment, near-term milestone and potential development "
                     "and regulatory milestone payments, along with potential commercial sales "
                     "milestones across all three programs, exceeds $2 billion, Zenas said.'"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties reaching up to the high-teens percentage on "
                               "annual net sales", "source": "biospace"},
        "events": [],
    },
    {
        "slug": "takeda-innovent-ibi363-ibi343-2025",
        "title": "Takeda licenses IBI363 and IBI343 from Innovent, with an option on IBI3001",
        "deal_type": "license", "exclusive": True, "status": "closed",
        "announced_on": date(2025, 10, 21), "conference": None,
        "indication": "Non-small cell lung, colorectal, gastric and pancreatic cancers",
        "summary": "Rights outside Greater China to two late-stage Innovent medicines: Takeda "
                   "leads global co-development and US co-commercialisation of the PD-1/IL-2α "
                   "bispecific fusion protein IBI363 (US profit/loss 40% Innovent / 60% Takeda) "
                   "and takes exclusive rights to the Claudin 18.2 ADC IBI343, plus an exclusive "
                   "option on the early-stage ADC IBI3001. $1.2B upfront including a $100M equity "
                   "investment at HK$112.56 per share, up to $10.2B in milestones (up to $11.4B "
                   "in total), royalties. Closed effective 4 Dec 2025.",
        "analyst_notes": "Takeda announced late on Tuesday 21 Oct 2025 (US time); Takeda's "
                         "Business Wire copy and Innovent's Hong Kong announcement are dated 22 "
                         "Oct. The $100M equity investment is part of, not in addition to, the "
                         "$1.2B upfront. Brief mentions an 'around ESMO 2025' timing; the source "
                         "dates are used.",
        "sources": [
            {"key": "wire", "url": "https://ttm.financial/m/news/2577517903",
             "publisher": "Newswire copy (via TTM / Tiger Trade)",
             "title": "Takeda signs license and collaboration agreement with Innovent Biologics "
                      "(title paraphrased; publication date approximate)",
             "published_on": date(2025, 10, 22), "language": "en",
             "quote": "Takeda Pharmaceutical (TAK) said late Tuesday it signed a license and "
                      "collaboration agreement with Innovent Biologics, covering two of the "
                      "latter's late-stage oncology medicines."},
            {"key": "ipp",
             "url": "https://www.indianpharmapost.com/news/lite/takeda-and-innovent-biologics-forge-global-partnership-to-advance-oncology-medicines-for-solid-tumors-18057",
             "publisher": "Indian Pharma Post",
             "title": "Takeda and Innovent Biologics forge global partnership to advance oncology "
                      "medicines for solid tumors (title paraphrased)",
             "published_on": date(2025, 10, 23), "language": "en",
             "quote": "Takeda will make an upfront payment of $1.2 billion, which includes a $100 "
                      "million equity investment in Innovent. Innovent is eligible for up to $10.2 "
                      "billion in additional milestone payments, plus tiered royalties on potential "
                      "sales."},
            {"key": "pharmtech",
             "url": "https://www.pharmaceutical-technology.com/newsletters/takeda-innovent-global-partnership",
             "publisher": "Pharmaceutical Technology",
             "title": "Takeda and Innovent fulfil close conditions for ADC and IO therapies",
             "published_on": date(2025, 12, 5), "language": "en",
             "quote": "Innovent may receive additional development and sales milestone payments for "
                      "IBI363, IBI343 and, if the option is exercised, IBI3001, totalling up to "
                      "$10.2bn. This brings the potential overall deal value to $11.4bn."},
            {"key": "closing",
             "url": "https://www.stocktitan.net/news/TAK/innovent-biologics-announces-closing-of-global-strategic-partnership-f91oibph3tim.html",
             "publisher": "Stock Titan (carrying Innovent's release)",
             "title": "Innovent Biologics Announces Closing of Global Strategic Partnership with "
                      "Takeda for Next-Generation IO and ADC Therapies (publication date "
                      "approximate)",
             "published_on": date(2025, 12, 5), "language": "en",
             "quote": "Innovent Biologics and Takeda (TAK) closed a global strategic collaboration "
                      "effective Dec 4, 2025"},
        ],
        "headline": {"amount": D("11_400_000_000"), "currency": "USD", "source": "pharmtech",
                     "quote": "This brings the potential overall deal value to $11.4bn."},
        "parties": [
            {"company": "innovent-biologics", "role": "licensor"},
            {"company": "takeda", "role": "licensee"},
        ],
        "assets": [{"asset": "ibi363"}, {"asset": "ibi343"}, {"asset": "ibi3001"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("1_200_000_000"), "currency": "USD",
             "source": "ipp", "quote": "Takeda will make an upfront payment of $1.2 billion",
             "note": "Includes the $100M equity investment (order 1)."},
            {"order": 1, "kind": "upfront_equity", "amount": D("100_000_000"), "currency": "USD",
             "source": "ipp", "quote": "a $100 million equity investment in Innovent",
             "note": "Part of the $1.2B upfront, not additional; new shares at HK$112.56."},
            {"order": 2, "kind": "milestones", "amount": D("10_200_000_000"), "currency": "USD",
             "source": "ipp", "quote": "up to $10.2 billion in additional milestone payments",
             "note": "Development and sales milestones, including IBI3001 if optioned."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties outside Greater China (US profits and losses on "
                               "IBI363 shared 40/60)", "source": "ipp"},
        "events": [
            {"kind": "announced", "date": date(2025, 10, 21), "source": "wire",
             "description": "Takeda announced late on Tuesday 21 Oct 2025 (US time)."},
            {"kind": "closed", "date": date(2025, 12, 4), "source": "closing",
             "quote": "closed a global strategic collaboration effective Dec 4, 2025",
             "description": "Closing conditions satisfied; effective 4 Dec 2025."},
        ],
    },
    {
        "slug": "astrazeneca-jacobio-jab-23e73-2025",
        "title": "AstraZeneca licenses pan-KRAS inhibitor JAB-23E73 from Jacobio",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 12, 21), "conference": None,
        "indication": "KRAS-mutant solid tumours",
        "summary": "Exclusive rights to research, develop, manufacture and commercialise the oral "
                   "pan-KRAS inhibitor JAB-23E73 (Phase I in China and the US) outside China; in "
                   "mainland China the partners co-develop and co-commercialise, sharing costs and "
                   "profits. $100M upfront, up to $1.915B in development, regulatory and "
                   "commercial milestones, and tiered royalties: up to $2.015B.",
        "analyst_notes": "Milestones: $1.915B (China Daily, Caixin) versus US$1.92B (SCMP copy on "
                         "Biotech Today) and $1.9B (BioSpace); $1.915B is stored. Territory: China "
                         "Daily says the license covers everywhere outside the Chinese mainland, "
                         "the SCMP copy says outside mainland China, Hong Kong, Macau and Taiwan; "
                         "mainland China is coded as excluded. Jacobio filed with the Hong Kong "
                         "exchange on Sunday 21 Dec 2025.",
        "sources": [
            {"key": "chinadaily",
             "url": "http://www.chinadaily.com.cn/a/202512/25/WS694c9152a310d6866eb305df.html",
             "publisher": "China Daily", "title": "Jacobio, AstraZeneca ink cancer drug deal",
             "published_on": date(2025, 12, 25), "language": "en",
             "quote": "Under the terms of the agreement, Hong Kong-listed Jacobio will receive an "
                      "upfront payment of $100 million. Depending on future development, "
                      "regulatory, and commercial achievements, the company is eligible to receive "
                      "up to $1.915 billion in milestone payments, alongside tiered royalties on "
                      "net sales."},
            {"key": "scmp", "url": "https://biotech-today.com/category/bio-space",
             "publisher": "South China Morning Post (copy on Biotech Today)",
             "title": "China's rising biotech clout on show in flurry of billion-dollar licensing "
                      "deals (publication date approximate)",
             "published_on": date(2025, 12, 23), "language": "en",
             "quote": "Jacobio Pharmaceuticals said it expected to receive an upfront payment of "
                      "US$100 million from AstraZeneca, according to a filing to the Hong Kong "
                      "stock exchange on December 21."},
            {"key": "caixin",
             "url": "https://www.caixinglobal.com/2025-12-24/jacobio-pharma-signs-2-billion-deal-with-astrazeneca-for-cancer-drug-102396643.html",
             "publisher": "Caixin Global",
             "title": "Jacobio Pharma Signs $2 Billion Deal With AstraZeneca for Cancer Drug",
             "published_on": date(2025, 12, 24), "language": "en",
             "quote": "Jacobio Pharma licensed its experimental KRAS inhibitor drug, JAB-23E73, to "
                      "AstraZeneca for up to $2.015 billion, including $100 million upfront."},
        ],
        "headline": {"amount": D("2_015_000_000"), "currency": "USD", "source": "caixin",
                     "quote": "for up to $2.015 billion, including $100 million upfront"},
        "parties": [
            {"company": "jacobio-pharma", "role": "licensor"},
            {"company": "astrazeneca", "role": "licensee"},
        ],
        "assets": [{"asset": "jab-23e73", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": ["CN"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("100_000_000"), "currency": "USD",
             "source": "chinadaily",
             "quote": "Jacobio will receive an upfront payment of $100 million"},
            {"order": 1, "kind": "milestones", "amount": D("1_915_000_000"), "currency": "USD",
             "source": "chinadaily",
             "quote": "the company is eligible to receive up to $1.915 billion in milestone "
                      "payments"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties on net sales", "source": "chinadaily"},
        "events": [],
    },
]

# ============================================================== 2026 ========================
DEALS += [
    {
        "slug": "astrazeneca-cspc-weight-management-2026",
        "title": "AstraZeneca licenses CSPC's once-monthly weight-management portfolio (SYH2082 "
                 "and seven further programmes)",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2026, 1, 30), "conference": None,
        "indication": "Obesity and type 2 diabetes",
        "summary": "Strategic collaboration and exclusive license outside Greater China to eight "
                   "once-monthly injectable weight-management programmes built on CSPC's AI-driven "
                   "peptide discovery and LiquidGel dosing platform, led by the clinical-ready "
                   "GLP-1R/GIPR agonist SYH2082. CSPC takes four programmes through Phase I, then "
                   "AstraZeneca leads. $1.2B upfront, up to $3.5B in development and regulatory "
                   "milestones and up to $13.8B in sales milestones (up to $18.5B), plus tiered "
                   "royalties; AstraZeneca may co-commercialise in China. Closing expected Q2 2026.",
        "analyst_notes": "Headline values differ by what they include: Fierce's headline counts "
                         "$4.7B (upfront plus development/regulatory milestones), MENAFN and "
                         "Pharmcube-based reports $18.5B (adding $13.8B of sales milestones from "
                         "CSPC's Hong Kong filing). Time.news names the lead asset 'SYH2083'; "
                         "AstraZeneca's RNS, Fierce and RTTNews say SYH2082 (stored).",
        "sources": [
            {"key": "rtt",
             "url": "https://www.finanznachrichten.de/nachrichten-2026-01/67569145-astrazeneca-strikes-deal-with-cspc-to-boost-obesity-and-diabetes-therapies-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "AstraZeneca strikes deal with CSPC to boost obesity and diabetes therapies "
                      "(title paraphrased)",
             "published_on": date(2026, 1, 30), "language": "en",
             "quote": "AstraZeneca PLC (AZN) said on Friday it has entered a strategic "
                      "collaboration with CSPC Pharmaceuticals, paying $1.2 billion upfront to "
                      "expand its weight-management pipeline."},
            {"key": "fierce",
             "url": "https://www.fiercebiotech.com/biotech/astrazeneca-returns-chinas-cspc-47b-obesity-deal",
             "publisher": "Fierce Biotech",
             "title": "AstraZeneca returns to China's CSPC for $4.7B obesity deal (title "
                      "paraphrased)",
             "published_on": date(2026, 1, 30), "language": "en",
             "quote": "In return for the ex-China rights to all eight programs as well as use of "
                      "CSPC’s artificial intelligence molecular design capabilities and LiquidGel "
                      "once-monthly dosing platform technology, AstraZeneca is making the $1.2 "
                      "billion upfront payment, with the potential for a further $3.5 billion to "
                      "follow in development and milestone payments across all programs.\n\n"
                      "According to CSPC's filing with the Hong Kong stock exchange, the company "
                      "could also receive up to an additional $13.8 billion in sales milestones."},
            {"key": "menafn",
             "url": "https://menafn.com/1110702550/Astrazeneca-And-CSPC-Forge-185B-Strategic-Alliance-In-Obesity-Drug-Innovation",
             "publisher": "MENAFN",
             "title": "Astrazeneca And CSPC Forge $18.5B Strategic Alliance In Obesity Drug "
                      "Innovation (publication date approximate)",
             "published_on": date(2026, 1, 30), "language": "en",
             "quote": "If all milestones are met, the total deal value could reach $18.5 "
                      "billion-setting a new record for outbound licensing in China's GLP-1 "
                      "sector."},
        ],
        "headline": {"amount": D("18_500_000_000"), "currency": "USD", "source": "menafn",
                     "quote": "the total deal value could reach $18.5 billion"},
        "parties": [
            {"company": "cspc-pharmaceutical", "role": "licensor"},
            {"company": "astrazeneca", "role": "licensee"},
        ],
        "assets": [{"asset": "syh2082"}, {"asset": "cspc-monthly-weight-portfolio"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("1_200_000_000"), "currency": "USD",
             "source": "rtt", "quote": "paying $1.2 billion upfront"},
            {"order": 1, "kind": "milestones", "amount": D("3_500_000_000"), "currency": "USD",
             "source": "fierce",
             "quote": "the potential for a further $3.5 billion to follow in development and "
                      "milestone payments across all programs",
             "note": "Development and regulatory milestones (RTTNews)."},
            {"order": 2, "kind": "commercial_milestones", "amount": D("13_800_000_000"),
             "currency": "USD", "source": "fierce",
             "quote": "up to an additional $13.8 billion in sales milestones",
             "note": "From CSPC's Hong Kong filing, as reported by Fierce."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "tiered royalties up to double-digit percentages on net sales "
                               "(MENAFN)", "source": "menafn"},
        "events": [],
    },
    {
        "slug": "madrigal-ribo-mash-sirna-2026",
        "title": "Madrigal licenses six preclinical MASH siRNA programmes from Suzhou Ribo Life "
                 "Science",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2026, 2, 11), "conference": None,
        "indication": "Metabolic dysfunction-associated steatohepatitis (MASH)",
        "summary": "Global exclusive license to develop, manufacture and commercialise six "
                   "preclinical siRNA programmes from Ribo's liver-targeting RiboGalSTAR platform "
                   "(with its unit Ribocure). $60M upfront and payments that can reach $4.4B, "
                   "plus royalties on net sales.",
        "analyst_notes": "Sources disagree on the $4.4B: Gate/China Renaissance says a total of "
                         "$4.4B 'including the initial payment and milestone payments', Reuters "
                         "(French translation) that total payments can reach $4.4B, while "
                         "pharmaphorum writes of 'another $4.4 billion' on top of the $60M. The "
                         "total-including-upfront reading is the headline; the milestone amount "
                         "is not computed. The Gate post calls the licensor 'Revo Biologics', a "
                         "translation of its Chinese name.",
        "sources": [
            {"key": "reuters_fr",
             "url": "https://www.boursorama.com/bourse/actualites-amp/madrigal-et-suzhou-ribo-chine-signent-un-accord-de-licence-pour-des-programmes-de-lutte-contre-les-maladies-du-foie-43a7ed0c015c9478ded768153ad2b5dc",
             "publisher": "Reuters (automated French translation, via Boursorama)",
             "title": "Madrigal et Suzhou Ribo (Chine) signent un accord de licence pour des "
                      "programmes de lutte contre les maladies du foie",
             "published_on": date(2026, 2, 11), "language": "fr",
             "quote": "La biotech chinoise recevra un paiement initial de 60 millions de dollars, le "
                      "total des paiements pour l'ensemble des programmes pouvant atteindre 4,4 "
                      "milliards de dollars si certaines étapes sont franchies."},
            {"key": "pharmaphorum",
             "url": "https://pharmaphorum.com/news/madrigal-builds-mash-44bn-ribo-alliance",
             "publisher": "pharmaphorum",
             "title": "Madrigal builds in MASH with $4.4bn+ Ribo alliance (publication date "
                      "approximate)",
             "published_on": date(2026, 2, 11), "language": "en",
             "quote": "The licensing deal, which spans six preclinical-stage MASH candidates, "
                      "includes an upfront payment to Ribo of $60 million, with another $4.4 "
                      "billion in cumulative payments."},
            {"key": "gate", "url": "https://www.gateweb3.net/post/status/18874297",
             "publisher": "Gate (gateweb3.net post citing company announcements)",
             "title": "China innovative-drug out-licensing in early 2026 (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2026, 2, 11), "language": "en",
             "quote": "Under the agreement, Revo Biologics will receive an upfront payment of $60 "
                      "million, and upon reaching milestones such as clinical development, "
                      "regulatory approval, and commercial sales, there is potential to receive a "
                      "total of $4.4 billion, including the initial payment and milestone "
                      "payments."},
        ],
        "headline": {"amount": D("4_400_000_000"), "currency": "USD", "source": "gate",
                     "quote": "there is potential to receive a total of $4.4 billion, including the "
                              "initial payment and milestone payments"},
        "parties": [
            {"company": "ribo-life-science", "role": "licensor",
             "name_as_reported": "Suzhou Ribo Life Science Co., Ltd. and Ribocure "
                                 "Pharmaceuticals AB"},
            {"company": "madrigal-pharmaceuticals", "role": "licensee"},
        ],
        "assets": [{"asset": "ribo-mash-sirna-programs", "phase_at_signing": "preclinical"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("60_000_000"), "currency": "USD",
             "source": "pharmaphorum",
             "quote": "includes an upfront payment to Ribo of $60 million"},
            {"order": 1, "kind": "milestones", "disclosed": False, "source": "gate",
             "quote": "upon reaching milestones such as clinical development, regulatory "
                      "approval, and commercial sales",
             "note": "Not stated separately; see analyst notes on the $4.4B."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "royalties on future net sales (Reuters)", "source": "reuters_fr"},
        "events": [],
    },
    {
        "slug": "sanofi-cttq-rovadicitinib-2026",
        "title": "Sanofi licenses rovadicitinib (JAK/ROCK inhibitor) from Sino Biopharm's Chia "
                 "Tai Tianqing",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2026, 3, 4), "conference": None,
        "indication": "Chronic graft-versus-host disease; myelofibrosis",
        "summary": "Exclusive worldwide license to develop, manufacture and commercialise "
                   "rovadicitinib, an oral first-in-class JAK/ROCK inhibitor approved in China in "
                   "February 2026 for myelofibrosis and in Phase 3 in China for chronic GVHD. "
                   "$135M upfront, up to $1.395B in development, regulatory and sales milestones "
                   "(up to $1.53B in all), and tiered royalties up to double digits.",
        "analyst_notes": "Milestones: $1.395B (Fierce, from the securities filing) versus 'up to "
                         "$1.40 billion' (Reuters); $1.395B is stored. Sino Biopharm's release is "
                         "dated 4 Mar 2026 local time; the Reuters copy's page header shows "
                         "Tuesday 3 March. Worldwide scope is as Reuters and Fierce report it.",
        "sources": [
            {"key": "reuters",
             "url": "https://srnnews.com/sino-biopharm-unit-licenses-blood-cancer-drug-to-sanofi-for-up-to-1-53-billion",
             "publisher": "Reuters (via Salem Radio Network News)",
             "title": "Sino Biopharm unit licenses blood cancer drug to Sanofi for up to $1.53 "
                      "billion",
             "published_on": date(2026, 3, 4), "language": "en",
             "quote": "Hong Kong-listed Sino Biopharmaceutical said on Wednesday its unit has signed "
                      "an exclusive global licensing deal with French drugmaker Sanofi worth up to "
                      "$1.53 billion, giving the European pharma giant rights to a blood cancer "
                      "drug that won Chinese regulatory approval last month.\n\nUnder the agreement, "
                      "Sino Biopharmaceutical’s subsidiary Chia Tai Tianqing Pharmaceutical Group "
                      "will grant Sanofi an exclusive worldwide licence to develop, manufacture and "
                      "commercialise rovadicitinib, receiving an upfront payment of $135 million."},
            {"key": "fierce",
             "url": "https://www.fiercebiotech.com/pharma/sanofi-strikes-15b-global-licensing-deal-sino-biopharm-first-class-jak-asset",
             "publisher": "Fierce Pharma",
             "title": "Sanofi strikes $1.5B global licensing deal with Sino Biopharm for "
                      "first-in-class JAK asset (title paraphrased)",
             "published_on": date(2026, 3, 4), "language": "en",
             "quote": "Beyond the initial payment, Sanofi has pledged up to $1.395 billion in "
                      "potential development, regulatory and sales milestones as well as up to "
                      "double-digit tiered royalties based on net sales of rovadicitinib."},
        ],
        "headline": {"amount": D("1_530_000_000"), "currency": "USD", "source": "reuters",
                     "quote": "worth up to $1.53 billion"},
        "parties": [
            {"company": "chia-tai-tianqing", "role": "licensor",
             "name_as_reported": "Chia Tai Tianqing Pharmaceutical Group (subsidiary of Sino "
                                 "Biopharmaceutical)"},
            {"company": "sanofi", "role": "licensee"},
        ],
        "assets": [{"asset": "rovadicitinib", "phase_at_signing": "approved"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("135_000_000"), "currency": "USD",
             "source": "reuters", "quote": "receiving an upfront payment of $135 million"},
            {"order": 1, "kind": "milestones", "amount": D("1_395_000_000"), "currency": "USD",
             "source": "fierce",
             "quote": "up to $1.395 billion in potential development, regulatory and sales "
                      "milestones",
             "note": "Reuters: 'up to $1.40 billion'."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "min_pct": None, "max_pct": None,
                    "wording": "up to double-digit tiered royalties based on net sales",
                    "source": "fierce"},
        "events": [],
    },
]
