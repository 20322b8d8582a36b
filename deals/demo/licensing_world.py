"""World (non-Chinese licensor) licensing, option, collaboration, platform-license and equity
deals, 2023-2026, for the DealScope demo data set.

Scope: deals whose licensor (or investee) is NOT a Chinese company, announced 2023-01-01 ..
2026-12-31, excluding acquisitions (another researcher covers M&A), Chinese licensors (another
researcher) and the 21 deals already in ``deals/demo_data.py``.

Covered here (32 deals):
- Korea (9): Alteogen->Daiichi Sankyo (ALT-B4 for SC Enhertu, 2024); Alteogen->MSD (exclusive
  ALT-B4 amendment for Keytruda SC, 2024); LigaChem->Ono (LCB97 + ADC platform, 2024);
  ABL Bio->Lilly (Grabody platform + equity, 2025, closed 2026); Orum->Vertex (TPD2 option,
  2024); Orum->BMS (ORM-6151 programme sale, 2023); Chong Kun Dang->Novartis (CKD-510, 2023);
  LG Chem->Rhythm (LB54640, 2024); Intocell->ABL Bio (ADC platform, 2024, terminated 2025).
- Japan (6): PeptiDream->Novartis (RLT peptides, 2024); PeptiDream->Genentech (peptide-RI, 2023);
  JCR->Alexion (JUST-AAV, 2025); JCR->Acumen (J-Brain Cargo option, 2025); JCR->Angelini
  (J-Brain Cargo option, 2023); Kaken->J&J (STAT6 + equity, 2024).
- US/Europe (17): Zealand->Roche (petrelintide); Gubra->AbbVie (GUB014295); Arrowhead->Sarepta
  (siRNA + equity, closed); Arrowhead->Novartis (ARO-SNCA); Alnylam->Roche (zilebesiran);
  Ionis->Ono (sapablursen); PTC->Novartis (votoplam); Umoja->AbbVie (in-situ CAR-T options +
  equity); Cellectis->AstraZeneca (collaboration + equity, closed); Arcellx->Kite (expansion,
  option exercised, equity); RadioMedix/Orano Med->Sanofi (AlphaMedix); Sanofi equity in Orano
  Med; Sangamo->Lilly (STAC-BBB); Voyager->Novartis (TRACER capsids + equity); IGI->AbbVie
  (ISB 2001 trispecific); Tubulis->BMS (ADC platform); Aktis->Lilly (radiopharma + equity).

Not in this module on purpose: four deals researched for this area (OliX->Lilly 2025,
Rznomics->Lilly 2025, Daewoong->CS Pharmaceuticals 2023 and AC Immune->Takeda 2024) also appear
as gold answers in the held-out extraction set under /work/drafts/heldout/. To keep that set
unseen they live in ``heldout_overlap.py`` beside this file, in the same format, for the
requester to merge or drop.

Conventions follow demo_data.py: amounts as reported, in the currency reported; undisclosed
terms are rows with ``disclosed=False`` and no amount; each amount carries the source key and
the quoted words. Where a page shows no date, ``published_on`` is the announcement date and the
title says "(publication date approximate)". Several Korean/Japanese pages show their date only in
the article URL or ID (e.g. chosun.com/.../2024/11/08/, newspim 20241108..., kabutan n20241227...,
wowtv articleId=20260109..., business-standard ...125071001185); those dates are used as shown there.

Research log: 55 look-ups with the ``search`` tool (corpus ``pages``), within the 190 allowed.
"""

# Source URLs cannot be wrapped, and the tables read best laid out by hand.
# ruff: noqa: E501
# fmt: off

from datetime import date
from decimal import Decimal

D = Decimal

NOTES = """
Disagreements between sources, and how each is stored
----------------------------------------------------
1. Alteogen->Daiichi Sankyo (2024): most sources give $20M upfront + $280M milestones (= $300M
   total; Seoul Economic Daily: 3억 달러). Korea Economic TV wrote the contract as '모두
   2억8000만달러' (total $280M). FLCube says the $280M is tied to sales targets after launch,
   others to development, regulatory and sales milestones. Stored: upfront $20M + milestones
   $280M (Newspim), headline $300M (Seoul Economic Daily); the others in analyst_notes.
2. Alteogen->MSD amendment (2024): total new value $452M (BioSpectator) = $20M signing fee +
   $432M milestone increase. Hankyung sub-headline puts total milestones at ₩1.3T; Korea
   Economic TV (2026) says sales milestones were doubled to ₩1.4T and a 2% royalty added. Stored:
   $20M + $432M, headline $452M; royalty 2% as reported by Korea Economic TV; won totals in notes.
3. ABL Bio->Lilly (2025): BioWorld/Hitnews give 12 Nov 2025; BioSpace says 'announced Friday';
   Yonhap Infomax says the deal was signed on the 14th and calls it an 'ADC platform' deal.
   Total $2.602B (Hitnews) vs 'up to $2.56B' milestones (BioWorld) vs '최대 25억6200만달러'
   (Korea Economic TV, which also prints 175,089 new shares instead of 175,079). Equity: ₩22.0B
   for 175,079 shares agreed 14 Nov 2025; on 9 Jan 2026 ABL said it received $15M (≈₩21.7B)
   for 172,553 shares. Stored: headline $2.602B (Hitnews), milestones $2.56B (BioWorld), equity
   KRW 22B (BioSpace); the rest in analyst_notes.
4. Orum->Vertex (2024): Endpoints: $15M upfront + up to $930M; BioWorld/Edaily: $945M total;
   Precision Medicine Online: up to $310M per target for up to three targets. Consistent
   (15 + 3 x 310 = 945) but stored as reported: milestones $930M (Endpoints), headline $945M
   (BioWorld). Announcement date: no page read gives the full date (see deal notes).
5. Orum->BMS (2023): Asia Economy (2025) names the asset 'ORM-6165' (all 2023 sources:
   ORM-6151); Edaily reports it as a programme sale, not a licence. Stored as asset_purchase,
   asset ORM-6151, $100M upfront + $80M milestones (Asia Economy), headline $180M (PMLiVE).
6. Chong Kun Dang->Novartis (2023): total $1.305B, upfront $80M, milestones $1.225B
   (BusinessKorea, Korea Biomedical Review); Global Genes/RARE Daily: 'up to $1.8 billion' in
   milestones; Global Economic (g-enews) prints the total as '13억5000만 달러' ($1.35B). Stored:
   the $1.305B/$80M/$1.225B set; the others in analyst_notes.
7. LG Chem->Rhythm (2024): Rhythm: $40M cash + $20M equity at closing + $40M cash after 18
   months + up to $205M milestones; LG Chem: $100M upfront, total $305M; Korea Biomedical Review:
   total $350M with milestones up to $250M. Stored: Rhythm's split, headline $305M (LG Chem);
   KBR's figures in analyst_notes.
8. Zealand->Roche (2025): CNBC dates the announcement Wednesday 12 Mar 2025; DCAT Value Chain
   Insights says 11 Mar 2025. Stored 12 Mar; DCAT in analyst_notes.
9. Gubra->AbbVie (2025): $350M + up to $1.875B ('up to $2.2B'); STAT: 'up to some $1.9 billion'
   in milestones; Patsnap: a '$2.3-billion licensing deal'. Stored $350M/$1.875B, headline
   $2.2B (HealthQuill); the others in analyst_notes.
10. Arrowhead->Sarepta (2024): SDBI/living.tech frames $825M as 'upfront' (cash $500M + equity
   $325M). Stored separately: $500M upfront cash, $325M upfront equity.
11. Roche/Alnylam (2023): Fierce: $310M upfront plus up to $2.8B milestones; Reuters: milestones
   lift the potential deal value 'to up to $2.8 billion' (total); Boston Globe: 'as much as $2.5
   billion more'. Stored: $310M + milestones $2.8B (Fierce), headline $2.8B (Reuters); Globe
   in analyst_notes.
12. PTC->Novartis (2024): $1.0B + up to $1.9B (= 'up to $2.9 billion', Reuters); Particle
   rounds to 'up to $3 billion'. Stored Reuters; Particle in analyst_notes.
13. Umoja->AbbVie (2024): RTTNews says Umoja received upfront payments 'and a share in AbbVie';
   the companies (Dow Jones, PMLiVE) say AbbVie made an equity investment in Umoja. Stored the
   latter; RTTNews in analyst_notes.
14. Cellectis->AstraZeneca (2023): stake after the second investment ~44% (companies, RTTNews)
   vs 43% (Inside Precision Medicine); Healthcare Technology Report describes the $140M as '$80
   million in stock and $60 million in cash'. Stored the companies' figures; others in notes.
15. Sanofi/RadioMedix/Orano Med (2024): SFEN describes the €100M AlphaMedix upfront as an
   'investment' by Sanofi in Orano Med. Stored as upfront licence payment; SFEN in notes.
16. Arcellx->Kite (2023): BioWorld headline '$285M more' (= $200M equity + $85M cash). Stored the
   two parts separately.
17. IGI->AbbVie (2025): milestones $1.225B (company terms) vs '$1.22 billion' / '$1.2 billion'
   (trade press); total 'up to $1.9 billion'. Stored $1.225B and headline $1.9B (DCAT VCI).
18. Voyager->Novartis (2024): MarketScreener says the upfront is '$20 million in the form of an
   equity investment'; the companies: $100M upfront consideration including a $20M equity
   purchase. Stored the companies' version; MarketScreener in analyst_notes.
19. Aktis->Lilly (2024): one re-published text says the $60M upfront 'is Lilly's equity
   investment'; Reuters/World Pharmaceuticals: $60M cash plus a separate, undisclosed equity
   investment. Stored the latter.
20. Novartis/Arrowhead ARO-SNCA (2025): Reuters: Arrowhead 'will get up to $2 billion'; Fierce/
   Pharmaceutical Technology: $200M upfront + up to $2B milestones, 'up to $2.2B'. Stored
   $200M + $2B; no headline; Reuters framing in notes.
21. PeptiDream->Genentech (2023): Fierce cites a 19 Sep release; BioSpace says PeptiDream
   announced 'on Wednesday' (20 Sep, US). Stored 19 Sep.
22. Kaken->J&J (2024): J&J disclosed no financial terms; Kaken disclosed $30M upfront and up to
   $1.2175B milestones. Royalty rate band: '1桁台後半から2桁台前半' (high single to low double
   digits, Kabutan) vs 'single-digit to low double-digit' (Patsnap). Stored Kaken's figures and
   Kabutan's wording.
23. Ionis->Ono (2025): consistent figures ($280M + $660M = 'up to $940M').
24. LigaChem->Ono (2024): upfront undisclosed; total $700M (Fierce, ApexOnco) - consistent.
"""

# --- Companies ----------------------------------------------------------------------------
# Only companies not already in demo_data.py. Parents come before their subsidiaries.

COMPANIES: list[dict] = [
    {"slug": "eli-lilly", "name": "Eli Lilly", "legal_name": "Eli Lilly and Company", "country": "US",
     "city": "Indianapolis", "company_type": "big_pharma", "ownership": "public",
     "listings": [("NYSE", "LLY")], "aliases": [("Lilly", "abbreviation"), ("일라이 릴리", "other")],
     "description": "US pharmaceutical company."},
    {"slug": "ono-pharmaceutical", "name": "Ono Pharmaceutical", "legal_name": "Ono Pharmaceutical Co., Ltd.",
     "local_name": "小野薬品工業", "country": "JP", "city": "Osaka", "company_type": "mid_pharma",
     "ownership": "public", "listings": [("TSE", "4528")], "aliases": [("Ono", "abbreviation")],
     "description": "Japanese pharmaceutical company based in Osaka."},
    {"slug": "orum-therapeutics", "name": "Orum Therapeutics", "country": "KR", "city": "Daejeon",
     "company_type": "biotech", "ownership": "public", "listings": [("KOSDAQ", "475830")],
     "aliases": [("오름테라퓨틱", "local"), ("Orum", "abbreviation")],
     "description": "Korean-US developer of degrader-antibody conjugates (DACs), headquartered in "
                    "Daejeon with a research site in Boston; listed on KOSDAQ in February 2025."},
    {"slug": "vertex-pharmaceuticals", "name": "Vertex Pharmaceuticals", "legal_name": "Vertex Pharmaceuticals Incorporated",
     "country": "US", "city": "Boston", "company_type": "big_pharma", "ownership": "public",
     "listings": [("NASDAQ", "VRTX")], "aliases": [("Vertex", "abbreviation")],
     "description": "US biopharmaceutical company; markets Casgevy with CRISPR Therapeutics."},
    {"slug": "chong-kun-dang", "name": "Chong Kun Dang Pharmaceutical", "legal_name": "Chong Kun Dang Pharmaceutical Corp.",
     "local_name": "종근당", "country": "KR", "city": "Seoul", "company_type": "mid_pharma",
     "ownership": "public", "listings": [("KRX", "185750")],
     "aliases": [("종근당", "local"), ("CKD Pharm", "abbreviation"), ("CKD", "abbreviation")],
     "description": "Korean pharmaceutical company."},
    {"slug": "lg-chem", "name": "LG Chem", "legal_name": "LG Chem, Ltd.", "local_name": "LG화학",
     "country": "KR", "city": "Seoul", "company_type": "mid_pharma", "ownership": "public",
     "listings": [("KRX", "051910")], "aliases": [("LG화학", "local")],
     "description": "Korean chemicals group whose Life Sciences company develops medicines."},
    {"slug": "rhythm-pharmaceuticals", "name": "Rhythm Pharmaceuticals", "legal_name": "Rhythm Pharmaceuticals, Inc.",
     "country": "US", "city": "Boston", "company_type": "biotech", "ownership": "public",
     "listings": [("NASDAQ", "RYTM")], "description": "US company focused on rare neuroendocrine "
     "diseases; maker of Imcivree (setmelanotide)."},
    {"slug": "intocell", "name": "Intocell", "local_name": "인투셀", "country": "KR", "city": "Daejeon",
     "company_type": "biotech", "ownership": "public", "aliases": [("인투셀", "local")],
     "description": "Korean antibody-drug conjugate platform company (Nexatecan linker-payload "
                    "technology), listed on KOSDAQ in 2025."},
    {"slug": "peptidream", "name": "PeptiDream", "legal_name": "PeptiDream Inc.", "country": "JP",
     "city": "Kawasaki", "company_type": "biotech", "ownership": "public", "listings": [("TSE", "4587")],
     "description": "Japanese macrocyclic-peptide discovery company (Peptide Discovery Platform "
                    "System, PDPS); owns PDRadiopharma."},
    {"slug": "roche", "name": "Roche", "legal_name": "F. Hoffmann-La Roche AG", "country": "CH",
     "city": "Basel", "company_type": "big_pharma", "ownership": "public",
     "listings": [("SIX", "ROG")], "aliases": [("Roche Holding", "other")],
     "description": "Swiss pharmaceutical and diagnostics group."},
    {"slug": "genentech", "name": "Genentech", "legal_name": "Genentech, Inc.", "country": "US",
     "city": "South San Francisco", "company_type": "big_pharma", "ownership": "subsidiary",
     "parent": "roche", "description": "US biotechnology company, a member of the Roche Group."},
    {"slug": "jcr-pharmaceuticals", "name": "JCR Pharmaceuticals", "legal_name": "JCR Pharmaceuticals Co., Ltd.",
     "country": "JP", "city": "Ashiya", "company_type": "mid_pharma", "ownership": "public",
     "listings": [("TSE", "4552")], "aliases": [("JCR", "abbreviation")],
     "description": "Japanese specialty pharmaceutical company; developer of the J-Brain Cargo "
                    "blood-brain-barrier technology and JUST-AAV capsids."},
    {"slug": "alexion", "name": "Alexion, AstraZeneca Rare Disease", "country": "US", "city": "Boston",
     "company_type": "big_pharma", "ownership": "subsidiary", "parent": "astrazeneca",
     "aliases": [("Alexion", "abbreviation")],
     "description": "AstraZeneca's rare-disease unit."},
    {"slug": "acumen-pharmaceuticals", "name": "Acumen Pharmaceuticals", "legal_name": "Acumen Pharmaceuticals, Inc.",
     "country": "US", "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "ABOS")],
     "description": "Massachusetts-based Alzheimer's disease company developing amyloid-beta "
                    "oligomer-selective antibodies such as sabirnetug."},
    {"slug": "angelini-pharma", "name": "Angelini Pharma", "country": "IT", "city": "Rome",
     "company_type": "mid_pharma", "ownership": "private",
     "description": "Italian pharmaceutical company, part of the privately owned Angelini Industries."},
    {"slug": "kaken-pharmaceutical", "name": "Kaken Pharmaceutical", "legal_name": "Kaken Pharmaceutical Co., Ltd.",
     "local_name": "科研製薬", "country": "JP", "city": "Tokyo", "company_type": "mid_pharma",
     "ownership": "public", "listings": [("TSE", "4521")], "aliases": [("科研製薬", "local")],
     "description": "Japanese pharmaceutical company."},
    {"slug": "zealand-pharma", "name": "Zealand Pharma", "legal_name": "Zealand Pharma A/S",
     "country": "DK", "city": "Søborg", "company_type": "biotech", "ownership": "public",
     "listings": [("Nasdaq Copenhagen", "ZEAL")], "description": "Danish peptide-medicines company."},
    {"slug": "gubra", "name": "Gubra", "legal_name": "Gubra A/S", "country": "DK", "company_type": "biotech",
     "ownership": "public", "listings": [("Nasdaq Copenhagen", "GUBRA")],
     "description": "Danish preclinical contract-research and peptide drug-discovery company."},
    {"slug": "arrowhead-pharmaceuticals", "name": "Arrowhead Pharmaceuticals", "legal_name": "Arrowhead Pharmaceuticals, Inc.",
     "country": "US", "city": "Pasadena", "company_type": "biotech", "ownership": "public",
     "listings": [("NASDAQ", "ARWR")], "aliases": [("Arrowhead", "abbreviation")],
     "description": "US RNA interference company; developer of the TRiM delivery platform."},
    {"slug": "sarepta-therapeutics", "name": "Sarepta Therapeutics", "legal_name": "Sarepta Therapeutics, Inc.",
     "country": "US", "city": "Cambridge", "company_type": "biotech", "ownership": "public",
     "listings": [("NASDAQ", "SRPT")], "description": "US rare-disease genetic medicine company."},
    {"slug": "ptc-therapeutics", "name": "PTC Therapeutics", "legal_name": "PTC Therapeutics, Inc.",
     "country": "US", "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "PTCT")],
     "description": "US company developing small-molecule splicing modifiers and rare-disease drugs."},
    {"slug": "umoja-biopharma", "name": "Umoja Biopharma", "country": "US", "city": "Seattle",
     "company_type": "biotech", "ownership": "private",
     "description": "Seattle-based developer of in-situ (in vivo) CAR-T therapies on its VivoVec "
                    "lentiviral platform."},
    {"slug": "cellectis", "name": "Cellectis", "legal_name": "Cellectis S.A.", "country": "FR",
     "city": "Paris", "company_type": "biotech", "ownership": "public",
     "listings": [("Euronext Growth", "ALCLS"), ("NASDAQ", "CLLS")],
     "description": "French gene-editing and cell-therapy company; AstraZeneca holds about 44% "
                    "of its share capital since May 2024."},
    {"slug": "sanofi", "name": "Sanofi", "country": "FR", "city": "Paris", "company_type": "big_pharma",
     "ownership": "public", "listings": [("Euronext Paris", "SAN"), ("NASDAQ", "SNY")],
     "description": "French pharmaceutical company."},
    {"slug": "radiomedix", "name": "RadioMedix", "legal_name": "RadioMedix, Inc.", "country": "US",
     "city": "Houston", "company_type": "biotech", "ownership": "private",
     "description": "Houston-based radiopharmaceutical company; co-developer of AlphaMedix with Orano Med."},
    {"slug": "orano-med", "name": "Orano Med", "country": "FR", "company_type": "biotech",
     "ownership": "subsidiary",
     "description": "Targeted alpha-therapy (lead-212) company, a subsidiary of the French nuclear "
                    "group Orano; Sanofi took about 16% of a new Orano Med entity in 2024."},
    {"slug": "alnylam-pharmaceuticals", "name": "Alnylam Pharmaceuticals", "legal_name": "Alnylam Pharmaceuticals, Inc.",
     "country": "US", "city": "Cambridge", "company_type": "biotech", "ownership": "public",
     "listings": [("NASDAQ", "ALNY")], "aliases": [("Alnylam", "abbreviation")],
     "description": "US RNAi therapeutics company."},
    {"slug": "ionis-pharmaceuticals", "name": "Ionis Pharmaceuticals", "legal_name": "Ionis Pharmaceuticals, Inc.",
     "country": "US", "city": "Carlsbad", "company_type": "biotech", "ownership": "public",
     "listings": [("NASDAQ", "IONS")], "aliases": [("Ionis", "abbreviation")],
     "description": "US developer of RNA-targeted (antisense) medicines."},
    {"slug": "sangamo-therapeutics", "name": "Sangamo Therapeutics", "legal_name": "Sangamo Therapeutics, Inc.",
     "country": "US", "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "SGMO")],
     "description": "US genomic-medicine company (zinc-finger repressors, STAC-BBB capsid)."},
    {"slug": "gilead-sciences", "name": "Gilead Sciences", "legal_name": "Gilead Sciences, Inc.",
     "country": "US", "city": "Foster City", "company_type": "big_pharma", "ownership": "public",
     "listings": [("NASDAQ", "GILD")], "aliases": [("Gilead", "abbreviation")],
     "description": "US biopharmaceutical company."},
    {"slug": "kite-pharma", "name": "Kite", "legal_name": "Kite Pharma, Inc.", "country": "US",
     "city": "Santa Monica", "company_type": "biotech", "ownership": "subsidiary", "parent": "gilead-sciences",
     "aliases": [("Kite, a Gilead Company", "other")], "description": "Gilead's cell-therapy company."},
    {"slug": "arcellx", "name": "Arcellx", "legal_name": "Arcellx, Inc.", "country": "US",
     "city": "Redwood City", "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "ACLX")],
     "description": "US cell-therapy company (D-Domain binder, ARC-SparX platform)."},
    {"slug": "glenmark-pharmaceuticals", "name": "Glenmark Pharmaceuticals", "legal_name": "Glenmark Pharmaceuticals Ltd.",
     "country": "IN", "city": "Mumbai", "company_type": "mid_pharma", "ownership": "public",
     "aliases": [("Glenmark", "abbreviation")], "description": "Indian pharmaceutical company."},
    {"slug": "igi-therapeutics", "name": "IGI Therapeutics", "legal_name": "IGI Therapeutics SA",
     "country": "CH", "company_type": "biotech", "ownership": "subsidiary", "parent": "glenmark-pharmaceuticals",
     "aliases": [("Ichnos Glenmark Innovation", "other"), ("IGI", "abbreviation")],
     "description": "Antibody company (BEAT platform); a wholly owned subsidiary of New York-based "
                    "Ichnos Glenmark Innovation, itself owned by Glenmark."},
    {"slug": "tubulis", "name": "Tubulis", "legal_name": "Tubulis GmbH", "country": "DE", "city": "Munich",
     "company_type": "startup", "ownership": "private",
     "description": "German ADC company (P5 conjugation platform, Tubutecan payloads), based in "
                    "Martinsried near Munich."},
    {"slug": "aktis-oncology", "name": "Aktis Oncology", "country": "US", "city": "Boston",
     "company_type": "biotech", "ownership": "private",
     "description": "Boston radiopharmaceutical company founded by MPM Capital (miniprotein platform)."},
    {"slug": "voyager-therapeutics", "name": "Voyager Therapeutics", "legal_name": "Voyager Therapeutics, Inc.",
     "country": "US", "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "VYGR")],
     "description": "Massachusetts neurogenetics company (TRACER AAV capsid discovery platform)."},
]

