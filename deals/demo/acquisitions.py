"""DealScope draft: biopharma acquisitions, mergers and asset purchases announced 2023-2025.

Area covered (researcher folder ``ma``): company acquisitions, one asset purchase (GSK buying
Boston Pharmaceuticals' efimosfermin subsidiary) and one merger (Celltrion absorbing Celltrion
Healthcare), announced between 1 Jan 2023 and the end of 2025. 34 deals. None duplicates the
eight acquisitions already in ``deals/demo_data.py`` (AbbVie-ImmunoGen, Pfizer-Seagen,
Novartis-Mariana, AstraZeneca-Fusion, J&J-Ambrx, J&J-Intra-Cellular, Novartis-MorphoSys,
BioNTech-Biotheus) and none is a licence.

Deals (acquirer - target): Merck & Co.-Prometheus, AbbVie-Cerevel, BMS-Karuna, BMS-Mirati (CVR),
BMS-RayzeBio, Lilly-Morphic, Lilly-Scorpion, Lilly-Verve (CVR), Vertex-Alpine, Merck KGaA-
SpringWorks, Sanofi-Blueprint (CVR), Merck & Co.-Verona, Novartis-Avidity, Genmab-ProfoundBio,
Genmab-Merus, AstraZeneca-Gracell (China, CVR), Novo Nordisk-Akero (CVR), Pfizer-Metsera
(contested by Novo Nordisk, CVR), Roche-Carmot, Roche-89bio (CVR), GSK-IDRx, GSK-efimosfermin
(asset purchase), J&J-Proteologix, Biogen-HI-Bio, AbbVie-Landos (CVR), Novartis-Tourmaline,
Novartis-Regulus (CVR), Sanofi-Vigil (CVR), Sanofi-Inhibrx (CVR), Astellas-Iveric Bio (Japan),
Ono-Deciphera (Japan), Kyowa Kirin-Orchard (Japan, CVR), Otsuka-Jnana (Japan),
Celltrion-Celltrion Healthcare (Korea, merger).

Same rules as demo_data.py: every amount is quoted from the stored source it cites; quotes are
copied character for character from the stored excerpt (stray characters such as "PI3K?" for
"PI3Kα" are kept as stored); undisclosed terms are rows with ``disclosed=False``; nothing is
computed. M&A deals carry the equity value as reported as an ``acquisition_price`` payment and
any contingent value right as a ``cvr`` payment. Where a CVR's aggregate was not stated by any
source, the CVR row has ``disclosed=False`` and the per-share amount is in its note. A closing
whose source gives no date has a ``closed`` event with ``date=None``; a deal whose completion
was not found in the sources read stays ``announced``. Where a page shows no publication date,
``published_on`` is the announcement date and the title says "(publication date approximate)";
where only the URL carries a date, the title says "(date from URL)".
"""

# Source URLs cannot be wrapped, and the tables read best laid out by hand.
# ruff: noqa: E501
# fmt: off

from datetime import date
from decimal import Decimal

D = Decimal

NOTES = """
Disagreements between sources, and how each is stored
------------------------------------------------------
1. Pfizer-Metsera (contested). Pfizer's original terms: $47.50/share cash, EV ~$4.9B, CVR up to
   $22.50/share (MarketScreener, Reuters; CNBC as summarised by reportify: "up to $7.3 billion").
   Novo Nordisk's unsolicited bid: "up-to-$9 billion" (BioBriefs), "at least $6.5 billion"
   (Yahoo summary on wikicockatiel.com), later "escalated ... to $10 billion" (same site).
   Minimalist News: "Pfizer countered with $70 per share, valuing Metsera at $8.1 billion".
   Pfizer's final terms: $65.60 cash + up to $20.65 CVR = $86.25/share (Bloomberg Government);
   a headline calls it "a Conclusive Offer of $9 Billion" (patternofusa.com); Pfizer's completion
   8-K as summarised by Investing.com: EV ~$7.0B. Stored: headline None; acquisition_price =
   $7.0B EV at completion (final terms); the $4.9B original EV and the $9B Novo bid are
   event amounts (announced / other), each with its own source; the rest is in analyst_notes.
2. Pfizer-Metsera final value: $9B (patternofusa headline) vs $7.0B EV (Investing.com) vs
   $86.25/share maximum (BGOV). Kept in analyst_notes; no average.
3. AstraZeneca-Gracell premium: 62.0% to last ADS close (Dow Jones) vs 86% "to Gracell's closing
   share price on December 22" for the up-to-$1.2B value (CercleFinance). Notes only.
4. BMS-Mirati CVR trigger: FDA acceptance of an NDA for MRTX1719 within seven years
   (Life Science Washington) vs approval of one of two additional Krazati applications within
   seven years (STAT text as mirrored on a third-party page). Notes only; CVR amount ($1.0B)
   is undisputed.
5. BMS-RayzeBio: DCAT's completion note says the deal "was announced in January 2024"; dpa-AFX
   dates the announcement 26 Dec 2023. announced_on follows dpa-AFX.
6. Lilly-Morphic: $3.2B (Lilly/Morphic, Pharma Manufacturing) vs "approximately $2.85 billion"
   and a tender-offer end of 19 Aug 2024 (tradingcalendar.com) vs expiry 15 Aug 2024 (Lilly).
   Headline and price follow the companies; the other figure is in analyst_notes.
7. Lilly-Scorpion: Lilly disclosed only "up to $2.5 billion" incl. an undisclosed upfront;
   Benzinga (citing the Financial Times) split it "Up to $1 billion ... upfront" + $1.5B
   milestones. The split is stored with a note that it is press-reported.
8. Vertex-Alpine premium: ~67% to Tuesday's close (Reuters) vs 38% to Wednesday's close
   (Boston Business Journal; super.news 38.2%). Notes only.
9. Merck KGaA-SpringWorks: $3.9B equity value (companies) vs completion reports headed
   "$3.4-Bn" (DCAT, World Pharmaceuticals: enterprise value). Equity value stored; EV in note.
10. Merck & Co.-Verona: reported as "total transaction value of approximately $10 billion"
    (not labelled equity value). Stored as reported, with a note.
11. Novartis-Avidity: Novartis calls the three AOC programmes late-stage; reportify's summary
    calls del-zota "early to mid-stage". No phase stored.
12. Genmab-ProfoundBio: the task list called ProfoundBio a Chinese target; Dow Jones says it is
    headquartered in Seattle with an R&D centre in Suzhou, China. Stored as country US; the
    Suzhou centre is in the company description.
13. Roche-Carmot: CT-388 "Phase-2 ready" (Roche via dpa-AFX, Renaissance Capital) vs "in
    Phase II" (DCAT). No phase stored for CT-388.
14. Roche-89bio: $2.4B at closing + CVR "up to $1.0 billion" (MedPath) vs total "up to $3.5B"
    (Roche/TheFly). Both stored as reported; no reconciliation.
15. GSK-IDRx: "up to $1.15 billion" (GSK) vs "a deal worth up to $1.1 billion" (DCAT). GSK's
    figure stored; DCAT's in analyst_notes.
16. Novartis-Tourmaline: DCAT headline "$1.4-Bn" but body "total value of $1.2 billion" for the
    92.94% of shares tendered. Notes only.
17. Novartis-Regulus: announced 30 Apr 2025 (Regulus/Novartis, RTTNews) vs "announced in May
    2025" (DCAT). announced_on follows the companies. The CVR aggregate ($900M) is DCAT's.
18. Sanofi-Vigil: "$470 million" equity value (Sanofi, Reuters) vs "up to $10.00 per share,
    representing a total equity value of approximately $600 million" (StockTitan summary);
    BioWorld calls VG-3927 a "TREM2 antagonist" while Sanofi calls it an agonist.
19. Sanofi-Inhibrx: INBRX-101 "currently in a registrational trial" (Inhibrx release) vs
    "successfully completed a Phase 1 trial ... currently enrolling a Phase 2" (Sanofi release).
    No phase stored.
20. Astellas-Iveric: a Reuters item dated 30 Apr 2023 worded the deal as already completed
    ("said on Monday it had fully acquired"); it was an agreement (Astellas, STAT). Completion
    stored from a separate report.
21. Ono-Deciphera: $2.4B (Ono, Reuters) vs $2.2B (S&P Capital IQ text on MarketScreener
    Italy); announced Monday 29 Apr 2024 in the US vs "Tuesday" 30 Apr in Japan (Nikkei, Jiji).
22. Kyowa Kirin-Orchard: ~$387.4M upfront / $477.6M maximum (companies) vs "approximately $370
    million" (S&P Capital IQ text on 4-traders/MarketScreener).
23. Novo Nordisk-Akero premium: 16.2% to the last close (Reuters) vs 42% to the unaffected
    19 May 2025 close (Akero). Notes only.
24. Prometheus closing: DCAT reports completion without a date; a later STAT article says the
    closing was "last June" (2023). Closed event stored with date None.
25. Merck & Co.-Verona: agreement "entered into ... on July 8, 2025" (Verona) and joint release
    on 9 Jul 2025 (Verona 8-K summary; Manalo: "On 9-Jul-25"), vs "announced on July 8, 2025"
    (StockTitan summary). announced_on = 9 Jul, signed event = 8 Jul. Shareholder approval
    24 Sep 2025 (Verona) vs "on October 1" (Insider Monkey). Verona's dates stored.
26. Vertex-Alpine value: $4.9B (Vertex, Reuters) vs $4.3 billion (S&P Capital IQ text on
    MarketScreener). Notes only.
27. Kyowa Kirin-Orchard yen conversion: ¥70.7 billion (companies) vs "Y70.47bn" (GlobalData).
    Notes only; amounts are stored in USD as the companies gave them.
28. Celltrion merger completion: the stored Korean report (2 Jan 2024) says "지난달 28일" (28th
    of last month); the closed event is dated 28 Dec 2023 from that, which check.py flags as a
    warning because the quote has no full date.
"""

# --- Companies ----------------------------------------------------------------------------
# Only companies not already in demo_data.py. Parents come before their subsidiaries.

COMPANIES: list[dict] = [
    # acquirers
    {"slug": "eli-lilly", "name": "Eli Lilly", "legal_name": "Eli Lilly and Company", "country": "US",
     "city": "Indianapolis", "company_type": "big_pharma", "ownership": "public",
     "listings": [("NYSE", "LLY")], "aliases": [("Lilly", "abbreviation")],
     "description": "US pharmaceutical company."},
    {"slug": "vertex-pharmaceuticals", "name": "Vertex Pharmaceuticals",
     "legal_name": "Vertex Pharmaceuticals Incorporated", "country": "US", "city": "Boston",
     "company_type": "mid_pharma", "ownership": "public", "listings": [("NASDAQ", "VRTX")],
     "aliases": [("Vertex", "abbreviation")],
     "description": "US biopharmaceutical company known for cystic fibrosis medicines."},
    {"slug": "merck-kgaa", "name": "Merck KGaA", "legal_name": "Merck KGaA", "country": "DE",
     "city": "Darmstadt", "company_type": "big_pharma", "ownership": "public",
     "listings": [("XETRA", "MRK")], "aliases": [("Merck KGaA, Darmstadt, Germany", "other")],
     "description": "German science and technology group (healthcare, life science, electronics); "
                    "not Merck & Co. of Rahway."},
    {"slug": "sanofi", "name": "Sanofi", "legal_name": "Sanofi", "country": "FR", "city": "Paris",
     "company_type": "big_pharma", "ownership": "public",
     "listings": [("Euronext Paris", "SAN"), ("NASDAQ", "SNY")],
     "description": "French pharmaceutical company; acquires in the US through Aventis Inc."},
    {"slug": "roche", "name": "Roche", "legal_name": "Roche Holding AG", "country": "CH",
     "city": "Basel", "company_type": "big_pharma", "ownership": "public",
     "listings": [("SIX", "ROG"), ("OTCQX", "RHHBY")],
     "description": "Swiss pharmaceutical and diagnostics company."},
    {"slug": "genmab", "name": "Genmab", "legal_name": "Genmab A/S", "country": "DK",
     "city": "Copenhagen", "company_type": "biotech", "ownership": "public",
     "listings": [("NASDAQ", "GMAB"), ("Nasdaq Copenhagen", "GMAB")],
     "description": "Danish antibody company."},
    {"slug": "novo-nordisk", "name": "Novo Nordisk", "legal_name": "Novo Nordisk A/S",
     "country": "DK", "company_type": "big_pharma", "ownership": "public",
     "listings": [("NYSE", "NVO")],
     "description": "Danish pharmaceutical company focused on diabetes and obesity."},
    {"slug": "biogen", "name": "Biogen", "legal_name": "Biogen Inc.", "country": "US",
     "city": "Cambridge", "company_type": "big_pharma", "ownership": "public",
     "listings": [("NASDAQ", "BIIB")], "description": "US biotechnology company."},
    {"slug": "astellas-pharma", "name": "Astellas Pharma", "legal_name": "Astellas Pharma Inc.",
     "local_name": "アステラス製薬", "country": "JP", "city": "Tokyo", "company_type": "big_pharma",
     "ownership": "public", "listings": [("TSE", "4503")],
     "aliases": [("Astellas", "abbreviation")], "description": "Japanese pharmaceutical company."},
    {"slug": "ono-pharmaceutical", "name": "Ono Pharmaceutical",
     "legal_name": "Ono Pharmaceutical Co., Ltd.", "local_name": "小野薬品工業", "country": "JP",
     "city": "Osaka", "company_type": "mid_pharma", "ownership": "public",
     "listings": [("TSE", "4528")], "aliases": [("ONO", "abbreviation")],
     "description": "Japanese pharmaceutical company (Opdivo partner in Japan)."},
    {"slug": "kyowa-kirin", "name": "Kyowa Kirin", "legal_name": "Kyowa Kirin Co., Ltd.",
     "local_name": "協和キリン", "country": "JP", "city": "Tokyo", "company_type": "mid_pharma",
     "ownership": "public", "listings": [("TSE", "4151")],
     "description": "Japan-based global specialty pharmaceutical company."},
    {"slug": "otsuka-pharmaceutical", "name": "Otsuka Pharmaceutical",
     "legal_name": "Otsuka Pharmaceutical Co., Ltd.", "local_name": "大塚製薬", "country": "JP",
     "city": "Tokyo", "company_type": "big_pharma", "ownership": "subsidiary",
     "description": "Japanese pharmaceutical company (part of Otsuka Holdings); acquires in the "
                    "US through Otsuka America, Inc."},
    {"slug": "celltrion", "name": "Celltrion", "legal_name": "Celltrion, Inc.",
     "local_name": "셀트리온", "country": "KR", "city": "Incheon", "company_type": "mid_pharma",
     "ownership": "public", "listings": [("KRX", "068270")], "aliases": [("셀트리온", "local")],
     "description": "Korean biosimilar and biopharmaceutical company; absorbed Celltrion "
                    "Healthcare on 28 Dec 2023."},
    # targets (subsidiaries after their parents)
    {"slug": "prometheus-biosciences", "name": "Prometheus Biosciences",
     "legal_name": "Prometheus Biosciences, Inc.", "country": "US", "city": "San Diego",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "merck-and-co",
     "listings": [("NASDAQ", "RXDX")],
     "description": "Immunology and precision-medicine company (TL1A antibody PRA023); acquired "
                    "by Merck & Co. in 2023."},
    {"slug": "cerevel-therapeutics", "name": "Cerevel Therapeutics",
     "legal_name": "Cerevel Therapeutics Holdings, Inc.", "country": "US", "city": "Cambridge",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "abbvie",
     "listings": [("NASDAQ", "CERE")],
     "description": "Neuroscience company founded in 2019 around Pfizer neuroscience programmes; "
                    "part of AbbVie since 1 Aug 2024."},
    {"slug": "karuna-therapeutics", "name": "Karuna Therapeutics",
     "legal_name": "Karuna Therapeutics, Inc.", "country": "US", "city": "Boston",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "bristol-myers-squibb",
     "listings": [("NASDAQ", "KRTX")],
     "description": "Neuropsychiatry company (KarXT); part of BMS since March 2024."},
    {"slug": "mirati-therapeutics", "name": "Mirati Therapeutics",
     "legal_name": "Mirati Therapeutics, Inc.", "country": "US", "city": "San Diego",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "bristol-myers-squibb",
     "listings": [("NASDAQ", "MRTX")],
     "description": "Targeted-oncology company (Krazati); part of BMS since 23 Jan 2024."},
    {"slug": "rayzebio", "name": "RayzeBio", "legal_name": "RayzeBio, Inc.", "country": "US",
     "city": "San Diego", "company_type": "biotech", "ownership": "subsidiary",
     "parent": "bristol-myers-squibb", "listings": [("NASDAQ", "RYZB")],
     "description": "Actinium-based radiopharmaceutical company; acquired by BMS."},
    {"slug": "morphic-holding", "name": "Morphic Holding", "legal_name": "Morphic Holding, Inc.",
     "country": "US", "city": "Waltham", "company_type": "biotech", "ownership": "subsidiary",
     "parent": "eli-lilly", "listings": [("NASDAQ", "MORF")],
     "aliases": [("Morphic", "abbreviation"), ("Morphic Therapeutic", "other")],
     "description": "Oral integrin therapies company (MORF-057); part of Lilly since 16 Aug 2024."},
    {"slug": "scorpion-therapeutics", "name": "Scorpion Therapeutics",
     "legal_name": "Scorpion Therapeutics, Inc.", "country": "US", "company_type": "biotech",
     "ownership": "private",
     "description": "Private precision-oncology company; Lilly agreed to acquire it for its "
                    "PI3Kα programme STX-478 while its other assets were spun out."},
    {"slug": "verve-therapeutics", "name": "Verve Therapeutics",
     "legal_name": "Verve Therapeutics, Inc.", "country": "US", "city": "Boston",
     "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "VERV")],
     "description": "In vivo base-editing company for cardiovascular disease; Lilly agreed to "
                    "acquire it in June 2025."},
    {"slug": "alpine-immune-sciences", "name": "Alpine Immune Sciences",
     "legal_name": "Alpine Immune Sciences, Inc.", "country": "US", "city": "Seattle",
     "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "ALPN")],
     "description": "Protein-based immunotherapy company (povetacicept); Vertex agreed to "
                    "acquire it in April 2024."},
    {"slug": "springworks-therapeutics", "name": "SpringWorks Therapeutics",
     "legal_name": "SpringWorks Therapeutics, Inc.", "country": "US", "city": "Stamford",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "merck-kgaa",
     "listings": [("NASDAQ", "SWTX")],
     "description": "Rare-tumour company spun out of Pfizer (Ogsiveo, Gomekli); acquired by "
                    "Merck KGaA in 2025."},
    {"slug": "blueprint-medicines", "name": "Blueprint Medicines",
     "legal_name": "Blueprint Medicines Corporation", "country": "US", "city": "Cambridge",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "sanofi",
     "listings": [("NASDAQ", "BPMC")],
     "description": "Systemic mastocytosis and KIT-driven disease company (Ayvakit); acquired by "
                    "Sanofi in 2025."},
    {"slug": "verona-pharma", "name": "Verona Pharma", "legal_name": "Verona Pharma plc",
     "country": "GB", "city": "London", "company_type": "biotech", "ownership": "subsidiary",
     "parent": "merck-and-co", "listings": [("NASDAQ", "VRNA")],
     "description": "UK respiratory company (Ohtuvayre); part of Merck & Co. since October 2025."},
    {"slug": "avidity-biosciences", "name": "Avidity Biosciences",
     "legal_name": "Avidity Biosciences, Inc.", "country": "US", "city": "San Diego",
     "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "RNA")],
     "description": "Antibody oligonucleotide conjugate (AOC) company; Novartis agreed to acquire "
                    "it in October 2025 after a spin-off of its cardiology programmes."},
    {"slug": "profoundbio", "name": "ProfoundBio", "legal_name": "ProfoundBio, Inc.",
     "country": "US", "city": "Seattle", "company_type": "biotech", "ownership": "subsidiary",
     "parent": "genmab",
     "description": "ADC company headquartered in Seattle with an R&D centre in Suzhou, China; "
                    "part of Genmab since 21 May 2024."},
    {"slug": "merus", "name": "Merus", "legal_name": "Merus N.V.", "country": "NL",
     "company_type": "biotech", "ownership": "public", "listings": [("NASDAQ", "MRUS")],
     "description": "Dutch bispecific and trispecific antibody company (petosemtamab); Genmab "
                    "agreed to acquire it in September 2025."},
    {"slug": "gracell-biotechnologies", "name": "Gracell Biotechnologies",
     "legal_name": "Gracell Biotechnologies Inc.", "country": "CN", "company_type": "biotech",
     "ownership": "subsidiary", "parent": "astrazeneca", "listings": [("NASDAQ", "GRCL")],
     "description": "Chinese cell-therapy company (FasTCAR, GC012F) with operations in China and "
                    "the US; part of AstraZeneca since 22 Feb 2024."},
    {"slug": "akero-therapeutics", "name": "Akero Therapeutics",
     "legal_name": "Akero Therapeutics, Inc.", "country": "US", "company_type": "biotech",
     "ownership": "subsidiary", "parent": "novo-nordisk", "listings": [("NASDAQ", "AKRO")],
     "description": "MASH company (efruxifermin); acquired by Novo Nordisk."},
    {"slug": "metsera", "name": "Metsera", "legal_name": "Metsera, Inc.", "country": "US",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "pfizer",
     "listings": [("NASDAQ", "MTSR")],
     "description": "Obesity and cardiometabolic company (incretin and amylin analogues); acquired "
                    "by Pfizer in 2025 after a bidding contest with Novo Nordisk."},
    {"slug": "carmot-therapeutics", "name": "Carmot Therapeutics",
     "legal_name": "Carmot Therapeutics, Inc.", "country": "US", "city": "Berkeley",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "roche",
     "description": "Private obesity and diabetes company (CT-388, CT-996, CT-868); acquired by "
                    "Roche in January 2024."},
    {"slug": "89bio", "name": "89bio", "legal_name": "89bio, Inc.", "country": "US",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "roche",
     "listings": [("NASDAQ", "ETNB")],
     "description": "Liver and cardiometabolic company (pegozafermin); part of Roche since 30 Oct 2025."},
    {"slug": "idrx", "name": "IDRx", "legal_name": "IDRx, Inc.", "country": "US",
     "city": "Boston", "company_type": "biotech", "ownership": "subsidiary", "parent": "gsk",
     "description": "GIST precision-therapy company launched in 2022; part of GSK since "
                    "February 2025."},
    {"slug": "boston-pharmaceuticals", "name": "Boston Pharmaceuticals", "country": "US",
     "company_type": "biotech", "ownership": "private",
     "description": "Private biotech; sold its subsidiary BP Asset IX, Inc. (efimosfermin) to GSK."},
    {"slug": "proteologix", "name": "Proteologix", "legal_name": "Proteologix, Inc.",
     "country": "US", "city": "Redwood City", "company_type": "biotech",
     "ownership": "subsidiary", "parent": "johnson-johnson",
     "description": "Private bispecific-antibody company (PX128, PX130); acquired by J&J in 2024."},
    {"slug": "human-immunology-biosciences", "name": "Human Immunology Biosciences",
     "country": "US", "company_type": "biotech", "ownership": "subsidiary", "parent": "biogen",
     "aliases": [("HI-Bio", "abbreviation")],
     "description": "Private immune-mediated disease company (felzartamab); part of Biogen since "
                    "July 2024."},
    {"slug": "landos-biopharma", "name": "Landos Biopharma", "legal_name": "Landos Biopharma, Inc.",
     "country": "US", "company_type": "biotech", "ownership": "public",
     "listings": [("NASDAQ", "LABP")],
     "description": "Virginia-based oral autoimmune therapeutics company (NX-13); AbbVie agreed "
                    "to acquire it in March 2024."},
    {"slug": "tourmaline-bio", "name": "Tourmaline Bio", "legal_name": "Tourmaline Bio, Inc.",
     "country": "US", "city": "New York", "company_type": "biotech", "ownership": "subsidiary",
     "parent": "novartis", "listings": [("NASDAQ", "TRML")],
     "description": "Inflammation company (pacibekitug, licensed from Pfizer); part of Novartis "
                    "since 28 Oct 2025."},
    {"slug": "regulus-therapeutics", "name": "Regulus Therapeutics",
     "legal_name": "Regulus Therapeutics Inc.", "country": "US", "city": "San Diego",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "novartis",
     "listings": [("NASDAQ", "RGLS")],
     "description": "microRNA therapeutics company (farabursen); part of Novartis since 25 Jun 2025."},
    {"slug": "vigil-neuroscience", "name": "Vigil Neuroscience",
     "legal_name": "Vigil Neuroscience, Inc.", "country": "US", "city": "Watertown",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "sanofi",
     "listings": [("NASDAQ", "VIGL")],
     "description": "TREM2-focused neurodegeneration company; acquired by Sanofi in 2025."},
    {"slug": "inhibrx", "name": "Inhibrx", "legal_name": "Inhibrx, Inc.", "country": "US",
     "city": "San Diego", "company_type": "biotech", "ownership": "subsidiary", "parent": "sanofi",
     "listings": [("NASDAQ", "INBX")],
     "description": "Biologics company acquired by Sanofi (30 May 2024) for INBRX-101 after the "
                    "spin-off of its other assets into Inhibrx Biosciences (New Inhibrx)."},
    {"slug": "iveric-bio", "name": "Iveric Bio", "legal_name": "IVERIC bio, Inc.", "country": "US",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "astellas-pharma",
     "listings": [("NASDAQ", "ISEE")],
     "description": "Ophthalmology company (avacincaptad pegol); acquired by Astellas in 2023."},
    {"slug": "deciphera-pharmaceuticals", "name": "Deciphera Pharmaceuticals",
     "legal_name": "Deciphera Pharmaceuticals, Inc.", "country": "US", "city": "Waltham",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "ono-pharmaceutical",
     "listings": [("NASDAQ", "DCPH")],
     "description": "Kinase-inhibitor oncology company (Qinlock, vimseltinib); acquired by Ono "
                    "in 2024."},
    {"slug": "orchard-therapeutics", "name": "Orchard Therapeutics",
     "legal_name": "Orchard Therapeutics plc", "country": "GB", "city": "London",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "kyowa-kirin",
     "listings": [("NASDAQ", "ORTX")],
     "description": "HSC gene therapy company (Libmeldy); part of Kyowa Kirin since 24 Jan 2024."},
    {"slug": "jnana-therapeutics", "name": "Jnana Therapeutics",
     "legal_name": "Jnana Therapeutics Inc.", "country": "US", "city": "Boston",
     "company_type": "biotech", "ownership": "subsidiary", "parent": "otsuka-pharmaceutical",
     "description": "Chemoproteomics (RAPID platform) company; acquired by Otsuka in 2024 and now "
                    "a subsidiary of Otsuka America, Inc."},
    {"slug": "celltrion-healthcare", "name": "Celltrion Healthcare",
     "legal_name": "Celltrion Healthcare Co., Ltd.", "local_name": "셀트리온헬스케어",
     "country": "KR", "company_type": "mid_pharma", "listings": [("KOSDAQ", "091990")],
     "aliases": [("셀트리온헬스케어", "local")],
     "description": "Former overseas marketing and distribution arm of the Celltrion group; "
                    "merged into Celltrion and dissolved (merger completed 28 Dec 2023)."},
]

