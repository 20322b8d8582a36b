"""Corrections to the deals of ``jpm2026.py``, each citing the source that makes it.

Kept as their own layer (applied by ``deals/demo/__init__.py``) so that a reviewer sees what
was corrected, from which source, and why: a correction cites its source.

Shape: ``CORRECTIONS = {deal_slug: {...}}`` with these keys, all optional:

- ``sources``: source dicts (key, url, publisher, title, published_on, language, quote). A key
  that is new to the deal is added. A key that the deal already has (only ``pfizer`` and
  ``completion`` in pfizer-3sbio-ssgj-707-2025) REPLACES that source: same url, publisher,
  title and date, with the quote widened to a longer passage of the same stored excerpt so that
  every payment quote of the deal sits inside its source's quote.
- ``set``: fields to overwrite on the deal (status, exclusive, summary, analyst_notes).
- ``payments``: the deal's whole new payment list (only where the list is replaced).
- ``events``: the deal's whole new event list (only where the list is replaced; an extension
  of the brief's keys, used once, for Pfizer-3SBio, because its existing ``closed`` event had
  to be reworded).
- ``events_add``: events appended to the deal's events.
- ``royalty``: the deal's new royalty dict.
- ``asset_phases``: {asset_slug: (phase_at_signing, source_key, quote)}. The source key is one
  of the deal's sources (existing or added here); the quote is copied character for character
  from that source's stored search excerpt (line breaks inside a quote are the excerpt's own).
- ``notes``: what was checked and why, for the reviewer.

Assets whose phase stays "not reported" (no source states it, or a platform) are listed in the
``notes`` of their deal and in NOTES.md; they have no ``asset_phases`` entry.
"""

# Source URLs cannot be wrapped.
# ruff: noqa: E501
# fmt: off

from datetime import date
from decimal import Decimal

D = Decimal