# --- Targets (new only) -------------------------------------------------------------------

TARGETS: list[dict] = [
    {"name": "L1CAM", "slug": "l1cam", "gene_symbol": "L1CAM",
     "description": "L1 cell adhesion molecule (CD171)."},
    {"name": "CD33", "slug": "cd33", "gene_symbol": "CD33", "description": "Myeloid cell-surface antigen."},
    {"name": "GSPT1", "slug": "gspt1", "gene_symbol": "GSPT1",
     "description": "G1 to S phase transition 1; degraded by ORM-6151's payload."},
    {"name": "HDAC6", "slug": "hdac6", "gene_symbol": "HDAC6", "description": "Histone deacetylase 6."},
    {"name": "MC4R", "slug": "mc4r", "gene_symbol": "MC4R", "description": "Melanocortin-4 receptor."},
    {"name": "STAT6", "slug": "stat6", "gene_symbol": "STAT6",
     "description": "Signal transducer and activator of transcription 6 (IL-4/IL-13 signalling)."},
    {"name": "Amylin receptor", "slug": "amylin-receptor", "gene_symbol": "CALCR",
     "description": "Calcitonin receptor complexed with RAMPs; agonised by amylin analogues."},
    {"name": "Angiotensinogen", "slug": "angiotensinogen", "gene_symbol": "AGT", "description": ""},
    {"name": "Huntingtin", "slug": "huntingtin", "gene_symbol": "HTT", "description": ""},
    {"name": "Alpha-synuclein", "slug": "alpha-synuclein", "gene_symbol": "SNCA", "description": ""},
    {"name": "DMPK", "slug": "dmpk", "gene_symbol": "DMPK", "description": "Myotonic dystrophy protein kinase."},
    {"name": "DUX4", "slug": "dux4", "gene_symbol": "DUX4", "description": "Double homeobox 4."},
    {"name": "MMP7", "slug": "mmp7", "gene_symbol": "MMP7", "description": "Matrix metallopeptidase 7."},
    {"name": "ATXN2", "slug": "atxn2", "gene_symbol": "ATXN2", "description": "Ataxin 2."},
    {"name": "CD19", "slug": "cd19", "gene_symbol": "CD19", "description": ""},
    {"name": "BCMA", "slug": "bcma", "gene_symbol": "TNFRSF17", "description": "B-cell maturation antigen."},
    {"name": "CD38", "slug": "cd38", "gene_symbol": "CD38", "description": ""},
    {"name": "CD3", "slug": "cd3", "gene_symbol": "CD3E", "description": "T-cell co-receptor (CD3 epsilon)."},
    {"name": "SSTR2", "slug": "sstr2", "gene_symbol": "SSTR2", "description": "Somatostatin receptor 2."},
    {"name": "TMPRSS6", "slug": "tmprss6", "gene_symbol": "TMPRSS6",
     "description": "Matriptase-2, a regulator of hepcidin."},
]

# --- Assets (new only) --------------------------------------------------------------------
# ``owner`` is the originator; ``highest_phase`` only where a cited source states it.

ASSETS: list[dict] = [
    {"slug": "lcb97", "name": "LCB97", "owner": "ligachem-biosciences", "modality": "adc",
     "targets": ["L1CAM"], "therapeutic_areas": ["Oncology"], "indications": "Solid tumours",
     "highest_phase": "preclinical",
     "description": "L1CAM-directed ADC built on an anti-L1CAM antibody licensed from Elthera."},
    {"slug": "conjuall", "name": "ConjuAll", "owner": "ligachem-biosciences", "modality": "adc",
     "is_platform": True, "therapeutic_areas": ["Oncology"],
     "description": "LigaChem's ADC platform (site-specific conjugation, cancer-selective linkers)."},
    {"slug": "orum-tpd2", "name": "Orum TPD² degrader-antibody conjugate platform", "owner": "orum-therapeutics",
     "modality": "adc", "is_platform": True, "aliases": [("TPD2", "other"), ("Dual-Precision Targeted Protein Degradation", "other")],
     "description": "Antibodies carrying targeted protein degrader payloads (degrader-antibody conjugates, DACs)."},
    {"slug": "orm-6151", "name": "ORM-6151", "owner": "orum-therapeutics", "modality": "adc",
     "targets": ["CD33", "GSPT1"], "therapeutic_areas": ["Oncology", "Hematology"],
     "indications": "Acute myeloid leukaemia; high-risk myelodysplastic syndromes",
     "description": "Anti-CD33 antibody-enabled GSPT1 degrader (degrader-antibody conjugate); US IND "
                    "cleared before the 2023 sale to BMS."},
    {"slug": "ckd-510", "name": "CKD-510", "owner": "chong-kun-dang", "modality": "small_molecule",
     "targets": ["HDAC6"], "therapeutic_areas": ["Neurology", "Rare diseases"],
     "indications": "Charcot-Marie-Tooth disease (orphan designation); HDAC6-related diseases including cardiovascular",
     "description": "Selective non-hydroxamic HDAC6 inhibitor."},
    {"slug": "lb54640", "name": "LB54640", "owner": "lg-chem", "modality": "small_molecule",
     "targets": ["MC4R"], "therapeutic_areas": ["Metabolic & endocrine", "Rare diseases"],
     "indications": "Rare genetic obesity (MC4R pathway diseases), including acquired hypothalamic obesity",
     "highest_phase": "phase_2", "description": "Oral small-molecule MC4R agonist."},
    {"slug": "intocell-nexatecan-platform", "name": "Intocell Nexatecan ADC platform", "owner": "intocell",
     "modality": "adc", "is_platform": True, "therapeutic_areas": ["Oncology"],
     "aliases": [("넥사테칸", "other"), ("Nexatecan", "other")],
     "description": "ADC linker-payload technology licensed to ABL Bio in 2024 and handed back in 2025."},
    {"slug": "peptidream-pdps", "name": "Peptide Discovery Platform System (PDPS)", "owner": "peptidream",
     "modality": "peptide", "is_platform": True, "therapeutic_areas": ["Oncology"],
     "aliases": [("PDPS", "other")],
     "description": "PeptiDream's macrocyclic peptide discovery platform, used here to find "
                    "peptides for radioisotope conjugates."},
    {"slug": "jcr-just-aav", "name": "JUST-AAV", "owner": "jcr-pharmaceuticals", "modality": "gene_therapy",
     "is_platform": True, "description": "JCR's modified AAV capsids carrying miniaturised antibodies "
                                         "for targeted delivery, including liver de-targeting."},
    {"slug": "j-brain-cargo", "name": "J-Brain Cargo", "owner": "jcr-pharmaceuticals", "modality": "platform",
     "is_platform": True, "therapeutic_areas": ["Neurology"],
     "description": "JCR's receptor-mediated transcytosis technology for carrying biologics across "
                    "the blood-brain barrier (used in IZCARGO, pabinafusp alfa)."},
    {"slug": "kp-723", "name": "KP-723", "owner": "kaken-pharmaceutical", "modality": "small_molecule",
     "targets": ["STAT6"], "therapeutic_areas": ["Dermatology", "Immunology"],
     "indications": "Atopic dermatitis; other Th2-mediated diseases such as asthma",
     "highest_phase": "preclinical", "description": "Oral STAT6 inhibitor, lead of Kaken's STAT6 programme."},
    {"slug": "petrelintide", "name": "petrelintide", "owner": "zealand-pharma", "modality": "peptide",
     "targets": ["Amylin receptor"], "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Overweight and obesity", "highest_phase": "phase_2",
     "description": "Long-acting amylin analogue for once-weekly subcutaneous dosing."},
    {"slug": "gub014295", "name": "GUB014295", "owner": "gubra", "modality": "peptide",
     "targets": ["Amylin receptor"], "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Obesity", "aliases": [("GUBamy", "other")],
     "description": "Long-acting amylin analogue activating amylin and calcitonin receptors."},
    {"slug": "aro-dm1", "name": "ARO-DM1", "owner": "arrowhead-pharmaceuticals", "modality": "sirna",
     "targets": ["DMPK"], "therapeutic_areas": ["Neurology", "Rare diseases", "Musculoskeletal"],
     "indications": "Myotonic dystrophy type 1"},
    {"slug": "aro-dux4", "name": "ARO-DUX4", "owner": "arrowhead-pharmaceuticals", "modality": "sirna",
     "targets": ["DUX4"], "therapeutic_areas": ["Rare diseases", "Musculoskeletal"],
     "indications": "Facioscapulohumeral muscular dystrophy"},
    {"slug": "aro-mmp7", "name": "ARO-MMP7", "owner": "arrowhead-pharmaceuticals", "modality": "sirna",
     "targets": ["MMP7"], "therapeutic_areas": ["Respiratory"], "indications": "Idiopathic pulmonary fibrosis"},
    {"slug": "aro-atxn2", "name": "ARO-ATXN2", "owner": "arrowhead-pharmaceuticals", "modality": "sirna",
     "targets": ["ATXN2"], "therapeutic_areas": ["Neurology", "Rare diseases"],
     "indications": "Spinocerebellar ataxia type 2"},
    {"slug": "aro-snca", "name": "ARO-SNCA", "owner": "arrowhead-pharmaceuticals", "modality": "sirna",
     "targets": ["Alpha-synuclein"], "therapeutic_areas": ["Neurology"],
     "indications": "Parkinson's disease and other synucleinopathies", "highest_phase": "preclinical"},
    {"slug": "zilebesiran", "name": "zilebesiran", "owner": "alnylam-pharmaceuticals", "modality": "sirna",
     "targets": ["Angiotensinogen"], "therapeutic_areas": ["Cardiovascular"], "indications": "Hypertension",
     "description": "Twice-yearly RNAi therapeutic against angiotensinogen."},
    {"slug": "sapablursen", "name": "sapablursen", "owner": "ionis-pharmaceuticals", "modality": "aso",
     "targets": ["TMPRSS6"], "therapeutic_areas": ["Hematology", "Rare diseases"],
     "indications": "Polycythemia vera", "highest_phase": "phase_2",
     "description": "Antisense oligonucleotide lowering TMPRSS6 to raise hepcidin."},
    {"slug": "votoplam", "name": "votoplam", "owner": "ptc-therapeutics", "modality": "small_molecule",
     "targets": ["Huntingtin"], "therapeutic_areas": ["Neurology", "Rare diseases"],
     "indications": "Huntington's disease", "aliases": [("PTC518", "code")],
     "description": "Oral, brain-penetrant HTT splicing modifier that lowers mutant huntingtin protein."},
    {"slug": "ub-vv111", "name": "UB-VV111", "owner": "umoja-biopharma", "modality": "cell_therapy",
     "targets": ["CD19"], "therapeutic_areas": ["Oncology", "Hematology"],
     "indications": "Haematological malignancies",
     "description": "CD19-directed in-situ generated CAR-T candidate (VivoVec lentiviral delivery)."},
    {"slug": "cellectis-gene-editing-platform", "name": "Cellectis gene-editing and manufacturing platform",
     "owner": "cellectis", "modality": "cell_therapy", "is_platform": True,
     "description": "Cellectis's gene-editing technologies and cell/gene-therapy manufacturing "
                    "capabilities, applied to 25 targets reserved for AstraZeneca."},
    {"slug": "alphamedix", "name": "AlphaMedix", "owner": "radiomedix", "modality": "radioligand",
     "targets": ["SSTR2"], "therapeutic_areas": ["Oncology", "Rare diseases"],
     "indications": "Somatostatin receptor-positive neuroendocrine tumours", "highest_phase": "phase_2",
     "aliases": [("212Pb-DOTAMTATE", "other")],
     "description": "Lead-212 targeted alpha therapy co-developed by RadioMedix and Orano Med."},
    {"slug": "stac-bbb", "name": "STAC-BBB", "owner": "sangamo-therapeutics", "modality": "gene_therapy",
     "is_platform": True, "therapeutic_areas": ["Neurology"],
     "description": "Proprietary neurotropic AAV capsid that crossed the blood-brain barrier in "
                    "non-human primates."},
    {"slug": "cart-ddbcma", "name": "CART-ddBCMA", "owner": "arcellx", "modality": "cell_therapy",
     "targets": ["BCMA"], "therapeutic_areas": ["Oncology", "Hematology"],
     "indications": "Relapsed or refractory multiple myeloma", "highest_phase": "phase_2",
     "description": "Autologous CAR-T using Arcellx's D-Domain binder."},
    {"slug": "aclx-001", "name": "ACLX-001", "owner": "arcellx", "modality": "cell_therapy",
     "targets": ["BCMA"], "therapeutic_areas": ["Oncology", "Hematology"],
     "indications": "Relapsed or refractory multiple myeloma",
     "description": "ARC-SparX programme: ARC-T cells plus BCMA-targeting SparX proteins."},
    {"slug": "isb-2001", "name": "ISB 2001", "owner": "igi-therapeutics", "modality": "trispecific",
     "targets": ["BCMA", "CD38", "CD3"], "therapeutic_areas": ["Oncology", "Hematology", "Immunology"],
     "indications": "Relapsed or refractory multiple myeloma; potential autoimmune diseases",
     "highest_phase": "phase_1",
     "description": "BCMA x CD38 x CD3 trispecific T-cell engager built on the BEAT protein platform."},
    {"slug": "tubulis-p5-tubutecan", "name": "Tubulis P5 conjugation platform and Tubutecan payloads",
     "owner": "tubulis", "modality": "adc", "is_platform": True, "therapeutic_areas": ["Oncology"],
     "description": "Conjugation chemistry and topoisomerase-1 inhibitor payloads for stable ADCs."},
    {"slug": "aktis-miniprotein-platform", "name": "Aktis miniprotein radiopharmaceutical platform",
     "owner": "aktis-oncology", "modality": "radioligand", "is_platform": True,
     "therapeutic_areas": ["Oncology"],
     "description": "Miniprotein-based targeting of radioisotopes to solid tumours."},
    {"slug": "voyager-tracer-capsids", "name": "Voyager TRACER capsids", "owner": "voyager-therapeutics",
     "modality": "gene_therapy", "is_platform": True, "therapeutic_areas": ["Neurology", "Rare diseases"],
     "aliases": [("TRACER", "other")],
     "description": "Blood-brain-barrier-penetrant AAV capsids from Voyager's RNA-based TRACER screen."},
]

# --- Deals --------------------------------------------------------------------------------