# --- Targets ------------------------------------------------------------------------------
# New targets only (FRα is already in demo_data.py). HGNC symbols.

TARGETS: list[dict] = [
    {"name": "TL1A", "slug": "tl1a", "gene_symbol": "TNFSF15",
     "description": "TNF-like ligand 1A, linked to intestinal inflammation and fibrosis."},
    {"name": "M4 muscarinic receptor", "slug": "m4-muscarinic-receptor", "gene_symbol": "CHRM4",
     "description": "Muscarinic acetylcholine receptor M4."},
    {"name": "Dopamine D1 receptor", "slug": "dopamine-d1-receptor", "gene_symbol": "DRD1",
     "description": ""},
    {"name": "Dopamine D5 receptor", "slug": "dopamine-d5-receptor", "gene_symbol": "DRD5",
     "description": ""},
    {"name": "KRAS", "slug": "kras", "gene_symbol": "KRAS", "description": "KRAS GTPase (G12C mutant for adagrasib)."},
    {"name": "PRMT5", "slug": "prmt5", "gene_symbol": "PRMT5",
     "description": "Protein arginine methyltransferase 5 (MTA-cooperative inhibition)."},
    {"name": "SSTR2", "slug": "sstr2", "gene_symbol": "SSTR2", "description": "Somatostatin receptor 2."},
    {"name": "Integrin α4β7", "slug": "integrin-a4b7", "gene_symbol": "ITGB7",
     "description": "Gut-homing integrin heterodimer of ITGA4 and ITGB7 (symbol given for the β7 chain)."},
    {"name": "PI3Kα", "slug": "pi3ka", "gene_symbol": "PIK3CA",
     "description": "Phosphoinositide 3-kinase catalytic subunit alpha (mutant-selective inhibition)."},
    {"name": "PCSK9", "slug": "pcsk9", "gene_symbol": "PCSK9", "description": ""},
    {"name": "BAFF", "slug": "baff", "gene_symbol": "TNFSF13B", "description": "B cell activating factor."},
    {"name": "APRIL", "slug": "april", "gene_symbol": "TNFSF13", "description": "A proliferation-inducing ligand."},
    {"name": "KIT", "slug": "kit", "gene_symbol": "KIT", "description": "KIT receptor tyrosine kinase."},
    {"name": "EGFR", "slug": "egfr", "gene_symbol": "EGFR", "description": ""},
    {"name": "LGR5", "slug": "lgr5", "gene_symbol": "LGR5", "description": ""},
    {"name": "BCMA", "slug": "bcma", "gene_symbol": "TNFRSF17", "description": "B-cell maturation antigen."},
    {"name": "CD19", "slug": "cd19", "gene_symbol": "CD19", "description": ""},
    {"name": "IL-13", "slug": "il-13", "gene_symbol": "IL13", "description": ""},
    {"name": "TSLP", "slug": "tslp", "gene_symbol": "TSLP", "description": "Thymic stromal lymphopoietin."},
    {"name": "IL-22", "slug": "il-22", "gene_symbol": "IL22", "description": ""},
    {"name": "CD38", "slug": "cd38", "gene_symbol": "CD38", "description": ""},
    {"name": "NLRX1", "slug": "nlrx1", "gene_symbol": "NLRX1", "description": "NOD-like receptor X1."},
    {"name": "IL-6", "slug": "il-6", "gene_symbol": "IL6", "description": ""},
    {"name": "miR-17", "slug": "mir-17", "gene_symbol": "MIR17", "description": "microRNA-17."},
    {"name": "TREM2", "slug": "trem2", "gene_symbol": "TREM2",
     "description": "Triggering receptor expressed on myeloid cells 2."},
    {"name": "Alpha-1 antitrypsin", "slug": "alpha-1-antitrypsin", "gene_symbol": "SERPINA1",
     "description": "AAT; INBRX-101 is a recombinant AAT-Fc augmentation protein."},
    {"name": "Complement C5", "slug": "complement-c5", "gene_symbol": "C5", "description": ""},
    {"name": "SLC6A19", "slug": "slc6a19", "gene_symbol": "SLC6A19",
     "description": "Neutral amino-acid (phenylalanine) transporter in the kidney."},
    {"name": "ARSA", "slug": "arsa", "gene_symbol": "ARSA",
     "description": "Arylsulfatase A, the enzyme deficient in metachromatic leukodystrophy."},
]

# --- Assets -------------------------------------------------------------------------------
# ``owner`` is the originator where a source names it (felzartamab: MorphoSys; pacibekitug:
# Pfizer; IDRX-42: Merck KGaA; efimosfermin: Novartis), else the acquired company.
# ``highest_phase`` is left empty; each deal carries phase_at_signing where a source gives it.

ASSETS: list[dict] = [
    {"slug": "pra023", "name": "PRA023", "owner": "prometheus-biosciences",
     "modality": "monoclonal_antibody", "targets": ["TL1A"],
     "therapeutic_areas": ["Gastroenterology & hepatology", "Immunology"],
     "indications": "Ulcerative colitis, Crohn's disease, other autoimmune conditions",
     "aliases": [("MK-7240", "code")],
     "description": "Humanized anti-TL1A monoclonal antibody; renamed MK-7240 by Merck."},
    {"slug": "emraclidine", "name": "emraclidine", "owner": "cerevel-therapeutics",
     "modality": "small_molecule", "targets": ["M4 muscarinic receptor"],
     "therapeutic_areas": ["Psychiatry"], "indications": "Schizophrenia; dementia-related psychosis",
     "description": "Positive allosteric modulator of the muscarinic M4 receptor."},
    {"slug": "tavapadon", "name": "tavapadon", "owner": "cerevel-therapeutics",
     "modality": "small_molecule", "targets": ["Dopamine D1 receptor", "Dopamine D5 receptor"],
     "therapeutic_areas": ["Neurology"], "indications": "Parkinson's disease",
     "description": "Dopamine D1/D5 selective partial agonist."},
    {"slug": "karxt", "name": "KarXT", "owner": "karuna-therapeutics", "modality": "small_molecule",
     "therapeutic_areas": ["Psychiatry"],
     "indications": "Schizophrenia in adults; Alzheimer's disease psychosis",
     "description": "Antipsychotic with a novel (muscarinic) mechanism of action."},
    {"slug": "adagrasib", "name": "adagrasib", "owner": "mirati-therapeutics",
     "modality": "small_molecule", "targets": ["KRAS"], "therapeutic_areas": ["Oncology"],
     "aliases": [("Krazati", "brand")], "indications": "Advanced non-small cell lung cancer"},
    {"slug": "mrtx1719", "name": "MRTX1719", "owner": "mirati-therapeutics",
     "modality": "small_molecule", "targets": ["PRMT5"], "therapeutic_areas": ["Oncology"],
     "description": "MTA-cooperative PRMT5 inhibitor; the BMS-Mirati CVR is tied to it."},
    {"slug": "ryz101", "name": "RYZ101", "owner": "rayzebio", "modality": "radioligand",
     "targets": ["SSTR2"], "therapeutic_areas": ["Oncology"],
     "aliases": [("225Ac-dotatate", "other")],
     "indications": "Gastroenteropancreatic neuroendocrine tumours; small cell lung cancer",
     "description": "Actinium-225 SSTR2-targeted radiopharmaceutical."},
    {"slug": "morf-057", "name": "MORF-057", "owner": "morphic-holding",
     "modality": "small_molecule", "targets": ["Integrin α4β7"],
     "therapeutic_areas": ["Gastroenterology & hepatology", "Immunology"],
     "indications": "Ulcerative colitis, Crohn's disease",
     "description": "Selective oral small-molecule inhibitor of α4β7 integrin."},
    {"slug": "stx-478", "name": "STX-478", "owner": "scorpion-therapeutics",
     "modality": "small_molecule", "targets": ["PI3Kα"], "therapeutic_areas": ["Oncology"],
     "indications": "Breast cancer and other advanced solid tumours",
     "description": "Once-daily oral, mutant-selective PI3Kα inhibitor."},
    {"slug": "verve-102", "name": "VERVE-102", "owner": "verve-therapeutics",
     "modality": "gene_therapy", "targets": ["PCSK9"], "therapeutic_areas": ["Cardiovascular"],
     "indications": "Atherosclerotic cardiovascular disease; heterozygous familial hypercholesterolaemia",
     "description": "In vivo base-editing medicine that switches off PCSK9 in the liver."},
    {"slug": "povetacicept", "name": "povetacicept", "owner": "alpine-immune-sciences",
     "modality": "protein", "targets": ["BAFF", "APRIL"],
     "therapeutic_areas": ["Nephrology", "Immunology"], "aliases": [("ALPN-303", "code")],
     "indications": "IgA nephropathy; other autoimmune diseases",
     "description": "Dual BAFF/APRIL antagonist fusion protein."},
    {"slug": "nirogacestat", "name": "nirogacestat", "owner": "springworks-therapeutics",
     "modality": "small_molecule", "therapeutic_areas": ["Oncology", "Rare diseases"],
     "aliases": [("Ogsiveo", "brand")], "indications": "Progressing desmoid tumours in adults"},
    {"slug": "mirdametinib", "name": "mirdametinib", "owner": "springworks-therapeutics",
     "modality": "small_molecule", "therapeutic_areas": ["Oncology", "Rare diseases"],
     "aliases": [("Gomekli", "brand")],
     "indications": "Neurofibromatosis type 1-associated plexiform neurofibromas"},
    {"slug": "avapritinib", "name": "avapritinib", "owner": "blueprint-medicines",
     "modality": "small_molecule", "targets": ["KIT"],
     "therapeutic_areas": ["Immunology", "Rare diseases"],
     "aliases": [("Ayvakit", "brand"), ("Ayvakyt", "brand")],
     "indications": "Advanced and indolent systemic mastocytosis"},
    {"slug": "blu-808", "name": "BLU-808", "owner": "blueprint-medicines",
     "modality": "small_molecule", "targets": ["KIT"], "therapeutic_areas": ["Immunology"],
     "description": "Oral wild-type KIT inhibitor; the Sanofi-Blueprint CVR is tied to it."},
    {"slug": "ensifentrine", "name": "ensifentrine", "owner": "verona-pharma",
     "modality": "small_molecule", "therapeutic_areas": ["Respiratory"],
     "aliases": [("Ohtuvayre", "brand")],
     "indications": "Maintenance treatment of COPD in adults; non-cystic fibrosis bronchiectasis (in trials)",
     "description": "Inhaled selective dual inhibitor of PDE3 and PDE4."},
    {"slug": "delpacibart-zotadirsen", "name": "delpacibart zotadirsen", "owner": "avidity-biosciences",
     "modality": "other", "therapeutic_areas": ["Musculoskeletal", "Rare diseases"],
     "aliases": [("del-zota", "other")], "indications": "Duchenne muscular dystrophy",
     "description": "Antibody oligonucleotide conjugate (AOC)."},
    {"slug": "delpacibart-etedesiran", "name": "delpacibart etedesiran", "owner": "avidity-biosciences",
     "modality": "other", "therapeutic_areas": ["Musculoskeletal", "Rare diseases"],
     "indications": "Myotonic dystrophy type 1",
     "description": "Antibody oligonucleotide conjugate (AOC)."},
    {"slug": "delpacibart-braxlosiran", "name": "delpacibart braxlosiran", "owner": "avidity-biosciences",
     "modality": "other", "therapeutic_areas": ["Musculoskeletal", "Rare diseases"],
     "indications": "Facioscapulohumeral muscular dystrophy",
     "description": "Antibody oligonucleotide conjugate (AOC)."},
    {"slug": "rinatabart-sesutecan", "name": "rinatabart sesutecan", "owner": "profoundbio",
     "modality": "adc", "targets": ["FRα"], "therapeutic_areas": ["Oncology"],
     "aliases": [("Rina-S", "other"), ("PRO1184", "code")],
     "indications": "Ovarian cancer and other FRα-expressing solid tumours",
     "description": "FRα-targeted ADC with a topoisomerase I inhibitor (exatecan) payload."},
    {"slug": "petosemtamab", "name": "petosemtamab", "owner": "merus", "modality": "bispecific",
     "targets": ["EGFR", "LGR5"], "therapeutic_areas": ["Oncology"],
     "indications": "Head and neck cancer"},
    {"slug": "gc012f", "name": "GC012F", "owner": "gracell-biotechnologies",
     "modality": "cell_therapy", "targets": ["BCMA", "CD19"],
     "therapeutic_areas": ["Oncology", "Hematology", "Immunology"],
     "indications": "Multiple myeloma; other haematological malignancies; systemic lupus erythematosus",
     "description": "FasTCAR-enabled BCMA/CD19 dual-targeting autologous CAR-T."},
    {"slug": "efruxifermin", "name": "efruxifermin", "owner": "akero-therapeutics",
     "modality": "protein", "therapeutic_areas": ["Gastroenterology & hepatology", "Metabolic & endocrine"],
     "aliases": [("EFX", "other")],
     "indications": "MASH, including compensated cirrhosis due to MASH"},
    {"slug": "met-097i", "name": "MET-097i", "owner": "metsera", "modality": "peptide",
     "targets": ["GLP-1R"], "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Obesity", "description": "Once-monthly injectable GLP-1 receptor agonist."},
    {"slug": "met-233i", "name": "MET-233i", "owner": "metsera", "modality": "peptide",
     "therapeutic_areas": ["Metabolic & endocrine"], "indications": "Obesity",
     "description": "Once-monthly amylin analogue."},
    {"slug": "ct-388", "name": "CT-388", "owner": "carmot-therapeutics", "modality": "peptide",
     "targets": ["GLP-1R", "GIPR"], "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Obesity in patients with and without type 2 diabetes",
     "description": "Once-weekly subcutaneous dual GLP-1/GIP receptor agonist."},
    {"slug": "ct-996", "name": "CT-996", "owner": "carmot-therapeutics", "modality": "small_molecule",
     "targets": ["GLP-1R"], "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Obesity in patients with and without type 2 diabetes",
     "description": "Once-daily oral small-molecule GLP-1 receptor agonist."},
    {"slug": "ct-868", "name": "CT-868", "owner": "carmot-therapeutics", "modality": "peptide",
     "targets": ["GLP-1R", "GIPR"], "therapeutic_areas": ["Metabolic & endocrine"],
     "indications": "Type 1 diabetes with overweight or obesity",
     "description": "Once-daily subcutaneous dual GLP-1/GIP receptor agonist."},
    {"slug": "pegozafermin", "name": "pegozafermin", "owner": "89bio", "modality": "protein",
     "therapeutic_areas": ["Gastroenterology & hepatology", "Metabolic & endocrine"],
     "indications": "Moderate to severe MASH (F2-F3) and MASH cirrhosis (F4)",
     "description": "GlycoPEGylated FGF21 analogue."},
    {"slug": "idrx-42", "name": "IDRX-42", "owner": "merck-kgaa", "modality": "small_molecule",
     "targets": ["KIT"], "therapeutic_areas": ["Oncology"],
     "indications": "Gastrointestinal stromal tumours (first and second line)",
     "description": "Highly selective KIT tyrosine kinase inhibitor, licensed by IDRx from Merck KGaA in 2022."},
    {"slug": "efimosfermin-alfa", "name": "efimosfermin alfa", "owner": "novartis",
     "modality": "protein", "therapeutic_areas": ["Gastroenterology & hepatology"],
     "aliases": [("BOS-580", "code"), ("efimosfermin", "inn")],
     "indications": "MASH (including cirrhosis); alcohol-related liver disease (future development)",
     "description": "Once-monthly FGF21 analogue; in-licensed by Boston Pharmaceuticals from Novartis in 2020."},
    {"slug": "px128", "name": "PX128", "owner": "proteologix", "modality": "bispecific",
     "targets": ["IL-13", "TSLP"], "therapeutic_areas": ["Dermatology", "Respiratory", "Immunology"],
     "aliases": [("PX-128", "code")],
     "indications": "Moderate to severe atopic dermatitis; moderate to severe asthma"},
    {"slug": "px130", "name": "PX130", "owner": "proteologix", "modality": "bispecific",
     "targets": ["IL-13", "IL-22"], "therapeutic_areas": ["Dermatology", "Immunology"],
     "aliases": [("PX-130", "code")], "indications": "Moderate to severe atopic dermatitis"},
    {"slug": "felzartamab", "name": "felzartamab", "owner": "morphosys",
     "modality": "monoclonal_antibody", "targets": ["CD38"],
     "therapeutic_areas": ["Nephrology", "Immunology", "Rare diseases"],
     "indications": "Primary membranous nephropathy; IgA nephropathy; antibody-mediated rejection in kidney transplants",
     "description": "Anti-CD38 antibody originally developed by MorphoSys; HI-Bio licensed it "
                    "ex-Greater China in 2022."},
    {"slug": "nx-13", "name": "NX-13", "owner": "landos-biopharma", "modality": "small_molecule",
     "targets": ["NLRX1"], "therapeutic_areas": ["Gastroenterology & hepatology", "Immunology"],
     "indications": "Ulcerative colitis; Crohn's disease",
     "description": "Oral NLRX1 agonist with a bimodal mechanism of action."},
    {"slug": "pacibekitug", "name": "pacibekitug", "owner": "pfizer",
     "modality": "monoclonal_antibody", "targets": ["IL-6"], "therapeutic_areas": ["Cardiovascular"],
     "indications": "Atherosclerotic cardiovascular disease; abdominal aortic aneurysm; thyroid eye disease",
     "description": "Long-acting anti-IL-6 IgG2 antibody licensed by Tourmaline from Pfizer in May 2022."},
    {"slug": "farabursen", "name": "farabursen", "owner": "regulus-therapeutics", "modality": "aso",
     "targets": ["miR-17"], "therapeutic_areas": ["Nephrology", "Rare diseases"],
     "indications": "Autosomal dominant polycystic kidney disease",
     "description": "Oligonucleotide inhibitor of miR-17 with preferential kidney exposure."},
    {"slug": "vg-3927", "name": "VG-3927", "owner": "vigil-neuroscience",
     "modality": "small_molecule", "targets": ["TREM2"], "therapeutic_areas": ["Neurology"],
     "indications": "Alzheimer's disease", "description": "Oral small-molecule TREM2 agonist."},
    {"slug": "inbrx-101", "name": "INBRX-101", "owner": "inhibrx", "modality": "protein",
     "targets": ["Alpha-1 antitrypsin"], "therapeutic_areas": ["Respiratory", "Rare diseases"],
     "indications": "Alpha-1 antitrypsin deficiency", "aliases": [("SAR447537", "code")],
     "description": "Recombinant human AAT-Fc fusion protein for monthly augmentation therapy."},
    {"slug": "avacincaptad-pegol", "name": "avacincaptad pegol", "owner": "iveric-bio",
     "modality": "other", "targets": ["Complement C5"], "therapeutic_areas": ["Ophthalmology"],
     "aliases": [("Zimura", "other"), ("ACP", "other")],
     "indications": "Geographic atrophy secondary to age-related macular degeneration",
     "description": "Complement C5 inhibitor (pegylated aptamer)."},
    {"slug": "ripretinib", "name": "ripretinib", "owner": "deciphera-pharmaceuticals",
     "modality": "small_molecule", "targets": ["KIT"], "therapeutic_areas": ["Oncology"],
     "aliases": [("Qinlock", "brand")], "indications": "Fourth-line gastrointestinal stromal tumour"},
    {"slug": "vimseltinib", "name": "vimseltinib", "owner": "deciphera-pharmaceuticals",
     "modality": "small_molecule", "targets": ["CSF-1R"], "therapeutic_areas": ["Oncology"],
     "indications": "Tenosynovial giant cell tumour"},
    {"slug": "otl-200", "name": "OTL-200", "owner": "orchard-therapeutics",
     "modality": "gene_therapy", "targets": ["ARSA"], "therapeutic_areas": ["Rare diseases", "Neurology"],
     "aliases": [("atidarsagene autotemcel", "inn"), ("Libmeldy", "brand")],
     "indications": "Metachromatic leukodystrophy",
     "description": "Autologous HSC gene therapy; EU-approved, under US FDA review at signing."},
    {"slug": "jnt-517", "name": "JNT-517", "owner": "jnana-therapeutics",
     "modality": "small_molecule", "targets": ["SLC6A19"],
     "therapeutic_areas": ["Metabolic & endocrine", "Rare diseases"],
     "indications": "Phenylketonuria",
     "description": "Oral allosteric inhibitor of the phenylalanine transporter SLC6A19."},
]

# --- Deals --------------------------------------------------------------------------------


def _no_territory() -> dict:
    """M&A deals carry no territory."""
    return {"included": [], "excluded": []}