CORRECTIONS: dict[str, dict] = {

    # ------------------------------------------------------------------ 1. GSK–Hengrui --
    "gsk-hengrui-hrs-9821-2025": {
        "sources": [
            {"key": "pharmexec",
             "url": "https://www.pharmexec.com/view/gsk-hengrui-pharma-reach-500-million-agreement",
             "publisher": "Pharmaceutical Executive (PharmExec)",
             "title": "GSK and Hengrui Pharma reach $500 million agreement (title paraphrased; "
                      "publication date approximate)",
             "published_on": date(2025, 7, 28), "language": "en",
             "quote": "Hengrui Pharma will also be eligible for tiered royalties on global "
                      "product net sales."},
            {"key": "investing",
             "url": "https://ng.investing.com/news/sec-filings/gsk-announces-500-million-collaboration-with-hengrui-pharma-for-drug-development-93CH-2028051",
             "publisher": "Investing.com (based on GSK's press release filed with the SEC)",
             "title": "GSK announces $500 million collaboration with Hengrui Pharma for drug "
                      "development (title paraphrased; publication date approximate)",
             "published_on": date(2025, 7, 28), "language": "en",
             "quote": "Hengrui Pharma will also be eligible for tiered royalties on global "
                      "product net sales outside the specified regions."},
            {"key": "particle",
             "url": "https://particle.news/story/gsk-secures-ex-china-rights-to-12-hengrui-drug-programmes-in-125-billion-deal",
             "publisher": "Particle.news (news summary citing Reuters)",
             "title": "GSK Secures Ex-China Rights to 12 Hengrui Drug Programmes in $12.5 "
                      "Billion Deal (publication date approximate)",
             "published_on": date(2025, 7, 28), "language": "en",
             "quote": "HRS-9821 is a PDE3/4 inhibitor in Phase I testing for COPD that has "
                      "demonstrated bronchodilation and anti-inflammatory effects and may be "
                      "delivered via dry-powder inhaler"},
        ],
        "royalty": {"tiered": True, "disclosed": False, "source": "pharmexec",
                    "wording": "tiered royalties on global product net sales"},
        "asset_phases": {
            "hrs-9821": ("phase_1", "particle",
                         "HRS-9821 is a PDE3/4 inhibitor in Phase I testing for COPD that has "
                         "demonstrated bronchodilation and anti-inflammatory effects and may be "
                         "delivered via dry-powder inhaler"),
        },
        "set": {
            "analyst_notes":
                "Royalties: PharmExec reports 'tiered royalties on global product net sales' "
                "(rates not disclosed); Investing.com's summary of the release filed with the "
                "SEC reads 'on global product net sales outside the specified regions' (i.e. "
                "outside mainland China, Hong Kong, Macau and Taiwan). Totals differ between "
                "reports: EuropaWire 'up to $12 billion in potential milestones' (stored); "
                "DCAT Value Chain Insights (https://www.dcatvci.org/top-industry-news/gsk-hengrui-pharma-in-12-5-bn-multi-drug-pact) "
                "'up to $12.5-billion ($500 million upfront and $12 billion in milestone "
                "payments)'; AInvest "
                "(https://www.ainvest.com/news/jiangsu-hengrui-gsk-ink-global-licensing-deal-hrs-9821-11-programs-2507) "
                "'up to $1B in milestones', an outlier against every other report. Phase: GSK "
                "says only 'in clinical development'; Particle.news says Phase I; the Phase 1 "
                "trial NCT05622864 (Guangdong Hengrui) ran 12 Jan 2023 to 16 Jun 2025 "
                "(meddatax.com/clinical-trials/NCT05622864).",
        },
        "notes": "Correction 1. Royalty sourced: tiered, rates not given, so disclosed=False "
                 "and no min/max. HRS-9821 phase_at_signing phase_1 (Particle.news; "
                 "consistent with the Phase 1 trial record NCT05622864, completed June 2025). "
                 "GSK's own wording is only 'in clinical development'.",
    },

    # -------------------------------------------------------------- 2. Novartis–MorphoSys --
    "novartis-morphosys-acquisition-2024": {
        "sources": [
            {"key": "morphosys_ir",
             "url": "https://www.morphosys.com/en/investors/Novartis-TakeoverOffer",
             "publisher": "MorphoSys AG (investor relations page)",
             "title": "Public Takeover Offer by Novartis (MorphoSys investor page; title "
                      "paraphrased; publication date approximate: the page shows no date and "
                      "its text runs to the delisting of 5 Aug 2024)",
             "published_on": date(2024, 5, 23), "language": "en",
             "quote": "The settlement of the shares tendered during the acceptance period and "
                      "the change of control occurred on May 23, 2024."},
            {"key": "novartis_result",
             "url": "https://prod1.novartis.com/news/media-releases/novartis-meets-all-tender-offer-conditions-acquire-morphosys-ag-eur-68-share-cash",
             "publisher": "Novartis (media release)",
             "title": "Novartis meets all tender offer conditions to acquire MorphoSys AG for "
                      "EUR 68 per share in cash (title paraphrased)",
             "published_on": date(2024, 5, 16), "language": "en",
             "quote": "The settlement of the shares tendered during the initial acceptance "
                      "period is scheduled for 23 May 2024."},
            {"key": "contractpharma",
             "url": "https://contractpharma.com/breaking-news/morphosys-to-delist-from-frankfurt-stock-exchange-nasdaq-following-novartis-acquisition",
             "publisher": "Contract Pharma",
             "title": "MorphoSys to Delist from Frankfurt Stock Exchange & NASDAQ Following "
                      "Novartis Acquisition (publication date approximate)",
             "published_on": date(2024, 6, 20), "language": "en",
             "quote": "MorphoSys AG has entered into a delisting agreement with Novartis BidCo AG "
                      "and Novartis AG following the successful closing of the acquisition of "
                      "MorphoSys by Novartis in May 2024."},
            {"key": "rtt_manifest2",
             "url": "https://www.finanzen.at/nachrichten/aktien/morphosys-pelabresib-improves-all-four-hallmarks-of-myelofibrosis-in-phase-3-study-1032887980",
             "publisher": "RTTNews (via finanzen.at)",
             "title": "MorphoSys: pelabresib improves all four hallmarks of myelofibrosis in "
                      "Phase 3 study (title paraphrased)",
             "published_on": date(2023, 12, 11), "language": "en",
             "quote": "MorphoSys AG (MOR) said that results from the Phase 3 MANIFEST-2 study, "
                      "which investigated an investigational BET inhibitor \"pelabresib\" in "
                      "combination with the JAK inhibitor ruxolitinib in JAK inhibitor-nave "
                      "patients with myelofibrosis, demonstrated clear benefits across the four "
                      "hallmarks of myelofibrosis, including a significant reduction in spleen "
                      "size."},
        ],
        "set": {
            "status": "closed",
            "summary": "Novartis agrees a voluntary public takeover offer for MorphoSys at €68 per "
                       "share in cash, €2.7B in total, for the BET inhibitor pelabresib in "
                       "myelofibrosis and the early-stage EZH2/EZH1 inhibitor tulmimetostat. "
                       "Priced in euros: the USD value comes from the FX table. The offer "
                       "settled and control passed to Novartis on 23 May 2024.",
            "analyst_notes":
                "Completion: MorphoSys' investor page dates the settlement of the shares "
                "tendered in the acceptance period, and the change of control, 23 May 2024 "
                "(Novartis had scheduled it for that day on 16 May, when about 79.6% "
                "acceptance, including about 11.6% bought outside the offer, met every "
                "condition). Shares tendered in the additional acceptance period settled on "
                "10 Jun 2024; MorphoSys was delisted in August 2024 (same page). flcube.com "
                "(https://flcube.com/?p=2904) says 'The offer closed on 14 May 2024', which "
                "matches the end of the acceptance period (13 May, 24:00 CEST), not the "
                "settlement; Reuters via MarketScreener says Novartis 'completed the purchase "
                "in May'.",
        },
        "events_add": [
            {"kind": "closed", "date": date(2024, 5, 23), "source": "morphosys_ir",
             "description": "Settlement of the shares tendered in the acceptance period and "
                            "change of control to Novartis."},
        ],
        "asset_phases": {
            "pelabresib": ("phase_3", "rtt_manifest2",
                           "MorphoSys AG (MOR) said that results from the Phase 3 MANIFEST-2 "
                           "study, which investigated an investigational BET inhibitor "
                           "\"pelabresib\" in combination with the JAK inhibitor ruxolitinib in "
                           "JAK inhibitor-nave patients with myelofibrosis, demonstrated clear "
                           "benefits across the four hallmarks of myelofibrosis, including a "
                           "significant reduction in spleen size."),
        },
        "notes": "Correction 2. Status closed; closed event 23 May 2024 from MorphoSys' own "
                 "page, with Novartis' 16 May release (settlement scheduled for 23 May) and "
                 "Contract Pharma ('successful closing ... in May 2024') as corroboration. "
                 "Existing phase_3 for pelabresib now has a source (Phase 3 MANIFEST-2 results, "
                 "Dec 2023; 'nave' is the excerpt's own spelling). The company entry "
                 "'morphosys' still says Novartis 'agreed to acquire it'; it could become a "
                 "subsidiary of novartis (company data is outside this file).",
    },

    # ---------------------------------------------------------------- 3. Pfizer–3SBio --
    "pfizer-3sbio-ssgj-707-2025": {
        "sources": [
            # Replaces the existing ``pfizer`` source: same page, quote widened by the sentence
            # before it, which shows the China option was in the 20 May agreement.
            {"key": "pfizer",
             "url": "https://www.biospace.com/press-releases/pfizer-enters-into-exclusive-licensing-agreement-with-3sbio",
             "publisher": "Pfizer via Business Wire (BioSpace)",
             "title": "Pfizer enters into exclusive licensing agreement with 3SBio (Business Wire "
                      "release; title paraphrased)",
             "published_on": date(2025, 5, 20), "language": "en",
             "quote": "The agreement also provides Pfizer the option of commercialization rights "
                      "in China. 3SBio will receive an upfront payment of $1.25 billion and is "
                      "eligible to receive milestone payments associated with certain "
                      "development, regulatory and commercial milestones up to $4.8 billion as "
                      "well as tiered double-digit royalties on sales of SSGJ-707, if approved."},
            # Replaces the existing ``completion`` source: same page, quote widened by the
            # sentence before it, which carries the $100M equity investment.
            {"key": "completion",
             "url": "https://www.nasdaq.com/articles/pfizer-completes-licensing-agreement-3sbio-cancer-drug",
             "publisher": "RTTNews (via Nasdaq.com)",
             "title": "Pfizer Completes Licensing Agreement With 3SBio For Cancer Drug",
             "published_on": date(2025, 7, 24), "language": "en",
             "quote": "As per the deal, 3SBio will receive $1.25 billion, and Pfizer will also "
                      "make a $100 million equity investment in 3SBio. Additionally, Pfizer gets "
                      "the option to extend the license to include exclusive development and "
                      "commercialization rights to SSGJ-707 in China. In return, Pfizer will pay "
                      "up to $150 million in option payments."},
            {"key": "pharmtech",
             "url": "https://www.pharmaceutical-technology.com/news/pfizer-3sbio-licensing-deal-ssgj-707",
             "publisher": "Pharmaceutical Technology",
             "title": "Pfizer concludes ex-China licensing agreement with 3SBio for SSGJ-707 "
                      "(title paraphrased; publication date approximate)",
             "published_on": date(2025, 7, 24), "language": "en",
             "quote": "The agreement also includes an option for Pfizer to extend its licensing "
                      "rights to include exclusive development and commercialisation of SSGJ-707 "
                      "in China, for which Pfizer will pay up to $150m in option payments to "
                      "3SBio."},
            {"key": "pharmcube",
             "url": "https://www.pharmcube.com/en/news/detail/6d5bd0d9dbbf4884a2e91c68012e13c4?type=dailyNews",
             "publisher": "PharmCube",
             "title": "PharmCube daily news on the 3SBio–Pfizer SSGJ-707 license (title "
                      "paraphrased; publication date approximate)",
             "published_on": date(2025, 5, 20), "language": "en",
             "quote": "SSGJ-707, developed using 3SBio’s proprietary CLF2 platform, is in Phase "
                      "III trials in China for PD-L1-positive non-small cell lung cancer (NSCLC) "
                      "and multiple Phase II studies, with IND clearance in the US."},
        ],
        "set": {
            "summary": "Exclusive global license outside China to 3SBio's PD-1 × VEGF bispecific "
                       "SSGJ-707, granted by 3SBio and its subsidiaries Shenyang Sunshine "
                       "Pharmaceutical and 3S Guojian Pharmaceutical (Shanghai). $1.25B upfront, "
                       "up to $4.8B in milestones, tiered double-digit royalties and a $100M "
                       "equity investment at closing. The May 2025 agreement already gave Pfizer "
                       "an option on commercialization rights in China; its price, up to $150M "
                       "in option payments, was first reported at completion (24 Jul 2025).",
            "analyst_notes":
                "China option: the 20 May 2025 release already included it ('The agreement also "
                "provides Pfizer the option of commercialization rights in China.') but gave no "
                "price. The completion report of 24 Jul 2025 (RTTNews; Pharmaceutical Technology "
                "likewise) first priced it: 'Pfizer will pay up to $150 million in option "
                "payments' if it extends the license to China. That is a contingent payment "
                "term, so it stays a payment row (option_fee, contingent, sourced to the "
                "completion report), not an option_exercised event: no source read reports an "
                "exercise, and an amount on the closed event would read as paid at closing. "
                "Equity: the May release already said 'Upon close, Pfizer will make a $100 "
                "million equity investment in 3SBio subject to an agreed upon securities "
                "subscription agreement between the parties.'; the payment row cites the "
                "completion report, whose quote holds the figure. Phase: Pfizer said on 20 May "
                "that 3SBio 'plans to initiate the first Phase 3 study in China in 2025' and at "
                "completion cited interim Phase 2 data, so phase_2 is kept; PharmCube said on "
                "20 May that SSGJ-707 'is in Phase III trials in China for PD-L1-positive "
                "non-small cell lung cancer (NSCLC) and multiple Phase II studies'.",
        },
        "payments": [
            {"order": 0, "kind": "upfront_cash", "amount": D("1_250_000_000"), "currency": "USD",
             "source": "pfizer", "quote": "3SBio will receive an upfront payment of $1.25 billion"},
            {"order": 1, "kind": "upfront_equity", "amount": D("100_000_000"), "currency": "USD",
             "source": "completion",
             "quote": "Pfizer will also make a $100 million equity investment in 3SBio",
             "note": "Equity investment in 3SBio at closing, announced with the agreement on "
                     "20 May 2025."},
            {"order": 2, "kind": "milestones", "amount": D("4_800_000_000"), "currency": "USD",
             "source": "pfizer",
             "quote": "milestone payments associated with certain development, regulatory and "
                      "commercial milestones up to $4.8 billion"},
            {"order": 3, "kind": "option_fee", "amount": D("150_000_000"), "currency": "USD",
             "contingent": True, "source": "completion",
             "quote": "In return, Pfizer will pay up to $150 million in option payments.",
             "note": "Option to extend the license to China. The option was part of the "
                     "20 May 2025 agreement (price not disclosed then); the price was first "
                     "reported at completion on 24 Jul 2025. Payable only if Pfizer exercises; "
                     "no exercise reported."},
        ],
        "events": [
            {"kind": "announced", "date": date(2025, 5, 20), "source": "pfizer",
             "description": "Agreement announced, including Pfizer's option on commercialization "
                            "rights in China (option price not disclosed)."},
            {"kind": "closed", "date": date(2025, 7, 24), "source": "completion",
             "description": "Pfizer announced completion of the license (Thursday 24 Jul 2025); "
                            "the completion announcement first priced the China option at up "
                            "to $150M in option payments, payable on exercise."},
        ],
        "asset_phases": {
            "ssgj-707": ("phase_2", "completion",
                         "Positive interim results from the Phase 2 study of SSGJ-707 in "
                         "patients with advanced NSCLC were recently reported."),
        },
        "notes": "Correction 3. The option was in the May release, unpriced; the $150M came at "
                 "completion as 'up to $150 million in option payments', a contingent term, "
                 "not an exercise price paid at completion. Stored as a contingent option_fee "
                 "payment (which the brief allows), with the closed event reworded and an "
                 "announced event for 20 May. The equity row's old quote ('Upon close, ...') "
                 "was not inside the stored 'pfizer' quote; it now cites the completion "
                 "report, whose widened quote holds it. Phase_2 kept; PharmCube says Phase III "
                 "(disagreement in analyst_notes).",
    },

    # ------------------------------------------------------------ 4. Novartis–SciNeuro --
    "novartis-scineuro-abeta-shuttle-2026": {
        "sources": [
            {"key": "scmp",
             "url": "https://scmp.sxfx.eu.org/business/china-business/article/3339691/chinas-scineuro-novartis-sign-us17-billion-licensing-deal-develop-alzheimers-drugs",
             "publisher": "South China Morning Post (stored copy on a mirror host)",
             "title": "US$1.7 billion SciNeuro-Novartis deal offers hope for 55 million "
                      "Alzheimer’s patients (publication date approximate)",
             "published_on": date(2026, 1, 12), "language": "en",
             "quote": "The deal, worth nearly US$1.7 billion, grants Novartis exclusive worldwide "
                      "rights to develop and commercialise SciNeuro’s antibody candidates to "
                      "develop drugs for the progressive brain disease."},
            {"key": "gmteight",
             "url": "https://gmteight.com/content/detail/350946",
             "publisher": "GMTEight",
             "title": "SciNeuro and Novartis Forge $1.7 Billion Licensing Deal to Pioneer "
                      "Next-Generation Alzheimer’s Therapies (publication date approximate)",
             "published_on": date(2026, 1, 12), "language": "en",
             "quote": "This licensing agreement grants Novartis exclusive worldwide rights to "
                      "SciNeuro’s proprietary antibody candidates that utilize a novel "
                      "“blood-brain barrier shuttle” technology, which is intended to enhance "
                      "delivery of therapeutic agents into the brain more efficiently than "
                      "existing treatments."},
            {"key": "fierce_synapse",
             "url": "https://synapse.zhihuiya.com/organization/0622ed1713cd764229b912dd3c05a243",
             "publisher": "Patsnap Synapse",
             "title": "Zonsen PepLib Biotech organisation page, carrying a trade-press report of "
                      "Novartis' 12 Jan 2026 deals (publication date approximate)",
             "published_on": date(2026, 1, 13), "language": "en",
             "quote": "In a separate announcement on Monday, Novartis\nlicensed a preclinical "
                      "candidate\nfor Alzheimer’s disease from SciNeuro for $165 million upfront."},
        ],
        "set": {
            "exclusive": True,
            "analyst_notes":
                "Exclusivity: the South China Morning Post says the deal 'grants Novartis "
                "exclusive worldwide rights to develop and commercialise SciNeuro’s antibody "
                "candidates'; GMTEight says likewise. Reuters and VCBeat speak of a global "
                "license without the word 'exclusive'. Phase: trade press (via Patsnap "
                "Synapse) calls the licensed asset 'a preclinical candidate'; VCBeat says the "
                "program 'has identified de novo antibody candidates'.",
        },
        "asset_phases": {
            "scineuro-abeta-shuttle-program": (
                "preclinical", "fierce_synapse",
                "In a separate announcement on Monday, Novartis\nlicensed a preclinical "
                "candidate\nfor Alzheimer’s disease from SciNeuro for $165 million upfront."),
        },
        "notes": "Correction 4. exclusive=True from SCMP (named outlet; the stored copy is on "
                 "a mirror host, scmp.sxfx.eu.org, and the URL is kept as stored) with "
                 "GMTEight as a second source. The existing phase 'preclinical' now has a "
                 "quote (line breaks inside it are the excerpt's own, from links).",
    },

    # ------------------------------------------------------ 5. Phases at signing (others) --
    "abbvie-remegen-rc148-2026": {
        "sources": [
            {"key": "fierce_synapse",
             "url": "https://synapse-patsnap-com.libproxy1.nus.edu.sg/drug/499b451dc41a45e5bd7fbbea7c86c112",
             "publisher": "Patsnap Synapse drug page carrying a Fierce Biotech report (stored "
                          "through a university library proxy)",
             "title": "RC148 drug page carrying Fierce Biotech's report of AbbVie's $650M "
                      "upfront RC148 license (title paraphrased; publication date approximate)",
             "published_on": date(2026, 1, 12), "language": "en",
             "quote": "RemeGen has taken RC148 into phase 2 development in China as a treatment "
                      "for advanced solid tumors."},
        ],
        "asset_phases": {
            "rc148": ("phase_2", "fierce_synapse",
                      "RemeGen has taken RC148 into phase 2 development in China as a treatment "
                      "for advanced solid tumors."),
        },
        "notes": "RC148: phase_2, one source (Fierce Biotech's text on a Patsnap page, stored via "
                 "a university library proxy URL, kept as stored). No source read says "
                 "'Phase 1/2'. Other reports say only 'clinical studies in China' (RemeGen's "
                 "announcement as reported by TTM), 'RemeGen began clinical trials with RC148 "
                 "in 2023' (Patient Daily) and a China Breakthrough Therapy Designation with "
                 "docetaxel in NSCLC (TigerBrokers). Worth a second source when one is found.",
    },
    "merck-lanova-lm-299-2024": {
        "sources": [
            {"key": "rtt",
             "url": "https://www.nasdaq.com/articles/merck-expands-oncology-pipeline-securing-license-lanova-medicines-lm-299",
             "publisher": "RTTNews (via Nasdaq.com)",
             "title": "Merck expands oncology pipeline by securing license for LaNova Medicines' "
                      "LM-299 (title paraphrased)",
             "published_on": date(2024, 11, 14), "language": "en",
             "quote": "Merck & Co Inc. (MRK) and LaNova Medicines Ltd., a privately held "
                      "clinical-stage biotechnology company Thursday said Merck has secured "
                      "global license to develop and sell LaNova's investigational drug LM-299, "
                      "which is in a Phase 1 study in China."},
        ],
        "asset_phases": {
            "lm-299": ("phase_1", "rtt",
                       "Merck & Co Inc. (MRK) and LaNova Medicines Ltd., a privately held "
                       "clinical-stage biotechnology company Thursday said Merck has secured "
                       "global license to develop and sell LaNova's investigational drug "
                       "LM-299, which is in a Phase 1 study in China."),
        },
        "notes": "LM-299: existing phase_1 confirmed (RTTNews; CHEManager and Pharma "
                 "Manufacturing carry the release's 'A Phase 1 clinical trial for LM-299 is "
                 "currently enrolling patients in China.').",
    },
    "janssen-ligachem-lcb84-2023": {
        "asset_phases": {
            "lcb84": ("phase_1_2", "biospectator",
                      "LCB84, a Trop2 directed ADC applying LCB’s next-generation ADC platform "
                      "technology and Trop2 antibody licensed from Mediterranea Theranostic, "
                      "S.r.l, is being studied in a recently initiated Phase 1/2 clinical trial "
                      "in the U.S."),
        },
        "notes": "LCB84: existing phase_1_2 confirmed from the deal's existing BioSpectator "
                 "source (same page, another sentence of its excerpt); Korea Biomedical Review "
                 "says likewise ('recently entered phase 1/2 clinical trials in the U.S.').",
    },
    "biontech-biotheus-acquisition-2024": {
        "sources": [
            {"key": "cn1699",
             "url": "https://social.cn1699.cn/livenewss/news/1230325/BioNTech-boosts-oncology-pipeline-with-China-buy",
             "publisher": "cn1699.cn (repost of an English trade-press report)",
             "title": "BioNTech boosts oncology pipeline with China buy (publication date "
                      "approximate)",
             "published_on": date(2024, 11, 13), "language": "en",
             "quote": "In phase 2 trials in China, BNT327 demonstrated a positive safety profile "
                      "and encouraging antitumor activity by enriching anti-VEGF activity into "
                      "the tumor microenvironment."},
        ],
        "asset_phases": {
            "bnt327": ("phase_2", "cn1699",
                       "In phase 2 trials in China, BNT327 demonstrated a positive safety "
                       "profile and encouraging antitumor activity by enriching anti-VEGF "
                       "activity into the tumor microenvironment."),
        },
        "set": {
            "analyst_notes":
                "BioNTech's annual report for 2024 (SEC EDGAR, "
                "https://www.sec.gov/Archives/edgar/data/1776985/000177698525000013/R12.htm) "
                "dates the closing 31 Jan 2025 and puts the upfront paid at about $850.0M "
                "after purchase-price adjustments, versus $800M announced. Phase at signing "
                "(13 Nov 2024) is stored as phase_2 from a trade report ('In phase 2 trials in "
                "China'); BioNTech's release called BNT327/PM8002 a 'late-stage clinical asset' "
                "and planned to 'initiate multiple registrational trials ... in late 2024 and "
                "2025'. A Biotheus Phase 3 in second-line SCLC (NCT06616532) had been "
                "registered ('Launched by BIOTHEUS INC. · Sep 25, 2024', not yet recruiting on "
                "4 Oct 2024, per clinconnect.io), so phase_3 is arguable.",
        },
        "notes": "BNT327 at the Biotheus acquisition: phase_2 from the one deal-time source that "
                 "names a phase (a repost, weak). Judgement call flagged: a Phase 3 "
                 "(NCT06616532) was registered in Sept 2024 but not yet recruiting; BioNTech "
                 "said registrational trials were still to be initiated. Existing "
                 "analyst_notes text kept and extended.",
    },
    "daiichi-sankyo-merck-dxd-adcs-2023": {
        "sources": [
            {"key": "pmlive",
             "url": "https://www.pmlive.com/pharma_news/merck_and_daiichi_sankyo_announce_adc_agreement_worth_up_to_$22bn_1502389",
             "publisher": "PMLiVE",
             "title": "Merck and Daiichi Sankyo announce ADC agreement worth up to $22bn (title "
                      "paraphrased)",
             "published_on": date(2023, 10, 20), "language": "en",
             "quote": "Ifinatamab deruxtecan is currently being evaluated in the phase 2 "
                      "IDeate-01 study as a treatment option for patients with previously "
                      "treated extensive-stage small cell lung cancer, while raludotatug "
                      "deruxtecan is being assessed in a first-in-human phase 1 clinical trial of "
                      "patients with advanced ovarian cancer."},
            {"key": "herthena_lung02",
             "url": "https://www.futuremedicine.com/doi/10.2217/fon-2023-0602",
             "publisher": "Future Oncology (Future Medicine), clinical trial protocol article",
             "title": "HERTHENA-Lung02: phase III study of patritumab deruxtecan in advanced "
                      "EGFR-mutated NSCLC after a third-generation EGFR TKI (publication date "
                      "approximate: the page shows none; the DOI is a 2023 manuscript number)",
             "published_on": date(2023, 10, 19), "language": "en",
             "quote": "HERTHENA-Lung02: phase III study of patritumab deruxtecan in advanced "
                      "EGFR-mutated NSCLC after a third-generation EGFR TKI"},
        ],
        "asset_phases": {
            "patritumab-deruxtecan": ("phase_3", "herthena_lung02",
                                      "HERTHENA-Lung02: phase III study of patritumab "
                                      "deruxtecan in advanced EGFR-mutated NSCLC after a "
                                      "third-generation EGFR TKI"),
            "ifinatamab-deruxtecan": ("phase_2", "pmlive",
                                      "Ifinatamab deruxtecan is currently being evaluated in "
                                      "the phase 2 IDeate-01 study"),
            "raludotatug-deruxtecan": ("phase_1", "pmlive",
                                       "raludotatug deruxtecan is being assessed in a "
                                       "first-in-human phase 1 clinical trial of patients with "
                                       "advanced ovarian cancer"),
        },
        "set": {
            "analyst_notes":
                "Phases at signing: I-DXd phase 2 (IDeate-01) and R-DXd phase 1 per PMLiVE and "
                "the companies' release. HER3-DXd is stored as phase_3 on the strength of the "
                "Phase III HERTHENA-Lung02 trial (protocol article, Future Oncology, DOI "
                "10.2217/fon-2023-0602); the deal-time reports speak only of the 'mid-stage' "
                "(Phase 2) HERTHENA-Lung01 trial and a BLA planned by March 2024.",
        },
        "notes": "DXd ADCs: I-DXd phase_2 and R-DXd phase_1 confirmed from one deal-time "
                 "sentence (PMLiVE, 20 Oct 2023). HER3-DXd phase_3 kept: sourced to the "
                 "HERTHENA-Lung02 protocol article, whose page shows no date (weakest of the "
                 "three; deal-time sources mention only the Phase 2 HERTHENA-Lung01).",
    },
    "bms-biontech-bnt327-2025": {
        "sources": [
            {"key": "nct06712355",
             "url": "https://meddatax.com/clinical-trials/NCT06712355",
             "publisher": "MedDataX (ClinicalTrials.gov record NCT06712355)",
             "title": "Safety and Efficacy of BNT327, an Investigational Therapy in Combination "
                      "With Chemotherapy for Patients With Untreated Small-cell Lung Cancer",
             "published_on": date(2025, 12, 17), "language": "en",
             "quote": "This is a Phase III, multisite, randomized, double-blinded study to "
                      "investigate pumitamig (BNT327) combined with chemotherapy "
                      "(etoposide/carboplatin) compared to atezolizumab combined with "
                      "chemotherapy (etoposide/carboplatin) for the treatment of participants "
                      "with previously untreated extensive-stage small-cell lung cancer "
                      "(ES-SCLC)."},
        ],
        "asset_phases": {
            "bnt327": ("phase_3", "nct06712355",
                       "This is a Phase III, multisite, randomized, double-blinded study to "
                       "investigate pumitamig (BNT327)"),
        },
        "notes": "BNT327 at the BMS deal (2 Jun 2025): existing phase_3 confirmed by the trial "
                 "record NCT06712355, whose page gives 'Study Start Date 2025-02-03' (before "
                 "signing) and 'Last Updated: 2025-12-17' (used as published_on). No deal-time "
                 "news sentence naming the phase was found in the excerpts.",
    },
    "abbvie-immunogen-acquisition-2023": {
        "sources": [
            {"key": "ap",
             "url": "https://www.click2houston.com/business/2023/11/30/pharmaceutical-company-abbvie-buying-immunogen-in-101-billion-deal/",
             "publisher": "The Associated Press (via KPRC Click2Houston)",
             "title": "Pharmaceutical company AbbVie buying ImmunoGen in $10.1 billion deal "
                      "(title paraphrased)",
             "published_on": date(2023, 11, 30), "language": "en",
             "quote": "U.S. regulators granted Elahere an accelerated approval in 2022, and the "
                      "company is seeking a full approval from the Food and Drug Administration "
                      "as well as expansion in other markets."},
        ],
        "asset_phases": {
            "mirvetuximab-soravtansine": ("approved", "ap",
                                          "U.S. regulators granted Elahere an accelerated "
                                          "approval in 2022"),
        },
        "notes": "Elahere: existing 'approved' confirmed; at signing the US approval was "
                 "accelerated (full approval followed in March 2024 per Dow Jones via "
                 "MarketScreener).",
    },
    "pfizer-seagen-acquisition-2023": {
        "sources": [
            {"key": "dcat",
             "url": "https://www.dcatvci.org/top-industry-news/pfizer-completes-43-bn-acquisition-of-seagen/",
             "publisher": "DCAT Value Chain Insights",
             "title": "Pfizer Completes $43-Bn Acquisition of Seagen (publication date "
                      "approximate)",
             "published_on": date(2023, 12, 14), "language": "en",
             "quote": "Seagen’s portfolio includes four approved medicines that are indicated "
                      "across solid tumors and hematologic malignancies, including three ADCs: "
                      "Adcetris (brentuximab vedotin), Padcev (enfortumab vedotin), and Tivdak "
                      "(tisotumab vedotin)."},
        ],
        "asset_phases": {
            "enfortumab-vedotin": ("approved", "dcat",
                                   "Seagen’s portfolio includes four approved medicines that "
                                   "are indicated across solid tumors and hematologic "
                                   "malignancies, including three ADCs: Adcetris (brentuximab "
                                   "vedotin), Padcev (enfortumab vedotin), and Tivdak "
                                   "(tisotumab vedotin)."),
        },
        "notes": "Padcev: existing 'approved' confirmed (completion report; the March 2023 "
                 "reports say Seagen had four treatments on the market).",
    },
    "novartis-mariana-oncology-acquisition-2024": {
        "sources": [
            {"key": "medpath",
             "url": "https://trial.medpath.com/news/6100a21f3d53c55e/novartis-acquires-mariana-oncology-for-1-billion-to-strengthen-radioligand-therapy-pipeline",
             "publisher": "MedPath",
             "title": "Novartis Acquires Mariana Oncology for $1 Billion to Strengthen "
                      "Radioligand Therapy Pipeline (publication date approximate)",
             "published_on": date(2024, 5, 2), "language": "en",
             "quote": "The deal provides access to Mariana's lead candidate MC-339, an "
                      "actinium-based radioligand therapy targeting small cell lung cancer "
                      "currently in preclinical development."},
        ],
        "asset_phases": {
            "mc-339": ("preclinical", "medpath",
                       "The deal provides access to Mariana's lead candidate MC-339, an "
                       "actinium-based radioligand therapy targeting small cell lung cancer "
                       "currently in preclinical development."),
        },
        "notes": "MC-339: existing 'preclinical' confirmed (MedPath; BioWorld: 'due to enter "
                 "the clinic later this year'; BioSpace: 'Mariana Oncology’s preclinical cancer "
                 "pipeline'). This deal's status ('announced') and closing were not checked.",
    },
    "astrazeneca-fusion-acquisition-2024": {
        "sources": [
            {"key": "fusion_release",
             "url": "https://pharmaceuticalmanufacturer.media/pharma-manufacturing-news/pharma-finance-and-investment-news/fusion-pharmaceuticals-to-be-acquired-by-astrazeneca/",
             "publisher": "Pharmaceutical Manufacturer (carrying Fusion's announcement)",
             "title": "Fusion Pharmaceuticals to be acquired by AstraZeneca (title paraphrased)",
             "published_on": date(2024, 3, 19), "language": "en",
             "quote": "FPI-2265 targets prostate-specific membrane antigen (PSMA), a protein that "
                      "is highly expressed in mCRPC, and is currently in a Phase 2 trial."},
        ],
        "asset_phases": {
            "fpi-2265": ("phase_2", "fusion_release",
                         "FPI-2265 targets prostate-specific membrane antigen (PSMA), a protein "
                         "that is highly expressed in mCRPC, and is currently in a Phase 2 "
                         "trial."),
        },
        "notes": "FPI-2265: phase_2 (was missing). PharmaFocus ('currently in a phase 2 trial') "
                 "and PMLiVE ('The mid-stage candidate, FPI-2265') agree.",
    },
    "jnj-ambrx-acquisition-2024": {
        "sources": [
            {"key": "pmlive",
             "url": "https://www.pmlive.com/pharma_news/johnson_and_johnson_to_acquire_adc_specialist_ambrx_biopharma_for_approximately_$2bn_1506132",
             "publisher": "PMLiVE",
             "title": "Johnson & Johnson to acquire ADC specialist Ambrx Biopharma for "
                      "approximately $2bn (title paraphrased)",
             "published_on": date(2024, 1, 9), "language": "en",
             "quote": "J&J said it intends to work with Ambrx researchers to accelerate the "
                      "phase 1/2 APEX-01 study of ARX517 in advanced prostate cancer, following "
                      "promising results from the phase 1 portion of the trial."},
        ],
        "asset_phases": {
            "arx517": ("phase_1_2", "pmlive",
                       "J&J said it intends to work with Ambrx researchers to accelerate the "
                       "phase 1/2 APEX-01 study of ARX517 in advanced prostate cancer"),
        },
        "notes": "ARX517: existing phase_1_2 confirmed (PMLiVE; Pharmaceutical Technology and "
                 "Precision Medicine Online likewise: Phase I/II APEX-01).",
    },
    "jnj-intra-cellular-acquisition-2025": {
        "asset_phases": {
            "lumateperone": ("approved", "closing",
                             "Advances Company’s industry-leading portfolio in mental health "
                             "with addition of CAPLYTA® (lumateperone), the first and only U.S. "
                             "FDA-approved treatment for bipolar I and II depression as an "
                             "adjunctive therapy and monotherapy; also approved for the "
                             "treatment of schizophrenia in adults"),
        },
        "notes": "Lumateperone: existing 'approved' confirmed from the deal's existing J&J "
                 "closing release (same page, its subtitle). At announcement (13 Jan 2025) "
                 "DeepNewz likewise: 'Caplyta, which is approved for treating schizophrenia and "
                 "bipolar depression'.",
    },

    # ----------------------------------------------- phases that stay "not reported" --------
    "novartis-zonsen-peplib-rlt-2026": {
        "notes": "Phase not reported. The deal's existing 'trade' source says: 'The "
                 "Monday\\nrelease\\ndid not name the candidate, its target or what stage of "
                 "development it is in.' (PepLib's preclinical pipeline includes a "
                 "radiopharmaceutical carrier programme at lead optimisation, but the licensed "
                 "asset is not identified with it.)",
    },
    "alteogen-alt-b4-negotiation-2026": {
        "notes": "ALT-B4 is a platform (hyaluronidase formulation technology): phase at signing "
                 "not applicable; left empty.",
    },
    "alteogen-tesaro-alt-b4-2026": {
        "notes": "ALT-B4 is a platform: phase at signing not applicable; left empty.",
    },
    "astrazeneca-alteogen-alt-b4-2025": {
        "notes": "ALT-B4 is a platform: phase at signing not applicable; left empty.",
    },
    "gsk-abl-bio-grabody-b-2025": {
        "notes": "Grabody-B is a platform: phase at signing not applicable; left empty. Not "
                 "searched.",
    },
}