DEALS: list[dict] = [
    # ------------------------------------------------------------------ Korea -------------
    {
        "slug": "daiichi-sankyo-alteogen-alt-b4-enhertu-2024",
        "title": "Daiichi Sankyo licenses Alteogen's ALT-B4 for a subcutaneous Enhertu",
        "deal_type": "platform_license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 11, 8), "conference": None,
        "indication": "Breast and gastric cancer (Enhertu's indications, as Korean press described them)",
        "summary": "Exclusive worldwide licence for Daiichi Sankyo to use Alteogen's ALT-B4 "
                   "hyaluronidase (Hybrozyme) to develop and sell a subcutaneous version of the "
                   "HER2 ADC Enhertu (trastuzumab deruxtecan). $20M upfront, up to $280M in "
                   "development, approval and sales milestones (up to $300M in all), tiered "
                   "royalties; Alteogen supplies ALT-B4. Disclosed on the Korean exchange on 8 Nov "
                   "2024; Daiichi paid the upfront ahead of the due date.",
        "analyst_notes": "Korea Economic TV (m.wowtv.co.kr, 8 Nov 2024) wrote that Alteogen would "
                         "receive '모두 2억8000만달러' ($280M in all), i.e. treating $280M as the total; "
                         "the other Korean and English reports give $20M upfront plus up to $280M in "
                         "milestones ($300M). FLCube (https://flcube.com/?p=11891) ties the $280M to "
                         "sales targets after launch; PMLiVE and Newspim to development, regulatory "
                         "and sales milestones.",
        "sources": [
            {"key": "newspim", "url": "https://ir.newspim.com/news/view/20241108000986",
             "publisher": "뉴스핌 (Newspim)",
             "title": "Alteogen signs exclusive licence with Daiichi Sankyo for subcutaneous Enhertu (title paraphrased)",
             "published_on": date(2024, 11, 8), "language": "ko",
             "quote": "이번 계약에 따라 알테오젠은 다이이찌산쿄로부터 계약금 2000만 달러(약 280억원)를 받는다. ALT-B4를 적용한 임상을 진행하고, 국가별 품목허가 및 판매 목표를 달성하면 2억8000만 달러(약 3800억원)의 마일스톤을 수령하게 된다."},
            {"key": "sedaily", "url": "https://m.sedaily.com/NewsView/2DGRKM4J89",
             "publisher": "서울경제 (Seoul Economic Daily)",
             "title": "Alteogen hits 52-week high on ALT-B4 licence to Daiichi Sankyo (title paraphrased)",
             "published_on": date(2024, 11, 8), "language": "ko",
             "quote": "알테오젠은 이날 일본 제약사 다이이치산쿄와 3억 달러(약 4000억 원) 규모의 인간 히알루로니다제(ALT-B4) 기술 수출 계약을 체결했다고 밝혔다."},
            {"key": "pmlive",
             "url": "https://pmlive.com/pharma_news/daiichi-sankyo-enters-300m-licensing-deal-with-alteogen-to-develop-subcutaneous-enhertu",
             "publisher": "PMLiVE",
             "title": "Daiichi Sankyo enters $300m licensing deal with Alteogen to develop subcutaneous Enhertu (publication date approximate)",
             "published_on": date(2024, 11, 8), "language": "en",
             "quote": "Under the terms of the agreement, Alteogen will receive an upfront payment of $20m and will be eligible for up to $280m based on Daiichi Sankyo’s achievement of specified development, regulatory and sales milestones, plus tiered royalties."},
            {"key": "chosun",
             "url": "https://chosun.com/economy/money/2024/11/08/TYGUSGI4KWNLAWHI4A2JOM77DA/?outputType=amp",
             "publisher": "조선일보 (Chosun Ilbo)",
             "title": "Alteogen shares jump on technology transfer to Daiichi Sankyo (title paraphrased)",
             "published_on": date(2024, 11, 8), "language": "ko",
             "quote": "알테오젠은 또 첫 상업 판매 시작 후 판매 목표를 달성하면 순매출의 일정 비율에 해당하는 로열티도 수취할 수 있다."},
            {"key": "healthinnews",
             "url": "https://www.healthinnews.co.kr/view.php?ud=202412031001477626205868f676_48",
             "publisher": "헬스인뉴스 (Health in News)",
             "title": "Alteogen receives Daiichi Sankyo upfront payment early (title paraphrased)",
             "published_on": date(2024, 12, 3), "language": "ko",
             "quote": "다이이찌산쿄는 계약 체결 후 빠른 준비를 통해 일반적인 지급 기한보다 앞서 계약금을 지급했다."},
        ],
        "headline": {"amount": D("300_000_000"), "currency": "USD", "source": "sedaily",
                     "quote": "3억 달러(약 4000억 원) 규모의 인간 히알루로니다제(ALT-B4) 기술 수출 계약"},
        "parties": [
            {"company": "alteogen", "role": "licensor"},
            {"company": "daiichi-sankyo", "role": "licensee"},
        ],
        "assets": [{"asset": "alt-b4"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("20_000_000"), "currency": "USD",
             "source": "newspim", "quote": "계약금 2000만 달러(약 280억원)를 받는다"},
            {"order": 1, "kind": "milestones", "amount": D("280_000_000"), "currency": "USD",
             "source": "pmlive",
             "quote": "will be eligible for up to $280m based on Daiichi Sankyo’s achievement of specified development, regulatory and sales milestones",
             "note": "Development, regulatory (country approvals) and sales milestones combined."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "pmlive",
                    "wording": "tiered royalties (rates not disclosed)"},
        "events": [
            {"kind": "announced", "date": date(2024, 11, 8), "source": "newspim",
             "description": "Disclosed on the Korean exchange on 8 Nov 2024."},
            {"kind": "other", "date": date(2024, 12, 3), "source": "healthinnews",
             "description": "Reported on 3 Dec 2024: Daiichi Sankyo paid the upfront earlier than the "
                            "usual payment deadline (due within 30 days of signing)."},
        ],
    },
    {
        "slug": "msd-alteogen-alt-b4-keytruda-exclusive-2024",
        "title": "Alteogen grants MSD exclusive ALT-B4 rights for subcutaneous Keytruda (amended licence)",
        "deal_type": "platform_license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 2, 22), "conference": None,
        "indication": "Pembrolizumab (Keytruda) product family, subcutaneous formulation",
        "summary": "Amendment of Alteogen's 2020 non-exclusive ALT-B4 licence with MSD (Merck & Co.): "
                   "MSD gets exclusive rights to ALT-B4 for the pembrolizumab (Keytruda) product family. "
                   "$20M signing fee, milestones raised by up to $432M (approval, patent extension and "
                   "cumulative net sales) - $452M of new value - and a sales royalty after the "
                   "cumulative-sales milestones are paid. Other products stay under the original terms. "
                   "Keytruda's subcutaneous form (Keytruda Qlex) was approved by the FDA in September 2025.",
        "analyst_notes": "The 2020 original licence (non-exclusive, up to six targets; ₩19.36B upfront, "
                         "₩4.677T in total per Hankyung) predates this data set and is not recorded as its "
                         "own deal. Hankyung's sub-headline (22 Feb 2024) puts total milestones at "
                         "'1조3000억원'; Korea Economic TV (Jan 2026) says sales milestones were doubled "
                         "to '1조4000억원'. The 2% royalty rate comes only from that 2026 report; the 2024 "
                         "disclosure gave no rate.",
        "sources": [
            {"key": "biospectator", "url": "http://m.biospectator.com/view/news_view.php?varAtcId=21147",
             "publisher": "바이오스펙테이터 (BioSpectator)",
             "title": "알테오젠, 머크와 ‘키트루다SC’ 변경계약 “4.5억弗 딜”",
             "published_on": date(2024, 2, 22), "language": "ko",
             "quote": "기존 계약에 추가해 계약금 2000만달러와 마일스톤 증액 4억3200만달러를 합쳐 총 4억5200만달러 규모의 딜이다."},
            {"key": "docdocdoc", "url": "http://www.docdocdoc.co.kr/news/articleViewAmp.html?idxno=3014565",
             "publisher": "청년의사 (Docdocdoc)",
             "title": "알테오젠 ‘키트루다SC’ 독점 계약 공개에 52주 최고가 (publication date approximate)",
             "published_on": date(2024, 2, 22), "language": "ko",
             "quote": "이번 계약 변경에 따라 알테오젠은 MSD로부터 계약금(Signing fee)로 2,000만 달러(약 266억원)을 수령하게 된다. 이는 알테오젠의 직전 사업년도 연결 기준 매출액 약 288억원의 92.7%에 해당하는 금액이다.\n아울러, 알테오젠은 펨브롤리주맙 제품군의 품목 허가, 특허 연장 및 누적 순매출에 따라 최대 4억3,200만 달러(약 5,741억원)의 마일스톤을 추가로 받게 됐다."},
            {"key": "hankyung", "url": "https://hankyung.com/amp/202402223501i",
             "publisher": "한국경제 (Hankyung)",
             "title": "알테오젠, MSD 계약 변경 공시…관건은 누적매출 요건 달성",
             "published_on": date(2024, 2, 22), "language": "ko",
             "quote": "총 마일스톤 1조3000억원 규모"},
            {"key": "wowtv2026", "url": "https://www.wowtv.co.kr/NewsCenter/News/Read?articleId=2026012510721",
             "publisher": "한국경제TV (Korea Economic TV)",
             "title": "Alteogen's Keytruda SC royalty terms explained (title paraphrased)",
             "published_on": date(2026, 1, 25), "language": "ko",
             "quote": "이 과정에서 매출 달성에 따른 마일스톤 규모는 기존 대비 두 배인 1조4000억원으로 확대됐고, 별도 로열티 2%가 추가됐다."},
            {"key": "fda_approval", "url": "https://m.newspic.kr/view.html?cp=w3Hru72p&nid=2025092209282008235&pn=616",
             "publisher": "모두서치/뉴시스 (via Newspic)",
             "title": "Alteogen shares rise after FDA approval of Keytruda Qlex (title paraphrased)",
             "published_on": date(2025, 9, 22), "language": "ko",
             "quote": "알테오젠은 지난 20일 머크사가 FDA로부터 키트루다 피하주사(SC) 제형에 대한 품목 허가를 획득했다고 밝혔다."},
        ],
        "headline": {"amount": D("452_000_000"), "currency": "USD", "source": "biospectator",
                     "quote": "총 4억5200만달러 규모의 딜이다."},
        "parties": [
            {"company": "alteogen", "role": "licensor"},
            {"company": "merck-and-co", "role": "licensee", "name_as_reported": "MSD"},
        ],
        "assets": [{"asset": "alt-b4"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("20_000_000"), "currency": "USD",
             "source": "docdocdoc", "quote": "계약금(Signing fee)로 2,000만 달러(약 266억원)을 수령하게 된다",
             "note": "Signing fee for the amendment."},
            {"order": 1, "kind": "milestones", "amount": D("432_000_000"), "currency": "USD",
             "source": "docdocdoc", "quote": "최대 4억3,200만 달러(약 5,741억원)의 마일스톤을 추가로 받게 됐다",
             "note": "Added milestones tied to approval, patent extension and cumulative net sales of "
                     "the pembrolizumab family (increase over the 2020 terms)."},
        ],
        "royalty": {"tiered": False, "disclosed": True, "min_pct": D("2"), "max_pct": D("2"),
                    "source": "wowtv2026",
                    "wording": "royalty of 2% on sales, paid after the cumulative net-sales milestones "
                               "(rate as reported by Korea Economic TV in 2026)"},
        "events": [
            {"kind": "amended", "date": date(2024, 2, 22), "source": "biospectator",
             "description": "Amendment of the June 2020 non-exclusive ALT-B4 licence disclosed on 22 Feb 2024."},
            {"kind": "other", "date": date(2025, 9, 20), "source": "fda_approval",
             "description": "Alteogen said on 20 Sep 2025 (Korea time) that Merck had won FDA approval for "
                            "subcutaneous Keytruda (Keytruda Qlex), which uses ALT-B4."},
        ],
    },
    {
        "slug": "ono-ligachem-lcb97-2024",
        "title": "Ono licenses LigaChem's L1CAM ADC LCB97 and takes an ADC-platform research deal",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 10, 10), "conference": None,
        "indication": "Solid tumours",
        "summary": "Ono Pharmaceutical takes global rights to LigaChem Biosciences' preclinical "
                   "L1CAM-directed ADC LCB97, plus access to LigaChem's ConjuAll ADC technology under a "
                   "separate research agreement. Up to $700M in all; the upfront was not split out; "
                   "tiered royalties on net sales. The research deal has since paid milestones on "
                   "first-target designation (March 2025) and development progress (January 2026), "
                   "amounts undisclosed.",
        "analyst_notes": "The anti-L1CAM antibody in LCB97 came from Swiss biotech Elthera, licensed to "
                         "LigaChem (then LegoChem) in February 2023 (ApexOnco); Elthera's share of the "
                         "proceeds is not disclosed. The $700M total covers upfront and milestones; no "
                         "source read splits it, so the milestone row carries no amount.",
        "sources": [
            {"key": "fierce", "url": "https://www.fiercebiotech.com/biotech/ono-links-ligachem-bag-preclinical-adc-700m-biobuck-deal",
             "publisher": "Fierce Biotech",
             "title": "Ono links with LigaChem to bag preclinical ADC in $700M biobuck deal (title paraphrased)",
             "published_on": date(2024, 10, 10), "language": "en",
             "quote": "Japan’s Ono has entered the space by making an upfront payment of undisclosed size to LigaChem. The deal could be worth $700 million once milestones tied to R&D events and sales are factored in. LigaChem is also in line to receive tiered royalties on net sales."},
            {"key": "apexonco", "url": "https://oncologypipeline.com/apexonco/ligachems-l1cam-flip",
             "publisher": "ApexOnco (OncologyPipeline)",
             "title": "LigaChem’s L1CAM flip (publication date approximate)",
             "published_on": date(2024, 10, 10), "language": "en",
             "quote": "The ADC in question is LCB97, and Ono has agreed to a total biodollar amount of $700m (the up-front wasn’t split out) for global rights to this, as well as access to LigaChem’s ADC technology to generate new molecules in a separate research agreement."},
            {"key": "chosunbiz", "url": "https://biz.chosun.com/en/en-science/2026/01/08/OUTRVCWD75BOXC22HKMOP4T5RQ/?outputType=amp",
             "publisher": "Chosun Biz",
             "title": "LigaChem to receive development milestone from Ono under ADC platform deal (title paraphrased)",
             "published_on": date(2026, 1, 8), "language": "en",
             "quote": "LigaChem Biosciences said on the 8th that it will receive a development progress milestone (stage-based technology fee) from Japan's Ono Pharmaceutical Co., Ltd. (hereafter Ono Pharmaceutical) tied to the transfer of its Antibody-Drug Conjugate (ADC) platform technology. However, the size of the milestone and detailed terms were not disclosed under the companies' agreement."},
        ],
        "headline": {"amount": D("700_000_000"), "currency": "USD", "source": "fierce",
                     "quote": "The deal could be worth $700 million once milestones tied to R&D events and sales are factored in."},
        "parties": [
            {"company": "ligachem-biosciences", "role": "licensor"},
            {"company": "ono-pharmaceutical", "role": "licensee"},
        ],
        "assets": [{"asset": "lcb97", "phase_at_signing": "preclinical"}, {"asset": "conjuall"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "disclosed": False, "source": "fierce",
             "quote": "making an upfront payment of undisclosed size to LigaChem"},
            {"order": 1, "kind": "milestones", "disclosed": False, "source": "fierce",
             "quote": "once milestones tied to R&D events and sales are factored in",
             "note": "Included in the $700M total; not split out."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "fierce",
                    "wording": "tiered royalties on net sales"},
        "events": [
            {"kind": "milestone", "date": date(2026, 1, 8), "source": "chosunbiz",
             "description": "Development-progress milestone under the ADC platform research agreement "
                            "(amount undisclosed); the first milestone, on first-target designation, was "
                            "reached in March 2025."},
        ],
    },
    {
        "slug": "lilly-abl-bio-grabody-2025",
        "title": "Lilly licenses ABL Bio's Grabody platform and buys ABL Bio shares",
        "deal_type": "platform_license", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 11, 12), "conference": None,
        "indication": "",
        "summary": "Licence, research and collaboration agreement giving Lilly use of ABL Bio's "
                   "Grabody (Grabody-B) bispecific platform across modalities: $40M upfront, up to "
                   "$2.56B in development, regulatory and commercial milestones, tiered royalties "
                   "(≈ $2.6B in all). Two days later Lilly agreed a ₩22B ($15M) equity investment "
                   "(175,079 new shares), conditional on HSR clearance; ABL Bio reported receiving the "
                   "equity money on 9 Jan 2026.",
        "analyst_notes": "BioSpace says the deal was 'announced Friday'; BioWorld and Hitnews give 12 Nov "
                         "2025 (a Wednesday). Yonhap Infomax (news.einfomax.co.kr, 14 Nov 2025) dates it "
                         "the 14th and calls it an 'ADC platform' deal. Korea Economic TV (14 Nov 2025) "
                         "prints the total as '최대 25억6200만달러' and the new shares as 17만5089주. On 9 Jan "
                         "2026 ABL Bio disclosed receiving $15M (≈ ₩21.7B) for 172,553 shares, against "
                         "175,079 shares for ₩22.04B in the November board resolution. m2pharma reported "
                         "that the upfront and equity would be paid after HSR clearance.",
        "sources": [
            {"key": "bioworld", "url": "https://www.bioworld.com/articles/topic/109-analysis-and-data-insight-bioworld-asia?page=4",
             "publisher": "BioWorld",
             "title": "BioWorld Asia analysis page carrying the ABL Bio-Lilly report (publication date approximate)",
             "published_on": date(2025, 11, 12), "language": "en",
             "quote": "ABL Bio Inc. inked a license and research agreement with Eli Lilly and Co. worth up to $2.6 billion to develop multiple therapeutics using the Grabody-B platform. Under the terms announced Nov. 12, ABL will receive a $40 million up-front payment and up to $2.56 billion in development, regulatory and commercialization milestones, plus tiered royalties on net sales."},
            {"key": "biospace", "url": "https://www.biospace.com/business/lilly-bets-more-than-2-6b-for-south-korea-biotechs-bispecific-antibody-platform",
             "publisher": "BioSpace",
             "title": "Lilly Bets More Than $2.6B For South Korea Biotech’s Bispecific Antibody Platform (publication date approximate)",
             "published_on": date(2025, 11, 12), "language": "en",
             "quote": "Alongside the licensing agreement, Lilly also made an equity investment in ABL, purchasing 175,079 shares for a total of KRW 22 billion ($15 million)."},
            {"key": "hitnews", "url": "https://www.hitnews.co.kr/news/articleView.html?idxno=70990",
             "publisher": "히트뉴스 (Hitnews)",
             "title": "ABL Bio decides third-party share issue to Eli Lilly (title paraphrased)",
             "published_on": date(2025, 11, 14), "language": "ko",
             "quote": "한편, 에이비엘바이오는 지난 12일 릴리와 계약금 4000만 달러(약 588억원)를 포함해 총 26억 200만 달러(약 3조 8236억원) 규모의 그랩바디 플랫폼 기술이"},
            {"key": "hitnews_hsr", "url": "https://www.hitnews.co.kr/news/articleView.html?idxno=70990",
             "publisher": "히트뉴스 (Hitnews)",
             "title": "ABL Bio decides third-party share issue to Eli Lilly (title paraphrased)",
             "published_on": date(2025, 11, 14), "language": "ko",
             "quote": "이번 증자는 에이비엘바이오와 일라이 릴리가 이날 체결한 신주인수계약에 따른 것으로, 미국의 Hart-Scott-Rodino Antitrust Improvements Act(반독점개선법) 등 행정 절차가 완료돼 선행 조건이 충족돼야 효력이 발생한다."},
            {"key": "wowtv_closing", "url": "https://www.wowtv.co.kr/NewsCenter/News/Read?articleId=202601091346i",
             "publisher": "한국경제TV (Korea Economic TV)",
             "title": "ABL Bio receives Lilly's $15 million equity investment (title paraphrased)",
             "published_on": date(2026, 1, 9), "language": "ko",
             "quote": "에이비엘바이오(대표 이상훈)는 글로벌 제약사 일라이 릴리로부터 지분 투자금 1500만달러(약 217억원)를 수령했다고 9일 공시했다."},
        ],
        "headline": {"amount": D("2_602_000_000"), "currency": "USD", "source": "hitnews",
                     "quote": "총 26억 200만 달러(약 3조 8236억원) 규모의"},
        "parties": [
            {"company": "abl-bio", "role": "licensor"},
            {"company": "eli-lilly", "role": "licensee"},
        ],
        "assets": [{"asset": "grabody-b"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("40_000_000"), "currency": "USD",
             "source": "bioworld", "quote": "ABL will receive a $40 million up-front payment"},
            {"order": 1, "kind": "milestones", "amount": D("2_560_000_000"), "currency": "USD",
             "source": "bioworld",
             "quote": "up to $2.56 billion in development, regulatory and commercialization milestones"},
            {"order": 2, "kind": "upfront_equity", "amount": D("22_000_000_000"), "currency": "KRW",
             "source": "biospace", "quote": "purchasing 175,079 shares for a total of KRW 22 billion ($15 million)",
             "note": "Third-party share issue to Lilly at ₩125,900 a share, agreed 14 Nov 2025; paid in "
                     "January 2026 (reported as $15M, ≈ ₩21.7B, for 172,553 shares)."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "bioworld",
                    "wording": "tiered royalties on net sales"},
        "events": [
            {"kind": "announced", "date": date(2025, 11, 12), "source": "bioworld",
             "description": "Licence announced 12 Nov 2025."},
            {"kind": "other", "date": date(2025, 11, 14), "source": "hitnews_hsr",
             "description": "Share subscription agreement with Lilly signed and disclosed; effective "
                            "after HSR and other administrative clearances."},
            {"kind": "closed", "date": date(2026, 1, 9), "source": "wowtv_closing",
             "description": "ABL Bio disclosed that it had received Lilly's equity investment (about "
                            "₩21.7B for 172,553 shares), completing the payment after clearance."},
        ],
    },
    {
        "slug": "vertex-orum-tpd2-option-2024",
        "title": "Vertex takes options on Orum's degrader-antibody conjugates as gene-editing conditioning agents",
        "deal_type": "option", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 7, 16), "conference": None,
        "indication": "Targeted conditioning agents for gene-editing therapies such as Casgevy",
        "summary": "Multi-target option and licence agreement: Vertex pays $15M upfront for research "
                   "rights to Orum's TPD² degrader-antibody conjugate (DAC) technology and, after the "
                   "research period for each target, may take a worldwide exclusive licence. Option and "
                   "milestone payments of up to $310M per target for up to three targets (up to $930M), "
                   "plus tiered royalties; reported as a $945M deal.",
        "analyst_notes": "Announcement date is inferred, not read: Edaily says Orum signed the Vertex "
                         "deal 'on the 16th' ('지난 16일') after its November 2023 BMS deal; Patsnap says "
                         "Vertex announced it 'on Tuesday'; thebell (18 Jun 2024) still described Orum as "
                         "having a single out-licensing deal, and BioWorld's article number places its "
                         "report in mid-2024. 16 July 2024 is the Tuesday that fits; treat the day as "
                         "approximate. Endpoints reports $15M upfront and up to $930M; BioWorld and Edaily "
                         "report $945M in total.",
        "sources": [
            {"key": "pmo", "url": "https://www.precisionmedicineonline.com/business-news/vertex-grabs-rights-orums-targeted-protein-degradation-technology",
             "publisher": "Precision Medicine Online",
             "title": "Vertex grabs rights to Orum's targeted protein degradation technology (title paraphrased; publication date approximate)",
             "published_on": date(2024, 7, 16), "language": "en",
             "quote": "Vertex paid Daejeon, South Korea-headquartered Orum $15 million upfront for the rights to conduct research using Orum's Dual-Precision Targeted Protein Degradation (TPD²) technology. After the research period for each discovered target, Boston-based Vertex has the option to obtain a worldwide, exclusive license to further research, develop, manufacture, and commercialize degrader-antibody conjugates developed with Orum's technology. Vertex may also make additional option and milestone payments totaling up to $310 million per target for up to three targets as well as tiered royalties on future global annual net sales of any commercialized products."},
            {"key": "endpoints", "url": "https://endpoints1125.rssing.com/chan-80177118/article735.html",
             "publisher": "Endpoints News (via RSSing)",
             "title": "Vertex partners with Orum on degrader-antibody conjugates for conditioning (title paraphrased; publication date approximate)",
             "published_on": date(2024, 7, 16), "language": "en",
             "quote": "The Boston-based biopharma will pay Orum Therapeutics $15 million upfront and as much as $930 million in biobucks (split evenly among up to three targets) for access to the small company’s targeted protein degradation technology."},
            {"key": "bioworld", "url": "https://www.bioworld.com/articles/710535-orum-scores-potential-945m-deal-with-vertex-for-novel-dacs",
             "publisher": "BioWorld",
             "title": "Orum scores potential $945M deal with Vertex for novel DACs (publication date approximate)",
             "published_on": date(2024, 7, 16), "language": "en",
             "quote": "Orum Therapeutics Inc. struck a potential $945 million (₩1.3 trillion) deal with Vertex Pharmaceuticals Inc. to discover novel degrader antibody conjugates (DAC) as targeted conditioning agents for use with gene editing, including Vertex’s gene therapy, Casgevy (exagamglogene autotemcel)."},
            {"key": "edaily", "url": "https://www4.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=01515366638956160",
             "publisher": "이데일리 (Edaily)",
             "title": "Orum Therapeutics CEO interview after the Vertex deal (title paraphrased; publication date approximate)",
             "published_on": date(2024, 7, 16), "language": "ko",
             "quote": "오름은 지난해 11월 미국 브리스톨 마이어스 스큅(BMS)과 1억8000만달러(약 2400억원) 규모의 기술이전 계약을 체결한 데 이어 지난 16일 버텍스 파마슈티컬(이하 버텍스)와 총 9억4500만 달러(약 1조3000억원) 규모의 기술수출에 성공한 비상장 바이오텍이다."},
            {"key": "patsnap", "url": "https://synapse.patsnap.com/article/vertex-enlists-orum-to-find-improved-preconditioning-drugs",
             "publisher": "Patsnap Synapse",
             "title": "Vertex enlists Orum to find improved preconditioning drugs (publication date approximate)",
             "published_on": date(2024, 7, 16), "language": "en",
             "quote": "Vertex Pharmaceuticals is actively seeking to enhance patient preparation for intensive therapies, such as its sickle cell treatment Casgevy. On Tuesday, the company announced a collaboration with"},
        ],
        "headline": {"amount": D("945_000_000"), "currency": "USD", "source": "bioworld",
                     "quote": "struck a potential $945 million (₩1.3 trillion) deal with Vertex Pharmaceuticals Inc."},
        "parties": [
            {"company": "orum-therapeutics", "role": "licensor"},
            {"company": "vertex-pharmaceuticals", "role": "licensee"},
        ],
        "assets": [{"asset": "orum-tpd2"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("15_000_000"), "currency": "USD",
             "source": "pmo", "quote": "Vertex paid Daejeon, South Korea-headquartered Orum $15 million upfront"},
            {"order": 1, "kind": "milestones", "amount": D("930_000_000"), "currency": "USD",
             "contingent": True, "source": "endpoints",
             "quote": "as much as $930 million in biobucks (split evenly among up to three targets)",
             "note": "Option-exercise and milestone payments combined; reported per target as up to "
                     "$310M for each of up to three targets (Precision Medicine Online)."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "pmo",
                    "wording": "tiered royalties on future global annual net sales"},
        "events": [],
    },
    {
        "slug": "bms-orum-orm-6151-2023",
        "title": "Bristol Myers Squibb buys Orum's CD33 degrader-antibody conjugate ORM-6151",
        "deal_type": "asset_purchase", "exclusive": None, "status": "announced",
        "announced_on": date(2023, 11, 6), "conference": None,
        "indication": "Acute myeloid leukaemia and high-risk myelodysplastic syndromes",
        "summary": "BMS acquires Orum's ORM-6151 programme, an anti-CD33 antibody carrying a GSPT1 "
                   "degrader, cleared by the FDA for Phase 1 in AML and high-risk MDS: $100M upfront "
                   "and milestones for up to $180M in all. Korean press reported it as a programme "
                   "sale with no commercial milestones rather than a licence; BMS started Phase 1 in "
                   "June 2024.",
        "analyst_notes": "Edaily (9 Nov 2023) reports the deal as a pipeline sale ('파이프라인 매각'), "
                         "which is why it is stored as asset_purchase. Asia Economy (29 Apr 2025) "
                         "names the asset 'ORM-6165' while giving the same $100M + $80M terms; all 2023 "
                         "sources say ORM-6151.",
        "sources": [
            {"key": "pmlive", "url": "https://www.pmlive.com/pharma_news/bristol_myers_squibbto_acquire_orums_experimental_blood_cancer_therapy_for_up_to_$180m_1503522",
             "publisher": "PMLiVE",
             "title": "Bristol Myers Squibb to acquire Orum's experimental blood cancer therapy for up to $180m",
             "published_on": date(2023, 11, 7), "language": "en",
             "quote": "Bristol Myers Squibb (BMS) has entered into a definitive agreement to acquire an experimental blood cancer therapy from Orum Therapeutics for up to $180m."},
            {"key": "bpr", "url": "https://biopharma-reporter.com/Article/2023/11/06/bms-buys-orum-therapeutics-adc-protein-degrader-for-up-to-180-million",
             "publisher": "BioPharma Reporter",
             "title": "BMS buys Orum Therapeutics’ ADC protein degrader for up to $180 million",
             "published_on": date(2023, 11, 6), "language": "en",
             "quote": "Under the deal terms, Orum is eligible for $100 million upfront in addition to milestone payments with further details undisclosed."},
            {"key": "asiae", "url": "https://cm.asiae.co.kr/en/article/2025042909273728578",
             "publisher": "Asia Economy (English edition)",
             "title": "Orum Therapeutics discontinues ORM-5029 trial (title paraphrased)",
             "published_on": date(2025, 4, 29), "language": "en",
             "quote": "In 2023, the company signed a contract with global pharmaceutical company BMS for ORM-6165, securing an upfront payment of $100 million and milestone payments totaling $80 million. BMS began a Phase 1 clinical trial (NCT06419634) in June 2024, which is currently ongoing."},
            {"key": "edaily", "url": "https://pharm.edaily.co.kr/news/read?newsId=01928646635804080&mediaCodeNo=257",
             "publisher": "이데일리 (Edaily, PharmEdaily)",
             "title": "오름테라퓨틱, 역대급 계약금 배경...\"기술수출 아닌 파이프라인 매각\"",
             "published_on": date(2023, 11, 9), "language": "ko",
             "quote": "하지만 이번딜은 향후 상업화에 따른 마일스톤을 기대할 수 없는 기술이전 계약이 아닌 파이프라인 매각 건으로 확인됐다."},
        ],
        "headline": {"amount": D("180_000_000"), "currency": "USD", "source": "pmlive",
                     "quote": "from Orum Therapeutics for up to $180m"},
        "parties": [
            {"company": "orum-therapeutics", "role": "licensor"},
            {"company": "bristol-myers-squibb", "role": "licensee"},
        ],
        "assets": [{"asset": "orm-6151"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("100_000_000"), "currency": "USD",
             "source": "bpr", "quote": "Orum is eligible for $100 million upfront"},
            {"order": 1, "kind": "milestones", "amount": D("80_000_000"), "currency": "USD",
             "source": "asiae", "quote": "milestone payments totaling $80 million",
             "note": "Asia Economy names the asset ORM-6165 (see analyst_notes)."},
        ],
        "royalty": None,
        "events": [],
    },
    {
        "slug": "novartis-chong-kun-dang-ckd-510-2023",
        "title": "Novartis licenses Chong Kun Dang's HDAC6 inhibitor CKD-510",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 11, 6), "conference": None,
        "indication": "Charcot-Marie-Tooth disease and other HDAC6-related diseases (indication not fixed at signing)",
        "summary": "Novartis takes exclusive rights outside South Korea to develop and commercialise "
                   "CKD-510, a selective HDAC6 inhibitor that completed Phase 1 and holds FDA orphan "
                   "designation for Charcot-Marie-Tooth disease. $80M non-refundable upfront, up to "
                   "$1.225B in development and approval milestones ($1.305B in all), plus royalties. "
                   "Chong Kun Dang's largest licensing deal.",
        "analyst_notes": "Global Genes' RARE Daily (8 Nov 2023, https://globalgenes.org/states/korea/) "
                         "reported 'up to $1.8 billion in development and regulatory milestones'; "
                         "Global Economic (g-enews, 10 Nov 2023) printed the total as '13억5000만 달러' "
                         "($1.35B). A $5M development milestone on Novartis's first US IND was reported "
                         "by nigikis.com as announced 'on May 22' (year not shown on the page), so it is "
                         "not stored as an event.",
        "sources": [
            {"key": "businesskorea", "url": "http://www.businesskorea.co.kr/news/articleView.html?idxno=205129",
             "publisher": "BusinessKorea",
             "title": "Chong Kun Dang signs $1.305 billion technology export deal with Novartis for CKD-510 (title paraphrased; publication date approximate)",
             "published_on": date(2023, 11, 6), "language": "en",
             "quote": "Chong Kun Dang announced on Nov. 6 that it has entered into a technology export agreement with Novartis worth US$1.305 billion for its new drug candidate CKD-510."},
            {"key": "kbr", "url": "http://www.koreabiomed.com/news/articleView.html?idxno=22439",
             "publisher": "Korea Biomedical Review",
             "title": "CKD Pharm signs $1.3 billion deal with Novartis for CKD-510 (title paraphrased; publication date approximate)",
             "published_on": date(2023, 11, 6), "language": "en",
             "quote": "CKD Pharm will receive a non-refundable upfront payment of $80 million, milestone payments of up to $1.225 billion for future development and approval milestones, and sales royalties based on sales."},
            {"key": "globalgenes", "url": "https://globalgenes.org/states/korea/",
             "publisher": "Global Genes (RARE Daily)",
             "title": "Korean Biotech Licenses Rare Disease Candidate to Novartis for Up to $1.3 Billion",
             "published_on": date(2023, 11, 8), "language": "en",
             "quote": "Novartis will pay CKD $80 million upfront and potentially up to $1.8 billion in development and regulatory milestones, plus royalties if approved."},
            {"key": "genews", "url": "http://www.g-enews.com/view.php?ud=2023111008402844983d7a510102_1",
             "publisher": "글로벌이코노믹 (Global Economic)",
             "title": "Chong Kun Dang and Orum Therapeutics sign large licensing deals (title paraphrased)",
             "published_on": date(2023, 11, 10), "language": "ko",
             "quote": "대표적으로 종근당은 최근 글로벌 제약사 중 하나인 노바티스와 'CKD-510'에 대한 13억5000만 달러 규모의 기술수출 계약을 체결했다."},
        ],
        "headline": {"amount": D("1_305_000_000"), "currency": "USD", "source": "businesskorea",
                     "quote": "worth US$1.305 billion for its new drug candidate CKD-510"},
        "parties": [
            {"company": "chong-kun-dang", "role": "licensor"},
            {"company": "novartis", "role": "licensee", "name_as_reported": "Novartis Pharma AG"},
        ],
        "assets": [{"asset": "ckd-510", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": ["KR"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("80_000_000"), "currency": "USD",
             "source": "kbr", "quote": "a non-refundable upfront payment of $80 million"},
            {"order": 1, "kind": "milestones", "amount": D("1_225_000_000"), "currency": "USD",
             "source": "kbr", "quote": "milestone payments of up to $1.225 billion for future development and approval milestones",
             "note": "Development and approval milestones."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "source": "kbr",
                    "wording": "sales royalties based on sales (rates not disclosed)"},
        "events": [],
    },
    {
        "slug": "rhythm-lg-chem-lb54640-2024",
        "title": "Rhythm Pharmaceuticals licenses LG Chem's oral MC4R agonist LB54640",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 1, 4), "conference": None,
        "indication": "MC4R pathway diseases (rare obesity), including acquired hypothalamic obesity",
        "summary": "Global licence to LB54640, an oral small-molecule MC4R agonist in Phase 2. Rhythm "
                   "pays $40M in cash and $20M in Rhythm stock at closing and another $40M in cash 18 "
                   "months later, plus up to $205M in regulatory and sales milestones and royalties. LG "
                   "Chem presented it as $100M upfront and $305M in all (≈ ₩400B). Rhythm takes over two "
                   "Phase 2 studies.",
        "analyst_notes": "Korea Biomedical Review (http://www.koreabiomed.com/news/articleView.html?idxno=22968) "
                         "reported a $350M total with milestones of up to $250M; Rhythm and LG Chem give "
                         "$205M and $305M. LG Chem announced on 5 Jan 2024 (Korea time), after Rhythm's "
                         "release of Thursday 4 Jan (US).",
        "sources": [
            {"key": "rtt", "url": "https://markets.businessinsider.com/news/stocks/rhythm-pharma-to-acquire-rights-to-oral-mc4r-agonist-lb54640-from-lg-chem-1032943044",
             "publisher": "RTTNews (via Business Insider Markets)",
             "title": "Rhythm Pharma To Acquire Rights To Oral MC4R Agonist LB54640 From LG Chem (publication date approximate)",
             "published_on": date(2024, 1, 4), "language": "en",
             "quote": "(RTTNews) - Rhythm Pharmaceuticals, Inc. (RYTM) Thursday announced a global licensing agreement with LG Chem, Ltd. for an investigational oral small molecule melanocortin-4 receptor agonist LB54640.\nUnder the terms of the agreement, Rhythm will pay LG Chem $40 million in cash and $20 million in equity at closing and an additional $40 million in cash 18 months after closing. Rhythm has agreed to pay LG Chem up to $205 million upon achieving certain regulatory and sales milestones, as well as royalties."},
            {"key": "lgchem", "url": "https://www.lgchem.com/company/information-center/press-release/news-detail-9412?lang=en_GLOBAL",
             "publisher": "LG Chem",
             "title": "LG Chem Exports the Technology of LB54640, a Novel Rare Obesity Drug, to a U.S. company Rhythm Pharmaceuticals (publication date approximate)",
             "published_on": date(2024, 1, 5), "language": "en",
             "quote": "Under the terms of the agreement, Rhythm has agreed to pay to LG Chem upfront payment of USD 100 million (approx. KRW 130 billion) and up to USD 205 million (approx. KRW 270 billion) upon achieving certain regulatory and sales milestones, totaling USD 305 million (approx. KRW 400 billion), as well as royalties."},
            {"key": "globalgenes", "url": "https://globalgenes.org/raredaily/rhythm-acquires-global-rights-to-lg-chems-oral-mc4r-agonist-for-rare-obesities/",
             "publisher": "Global Genes (RARE Daily)",
             "title": "Rhythm Acquires Global Rights to LG Chem’s Oral MC4R Agonist for Rare Obesities",
             "published_on": date(2024, 1, 4), "language": "en",
             "quote": "Rhythm Pharmaceuticals has entered into a global licensing agreement with LG Chem for LB54640, an investigational oral small molecule melanocortin-4 receptor agonist now in phase 2 clinical trials."},
        ],
        "headline": {"amount": D("305_000_000"), "currency": "USD", "source": "lgchem",
                     "quote": "totaling USD 305 million (approx. KRW 400 billion)"},
        "parties": [
            {"company": "lg-chem", "role": "licensor"},
            {"company": "rhythm-pharmaceuticals", "role": "licensee"},
        ],
        "assets": [{"asset": "lb54640", "phase_at_signing": "phase_2"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("40_000_000"), "currency": "USD",
             "source": "rtt", "quote": "Rhythm will pay LG Chem $40 million in cash", "note": "At closing."},
            {"order": 1, "kind": "upfront_equity", "amount": D("20_000_000"), "currency": "USD",
             "source": "rtt", "quote": "$20 million in equity at closing",
             "note": "Paid in Rhythm shares (consideration in the licensee's stock), not an investment in LG Chem."},
            {"order": 2, "kind": "near_term", "amount": D("40_000_000"), "currency": "USD",
             "contingent": False, "source": "rtt",
             "quote": "an additional $40 million in cash 18 months after closing"},
            {"order": 3, "kind": "milestones", "amount": D("205_000_000"), "currency": "USD",
             "source": "rtt", "quote": "up to $205 million upon achieving certain regulatory and sales milestones",
             "note": "Regulatory and sales milestones."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "source": "rtt",
                    "wording": "royalties (rates not disclosed)"},
        "events": [],
    },
    {
        "slug": "abl-bio-intocell-adc-platform-2024",
        "title": "ABL Bio licenses Intocell's Nexatecan ADC platform (terminated 2025)",
        "deal_type": "platform_license", "exclusive": None, "status": "terminated",
        "announced_on": date(2024, 10, 23), "signed_on": date(2024, 10, 23), "conference": None,
        "indication": "",
        "summary": "ADC platform technology licence from Intocell to ABL Bio, signed 23 Oct 2024; "
                   "contract value and upfront were never disclosed. On 9 Jul 2025 ABL Bio gave notice "
                   "of termination, citing patent uncertainty around Intocell's Nexatecan technology "
                   "(possible lack of patent protection or infringement of third-party patents). No "
                   "penalty; the upfront already paid is not returned; rights revert to Intocell.",
        "analyst_notes": "announced_on is the signing date given by the July 2025 reports; the original "
                         "October 2024 announcement was not located. Intocell's shares fell about 25% on "
                         "10 Jul 2025.",
        "sources": [
            {"key": "asiae", "url": "https://cm.asiae.co.kr/article/2025071009284104867",
             "publisher": "아시아경제 (Asia Economy)",
             "title": "[특징주]인투셀, 기술이전 계약 해지에 급락…신저가",
             "published_on": date(2025, 7, 10), "language": "ko",
             "quote": "전일 에이비엘바이오는 지난해 10월23일 체결한 인투셀과의 항체-약물 결합체(ADC) 플랫폼 기술도입 계약에 대해 해지를 통보했다고 공시했다."},
            {"key": "edaily", "url": "https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=04631366642232880",
             "publisher": "이데일리 (Edaily)",
             "title": "ABL Bio notifies Intocell of termination of ADC platform licence (title paraphrased; publication date approximate)",
             "published_on": date(2025, 7, 9), "language": "ko",
             "quote": "[이데일리 원다연 기자] 에이비엘바이오(298380)는 인투셀에 ‘항체-약물 결합체 플랫폼 기술도입 계약에 대해 해지를 통보했다고 9일 공시했다.\n회사는 “기술도입한 인투셀의 넥사테칸 기술에서 발생한 특허 이슈로 인해, 해당 기술을 사용할 경우 특허 미확보 또는 제3자 특허를 침해할 수 있다는 불확실성이 존재하므로, 더 이상 넥사테칸을 활용한 ADC 연구개발을 지속하는 것이 불가함에 따라 계약을 해지했다”고 밝혔다."},
            {"key": "zum", "url": "http://news.zumst.com/articles/99460505?cm=news_rankingNews",
             "publisher": "ZUM 뉴스",
             "title": "ABL Bio ends Intocell ADC platform contract over Nexatecan patent issue (title paraphrased; publication date approximate)",
             "published_on": date(2025, 7, 9), "language": "ko",
             "quote": "에이비엘바이오는 지난 10월 인투셀과 ADC 플랫폼 기술계약을 체결한 바 있다. 당시 계약금액과 선급금(upfront) 규모는 공개하지 않았고 계약을 해지하면서도 여전히 공개는 유보했다. 계약해지로 발생하는 위약금은 없으며, 앞서 지급한 선급금은 돌려받지 않는다."},
        ],
        "headline": None,
        "parties": [
            {"company": "intocell", "role": "licensor"},
            {"company": "abl-bio", "role": "licensee"},
        ],
        "assets": [{"asset": "intocell-nexatecan-platform"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "disclosed": False, "source": "zum",
             "quote": "당시 계약금액과 선급금(upfront) 규모는 공개하지 않았고",
             "note": "Upfront paid but not disclosed; not refundable on termination."},
            {"order": 1, "kind": "milestones", "disclosed": False, "source": "zum",
             "quote": "당시 계약금액과 선급금(upfront) 규모는 공개하지 않았고",
             "note": "Total contract value not disclosed."},
        ],
        "royalty": None,
        "events": [
            {"kind": "signed", "date": date(2024, 10, 23), "source": "asiae",
             "description": "Licence signed on 23 Oct 2024."},
            {"kind": "terminated", "date": date(2025, 7, 9), "source": "edaily",
             "description": "ABL Bio disclosed notice of termination on 9 Jul 2025 over patent issues "
                            "with Nexatecan; no penalty, upfront not returned."},
        ],
    },
    # ------------------------------------------------------------------ Japan -------------
    {
        "slug": "novartis-peptidream-rlt-peptides-2024",
        "title": "Novartis expands PeptiDream peptide discovery pact for radioligand therapies",
        "deal_type": "collaboration", "exclusive": None, "status": "announced",
        "announced_on": date(2024, 4, 30), "conference": None,
        "indication": "Cancer (radioligand therapy; targets not disclosed)",
        "summary": "Multi-programme expansion of the long-running Novartis-PeptiDream collaboration: "
                   "PeptiDream uses its PDPS platform to discover and optimise macrocyclic peptides "
                   "against Novartis-selected targets for conjugation to radionuclides (RLTs) or other "
                   "uses. $180M upfront, up to $2.71B in development, regulatory and commercial "
                   "milestones, tiered royalties. Closing subject to HSR clearance.",
        "analyst_notes": "AWP (via MarketScreener Switzerland) rounds the milestones to 'bis zu 2,7 "
                         "Milliarden US-Dollar'. The new agreement extends the 2019 peptide-drug-conjugate "
                         "collaboration (itself building on work since 2010 and a 2015 PDPS licence).",
        "sources": [
            {"key": "sdbn", "url": "https://sdbn.org/san-diego-biotech-news/2024/04/30/novartis-peptidream-ink-potential-2-7b-deal-to-expand-radioligand-discovery-partnership/",
             "publisher": "San Diego Biotechnology Network (carrying BioSpace)",
             "title": "Novartis, PeptiDream Ink Potential $2.7B Deal to Expand Radioligand Discovery Partnership",
             "published_on": date(2024, 4, 30), "language": "en",
             "quote": "Novartis is paying PeptiDream $180 million upfront and is also eligible to receive $2.71 billion in milestone payments. The biotech may also net tiered royalties on any product sales."},
            {"key": "marketscreener", "url": "http://IT.MARKETSCREENER.COM/quotazioni/azione/PEPTIDREAM-INC-13370541/attualita/Peptidream-annuncia-l-ampliamento-della-collaborazione-per-la-scoperta-di-peptidi-con-Novartis-46582818/",
             "publisher": "MarketScreener (Italian edition)",
             "title": "Peptidream annuncia l'ampliamento della collaborazione per la scoperta di peptidi con Novartis (publication date approximate)",
             "published_on": date(2024, 4, 30), "language": "it",
             "quote": "In base ai termini dell'accordo, Pepti Dream riceverà da Novartis un pagamento anticipato di $180 milioni di USD (28,03 miliardi di JPY*1)."},
            {"key": "cen", "url": "https://cen.acs.org/pharmaceuticals/drug-discovery/Novartis-puts-another-180-million/102/i14",
             "publisher": "C&EN",
             "title": "Novartis puts another $180 million into PeptiDream collaboration (title paraphrased; publication date approximate)",
             "published_on": date(2024, 4, 30), "language": "en",
             "quote": "The Swiss pharmaceutical company will pay PeptiDream another $180 million up front, with the potential for up to $2.71 billion more in milestone payments, to discover macrocyclic peptides that could be combined with radioligands to make peptide-drug conjugates."},
        ],
        "headline": None,
        "parties": [
            {"company": "peptidream", "role": "licensor"},
            {"company": "novartis", "role": "licensee", "name_as_reported": "Novartis Pharma AG"},
        ],
        "assets": [{"asset": "peptidream-pdps"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("180_000_000"), "currency": "USD",
             "source": "sdbn", "quote": "Novartis is paying PeptiDream $180 million upfront"},
            {"order": 1, "kind": "milestones", "amount": D("2_710_000_000"), "currency": "USD",
             "source": "sdbn", "quote": "is also eligible to receive $2.71 billion in milestone payments",
             "note": "Development, regulatory and commercial milestones."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "sdbn",
                    "wording": "tiered royalties on any product sales"},
        "events": [],
    },
    {
        "slug": "genentech-peptidream-peptide-ri-2023",
        "title": "Genentech and PeptiDream collaborate on peptide-radioisotope drug conjugates",
        "deal_type": "collaboration", "exclusive": None, "status": "announced",
        "announced_on": date(2023, 9, 19), "conference": None,
        "indication": "Cancer (peptide-radioisotope conjugates; targets not disclosed)",
        "summary": "PeptiDream discovers and optimises macrocyclic peptides against Genentech's "
                   "targets for use as peptide-RI drug conjugates and leads early preclinical work; "
                   "Genentech then develops and commercialises. PeptiDream keeps Japan. $40M upfront, "
                   "up to $1B in development, regulatory and commercial milestones, tiered royalties on "
                   "ex-Japan net sales.",
        "analyst_notes": "Fierce cites PeptiDream's 'Sept. 19 release' (Tokyo); BioSpace says PeptiDream "
                         "announced it 'on Wednesday' (20 Sep 2023 in the US). BioPharma Reporter describes "
                         "Genentech's right as an option to license candidates.",
        "sources": [
            {"key": "dpa", "url": "https://www.finanznachrichten.de/nachrichten-2023-09/60153546-peptidream-collaborates-with-genentech-for-discovery-and-development-of-peptide-ri-drug-conjugates-020.htm",
             "publisher": "dpa-AFX (via finanznachrichten.de)",
             "title": "PeptiDream Collaborates With Genentech For Discovery And Development Of Peptide-RI Drug Conjugates (title paraphrased; publication date approximate)",
             "published_on": date(2023, 9, 19), "language": "en",
             "quote": "Under the terms of the agreement, PeptiDream will receive an upfront payment of $40 million from Genentech and be eligible for payments based on the achievement of specified development, regulatory, and commercial milestones potentially up to $1 billion. In addition, PeptiDream is eligible to receive tiered royalties on net sales (ex-Japan) of any such products arising from the collaboration."},
            {"key": "fierce", "url": "https://webmail.tmfsummit.com/biotech/genentech-sees-more-potential-peptides-signs-1b-biobucks-deal-peptidream",
             "publisher": "Fierce Biotech (re-published copy)",
             "title": "Genentech sees more potential in peptides, signs $1B biobucks deal with PeptiDream (title paraphrased; publication date approximate)",
             "published_on": date(2023, 9, 19), "language": "en",
             "quote": "said in the Sept. 19 release."},
            {"key": "biospace", "url": "https://biospace.com/article/roche-s-genentech-peptidream-ink-potential-1b-radiopharmaceuticals-deal-",
             "publisher": "BioSpace",
             "title": "Roche’s Genentech, PeptiDream ink potential $1B radiopharmaceuticals deal (title paraphrased; publication date approximate)",
             "published_on": date(2023, 9, 20), "language": "en",
             "quote": "Japanese biopharma PeptiDream on Wednesday announced yet another licensing agreement with Roche’s Genentech, this time worth up to $1 billion."},
            {"key": "bpr", "url": "https://biopharma-reporter.com/Article/2023/09/21/genentech-and-peptidream-to-co-develop-radiopharmaceuticals-in-1bn-deal",
             "publisher": "BioPharma Reporter",
             "title": "Genentech and PeptiDream to co-develop radiopharmaceuticals in $1bn deal (title paraphrased)",
             "published_on": date(2023, 9, 21), "language": "en",
             "quote": "Genentech then has the option to license and take over the development of any candidate treatments up to commercialization, while PeptiDream keeps the right to develop and commercialize the candidates in Japan."},
        ],
        "headline": None,
        "parties": [
            {"company": "peptidream", "role": "licensor"},
            {"company": "genentech", "role": "licensee"},
        ],
        "assets": [{"asset": "peptidream-pdps"}],
        "territory": {"included": ["WW"], "excluded": ["JP"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("40_000_000"), "currency": "USD",
             "source": "dpa", "quote": "PeptiDream will receive an upfront payment of $40 million from Genentech"},
            {"order": 1, "kind": "milestones", "amount": D("1_000_000_000"), "currency": "USD",
             "source": "dpa", "quote": "specified development, regulatory, and commercial milestones potentially up to $1 billion"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "dpa",
                    "wording": "tiered royalties on net sales (ex-Japan)"},
        "events": [],
    },
    {
        "slug": "alexion-jcr-just-aav-2025",
        "title": "Alexion licenses JCR's JUST-AAV capsids for up to five gene therapy programmes",
        "deal_type": "platform_license", "exclusive": None, "status": "announced",
        "announced_on": date(2025, 7, 8), "conference": None,
        "indication": "",
        "summary": "AstraZeneca's rare-disease unit Alexion gets access to JCR Pharmaceuticals' "
                   "JUST-AAV capsids for up to five of its genomic-medicine programmes: undisclosed "
                   "upfront, up to $225M in R&D milestones and $600M in sales milestones (up to $825M), "
                   "tiered royalties. Third JCR-Alexion pact after March and December 2023 J-Brain "
                   "Cargo deals.",
        "analyst_notes": "Indications were not specified. The two 2023 JCR-Alexion agreements "
                         "(neurodegeneration; oligonucleotides) were announced without financial terms and "
                         "are not recorded separately.",
        "sources": [
            {"key": "biospace", "url": "https://www.biospace.com/business/astrazeneca-gains-more-gene-therapy-aavs-in-jcr-deal-worth-up-to-825m",
             "publisher": "BioSpace",
             "title": "AstraZeneca Gains More Gene Therapy AAVs in JCR Deal Worth up to $825M (publication date approximate)",
             "published_on": date(2025, 7, 8), "language": "en",
             "quote": "In exchange, Alexion will pay JCR an undisclosed upfront fee plus up to $225 million in milestone payments related to research and development, as well as an additional $600 million in sales milestones. JCR will also get tiered royalties related to sales, though no specifics were given."},
            {"key": "noahai", "url": "https://www.noahai.co/discover/article/7915",
             "publisher": "Noah AI",
             "title": "AstraZeneca's Alexion Expands Gene Therapy Capabilities with $825M JCR Deal (publication date approximate)",
             "published_on": date(2025, 7, 8), "language": "en",
             "quote": "The announcement, made on July 8, 2025, was well-received by investors, with JCR's shares closing up 15% on the Tokyo Stock Exchange the following day."},
        ],
        "headline": None,
        "parties": [
            {"company": "jcr-pharmaceuticals", "role": "licensor"},
            {"company": "alexion", "role": "licensee"},
        ],
        "assets": [{"asset": "jcr-just-aav"}],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "disclosed": False, "source": "biospace",
             "quote": "Alexion will pay JCR an undisclosed upfront fee"},
            {"order": 1, "kind": "development_milestones", "amount": D("225_000_000"), "currency": "USD",
             "source": "biospace", "quote": "up to $225 million in milestone payments related to research and development"},
            {"order": 2, "kind": "commercial_milestones", "amount": D("600_000_000"), "currency": "USD",
             "source": "biospace", "quote": "an additional $600 million in sales milestones"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "biospace",
                    "wording": "tiered royalties related to sales (no specifics given)"},
        "events": [],
    },
    {
        "slug": "acumen-jcr-j-brain-cargo-option-2025",
        "title": "Acumen takes an option on JCR's J-Brain Cargo for brain-penetrant Alzheimer's antibodies",
        "deal_type": "option", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 7, 15), "conference": None,
        "indication": "Alzheimer's disease",
        "summary": "Collaboration, option and licence agreement pairing JCR's J-Brain Cargo "
                   "blood-brain-barrier technology with Acumen's amyloid-beta oligomer-selective "
                   "antibodies (e.g. sabirnetug). JCR receives an undisclosed upfront and an option "
                   "payment if Acumen exercises its exclusive option for worldwide rights to up to two "
                   "candidates; up to $40M in development and $515M in sales milestones ($555M), plus "
                   "tiered royalties.",
        "analyst_notes": "JCR's release converts the $555M to about ¥80.5B at ¥145 per dollar.",
        "sources": [
            {"key": "bizwire", "url": "https://stocks.observer-reporter.com/observerreporter/article/bizwire-2025-7-15-jcr-pharmaceuticals-and-acumen-pharmaceuticals-announce-collaboration-to-develop-therapy-for-alzheimers-disease-enabled-by-j-brain-cargo-technology-platform",
             "publisher": "JCR Pharmaceuticals via Business Wire (Observer-Reporter)",
             "title": "JCR Pharmaceuticals and Acumen Pharmaceuticals Announce Collaboration to Develop Therapy for Alzheimer’s Disease Enabled by J-Brain Cargo Technology Platform (title paraphrased)",
             "published_on": date(2025, 7, 15), "language": "en",
             "quote": "Under the terms of the agreement, JCR will receive an upfront payment from Acumen and will be eligible for an additional option payment should Acumen exercise its exclusive option to develop, manufacture, and commercialize worldwide up to two candidates from the collaboration. JCR will also be eligible to receive future milestone payments of up to USD 40 million related to development, and up to USD 515 million related to sales, for a total of up to USD 555 million (approximately JPY80.5 billion converted at the exchange rate of JPY 145 to USD). In addition, JCR is entitled to receive tiered royalties based on net sales for any products that emerge from the collaboration."},
            {"key": "fierce", "url": "http://ftp.prcmidwest.com/biotech/acumen-taps-jcrs-blood-brain-barrier-tech-555m-alzheimers-deal",
             "publisher": "Fierce Biotech (re-published copy)",
             "title": "Acumen taps JCR’s blood-brain barrier tech for $555M Alzheimer’s deal (publication date approximate)",
             "published_on": date(2025, 7, 15), "language": "en",
             "quote": "Days after JCR Pharmaceuticals signed a deal with AstraZeneca’s rare disease unit, the Japanese biopharma has secured a $555 million biobucks pact with Alzheimer’s-focused Acumen Pharmaceuticals."},
        ],
        "headline": {"amount": D("555_000_000"), "currency": "USD", "source": "bizwire",
                     "quote": "for a total of up to USD 555 million (approximately JPY80.5 billion converted at the exchange rate of JPY 145 to USD)"},
        "parties": [
            {"company": "jcr-pharmaceuticals", "role": "licensor"},
            {"company": "acumen-pharmaceuticals", "role": "licensee"},
        ],
        "assets": [{"asset": "j-brain-cargo"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "disclosed": False, "source": "bizwire",
             "quote": "JCR will receive an upfront payment from Acumen"},
            {"order": 1, "kind": "option_fee", "disclosed": False, "contingent": True, "source": "bizwire",
             "quote": "will be eligible for an additional option payment should Acumen exercise its exclusive option"},
            {"order": 2, "kind": "development_milestones", "amount": D("40_000_000"), "currency": "USD",
             "source": "bizwire", "quote": "up to USD 40 million related to development"},
            {"order": 3, "kind": "commercial_milestones", "amount": D("515_000_000"), "currency": "USD",
             "source": "bizwire", "quote": "up to USD 515 million related to sales"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "bizwire",
                    "wording": "tiered royalties based on net sales"},
        "events": [],
    },
    {
        "slug": "angelini-jcr-j-brain-cargo-epilepsy-option-2023",
        "title": "Angelini Pharma takes an option on JCR's J-Brain Cargo biologics for epilepsy",
        "deal_type": "option", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 5, 11), "conference": None,
        "indication": "Epilepsy",
        "summary": "JCR and Angelini jointly discover and develop brain-penetrant biologics for "
                   "epilepsy using J-Brain Cargo; after preclinical development Angelini holds an "
                   "exclusive option to license candidates for development and commercialisation "
                   "outside Japan, which JCR keeps. JCR receives research-cost reimbursement, an "
                   "upfront payment, milestones and tiered royalties; amounts undisclosed.",
        "analyst_notes": "",
        "sources": [
            {"key": "angelini", "url": "https://www.angelinipharma.com/media/press-releases/angelini-pharma-and-jcr-pharmaceuticals-announce-global-collaboration-for-the-development-and-commercialization-of-novel-biologic-therapies-in-epilepsy/",
             "publisher": "Angelini Pharma",
             "title": "Angelini Pharma and JCR Pharmaceuticals announce global collaboration for the development and commercialization of novel biologic therapies in epilepsy",
             "published_on": date(2023, 5, 11), "language": "en",
             "quote": "JCR Pharmaceuticals receives upfront payment and is eligible to receive milestone payments as well as tiered royalties, and retains the right to commercialize in Japan"},
            {"key": "angelini_terms", "url": "https://www.angelinipharma.com/media/press-releases/angelini-pharma-and-jcr-pharmaceuticals-announce-global-collaboration-for-the-development-and-commercialization-of-novel-biologic-therapies-in-epilepsy/",
             "publisher": "Angelini Pharma",
             "title": "Angelini Pharma and JCR Pharmaceuticals announce global collaboration for the development and commercialization of novel biologic therapies in epilepsy",
             "published_on": date(2023, 5, 11), "language": "en",
             "quote": "Under the terms of the agreement, JCR will receive reimbursement of research expenses, upfront payment and will also be eligible to receive additional development a"},
        ],
        "headline": None,
        "parties": [
            {"company": "jcr-pharmaceuticals", "role": "licensor"},
            {"company": "angelini-pharma", "role": "licensee"},
        ],
        "assets": [{"asset": "j-brain-cargo"}],
        "territory": {"included": ["WW"], "excluded": ["JP"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "disclosed": False, "source": "angelini",
             "quote": "JCR Pharmaceuticals receives upfront payment"},
            {"order": 1, "kind": "research_funding", "disclosed": False, "source": "angelini_terms",
             "quote": "JCR will receive reimbursement of research expenses"},
            {"order": 2, "kind": "milestones", "disclosed": False, "source": "angelini",
             "quote": "is eligible to receive milestone payments"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "angelini",
                    "wording": "tiered royalties"},
        "events": [],
    },
    {
        "slug": "jnj-kaken-stat6-2024",
        "title": "Johnson & Johnson licenses Kaken's oral STAT6 programme and takes a stake in Kaken",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 12, 26), "conference": None,
        "indication": "Atopic dermatitis and other type 2 inflammatory diseases (e.g. asthma)",
        "summary": "Exclusive global licence (Kaken keeps Japan, where J&J may co-promote) to Kaken's "
                   "STAT6 programme, led by the oral preclinical candidate KP-723. Kaken runs the "
                   "programme through Phase 1, then J&J develops and commercialises. Kaken disclosed "
                   "$30M upfront, up to $1.2175B in development and sales milestones and royalties in "
                   "the high single to low double digits; separately J&J's JJDC takes treasury shares "
                   "worth about ¥9.9B (≈5.69%), becoming Kaken's second-largest shareholder.",
        "analyst_notes": "J&J's own announcement gave no financial terms (only that Kaken may receive a "
                         "JJDC equity investment); the figures come from Kaken's Tokyo disclosure as "
                         "reported by Kabutan. Patsnap summarises the royalty as 'single-digit to low "
                         "double-digit'; Kabutan says '1桁台後半から2桁台前半' (high single to low double).",
        "sources": [
            {"key": "kabutan", "url": "https://kabutan.jp/news/marketnews/?b=n202412270002",
             "publisher": "株探ニュース (Kabutan, MINKABU PRESS)",
             "title": "【材料】ジョンソン&ジョンソン、科研製薬から独占的なライセンスを取得=米国株個別",
             "published_on": date(2024, 12, 27), "language": "ja",
             "quote": "科研薬は契約一時金として3000万ドルを受領するほか、開発の進捗と売り上げの目標達成に応じてマイルストーン最大12億1750万ドルを受け取る可能性がある。さらに全世界での売上げに対し1桁台後半から2桁台前半の料率でのロイヤルティーを受け取る権利も有している。\nライセンス契約とは別に、J&Jを割当先とする自己株処分についても発表。約99億円を調達する。J&Jは科研薬株5.69%を保有する第2位の株主となる。"},
            {"key": "kabutan_date", "url": "https://kabutan.jp/news/marketnews/?b=n202412270002",
             "publisher": "株探ニュース (Kabutan, MINKABU PRESS)",
             "title": "【材料】ジョンソン&ジョンソン、科研製薬から独占的なライセンスを取得=米国株個別",
             "published_on": date(2024, 12, 27), "language": "ja",
             "quote": "日本の科研製薬<4521>が26日、2型炎症性疾患の次世代経口治療薬として開発中の「STAT6プログラム」について、グローバルでの開発、製造と商業化に関する独占的なライセンスをジョンソン&ジョンソン(J&J)<JNJ>に許諾する契約を締結したと発表した。"},
            {"key": "ttm", "url": "https://ttm.financial/m/news/2494886768",
             "publisher": "MT Newswires (via TTM)",
             "title": "Johnson & Johnson signs exclusive licence for Kaken's STAT6 programme (title paraphrased; publication date approximate)",
             "published_on": date(2024, 12, 26), "language": "en",
             "quote": "Under the terms of the deal, Kaken will retain the commercialization rights in Japan, while Johnson & Johnson will have the option to sign a co-promotion agreement with Kaken in that market.\nJohnson & Johnson said Kaken is also eligible to receive an equity investment from Johnson & Johnson Innovation - JJDC, the healthcare products conglomerate's venture capital organization."},
            {"key": "bioworld", "url": "https://www.bioworld.com/articles/715961-stat6-stat-sig-kaken-j-and-j-12b-plus-deal-adds-oomph-to-space?v=preview",
             "publisher": "BioWorld",
             "title": "STAT6 stat sig? Kaken, J&J $1.2B-plus deal adds oomph to space (publication date approximate)",
             "published_on": date(2024, 12, 26), "language": "en",
             "quote": "Kaken’s arrangement with J&J involves the global development, manufacturing and sale of KP-723, which has reached the preclinical stage."},
            {"key": "patsnap", "url": "https://synapse.patsnap.com/article/jj-boosts-dermatitis-pipeline-via-kaken-pharmaceutical-deal",
             "publisher": "Patsnap Synapse",
             "title": "J&J boosts dermatitis pipeline via Kaken Pharmaceutical deal",
             "published_on": date(2025, 1, 10), "language": "en",
             "quote": "Although the financial specifics of this collaboration were not disclosed, J&J mentioned that Kaken Pharmaceutical might receive a separate equity investment from J&J's venture capital arm, J&J Innovation."},
        ],
        "headline": None,
        "parties": [
            {"company": "kaken-pharmaceutical", "role": "licensor"},
            {"company": "johnson-johnson", "role": "licensee"},
        ],
        "assets": [{"asset": "kp-723", "phase_at_signing": "preclinical"}],
        "territory": {"included": ["WW"], "excluded": ["JP"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("30_000_000"), "currency": "USD",
             "source": "kabutan", "quote": "科研薬は契約一時金として3000万ドルを受領する"},
            {"order": 1, "kind": "milestones", "amount": D("1_217_500_000"), "currency": "USD",
             "source": "kabutan", "quote": "開発の進捗と売り上げの目標達成に応じてマイルストーン最大12億1750万ドルを受け取る可能性がある",
             "note": "Development and sales milestones."},
            {"order": 2, "kind": "upfront_equity", "amount": D("9_900_000_000"), "currency": "JPY",
             "source": "kabutan", "quote": "J&Jを割当先とする自己株処分についても発表。約99億円を調達する。",
             "note": "Disposal of treasury shares to J&J (JJDC), about 5.69% of Kaken; approximate figure."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "kabutan",
                    "wording": "royalties on worldwide sales at rates from the high single digits to the "
                               "low double digits ('1桁台後半から2桁台前半')"},
        "events": [],
    },
    # ---------------------------------------------------------- US and Europe -------------
    {
        "slug": "roche-zealand-petrelintide-2025",
        "title": "Roche and Zealand Pharma co-develop the amylin analogue petrelintide",
        "deal_type": "collaboration", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 3, 12), "conference": None,
        "indication": "Overweight and obesity",
        "summary": "Exclusive collaboration and licence: Roche and Zealand co-develop and "
                   "co-commercialise petrelintide (Phase 2 amylin analogue) alone and with Roche's "
                   "GLP-1/GIP agonist CT-388, sharing US and European profits 50/50; Roche has exclusive "
                   "rights elsewhere and pays Zealand tiered royalties up to the high teens. $1.65B "
                   "upfront ($1.4B at closing, $250M over two years), $1.2B development and $2.4B sales "
                   "milestones - up to $5.3B. Zealand pays Roche $350M, offsettable against milestones, "
                   "for the CT-388 combination. Closing was expected in Q2 2025.",
        "analyst_notes": "DCAT Value Chain Insights dates the announcement 11 Mar 2025; CNBC and the "
                         "companies' coverage give Wednesday 12 Mar 2025. No closing announcement was "
                         "found in the sources read.",
        "sources": [
            {"key": "cnbc", "url": "https://www.nbcconnecticut.com/news/business/money-report/roche-and-zealand-pharma-strike-5-3-billion-deal-for-new-obesity-drug-candidate/3518281/",
             "publisher": "CNBC (via NBC Connecticut)",
             "title": "Roche and Zealand Pharma strike $5.3 billion deal for new obesity drug candidate",
             "published_on": date(2025, 3, 12), "language": "en",
             "quote": "Swiss pharmaceutical giant Roche said Wednesday that it had struck a deal worth up to $5.3 billion to develop Danish biotech Zealand Pharma's obesity drug candidate."},
            {"key": "stocktitan", "url": "https://stocktitan.net/news/RHHBY/roche-enters-into-an-exclusive-collaboration-licensing-agreement-y9vtgvrzbh0s.html",
             "publisher": "Stock Titan (summary of Roche's release)",
             "title": "Roche enters into an exclusive collaboration & licensing agreement with Zealand Pharma to co-develop and co-commercialise petrelintide as a potential foundational therapy for people with overweight and obesity (publication date approximate)",
             "published_on": date(2025, 3, 12), "language": "en",
             "quote": "Under the agreement terms, Zealand Pharma will receive $1.65 billion in upfront payments, including $1.4 billion at closing and $250 million over two years. Additional potential payments include $1.2 billion in development milestones and $2.4 billion in sales-based milestones, totaling up to $5.3 billion.\nThe companies will share profits and losses 50/50 in the US and Europe, with Roche gaining exclusive commercialization rights in other markets. Zealand will receive tiered double-digit royalties up to high teens percentage on net sales in rest of world markets. The transaction is expected to close in Q2 2025, subject to regulatory approvals."},
            {"key": "chemanager", "url": "https://chemanager-online.com/en/news/roche-and-zealand-pharma-collaborate-weight-management-drug",
             "publisher": "CHEManager",
             "title": "Roche and Zealand Pharma Collaborate on Weight Management Drug",
             "published_on": date(2025, 3, 13), "language": "en",
             "quote": "Zealand Pharma will pay Roche $350 million, offsettable against milestone payments, for the petrelintide/CT-388 fixed-dose combination product or next-generation petrelintide combination products being pursued under the c"},
            {"key": "dcat", "url": "https://dcatvci.org/top-industry-news/roche-zealand-pharma-in-5-3-bn-obesity-drug-pact",
             "publisher": "DCAT Value Chain Insights",
             "title": "Roche, Zealand Pharma in $5.3-Bn Obesity Drug Pact (publication date approximate)",
             "published_on": date(2025, 3, 12), "language": "en",
             "quote": "This deal was announced earlier this month (March 11, 2025)."},
        ],
        "headline": {"amount": D("5_300_000_000"), "currency": "USD", "source": "stocktitan",
                     "quote": "totaling up to $5.3 billion"},
        "parties": [
            {"company": "zealand-pharma", "role": "licensor"},
            {"company": "roche", "role": "licensee"},
        ],
        "assets": [{"asset": "petrelintide", "phase_at_signing": "phase_2"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("1_400_000_000"), "currency": "USD",
             "source": "stocktitan", "quote": "including $1.4 billion at closing", "note": "Due at closing."},
            {"order": 1, "kind": "near_term", "amount": D("250_000_000"), "currency": "USD",
             "contingent": False, "source": "stocktitan", "quote": "$250 million over two years",
             "note": "Part of the $1.65B upfront, paid over the first two anniversaries."},
            {"order": 2, "kind": "development_milestones", "amount": D("1_200_000_000"), "currency": "USD",
             "source": "stocktitan", "quote": "$1.2 billion in development milestones",
             "note": "Primarily tied to starting Phase 3 with petrelintide monotherapy."},
            {"order": 3, "kind": "commercial_milestones", "amount": D("2_400_000_000"), "currency": "USD",
             "source": "stocktitan", "quote": "$2.4 billion in sales-based milestones"},
            {"order": 4, "kind": "other", "amount": D("350_000_000"), "currency": "USD",
             "source": "chemanager", "quote": "Zealand Pharma will pay Roche $350 million, offsettable against milestone payments",
             "note": "Paid by Zealand to Roche (reverse direction) for CT-388 in the fixed-dose combination."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "stocktitan",
                    "wording": "tiered double-digit royalties up to high teens percentage on net sales in rest of world markets"},
        "events": [
            {"kind": "other", "date": None, "source": "stocktitan",
             "description": "Closing expected in Q2 2025, subject to regulatory approvals; no closing "
                            "announcement found in the sources read."},
        ],
    },
    {
        "slug": "abbvie-gubra-gub014295-2025",
        "title": "AbbVie licenses Gubra's long-acting amylin analogue GUB014295",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 3, 3), "conference": None,
        "indication": "Obesity",
        "summary": "AbbVie's entry into obesity: global licence to Gubra's Phase 1 amylin analogue "
                   "GUB014295, with AbbVie leading development and commercialisation. $350M upfront, "
                   "up to $1.875B in development, commercial and sales milestones (about $2.2B in all) "
                   "and tiered royalties on global net sales. Subject to regulatory approvals.",
        "analyst_notes": "STAT rounds the milestones to 'up to some $1.9 billion'; Patsnap calls it a "
                         "'$2.3-billion licensing deal' (https://synapse.patsnap.com/drug/be4ad78c92874d7db387034527735992). "
                         "HealthQuill's article is dated 4 Mar 2025 and misspells the licensor 'Gurba'. No "
                         "closing announcement was found.",
        "sources": [
            {"key": "biospace", "url": "https://biospace.com/business/obesity-late-comer-abbvie-inks-up-to-2-2b-amylin-deal-with-gubra",
             "publisher": "BioSpace",
             "title": "Obesity Late-Comer AbbVie Inks Up to $2.2B Amylin Deal With Gubra (publication date approximate)",
             "published_on": date(2025, 3, 3), "language": "en",
             "quote": "AbbVie on Monday jumped into the hot weight-loss space, looking to gain ground on its Big Pharma peers, with a licensing deal with Danish company Gubra that aims to bring a long-acting amylin drug to the market.\n\nUnder the terms of the deal, AbbVie will front $350 million and put up to $1.875 billion on the line for development, commercial and sales milestones."},
            {"key": "chemanager", "url": "https://chemanager-online.com/en/news/abbvie-teams-gubra-develop-obesity-treatment",
             "publisher": "CHEManager",
             "title": "AbbVie Teams up with Gubra to Develop Obesity Treatment (publication date approximate)",
             "published_on": date(2025, 3, 3), "language": "en",
             "quote": "Gubra will receive $350 million in total upfront payment and will be eligible to receive up to $1.875 billion in development, commercial and sales milestone payments with tiered royalties on global net sales, the companies said. The transaction closure is subject to regulatory approvals and other customary closing conditions."},
            {"key": "healthquill", "url": "https://healthquill.com/abbvie-weight-loss-deal/",
             "publisher": "HealthQuill",
             "title": "AbbVie weight-loss deal with Gubra (title paraphrased)",
             "published_on": date(2025, 3, 4), "language": "en",
             "quote": "March 4, 2025: AbbVie Inc. will license a drug to treat obesity from Denmark’s Gurba A/S, a preclinical contract research services and peptide-based drug discovery, for about $2.2 billion to mark its entry into the obesity treatment space."},
            {"key": "stat", "url": "https://futurehealthstocks.com/abbvie-steps-into-the-obesity-drug-race-licensing-medicine-from-danish-firm",
             "publisher": "STAT (re-published excerpt)",
             "title": "AbbVie steps into the obesity drug race, licensing medicine from Danish firm (title paraphrased; publication date approximate)",
             "published_on": date(2025, 3, 3), "language": "en",
             "quote": "AbbVie will pay up to some $1.9 billion if certain development and sales milestones are met."},
        ],
        "headline": {"amount": D("2_200_000_000"), "currency": "USD", "source": "healthquill",
                     "quote": "for about $2.2 billion"},
        "parties": [
            {"company": "gubra", "role": "licensor"},
            {"company": "abbvie", "role": "licensee"},
        ],
        "assets": [{"asset": "gub014295", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("350_000_000"), "currency": "USD",
             "source": "chemanager", "quote": "Gubra will receive $350 million in total upfront payment"},
            {"order": 1, "kind": "milestones", "amount": D("1_875_000_000"), "currency": "USD",
             "source": "chemanager", "quote": "up to $1.875 billion in development, commercial and sales milestone payments",
             "note": "Development, commercial and sales milestones combined."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "chemanager",
                    "wording": "tiered royalties on global net sales"},
        "events": [],
    },
    {
        "slug": "sarepta-arrowhead-sirna-2024",
        "title": "Sarepta licenses Arrowhead siRNA programmes and buys $325M of Arrowhead stock",
        "deal_type": "license", "exclusive": True, "status": "closed",
        "signed_on": date(2024, 11, 25), "announced_on": date(2024, 11, 26), "conference": None,
        "indication": "Rare muscle, CNS and lung diseases: myotonic dystrophy type 1, FSHD, spinocerebellar ataxia type 2, idiopathic pulmonary fibrosis and others",
        "summary": "Exclusive worldwide licences to four clinical (ARO-DUX4, ARO-DM1, ARO-MMP7, "
                   "ARO-ATXN2) and three preclinical (ARO-HTT, ARO-ATXN1, ARO-ATXN3) TRiM siRNA "
                   "programmes plus discovery on up to six new targets. $500M upfront cash, a $325M "
                   "equity purchase at $27.25 a share (a 35% premium), $250M in five annual $50M "
                   "instalments, $300M in near-term enrolment payments on ARO-DM1, and up to $10B in "
                   "milestones with royalties up to the low double digits. Closed in February 2025.",
        "analyst_notes": "SDBI (living.tech) adds cash and equity into '$825 million upfront'. Arrowhead "
                         "later said it had earned the first $100M ARO-DM1 enrolment milestone "
                         "(Investing.com, undated page), stored as an undated milestone event. The "
                         "closing date is given only as 'February 2025' in the source read.",
        "sources": [
            {"key": "sec10k", "url": "https://www.sec.gov/Archives/edgar/data/879407/000162828024049277/R23.htm",
             "publisher": "Arrowhead Pharmaceuticals 10-K, subsequent events note (SEC EDGAR)",
             "title": "Arrowhead annual report for the year to 30 Sep 2024: subsequent events (publication date approximate)",
             "published_on": date(2024, 11, 26), "language": "en",
             "quote": "Pursuant to the Stock Purchase Agreement, the Company sold 11,926,301 shares of common stock, at a price per share of $27.25, for an aggregate value of approximately $325.0 million."},
            {"key": "sec10k_signed", "url": "https://www.sec.gov/Archives/edgar/data/879407/000162828024049277/R23.htm",
             "publisher": "Arrowhead Pharmaceuticals 10-K, subsequent events note (SEC EDGAR)",
             "title": "Arrowhead annual report for the year to 30 Sep 2024: subsequent events (publication date approximate)",
             "published_on": date(2024, 11, 26), "language": "en",
             "quote": "On November 25, 2024, the Company entered into an Exclusive License and Collaboration Agreement (the “Collaboration Agreement”) with Sarepta Therapeutics, Inc. (“Sarepta”) for the co-development and commercialization of multiple clinical and preclinical programs in rare, genetic diseases of the muscle, central nervous system, and the lungs."},
            {"key": "fierce", "url": "http://ftp.fiercelifesciences.com/biotech/sarepta-pays-500m-cash-multiple-potential-blockbusters-arrowhead",
             "publisher": "Fierce Biotech (re-published copy)",
             "title": "Sarepta pays $500M cash for multiple potential blockbusters from Arrowhead (title paraphrased; publication date approximate)",
             "published_on": date(2024, 11, 26), "language": "en",
             "quote": "Sarepta’s equity investment in Arrowhead’s common stock represents a 35% premium to the biotech’s 30-day volume weighted average price, according to a Nov. 26 release."},
            {"key": "statement", "url": "https://hannibal.marketminute.com/article/bizwire-2025-7-23-arrowhead-pharmaceuticals-issues-statement-on-the-status-of-its-ongoing-agreement-with-sarepta-therapeutics",
             "publisher": "Arrowhead Pharmaceuticals via Business Wire (MarketMinute)",
             "title": "Arrowhead Pharmaceuticals Issues Statement on the Status of its Ongoing Agreement with Sarepta Therapeutics",
             "published_on": date(2025, 7, 23), "language": "en",
             "quote": "Upon closing of the agreement in February 2025, Arrowhead received a $500 million upfront payment and $325 million through the purchase by Sarepta of Arrowhead common stock priced at $27.25 per share. Arrowhead will also receive $250 million to be paid in annual installments of $50 million over 5 years, with the first $50 million payment due in February 2026. Arrowhead is eligible to receive $300 million in near-term payments associated with the continued enrollment of certain cohorts of a Phase 1/2 study of ARO-DM1. Arrowhead believes it is on track to earn the first $100 million soon and the remaining $200 million by the end of the year. Arrowhead is also eligible to receive a further $10 billion in potential milestones and tiered royalties on commercial sales up to low double digits."},
            {"key": "investing", "url": "https://ng.investing.com/news/company-news/arrowhead-earns-100-million-milestone-payment-from-sarepta-93CH-2028269",
             "publisher": "Investing.com",
             "title": "Arrowhead earns $100 million milestone payment from Sarepta (title paraphrased; publication date approximate)",
             "published_on": date(2025, 7, 23), "language": "en",
             "quote": "PASADENA - Arrowhead Pharmaceuticals Inc. (NASDAQ:ARWR) has earned a $100 million milestone payment from Sarepta Therapeutics (NASDAQ:SRPT) after reaching the first of two enrollment targets in a Phase 1/2 clinical study of ARO-DM1, according to a company press release statement."},
        ],
        "headline": None,
        "parties": [
            {"company": "arrowhead-pharmaceuticals", "role": "licensor"},
            {"company": "sarepta-therapeutics", "role": "licensee"},
        ],
        "assets": [
            {"asset": "aro-dm1", "phase_at_signing": "phase_1_2"},
            {"asset": "aro-dux4", "phase_at_signing": "phase_1_2"},
            {"asset": "aro-mmp7", "phase_at_signing": "phase_1_2"},
            {"asset": "aro-atxn2"},
        ],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("500_000_000"), "currency": "USD",
             "source": "statement", "quote": "Arrowhead received a $500 million upfront payment"},
            {"order": 1, "kind": "upfront_equity", "amount": D("325_000_000"), "currency": "USD",
             "source": "sec10k", "quote": "for an aggregate value of approximately $325.0 million",
             "note": "11,926,301 shares at $27.25, a 35% premium to the 30-day VWAP."},
            {"order": 2, "kind": "near_term", "amount": D("250_000_000"), "currency": "USD",
             "contingent": False, "source": "statement",
             "quote": "Arrowhead will also receive $250 million to be paid in annual installments of $50 million over 5 years",
             "note": "Fixed annual instalments; first due February 2026."},
            {"order": 3, "kind": "near_term", "amount": D("300_000_000"), "currency": "USD",
             "contingent": True, "source": "statement",
             "quote": "Arrowhead is eligible to receive $300 million in near-term payments associated with the continued enrollment of certain cohorts of a Phase 1/2 study of ARO-DM1",
             "note": "Enrolment-linked ($100M + $200M)."},
            {"order": 4, "kind": "milestones", "amount": D("10_000_000_000"), "currency": "USD",
             "source": "statement", "quote": "a further $10 billion in potential milestones"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "statement",
                    "wording": "tiered royalties on commercial sales up to low double digits"},
        "events": [
            {"kind": "signed", "date": date(2024, 11, 25), "source": "sec10k_signed",
             "description": "Collaboration and stock purchase agreements signed 25 Nov 2024; announced 26 Nov."},
            {"kind": "closed", "date": date(2025, 2, 1), "date_precision": "month",
             "source": "statement", "description": "Closed in February 2025 (month only in the source; the day is not stated), "
                            "when the $500M upfront and $325M equity were paid."},
            {"kind": "milestone", "date": None, "amount": D("100_000_000"), "currency": "USD",
             "source": "investing", "quote": "has earned a $100 million milestone payment",
             "description": "First ARO-DM1 enrolment target reached; $100M earned (date not shown on the page read)."},
        ],
    },
    {
        "slug": "novartis-arrowhead-aro-snca-2025",
        "title": "Novartis licenses Arrowhead's alpha-synuclein siRNA ARO-SNCA",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 9, 2), "conference": None,
        "indication": "Parkinson's disease and other synucleinopathies",
        "summary": "Exclusive worldwide licence to research, develop, manufacture and commercialise "
                   "ARO-SNCA, a preclinical subcutaneous TRiM siRNA silencing the alpha-synuclein gene, "
                   "with rights for Novartis to nominate further targets for the TRiM platform. $200M "
                   "upfront at closing, up to $2B in development, regulatory and sales milestones, "
                   "tiered royalties up to the low double digits. Closing expected in H2 2025 (HSR).",
        "analyst_notes": "Reuters framed the deal as Arrowhead getting 'up to $2 billion'; Fierce and "
                         "Pharmaceutical Technology headline it as 'up to $2.2B' ($200M + $2B). No headline "
                         "amount is stored.",
        "sources": [
            {"key": "reuters", "url": "https://squidsite02.com/2025/09/02/arrowhead-novartis-in-up",
             "publisher": "Reuters (re-published copy)",
             "title": "Arrowhead, Novartis in up to $2 billion deal for neuromuscular therapy license",
             "published_on": date(2025, 9, 2), "language": "en",
             "quote": "Arrowhead will receive $200 million upfront when the deal with Novartis closes and up to $2 billion in milestone payments and royalties on future sales."},
            {"key": "fierce", "url": "http://ftp.prcmidwest.com/biotech/novartis-takes-another-shot-alpha-synuclein-22b-arrowhead-deal",
             "publisher": "Fierce Biotech (re-published copy)",
             "title": "Novartis takes another shot at alpha-synuclein with $2.2B Arrowhead CNS deal (publication date approximate)",
             "published_on": date(2025, 9, 2), "language": "en",
             "quote": "Still, Novartis has enough faith in Arrowhead’s approach to hand over $200 million, with up to $2 billion in development, regulatory and sales milestones set to come the biotech’s way should the bet pay off, along with tiered royalties."},
            {"key": "sec8k", "url": "https://www.stocktitan.net/sec-filings/ARWR/8-k-arrowhead-research-corporation-reports-material-event-0be60a6853ee.html",
             "publisher": "Stock Titan (summary of Arrowhead 8-K)",
             "title": "ARWR inks Novartis deal: $200M now and up to $2B in milestones (publication date approximate)",
             "published_on": date(2025, 9, 2), "language": "en",
             "quote": "Arrowhead will receive a $200 million upfront payment, potential up to $2 billion in development, regulatory, and sales milestones, and is eligible for tiered royalties up to the low double digits on net product sales. The transactions are subject to customary closing conditions, including the expiration of the Hart-Scott-Rodino waiting period."},
            {"key": "pharmtech", "url": "http://www.fameozwriter.com/news/novartis-returns-to-alpha-synuclein-with-2-2bn-arrowhead-deal",
             "publisher": "Pharmaceutical Technology (re-published copy)",
             "title": "Novartis returns to alpha-synuclein with $2.2bn Arrowhead deal (publication date approximate)",
             "published_on": date(2025, 9, 2), "language": "en",
             "quote": "The transaction is expected to close in the second half of 2025."},
        ],
        "headline": None,
        "parties": [
            {"company": "arrowhead-pharmaceuticals", "role": "licensor"},
            {"company": "novartis", "role": "licensee"},
        ],
        "assets": [{"asset": "aro-snca", "phase_at_signing": "preclinical"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("200_000_000"), "currency": "USD",
             "source": "sec8k", "quote": "Arrowhead will receive a $200 million upfront payment",
             "note": "Payable at closing."},
            {"order": 1, "kind": "milestones", "amount": D("2_000_000_000"), "currency": "USD",
             "source": "sec8k", "quote": "potential up to $2 billion in development, regulatory, and sales milestones"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "sec8k",
                    "wording": "tiered royalties up to the low double digits on net product sales"},
        "events": [
            {"kind": "other", "date": None, "source": "pharmtech",
             "description": "Closing expected in the second half of 2025 (HSR); no closing announcement "
                            "found in the sources read."},
        ],
    },
    {
        "slug": "roche-alnylam-zilebesiran-2023",
        "title": "Roche and Alnylam co-develop the RNAi hypertension drug zilebesiran",
        "deal_type": "collaboration", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 7, 24), "conference": None,
        "indication": "Hypertension",
        "summary": "Roche gets exclusive ex-US rights and co-US rights to zilebesiran, Alnylam's "
                   "twice-yearly angiotensinogen siRNA then in two Phase 2 trials; the two co-develop "
                   "(Alnylam leads the first indication, costs shared) and co-commercialise and split "
                   "US profits. $310M upfront plus up to $2.8B in milestones.",
        "analyst_notes": "Reuters (March 2024) says the milestones lift 'the potential deal value to up "
                         "to $2.8 billion' (i.e. $2.8B in total), whereas Fierce has $310M plus up to "
                         "$2.8B in milestones; the Boston Globe (25 Jul 2023) says Alnylam is eligible for "
                         "'as much as $2.5 billion more'. Stored: upfront and milestones per Fierce, "
                         "headline per Reuters.",
        "sources": [
            {"key": "fierce", "url": "https://www.fiercebiotech.com/biotech/roche-signs-alnylams-mid-stage-hypertension-med-310-million-upfront",
             "publisher": "Fierce Biotech",
             "title": "Roche signs onto Alnylam's midstage hypertension med for $310M upfront (publication date approximate)",
             "published_on": date(2023, 7, 24), "language": "en",
             "quote": "The new partnership gives the Swiss pharma full ex-U.S. rights to the drug and co-U.S. rights alongside Alnylam, in exchange for the $310 million plus up to $2.8 billion in potential milestone payments. The two companies will co-commercialize and split profits of the drug in the U.S., according to Monday's announcement"},
            {"key": "globe", "url": "http://www.pressreader.com/usa/the-boston-globe/20230725/282140705870876",
             "publisher": "The Boston Globe (via PressReader)",
             "title": "Roche, Alnylam sign deal for $2.8b",
             "published_on": date(2023, 7, 25), "language": "en",
             "quote": "Alnylam Pharmaceuticals will receive $310 million in cash from the Swiss drug giant Roche Holding AG and be eligible for as much as $2.5 billion more in a deal to jointly develop and market the Cambridge biotech’s novel potential treatment for high blood pressure."},
            {"key": "reuters", "url": "https://www.nasdaq.com/articles/roche-alnylam-say-blood-pressure-drug-succeeds-in-mid-stage-trial",
             "publisher": "Reuters (via Nasdaq.com)",
             "title": "Roche, Alnylam say blood pressure drug succeeds in mid-stage trial",
             "published_on": date(2024, 3, 5), "language": "en",
             "quote": "Roche at the time paid Alnylam $310 million upfront, with milestone payments lifting the potential deal value to up to $2.8 billion in a large bet that it can address demand beyond existing cheap generic blood pressure drugs."},
        ],
        "headline": {"amount": D("2_800_000_000"), "currency": "USD", "source": "reuters",
                     "quote": "lifting the potential deal value to up to $2.8 billion"},
        "parties": [
            {"company": "alnylam-pharmaceuticals", "role": "licensor"},
            {"company": "roche", "role": "licensee"},
        ],
        "assets": [{"asset": "zilebesiran", "phase_at_signing": "phase_2"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("310_000_000"), "currency": "USD",
             "source": "fierce", "quote": "the $310 million"},
            {"order": 1, "kind": "milestones", "amount": D("2_800_000_000"), "currency": "USD",
             "source": "fierce", "quote": "up to $2.8 billion in potential milestone payments",
             "note": "The Boston Globe reports 'as much as $2.5 billion more' (see analyst_notes)."},
        ],
        "royalty": None,
        "events": [],
    },
    {
        "slug": "ono-ionis-sapablursen-2025",
        "title": "Ono licenses Ionis's antisense drug sapablursen for polycythemia vera",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 3, 11), "conference": None,
        "indication": "Polycythemia vera",
        "summary": "Exclusive worldwide licence to sapablursen, a Phase 2 antisense oligonucleotide "
                   "lowering TMPRSS6 to raise hepcidin. Ionis completes the Phase 2 IMPRSSION study; Ono "
                   "handles later development, filings and commercialisation. $280M upfront, up to $660M "
                   "in development, regulatory and sales milestones (up to $940M), mid-teen royalties. "
                   "Subject to HSR clearance.",
        "analyst_notes": "",
        "sources": [
            {"key": "medpath", "url": "https://trial.medpath.com/news/4bc88bb023009d1f/ionis-and-ono-forge-940-million-deal-for-sapablursen-in-polycythemia-vera-treatment",
             "publisher": "MedPath",
             "title": "Ionis and Ono Forge $940 Million Deal for Sapablursen in Polycythemia Vera Treatment (publication date approximate)",
             "published_on": date(2025, 3, 11), "language": "en",
             "quote": "The deal, announced on March 11, 2025, grants Ono exclusive global rights for the development and commercialization of the drug candidate.\nUnder the terms of the agreement, Ionis will receive an upfront payment of $280 million and is eligible for up to $660 million in additional milestone payments based on development, regulatory, and sales achievements. The California-based company will also earn royalties in the mid-teen percentage range on annual net sales of sapablursen."},
            {"key": "biospace", "url": "https://biospace.com/business/ionis-sends-polycythemia-vera-drug-to-ono-in-licensing-deal-worth-nearly-1b-biobucks",
             "publisher": "BioSpace",
             "title": "Ionis Sends Polycythemia Vera Drug to Ono in Licensing Deal Worth Nearly $1B Biobucks (publication date approximate)",
             "published_on": date(2025, 3, 11), "language": "en",
             "quote": "The companies said the deal is not yet closed and still has to clear anti-trust hurdles."},
            {"key": "bioworld", "url": "https://www.bioworld.com/articles/718122-ono-scoops-ionis-hematology-candidate-sapablursen-for-up-to-940m?v=preview",
             "publisher": "BioWorld",
             "title": "Ono scoops Ionis' hematology candidate sapablursen for up to $940M (publication date approximate)",
             "published_on": date(2025, 3, 11), "language": "en",
             "quote": "Ono Pharmaceutical Co. Ltd. struck a licensing deal with Ionis Pharmaceuticals Inc. for sapablursen, which is in phase II trials for polycythemia vera."},
        ],
        "headline": None,
        "parties": [
            {"company": "ionis-pharmaceuticals", "role": "licensor"},
            {"company": "ono-pharmaceutical", "role": "licensee"},
        ],
        "assets": [{"asset": "sapablursen", "phase_at_signing": "phase_2"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("280_000_000"), "currency": "USD",
             "source": "medpath", "quote": "Ionis will receive an upfront payment of $280 million"},
            {"order": 1, "kind": "milestones", "amount": D("660_000_000"), "currency": "USD",
             "source": "medpath", "quote": "up to $660 million in additional milestone payments based on development, regulatory, and sales achievements"},
        ],
        "royalty": {"tiered": None, "disclosed": False, "source": "medpath",
                    "wording": "royalties in the mid-teen percentage range on annual net sales"},
        "events": [
            {"kind": "other", "date": None, "source": "biospace",
             "description": "Not yet closed at announcement; subject to antitrust (HSR) clearance."},
        ],
    },
    {
        "slug": "novartis-ptc-votoplam-2024",
        "title": "Novartis licenses PTC Therapeutics' Huntington's disease drug PTC518 (votoplam)",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 12, 2), "conference": None,
        "indication": "Huntington's disease",
        "summary": "Exclusive global licence and collaboration for the PTC518 (votoplam) "
                   "Huntington's disease programme, an oral HTT splicing modifier in the Phase 2 "
                   "PIVOT-HD study. $1.0B upfront in cash at closing, up to $1.9B in development, "
                   "regulatory and sales milestones, US profits shared 40/60 (PTC/Novartis) and tiered "
                   "double-digit royalties ex-US. Novartis takes over after the placebo-controlled part "
                   "of PIVOT-HD. Closing expected Q1 2025.",
        "analyst_notes": "Particle News rounds the value to 'up to $3 billion'; Reuters gives 'up to "
                         "$2.9 billion'. No closing announcement was found in the sources read.",
        "sources": [
            {"key": "reuters", "url": "https://4gi.tv/novartis-signs-license-deal-worth-up-to-2-9-billion-for-ptc-therapeutics-drug",
             "publisher": "Reuters (re-published copy)",
             "title": "Novartis signs license deal worth up to $2.9 billion for PTC Therapeutics drug (publication date approximate)",
             "published_on": date(2024, 12, 2), "language": "en",
             "quote": "Swiss drugmaker Novartis will pay up to $2.9 billion for PTC Therapeutics promising an experimental drug to treat a neurological disorder called Huntington’s disease, sending shares of the U.S. biotech company up about 14% on Monday."},
            {"key": "beyondspx", "url": "https://www.beyondspx.com/quote/PTCT/news/ptc-therapeutics-enters-global-license-and-collaboration-agreement-with-novartis-for-ptc518-huntingt",
             "publisher": "BeyondSPX",
             "title": "PTC Therapeutics Enters Global License and Collaboration Agreement with Novartis for PTC518 Huntington's Disease Program",
             "published_on": date(2025, 9, 20), "language": "en",
             "quote": "Under the terms of the agreement, PTC will receive an upfront payment of $1.0 billion in cash at closing. The agreement also includes eligibility for PTC to receive up to $1.9 billion in development, regulatory, and sales milestones. Furthermore, PTC will share profits in the U.S. on a 40/60 basis (40% for PTC) and receive tiered double-digit royalties on ex-U.S. net sales."},
            {"key": "itiger", "url": "https://itiger.com/hans/news/2488675119",
             "publisher": "MT Newswires (via Tiger Brokers)",
             "title": "PTC Therapeutics signs PTC518 licence with Novartis (title paraphrased; publication date approximate)",
             "published_on": date(2024, 12, 2), "language": "en",
             "quote": "The transaction is expected to close in Q1 2025, said PTC Therapeutics."},
            {"key": "scrip", "url": "https://insights.citeline.com/scrip/business/deals/ptc-gets-1bn-from-novartis-for-phase-ii-huntingtons-candidate-FXWZIB5CXJFQFGXM6KLZNFXG6A/link-DUYP5VHPIJFOPHASZNJGJ7GADM",
             "publisher": "Scrip (Citeline)",
             "title": "PTC Gets $1bn From Novartis For Phase II Huntington’s Candidate (publication date approximate)",
             "published_on": date(2024, 12, 2), "language": "en",
             "quote": "in a license-and-collaboration deal with PTC Therapeutics announced on 2 December"},
            {"key": "particle", "url": "https://particle.news/story/ptc-therapeutics-and-novartis-sign-3-billion-deal-for-huntingtons-disease-drug-development",
             "publisher": "Particle News",
             "title": "PTC Therapeutics and Novartis Sign $3 Billion Deal for Huntington's Disease Drug Development (publication date approximate)",
             "published_on": date(2024, 12, 2), "language": "en",
             "quote": "PTC Therapeutics has partnered with Novartis in a licensing deal worth up to $3 billion for the development and commercialization of PTC518, a potential treatment for Huntington's disease."},
        ],
        "headline": {"amount": D("2_900_000_000"), "currency": "USD", "source": "reuters",
                     "quote": "Novartis will pay up to $2.9 billion for PTC Therapeutics promising an experimental drug"},
        "parties": [
            {"company": "ptc-therapeutics", "role": "licensor"},
            {"company": "novartis", "role": "licensee", "name_as_reported": "Novartis Pharmaceuticals Corporation"},
        ],
        "assets": [{"asset": "votoplam", "phase_at_signing": "phase_2"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("1_000_000_000"), "currency": "USD",
             "source": "beyondspx", "quote": "PTC will receive an upfront payment of $1.0 billion in cash at closing"},
            {"order": 1, "kind": "milestones", "amount": D("1_900_000_000"), "currency": "USD",
             "source": "beyondspx", "quote": "up to $1.9 billion in development, regulatory, and sales milestones"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "beyondspx",
                    "wording": "tiered double-digit royalties on ex-U.S. net sales; U.S. profits shared 40/60"},
        "events": [
            {"kind": "other", "date": None, "source": "itiger",
             "description": "Closing expected in Q1 2025; no closing announcement found in the sources read."},
        ],
    },
    {
        "slug": "abbvie-umoja-in-situ-car-t-2024",
        "title": "AbbVie takes options on Umoja's in-situ CAR-T therapies and invests in Umoja",
        "deal_type": "option", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 1, 4), "conference": None,
        "indication": "Haematological malignancies and other cancers",
        "summary": "Two exclusive option and licence agreements built on Umoja's VivoVec platform: an "
                   "option on Umoja's CD19 in-situ CAR-T candidates, including the IND-enabling "
                   "UB-VV111, and joint work on up to four more candidates against AbbVie-selected "
                   "targets. Undisclosed upfront payments and an equity investment; up to $1.44B in "
                   "option-exercise fees and development and regulatory milestones across both, plus "
                   "sales milestones and tiered royalties.",
        "analyst_notes": "RTTNews says Umoja received upfront payments 'and a share in AbbVie'; AbbVie's "
                         "release as reported by Dow Jones and PMLiVE says AbbVie made an equity investment "
                         "in Umoja. BioSpace notes no per-agreement breakdown was given.",
        "sources": [
            {"key": "dowjones", "url": "https://tradingfocus.com/abbvie-and-umoja-biopharma-enter-partnership-for-cart-cell-therapies-collaboration/",
             "publisher": "Dow Jones (via TradingFocus)",
             "title": "AbbVie and Umoja Biopharma enter partnership for CAR-T cell therapies (title paraphrased; publication date approximate)",
             "published_on": date(2024, 1, 4), "language": "en",
             "quote": "AbbVie said it made upfront payments and an equity investment in Umoja, which is eligible to receive up to $1.44 billion for option exercise fees, development and regulatory milestones, along with additional sales-based milestones and royalties on sales.\nAbbVie said it has an exclusive option to license Umoja’s CD19 directed in-situ generated CAR-T cell therapy candidates, including Umoja’s lead clinical program for hematologic malignancies, which is currently at the IND-enabling phase."},
            {"key": "rtt", "url": "https://www.nasdaq.com/articles/abbvie-collaborates-with-umoja-biopharma-to-develop-novel-in-situ-car-t-cell-therapies",
             "publisher": "RTTNews (via Nasdaq.com)",
             "title": "AbbVie collaborates with Umoja Biopharma to develop novel in-situ CAR-T cell therapies (title paraphrased; publication date approximate)",
             "published_on": date(2024, 1, 4), "language": "en",
             "quote": "Following the agreement, Umoja received upfront payments and a share in AbbVie."},
            {"key": "pmlive", "url": "https://pmlive.com/pharma_news/abbvie_and_umoja_announce_car-t_cell_therapy_agreements_worth_over_1-4bn_1505711/",
             "publisher": "PMLiVE",
             "title": "AbbVie and Umoja announce CAR-T cell therapy agreements worth over $1.4bn (publication date approximate)",
             "published_on": date(2024, 1, 4), "language": "en",
             "quote": "Umoja has already been given undisclosed upfront payments and an equity investment by AbbVie and will also be eligible to receive up to $1.44bn in milestone payments for the two agreements combined, as well as tiered royalties."},
            {"key": "pmm", "url": "https://pharmaceuticalmanufacturer.media/pharma-manufacturing-news/latest-pharmaceutical-manufacturing-news/abbvie-and-umoja-biopharma-announce-strategic-collaboration/",
             "publisher": "Pharmaceutical Manufacturer",
             "title": "AbbVie and Umoja Biopharma announce strategic collaboration (title paraphrased)",
             "published_on": date(2024, 1, 5), "language": "en",
             "quote": "AbbVie and Umoja Biopharma (Umoja), an early clinical-stage biotechnology company, have announced two exclusive option and license agreements to develop multiple in-situ generated CAR-T cell therapy candidates in oncology using Umoja's proprietary VivoVec platform."},
        ],
        "headline": None,
        "parties": [
            {"company": "umoja-biopharma", "role": "licensor"},
            {"company": "abbvie", "role": "licensee"},
        ],
        "assets": [{"asset": "ub-vv111", "phase_at_signing": "preclinical"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "disclosed": False, "source": "pmlive",
             "quote": "Umoja has already been given undisclosed upfront payments"},
            {"order": 1, "kind": "upfront_equity", "disclosed": False, "source": "pmlive",
             "quote": "an equity investment by AbbVie", "note": "AbbVie equity investment in Umoja; amount undisclosed."},
            {"order": 2, "kind": "milestones", "amount": D("1_440_000_000"), "currency": "USD",
             "contingent": True, "source": "dowjones",
             "quote": "up to $1.44 billion for option exercise fees, development and regulatory milestones",
             "note": "Option-exercise fees plus development and regulatory milestones, both agreements combined."},
            {"order": 3, "kind": "commercial_milestones", "disclosed": False, "source": "dowjones",
             "quote": "additional sales-based milestones"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "pmlive", "wording": "tiered royalties"},
        "events": [],
    },
    {
        "slug": "astrazeneca-cellectis-2023",
        "title": "AstraZeneca partners with Cellectis on gene-edited cell and gene therapies and takes a 44% stake",
        "deal_type": "collaboration", "exclusive": True, "status": "closed",
        "announced_on": date(2023, 11, 1), "conference": None,
        "indication": "Oncology, immunology and rare diseases",
        "summary": "Joint research collaboration using Cellectis's gene-editing and manufacturing "
                   "capabilities on 25 targets reserved for AstraZeneca, with options (before IND) on "
                   "worldwide exclusive licences for up to ten candidates. $25M upfront, an $80M equity "
                   "investment at $5/share (~22%) and a further $140M in convertible preferred shares "
                   "(to ~44% of capital, 30% of votes), completed 6 May 2024; IND option fee plus "
                   "$70M-$220M in milestones per candidate, tiered royalties.",
        "analyst_notes": "Inside Precision Medicine put AstraZeneca's stake after the second investment "
                         "at 43% (companies: ~44%). The Healthcare Technology Report described the second "
                         "tranche as '$80 million in stock and $60 million in cash'; Cellectis's closing "
                         "release describes 28M convertible preferred shares at $5.00. A $10M milestone "
                         "followed approval of the first research plan on 4 Mar 2024.",
        "sources": [
            {"key": "rtt", "url": "https://www.finanzen.at/nachrichten/aktien/cellectis-announces-collaboration-agreement-with-astrazeneca;-to-receive-up-to-$245-mln-1032763918",
             "publisher": "RTTNews (via finanzen.at)",
             "title": "Cellectis Announces Collaboration Agreement With AstraZeneca; To Receive Up To $245 Mln",
             "published_on": date(2023, 11, 1), "language": "en",
             "quote": "Cellectis will receive up to $245 million in cash, which consists up to $220 million equity investment and $25 million upfront payment, with potential for additional milestones, plus tiered royalties."},
            {"key": "rtt_terms", "url": "https://www.finanzen.at/nachrichten/aktien/cellectis-announces-collaboration-agreement-with-astrazeneca;-to-receive-up-to-$245-mln-1032763918",
             "publisher": "RTTNews (via finanzen.at)",
             "title": "Cellectis Announces Collaboration Agreement With AstraZeneca; To Receive Up To $245 Mln",
             "published_on": date(2023, 11, 1), "language": "en",
             "quote": "As a condition to the signing of the Collaboration Agreement, AstraZeneca has agreed to make an initial equity investment of $80 million in Cellectis by subscribing for 16 million ordinary shares, at a price of $5.00 per share."},
            {"key": "pmlive", "url": "https://pmlive.com/pharma_news/astrazeneca_and_cellectis_enter_gene_therapy_partnership_worth_over_2-2bn_1503216",
             "publisher": "PMLiVE",
             "title": "AstraZeneca and Cellectis enter gene therapy partnership worth over $2.2bn (publication date approximate)",
             "published_on": date(2023, 11, 1), "language": "en",
             "quote": "Under the terms of the agreement, AZ will pay $105m to Cellectis by the end of the year, consisting of a $25m upfront cash payment and an $80m equity investment. A further $140m equity investment is expected in early 2024, which will give AZ a stake of approximately 44% in Cellectis.\nCellectis will also be eligible to receive an investigational new drug option fee and development, regulatory and sales-related milestone payments ranging from $70m up to $220m per each of the ten candidate products, plus tiered royalties."},
            {"key": "sia", "url": "https://www.stocktitan.net/news/CLLS/cellectis-announces-the-execution-of-the-subsequent-investment-106brgbud6wh.html",
             "publisher": "Cellectis via GlobeNewswire (Stock Titan)",
             "title": "Cellectis Announces the execution of the Subsequent Investment Agreement with AstraZeneca",
             "published_on": date(2023, 11, 15), "language": "en",
             "quote": "NEW YORK, Nov. 15, 2023 (GLOBE NEWSWIRE) --  Cellectis (Euronext Growth: ALCLS – NASDAQ: CLLS) today anounced that, following the consultation of its works council, it has now signed a binding Subsequent Investment Agreement with AstraZeneca (LSE/STO/Nasdaq: AZN) regarding the contemplated additional equity investment of $140M by AstraZeneca, which was previously announced on November 1, 2023."},
            {"key": "sec20f", "url": "https://www.sec.gov/Archives/edgar/data/1627281/000095017024050016/R30.htm",
             "publisher": "Cellectis 20-F, subsequent events note (SEC EDGAR)",
             "title": "Cellectis annual report for 2023: subsequent events (publication date approximate)",
             "published_on": date(2024, 3, 4), "language": "en",
             "quote": "On March 4, 2024, AstraZeneca and Cellectis have approved the first Research Plan. Following this event and pursuant to the JRCA, Cellectis is entitled to receive the corresponding $10 million milestone."},
            {"key": "closing", "url": "https://markets.businessinsider.com/news/stocks/cellectis-announces-completion-of-the-additional-equity-investment-by-astrazeneca-1033331294",
             "publisher": "Cellectis via GlobeNewswire (Business Insider Markets)",
             "title": "Cellectis Announces Completion of the Additional Equity Investment by AstraZeneca",
             "published_on": date(2024, 5, 6), "language": "en",
             "quote": "NEW YORK, May 06, 2024 (GLOBE NEWSWIRE) -- Cellectis (Euronext Growth: ALCLS – NASDAQ: CLLS) a clinical-stage biotechnology company using its pioneering gene-editing platform to develop life-saving cell and gene therapies, today announced that, following clearance from the French Ministry of Economy and satisfaction of all other closing conditions, AstraZeneca (LSE/STO/Nasdaq: AZN) completed the additional equity investment of $140M in Cellectis, as previously announced by Cellectis on November 1 and 15, 2023 (the “Additional Investment”)."},
        ],
        "headline": {"amount": D("245_000_000"), "currency": "USD", "source": "rtt",
                     "quote": "Cellectis will receive up to $245 million in cash"},
        "parties": [
            {"company": "cellectis", "role": "licensor"},
            {"company": "astrazeneca", "role": "licensee"},
        ],
        "assets": [{"asset": "cellectis-gene-editing-platform"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("25_000_000"), "currency": "USD",
             "source": "pmlive", "quote": "a $25m upfront cash payment"},
            {"order": 1, "kind": "upfront_equity", "amount": D("80_000_000"), "currency": "USD",
             "source": "rtt_terms", "quote": "an initial equity investment of $80 million in Cellectis",
             "note": "16 million ordinary shares at $5.00 (~22% of capital)."},
            {"order": 2, "kind": "upfront_equity", "amount": D("140_000_000"), "currency": "USD",
             "source": "closing", "quote": "completed the additional equity investment of $140M in Cellectis",
             "note": "28 million convertible preferred shares at $5.00; completed 6 May 2024 (~44% of capital)."},
            {"order": 3, "kind": "milestones", "amount": D("220_000_000"), "currency": "USD",
             "source": "pmlive", "quote": "ranging from $70m up to $220m per each of the ten candidate products",
             "note": "PER CANDIDATE PRODUCT (range $70M-$220M each, up to ten), including the IND option "
                     "fee; not a deal total."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "pmlive", "wording": "tiered royalties"},
        "events": [
            {"kind": "announced", "date": date(2023, 11, 1), "source": "rtt",
             "description": "Collaboration, initial investment agreement and MOU for a further investment announced."},
            {"kind": "signed", "date": date(2023, 11, 15), "source": "sia",
             "description": "Binding subsequent investment agreement for the $140M tranche signed after works-council consultation."},
            {"kind": "milestone", "date": date(2024, 3, 4), "amount": D("10_000_000"), "currency": "USD",
             "source": "sec20f", "quote": "the corresponding $10 million milestone",
             "description": "First research plan approved; $10M milestone due to Cellectis."},
            {"kind": "closed", "date": date(2024, 5, 6), "source": "closing",
             "description": "Additional $140M equity investment completed after French foreign-investment clearance."},
        ],
    },
    {
        "slug": "kite-arcellx-expansion-2023",
        "title": "Kite expands Arcellx CAR-T partnership, exercises ACLX-001 option; Gilead buys $200M of Arcellx stock",
        "deal_type": "collaboration", "exclusive": None, "status": "announced",
        "announced_on": date(2023, 11, 15), "conference": None,
        "indication": "Multiple myeloma and lymphomas",
        "summary": "Expansion of the December 2022 co-development and co-commercialisation deal for "
                   "CART-ddBCMA: scope widened to lymphomas, and Kite exercised its option to negotiate "
                   "a licence for Arcellx's ARC-SparX programme ACLX-001 in multiple myeloma. At closing "
                   "Arcellx receives an $85M upfront cash payment and a $200M equity investment (3,242,542 "
                   "shares at $61.68; Gilead's stake ~13%), plus potential milestones. Closing was expected "
                   "around year-end 2023.",
        "analyst_notes": "The original December 2022 Kite-Arcellx agreement predates this data set (and "
                         "appears in the held-out extraction set) and is not recorded here. BioWorld's "
                         "headline sums the two payments as '$285M more'. No closing announcement for the "
                         "expansion was found in the sources read.",
        "sources": [
            {"key": "pmm", "url": "https://www.pharmamanufacturing.com/home/news/33015055/kite-to-expand-cancer-collab-with-arcellx",
             "publisher": "Pharma Manufacturing",
             "title": "Kite to expand cancer collab with Arcellx",
             "published_on": date(2023, 11, 15), "language": "en",
             "quote": "Alongside this, Kite has exercised its option to negotiate a license for Arcellx’s ARC-SparX program, ACLX-001, in multiple myeloma."},
            {"key": "rtt", "url": "https://www.nasdaq.com/articles/gileads-kite-arcellx-expand-partnership",
             "publisher": "RTTNews (via Nasdaq.com)",
             "title": "Gilead's Kite, Arcellx Expand Partnership",
             "published_on": date(2023, 11, 15), "language": "en",
             "quote": "Arcellx will receive $200 million equity investment at $61.68 per share, and an upfront payment of $85 million in cash, which is expected to extend the company's cash runway into 2027."},
            {"key": "marketscreener", "url": "https://www.marketscreener.com/quote/stock/ARCELLX-INC-132884730/news/Arcellx-Inc-and-Kite-Announces-Expansion-in-Strategic-Partnership-45364032/",
             "publisher": "MarketScreener",
             "title": "Arcellx, Inc. and Kite Announces Expansion in Strategic Partnership (publication date approximate)",
             "published_on": date(2023, 11, 15), "language": "en",
             "quote": "Arcellx will also receive an upfront non-dilutive cash payment of $85 million at closing and will be eligible for potential milestone payments, including the advancement of lymphoma and the license for ARC-SparX, as well as additional milestones, to offset prespecified development costs over a limited period of time.\n\nThe transaction is expected to close around year-end 2023."},
            {"key": "bioworld", "url": "https://www.bioworld.com/articles/702939-gileads-kite-invests-285m-more-expands-arcellx-car-t-deal-to-include-lymphoma?v=preview",
             "publisher": "BioWorld",
             "title": "Gilead’s Kite invests $285M more, expands Arcellx CAR T deal to include lymphoma",
             "published_on": date(2023, 11, 16), "language": "en",
             "quote": "At the same time, Kite exercised an option to negotiate a license for Arcellx’s ARC-Sparx program, ACLX-001, in multiple myeloma."},
        ],
        "headline": None,
        "parties": [
            {"company": "arcellx", "role": "licensor"},
            {"company": "kite-pharma", "role": "licensee", "name_as_reported": "Kite, a Gilead Company"},
        ],
        "assets": [{"asset": "cart-ddbcma"}, {"asset": "aclx-001"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("85_000_000"), "currency": "USD",
             "source": "rtt", "quote": "an upfront payment of $85 million in cash", "note": "At closing."},
            {"order": 1, "kind": "upfront_equity", "amount": D("200_000_000"), "currency": "USD",
             "source": "rtt", "quote": "Arcellx will receive $200 million equity investment at $61.68 per share",
             "note": "Gilead buys 3,242,542 Arcellx shares; estimated ownership ~13% afterwards."},
            {"order": 2, "kind": "milestones", "disclosed": False, "source": "marketscreener",
             "quote": "will be eligible for potential milestone payments, including the advancement of lymphoma and the license for ARC-SparX"},
        ],
        "royalty": None,
        "events": [
            {"kind": "option_exercised", "date": date(2023, 11, 15), "source": "pmm",
             "description": "Kite exercised its option to negotiate a licence for ACLX-001 (ARC-SparX) in multiple myeloma."},
            {"kind": "other", "date": None, "source": "marketscreener",
             "description": "Closing expected around year-end 2023 (HSR); no closing announcement found in the sources read."},
        ],
    },
    {
        "slug": "sanofi-radiomedix-orano-med-alphamedix-2024",
        "title": "Sanofi licenses AlphaMedix, a lead-212 radioligand, from RadioMedix and Orano Med",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 9, 1), "announced_on_precision": "month", "conference": None,
        "indication": "Somatostatin receptor-positive neuroendocrine tumours",
        "summary": "Exclusive licence giving Sanofi global commercialisation rights to AlphaMedix "
                   "(212Pb-DOTAMTATE), a Phase 2 targeted alpha therapy; Orano Med manufactures on its "
                   "lead-212 platform. €100M upfront, up to €220M in sales milestones, tiered royalties. "
                   "Announced on a Thursday in September 2024; a month later Sanofi invested €300M in a "
                   "new Orano Med entity (recorded separately).",
        "analyst_notes": "Only the month is stated by the sources read (announced 'Thursday'). SFEN's "
                         "French report describes the €100M as an 'investissement de Sanofi' in Orano Med "
                         "rather than a licence upfront.",
        "sources": [
            {"key": "pmo", "url": "https://www.precisionmedicineonline.com/precision-oncology/sanofi-inks-eu100m-radiopharmaceutical-deal-radiomedix-orano-med",
             "publisher": "Precision Medicine Online",
             "title": "Sanofi Inks €100M Radiopharmaceutical Deal With RadioMedix, Orano Med (publication date approximate)",
             "published_on": date(2024, 9, 1), "language": "en",
             "quote": "Under the terms of the exclusive licensing agreement, Sanofi will pay RadioMedix and Orano €100 million ($110.3 million) upfront and up to €220 million ($242.7 million) in sales milestones. The firms may be eligible for tiered royalties, too, should the treatment make it to market. In exchange, Sanofi will acquire global commercialization rights to AlphaMedix, while Orano Med will manufacture the treatment with a global industrial platform that it's currently developing."},
            {"key": "sfen", "url": "https://sfen.org/rgn/lutte-contre-le-cancer-orano-med-et-sanofi-signent-un-nouvel-accord",
             "publisher": "SFEN (Société française d'énergie nucléaire)",
             "title": "Lutte contre le cancer : Orano Med et Sanofi signent un nouvel accord",
             "published_on": date(2024, 11, 4), "language": "fr",
             "quote": "Ce nouvel accord fait suite à la précédente annonce, en septembre 2024, du contrat de licence exclusif conclu entre Sanofi, Orano Med et RadioMedix avec le projet « AlphaMedix », une alphathérapie ciblée au plomb-212 ayant des résultats déjà très prometteurs."},
            {"key": "endpoints", "url": "https://endpoints1599.rssing.com/chan-80379057/article1515.html",
             "publisher": "Endpoints News (via RSSing)",
             "title": "Sanofi pays €300M for 16% of Orano Med (title paraphrased; publication date approximate)",
             "published_on": date(2024, 10, 17), "language": "en",
             "quote": "Sanofi said in September the companies were finishing up a Phase 2 of AlphaMedix in certain neuroendocrine tumors (think Novartis’ Lutathera), and the data were “being discussed with the FDA for potential regulatory filing and approval.”"},
        ],
        "headline": None,
        "parties": [
            {"company": "radiomedix", "role": "licensor"},
            {"company": "orano-med", "role": "licensor"},
            {"company": "sanofi", "role": "licensee"},
        ],
        "assets": [{"asset": "alphamedix", "phase_at_signing": "phase_2"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("100_000_000"), "currency": "EUR",
             "source": "pmo", "quote": "Sanofi will pay RadioMedix and Orano €100 million ($110.3 million) upfront"},
            {"order": 1, "kind": "commercial_milestones", "amount": D("220_000_000"), "currency": "EUR",
             "source": "pmo", "quote": "up to €220 million ($242.7 million) in sales milestones"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "pmo", "wording": "tiered royalties"},
        "events": [],
    },
    {
        "slug": "sanofi-orano-med-equity-2024",
        "title": "Sanofi invests €300M for about 16% of a new Orano Med entity (lead-212 radioligands)",
        "deal_type": "equity", "exclusive": None, "status": "announced",
        "announced_on": date(2024, 10, 17), "conference": None,
        "indication": "Rare cancers (lead-212 radioligand therapies)",
        "summary": "Sanofi and Orano invest in a new entity under the Orano Med brand to discover, "
                   "design and develop next-generation lead-212 radioligand therapies. Sanofi invests "
                   "€300M for about 16% of the entity, valued at €1.9B. Follows Sanofi's September 2024 "
                   "AlphaMedix licence.",
        "analyst_notes": "USD conversions differ slightly: MedCity ≈ $324.8M, NEI Magazine $325M.",
        "sources": [
            {"key": "bw", "url": "https://markets.ft.markitdigital.com/data/announce/full?dockey=600-202410170235BIZWIRE_USPRX____20241016_BW458571-1",
             "publisher": "Sanofi via Business Wire (FT Markets)",
             "title": "Sanofi and Orano Join Forces to Develop Next-generation Radioligand Medicines",
             "published_on": date(2024, 10, 17), "language": "en",
             "quote": "PARIS--(BUSINESS WIRE)--Oct. 17, 2024-- Regulatory News:"},
            {"key": "medcity", "url": "https://trendyvoice.in/sanofi-puts-up-e300m-in-new-targeted-radiation-cancer-therapy-pact-with-orano-medcity-news",
             "publisher": "MedCity News (re-published copy)",
             "title": "Sanofi Puts Up €300M in New Targeted Radiation Cancer Therapy Pact With Orano – MedCity News (publication date approximate)",
             "published_on": date(2024, 10, 17), "language": "en",
             "quote": "The €300 million (about $324.8 million) investment announced Thursday represents an equity stake of about 16% in the new entity, which is valued at €1.9 billion (about $2 billion)."},
            {"key": "nei", "url": "https://neimagazine.com/news/sanofi-and-orano-to-develop-radioligand-therapies",
             "publisher": "Nuclear Engineering International",
             "title": "Sanofi and Orano to develop radioligand therapies (title paraphrased; publication date approximate)",
             "published_on": date(2024, 10, 17), "language": "en",
             "quote": "Under the terms of the agreement, Sanofi will make an equity investment of €300m ($325m), approximately 16% equity stake in the new entity valued at €1.9bn."},
        ],
        "headline": {"amount": D("300_000_000"), "currency": "EUR", "source": "medcity",
                     "quote": "The €300 million (about $324.8 million) investment announced Thursday"},
        "parties": [
            {"company": "sanofi", "role": "investor"},
            {"company": "orano-med", "role": "partner"},
        ],
        "assets": [],
        "territory": {"included": [], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_equity", "amount": D("300_000_000"), "currency": "EUR",
             "source": "nei", "quote": "Sanofi will make an equity investment of €300m ($325m)",
             "note": "About 16% of the new Orano Med entity, valued at €1.9B."},
        ],
        "royalty": None,
        "events": [],
    },
    {
        "slug": "lilly-sangamo-stac-bbb-2025",
        "title": "Lilly licenses Sangamo's blood-brain-barrier capsid STAC-BBB",
        "deal_type": "platform_license", "exclusive": None, "status": "announced",
        "announced_on": date(2025, 4, 3), "conference": None,
        "indication": "Central nervous system diseases (targets undisclosed)",
        "summary": "Lilly licenses Sangamo's neurotropic AAV capsid STAC-BBB for one initial "
                   "neurology target, with rights to add up to four more for additional licence fees. "
                   "$18M upfront; up to $1.4B in further target fees and milestones across five "
                   "targets; tiered royalties. Sangamo transfers the capsid; Lilly does all research, "
                   "development and commercialisation. Sangamo's third STAC-BBB deal after Genentech "
                   "(Aug 2024) and Astellas (Dec 2024).",
        "analyst_notes": "",
        "sources": [
            {"key": "biospace", "url": "https://biospace.com/business/lilly-throws-sangamo-a-lifeline-with-pact-worth-potential-1-4b",
             "publisher": "BioSpace",
             "title": "Lilly Throws Sangamo a Lifeline With Pact Worth Potential $1.4B+ (publication date approximate)",
             "published_on": date(2025, 4, 3), "language": "en",
             "quote": "Eli Lilly is licensing Sangamo Therapeutics’ proprietary adeno-associated virus capsid STAC-BBB for $18 million upfront, the pharma announced on Thursday.\n\nThe back-heavy deal will also mean up to $1.4 billion for Sangamo if the pact meets certain milestones. Lilly is also promising tiered royalties on net sales of potential products that arise from the partnership."},
            {"key": "fierce", "url": "http://ftp.prcmidwest.com/biotech/eli-lilly-saves-sangamo-hitting-end-cash-runway-18m-upfront-deal",
             "publisher": "Fierce Biotech (re-published copy)",
             "title": "Eli Lilly helps struggling Sangamo with $1.4B gene therapy deal (publication date approximate)",
             "published_on": date(2025, 4, 3), "language": "en",
             "quote": "Lilly also has the right to add up to four more neurology targets to the agreement, according to an April 3 release. If Lilly chooses to use Sangamo’s tech for all five targets, the biotech could earn up to $1.4 billion in additional milestones plus tiered royalties on potential sales."},
        ],
        "headline": None,
        "parties": [
            {"company": "sangamo-therapeutics", "role": "licensor"},
            {"company": "eli-lilly", "role": "licensee"},
        ],
        "assets": [{"asset": "stac-bbb"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("18_000_000"), "currency": "USD",
             "source": "biospace", "quote": "for $18 million upfront"},
            {"order": 1, "kind": "milestones", "amount": D("1_400_000_000"), "currency": "USD",
             "source": "fierce", "quote": "the biotech could earn up to $1.4 billion in additional milestones",
             "note": "Across all five potential targets; includes additional target licence fees."},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "biospace",
                    "wording": "tiered royalties on net sales"},
        "events": [],
    },
    {
        "slug": "novartis-voyager-tracer-capsids-2024",
        "title": "Novartis licenses Voyager's TRACER capsids for Huntington's disease and SMA gene therapies",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2024, 1, 2), "conference": None,
        "indication": "Huntington's disease and spinal muscular atrophy",
        "summary": "Target-exclusive licence to Voyager's TRACER AAV capsids and related IP for "
                   "Huntington's disease and SMA, plus collaboration on a preclinical HD gene therapy "
                   "(Voyager runs preclinical work, Novartis clinical development and sales). $100M of "
                   "upfront consideration including a $20M purchase of new Voyager shares; up to $1.2B "
                   "in preclinical, development, regulatory and sales milestones; tiered royalties. "
                   "Builds on Novartis's 2022 capsid option deal, under which it exercised options on "
                   "two targets in 2023.",
        "analyst_notes": "MarketScreener (3 Jan 2024) reported the upfront as '$20 million in the form of "
                         "an equity investment'; the companies' terms are $100M upfront including the $20M "
                         "equity. The cash part is not stated separately in the sources read, so the $100M "
                         "is stored as an 'other' row (total upfront consideration) next to the $20M equity "
                         "row - they must not be added.",
        "sources": [
            {"key": "dpa", "url": "https://www.finanznachrichten.de/nachrichten-2024-01/61040624-voyager-therapeutics-enters-collaboration-and-capsid-license-agreement-with-novartis-pharma-020.htm",
             "publisher": "dpa-AFX (via finanznachrichten.de)",
             "title": "Voyager Therapeutics Enters Collaboration And Capsid License Agreement With Novartis Pharma (title paraphrased)",
             "published_on": date(2024, 1, 2), "language": "en",
             "quote": "Novartis has agreed to pay Voyager $100 million of consideration up front, including a $20 million purchase of newly issued equity in Voyager. Voyager is eligible to receive up to $1.2 billion in milestones, as well as tiered royalties."},
            {"key": "pmo", "url": "https://www.precisionmedicineonline.com/business-news/voyager-inks-capsid-deal-novartis-advance-huntingtons-disease-sma-gene-therapies",
             "publisher": "Precision Medicine Online",
             "title": "Voyager inks capsid deal with Novartis to advance Huntington's disease, SMA gene therapies (title paraphrased; publication date approximate)",
             "published_on": date(2024, 1, 2), "language": "en",
             "quote": "NEW YORK – Voyager Therapeutics on Tuesday said it has struck a capsid license and collaboration deal with Novartis to develop gene therapies for Huntington's disease and spinal muscular atrophy."},
            {"key": "marketscreener", "url": "https://www.marketscreener.com/quote/stock/NOVARTIS-AG-9364983/news/Novartis-licensing-agreement-with-Voyager-Therapeutics-45664064/?utm_medium=RSS&utm_content=20240103",
             "publisher": "MarketScreener",
             "title": "Novartis: licensing agreement with Voyager Therapeutics",
             "published_on": date(2024, 1, 3), "language": "en",
             "quote": "Voyager Therapeutics - which will provide Novartis with access to its 'Tracer' capsid platform and other proprietary patents - will receive an upfront payment of $20 million in the form of an equity investment from Novartis."},
            {"key": "pmm", "url": "https://www.pharmamanufacturing.com/sector/large-molecule/news/33016916/novartis-expands-gene-therapy-deal-making-with-voyager",
             "publisher": "Pharma Manufacturing",
             "title": "Novartis expands gene therapy deal-making with Voyager",
             "published_on": date(2024, 1, 2), "language": "en",
             "quote": "A year later, Novartis exercised its option on two targets, giving Voyager an additional $25 million and the chance to receive up to $600 million in associated milestone payments."},
        ],
        "headline": None,
        "parties": [
            {"company": "voyager-therapeutics", "role": "licensor"},
            {"company": "novartis", "role": "licensee", "name_as_reported": "Novartis Pharma AG"},
        ],
        "assets": [{"asset": "voyager-tracer-capsids"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "other", "amount": D("100_000_000"), "currency": "USD",
             "source": "dpa", "quote": "Novartis has agreed to pay Voyager $100 million of consideration up front",
             "note": "Total upfront consideration INCLUDING the $20M equity purchase below (not additive)."},
            {"order": 1, "kind": "upfront_equity", "amount": D("20_000_000"), "currency": "USD",
             "source": "dpa", "quote": "including a $20 million purchase of newly issued equity in Voyager"},
            {"order": 2, "kind": "milestones", "amount": D("1_200_000_000"), "currency": "USD",
             "source": "dpa", "quote": "Voyager is eligible to receive up to $1.2 billion in milestones"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "dpa", "wording": "tiered royalties"},
        "events": [],
    },
    {
        "slug": "abbvie-igi-isb-2001-2025",
        "title": "AbbVie licenses IGI's BCMA x CD38 x CD3 trispecific ISB 2001",
        "deal_type": "license", "exclusive": True, "status": "announced",
        "announced_on": date(2025, 7, 10), "conference": None,
        "indication": "Relapsed or refractory multiple myeloma; autoimmune diseases",
        "summary": "Exclusive licence to develop, manufacture and commercialise ISB 2001, a Phase 1 "
                   "BCMA x CD38 x CD3 trispecific T-cell engager from the BEAT platform, in North "
                   "America, Europe, Japan and Greater China; Glenmark keeps India and emerging markets. "
                   "$700M upfront (subject to regulatory clearance), up to $1.225B in development, "
                   "regulatory and commercial milestones, tiered double-digit royalties.",
        "analyst_notes": "Licensor is IGI Therapeutics SA, a subsidiary of New York-based Ichnos Glenmark "
                         "Innovation owned by India's Glenmark. Trade press rounds the milestones to '$1.22 "
                         "billion' or '$1.2 billion'. Territory codes: North America and Europe as reported; "
                         "EU, UK, Switzerland, US, Canada and Mexico are used as the closest codes.",
        "sources": [
            {"key": "bs", "url": "https://www.business-standard.com/companies/news/glenmark-igi-licenses-cancer-drug-abbvie-upfront-700mn-125071001185_1.html",
             "publisher": "Business Standard",
             "title": "Glenmark's IGI licenses cancer drug ISB 2001 to AbbVie for $700 mn upfront (title paraphrased)",
             "published_on": date(2025, 7, 10), "language": "en",
             "quote": "Subject to regulatory clearance, IGI will receive an upfront payment of $700 million and is eligible to receive up to $1.225 billion in development, regulatory and commercial milestone payments, along with tiered, double-digit royalties on net sales.\nGlenmark will retain the rights for emerging markets and India."},
            {"key": "dcat", "url": "https://www.dcatvci.org/?p=34102",
             "publisher": "DCAT Value Chain Insights",
             "title": "AbbVie, IGI Therapeutics in $1.9-Bn Trispecific Antibody Drug Pact (publication date approximate)",
             "published_on": date(2025, 7, 10), "language": "en",
             "quote": "AbbVie and IGI Therapeutics, a wholly owned subsidiary of New York-based Ichnos Glenmark Innovation (IGI), have entered an exclusive licensing agreement for IGI’s lead investigational asset, ISB 2001, for oncology and autoimmune diseases, in a deal worth up to $1.9 billion ($700 million upfront and $1.2 billion in milestone payments).\nUnder the agreement, AbbVie will receive exclusive rights to develop, manufacture, and commercialize ISB 2001 across North America, Europe, Japan, and Greater China."},
            {"key": "fierce", "url": "http://ftp.bdlsummit.com/biotech/abbvie-pays-700m-upfront-trispecific-rival-jj-pfizer-blood-cancer",
             "publisher": "Fierce Biotech (re-published copy)",
             "title": "AbbVie pays $700M upfront for trispecific rival to J&J and Pfizer blood cancer drugs (title paraphrased; publication date approximate)",
             "published_on": date(2025, 7, 10), "language": "en",
             "quote": "AbbVie has placed a high price on that potential, coughing up $700 million for a phase 1 candidate and offering up to $1.225 billion in development regulatory, and commercial milestones."},
        ],
        "headline": {"amount": D("1_900_000_000"), "currency": "USD", "source": "dcat",
                     "quote": "in a deal worth up to $1.9 billion ($700 million upfront and $1.2 billion in milestone payments)"},
        "parties": [
            {"company": "igi-therapeutics", "role": "licensor", "name_as_reported": "IGI Therapeutics SA"},
            {"company": "abbvie", "role": "licensee"},
        ],
        "assets": [{"asset": "isb-2001", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["US", "CA", "MX", "EU", "GB", "CH", "JP", "GREATER_CHINA"], "excluded": ["IN"]},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("700_000_000"), "currency": "USD",
             "source": "bs", "quote": "IGI will receive an upfront payment of $700 million"},
            {"order": 1, "kind": "milestones", "amount": D("1_225_000_000"), "currency": "USD",
             "source": "bs", "quote": "up to $1.225 billion in development, regulatory and commercial milestone payments"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "bs",
                    "wording": "tiered, double-digit royalties on net sales"},
        "events": [],
    },
    {
        "slug": "bms-tubulis-adc-platform-2023",
        "title": "Bristol Myers Squibb licenses Tubulis's P5 conjugation platform and Tubutecan payloads",
        "deal_type": "platform_license", "exclusive": True, "status": "announced",
        "announced_on": date(2023, 4, 20), "conference": None,
        "indication": "Solid tumours",
        "summary": "BMS gets exclusive rights to Tubulis's Tubutecan (topoisomerase-1 inhibitor) "
                   "payloads and P5 conjugation platform for a selected number of ADCs against targets "
                   "it chooses; Tubulis supplies matched linker-payloads, BMS develops and sells. $22.75M "
                   "upfront, more than $1B in development, regulatory and commercial milestones, "
                   "royalties.",
        "analyst_notes": "BioPharma Reporter converts the upfront to €20.73M.",
        "sources": [
            {"key": "bpi", "url": "https://bioprocessintl.com/bioprocess-insider/therapeutic-class/tubulis-deal-sees-bristol-bolster-adc-commitment/",
             "publisher": "BioProcess International",
             "title": "Tubulis deal sees Bristol bolster ADC commitment",
             "published_on": date(2023, 4, 20), "language": "en",
             "quote": "Bristol Myers will pay $22.75 million up front to Tubulis for the exclusive rights to access the German biotech’s payloads and P5 conjugation platform for the development of a selected number of ADCs to treat solid tumors."},
            {"key": "pmm", "url": "https://www.pharmamanufacturing.com/home/news/33003788/bms-enters-potential-1b-adc-deal-with-german-biotech",
             "publisher": "Pharma Manufacturing",
             "title": "BMS enters potential $1B ADC deal with German biotech",
             "published_on": date(2023, 4, 20), "language": "en",
             "quote": "The deal includes an upfront payment of $22.75 million to Tubulis in addition to the potential for over $1 billion in milestone payments plus royalty payments on resulting marketed products."},
        ],
        "headline": None,
        "parties": [
            {"company": "tubulis", "role": "licensor"},
            {"company": "bristol-myers-squibb", "role": "licensee"},
        ],
        "assets": [{"asset": "tubulis-p5-tubutecan"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("22_750_000"), "currency": "USD",
             "source": "bpi", "quote": "Bristol Myers will pay $22.75 million up front to Tubulis"},
            {"order": 1, "kind": "milestones", "amount": D("1_000_000_000"), "currency": "USD",
             "source": "pmm", "quote": "the potential for over $1 billion in milestone payments",
             "note": "Reported as 'over' / 'in excess of' $1B: a floor, not a cap."},
        ],
        "royalty": {"tiered": None, "disclosed": False, "source": "pmm",
                    "wording": "royalty payments on resulting marketed products"},
        "events": [],
    },
    {
        "slug": "lilly-aktis-radiopharmaceuticals-2024",
        "title": "Lilly partners with Aktis Oncology on miniprotein radiopharmaceuticals and invests in Aktis",
        "deal_type": "collaboration", "exclusive": None, "status": "announced",
        "announced_on": date(2024, 5, 21), "conference": None,
        "indication": "Solid tumours",
        "summary": "Multi-target discovery collaboration: Lilly uses Aktis's miniprotein platform to "
                   "create radiopharmaceutical therapeutics and diagnostics against targets Lilly "
                   "selects, with global development and commercial rights. $60M upfront cash plus an "
                   "undisclosed equity investment; up to $1.1B in preclinical, clinical, regulatory and "
                   "commercial milestones; tiered royalties.",
        "analyst_notes": "One re-published text (thepresentationprofessional.com) says the $60M upfront "
                         "'is Lilly's equity investment'; Reuters, STAT and World Pharmaceuticals report "
                         "$60M in cash plus a separate equity investment.",
        "sources": [
            {"key": "reuters", "url": "https://www.pharmalive.com/aktis-to-collaborate-with-eli-lilly-on-cancer-therapies/",
             "publisher": "Reuters (via PharmaLive)",
             "title": "Aktis to collaborate with Eli Lilly on cancer therapies",
             "published_on": date(2024, 5, 21), "language": "en",
             "quote": "May 21 (Reuters) – Aktis Oncology said on Tuesday it will collaborate with Eli Lilly (LLY.N) to develop cancer therapies, making it eligible for milestone payments of up to $1.1 billion and royalties on sales."},
            {"key": "wp", "url": "https://www.worldpharmaceuticals.net/news/aktis-oncology-signs-collaboration-agreement-worth-over-1-1bn-with-lilly/",
             "publisher": "World Pharmaceutical Frontiers",
             "title": "Aktis Oncology signs collaboration agreement worth over $1.1bn with Lilly (publication date approximate)",
             "published_on": date(2024, 5, 21), "language": "en",
             "quote": "As per the terms, Aktis Oncology will get a $60m upfront cash payment along with an equity investment from Lilly.\nThe biotechnology firm will also be entitled to get up to $1.1bn in potential milestones across the preclinical, clinical, regulatory, and commercialsation stages, in addition to tiered royalties."},
            {"key": "stat", "url": "https://futurehealthstocks.com/lilly-makes-another-radiopharma-move-in-collaboration-with-aktis-oncology",
             "publisher": "STAT (re-published excerpt)",
             "title": "Lilly makes another radiopharma move in collaboration with Aktis Oncology (publication date approximate)",
             "published_on": date(2024, 5, 21), "language": "en",
             "quote": "The pharma giant will dish out $60 million upfront and make an undisclosed equity investment in the Boston biotech, the companies said Tuesday morning."},
        ],
        "headline": None,
        "parties": [
            {"company": "aktis-oncology", "role": "licensor"},
            {"company": "eli-lilly", "role": "licensee"},
        ],
        "assets": [{"asset": "aktis-miniprotein-platform"}],
        "territory": {"included": ["WW"], "excluded": []},
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("60_000_000"), "currency": "USD",
             "source": "wp", "quote": "Aktis Oncology will get a $60m upfront cash payment"},
            {"order": 1, "kind": "upfront_equity", "disclosed": False, "source": "stat",
             "quote": "make an undisclosed equity investment in the Boston biotech"},
            {"order": 2, "kind": "milestones", "amount": D("1_100_000_000"), "currency": "USD",
             "source": "wp", "quote": "up to $1.1bn in potential milestones across the preclinical, clinical, regulatory, and commercialsation stages"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "wp", "wording": "tiered royalties"},
        "events": [],
    },
]