DEALS: list[dict] = [
    # ------------------------------------------------------------------ 2023 ------------
    {
        "slug": "merck-prometheus-acquisition-2023",
        "title": "Merck & Co. acquires Prometheus Biosciences (TL1A antibody PRA023)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 4, 16), "conference": None,
        "indication": "Ulcerative colitis, Crohn's disease and other immune-mediated diseases",
        "summary": "Merck & Co. buys Prometheus Biosciences for $200.00 per share in cash, a total "
                   "equity value of about $10.8B, for the anti-TL1A antibody PRA023 (MK-7240) in "
                   "Phase 2 for ulcerative colitis and Crohn's disease. Announced on a Sunday; "
                   "later completed.",
        "analyst_notes": "DCAT reports the completion without a date. A later STAT article (copy at "
                         "http://asia520.info/index-93.html) says the acquisition closed \"last June\" "
                         "(June 2023); the closed event is stored without a date.",
        "sources": [
            {"key": "rtt", "url": "https://www.nasdaq.com/articles/prometheus-biosciences-to-be-acquired-by-merck",
             "publisher": "RTTNews (via Nasdaq.com)", "title": "Prometheus Biosciences To Be Acquired By Merck",
             "published_on": date(2023, 4, 16), "language": "en",
             "quote": "In a bid to strengthen its immunology pipeline, Merck (MRK) has agreed to acquire "
                      "Prometheus Biosciences Inc. (RXDX) for $200.00 per share in cash for a total "
                      "equity value of roughly $10.8 billion."},
            {"key": "merck", "url": "https://merck.com/?p=3650096", "publisher": "Merck & Co. (merck.com)",
             "title": "Merck Strengthens Immunology Pipeline With Acquisition of Prometheus "
                      "Biosciences, Inc. (publication date approximate)",
             "published_on": date(2023, 4, 16), "language": "en",
             "quote": "has agreed to acquire Prometheus for $200.00 per share in cash for a total "
                      "equity value of approximately $10.8 billion."},
            {"key": "bpr", "url": "https://www.biopharma-reporter.com/Article/2023/04/17/Merck-acquires-Prometheus-Biosciences-in-10.8bn-deal/",
             "publisher": "BioPharma-Reporter",
             "title": "Merck acquires Prometheus Biosciences in $10.8bn deal (title paraphrased; date from URL)",
             "published_on": date(2023, 4, 17), "language": "en",
             "quote": "Prometheus’ lead candidate, PRA023, is a humanized monoclonal antibody (mAb) in "
                      "Phase 2 trials for ulcerative colitis (UC) and Crohn’s disease (CD)."},
            {"key": "closing", "url": "https://www.dcatvci.org/top-industry-news/merck-co-completes-10-8-bn-acquisition-of-prometheus-bio/",
             "publisher": "DCAT Value Chain Insights",
             "title": "Merck & Co. Completes $10.8-Bn Acquisition of Prometheus Bio (publication date approximate)",
             "published_on": date(2023, 4, 16), "language": "en",
             "quote": "Merck & Co. has completed its $10.8-billion acquisition of Prometheus "
                      "Biosciences, a San Diego, California-based bio/pharmaceutical company."},
        ],
        "headline": {"amount": D("10_800_000_000"), "currency": "USD", "source": "rtt",
                     "quote": "for a total equity value of roughly $10.8 billion"},
        "parties": [
            {"company": "merck-and-co", "role": "acquirer"},
            {"company": "prometheus-biosciences", "role": "target"},
        ],
        "assets": [{"asset": "pra023", "phase_at_signing": "phase_2"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("10_800_000_000"), "currency": "USD",
             "source": "rtt",
             "quote": "for $200.00 per share in cash for a total equity value of roughly $10.8 billion",
             "note": "$200.00 per share in cash; total equity value."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2023, 4, 16), "source": "rtt",
             "description": "Announced on Sunday 16 Apr 2023."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "DCAT reports the completion (no date given; STAT later says June 2023)."},
        ],
    },
    {
        "slug": "astellas-iveric-bio-acquisition-2023",
        "title": "Astellas acquires Iveric Bio (avacincaptad pegol)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 4, 30), "conference": None,
        "indication": "Geographic atrophy secondary to age-related macular degeneration",
        "summary": "Japan's Astellas buys US eye-drug developer Iveric Bio for $40.00 per share in "
                   "cash, a total equity value of about $5.9B, for avacincaptad pegol (Zimura), a "
                   "complement C5 inhibitor for geographic atrophy then under FDA priority review "
                   "(PDUFA date 19 Aug 2023). Announced late Sunday 30 Apr 2023 US time "
                   "(1 May in Tokyo).",
        "analyst_notes": "The Reuters item on Nasdaq.com (30 Apr 2023) words the deal as if it had "
                         "already been completed (\"had fully acquired\"); it was the signing. Other "
                         "outlets date the announcement 1 May (Tokyo time).",
        "sources": [
            {"key": "reuters", "url": "https://www.nasdaq.com/articles/astellas-pharma-buys-iveric-bio-for-$5.9-bln",
             "publisher": "Reuters (via Nasdaq.com)", "title": "Astellas Pharma buys Iveric Bio for $5.9 bln",
             "published_on": date(2023, 4, 30), "language": "en",
             "quote": "Astellas bought IVERIC for $40.00 per share in cash, for a total equity value "
                      "of approximately $5.9 billion."},
            {"key": "dpa", "url": "https://www.finanznachrichten.de/nachrichten-2023-05/58958118-astellas-pharma-to-acquire-iveric-bio-in-dollar-5-9-bln-deal-020.htm",
             "publisher": "dpa-AFX (via finanznachrichten.de)",
             "title": "Astellas Pharma To Acquire Iveric Bio In $5.9 Bln Deal (title paraphrased)",
             "published_on": date(2023, 5, 1), "language": "en",
             "quote": "Astellas Pharma Inc. (ALPMY, ALPMY) agreed to acquire Iveric bio Inc. (ISEE) "
                      "for US$40.00 per share in cash, representing a total equity value of about "
                      "US$5.9 billion."},
            {"key": "stat", "url": "https://www.statnews.com/2023/05/01/astellas-acquires-iveric-bio-for-5-9b-entering-competition-to-treat-common-cause-of-vision-loss/",
             "publisher": "STAT",
             "title": "Astellas acquires Iveric Bio for $5.9B, entering competition to treat common "
                      "cause of vision loss (title paraphrased)",
             "published_on": date(2023, 5, 1), "language": "en",
             "quote": "Japanese drugmaker Astellas said late Sunday it would acquire eye drug "
                      "developer Iveric Bio for $5.9 billion"},
            {"key": "closing", "url": "https://www.pharmaceutical-business-review.com/news/astellas-acquisition-iveric-bio/",
             "publisher": "Pharmaceutical Business Review",
             "title": "Astellas completes acquisition of Iveric Bio (title paraphrased; publication date approximate)",
             "published_on": date(2023, 4, 30), "language": "en",
             "quote": "Astellas Pharma, through its indirect wholly owned subsidiary, Berry Merger "
                      "Sub, has completed the acquisition of Iveric Bio."},
        ],
        "headline": {"amount": D("5_900_000_000"), "currency": "USD", "source": "dpa",
                     "quote": "representing a total equity value of about US$5.9 billion"},
        "parties": [
            {"company": "astellas-pharma", "role": "acquirer"},
            {"company": "iveric-bio", "role": "target", "name_as_reported": "IVERIC bio, Inc."},
        ],
        "assets": [{"asset": "avacincaptad-pegol", "phase_at_signing": "filed"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("5_900_000_000"), "currency": "USD",
             "source": "reuters",
             "quote": "for $40.00 per share in cash, for a total equity value of approximately $5.9 billion",
             "note": "$40.00 per share in cash; total equity value."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2023, 4, 30), "source": "reuters",
             "description": "Announced late Sunday 30 Apr 2023 (US time); 1 May in Tokyo."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "Completion through Berry Merger Sub reported (no date in the source read)."},
        ],
    },
    {
        "slug": "celltrion-celltrion-healthcare-merger-2023",
        "title": "Celltrion absorbs Celltrion Healthcare (merger)",
        "deal_type": "merger", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 8, 17), "conference": None, "indication": "",
        "summary": "Korean biosimilar maker Celltrion merges with its overseas-distribution "
                   "affiliate Celltrion Healthcare by absorption (Celltrion survives, Celltrion "
                   "Healthcare is dissolved), to integrate development, manufacturing and sales. "
                   "Disclosed 17 Aug 2023, approved by both shareholder meetings on 23 Oct 2023, "
                   "completed 28 Dec 2023. An all-share merger: no cash price; the merger ratio was "
                   "not in the sources read.",
        "analyst_notes": "Share-for-share absorption merger within one group; no payment rows. The "
                         "new Celltrion shares were to be listed on 12 Jan 2024 (한국경제TV).",
        "sources": [
            {"key": "mt", "url": "https://v.daum.net/v/20230817154030588",
             "publisher": "머니투데이 (Money Today, via Daum)",
             "title": "[속보]셀트리온, 셀트리온헬스케어 흡수합병 결정", "published_on": date(2023, 8, 17),
             "language": "ko", "quote": "셀트리온은 셀트리온헬스케어를 흡수합병하기로 결정했다고 17일 공시했다."},
            {"key": "biospectator", "url": "https://m.biospectator.com/view/news_view.php?varAtcId=20102",
             "publisher": "바이오스펙테이터 (BioSpectator)",
             "title": "셀트리온-셀트리온헬케, 임시주총서 “합병 승인”", "published_on": date(2023, 10, 23),
             "language": "ko",
             "quote": "셀트리온(Celltrion)과 셀트리온헬스케어(Celltrion Healthcare)는 23일 각각 임시 "
                      "주주총회를 열고 '합병 계약서 승인의 건'을 승인했다고 밝혔다."},
            {"key": "wowtv", "url": "https://wowtv.co.kr/NewsCenter/News/Read?articleId=A202401020107",
             "publisher": "한국경제TV (Korea Economic TV)",
             "title": "Celltrion hits a 52-week high after absorbing Celltrion Healthcare (title paraphrased; date from URL)",
             "published_on": date(2024, 1, 2), "language": "ko",
             "quote": "앞서 셀트리온은 지난달 28일 장 마감뒤 셀트리온헬스케어와의 합병을 공시한 바 있다."},
        ],
        "headline": None,
        "parties": [
            {"company": "celltrion", "role": "acquirer", "name_as_reported": "셀트리온"},
            {"company": "celltrion-healthcare", "role": "target", "name_as_reported": "셀트리온헬스케어"},
        ],
        "assets": [],
        "territory": _no_territory(),
        "payments": [],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2023, 8, 17), "source": "mt",
             "description": "Merger decision disclosed to the exchange on 17 Aug 2023."},
            {"kind": "other", "date": date(2023, 10, 23), "source": "biospectator",
             "description": "Extraordinary shareholder meetings of both companies approved the merger agreement."},
            {"kind": "closed", "date": date(2023, 12, 28), "source": "wowtv",
             "description": "Completion of the merger disclosed after market close on 28 Dec 2023 "
                            "(\"지난달 28일\" in a 2 Jan 2024 report)."},
        ],
    },
    {
        "slug": "kyowa-kirin-orchard-acquisition-2023",
        "title": "Kyowa Kirin acquires Orchard Therapeutics (HSC gene therapy)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 10, 5), "conference": None,
        "indication": "Metachromatic leukodystrophy",
        "summary": "Japan's Kyowa Kirin agrees to buy UK gene-therapy company Orchard Therapeutics "
                   "for $16.00 per ADS in cash (about $387.4M, ¥57.3B) plus a CVR of $1.00 per ADS "
                   "payable on US approval of OTL-200 (Libmeldy) in MLD: up to $17.00 per ADS, about "
                   "$477.6M (¥70.7B) in total. Implemented by a UK scheme of arrangement, sanctioned "
                   "by the High Court on 22 Jan 2024 and effective (closing date) on 24 Jan 2024.",
        "analyst_notes": "S&P Capital IQ text on 4-traders/MarketScreener "
                         "(http://www.4-traders.com/quote/stock/ORCHARD-THERAPEUTICS-PLC-46901491/news/Kyowa-Kirin-Co-Ltd-completed-the-acquisition-of-Orchard-Therapeutics-plc-from-RA-Capital-Manageme-45809936/) "
                         "puts the deal at \"approximately $370 million\". GlobalData "
                         "(https://futurehealthstocks.com/kyowa-kirin-acquires-orchard-therapeutics-for-477-6m) "
                         "converts the $477.6M equity value as \"Y70.47bn\" against ¥70.7 billion in the "
                         "companies' release. The CVR aggregate ($90M) is BioWorld's figure; the companies "
                         "gave only the $387.4M and $477.6M totals.",
        "sources": [
            {"key": "gnw", "url": "https://markets.businessinsider.com/news/stocks/kyowa-kirin-to-acquire-orchard-therapeutics-1032680174",
             "publisher": "Kyowa Kirin and Orchard Therapeutics (GlobeNewswire, via Markets Insider)",
             "title": "Kyowa Kirin to Acquire Orchard Therapeutics", "published_on": date(2023, 10, 5),
             "language": "en",
             "quote": "Kyowa Kirin will acquire Orchard Therapeutics for $16.00 per American "
                      "Depositary Share (ADS) in cash (approximately $387.4 million, or ¥57.3 "
                      "billion), under which Orchard shareholders will hold an additional contingent "
                      "value right (CVR) of $1.00 per ADS. An additional $1.00 CVR will be paid for a "
                      "total of $17.00 per ADS, or approximately $477.6 million (¥70.7 billion) if the "
                      "conditions are met."},
            {"key": "bioworld", "url": "https://www.bioworld.com/articles/701545-kyowa-acquiring-gene-therapy-firm-orchard-for-up-to-478m?v=preview",
             "publisher": "BioWorld", "title": "Kyowa acquiring gene therapy firm Orchard for up to $478M "
                                               "(page shows only October 2023; publication date approximate)",
             "published_on": date(2023, 10, 5), "language": "en",
             "quote": "Japanese specialty global pharma Kyowa Kirin Co. Ltd. has agreed to buy out "
                      "Orchard Therapeutics plc in a $387.4 million cash takeover that could jump $90 "
                      "million to reach $477.6 million, contingent on the pending U.S. FDA approval of "
                      "its EU-approved gene therapy, Libmeldy (atidarsagene autotemcel)."},
            {"key": "closing", "url": "https://www.zonebourse.com/cours/action/ORCHARD-THERAPEUTICS-PLC-46901491/actualite/Orchard-Therapeutics-plc-annonce-des-changements-au-sein-de-son-conseil-d-administration-45809904/",
             "publisher": "Orchard Therapeutics Form 8-K (French summary on Zonebourse)",
             "title": "Orchard Therapeutics plc annonce des changements au sein de son conseil "
                      "d'administration (title paraphrased; publication date approximate)",
             "published_on": date(2023, 10, 5), "language": "fr",
             "quote": "Le 24 janvier 2024 (la \"date de clôture\"), l'ordonnance de la Cour sanctionnant le "
                      "plan d'arrangement a été remise au registraire des sociétés en Angleterre et au Pays "
                      "de Galles et, par conséquent, la Société et Kyowa Kirin ont réalisé la transaction "
                      "conformément à l'accord de transaction et au plan d'arrangement."},
            {"key": "ns", "url": "https://www.ns-healthcare.com/news/kyowa-kirin-wraps-up-acquisition-of-orchard-therapeutics/",
             "publisher": "NS Healthcare",
             "title": "Kyowa Kirin wraps up acquisition of Orchard Therapeutics (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2023, 10, 5), "language": "en",
             "quote": "Japanese pharmaceutical company Kyowa Kirin has completed the acquisition of Orchard "
                      "Therapeutics, a rare disease-focused gene therapy firm, for $477.6m."},
        ],
        "headline": {"amount": D("477_600_000"), "currency": "USD", "source": "gnw",
                     "quote": "or approximately $477.6 million (¥70.7 billion) if the conditions are met"},
        "parties": [
            {"company": "kyowa-kirin", "role": "acquirer"},
            {"company": "orchard-therapeutics", "role": "target"},
        ],
        "assets": [{"asset": "otl-200", "phase_at_signing": "approved"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("387_400_000"), "currency": "USD",
             "source": "gnw", "quote": "(approximately $387.4 million, or ¥57.3 billion)",
             "note": "$16.00 per ADS in cash (¥57.3B as converted by the companies)."},
            {"order": 1, "kind": "cvr", "amount": D("90_000_000"), "currency": "USD", "source": "bioworld",
             "quote": "could jump $90 million to reach $477.6 million",
             "note": "$1.00 per ADS on US approval of OTL-200 for MLD; aggregate as reported by BioWorld."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2023, 10, 5), "source": "gnw",
             "description": "Announced 5 Oct 2023 (Tokyo, London and Boston)."},
            {"kind": "closed", "date": date(2024, 1, 24), "source": "closing",
             "description": "Court order delivered to the Registrar of Companies; scheme effective and "
                            "transaction completed (closing date 24 Jan 2024, after court sanction on 22 Jan)."},
        ],
    },
    {
        "slug": "bms-mirati-acquisition-2023",
        "title": "Bristol Myers Squibb acquires Mirati Therapeutics (Krazati), with CVR",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 10, 8), "conference": None,
        "indication": "KRAS G12C-mutated non-small cell lung cancer and other cancers",
        "summary": "BMS buys Mirati for $58.00 per share in cash ($4.8B equity value) plus one "
                   "non-tradeable CVR per share worth up to $12.00 (about $1.0B), up to $5.8B in "
                   "all. Adds the approved KRAS G12C inhibitor Krazati (adagrasib) and the Phase 1 "
                   "MTA-cooperative PRMT5 inhibitor MRTX1719. Announced Sunday 8 Oct 2023; "
                   "completed 23 Jan 2024.",
        "analyst_notes": "CVR trigger as described by Life Science Washington: FDA acceptance of an "
                         "NDA for MRTX1719 within seven years. A STAT article (text mirrored at "
                         "http://reed.co.uk.wsstp.com/news/20250927/96638.html) instead ties the $12.00 "
                         "to approval of one of two additional Krazati applications within seven years. "
                         "The CVR amount is the same in both.",
        "sources": [
            {"key": "reuters", "url": "https://www.nasdaq.com/articles/bristol-myers-squibb-to-acquire-mirati-in-$4.8-billion-deal",
             "publisher": "Reuters (via Nasdaq.com)", "title": "Bristol-Myers Squibb to acquire Mirati in $4.8 billion deal",
             "published_on": date(2023, 10, 8), "language": "en",
             "quote": "Bristol-Myers Squibb BMY.Non Sunday said it will acquire cancer drugmaker "
                      "Mirati Therapeutics MRTX.O for $58 per share in cash, representing $4.8 billion "
                      "equity value."},
            {"key": "rtt", "url": "https://markets.businessinsider.com./news/stocks/bristol-myers-to-acquire-mirati-therapeutics-in-deal-worth-up-to-5-8-bln-1032686840",
             "publisher": "RTTNews (via Markets Insider)",
             "title": "Bristol Myers To Acquire Mirati Therapeutics In Deal Worth Up To $5.8 Bln "
                      "(publication date approximate)",
             "published_on": date(2023, 10, 8), "language": "en",
             "quote": "Mirati stockholders will also receive one non-tradeable Contingent Value Right "
                      "(CVR) for each Mirati share held, potentially worth $12.00 per share in cash, "
                      "representing an additional $1.0 billion of value opportunity, the companies "
                      "said in a statement on Sunday."},
            {"key": "tldr", "url": "https://tldrdaily.news/news/top-news/business/bristol-myers-squibb-to-acquire-mirati-therapeutics-in-multi-billion-dollar-deal-fjmdkrpbzc",
             "publisher": "TLDR Daily (summary of Reuters)",
             "title": "Bristol-Myers Squibb to Acquire Mirati Therapeutics in Multi-Billion Dollar Deal "
                      "(publication date approximate)",
             "published_on": date(2023, 10, 8), "language": "en",
             "quote": "Bristol-Myers Squibb (BMS) has announced its acquisition of cancer drugmaker "
                      "Mirati Therapeutics for up to $5.8 billion."},
            {"key": "lswa", "url": "https://lifesciencewa.org/2023/10/11/bristol-myers-squibb-buys-mirati-therapeutics-for-4-8b-to-boost-cancer-business",
             "publisher": "Life Science Washington",
             "title": "Bristol Myers Squibb buys Mirati Therapeutics for $4.8B to boost cancer business "
                      "(title paraphrased; date from URL)",
             "published_on": date(2023, 10, 11), "language": "en",
             "quote": "This will entitle them to potentially $12.00 per share in cash, for an "
                      "additional value opportunity of approximately $1 billion, which is contingent "
                      "on the FDA accepting the New Drug Application for Mirati’s candidate MRTX1719 "
                      "within seven years of the acquisition."},
            {"key": "closing", "url": "https://www.roi-nj.com/2024/01/23/healthcare/bristol-myers-squibb-completes-acquisition-of-mirati-therapeutics-strengthening-oncology-portfolio/",
             "publisher": "ROI-NJ",
             "title": "Bristol Myers Squibb completes acquisition of Mirati Therapeutics, strengthening "
                      "oncology portfolio (title paraphrased; date from URL)",
             "published_on": date(2024, 1, 23), "language": "en",
             "quote": "Princeton-based Bristol Myers Squibb on Tuesday said it completed the "
                      "previously announced acquisition of Mirati Therapeutics Inc."},
        ],
        "headline": {"amount": D("5_800_000_000"), "currency": "USD", "source": "tldr",
                     "quote": "Mirati Therapeutics for up to $5.8 billion"},
        "parties": [
            {"company": "bristol-myers-squibb", "role": "acquirer"},
            {"company": "mirati-therapeutics", "role": "target"},
        ],
        "assets": [
            {"asset": "adagrasib", "phase_at_signing": "approved"},
            {"asset": "mrtx1719", "phase_at_signing": "phase_1"},
        ],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("4_800_000_000"), "currency": "USD",
             "source": "reuters", "quote": "for $58 per share in cash, representing $4.8 billion equity value",
             "note": "$58.00 per share in cash; equity value."},
            {"order": 1, "kind": "cvr", "amount": D("1_000_000_000"), "currency": "USD", "source": "rtt",
             "quote": "potentially worth $12.00 per share in cash, representing an additional $1.0 "
                      "billion of value opportunity",
             "note": "One non-tradeable CVR per share, up to $12.00; trigger described differently "
                     "by sources (see analyst_notes)."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2023, 10, 8), "source": "reuters",
             "description": "Announced Sunday 8 Oct 2023."},
            {"kind": "closed", "date": date(2024, 1, 23), "source": "closing",
             "description": "BMS said on Tuesday 23 Jan 2024 that it had completed the acquisition."},
        ],
    },
    {
        "slug": "roche-carmot-acquisition-2023",
        "title": "Roche acquires Carmot Therapeutics (obesity incretins)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 12, 4), "conference": None,
        "indication": "Obesity with and without type 2 diabetes; type 1 diabetes with overweight or obesity",
        "summary": "Roche buys privately held Carmot Therapeutics (Berkeley, CA) for $2.7B upfront in "
                   "cash plus up to $400M in milestone payments ($3.1B in all), adding the incretins "
                   "CT-388 (weekly GLP-1/GIP), CT-996 (oral GLP-1, Phase 1) and CT-868 (daily "
                   "GLP-1/GIP, Phase 2). Carmot had filed for a US IPO two weeks earlier. Completed "
                   "on a Monday in January 2024.",
        "analyst_notes": "CT-388 is \"Phase-2 ready\" per Roche (dpa-AFX) and Renaissance Capital but "
                         "\"in Phase II\" per DCAT; no phase is stored for it. The completion report "
                         "(dpa-AFX, URL dated 2024-01) says only \"On Monday\".",
        "sources": [
            {"key": "dpa", "url": "https://www.finanznachrichten.de/nachrichten-2023-12/60826723-roche-to-acquire-carmot-therapeutics-for-dollar-2-7-bln-cash-plus-milestone-payments-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "Roche To Acquire Carmot Therapeutics For $2.7 Bln Cash Plus Milestone Payments (title paraphrased)",
             "published_on": date(2023, 12, 4), "language": "en",
             "quote": "Swiss drug major Roche Holding AG (RHHBY) announced Monday that it has signed a "
                      "definitive merger agreement to acquire Carmot Therapeutics, Inc., a privately "
                      "owned US clinical-stage biotechnology company, for $2.7 billion upfront in cash "
                      "at the closing of the transaction. The deal also includes additional payments "
                      "of up to $400 million depending on the achievement of certain milestones."},
            {"key": "dcat", "url": "https://dcatvci.org/?p=27446", "publisher": "DCAT Value Chain Insights",
             "title": "Roche To Acquire Carmot Therapeutics in $3.1-Bn Deal (publication date approximate)",
             "published_on": date(2023, 12, 4), "language": "en",
             "quote": "Roche has agreed to acquire Carmot Therapeutics, a Berkeley, California-based "
                      "bio/pharmaceutical company, in a deal worth $3.1 billion ($2.7 billion at "
                      "closing plus $400 million in potential milestone payments)."},
            {"key": "closing", "url": "https://www.finanznachrichten.de/nachrichten-2024-01/61256504-roche-completes-acquisition-of-carmot-therapeutics-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "Roche Completes Acquisition Of Carmot Therapeutics (title paraphrased; publication date approximate)",
             "published_on": date(2023, 12, 4), "language": "en",
             "quote": "On Monday, Roche Holding AG (RHHBY) completed its purchase of Carmot Therapeutics Inc."},
        ],
        "headline": {"amount": D("3_100_000_000"), "currency": "USD", "source": "dcat",
                     "quote": "in a deal worth $3.1 billion"},
        "parties": [
            {"company": "roche", "role": "acquirer"},
            {"company": "carmot-therapeutics", "role": "target"},
        ],
        "assets": [
            {"asset": "ct-388"},
            {"asset": "ct-996", "phase_at_signing": "phase_1"},
            {"asset": "ct-868", "phase_at_signing": "phase_2"},
        ],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("2_700_000_000"), "currency": "USD",
             "source": "dpa", "quote": "for $2.7 billion upfront in cash at the closing of the transaction",
             "note": "Private company; upfront purchase price for all shares and options."},
            {"order": 1, "kind": "milestones", "amount": D("400_000_000"), "currency": "USD", "source": "dpa",
             "quote": "additional payments of up to $400 million depending on the achievement of "
                      "certain milestones"},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2023, 12, 4), "source": "dpa",
             "description": "Announced Monday 4 Dec 2023."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "Completion reported \"On Monday\" (January 2024 per the URL); no exact date in the source."},
        ],
    },
    {
        "slug": "abbvie-cerevel-acquisition-2023",
        "title": "AbbVie acquires Cerevel Therapeutics (emraclidine, tavapadon)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 12, 6), "conference": None,
        "indication": "Schizophrenia, Parkinson's disease, mood disorders",
        "summary": "AbbVie buys neuroscience company Cerevel for $45.00 per share in cash, a total "
                   "equity value of about $8.7B, adding emraclidine (M4 PAM, two Phase 2 trials in "
                   "schizophrenia) and tavapadon (D1/D5 partial agonist, Phase 3 in Parkinson's). "
                   "Completed 1 Aug 2024.",
        "analyst_notes": "Phases at signing from CHEManager: emraclidine \"currently completing two "
                         "Phase 2 trials\"; tavapadon \"currently in Phase 3 studies\".",
        "sources": [
            {"key": "prn", "url": "https://www.wtvm.com/prnewswire/2023/12/06/abbvie-acquire-cerevel-therapeutics-transformative-transaction-strengthen-neuroscience-pipeline/",
             "publisher": "AbbVie and Cerevel (PR Newswire, via WTVM)",
             "title": "AbbVie to Acquire Cerevel Therapeutics in Transformative Transaction to Strengthen "
                      "Neuroscience Pipeline (title paraphrased)",
             "published_on": date(2023, 12, 6), "language": "en",
             "quote": "Under the terms of the transaction, AbbVie will acquire all outstanding shares "
                      "of Cerevel for $45.00 per share in cash. The transaction values Cerevel at a "
                      "total equity value of approximately $8.7 billion."},
            {"key": "chemanager", "url": "https://chemanager-online.com/en/node/439237",
             "publisher": "CHEManager", "title": "AbbVie to Acquire Cerevel Therapeutics for $8.7 Billion "
                                                 "(publication date approximate)",
             "published_on": date(2023, 12, 6), "language": "en",
             "quote": "In a Phase 1b study, emraclidine has shown promising efficacy and safety in "
                      "schizophrenia and is currently completing two Phase 2 trials."},
            {"key": "closing", "url": "https://menafn.com/1108505928/Abbvie-Completes-Acquisition-Of-Cerevel-Therapeutics",
             "publisher": "AbbVie (PR Newswire, via MENAFN)",
             "title": "Abbvie Completes Acquisition Of Cerevel Therapeutics", "published_on": date(2024, 8, 1),
             "language": "en",
             "quote": "AbbVie (NYSE: ABBV ) today announced that it has completed its acquisition of "
                      "Cerevel Therapeutics (NASDAQ: CERE )."},
        ],
        "headline": {"amount": D("8_700_000_000"), "currency": "USD", "source": "prn",
                     "quote": "The transaction values Cerevel at a total equity value of approximately $8.7 billion."},
        "parties": [
            {"company": "abbvie", "role": "acquirer"},
            {"company": "cerevel-therapeutics", "role": "target"},
        ],
        "assets": [
            {"asset": "emraclidine", "phase_at_signing": "phase_2"},
            {"asset": "tavapadon", "phase_at_signing": "phase_3"},
        ],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("8_700_000_000"), "currency": "USD",
             "source": "prn", "quote": "The transaction values Cerevel at a total equity value of approximately $8.7 billion.",
             "note": "$45.00 per share in cash; total equity value."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2023, 12, 6), "source": "prn",
             "description": "Announced Wednesday 6 Dec 2023."},
            {"kind": "closed", "date": date(2024, 8, 1), "source": "closing",
             "description": "AbbVie announced completion on 1 Aug 2024."},
        ],
    },
    {
        "slug": "bms-karuna-acquisition-2023",
        "title": "Bristol Myers Squibb acquires Karuna Therapeutics (KarXT)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 12, 22), "conference": None,
        "indication": "Schizophrenia; Alzheimer's disease psychosis",
        "summary": "BMS buys Karuna for $330 per share in cash, a total equity value of $14B ($12.7B "
                   "excluding estimated cash), for the antipsychotic KarXT, then under FDA review for "
                   "schizophrenia in adults and in trials for Alzheimer's disease psychosis. "
                   "Completed 18 Mar 2024.",
        "sources": [
            {"key": "cercle", "url": "https://www.marketscreener.com/quote/stock/BRISTOL-MYERS-SQUIBB-COMP-11877/news/Bristol-Myers-agreement-to-acquire-Karuna-Therapeutics-45625169/?utm_medium=RSS&utm_content=20231222",
             "publisher": "CercleFinance (via MarketScreener)",
             "title": "Bristol Myers: agreement to acquire Karuna Therapeutics", "published_on": date(2023, 12, 22),
             "language": "en",
             "quote": "Bristol Myers Squibb announces that it has entered into a definitive agreement "
                      "to acquire Karuna Therapeutics for $330 per share in cash, representing a total "
                      "equity value of $14 billion ($12.7 billion excluding estimated cash)."},
            {"key": "ap", "url": "https://kion546.com/ap-national/2023/12/22/bristol-myers-squibb-acquires-karuna-therapeutics-for-14-billion-boosting-neuroscience-portfolio/",
             "publisher": "Associated Press (via KION546)",
             "title": "Bristol Myers Squibb acquires Karuna Therapeutics for $14 billion, boosting "
                      "neuroscience portfolio (title paraphrased)",
             "published_on": date(2023, 12, 22), "language": "en",
             "quote": "KarXT is currently being reviewed by the U.S. Food and Drug Administration for "
                      "the treatment of schizophrenia in adults."},
            {"key": "closing", "url": "https://www.marketscreener.com/quote/stock/BRISTOL-MYERS-SQUIBB-COMP-11877/news/Bristol-Myers-completes-acquisition-of-Karuna-Therapeutics-46221489/?utm_medium=RSS&utm_content=20240318",
             "publisher": "MarketScreener", "title": "Bristol Myers: completes acquisition of Karuna Therapeutics",
             "published_on": date(2024, 3, 18), "language": "en",
             "quote": "Bristol Myers Squibb completes acquisition of Karuna Therapeutics, strengthening "
                      "its neuroscience portfolio"},
        ],
        "headline": {"amount": D("14_000_000_000"), "currency": "USD", "source": "cercle",
                     "quote": "representing a total equity value of $14 billion"},
        "parties": [
            {"company": "bristol-myers-squibb", "role": "acquirer"},
            {"company": "karuna-therapeutics", "role": "target"},
        ],
        "assets": [{"asset": "karxt", "phase_at_signing": "filed"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("14_000_000_000"), "currency": "USD",
             "source": "cercle",
             "quote": "for $330 per share in cash, representing a total equity value of $14 billion "
                      "($12.7 billion excluding estimated cash)",
             "note": "$330 per share in cash; $12.7B excluding estimated cash."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2023, 12, 22), "source": "cercle",
             "description": "Announced Friday 22 Dec 2023."},
            {"kind": "closed", "date": date(2024, 3, 18), "source": "closing",
             "description": "BMS announced completion (18 Mar 2024)."},
        ],
    },
    {
        "slug": "bms-rayzebio-acquisition-2023",
        "title": "Bristol Myers Squibb acquires RayzeBio (actinium radiopharmaceuticals)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 12, 26), "conference": None,
        "indication": "Gastroenteropancreatic neuroendocrine tumours; small cell lung cancer; other solid tumours",
        "summary": "BMS buys RayzeBio for $62.50 per share in cash by tender offer, a total equity "
                   "value of about $4.1B ($3.6B net of estimated cash), adding the actinium-225 "
                   "SSTR2 radioligand RYZ101 (Phase 3 in GEP-NETs) and an Indianapolis manufacturing "
                   "facility. Completed in 2024 after the tender offer (about 86% of shares tendered).",
        "analyst_notes": "DCAT's completion note states the deal \"was announced in January 2024\"; "
                         "dpa-AFX and Dow Jones date the announcement Tuesday 26 Dec 2023, which is "
                         "what is stored. DCAT gives no completion date.",
        "sources": [
            {"key": "dpa", "url": "https://www.finanznachrichten.de/nachrichten-2023-12/61007260-bristol-myers-squibb-to-acquire-rayzebio-for-dollar-62-50-share-in-all-cash-deal-020.htm",
             "publisher": "dpa-AFX (via finanznachrichten.de)",
             "title": "Bristol Myers Squibb To Acquire RayzeBio For $62.50/Share In All-cash Deal (title paraphrased)",
             "published_on": date(2023, 12, 26), "language": "en",
             "quote": "Bristol Myers Squibb (BMY) and RayzeBio, Inc. (RYZB) announced Tuesday a "
                      "definitive merger agreement under which Bristol Myers Squibb will acquire "
                      "RayzeBio for $62.50 per share in cash, for a total equity value of approximately "
                      "$4.1 billion, or $3.6 billion net of estimated cash acquired."},
            {"key": "dj", "url": "https://www.marketscreener.com/quote/stock/RAYZEBIO-INC-159308144/news/Bristol-Myers-Squibb-to-Buy-RayzeBio-for-4-1-Billion-45634326/?utm_medium=RSS&utm_content=20231226",
             "publisher": "Dow Jones Newswires (via MarketScreener)",
             "title": "Bristol Myers Squibb to Buy RayzeBio for $4.1 Billion", "published_on": date(2023, 12, 26),
             "language": "en",
             "quote": "RayzeBio's lead program, RYZ101, is in Phase 3 development for the treatment of "
                      "gastroenteropancreatic neuroendocrine tumors and in early development for small "
                      "cell lung cancer and potentially other tumor types."},
            {"key": "closing", "url": "https://www.dcatvci.org/top-industry-news/bms-completes-4-1-bn-acquisition-of-radiopharmaceutical-company-rayzebio/",
             "publisher": "DCAT Value Chain Insights",
             "title": "BMS Completes $4.1-Bn Acquisition of Radiopharmaceutical Company RayzeBio "
                      "(publication date approximate)",
             "published_on": date(2023, 12, 26), "language": "en",
             "quote": "Bristol Myers Squibb (BMS) has completed its $4,1-billion acquisition of "
                      "RayzeBio, a San Diego, California-based clinical-stage radiopharmaceutical "
                      "company, The acquisition was announced in January 2024."},
        ],
        "headline": {"amount": D("4_100_000_000"), "currency": "USD", "source": "dpa",
                     "quote": "for a total equity value of approximately $4.1 billion"},
        "parties": [
            {"company": "bristol-myers-squibb", "role": "acquirer"},
            {"company": "rayzebio", "role": "target"},
        ],
        "assets": [{"asset": "ryz101", "phase_at_signing": "phase_3"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("4_100_000_000"), "currency": "USD",
             "source": "dpa",
             "quote": "for $62.50 per share in cash, for a total equity value of approximately $4.1 "
                      "billion, or $3.6 billion net of estimated cash acquired",
             "note": "$62.50 per share in cash; $3.6B net of estimated cash."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2023, 12, 26), "source": "dpa",
             "description": "Announced Tuesday 26 Dec 2023."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "DCAT reports completion after the tender offer (no date in the source)."},
        ],
    },
    {
        "slug": "astrazeneca-gracell-acquisition-2023",
        "title": "AstraZeneca acquires Gracell Biotechnologies (CAR-T GC012F), with CVR",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2023, 12, 26), "conference": None,
        "indication": "Multiple myeloma, other haematological malignancies, systemic lupus erythematosus",
        "summary": "AstraZeneca buys Chinese cell-therapy company Gracell for $2.00 per ordinary "
                   "share ($10.00 per ADS) in cash at closing, about $1.0B, plus a CVR of $0.30 per "
                   "share ($1.50 per ADS) on a regulatory milestone: up to about $1.2B. Adds GC012F, "
                   "a FasTCAR BCMA/CD19 dual CAR-T. Completed 22 Feb 2024; Gracell keeps operations "
                   "in China and the US.",
        "analyst_notes": "Premium: Dow Jones reports the upfront as a 62.0% premium to the last ADS "
                         "close ($6.19); CercleFinance reports the up-to-$1.2B value as an 86% premium "
                         "to the 22 Dec close. The CVR's aggregate is not stated by any source read "
                         "(only the $1.0B and $1.2B totals), so the CVR row has no amount.",
        "sources": [
            {"key": "dj", "url": "https://www.marketscreener.com/quote/stock/ASTRAZENECA-PLC-4000930/news/AstraZeneca-to-Buy-Gracell-Biotechnologies-for-1-2-Billion-45633535/?utm_medium=RSS&utm_content=20231226",
             "publisher": "Dow Jones Newswires (via MarketScreener)",
             "title": "AstraZeneca to Buy Gracell Biotechnologies for $1.2 Billion", "published_on": date(2023, 12, 26),
             "language": "en",
             "quote": "AstraZeneca has agreed to buy Gracell Biotechnologies for a transaction value of "
                      "$1.2 billion, as part of the former's efforts to grow its cell therapies "
                      "business.\n\nThe upfront cash portion of the deal is $1.0 billion, a 62.0% "
                      "premium to Gracell's last closing price for its American depository shares of "
                      "$6.19, AstraZeneca said in a statement Tuesday."},
            {"key": "cercle", "url": "https://www.marketscreener.com/quote/stock/ASTRAZENECA-PLC-4000930/news/AstraZeneca-agreement-to-acquire-Gracell-45637694/?utm_medium=RSS&utm_content=20231227",
             "publisher": "CercleFinance (via MarketScreener)", "title": "AstraZeneca: agreement to acquire Gracell",
             "published_on": date(2023, 12, 27), "language": "en",
             "quote": "Under the terms of the agreement, upfront and potential payments represent a "
                      "transaction value of up to approximately $1.2 billion, representing an 86% "
                      "premium to Gracell's closing share price on December 22."},
            {"key": "dj_cn", "url": "https://crypto-observer.com/markets/astrazeneca-to-buy-chinas-gracell-in-1-2-billion-deal/?noamp=mobile",
             "publisher": "Dow Jones (via crypto-observer.com)",
             "title": "AstraZeneca to buy China's Gracell in $1.2 billion deal (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2023, 12, 26), "language": "en",
             "quote": "Gracell is a Chinese biopharmaceutical company that focuses on cancer drug development."},
            {"key": "terms", "url": "https://pharmaceuticalmanufacturer.media/pharma-manufacturing-news/pharma-finance-and-investment-news/astrazeneca-acquires-gracell-biotechnologies-for-1-2-billion/",
             "publisher": "Pharmaceutical Manufacturer", "title": "AstraZeneca acquires Gracell Biotechnologies "
                                                               "for $1.2 billion (title paraphrased)",
             "published_on": date(2024, 2, 26), "language": "en",
             "quote": "Under the terms of the definitive agreement, AstraZeneca has acquired all of "
                      "Gracell’s fully diluted share capital (including shares represented by ADSs) "
                      "through a merger for a price of $2.00 per ordinary share in cash at closing "
                      "(equivalent to $10.00 per ADS of Gracell) plus a non-tradable contingent value "
                      "right of $0.30 per ordinary share (equivalent to $1.50 per ADS of Gracell) in "
                      "cash payable upon achievement of a specified regulatory milestone."},
            {"key": "closing", "url": "https://www.finanznachrichten.de/nachrichten-2024-02/61481662-astrazeneca-completes-acquisition-of-gracell-020.htm",
             "publisher": "dpa-AFX (via finanznachrichten.de)",
             "title": "AstraZeneca Completes Acquisition Of Gracell (title paraphrased)",
             "published_on": date(2024, 2, 22), "language": "en",
             "quote": "Thursday, AstraZeneca PLC (AZN) announced the successful completion of "
                      "acquiring Gracell Biotechnologies Inc. (GRCL)."},
        ],
        "headline": {"amount": D("1_200_000_000"), "currency": "USD", "source": "dj",
                     "quote": "for a transaction value of $1.2 billion"},
        "parties": [
            {"company": "astrazeneca", "role": "acquirer"},
            {"company": "gracell-biotechnologies", "role": "target"},
        ],
        "assets": [{"asset": "gc012f"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("1_000_000_000"), "currency": "USD",
             "source": "dj", "quote": "The upfront cash portion of the deal is $1.0 billion",
             "note": "$2.00 per ordinary share ($10.00 per ADS) in cash at closing; reported as "
                     "transaction value."},
            {"order": 1, "kind": "cvr", "disclosed": False, "source": "terms",
             "quote": "a non-tradable contingent value right of $0.30 per ordinary share (equivalent "
                      "to $1.50 per ADS of Gracell) in cash payable upon achievement of a specified "
                      "regulatory milestone",
             "note": "$0.30 per share ($1.50 per ADS); aggregate not stated separately (total with "
                     "CVR about $1.2B)."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2023, 12, 26), "source": "dj",
             "description": "Announced Tuesday 26 Dec 2023."},
            {"kind": "closed", "date": date(2024, 2, 22), "source": "closing",
             "description": "AstraZeneca announced completion on Thursday 22 Feb 2024."},
        ],
    },
    # ------------------------------------------------------------------ 2024 ------------
    {
        "slug": "sanofi-inhibrx-acquisition-2024",
        "title": "Sanofi acquires Inhibrx for INBRX-101 (AATD), with CVR and spin-off",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2024, 1, 23), "conference": None,
        "indication": "Alpha-1 antitrypsin deficiency",
        "summary": "Sanofi agrees to acquire Inhibrx after the spin-off of all non-INBRX-101 assets "
                   "into New Inhibrx (Inhibrx Biosciences). Each Inhibrx share receives $30.00 in "
                   "cash (about $1.7B), a CVR of $5.00 on a regulatory milestone (about $0.3B) and "
                   "0.25 New Inhibrx shares; Sanofi also retires Inhibrx's third-party debt (about "
                   "$0.2B) and funds New Inhibrx with up to $0.2B, keeping 8% of it. Aggregate "
                   "transaction value nearly $2.2B. INBRX-101 (now SAR447537) is a recombinant "
                   "AAT-Fc protein. Inhibrx stockholders approved on 24 May 2024; completed 30 May 2024.",
        "analyst_notes": "Phase of INBRX-101 at signing differs: Inhibrx's release says \"currently in a "
                         "registrational trial\"; Sanofi's says it \"has successfully completed a Phase 1 "
                         "trial ... and is currently enrolling a Phase 2 clinical trial\". No phase is "
                         "stored (Investing.com's report of the vote repeats \"currently in a registrational trial\").",
        "sources": [
            {"key": "zacks", "url": "https://www.nasdaq.com/articles/inhibrx-inbx-up-6-on-sale-of-rare-disease-drug-to-sanofi",
             "publisher": "Zacks (via Nasdaq.com)",
             "title": "Inhibrx (INBX) Up 6% on Sale of Rare Disease Drug to Sanofi (title paraphrased)",
             "published_on": date(2024, 1, 23), "language": "en",
             "quote": "The deal is valued at an aggregate transaction value of nearly $2.2 billion."},
            {"key": "sec", "url": "https://www.sec.gov/Archives/edgar/data/1121404/000112140424000009/R51.htm",
             "publisher": "Sanofi (annual report on Form 20-F for 2023, SEC EDGAR)",
             "title": "Sanofi 20-F 2023: events subsequent to December 31, 2023 (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2024, 1, 23), "language": "en",
             "quote": "(i) provide Inhibrx's stockholders with consideration of $30 per share of Inhibrx "
                      "common stock at the closing of the merger (approximately $1.7 billion), and to "
                      "additionally issue one non-transferable contingent value right per share of "
                      "Inhibrx common stock, which will entitle its holder to receive a deferred cash "
                      "payment of $5, conditioned upon the achievement of a regulatory milestone "
                      "(approximately $0.3 billion, if the regulatory milestone is achieved); (ii) pay "
                      "off Inhibrx’s outstanding third-party debt (approximately $0.2 billion); and "
                      "(iii) provide a capital contribution to New Inhibrx (up to $0.2 billion)."},
            {"key": "sanofi", "url": "https://www.sec.gov/Archives/edgar/data/1121404/000119312524012588/d731038dex991.htm",
             "publisher": "Sanofi (press release filed with the SEC)",
             "title": "Sanofi to acquire Inhibrx, Inc., adding potential best-in-class rare disease asset "
                      "for Alpha-1 Antitrypsin Deficiency to pipeline",
             "published_on": date(2024, 1, 23), "language": "en",
             "quote": "Paris, January 23, 2024. Sanofi and Inhibrx, Inc. (“Inhibrx”), a publicly traded "
                      "clinical-stage biopharmaceutical company focused on developing a broad pipeline "
                      "of novel biologic therapeutic candidates, have entered into a definitive "
                      "agreement under which Sanofi has agreed to acquire Inhibrx following the "
                      "spin-off of non-INBRX-101 assets into New Inhibrx."},
            {"key": "inhibrx", "url": "https://1stoncology.com/blog/2024/01/page/34",
             "publisher": "1stOncology (carrying Inhibrx's PR Newswire release)",
             "title": "Inhibrx and Sanofi release of 23 Jan 2024 on the sale of INBRX-101 (title paraphrased; publication date approximate)",
             "published_on": date(2024, 1, 23), "language": "en",
             "quote": "an optimized, recombinant alpha-1 antitrypsin (\"AAT\") augmentation therapy "
                      "currently in a registrational trial for the treatment of patients with alpha-1 "
                      "antitrypsin deficiency (\"AATD\")"},
            {"key": "vote", "url": "https://investing.com/news/company-news/sanofi-to-acquire-inhibrx-assets-including-inbrx101-93CH-3456949",
             "publisher": "Investing.com", "title": "Sanofi to acquire Inhibrx assets including INBRX-101",
             "published_on": date(2024, 5, 24), "language": "en",
             "quote": "Inhibrx, Inc. (NASDAQ: INBX) has received approval from its stockholders for the sale "
                      "of assets primarily related to INBRX-101, a therapy in development for alpha-1 "
                      "antitrypsin deficiency (AATD), to global healthcare company Sanofi (NASDAQ:SNY)."},
            {"key": "closing", "url": "https://www.einpresswire.com/article/715854143/communiqu-de-presse-sanofi-finalise-l-acquisition-d-inhibrx-inc",
             "publisher": "Sanofi (communiqué de presse, via EIN Presswire)",
             "title": "Sanofi finalise l’acquisition d’Inhibrx, Inc.", "published_on": date(2024, 5, 30),
             "language": "fr",
             "quote": "Paris, le 30 mai 2024. Sanofi annonce aujourd’hui la finalisation de son acquisition "
                      "d’Inhibrx, Inc."},
        ],
        "headline": {"amount": D("2_200_000_000"), "currency": "USD", "source": "zacks",
                     "quote": "an aggregate transaction value of nearly $2.2 billion"},
        "parties": [
            {"company": "sanofi", "role": "acquirer", "name_as_reported": "Aventis Inc. (a subsidiary of Sanofi)"},
            {"company": "inhibrx", "role": "target"},
        ],
        "assets": [{"asset": "inbrx-101"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("1_700_000_000"), "currency": "USD",
             "source": "sec",
             "quote": "consideration of $30 per share of Inhibrx common stock at the closing of the "
                      "merger (approximately $1.7 billion)",
             "note": "$30.00 per share in cash; equity value on a fully diluted basis. Shareholders "
                     "also receive 0.25 New Inhibrx shares per share (not valued)."},
            {"order": 1, "kind": "cvr", "amount": D("300_000_000"), "currency": "USD", "source": "sec",
             "quote": "(approximately $0.3 billion, if the regulatory milestone is achieved)",
             "note": "$5.00 per share on a regulatory milestone."},
            {"order": 2, "kind": "other", "amount": D("200_000_000"), "currency": "USD", "source": "sec",
             "quote": "pay off Inhibrx’s outstanding third-party debt (approximately $0.2 billion)",
             "note": "Retirement of Inhibrx's third-party debt by Sanofi."},
            {"order": 3, "kind": "other", "amount": D("200_000_000"), "currency": "USD", "source": "sec",
             "quote": "provide a capital contribution to New Inhibrx (up to $0.2 billion)",
             "note": "Cash funding of the spun-off New Inhibrx ($200M per Inhibrx); Sanofi keeps 8% of it."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2024, 1, 23), "source": "sanofi",
             "description": "Announced 23 Jan 2024."},
            {"kind": "other", "date": date(2024, 5, 24), "source": "vote",
             "description": "Inhibrx stockholders approved the transaction at a special meeting."},
            {"kind": "closed", "date": date(2024, 5, 30), "source": "closing",
             "description": "Sanofi announced completion on 30 May 2024; INBRX-101 renamed SAR447537."},
        ],
    },
    {
        "slug": "abbvie-landos-acquisition-2024",
        "title": "AbbVie acquires Landos Biopharma (NX-13), with CVR",
        "deal_type": "acquisition", "exclusive": None, "status": "announced",
        "announced_on": date(2024, 3, 25), "conference": None,
        "indication": "Ulcerative colitis; Crohn's disease",
        "summary": "AbbVie buys Landos for $20.42 per share in cash (about $137.5M) plus one CVR per "
                   "share worth up to $11.14 (about $75M) on a clinical development milestone: up to "
                   "about $212.5M. Adds NX-13, an oral NLRX1 agonist in the Phase 2 NEXUS trial in "
                   "ulcerative colitis.",
        "analyst_notes": "Completion (expected Q2 2024) was not found in the sources read.",
        "sources": [
            {"key": "dpa", "url": "https://www.finanznachrichten.de/nachrichten-2024-03/61772739-abbvie-to-acquire-landos-biopharma-at-dollar-20-42-share-in-cash-020.htm",
             "publisher": "dpa-AFX (via finanznachrichten.de)",
             "title": "AbbVie To Acquire Landos Biopharma At $20.42/Share In Cash (title paraphrased)",
             "published_on": date(2024, 3, 25), "language": "en",
             "quote": "Under the terms of the agreement, AbbVie will acquire Landos at a price of $20.42 "
                      "per share in cash upon closing, or approximately $137.5 million in the aggregate, "
                      "plus one non-tradable contingent value right per share with a value of up to "
                      "$11.14 per share, or approximately an additional $75 million in the aggregate, "
                      "subject to the achievement of a clinical development milestone."},
            {"key": "pm", "url": "https://www.pharmamanufacturing.com/sector/large-molecule/news/33039499/abbvie-to-acquire-landos-biopharma",
             "publisher": "Pharma Manufacturing",
             "title": "AbbVie to acquire Landos Biopharma (title paraphrased; publication date approximate)",
             "published_on": date(2024, 3, 25), "language": "en",
             "quote": "AbbVie will purchase Virginia-based Landos for $20.42 per share in cash, amounting "
                      "to approximately $137.5 million, with an additional up to $11.14 per share "
                      "contingent upon achieving a clinical milestone, totaling up to approximately "
                      "$212.5 million."},
        ],
        "headline": {"amount": D("212_500_000"), "currency": "USD", "source": "pm",
                     "quote": "totaling up to approximately $212.5 million"},
        "parties": [
            {"company": "abbvie", "role": "acquirer"},
            {"company": "landos-biopharma", "role": "target"},
        ],
        "assets": [{"asset": "nx-13", "phase_at_signing": "phase_2"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("137_500_000"), "currency": "USD",
             "source": "dpa",
             "quote": "at a price of $20.42 per share in cash upon closing, or approximately $137.5 "
                      "million in the aggregate",
             "note": "$20.42 per share in cash."},
            {"order": 1, "kind": "cvr", "amount": D("75_000_000"), "currency": "USD", "source": "dpa",
             "quote": "with a value of up to $11.14 per share, or approximately an additional $75 "
                      "million in the aggregate, subject to the achievement of a clinical development "
                      "milestone",
             "note": "Up to $11.14 per share on a clinical development milestone."},
        ],
        "royalty": None,
        "events": [{"kind": "announced", "date": date(2024, 3, 25), "source": "dpa",
                    "description": "Announced Monday 25 Mar 2024."}],
    },
    {
        "slug": "genmab-profoundbio-acquisition-2024",
        "title": "Genmab acquires ProfoundBio (ADC Rina-S)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2024, 4, 3), "conference": None,
        "indication": "Ovarian cancer and other FRα-expressing solid tumours",
        "summary": "Genmab's first acquisition: privately held ADC developer ProfoundBio (Seattle, "
                   "with an R&D centre in Suzhou, China) for $1.8B in cash payable at closing, "
                   "subject to net-debt and expense adjustments. Adds worldwide rights to three "
                   "clinical ADCs led by rinatabart sesutecan (Rina-S), an FRα-targeted Topo1 ADC in "
                   "the Phase 2 part of a Phase 1/2 trial in ovarian cancer. Completed 21 May 2024.",
        "analyst_notes": "The task listed ProfoundBio as a Chinese target; Dow Jones describes it as "
                         "headquartered in Seattle with an R&D centre in Suzhou, China, so its country "
                         "is stored as US.",
        "sources": [
            {"key": "genmab", "url": "https://www.1stoncology.com/blog/genmab-to-broadenstrengthen-oncology-portfolio-with-acquisition-of-profoundbio1234641710/",
             "publisher": "1stOncology (carrying Genmab's release)",
             "title": "Genmab to Broaden and Strengthen Oncology Portfolio with Acquisition of ProfoundBio (publication date approximate)",
             "published_on": date(2024, 4, 3), "language": "en",
             "quote": "Genmab will acquire ProfoundBio for USD 1.8 billion in cash, payable at closing "
                      "(subject to adjustment for ProfoundBio’s closing net debt and transaction expenses)."},
            {"key": "dj", "url": "http://www.marketscreener.com/quote/stock/GENMAB-A-S-63733191/news/Genmab-Strengthens-Oncology-Portfolio-With-1-8-Billion-Acquisition-of-ProfoundBio-46346506/",
             "publisher": "Dow Jones Newswires (via MarketScreener)",
             "title": "Genmab Strengthens Oncology Portfolio With $1.8 Billion Acquisition of ProfoundBio",
             "published_on": date(2024, 4, 3), "language": "en",
             "quote": "ProfoundBio is headquartered in Seattle, Washington and has a research and "
                      "development center in Suzhou, China."},
            {"key": "biospace", "url": "https://biospace.com/article/genmab-leans-into-hot-adc-space-with-1-8b-profoundbio-acquisition-",
             "publisher": "BioSpace",
             "title": "Genmab leans into hot ADC space with $1.8B ProfoundBio acquisition (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2024, 4, 3), "language": "en",
             "quote": "Rina-S is currently in Phase II of a Phase I/II clinical trial designed to assess "
                      "its therapeutic potential against ovarian cancer and other FRα-expressing cancers."},
            {"key": "closing", "url": "https://www.sec.gov/Archives/edgar/data/1434265/000155837024008522/tmb-20240521xex99d1.htm",
             "publisher": "Genmab A/S (company announcement filed with the SEC)",
             "title": "Genmab Completes Acquisition of ProfoundBio", "published_on": date(2024, 5, 21),
             "language": "en",
             "quote": "COPENHAGEN, Denmark; May 21, 2024 – Genmab A/S (Nasdaq: GMAB) announced today "
                      "that it has completed its acquisition of ProfoundBio, Inc., a clinical-stage "
                      "biotechnology company developing next-generation antibody-drug conjugates "
                      "(ADC)s and ADC technologies for the treatment of cancers in an all-cash "
                      "transaction of USD 1.8 billion (subject to adjustment for ProfoundBio’s closing "
                      "net debt and transaction expenses)."},
        ],
        "headline": {"amount": D("1_800_000_000"), "currency": "USD", "source": "genmab",
                     "quote": "Genmab will acquire ProfoundBio for USD 1.8 billion in cash"},
        "parties": [
            {"company": "genmab", "role": "acquirer"},
            {"company": "profoundbio", "role": "target"},
        ],
        "assets": [{"asset": "rinatabart-sesutecan", "phase_at_signing": "phase_1_2"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("1_800_000_000"), "currency": "USD",
             "source": "genmab", "quote": "Genmab will acquire ProfoundBio for USD 1.8 billion in cash, payable at closing",
             "note": "Private company; subject to adjustment for closing net debt and transaction expenses."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2024, 4, 3), "source": "genmab",
             "description": "Announced 3 Apr 2024."},
            {"kind": "closed", "date": date(2024, 5, 21), "source": "closing",
             "description": "Genmab announced completion on 21 May 2024."},
        ],
    },
    {
        "slug": "vertex-alpine-acquisition-2024",
        "title": "Vertex acquires Alpine Immune Sciences (povetacicept)",
        "deal_type": "acquisition", "exclusive": None, "status": "announced",
        "announced_on": date(2024, 4, 10), "conference": None, "indication": "IgA nephropathy",
        "summary": "Vertex buys Alpine Immune Sciences for $65 per share, about $4.9B in cash - the "
                   "largest acquisition in Vertex's history - for povetacicept (ALPN-303), a dual "
                   "BAFF/APRIL antagonist in Phase 2 for IgA nephropathy, due to start Phase 3 in "
                   "H2 2024. Announced after the market close on Wednesday 10 Apr 2024; closing "
                   "expected in Q2 2024.",
        "analyst_notes": "Premium: Reuters puts $65 at about 67% over Tuesday's close (before a "
                         "Bloomberg report of takeover interest); Boston Business Journal says 38% over "
                         "Wednesday's close (super.news: 38.2%). S&P Capital IQ text on MarketScreener "
                         "(https://it.marketscreener.com/quotazioni/azione/ALPINE-IMMUNE-SCIENCES-IN-37230832/attualita/Vertex-Pharmaceuticals-Incorporated-NasdaqGS-VRTX-ha-completato-l-acquisizione-di-Alpine-Immune-Sc-46775438/) "
                         "puts the deal at $4.3 billion (\"4,3 miliardi di dollari\") while repeating the "
                         "$4.9B total equity value; its URL says the acquisition was completed but the "
                         "stored text does not, and the tender offer was due to expire on 17 May 2024. "
                         "Completion is therefore not recorded.",
        "sources": [
            {"key": "reuters", "url": "https://www.yahoo.com/news/vertex-pharmaceuticals-buy-alpine-immune-201933354.html",
             "publisher": "Reuters (via Yahoo News)",
             "title": "Vertex Pharmaceuticals to buy Alpine Immune Sciences for $4.9 billion (title paraphrased)",
             "published_on": date(2024, 4, 10), "language": "en",
             "quote": "Vertex Pharmaceuticals will buy Alpine Immune Sciences for about $4.9 billion in "
                      "cash, gaining access to the biotech firm's protein-based immunotherapies to treat "
                      "autoimmune and inflammatory diseases, the companies said on Wednesday."},
            {"key": "bbj", "url": "https://www.nbcboston.com/boston-business-journal/boston-based-vertex-makes-4-9b-acquisition-largest-in-its-history/3334789/",
             "publisher": "Boston Business Journal (via NBC Boston)",
             "title": "Boston-based Vertex makes $4.9B acquisition, largest in its history (publication date approximate)",
             "published_on": date(2024, 4, 10), "language": "en",
             "quote": "The drug giant said on Wednesday after the close of markets that it plans to buy "
                      "Alpine Immune Sciences Inc. for $65 a share, a 38% premium from its stock close "
                      "that day."},
            {"key": "ppw", "url": "https://www.pharmaceuticalprocessingworld.com/vertex-pharmaceuticals-to-acquire-alpine-immune-sciences-in-4-9b-deal/",
             "publisher": "Pharmaceutical Processing World",
             "title": "Vertex Pharmaceuticals to acquire Alpine Immune Sciences in $4.9B deal (title paraphrased)",
             "published_on": date(2024, 4, 15), "language": "en",
             "quote": "In Phase 2 development, povetacicept has shown potential best-in-class efficacy in "
                      "IgA nephropathy (IgAN), according to the company."},
        ],
        "headline": {"amount": D("4_900_000_000"), "currency": "USD", "source": "reuters",
                     "quote": "for about $4.9 billion in cash"},
        "parties": [
            {"company": "vertex-pharmaceuticals", "role": "acquirer"},
            {"company": "alpine-immune-sciences", "role": "target"},
        ],
        "assets": [{"asset": "povetacicept", "phase_at_signing": "phase_2"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("4_900_000_000"), "currency": "USD",
             "source": "reuters", "quote": "Vertex Pharmaceuticals will buy Alpine Immune Sciences for about $4.9 billion in cash",
             "note": "$65 per share in cash; reported as about $4.9B in cash (not labelled equity value)."},
        ],
        "royalty": None,
        "events": [{"kind": "announced", "date": date(2024, 4, 10), "source": "reuters",
                    "description": "Announced Wednesday 10 Apr 2024 after the market close."}],
    },
    {
        "slug": "ono-deciphera-acquisition-2024",
        "title": "Ono Pharmaceutical acquires Deciphera Pharmaceuticals",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2024, 4, 29), "conference": None,
        "indication": "Gastrointestinal stromal tumour; tenosynovial giant cell tumour",
        "summary": "Japan's Ono, in its largest acquisition, buys Deciphera for $25.60 per share in "
                   "cash by tender offer, a total equity value of about $2.4B (74.7% premium). Adds "
                   "Qinlock (ripretinib, approved for fourth-line GIST) and vimseltinib (CSF1R "
                   "inhibitor, positive Phase 3 MOTION trial in TGCT), plus US and European "
                   "commercial operations. Signed Monday 29 Apr 2024 (US); completed after the "
                   "tender offer ended on 10 Jun 2024.",
        "analyst_notes": "Nikkei and Jiji report the announcement as \"Tuesday\" (30 Apr, Japan time); "
                         "Reuters dates it Monday 29 Apr (US). S&P Capital IQ text on MarketScreener "
                         "Italy (https://it.marketscreener.com/quotazioni/azione/ONO-PHARMACEUTICAL-CO-LTD-6492021/attualita/Ono-Pharmaceutical-Co-Ltd-TSE-4528-ha-completato-l-acquisizione-di-Deciphera-Pharmaceuticals-I-46950905) "
                         "values the deal at $2.2 billion against $2.4B from the companies.",
        "sources": [
            {"key": "reuters", "url": "https://www.dailymail.co.uk/wires/reuters/article-13362161/Japans-Ono-buy-US-drugmaker-Deciphera-2-4-bln.html?ns_mchannel=rss&ns_campaign=1490&ito=1490",
             "publisher": "Reuters (via Daily Mail)", "title": "Japan's Ono to buy US drugmaker Deciphera for $2.4 bln",
             "published_on": date(2024, 4, 29), "language": "en",
             "quote": "Deciphera Pharmaceuticals said on Monday Japan's Ono Pharmaceutical Co will "
                      "acquire the cancer drugmaker for $2.4 billion to expand its oncology portfolio "
                      "and presence in the United States and Europe."},
            {"key": "pmm", "url": "https://pharmaceuticalmanufacturer.media/pharma-manufacturing-news/latest-pharmaceutical-manufacturing-news/ono-enters-agreement-to-acquire-deciphera-pharmaceuticals/",
             "publisher": "Pharmaceutical Manufacturer",
             "title": "ONO enters agreement to acquire Deciphera Pharmaceuticals (title paraphrased)",
             "published_on": date(2024, 4, 30), "language": "en",
             "quote": "The total equity value of the Acquisition is approximately US $ 2.4 billion, "
                      "assuming that there are approximately 94.7 million outstanding shares of "
                      "Deciphera common stock on a fully diluted basis."},
            {"key": "closing", "url": "https://stocktitan.net/news/DCPH/ono-announces-results-of-tender-offer-to-acquire-deciphera-3ma3ba1r0upf.html",
             "publisher": "StockTitan (summary of Ono's announcement)",
             "title": "Ono Announces Results of Tender Offer to Acquire Deciphera Pharmaceuticals and "
                      "Completion of Acquisition of Deciphera (a Wholly Owned Subsidiary of Ono) "
                      "(publication date approximate)",
             "published_on": date(2024, 4, 29), "language": "en",
             "quote": "Ono Pharmaceutical has completed the acquisition of Deciphera Pharmaceuticals "
                      "after a successful tender offer of $25.60 per share, totaling approximately $2.4 billion."},
        ],
        "headline": {"amount": D("2_400_000_000"), "currency": "USD", "source": "reuters",
                     "quote": "will acquire the cancer drugmaker for $2.4 billion"},
        "parties": [
            {"company": "ono-pharmaceutical", "role": "acquirer"},
            {"company": "deciphera-pharmaceuticals", "role": "target"},
        ],
        "assets": [
            {"asset": "ripretinib", "phase_at_signing": "approved"},
            {"asset": "vimseltinib", "phase_at_signing": "phase_3"},
        ],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("2_400_000_000"), "currency": "USD",
             "source": "pmm", "quote": "The total equity value of the Acquisition is approximately US $ 2.4 billion",
             "note": "$25.60 per share in cash by tender offer; fully diluted equity value."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2024, 4, 29), "source": "reuters",
             "description": "Announced Monday 29 Apr 2024 (US); 30 Apr in Japan."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "Completion announced after the tender offer (13 May - 10 Jun 2024; 88.25% "
                            "tendered); exact completion date not in the source."},
        ],
    },
    {
        "slug": "jnj-proteologix-acquisition-2024",
        "title": "Johnson & Johnson acquires Proteologix (bispecifics for atopic dermatitis)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2024, 5, 16), "conference": None,
        "indication": "Moderate to severe atopic dermatitis and asthma",
        "summary": "J&J buys privately held Proteologix for $850M in cash with potential for an "
                   "additional (undisclosed) milestone payment, adding two bispecific antibodies - "
                   "PX128 (IL-13 x TSLP, ready to enter Phase 1) and PX130 (IL-13 x IL-22, "
                   "preclinical) - and eight other bispecific programmes. Later completed.",
        "sources": [
            {"key": "jnj", "url": "https://janssen.com/johnson-johnson-acquire-proteologix-inc-lead-atopic-dermatitis-treatment",
             "publisher": "Johnson & Johnson (janssen.com)",
             "title": "Johnson & Johnson to Acquire Proteologix, Inc. to Lead in Atopic Dermatitis Treatment",
             "published_on": date(2024, 5, 16), "language": "en",
             "quote": "Johnson & Johnson (NYSE: JNJ) announced today that it has entered into a "
                      "definitive agreement to acquire Proteologix, Inc., a privately-held "
                      "biotechnology company focused on bispecific antibodies for immune-mediated "
                      "diseases, for $850 million in cash, with potential for an additional milestone payment."},
            {"key": "reuters", "url": "https://www.pharmalive.com/johnson-johnson-to-acquire-proteologix-for-850-million/",
             "publisher": "Reuters (via PharmaLive)", "title": "Johnson & Johnson to acquire Proteologix for $850 million",
             "published_on": date(2024, 5, 16), "language": "en",
             "quote": "Johnson & Johnson (JNJ.N) said on Thursday it would acquire Proteologix for $850 "
                      "million in cash, as it looks to gain access to the privately held company’s "
                      "experimental atopic dermatitis treatments."},
            {"key": "bioworld", "url": "https://www.bioworld.com/articles/708706-j-and-j-buys-bispecific-antibody-developer-proteologix-for-850m?v=preview",
             "publisher": "BioWorld", "title": "J&J buys bispecific antibody developer Proteologix for $850M",
             "published_on": date(2024, 5, 17), "language": "en",
             "quote": "Both are in preclinical development, but Johnson & Johnson said PX-128 is ready "
                      "for its phase I close-up."},
            {"key": "closing", "url": "https://www.citybiz.co/article/569998/johnson-johnson-completes-acquisition-of-proteologix/",
             "publisher": "Johnson & Johnson (Business Wire, via citybiz)",
             "title": "Johnson & Johnson Completes Acquisition of Proteologix (publication date approximate)",
             "published_on": date(2024, 5, 16), "language": "en",
             "quote": "Johnson & Johnson (NYSE: JNJ) announced today that it has successfully completed "
                      "the acquisition of Proteologix, Inc., a privately-held biotechnology company "
                      "focused on bispecific antibodies for immune-mediated diseases, for $850 million "
                      "in cash with potential for an additional milestone payment, as announced on May 16, 2024."},
        ],
        "headline": {"amount": D("850_000_000"), "currency": "USD", "source": "reuters",
                     "quote": "would acquire Proteologix for $850 million in cash"},
        "parties": [
            {"company": "johnson-johnson", "role": "acquirer"},
            {"company": "proteologix", "role": "target"},
        ],
        "assets": [
            {"asset": "px128", "phase_at_signing": "preclinical"},
            {"asset": "px130", "phase_at_signing": "preclinical"},
        ],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("850_000_000"), "currency": "USD",
             "source": "jnj", "quote": "for $850 million in cash",
             "note": "Private company; cash purchase price."},
            {"order": 1, "kind": "milestones", "disclosed": False, "source": "jnj",
             "quote": "with potential for an additional milestone payment",
             "note": "Amount not disclosed."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2024, 5, 16), "source": "jnj",
             "description": "Announced Thursday 16 May 2024."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "J&J announced completion (the date of that release is not in the stored excerpt)."},
        ],
    },
    {
        "slug": "biogen-hi-bio-acquisition-2024",
        "title": "Biogen acquires Human Immunology Biosciences (felzartamab)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2024, 5, 22), "conference": None,
        "indication": "Primary membranous nephropathy, IgA nephropathy, antibody-mediated rejection in kidney transplants",
        "summary": "Biogen buys privately held HI-Bio for $1.15B upfront plus up to $650M in "
                   "development milestone payments (up to about $1.8B), for the anti-CD38 antibody "
                   "felzartamab (Phase 2 data in PMN, IgAN and AMR; originally a MorphoSys antibody "
                   "licensed by HI-Bio ex-Greater China) and the Phase 1 anti-C5aR1 antibody "
                   "izastobart. Completed in early July 2024.",
        "analyst_notes": "HI-Bio's felzartamab licence excludes Greater China (BioSpace); the "
                         "acquisition itself has no territory. Completion date: Biogen's \"July 2 press "
                         "release\" as reported on 4 Jul 2024.",
        "sources": [
            {"key": "rtt", "url": "https://www.nasdaq.com/articles/biogen-to-buy-human-immunology-biosciences-in-deal-valued-at-up-to-$1.8-bln",
             "publisher": "RTTNews (via Nasdaq.com)",
             "title": "Biogen To Buy Human Immunology Biosciences In Deal Valued At Up To $1.8 Bln (title paraphrased)",
             "published_on": date(2024, 5, 22), "language": "en",
             "quote": "Biogen Inc. (BIIB) and privately-held biotechnology company Human Immunology "
                      "Biosciences or HI-Bio, announced Wednesday the companies have entered into a "
                      "definitive agreement under which Biogen has agreed to acquire HI-Bio for $1.15 "
                      "billion upfront and up to $650 million in potential milestone payments."},
            {"key": "sp", "url": "https://ca.marketscreener.com/quote/stock/BIOGEN-INC-4853/news/Biogen-Inc-agreed-to-acquire-Human-Immunology-Biosciences-Inc-for-approximately-1-8-billion-46795851",
             "publisher": "S&P Capital IQ (via MarketScreener)",
             "title": "Biogen Inc. agreed to acquire Human Immunology Biosciences, Inc. for approximately "
                      "$1.8 billion (publication date approximate)",
             "published_on": date(2024, 5, 22), "language": "en",
             "quote": "Biogen Inc. (NasdaqGS:BIIB) agreed to acquire Human Immunology Biosciences, Inc. "
                      "for approximately $1.8 billion on May 22, 2024."},
            {"key": "pm", "url": "https://www.pharmamanufacturing.com/industry-news/news/55041751/biogen-to-acquire-hi-bio-in-potential-18b-deal",
             "publisher": "Pharma Manufacturing", "title": "Biogen to acquire HI-Bio in potential $1.8B deal (title paraphrased)",
             "published_on": date(2024, 5, 22), "language": "en",
             "quote": "The drug has shown promising results in phase 2 trials for two rare autoimmune "
                      "diseases that affect the kidneys, primary membranous nephropathy and IgA "
                      "nephropathy, as well as in antibody-mediated rejection in kidney transplants."},
            {"key": "closing", "url": "https://solondais.fr/2024/07/04/news185048/biogen-completes-1-15-billion-acquisition-of-hi-bio-to-expand-immunology-business",
             "publisher": "Solondais (republishing GlobalData/Pharmaceutical Technology)",
             "title": "Biogen completes $1.15 billion acquisition of HI-Bio to expand immunology business (date from URL)",
             "published_on": date(2024, 7, 4), "language": "en",
             "quote": "Biogen Chief Development Officer Priya Singhal said in a July 2 press release "
                      "that the company is “very excited” to add felzartamab to its pipeline, adding "
                      "that Biogen will advance to Phase III trials once the transaction closes."},
        ],
        "headline": {"amount": D("1_800_000_000"), "currency": "USD", "source": "sp",
                     "quote": "for approximately $1.8 billion on May 22, 2024"},
        "parties": [
            {"company": "biogen", "role": "acquirer"},
            {"company": "human-immunology-biosciences", "role": "target", "name_as_reported": "HI-Bio"},
        ],
        "assets": [{"asset": "felzartamab", "phase_at_signing": "phase_2"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("1_150_000_000"), "currency": "USD",
             "source": "rtt", "quote": "acquire HI-Bio for $1.15 billion upfront",
             "note": "Private company; upfront payment."},
            {"order": 1, "kind": "development_milestones", "amount": D("650_000_000"), "currency": "USD",
             "source": "rtt", "quote": "up to $650 million in potential milestone payments",
             "note": "Payable if the felzartamab programmes achieve certain development milestones."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2024, 5, 22), "source": "sp",
             "description": "Announced Wednesday 22 May 2024."},
            {"kind": "closed", "date": date(2024, 7, 2), "source": "closing",
             "description": "Completion announced in Biogen's 2 Jul 2024 press release."},
        ],
    },
    {
        "slug": "lilly-morphic-acquisition-2024",
        "title": "Eli Lilly acquires Morphic Holding (oral α4β7 integrin inhibitor MORF-057)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2024, 7, 8), "conference": None,
        "indication": "Inflammatory bowel disease (ulcerative colitis, Crohn's disease)",
        "summary": "Lilly buys Morphic by tender offer for $57 per share in cash, about $3.2B "
                   "(79% premium), for MORF-057, an oral α4β7 integrin inhibitor in two Phase 2 "
                   "studies in ulcerative colitis and one in Crohn's disease. Completed 16 Aug 2024.",
        "analyst_notes": "tradingcalendar.com (https://tradingcalendar.com/post/eli-lilly-s-strategic-acquisition-of-morphic-holding-key-insights) "
                         "values the transaction at \"approximately $2.85 billion\" and gives 19 Aug 2024 "
                         "as the tender-offer end; Lilly's completion release says the offer expired on "
                         "15 Aug 2024 and the companies' figure is about $3.2B.",
        "sources": [
            {"key": "pm", "url": "https://www.pharmamanufacturing.com/industry-news/news/55093984/eli-lilly-to-buy-morphic-picking-up-ibd-asset",
             "publisher": "Pharma Manufacturing", "title": "Eli Lilly to buy Morphic, picking up IBD asset (title paraphrased)",
             "published_on": date(2024, 7, 8), "language": "en",
             "quote": "Per the deal, Lilly will commence a tender offer to buy all outstanding shares of "
                      "Morphic for a purchase price of $57 per share in cash — a deal worth approximately "
                      "$3.2 billion — payable at closing."},
            {"key": "prn", "url": "https://www.prnewswire.com/news-releases/lilly-to-acquire-morphic-to-improve-outcomes-for-patients-with-inflammatory-bowel-disease-302190489.html",
             "publisher": "Eli Lilly and Company and Morphic (PR Newswire)",
             "title": "Lilly to Acquire Morphic to Improve Outcomes for Patients with Inflammatory Bowel Disease",
             "published_on": date(2024, 7, 8), "language": "en",
             "quote": "This molecule (known as MORF-057) is being evaluated in two Phase 2 studies in "
                      "ulcerative colitis and one Phase 2 study in Crohn's disease."},
            {"key": "closing", "url": "https://capedgeqa.com/filing/59478/0001193125-24-201684/LLY-SCTOTA/file/2",
             "publisher": "Eli Lilly and Company (press release filed with the SEC, via CapEdge)",
             "title": "Lilly Completes Acquisition of Morphic to Improve Outcomes and Expand Options for "
                      "People Living with Inflammatory Bowel Disease",
             "published_on": date(2024, 8, 16), "language": "en",
             "quote": "INDIANAPOLIS, Aug. 16, 2024 – Eli Lilly and Company (NYSE: LLY) today announced "
                      "the successful completion of its acquisition of Morphic Holding, Inc. (NASDAQ: MORF)."},
        ],
        "headline": {"amount": D("3_200_000_000"), "currency": "USD", "source": "pm",
                     "quote": "a deal worth approximately $3.2 billion"},
        "parties": [
            {"company": "eli-lilly", "role": "acquirer"},
            {"company": "morphic-holding", "role": "target"},
        ],
        "assets": [{"asset": "morf-057", "phase_at_signing": "phase_2"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("3_200_000_000"), "currency": "USD",
             "source": "pm",
             "quote": "for a purchase price of $57 per share in cash — a deal worth approximately $3.2 billion",
             "note": "$57 per share in cash by tender offer."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2024, 7, 8), "source": "prn",
             "description": "Announced Monday 8 Jul 2024 (merger agreement dated 7 Jul 2024)."},
            {"kind": "closed", "date": date(2024, 8, 16), "source": "closing",
             "description": "Lilly announced completion on 16 Aug 2024 after the tender offer expired on 15 Aug."},
        ],
    },
    {
        "slug": "otsuka-jnana-acquisition-2024",
        "title": "Otsuka acquires Jnana Therapeutics (RAPID platform, JNT-517)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2024, 8, 1), "announced_on_precision": "month", "conference": None,
        "signed_on": date(2024, 8, 1), "signed_on_precision": "month",
        "indication": "Phenylketonuria; autoimmune diseases",
        "summary": "Japan's Otsuka Pharmaceutical, through Otsuka America, buys Boston-based Jnana "
                   "Therapeutics for $800M at closing plus up to $325M in development and regulatory "
                   "milestones (up to about $1.1B). Adds the RAPID chemoproteomics platform and "
                   "JNT-517, an oral SLC6A19 inhibitor in a Phase 1b/2 study in PKU. Agreement signed "
                   "in August 2024; completed later in 2024.",
        "analyst_notes": "The stored sources give only the month of signing (\"the agreement signed in "
                         "August of this year\", Otsuka's completion notice) and \"announced Thursday\" "
                         "(BioSpace); announced_on and signed_on (the notice's \"signed in August\") are "
                         "therefore stored at month precision.",
        "sources": [
            {"key": "ddd", "url": "https://drug-dev.com/otsuka-pharmaceutical-to-acquire-jnana-therapeutics",
             "publisher": "Drug Development & Delivery",
             "title": "Otsuka Pharmaceutical to Acquire Jnana Therapeutics (publication date approximate)",
             "published_on": date(2024, 8, 1), "language": "en",
             "quote": "Based on the terms of the agreement, Otsuka will pay $800 million to the "
                      "shareholders of Jnana upon completion of the acquisition, as well as up to an "
                      "additional $325 million in development and regulatory milestones."},
            {"key": "biospace", "url": "https://m.ru24.pro/english/384829846",
             "publisher": "BioSpace (via ru24.pro)",
             "title": "Otsuka Pays Up to $1.1B to Buy Jnana, Adds Drug Discovery Capabilities "
                      "(publication date approximate)",
             "published_on": date(2024, 8, 1), "language": "en",
             "quote": "Otsuka Pays Up to $1.1B to Buy Jnana, Adds Drug Discovery Capabilities"},
            {"key": "closing", "url": "https://worldpharmaceuticals.net/?p=12632",
             "publisher": "World Pharmaceuticals (carrying Otsuka's announcement)",
             "title": "Otsuka completes acquisition of Jnana Therapeutics (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2024, 8, 1), "language": "en",
             "quote": "Otsuka Pharmaceutical Co., Ltd. (Otsuka) announces that it has completed the "
                      "acquisition of Jnana Therapeutics Inc. (Jnana), based in Boston, Massachusetts."},
        ],
        "headline": {"amount": D("1_100_000_000"), "currency": "USD", "source": "biospace",
                     "quote": "Otsuka Pays Up to $1.1B to Buy Jnana"},
        "parties": [
            {"company": "otsuka-pharmaceutical", "role": "acquirer",
             "name_as_reported": "Otsuka Pharmaceutical Co., Ltd. (through Otsuka America, Inc.)"},
            {"company": "jnana-therapeutics", "role": "target"},
        ],
        "assets": [{"asset": "jnt-517", "phase_at_signing": "phase_1_2"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("800_000_000"), "currency": "USD",
             "source": "ddd", "quote": "Otsuka will pay $800 million to the shareholders of Jnana upon completion of the acquisition",
             "note": "Private company; paid at closing."},
            {"order": 1, "kind": "milestones", "amount": D("325_000_000"), "currency": "USD", "source": "ddd",
             "quote": "up to an additional $325 million in development and regulatory milestones",
             "note": "Development and regulatory milestones combined."},
        ],
        "royalty": None,
        "events": [
            {"kind": "closed", "date": None, "source": "closing",
             "description": "Otsuka announced completion (autumn 2024 by context; no date in the stored excerpt)."},
        ],
    },
    # ------------------------------------------------------------------ 2025 ------------
    {
        "slug": "lilly-scorpion-acquisition-2025",
        "title": "Eli Lilly acquires Scorpion Therapeutics for PI3Kα inhibitor STX-478",
        "deal_type": "acquisition", "exclusive": None, "status": "announced",
        "announced_on": date(2025, 1, 13), "conference": None,
        "indication": "Breast cancer and other advanced solid tumours",
        "summary": "Announced on the first day of JPM 2025: Lilly acquires privately held Scorpion "
                   "Therapeutics for its mutant-selective PI3Kα inhibitor STX-478 (Phase 1/2), for "
                   "up to $2.5B in cash including an upfront payment and regulatory and sales "
                   "milestones. Scorpion's staff and non-PI3Kα assets are spun out into a new "
                   "company owned by Scorpion's shareholders, with Lilly holding a minority stake.",
        "analyst_notes": "Lilly disclosed only the $2.5B total \"inclusive of an upfront payment and "
                         "subsequent payments\". The split ($1B upfront, $1.5B milestones) is Benzinga's, "
                         "citing the Financial Times, and is stored with that caveat. Completion was not "
                         "found in the sources read.",
        "sources": [
            {"key": "reuters", "url": "https://www.business-standard.com/amp/companies/news/eli-lilly-to-buy-cancer-drugmaker-scorpion-therapeutics-for-up-to-2-5-bn-125011301089_1.html",
             "publisher": "Reuters (via Business Standard)",
             "title": "Eli Lilly to buy cancer drugmaker Scorpion Therapeutics for up to $2.5 bn (title paraphrased)",
             "published_on": date(2025, 1, 13), "language": "en",
             "quote": "Eli Lilly said on Monday it would buy cancer therapy developer Scorpion "
                      "Therapeutics for up to $2.5 billion in cash."},
            {"key": "rtt", "url": "https://www.finanznachrichten.de/nachrichten-2025-01/64277842-eli-lilly-to-buy-scorpion-therapeutics-experimental-cancer-therapy-for-up-to-dollar-2-5-bln-in-cash-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "Eli Lilly To Buy Scorpion Therapeutics' Experimental Cancer Therapy For Up To $2.5 "
                      "Bln In Cash (title paraphrased; publication date approximate)",
             "published_on": date(2025, 1, 13), "language": "en",
             "quote": "STX-478 is a once-daily oral, mutant-selective PI3K? inhibitor currently being "
                      "evaluated in a Phase 1/2 clinical trial for breast cancer and other advanced solid tumors."},
            {"key": "benzinga", "url": "https://benzinga.com/25/01/42949261/eli-lilly-scoops-up-scorpion-therapeutics-early-stage-cancer-program-for-25-billion",
             "publisher": "Benzinga",
             "title": "Eli Lilly scoops up Scorpion Therapeutics' early-stage cancer program for $2.5 "
                      "billion (title paraphrased; publication date approximate)",
             "published_on": date(2025, 1, 13), "language": "en",
             "quote": "Up to $1 billion will be paid upfront, with an additional $1.5 billion contingent "
                      "on meeting specific performance milestones."},
        ],
        "headline": {"amount": D("2_500_000_000"), "currency": "USD", "source": "reuters",
                     "quote": "for up to $2.5 billion in cash"},
        "parties": [
            {"company": "eli-lilly", "role": "acquirer"},
            {"company": "scorpion-therapeutics", "role": "target"},
        ],
        "assets": [{"asset": "stx-478", "phase_at_signing": "phase_1_2"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("1_000_000_000"), "currency": "USD",
             "source": "benzinga", "quote": "Up to $1 billion will be paid upfront",
             "note": "Upfront split as reported by Benzinga citing the Financial Times; not disclosed "
                     "by Lilly. Private company."},
            {"order": 1, "kind": "milestones", "amount": D("1_500_000_000"), "currency": "USD",
             "source": "benzinga",
             "quote": "an additional $1.5 billion contingent on meeting specific performance milestones",
             "note": "Regulatory and sales milestones (Lilly); split press-reported."},
        ],
        "royalty": None,
        "events": [{"kind": "announced", "date": date(2025, 1, 13), "source": "reuters",
                    "description": "Announced Monday 13 Jan 2025, at the start of JPM 2025."}],
    },
    {
        "slug": "gsk-idrx-acquisition-2025",
        "title": "GSK acquires IDRx (KIT inhibitor IDRX-42 for GIST)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 1, 13), "conference": None,
        "indication": "Gastrointestinal stromal tumours",
        "summary": "GSK buys Boston-based IDRx for up to $1.15B in cash: $1B upfront plus a possible "
                   "$150M regulatory approval milestone. Adds IDRX-42, a highly selective KIT TKI for "
                   "first- and second-line GIST (licensed by IDRx from Merck KGaA; GSK takes on the "
                   "milestones and tiered royalties owed to Merck KGaA). Completed Feb 2025.",
        "analyst_notes": "DCAT's completion note calls it \"a deal worth up to $1.1 billion ($1 billion "
                         "upfront and $150 million in milestone payments)\" while its headline and GSK say "
                         "$1.15 billion. Royalties in this deal are owed by GSK to Merck KGaA (third "
                         "party), so no royalty row is stored.",
        "sources": [
            {"key": "rtt", "url": "https://www.finanznachrichten.de/nachrichten-2025-01/64271621-gsk-to-acquire-gist-drug-developer-idrx-for-up-to-dollar-1-15-bln-cash-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "GSK To Acquire GIST Drug Developer IDRx For Up To $1.15 Bln Cash (title paraphrased)",
             "published_on": date(2025, 1, 13), "language": "en",
             "quote": "The consideration includes $1 billion upfront, with the potential for an additional "
                      "$150 million success-based regulatory approval milestone payment."},
            {"key": "closing", "url": "https://www.directorstalkinterviews.com/gsk-plc-completes-acquisition-of-idrx-inc/4121187331",
             "publisher": "DirectorsTalk Interviews (carrying GSK's announcement)",
             "title": "GSK Plc completes acquisition of IDRx, Inc.", "published_on": date(2025, 2, 24),
             "language": "en",
             "quote": "The total cash consideration for this acquisition amounts to up to $1.15 billion. "
                      "This includes an upfront payment of $1 billion, with the possibility of an "
                      "additional $150 million milestone payment contingent upon success-based "
                      "regulatory approval."},
        ],
        "headline": {"amount": D("1_150_000_000"), "currency": "USD", "source": "closing",
                     "quote": "The total cash consideration for this acquisition amounts to up to $1.15 billion."},
        "parties": [
            {"company": "gsk", "role": "acquirer"},
            {"company": "idrx", "role": "target"},
        ],
        "assets": [{"asset": "idrx-42"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("1_000_000_000"), "currency": "USD",
             "source": "rtt", "quote": "The consideration includes $1 billion upfront",
             "note": "Private company; 100% of equity interests including options."},
            {"order": 1, "kind": "regulatory_milestones", "amount": D("150_000_000"), "currency": "USD",
             "source": "rtt",
             "quote": "the potential for an additional $150 million success-based regulatory approval milestone payment"},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2025, 1, 13), "source": "rtt",
             "description": "Announced Monday 13 Jan 2025."},
            {"kind": "closed", "date": date(2025, 2, 24), "source": "closing",
             "description": "GSK announced completion (reported 24 Feb 2025)."},
        ],
    },
    {
        "slug": "merck-kgaa-springworks-acquisition-2025",
        "title": "Merck KGaA acquires SpringWorks Therapeutics (Ogsiveo, Gomekli)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 4, 28), "conference": None,
        "indication": "Desmoid tumours; NF1-associated plexiform neurofibromas",
        "summary": "Merck KGaA, Darmstadt, Germany buys SpringWorks for $47 per share in cash, an "
                   "equity value of about $3.9B (enterprise value $3.4B, €3.0B), adding two approved "
                   "rare-tumour drugs: Ogsiveo (nirogacestat) for desmoid tumours and Gomekli "
                   "(mirdametinib) for NF1-PN. Merck KGaA had confirmed advanced talks in February "
                   "2025. Its largest healthcare acquisition in nearly 20 years; later completed.",
        "analyst_notes": "Completion reports (DCAT; World Pharmaceuticals) head the deal \"$3.4-Bn\" / "
                         "\"$3.4bn\" (enterprise value) against the $3.9B equity value stored here. No "
                         "completion date is given in the stored excerpts.",
        "sources": [
            {"key": "gnw", "url": "http://goldberglawma.com/?id=news%2Fmerck-kgaa-darmstadt-germany-acquire-061300678.html",
             "publisher": "Merck KGaA and SpringWorks (GlobeNewswire release, copy on goldberglawma.com)",
             "title": "Merck KGaA, Darmstadt, Germany to Acquire SpringWorks Therapeutics to Accelerate "
                      "Sustainable Growth of Healthcare Business",
             "published_on": date(2025, 4, 28), "language": "en",
             "quote": "The purchase price of $47 per share in cash represents an equity value of "
                      "approximately $3.9 billion, or an enterprise value of $3.4 billion (€3.0 billion) "
                      "based on SpringWorks’ cash balance as of December 31, 2024"},
            {"key": "talks", "url": "https://www.finanznachrichten.de/nachrichten-2025-02/64517607-merck-kgaa-in-advanced-talks-with-springworks-therapeutics-for-potential-acquisition-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "Merck KGaA In Advanced Talks With SpringWorks Therapeutics For Potential "
                      "Acquisition (title paraphrased)",
             "published_on": date(2025, 2, 11), "language": "en",
             "quote": "Merck KGaA (MKGAY.PK) announced that it is in advanced talks with SpringWorks "
                      "Therapeutics, Inc. (SWTX) about a possible acquisition."},
            {"key": "closing", "url": "https://www.dcatvci.org/top-industry-news/merck-kgaa-completes-3-4-bn-acquisition-of-springworks-therapeutics",
             "publisher": "DCAT Value Chain Insights",
             "title": "Merck KGaA Completes $3.4-Bn Acquisition of SpringWorks Therapeutics "
                      "(publication date approximate)",
             "published_on": date(2025, 4, 28), "language": "en",
             "quote": "Merck KGaA, Darmstadt, Germany, has completed its acquisition of SpringWorks "
                      "Therapeutics, a Stamford, Connecticut-based commercial-stage bio/pharmaceutical "
                      "company focused on severe rare diseases and cancer, for $3.4 billion."},
        ],
        "headline": {"amount": D("3_900_000_000"), "currency": "USD", "source": "gnw",
                     "quote": "represents an equity value of approximately $3.9 billion"},
        "parties": [
            {"company": "merck-kgaa", "role": "acquirer", "name_as_reported": "Merck KGaA, Darmstadt, Germany"},
            {"company": "springworks-therapeutics", "role": "target"},
        ],
        "assets": [
            {"asset": "nirogacestat", "phase_at_signing": "approved"},
            {"asset": "mirdametinib", "phase_at_signing": "approved"},
        ],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("3_900_000_000"), "currency": "USD",
             "source": "gnw",
             "quote": "The purchase price of $47 per share in cash represents an equity value of approximately $3.9 billion",
             "note": "$47 per share in cash; enterprise value $3.4B (€3.0B)."},
        ],
        "royalty": None,
        "events": [
            {"kind": "other", "date": date(2025, 2, 11), "source": "talks",
             "description": "Merck KGaA confirmed advanced talks about a possible acquisition."},
            {"kind": "announced", "date": date(2025, 4, 28), "source": "gnw",
             "description": "Definitive agreement announced 28 Apr 2025."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "Completion reported by DCAT (no date in the stored excerpt)."},
        ],
    },
    {
        "slug": "novartis-regulus-acquisition-2025",
        "title": "Novartis acquires Regulus Therapeutics (farabursen), with CVR",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 4, 30), "conference": None,
        "indication": "Autosomal dominant polycystic kidney disease",
        "summary": "Novartis buys Regulus by tender offer for $7.00 per share in cash at closing "
                   "($0.8B) plus a CVR of $7.00 per share on a regulatory approval milestone for "
                   "farabursen, an anti-miR-17 oligonucleotide for ADPKD that had completed a "
                   "Phase 1b study: about $1.7B in total. Completed 25 Jun 2025.",
        "analyst_notes": "DCAT's completion note says the deal \"was announced in May 2025\"; the "
                         "companies announced it on 30 Apr 2025. The CVR aggregate ($900M) is DCAT's "
                         "figure; the companies gave $0.8B upfront and about $1.7B with the CVR.",
        "sources": [
            {"key": "rtt", "url": "https://www.finanznachrichten.de/nachrichten-2025-04/65263876-novartis-to-acquire-regulus-020.htm",
             "publisher": "RTTNews / dpa-AFX (via finanznachrichten.de)",
             "title": "Novartis To Acquire Regulus (title paraphrased; publication date approximate)",
             "published_on": date(2025, 4, 30), "language": "en",
             "quote": "Regulus Therapeutics (RGLS) has entered into an agreement and plan of merger with "
                      "Novartis AG and an indirectly wholly owned subsidiary of Novartis, pursuant to "
                      "which Novartis will acquire Regulus for an initial payment of $7.00 per share in "
                      "cash at closing, or $0.8 billion. Also, Regulus shareholders will receive a "
                      "contingent value right providing for payment of $7.00 per share, contingent upon "
                      "the achievement of a milestone with respect to regulatory approval of Regulus' "
                      "lead product candidate, farabursen. Total consideration including the CVR, if "
                      "the milestone is achieved, would be approximately $1.7 billion."},
            {"key": "regulus", "url": "https://oligo-nucleotide.com/recent-updates.php?id=96",
             "publisher": "Oligo-nucleotide.com (carrying Regulus' release)",
             "title": "Regulus Therapeutics enters definitive merger agreement with Novartis (title paraphrased)",
             "published_on": date(2025, 4, 30), "language": "en",
             "quote": "Under the terms of the agreement, Novartis will acquire Regulus for an upfront "
                      "payment of $7.00 per share in cash at closing, valuing the transaction at "
                      "approximately $800 million."},
            {"key": "dcat", "url": "https://www.dcatvci.org/?p=33846", "publisher": "DCAT Value Chain Insights",
             "title": "Novartis Completes Acquisition of Regulus Therapeutics in $1.7 Bn Deal (publication date approximate)",
             "published_on": date(2025, 4, 30), "language": "en",
             "quote": "Novartis has completed its acquisition of Regulus Therapeutics, a San Diego, "
                      "California-based clinical-stage bio/pharmaceutical company developing microRNA "
                      "therapeutics, in a deal worth up to $1.7 billion ($800 million upfront and $900 "
                      "million in milestone payments)."},
            {"key": "closing", "url": "https://futures.tradingcharts.com/news/futures/Novartis_completes_acquisition_of_Regulus_Therapeutics_466646948.html",
             "publisher": "Novartis (GlobeNewswire via COMTEX, on TradingCharts)",
             "title": "Novartis completes acquisition of Regulus Therapeutics", "published_on": date(2025, 6, 25),
             "language": "en",
             "quote": "Basel, June 25, 2025 - Novartis today announced that it has successfully completed "
                      "its acquisition of Regulus Therapeutics Inc. (\"Regulus\")."},
        ],
        "headline": {"amount": D("1_700_000_000"), "currency": "USD", "source": "rtt",
                     "quote": "Total consideration including the CVR, if the milestone is achieved, would be approximately $1.7 billion."},
        "parties": [
            {"company": "novartis", "role": "acquirer"},
            {"company": "regulus-therapeutics", "role": "target"},
        ],
        "assets": [{"asset": "farabursen", "phase_at_signing": "phase_1"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("800_000_000"), "currency": "USD",
             "source": "rtt", "quote": "an initial payment of $7.00 per share in cash at closing, or $0.8 billion",
             "note": "$7.00 per share in cash at closing."},
            {"order": 1, "kind": "cvr", "amount": D("900_000_000"), "currency": "USD", "source": "dcat",
             "quote": "$900 million in milestone payments",
             "note": "$7.00 per share CVR on regulatory approval of farabursen; aggregate as reported by DCAT."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2025, 4, 30), "source": "regulus",
             "description": "Announced Wednesday 30 Apr 2025."},
            {"kind": "closed", "date": date(2025, 6, 25), "source": "closing",
             "description": "Novartis announced completion on 25 Jun 2025."},
        ],
    },
    {
        "slug": "gsk-efimosfermin-asset-purchase-2025",
        "title": "GSK buys efimosfermin from Boston Pharmaceuticals (acquisition of BP Asset IX)",
        "deal_type": "asset_purchase", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 5, 14), "conference": None,
        "indication": "Steatotic liver disease (MASH, alcohol-related liver disease)",
        "summary": "GSK acquires BP Asset IX, Inc., the Boston Pharmaceuticals subsidiary holding "
                   "efimosfermin alfa, a Phase III-ready once-monthly FGF21 analogue for MASH, for "
                   "$1.2B upfront plus up to $800M in success-based milestones (up to $2B in cash). "
                   "GSK also takes on milestones and tiered royalties owed to Novartis, the "
                   "originator (BOS-580). First launch expected in 2029. Later completed.",
        "analyst_notes": "Stored as an asset purchase: GSK buys the single-asset subsidiary, not "
                         "Boston Pharmaceuticals. Efimosfermin is \"Phase III-ready\" (Phase 2 data "
                         "reported); no phase is stored. Royalties run from GSK to Novartis (third "
                         "party), so no royalty row. The completion report gives no date.",
        "sources": [
            {"key": "mt", "url": "https://www.financetom.com/business/gsk-strikes-up-to-2-billion-deal-to-acquire-boston-pharmaceuticals-liver-disease-drug-candidate-373579.htm",
             "publisher": "MT Newswires (via FinanceTom)",
             "title": "GSK Strikes Up to $2 Billion Deal to Acquire Boston Pharmaceuticals' Liver Disease "
                      "Drug Candidate (title paraphrased)",
             "published_on": date(2025, 5, 14), "language": "en",
             "quote": "Under the terms, GSK will buy Boston Pharmaceuticals' subsidiary, BP Asset IX, for "
                      "an upfront payment of $1.2 billion and up to $800 million in milestone payments."},
            {"key": "gsk", "url": "https://fresh.yiaap.com/gsk-to-acquire-efimosfermin-a-phase-iii-ready-potential-best-in-class-specialty-medicine-to-treat-an-9736577.html",
             "publisher": "GSK (release copy on yiaap.com)",
             "title": "GSK to acquire efimosfermin, a phase III-ready potential best-in-class specialty "
                      "medicine to treat and prevent progression of steatotic liver disease (SLD) "
                      "(publication date approximate)",
             "published_on": date(2025, 5, 14), "language": "en",
             "quote": "GSK will pay up to $2 billion of total cash consideration, comprising an upfront "
                      "payment of $1.2 billion and up to $800 million in success-based milestone payments."},
            {"key": "closing", "url": "https://www.pharmaindustrial-india.com/news/gsk-completes-acquisition-of-efimosfermin-from-boston-pharmaceuticals-for-usd-2-billion",
             "publisher": "Pharma Industrial India",
             "title": "GSK Completes Acquisition of Efimosfermin from Boston Pharmaceuticals for USD 2 "
                      "Billion (publication date approximate)",
             "published_on": date(2025, 5, 14), "language": "en",
             "quote": "GSK plc has announced the completion of its previously announced acquisition of "
                      "efimosfermin alfa from Boston Pharmaceuticals."},
        ],
        "headline": {"amount": D("2_000_000_000"), "currency": "USD", "source": "gsk",
                     "quote": "GSK will pay up to $2 billion of total cash consideration"},
        "parties": [
            {"company": "gsk", "role": "acquirer"},
            {"company": "boston-pharmaceuticals", "role": "target",
             "name_as_reported": "BP Asset IX, Inc. (a subsidiary of Boston Pharmaceuticals)"},
        ],
        "assets": [{"asset": "efimosfermin-alfa"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("1_200_000_000"), "currency": "USD",
             "source": "gsk", "quote": "an upfront payment of $1.2 billion",
             "note": "Upfront price for BP Asset IX, Inc. (asset purchase via subsidiary)."},
            {"order": 1, "kind": "milestones", "amount": D("800_000_000"), "currency": "USD", "source": "gsk",
             "quote": "up to $800 million in success-based milestone payments"},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2025, 5, 14), "source": "mt",
             "description": "Announced Wednesday 14 May 2025."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "GSK announced completion (no date in the stored excerpt)."},
        ],
    },
    {
        "slug": "sanofi-vigil-acquisition-2025",
        "title": "Sanofi acquires Vigil Neuroscience (TREM2 agonist VG-3927), with CVR",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 5, 22), "conference": None, "indication": "Alzheimer's disease",
        "summary": "Sanofi buys Vigil Neuroscience for $8.00 per share in cash at closing, an equity "
                   "value of about $470M on a fully diluted basis, plus a non-tradeable CVR of up to "
                   "$2.00 per share payable on VG-3927's first commercial sale within a set period. "
                   "VG-3927 is an oral TREM2 agonist for Alzheimer's that had completed Phase 1 and "
                   "was due to enter Phase 2. Vigil's antibody VGL101 (iluzanebart) returns to Amgen. "
                   "Sanofi had invested $40M in Vigil in June 2024 with a right of first negotiation.",
        "analyst_notes": "StockTitan (https://www.stocktitan.net/news/VIGL/vigil-neuroscience-enters-into-definitive-merger-agreement-to-be-14wfa9uhmoin.html) "
                         "summarises the deal as \"up to $10.00 per share, representing a total equity "
                         "value of approximately $600 million\"; Sanofi and Reuters give $470M for the "
                         "$8.00 cash. No source read states the CVR aggregate, so the CVR row has no "
                         "amount. BioWorld calls VG-3927 a \"TREM2 antagonist\"; Sanofi and Vigil call it "
                         "an agonist (stored). The merger agreement was signed on 21 May 2025 (Vigil 8-K). "
                         "Completion was reported on a Tuesday (Investing.com) without a full date.",
        "sources": [
            {"key": "reuters", "url": "https://www.financetom.com/business/sanofi-to-acquire-vigil-neuroscience-in-470-million-deal-to-boost-neurological-pipeline-377186.htm",
             "publisher": "Reuters (via FinanceTom)",
             "title": "Sanofi to acquire Vigil Neuroscience in $470 million deal to boost neurological "
                      "pipeline (title paraphrased)",
             "published_on": date(2025, 5, 22), "language": "en",
             "quote": "clinical-stage biotech company in a $470 million deal, the companies said on Thursday"},
            {"key": "mc", "url": "https://manufacturingchemist.com/sanofi-to-acquire-vigil-neuroscience",
             "publisher": "Manufacturing Chemist",
             "title": "Sanofi to acquire Vigil Neuroscience (title paraphrased; publication date approximate)",
             "published_on": date(2025, 5, 22), "language": "en",
             "quote": "Through the acquisition transaction, Sanofi will acquire all outstanding common "
                      "shares of Vigil for $8 per share in cash at closing, representing an equity value "
                      "of approximately $470 million on a fully diluted basis."},
            {"key": "fb", "url": "https://financialbuzz.com/vigil-neuroscience-skyrockets-240-as-sanofi-bets-470m-on-alzheimers-breakthrough/",
             "publisher": "Financial Buzz",
             "title": "Vigil Neuroscience skyrockets 240% as Sanofi bets $470M on Alzheimer's "
                      "breakthrough (title paraphrased; publication date approximate)",
             "published_on": date(2025, 5, 22), "language": "en",
             "quote": "Additionally, shareholders will receive a non-tradeable CVR that could be worth up "
                      "to $2.00 per share, payable if VG-3927 achieves its first commercial sale within a "
                      "specified timeframe."},
            {"key": "8k", "url": "https://pubt.io/view/C9F2C44121FBBE712BD89DB75B2CDC9C5472D1C1",
             "publisher": "Vigil Neuroscience Form 8-K (via Public Technologies)",
             "title": "Vigil Neuroscience 8-K of 28 Jul 2025 on litigation demands (title paraphrased)",
             "published_on": date(2025, 7, 28), "language": "en",
             "quote": "As previously disclosed, on May 21, 2025, Vigil Neuroscience, Inc., a Delaware "
                      "corporation (the \"Company\" or \"Vigil\"), entered into an Agreement and Plan of "
                      "Merger (the \"Merger Agreement\") with Sanofi"},
            {"key": "closing", "url": "https://ng.investing.com/news/sec-filings/sanofi-completes-acquisition-of-vigil-neuroscience-and-initiates-delisting-from-nasdaq-93CH-2044032",
             "publisher": "Investing.com (summary of Sanofi's release and SEC filing)",
             "title": "Sanofi completes acquisition of Vigil Neuroscience and initiates delisting from "
                      "Nasdaq (title paraphrased; publication date approximate)",
             "published_on": date(2025, 5, 22), "language": "en",
             "quote": "Sanofi (NASDAQ:SNY) (EPA:SAN) has completed its acquisition of Vigil Neuroscience , "
                      "Inc. (NASDAQ:VIGL), according to a press release statement and a filing with the "
                      "Securities and Exchange Commission."},
        ],
        "headline": {"amount": D("470_000_000"), "currency": "USD", "source": "reuters",
                     "quote": "in a $470 million deal"},
        "parties": [
            {"company": "sanofi", "role": "acquirer"},
            {"company": "vigil-neuroscience", "role": "target"},
        ],
        "assets": [{"asset": "vg-3927"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("470_000_000"), "currency": "USD",
             "source": "mc", "quote": "representing an equity value of approximately $470 million on a fully diluted basis",
             "note": "$8.00 per share in cash at closing."},
            {"order": 1, "kind": "cvr", "disclosed": False, "source": "fb",
             "quote": "a non-tradeable CVR that could be worth up to $2.00 per share, payable if VG-3927 "
                      "achieves its first commercial sale within a specified timeframe",
             "note": "Up to $2.00 per share; aggregate not stated by the sources read."},
        ],
        "royalty": None,
        "events": [
            {"kind": "signed", "date": date(2025, 5, 21), "source": "8k",
             "description": "Agreement and Plan of Merger entered into on 21 May 2025."},
            {"kind": "announced", "date": date(2025, 5, 22), "source": "reuters",
             "description": "Announced Thursday 22 May 2025."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "Sanofi completed the merger on a Tuesday (date not in the stored excerpt); "
                            "Vigil became a wholly owned subsidiary and was delisted."},
        ],
    },
    {
        "slug": "sanofi-blueprint-acquisition-2025",
        "title": "Sanofi acquires Blueprint Medicines (Ayvakit), with CVR",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 6, 2), "conference": None,
        "indication": "Systemic mastocytosis and other KIT-driven immunological diseases",
        "summary": "Sanofi buys Blueprint Medicines for $129.00 per share in cash, an equity value of "
                   "about $9.1B, plus one CVR per share with two milestone payments of $2 and $4 tied "
                   "to development and regulatory milestones for BLU-808: up to about $9.5B fully "
                   "diluted. Adds Ayvakit/Ayvakyt (avapritinib), the only approved medicine for "
                   "advanced and indolent systemic mastocytosis, elenestinib and the wild-type KIT "
                   "inhibitor BLU-808. Completed after a tender offer (about 70.9% tendered).",
        "analyst_notes": "No source read states the CVR aggregate separately; the $9.5B total "
                         "includes it, so the CVR row has no amount. Bloomberg (via Livemint) put the "
                         "price at \"at least $9.1 billion\". Completion date not in the stored excerpt "
                         "(Investing.com: closed on a Thursday, per a Friday SEC filing).",
        "sources": [
            {"key": "reuters", "url": "https://todayheadline.co/sanofi-buys-us-biopharma-group-052414702-html",
             "publisher": "Reuters (via TodayHeadline)",
             "title": "Sanofi buys US biopharma group Blueprint Medicines (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2025, 6, 2), "language": "en",
             "quote": "Under the terms of the acquisition, Sanofi will pay $129.00 per share in cash, "
                      "representing an equity value of approximately $9.1 billion."},
            {"key": "manalo", "url": "https://www.manaloadvisors.com/research/701-blueprint-medicines-sanofi-deal-insight",
             "publisher": "Manalo Advisors", "title": "Blueprint Medicines / Sanofi deal insight (title paraphrased)",
             "published_on": date(2025, 6, 13), "language": "en",
             "quote": "On 2-Jun-25, Sanofi announced it would acquire US-based biopharmaceutical company "
                      "Blueprint Medicines for up to $9.5bn, in a move designed to bolster its rare "
                      "immunology pipeline."},
            {"key": "wsn", "url": "https://wyomingstarnews.org/2025/06/03/sanofi-to-acquire-us-biopharma-firm-blueprint-medicines-in-9-5-billion-deal",
             "publisher": "Wyoming Star News (citing Reuters)",
             "title": "Sanofi to acquire US biopharma firm Blueprint Medicines in $9.5 billion deal "
                      "(title paraphrased; date from URL)",
             "published_on": date(2025, 6, 3), "language": "en",
             "quote": "In addition to the cash offer, Blueprint shareholders will receive a contingent "
                      "value right (CVR), which includes potential milestone payments totaling up to $6 per share."},
            {"key": "closing", "url": "https://ng.investing.com/news/sec-filings/sanofi-completes-91-billion-acquisition-of-blueprint-medicines-nasdaq-delisting-follows-93CH-2013851",
             "publisher": "Investing.com",
             "title": "Sanofi completes $9.1 billion acquisition of Blueprint Medicines, Nasdaq delisting "
                      "follows (title paraphrased; publication date approximate)",
             "published_on": date(2025, 6, 2), "language": "en",
             "quote": "Sanofi (NASDAQ:SNY) (EPA:SAN) has completed its acquisition of Blueprint Medicines "
                      "Corp (NASDAQ:BPMC), according to a press release statement based on a Friday SEC filing."},
        ],
        "headline": {"amount": D("9_500_000_000"), "currency": "USD", "source": "manalo",
                     "quote": "Blueprint Medicines for up to $9.5bn"},
        "parties": [
            {"company": "sanofi", "role": "acquirer"},
            {"company": "blueprint-medicines", "role": "target"},
        ],
        "assets": [
            {"asset": "avapritinib", "phase_at_signing": "approved"},
            {"asset": "blu-808"},
        ],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("9_100_000_000"), "currency": "USD",
             "source": "reuters", "quote": "representing an equity value of approximately $9.1 billion",
             "note": "$129.00 per share in cash."},
            {"order": 1, "kind": "cvr", "disclosed": False, "source": "wsn",
             "quote": "potential milestone payments totaling up to $6 per share",
             "note": "$2 and $4 per CVR on development and regulatory milestones for BLU-808; aggregate "
                     "not stated separately (total with CVR about $9.5B)."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2025, 6, 2), "source": "manalo",
             "description": "Announced Monday 2 Jun 2025."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "Sanofi completed the tender offer and merger (date not in the stored excerpt)."},
        ],
    },
    {
        "slug": "lilly-verve-acquisition-2025",
        "title": "Eli Lilly acquires Verve Therapeutics (PCSK9 base editor VERVE-102), with CVR",
        "deal_type": "acquisition", "exclusive": None, "status": "announced",
        "announced_on": date(2025, 6, 17), "conference": None,
        "indication": "Atherosclerotic cardiovascular disease; heterozygous familial hypercholesterolaemia",
        "summary": "Lilly buys its gene-editing partner Verve for $10.50 per share in cash at closing "
                   "(almost $1B) plus a non-tradeable CVR of up to $3.00 per share (about $300M) "
                   "payable when the first patient is dosed with VERVE-102 in a US Phase 3 trial "
                   "within 10 years: up to about $1.3B ($13.50 per share). VERVE-102 is a one-time "
                   "in vivo PCSK9 base-editing medicine in Phase 1b with FDA Fast Track. The "
                   "Financial Times reported the talks the day before.",
        "analyst_notes": "MedNous described the upfront as \"a share transaction valued at $1 billion "
                         "upfront\"; MedPath says \"almost $1 billion\". Completion (expected Q3 2025) "
                         "was not found in the sources read.",
        "sources": [
            {"key": "bloomberg", "url": "https://www.hindustantimes.com/world-news/us-news/eli-lilly-to-buy-gene-editing-biotech-verve-therapeutics-inc-for-1-3-billion-101750160827499.html",
             "publisher": "Bloomberg (via Hindustan Times)",
             "title": "Eli Lilly to buy gene-editing biotech Verve Therapeutics Inc for $1.3 billion (title paraphrased)",
             "published_on": date(2025, 6, 17), "language": "en",
             "quote": "Eli Lilly & Co. agreed to buy Verve Therapeutics Inc., a US biotech that’s seeking "
                      "to use gene editing to prevent clogged arteries, for as much as $1.3 billion in the "
                      "drugmaker’s latest move to build its pipeline in heart disease."},
            {"key": "medpath", "url": "https://trial.medpath.com/news/32992eb03acc8e7d/eli-lilly-acquires-gene-editing-biotech-verve-therapeutics-for-1-3-billion-to-expand-cholesterol-treatment-pipeline",
             "publisher": "MedPath",
             "title": "Eli Lilly acquires gene-editing biotech Verve Therapeutics for $1.3 billion to expand "
                      "cholesterol treatment pipeline (title paraphrased; publication date approximate)",
             "published_on": date(2025, 6, 17), "language": "en",
             "quote": "The acquisition includes an upfront payment of almost $1 billion, with an additional "
                      "$300 million contingent on Verve achieving certain clinical milestones."},
            {"key": "fool", "url": "https://www.fool.com/investing/2025/06/17/why-verve-therapeutics-stock-is-skyrocketing-today",
             "publisher": "The Motley Fool",
             "title": "Why Verve Therapeutics stock is skyrocketing today (title paraphrased; date from URL)",
             "published_on": date(2025, 6, 17), "language": "en",
             "quote": "The company's crown jewel is VERVE-102, a base-editing therapy that's currently "
                      "being evaluated in a phase 1b clinical study for treating ASCVD."},
            {"key": "ft_report", "url": "https://todayheadline.co/eli-lilly-nears-1-3-234902814-html/",
             "publisher": "Reuters (via TodayHeadline)",
             "title": "Eli Lilly nears $1.3 billion deal for Verve Therapeutics, FT reports (title paraphrased)",
             "published_on": date(2025, 6, 17), "language": "en",
             "quote": "Eli Lilly is in advanced talks to acquire gene editing startup Verve Therapeutics "
                      "for up to $1.3 billion, aiming to strengthen its pipeline of experimental "
                      "medicines, the Financial Times reported on Monday."},
        ],
        "headline": {"amount": D("1_300_000_000"), "currency": "USD", "source": "bloomberg",
                     "quote": "for as much as $1.3 billion"},
        "parties": [
            {"company": "eli-lilly", "role": "acquirer"},
            {"company": "verve-therapeutics", "role": "target"},
        ],
        "assets": [{"asset": "verve-102", "phase_at_signing": "phase_1"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("1_000_000_000"), "currency": "USD",
             "source": "medpath", "quote": "an upfront payment of almost $1 billion",
             "note": "$10.50 per share in cash at closing; reported as \"almost $1 billion\"."},
            {"order": 1, "kind": "cvr", "amount": D("300_000_000"), "currency": "USD", "source": "medpath",
             "quote": "an additional $300 million contingent on Verve achieving certain clinical milestones",
             "note": "Up to $3.00 per share CVR: first patient dosed with VERVE-102 in a US Phase 3 trial "
                     "within 10 years of closing."},
        ],
        "royalty": None,
        "events": [
            {"kind": "other", "date": None, "source": "ft_report",
             "description": "The Financial Times reported advanced talks on Monday 16 Jun 2025 (per Reuters)."},
            {"kind": "announced", "date": date(2025, 6, 17), "source": "bloomberg",
             "description": "Announced Tuesday 17 Jun 2025."},
        ],
    },
    {
        "slug": "merck-verona-acquisition-2025",
        "title": "Merck & Co. acquires Verona Pharma (Ohtuvayre)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 7, 9), "conference": None,
        "indication": "Chronic obstructive pulmonary disease; non-cystic fibrosis bronchiectasis",
        "summary": "Merck & Co. buys UK respiratory company Verona Pharma for $107 per ADS (each ADS "
                   "eight ordinary shares), a total transaction value of about $10B, by UK scheme of "
                   "arrangement. Adds Ohtuvayre (ensifentrine), an inhaled dual PDE3/PDE4 inhibitor "
                   "approved by the FDA in June 2024 for COPD maintenance. The Financial Times had "
                   "reported the talks the day before. Completed 7 Oct 2025.",
        "analyst_notes": "The price is reported as \"total transaction value\", not equity value, and "
                         "is stored as reported. Dates disagree slightly: the agreement was entered into on "
                         "8 Jul 2025 and the joint release issued on 9 Jul (Verona 8-K as summarised by "
                         "StockTitan; Manalo), while StockTitan's summary of the vote says the deal was "
                         "\"announced on July 8, 2025\". Verona's release dates the shareholder approval "
                         "24 Sep 2025, while Insider Monkey says shareholders authorised it \"on October 1\".",
        "sources": [
            {"key": "merck", "url": "https://staging.compensationrecovery.com/retail/news-article/news/46314581/merck-to-acquire-verona-pharma-in-10b-deal-offering-107-per-ads",
             "publisher": "Merck & Co. and Verona Pharma (release copy on compensationrecovery.com)",
             "title": "Merck to acquire Verona Pharma in $10B deal offering $107 per ADS (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2025, 7, 9), "language": "en",
             "quote": "will acquire Verona Pharma for $107 per American Depository Share (ADS), each of "
                      "which represents eight Verona Pharma ordinary shares, for a total transaction "
                      "value of approximately $10 billion."},
            {"key": "sharecast", "url": "https://www.investments.halifax.co.uk/research-centre/news-centre/article/?id=20247752&type=bsm",
             "publisher": "Sharecast (via Halifax Investments)",
             "title": "Merck to buy UK biotech Verona Pharma for $10bn. (publication date approximate)",
             "published_on": date(2025, 7, 9), "language": "en",
             "quote": "American pharma giant Merck announced on Wednesday that it is to pay $10bn for "
                      "UK-based respiratory disease specialist Verona Pharma."},
            {"key": "manalo", "url": "https://www.manaloadvisors.com/research/696-verona-pharma-merck-deal-insight",
             "publisher": "Manalo Advisors", "title": "Verona Pharma / Merck deal insight (title paraphrased)",
             "published_on": date(2025, 7, 14), "language": "en",
             "quote": "On 9-Jul-25, US pharma giant Merck announced a definitive agreement to acquire Verona "
                      "Pharma (“Verona”), a UK-incorporated biopharmaceutical company focused on respiratory diseases."},
            {"key": "verona_vote", "url": "https://staging.compensationrecovery.com/retail/news-article/news/47853135/verona-pharma-receives-shareholders-approval-for-proposed-acquisition-by-merck",
             "publisher": "Verona Pharma (GlobeNewswire release, copy on compensationrecovery.com)",
             "title": "Verona Pharma receives shareholders' approval for proposed acquisition by Merck "
                      "(title paraphrased)",
             "published_on": date(2025, 9, 24), "language": "en",
             "quote": "Verona Pharma plc (NASDAQ:VRNA) (\"Verona Pharma\"), a biopharmaceutical company focused "
                      "on respiratory diseases, which entered into a definitive agreement on July 8, 2025 "
                      "relating to its proposed acquisition by Merck & Co., Inc. (NYSE:MRK) (\"Merck\") "
                      "through a wholly owned subsidiary or a nominee, today announced that its shareholders "
                      "have approved the proposal for Merck to acquire Verona Pharma for $107 per American "
                      "Depository Share (ADS), each of which represents eight Verona Pharma ordinary shares, "
                      "for a total transaction value of approximately $10 billion (the \"Transaction\")."},
            {"key": "court", "url": "https://www.financetom.com/business/acquisition-of-verona-by-msd-approved-by-the-high-court-of-justice-of-england-and-wales-446020.htm",
             "publisher": "Verona Pharma (GlobeNewswire release, via FinanceTom)",
             "title": "Acquisition of Verona by MSD Approved by the High Court of Justice of England and Wales",
             "published_on": date(2025, 10, 6), "language": "en",
             "quote": "Verona Pharma ( VRNA ) is pleased to announce that the Court has today issued the "
                      "Court Order sanctioning the Scheme."},
            {"key": "closing", "url": "https://www.marketscreener.com/news/merck-acquisires-verona-pharma-ce7d5bdddf8ef223",
             "publisher": "MarketScreener", "title": "Merck acquires Verona Pharma (title paraphrased)",
             "published_on": date(2025, 10, 7), "language": "en",
             "quote": "Merck (MSD outside North America) announces the acquisition of Verona Pharma, "
                      "which is now a wholly owned subsidiary of the group and whose American Depositary "
                      "Shares (ADS) have been delisted from the Nasdaq Global Market."},
        ],
        "headline": {"amount": D("10_000_000_000"), "currency": "USD", "source": "merck",
                     "quote": "for a total transaction value of approximately $10 billion."},
        "parties": [
            {"company": "merck-and-co", "role": "acquirer"},
            {"company": "verona-pharma", "role": "target"},
        ],
        "assets": [{"asset": "ensifentrine", "phase_at_signing": "approved"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("10_000_000_000"), "currency": "USD",
             "source": "merck",
             "quote": "for $107 per American Depository Share (ADS), each of which represents eight "
                      "Verona Pharma ordinary shares, for a total transaction value of approximately $10 billion",
             "note": "$107 per ADS in cash; reported as total transaction value."},
        ],
        "royalty": None,
        "events": [
            {"kind": "signed", "date": date(2025, 7, 8), "source": "verona_vote",
             "description": "Definitive agreement entered into on 8 Jul 2025."},
            {"kind": "announced", "date": date(2025, 7, 9), "source": "manalo",
             "description": "Joint announcement on Wednesday 9 Jul 2025."},
            {"kind": "other", "date": date(2025, 9, 24), "source": "verona_vote",
             "description": "Verona Pharma shareholders approved the scheme."},
            {"kind": "other", "date": date(2025, 10, 6), "source": "court",
             "description": "High Court of Justice of England and Wales sanctioned the scheme."},
            {"kind": "closed", "date": date(2025, 10, 7), "source": "closing",
             "description": "Merck announced the completed acquisition; ADSs delisted."},
        ],
    },
    {
        "slug": "novartis-tourmaline-acquisition-2025",
        "title": "Novartis acquires Tourmaline Bio (anti-IL-6 pacibekitug)",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 9, 9), "conference": None,
        "indication": "Atherosclerotic cardiovascular disease",
        "summary": "Novartis buys Tourmaline Bio by tender offer for $48.00 per share in cash, a total "
                   "equity value of about $1.4B (59% premium), for pacibekitug, a long-acting anti-IL-6 "
                   "antibody (licensed from Pfizer in 2022) with well-advanced Phase 2 data in ASCVD "
                   "and described as Phase 3-ready. Completed 28 Oct 2025 (92.94% tendered).",
        "analyst_notes": "DCAT's completion note is headed \"$1.4-Bn\" but its body gives \"a total value "
                         "of $1.2 billion\" for the 92.94% of shares tendered (URL slug \"1-2-bn\").",
        "sources": [
            {"key": "rtt", "url": "https://www.nasdaq.com/articles/tourmaline-bio-be-acquired-novartis-was-trml-stock-your-investment-portfolio",
             "publisher": "RTTNews (via Nasdaq.com)",
             "title": "Tourmaline Bio to be acquired by Novartis (title paraphrased)",
             "published_on": date(2025, 9, 9), "language": "en",
             "quote": "Tourmaline Bio Inc. (TRML), a late-stage clinical biotechnology company developing "
                      "medicines for life-altering inflammatory and immune diseases, is all set to be "
                      "acquired by Novartis AG (NVS) for $48.00 per share in cash, representing a total "
                      "equity value of approximately $1.4 billion."},
            {"key": "closing", "url": "https://www.finanzen.ch/nachrichten/aktien/press-release-novartis-completes-acquisition-of-tourmaline-bio-1035439119",
             "publisher": "Novartis (press release, via finanzen.ch)",
             "title": "Press Release: Novartis completes acquisition of Tourmaline Bio (title paraphrased)",
             "published_on": date(2025, 10, 28), "language": "en",
             "quote": "Basel, October 28, 2025 - Novartis today announced that it has successfully "
                      "completed its acquisition of Tourmaline Bio, Inc. (\"Tourmaline\")."},
        ],
        "headline": {"amount": D("1_400_000_000"), "currency": "USD", "source": "rtt",
                     "quote": "representing a total equity value of approximately $1.4 billion"},
        "parties": [
            {"company": "novartis", "role": "acquirer"},
            {"company": "tourmaline-bio", "role": "target"},
        ],
        "assets": [{"asset": "pacibekitug", "phase_at_signing": "phase_2"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("1_400_000_000"), "currency": "USD",
             "source": "rtt",
             "quote": "for $48.00 per share in cash, representing a total equity value of approximately $1.4 billion",
             "note": "$48.00 per share in cash by tender offer."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2025, 9, 9), "source": "rtt",
             "description": "Announced Tuesday 9 Sep 2025."},
            {"kind": "closed", "date": date(2025, 10, 28), "source": "closing",
             "description": "Novartis announced completion on 28 Oct 2025 after the tender offer expired on 27 Oct."},
        ],
    },
    {
        "slug": "roche-89bio-acquisition-2025",
        "title": "Roche acquires 89bio (pegozafermin), with CVR",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 9, 18), "conference": None,
        "indication": "Moderate to severe MASH (F2-F3) and compensated MASH cirrhosis (F4)",
        "summary": "Roche buys 89bio by tender offer for $14.50 per share in cash at closing (about "
                   "$2.4B equity value) plus a non-tradeable CVR of up to $6.00 per share in three "
                   "commercial milestones ($2.00 on first F4 MASH sale by 31 Mar 2030, $1.50 on $3.0B "
                   "annual sales by 2033, $2.50 on $4.0B by 2035): up to $3.5B in all. Adds "
                   "pegozafermin, a glycoPEGylated FGF21 analogue in Phase 3. Merger agreement dated "
                   "17 Sep 2025; tender offer accepted and merger completed on 30 Oct 2025.",
        "analyst_notes": "MedPath puts the CVR at \"up to $1.0 billion\" while Roche gives $2.4B + CVR = "
                         "\"up to $3.5B\"; both are stored as reported. The merger agreement is dated "
                         "17 Sep 2025 (SC TO-C); it was announced on 18 Sep (Basel). At the 29 Oct 2025 "
                         "expiration 60.49% of shares had been tendered plus 27.31% under guaranteed "
                         "delivery (StockTitan summary of the final Schedule TO amendment).",
        "sources": [
            {"key": "fly", "url": "https://fastly.tipranks.com/news/the-fly/roche-enters-into-definitive-merger-agreement-to-acquire-89bio-thefly",
             "publisher": "TheFly (via TipRanks)",
             "title": "Roche enters into definitive merger agreement to acquire 89bio (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2025, 9, 18), "language": "en",
             "quote": "Under the terms of the merger agreement, Roche will promptly commence a tender offer "
                      "to acquire all of the outstanding shares of 89bio common stock at a price of $14.50 "
                      "per share in cash at closing, plus a non-tradeable CVR to receive certain milestone "
                      "payments of up to an aggregate of $6.00 per share in cash, representing a total "
                      "equity value of approximately $2.4B at closing and representing a total deal value "
                      "of up to $3.5B."},
            {"key": "medpath", "url": "https://trial.medpath.com/news/04e7b97656338f0d/roche-acquires-89bio-for-3-5-billion-to-strengthen-mash-treatment-pipeline",
             "publisher": "MedPath",
             "title": "Roche acquires 89bio for $3.5 billion to strengthen MASH treatment pipeline (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2025, 9, 18), "language": "en",
             "quote": "If achieved, these payments would represent up to $1.0 billion in additional "
                      "consideration for 89bio stockholders."},
            {"key": "roche_es", "url": "https://www.roche.es/actualidad/notas-prensa-producto/2025/septiembre/acuerdo-fusion-89bio-analogo-fgf21-mash",
             "publisher": "Roche España",
             "title": "Roche alcanza un acuerdo de fusión definitivo para adquirir 89bio y su análogo de "
                      "FGF21 en fase 3 para el tratamiento de MASH de moderada a grave",
             "published_on": date(2025, 9, 18), "language": "es",
             "quote": "Basilea (Suiza), 18 de septiembre de 2025.- Roche (SIX: RO, ROG; OTCQX: RHHBY) ha "
                      "anunciado hoy que ha alcanzado un acuerdo de fusión definitivo para adquirir 89bio, "
                      "Inc. (Nasdaq: ETNB), una compañía biofarmacéutica cotizada en fase clínica pionera "
                      "en el desarrollo de terapias innovadoras para el tratamiento de enfermedades "
                      "hepáticas y cardiometabólicas."},
            {"key": "closing", "url": "https://www.stocktitan.net/sec-filings/ETNB/sc-to-t-a-89bio-inc-amended-third-party-tender-offer-4a2d401b4f93.html",
             "publisher": "StockTitan (summary of Roche's Schedule TO amendment No. 2)",
             "title": "89bio acquired by Roche with $14.50 cash and up to $6 CVR (publication date approximate)",
             "published_on": date(2025, 9, 18), "language": "en",
             "quote": "All conditions were satisfied, and on October 30, 2025 the offeror accepted tendered "
                      "shares for payment. The merger was then completed under DGCL Section 251(h), "
                      "converting remaining shares into the right to receive the same offer price, and the "
                      "shares will be delisted from the Nasdaq Global Market."},
        ],
        "headline": {"amount": D("3_500_000_000"), "currency": "USD", "source": "fly",
                     "quote": "representing a total deal value of up to $3.5B"},
        "parties": [
            {"company": "roche", "role": "acquirer"},
            {"company": "89bio", "role": "target"},
        ],
        "assets": [{"asset": "pegozafermin", "phase_at_signing": "phase_3"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("2_400_000_000"), "currency": "USD",
             "source": "fly", "quote": "representing a total equity value of approximately $2.4B at closing",
             "note": "$14.50 per share in cash at closing."},
            {"order": 1, "kind": "cvr", "amount": D("1_000_000_000"), "currency": "USD", "source": "medpath",
             "quote": "these payments would represent up to $1.0 billion in additional consideration",
             "note": "Up to $6.00 per share in three commercial milestones ($2.00 / $1.50 / $2.50)."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2025, 9, 18), "source": "roche_es",
             "description": "Announced Thursday 18 Sep 2025."},
            {"kind": "closed", "date": date(2025, 10, 30), "source": "closing",
             "description": "Tendered shares accepted for payment and merger completed under DGCL 251(h) on 30 Oct 2025."},
        ],
    },
    {
        "slug": "pfizer-metsera-acquisition-2025",
        "title": "Pfizer acquires Metsera after a bidding contest with Novo Nordisk",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 9, 22), "conference": None, "indication": "Obesity",
        "summary": "Pfizer agreed on 21-22 Sep 2025 to buy obesity biotech Metsera for $47.50 per share "
                   "in cash (enterprise value about $4.9B) plus a CVR of up to $22.50 per share on "
                   "three clinical and regulatory milestones. Novo Nordisk then made an unsolicited "
                   "two-step offer ($56.50 cash plus CVRs of up to $21.25 per share, reported as up to "
                   "$9B), which Metsera's board deemed superior; Pfizer sued and, after further "
                   "rounds, amended its agreement on 7 Nov 2025 to $65.60 in cash plus a CVR of up to "
                   "$20.65 per share (up to $86.25). Pfizer completed the acquisition at an enterprise "
                   "value of about $7.0B. Assets: once-monthly GLP-1 agonist MET-097i and amylin "
                   "analogue MET-233i.",
        "analyst_notes": "Contested deal; the figures disagree and are all kept visible. Original terms: "
                         "$47.50/share, EV ~$4.9B (MarketScreener, Reuters), \"up to $7.3 billion\" with "
                         "the CVR (CNBC, as summarised at https://reportify.cn/news/1167611025080717312). "
                         "Novo Nordisk's bid: \"up-to-$9 billion\" (BioBriefs, stored as an event amount); "
                         "\"at least $6.5 billion\" (Yahoo summary at "
                         "https://wikicockatiel.com/en/wikis/novo-nordisk-bids-6-5-billion-for-metsera-to-compete-with-pfizer) "
                         "and later \"escalated its bid ... to $10 billion\" (https://wikicockatiel.com/en/wikis/179884). "
                         "A Pfizer counter at \"$70 per share, valuing Metsera at $8.1 billion\" "
                         "(https://www.minimalist-news.com/articles/novo-nordisk-outbids-pfizer-in-metsera-acquisition-bid). "
                         "Final Pfizer terms: $65.60 cash + up to $20.65 CVR = \"as much as $86.25 a share\" "
                         "(BGOV); headline \"a Conclusive Offer of $9 Billion\" (patternofusa.com); "
                         "EV at completion \"approximately $7.0 billion\" (Investing.com summary of "
                         "Pfizer's SEC filing, stored as the acquisition price). No headline is stored "
                         "because no single total is agreed. CVR milestones at completion: $4.60 "
                         "(Phase 3 start of MET-097i + MET-233i), $6.40 (FDA approval of monthly MET-097i), "
                         "$9.65 (FDA approval of the monthly combination).",
        "sources": [
            {"key": "cercle", "url": "https://www.marketscreener.com/news/pfizer-acquires-metsera-for-about-4-9bn-ce7d58dfdf8af424",
             "publisher": "CercleFinance (via MarketScreener)",
             "title": "Pfizer acquires Metsera for about $4.9bn (title paraphrased; publication date approximate)",
             "published_on": date(2025, 9, 22), "language": "en",
             "quote": "Under the terms of the agreement, Pfizer will acquire all outstanding common shares "
                      "of Metsera for $47.50 per share in cash at closing, representing an enterprise "
                      "value of approximately $4.9bn."},
            {"key": "reuters", "url": "https://longbridge.com/en/news/258331270",
             "publisher": "Reuters (summary via Longbridge)",
             "title": "Pfizer Announces Acquisition of Metsera in $4.9 Billion Deal to Expand Obesity "
                      "Treatment Portfolio",
             "published_on": date(2025, 9, 22), "language": "en",
             "quote": "Pfizer Inc. has announced its acquisition of Metsera for $4.9 billion, paying "
                      "$47.50 per share in cash."},
            {"key": "novo_bid", "url": "https://biobriefs.com/novo-nordisk-counters-9-billion",
             "publisher": "BioBriefs",
             "title": "Novo Nordisk counters with up-to-$9 billion offer for Metsera (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2025, 9, 22), "language": "en",
             "quote": "Novo Nordisk made an unsolicited, up-to‑$9 billion two-step offer for obesity "
                      "biotech Metsera, topping Pfizer’s earlier agreement and triggering a "
                      "four-business-day window for Pfizer to match or exceed the proposal."},
            {"key": "bgov", "url": "https://news.bgov.com/mergers-and-acquisitions/pfizer-is-said-to-up-its-bid-for-metsera-in-battle-against-novo",
             "publisher": "Bloomberg Government",
             "title": "Pfizer is said to up its bid for Metsera in battle against Novo (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2025, 9, 22), "language": "en",
             "quote": "Pfizer raised its offer to as much as $86.25 a share, matching a revised bid from "
                      "Novo on Nov. 6. The US company agreed to pay $65.60 a share in cash and up to "
                      "$20.65 a share contingent on certain milestones"},
            {"key": "pattern", "url": "https://patternofusa.com/2025/11/07/pfizer-clinches-metsera-acquisition-after-outbidding-novo-with-a-conclusive-offer-of-9-billion",
             "publisher": "Pattern of USA",
             "title": "Pfizer Clinches Metsera Acquisition After Outbidding Novo With a Conclusive Offer of "
                      "$9 Billion (date from URL)",
             "published_on": date(2025, 11, 7), "language": "en",
             "quote": "Pfizer Clinches Metsera Acquisition After Outbidding Novo With a Conclusive Offer of $9 Billion"},
            {"key": "closing", "url": "https://ng.investing.com/news/sec-filings/pfizer-completes-7-billion-acquisition-of-metsera-with-milestone-payments-93CH-2208411",
             "publisher": "Investing.com (summary of Pfizer's SEC filing)",
             "title": "Pfizer completes $7 billion acquisition of Metsera with milestone payments (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2025, 9, 22), "language": "en",
             "quote": "Pfizer Inc. (NYSE:PFE) announced Thursday that it has completed its previously "
                      "disclosed acquisition of Metsera, Inc., a Delaware-based company, for an enterprise "
                      "value of approximately $7.0 billion. The transaction was finalized under the terms "
                      "of a merger agreement signed on September 21, 2025, and amended on November 7, 2025."},
        ],
        "headline": None,
        "parties": [
            {"company": "pfizer", "role": "acquirer"},
            {"company": "metsera", "role": "target"},
        ],
        "assets": [{"asset": "met-097i"}, {"asset": "met-233i"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("7_000_000_000"), "currency": "USD",
             "source": "closing", "quote": "for an enterprise value of approximately $7.0 billion",
             "note": "Final (amended) terms: $65.60 per share in cash at closing; enterprise value at "
                     "completion as reported. Original terms were $47.50 per share, EV ~$4.9B."},
            {"order": 1, "kind": "cvr", "disclosed": False, "source": "bgov",
             "quote": "up to $20.65 a share contingent on certain milestones",
             "note": "Final CVR up to $20.65 per share ($4.60 + $6.40 + $9.65); original CVR up to "
                     "$22.50 per share. No aggregate stated by the sources read."},
        ],
        "royalty": None,
        "events": [
            {"kind": "signed", "date": date(2025, 9, 21), "source": "closing",
             "description": "Merger agreement signed 21 Sep 2025 (announced the next day)."},
            {"kind": "announced", "date": date(2025, 9, 22), "source": "reuters",
             "amount": D("4_900_000_000"), "currency": "USD",
             "quote": "Pfizer Inc. has announced its acquisition of Metsera for $4.9 billion",
             "description": "Original terms announced: $47.50 per share plus CVR up to $22.50; EV ~$4.9B."},
            {"kind": "other", "date": None, "source": "novo_bid",
             "amount": D("9_000_000_000"), "currency": "USD", "quote": "up-to‑$9 billion two-step offer",
             "description": "Unsolicited competing offer by Novo Nordisk ($56.50 cash + CVRs up to $21.25 "
                            "per share), deemed superior by Metsera's board; not the acquirer of record."},
            {"kind": "amended", "date": date(2025, 11, 7), "source": "closing",
             "description": "Merger agreement amended: $65.60 cash + CVR up to $20.65 per share (BGOV)."},
            {"kind": "closed", "date": None, "source": "closing",
             "amount": D("7_000_000_000"), "currency": "USD",
             "quote": "for an enterprise value of approximately $7.0 billion",
             "description": "Pfizer announced completion on a Thursday after the 7 Nov amendment (exact "
                            "date not in the stored excerpt)."},
        ],
    },
    {
        "slug": "genmab-merus-acquisition-2025",
        "title": "Genmab acquires Merus (petosemtamab)",
        "deal_type": "acquisition", "exclusive": None, "status": "announced",
        "announced_on": date(2025, 9, 29), "conference": None, "indication": "Head and neck cancer",
        "summary": "Genmab agrees to buy Dutch bispecific-antibody company Merus by tender offer for "
                   "$97.00 per share in cash, an all-cash transaction valued at about $8.0B (41% "
                   "premium), financed with cash and $5.5B of new debt. Adds petosemtamab, an "
                   "EGFR x LGR5 bispecific with two FDA Breakthrough Therapy Designations in Phase 3 "
                   "for first- and second/third-line head and neck cancer; launch targeted for 2027. "
                   "Closing expected early Q1 2026.",
        "analyst_notes": "Reported as a transaction value (not labelled equity value). Genmab gained "
                         "94.2% of Merus' shares in the tender offer (M2 Pharma, December 2025); the deal is "
                         "left 'announced' because the back-end squeeze-out completion was not found.",
        "sources": [
            {"key": "genmab", "url": "https://www.1stoncology.com/blog/?p=105777",
             "publisher": "1stOncology (carrying Genmab's release)",
             "title": "Genmab to acquire Merus (title paraphrased; publication date approximate)",
             "published_on": date(2025, 9, 29), "language": "en",
             "quote": "On September 29, 2025 Genmab A/S (Nasdaq: GMAB) and Merus N.V. (Nasdaq: MRUS) reported "
                      "that they have entered into a transaction agreement pursuant to which Genmab intends "
                      "to acquire all the shares of Merus, a clinical-stage biotechnology company with its "
                      "late-stage breakthrough therapy asset petosemtamab, which is in Phase 3 development, "
                      "for USD 97.00 per share in an all-cash transaction representing a transaction value "
                      "of approximately USD 8.0 billion (Press release, Genmab, SEP 29, 2025, View Source "
                      "[SID1234656300])."},
            {"key": "tender", "url": "http://m2pharma.com/news/therapy-areas/oncology/article.php?id=107237",
             "publisher": "M2 Pharma",
             "title": "Genmab's tender offer for Merus: all conditions satisfied (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2025, 9, 29), "language": "en",
             "quote": "A subsequent offering period of ten business days began on 12 December 2025, during "
                      "which the Purchaser will acquire additional shares at the same USD97 price, less "
                      "applicable withholding taxes and without interest."},
            {"key": "m2", "url": "http://m2pharma.com/news/business-and-finance/article.php?id=106701",
             "publisher": "M2 Pharma",
             "title": "Genmab to acquire Merus in USD8bn deal to strengthen oncology pipeline "
                      "(publication date approximate)",
             "published_on": date(2025, 9, 29), "language": "en",
             "quote": "Danish biotechnology company Genmab A/S (CPH:GMAB) announced on Monday that it has "
                      "agreed to acquire clinical-stage oncology company Merus N.V. (Nasdaq:MRUS) in an "
                      "all-cash transaction valued at approximately USD8.0bn, or USD97.00 per share."},
            {"key": "investing", "url": "https://ng.investing.com/news/company-news/genmab-to-acquire-merus-for-8-billion-in-cash-deal-93CH-2125179",
             "publisher": "Investing.com",
             "title": "Genmab to acquire Merus for $8 billion in cash deal (title paraphrased; publication "
                      "date approximate)",
             "published_on": date(2025, 9, 29), "language": "en",
             "quote": "The acquisition price represents a 41% premium to Merus’ closing share price on "
                      "September 26, before the announcement."},
            {"key": "pt", "url": "https://www.pharmaceutical-technology.com/news/genmab-acquires-merus",
             "publisher": "Pharmaceutical Technology",
             "title": "Genmab acquires Merus (title paraphrased; publication date approximate)",
             "published_on": date(2025, 9, 29), "language": "en",
             "quote": "The key asset addition for Genmab is Merus’ EGFRxLGR5 bispecific antibody, "
                      "petosemtamab, currently in Phase III development."},
        ],
        "headline": {"amount": D("8_000_000_000"), "currency": "USD", "source": "m2",
                     "quote": "in an all-cash transaction valued at approximately USD8.0bn"},
        "parties": [
            {"company": "genmab", "role": "acquirer"},
            {"company": "merus", "role": "target"},
        ],
        "assets": [{"asset": "petosemtamab", "phase_at_signing": "phase_3"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("8_000_000_000"), "currency": "USD",
             "source": "m2", "quote": "valued at approximately USD8.0bn, or USD97.00 per share",
             "note": "$97.00 per share in cash by tender offer; reported as transaction value."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2025, 9, 29), "source": "genmab",
             "description": "Announced Monday 29 Sep 2025."},
            {"kind": "other", "date": date(2025, 12, 12), "source": "tender",
             "description": "Tender offer conditions satisfied; 94.2% of shares tendered by the 11 Dec 2025 "
                            "expiration accepted for payment; subsequent offering period from 12 Dec 2025, "
                            "back-end transactions to follow. Final completion not found in the sources read."},
        ],
    },
    {
        "slug": "novo-nordisk-akero-acquisition-2025",
        "title": "Novo Nordisk acquires Akero Therapeutics (efruxifermin), with CVR",
        "deal_type": "acquisition", "exclusive": None, "status": "closed",
        "announced_on": date(2025, 10, 9), "conference": None,
        "indication": "MASH, including compensated cirrhosis due to MASH",
        "summary": "Novo Nordisk, in the first major deal under CEO Mike Doustdar, buys Akero for "
                   "$54 per share in cash ($4.7B at closing) plus a non-transferable CVR of $6 per "
                   "share ($0.5B) on US approval of efruxifermin (EFX) for compensated cirrhosis due "
                   "to MASH by 30 Jun 2031: up to $5.2B. EFX, an FGF21 analogue, was in three Phase 3 "
                   "SYNCHRONY studies. Later completed; Akero became a wholly owned subsidiary.",
        "analyst_notes": "Premium: 16.2% to the last close of $46.49 (Reuters via Fast Company) vs 42% "
                         "to the unaffected 19 May 2025 close (Akero). Completion date not in the stored "
                         "excerpt.",
        "sources": [
            {"key": "rtt", "url": "https://www.nasdaq.com/articles/novo-nordisk-acquire-akero-therapeutics-akero-shareholders-receive-54-shr-cvr-6-shr",
             "publisher": "RTTNews (via Nasdaq.com)",
             "title": "Novo Nordisk To Acquire Akero Therapeutics; Akero Shareholders To Receive $54/Shr, CVR Of $6/Shr",
             "published_on": date(2025, 10, 9), "language": "en",
             "quote": "Novo Nordisk will acquire all outstanding shares of Akero's common stock at a price "
                      "of $54 per share in cash or aggregated value of $4.7 billion at closing. Also, Akero "
                      "shareholders will receive a non-transferable CVR entitling holders to a potential "
                      "additional payment of $6 per share in cash or aggregated value of $0.5 billion upon "
                      "US regulatory approval of EFX for the treatment of compensated cirrhosis due to MASH."},
            {"key": "mc", "url": "https://marketchameleon.com/articles/b/2025/10/9/novo-nordisk-akero-therapeutics-acquisition-shareholder-terms-analysis",
             "publisher": "Market Chameleon",
             "title": "Novo Nordisk to Acquire Akero Therapeutics for Up to $5.2 Billion—What Shareholders "
                      "Need to Know (date from URL)",
             "published_on": date(2025, 10, 9), "language": "en",
             "quote": "In a major development for biotech investors, Akero Therapeutics (NASDAQ:AKRO) has "
                      "entered into a definitive agreement to be acquired by Novo Nordisk in a transaction "
                      "valued at up to $5.2 billion."},
            {"key": "closing", "url": "https://chemxplore.com/news/novo-nordisk-and-akero-therapeutics-acquisition-of-akero-completed",
             "publisher": "ChemXplore",
             "title": "Novo Nordisk and Akero Therapeutics: acquisition of Akero completed (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2025, 10, 9), "language": "en",
             "quote": "Novo Nordisk has finalized its acquisition of Akero Therapeutics, initially "
                      "announced on October 9, 2025."},
        ],
        "headline": {"amount": D("5_200_000_000"), "currency": "USD", "source": "mc",
                     "quote": "in a transaction valued at up to $5.2 billion"},
        "parties": [
            {"company": "novo-nordisk", "role": "acquirer"},
            {"company": "akero-therapeutics", "role": "target"},
        ],
        "assets": [{"asset": "efruxifermin", "phase_at_signing": "phase_3"}],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("4_700_000_000"), "currency": "USD",
             "source": "rtt", "quote": "at a price of $54 per share in cash or aggregated value of $4.7 billion at closing",
             "note": "$54 per share in cash."},
            {"order": 1, "kind": "cvr", "amount": D("500_000_000"), "currency": "USD", "source": "rtt",
             "quote": "a potential additional payment of $6 per share in cash or aggregated value of $0.5 billion",
             "note": "$6 per share on full US approval of EFX for compensated cirrhosis due to MASH by 30 Jun 2031."},
        ],
        "royalty": None,
        "events": [
            {"kind": "announced", "date": date(2025, 10, 9), "source": "rtt",
             "description": "Announced Thursday 9 Oct 2025."},
            {"kind": "closed", "date": None, "source": "closing",
             "description": "Novo Nordisk announced completion (date not in the stored excerpt)."},
        ],
    },
    {
        "slug": "novartis-avidity-acquisition-2025",
        "title": "Novartis acquires Avidity Biosciences (antibody oligonucleotide conjugates)",
        "deal_type": "acquisition", "exclusive": None, "status": "announced",
        "announced_on": date(2025, 10, 26), "conference": None,
        "indication": "Duchenne muscular dystrophy (exon 44), myotonic dystrophy type 1, facioscapulohumeral muscular dystrophy",
        "summary": "Novartis agrees to buy Avidity Biosciences for $72 per share in cash, about $12B "
                   "on a fully diluted basis (46% premium), for three clinical-stage AOC programmes in "
                   "neuromuscular diseases: delpacibart zotadirsen (DMD), delpacibart etedesiran "
                   "(DM1) and delpacibart braxlosiran (FSHD). Before closing, Avidity spins off its "
                   "early-stage precision cardiology programmes (and its BMS and Lilly "
                   "collaborations) as SpinCo, with about $270M in cash; Avidity holders get one "
                   "SpinCo share per ten Avidity shares. Closing expected in H1 2026.",
        "analyst_notes": "Novartis describes the three programmes as late-stage; reportify's summary "
                         "(https://reportify.ai/news/1180246863698333696) calls del-zota \"early to "
                         "mid-stage\". No phase is stored.",
        "sources": [
            {"key": "cercle", "url": "https://www.marketscreener.com/news/novartis-acquires-avidity-biosciences-in-the-us-ce7d5ddedf8af124",
             "publisher": "CercleFinance (via MarketScreener)",
             "title": "Novartis acquires Avidity Biosciences in the US (title paraphrased)",
             "published_on": date(2025, 10, 27), "language": "en",
             "quote": "Under the terms of the agreement, Avidity shareholders will receive $72 per share "
                      "in cash, a price representing a 46% premium to the last closing price and valuing "
                      "the acquired company at approximately $12bn."},
            {"key": "bci", "url": "https://bci24news.com/2025/10/novartis-to-buy-avidity-biosciences-for-12-billion-to-expand-rna-based-drug-pipeline",
             "publisher": "BCI24 News",
             "title": "Novartis to buy Avidity Biosciences for $12 billion to expand RNA-based drug "
                      "pipeline (title paraphrased; publication date approximate)",
             "published_on": date(2025, 10, 26), "language": "en",
             "quote": "Swiss pharmaceutical giant Novartis AG said on Oct. 26 it will acquire Avidity "
                      "Biosciences Inc. for about $12 billion in cash, expanding its late-stage pipeline "
                      "of RNA-based drugs for rare neuromuscular diseases."},
            {"key": "pulse2", "url": "https://pulse2.com/novartis-buying-avidity-biosciences-in-12-billion-deal",
             "publisher": "Pulse 2.0",
             "title": "Novartis buying Avidity Biosciences in $12 billion deal (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2025, 10, 26), "language": "en",
             "quote": "Under the terms of the deal, Avidity shareholders will receive $72 per share in "
                      "cash, valuing the company at approximately $12 billion on a fully diluted basis."},
        ],
        "headline": {"amount": D("12_000_000_000"), "currency": "USD", "source": "bci",
                     "quote": "for about $12 billion in cash"},
        "parties": [
            {"company": "novartis", "role": "acquirer"},
            {"company": "avidity-biosciences", "role": "target"},
        ],
        "assets": [
            {"asset": "delpacibart-zotadirsen"},
            {"asset": "delpacibart-etedesiran"},
            {"asset": "delpacibart-braxlosiran"},
        ],
        "territory": _no_territory(),
        "payments": [
            {"order": 0, "kind": "acquisition_price", "amount": D("12_000_000_000"), "currency": "USD",
             "source": "pulse2", "quote": "valuing the company at approximately $12 billion on a fully diluted basis",
             "note": "$72 per share in cash; SpinCo shares distributed separately (not valued)."},
        ],
        "royalty": None,
        "events": [{"kind": "announced", "date": date(2025, 10, 26), "source": "bci",
                    "description": "Announced Sunday 26 Oct 2025."}],
    },
]
