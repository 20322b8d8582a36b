"""BD conference calendar 2024-2026 for DealScope (draft, researcher: conferences).

Covered: eight conference series (J.P. Morgan Healthcare Conference, BIO International
Convention, BIO-Europe, BIO-Europe Spring, ASCO Annual Meeting, ESMO Congress, AACR Annual
Meeting, ASH Annual Meeting), editions 2024, 2025 and 2026.

* 22 of 24 editions have dates and city from a stored source (``CONFERENCES``).
* 2 editions are missing (``MISSING_EDITIONS``): BIO-Europe 2026 and ESMO Congress 2026 -
  no stored page gave their dates or city (see the reasons there).
* ``DEALS_AT_CONFERENCES``: 7 deals that a source explicitly ties to a conference.

Every edition carries a ``source`` (url, publisher, title, published_on, language, quote);
the quote is copied character for character from the search excerpt of that page and states
the dates and/or city. Some editions carry ``other_sources`` that corroborate or complete
the main one (e.g. the city when the main quote only gives dates). A title ending
"(title paraphrased)" describes the page; "(publication date approximate)" means the page
showed no date and ``published_on`` is the edition's start (or end) date.

``source_reliability`` is "official" (organiser or host-city body), "press" (trade or
general press, university, association) or "low" (third-party registration/SEO pages whose
claims could not be checked against a second, better source).

``website``: series websites are the organisers' sites; an edition's ``website`` is its own
page only where such a URL appeared in a stored excerpt (``website_seen_in_source`` True),
otherwise the series site is repeated. The BIO-Europe / BIO-Europe Spring, ASCO and ESMO
series URLs were not seen in any excerpt and are given from general knowledge (flagged in
``CONFERENCE_SERIES`` with ``website_seen_in_source`` False).

Time zones are IANA names for the host city; countries are ISO 3166-1 alpha-2.
"""

# Source URLs cannot be wrapped, and the tables read best laid out by hand.
# ruff: noqa: E501
# fmt: off

from datetime import date

JPM_WEBSITE = "https://www.jpmorgan.com/about-us/events-conferences/health-care-conference"

NOTES = """\
Disagreements and caveats found while sourcing the calendar:

1. JPM 2026 end date. /work/main/deals/demo_data.py has jpm-2026 ending 2026-01-16. PharmExec
   ("held from January 12-15 in San Francisco") and The Money Unlock ("running January 12-15")
   both give January 12-15, 2026. Stored here: 2026-01-12 .. 2026-01-15 (the demo value is
   wrong; fix it in main when the restructuring allows).
2. JPM 2024 and JPM 2025 agree with demo_data.py (Jan 8-11, 2024; Jan 13-16, 2025). The JPM
   2025 dates come from a third-party site (san-francisco.jpmhealthcareconference.org, not J.P.
   Morgan); BioSpace confirms the start ("officially begins next Monday, Jan. 13") and the SF
   Standard calls it a "four-day event", which is consistent with Jan 16 as the last day.
3. ESMO 2025 length: AJMC, Masaryk University and Zoonop give October 17-21, 2025 (five days);
   PMLiVE's review says "Over four days, 2,926 sessions" - we keep Oct 17-21.
4. ASCO 2026 (May 29 - June 2, 2026, Chicago) comes only from asco-meeting.org, a third-party
   registration/housing site, not ASCO itself (a sister page, congress-registration1.org, gives
   the same dates but mixes in a Barcelona venue text). Marked source_reliability "low".
5. ASH 2026 (December 12-15, 2026, New Orleans) comes only from two SEO-style pages
   (wiki-room.win, anotepad.com) with identical wording; no ASH page was found. Marked "low".
6. BIO 2026 (June 22-25, 2026, San Diego) comes from one blog-type page (mettree.com); no
   BIO page found. Marked "press" but single-sourced.
7. BIO-Europe Spring digital partnering days are separate from the in-person dates and are
   NOT part of start/end: 2024 virtual partnering March 26-27 (Informa), 2026 digital
   March 31 - April 1 (CCIAP). For 2025 an Informa page (stored without a URL, so not citable)
   showed "March 17–19, 2025 | Milan, Italy" and digital partnering March 25-26, 2025;
   it agrees with the cited Il Sole 24 Ore article.
8. Deal amounts in the conference-deal sources differ (kept as quoted, not reconciled):
   GSK-IDRx: "$1 billion upfront" (Endpoints live blog via Patsnap), "$1 billion"
   (myluxepro), "$1.15 billion acquisition" (ICR). GSK-Aiolos: "$1 billion upfront and
   potentially another $400 million" (BioSpace) vs "for $1.4 bi[llion]" (Axios, truncated).
   ICR names the J&J target "Intra-Cellular Therapeutics" (it is Intra-Cellular Therapies).
9. Takeda-Innovent (announced Oct 22, 2025, the day after ESMO 2025 closed) is NOT in
   DEALS_AT_CONFERENCES: none of the stored reports of the deal mentions ESMO.
"""

CONFERENCE_SERIES: list[dict] = [
    {"slug": "jp-morgan-healthcare-conference", "name": "J.P. Morgan Healthcare Conference",
     "short_name": "JPM", "website": JPM_WEBSITE, "website_seen_in_source": False},
    {"slug": "bio-international-convention", "name": "BIO International Convention",
     "short_name": "BIO", "website": "https://convention.bio.org/", "website_seen_in_source": True},
    {"slug": "bio-europe", "name": "BIO-Europe",
     "short_name": "BIO-Europe", "website": "https://informaconnect.com/bioeurope/",
     "website_seen_in_source": False},
    {"slug": "bio-europe-spring", "name": "BIO-Europe Spring",
     "short_name": "BIO-Europe Spring", "website": "https://informaconnect.com/bioeurope-spring/",
     "website_seen_in_source": False},
    {"slug": "asco-annual-meeting", "name": "ASCO Annual Meeting",
     "short_name": "ASCO", "website": "https://conferences.asco.org/am/",
     "website_seen_in_source": False},
    {"slug": "esmo-congress", "name": "ESMO Congress",
     "short_name": "ESMO", "website": "https://www.esmo.org/meeting-calendar",
     "website_seen_in_source": False},
    {"slug": "aacr-annual-meeting", "name": "AACR Annual Meeting",
     "short_name": "AACR", "website": "https://www.aacr.org/",
     "website_seen_in_source": False},
    {"slug": "ash-annual-meeting", "name": "ASH Annual Meeting and Exposition",
     "short_name": "ASH", "website": "https://www.hematology.org/meetings/annual-meeting",
     "website_seen_in_source": True},
]

_SERIES_SITE = {s["slug"]: s["website"] for s in CONFERENCE_SERIES}

CONFERENCES: list[dict] = [
    # ------------------------------------------------------------------ JPM ---------------
    {"slug": "jpm-2024", "series": "jp-morgan-healthcare-conference", "year": 2024,
     "name": "J.P. Morgan Healthcare Conference 2024",
     "start_date": date(2024, 1, 8), "end_date": date(2024, 1, 11),
     "city": "San Francisco", "country": "US", "timezone": "America/Los_Angeles",
     "venue": "The Westin St. Francis",
     "source_reliability": "press",
     "source": {"url": "https://www.alphawatch.blog/post/j-p-morgan-healthcare-conference-day-1-highlights",
                "publisher": "AlphaWatch (blog, Jonathan Poyer)",
                "title": "J.P. Morgan Healthcare Conference - Day 1 Highlights (publication date approximate)",
                "published_on": date(2024, 1, 8), "language": "en",
                "quote": "the J.P. Morgan Healthcare Conference (January 8th - 11th, 2024 - San Francisco, CA)"},
     "other_sources": [
         {"url": "https://ktvu.com/news/jp-morgan-health-care-conference-brings-thousands-to-city",
          "publisher": "KTVU Fox 2",
          "title": "JP Morgan Health Care Conference brings thousands to city (publication date approximate)",
          "published_on": date(2024, 1, 9), "language": "en",
          "quote": "More than 8,000 attendees from around the world are in San Francisco this week for J.P. Morgan's 42nd Healthcare conference at the Westin St. Francis hotel across from San Francisco's Union Square."},
     ]},
    {"slug": "jpm-2025", "series": "jp-morgan-healthcare-conference", "year": 2025,
     "name": "J.P. Morgan Healthcare Conference 2025",
     "start_date": date(2025, 1, 13), "end_date": date(2025, 1, 16),
     "city": "San Francisco", "country": "US", "timezone": "America/Los_Angeles",
     "venue": "The Westin St. Francis",
     "source_reliability": "low",
     "source": {"url": "https://san-francisco.jpmhealthcareconference.org/agenda.html",
                "publisher": "san-francisco.jpmhealthcareconference.org (third-party site, not J.P. Morgan)",
                "title": "Agenda - JPM 2025 (title paraphrased) (publication date approximate)",
                "published_on": date(2025, 1, 13), "language": "en",
                "quote": "Jan 13-16, 2025\nThe Westin St. Francis Hotel\nSan Francisco, USA"},
     "other_sources": [
         {"url": "https://biospace.com/business/biopharma-heads-to-jp-morgan-seeking-an-m-a-spark-to-improve-sentiment",
          "publisher": "BioSpace",
          "title": "Biopharma Heads to JP Morgan Seeking an M&A Spark to Improve Sentiment (publication date approximate)",
          "published_on": date(2025, 1, 6), "language": "en",
          "quote": "The meeting, which officially begins next Monday, Jan. 13, sets the tone for the year"},
         {"url": "https://sfstandard.com/2025/01/13/jpmorgan-healthcare-conference-attendee-reactions/?itm_source=parsely-api",
          "publisher": "The San Francisco Standard",
          "title": "Report on security at the 43rd J.P. Morgan Healthcare Conference (title paraphrased)",
          "published_on": date(2025, 1, 13), "language": "en",
          "quote": "the entirety of the four-day event will be “fully staffed.”"},
     ]},
    {"slug": "jpm-2026", "series": "jp-morgan-healthcare-conference", "year": 2026,
     "name": "J.P. Morgan Healthcare Conference 2026",
     "start_date": date(2026, 1, 12), "end_date": date(2026, 1, 15),
     "city": "San Francisco", "country": "US", "timezone": "America/Los_Angeles",
     "venue": "The Westin St. Francis",
     "source_reliability": "press",
     "source": {"url": "https://www.pharmexec.com/view/jp-morgan-2026-wrap-up-leaders-speak-conference-state-industry",
                "publisher": "Pharmaceutical Executive (PharmExec)",
                "title": "JP Morgan 2026 Wrap Up: Pharma Leaders Speak About the Conference and the State of the Industry (publication date approximate)",
                "published_on": date(2026, 1, 15), "language": "en",
                "quote": "Throughout the 44th annual JP Morgan Healthcare Conference, held from January 12-15 in San Francisco, a clear narrative emerged."},
     "other_sources": [
         {"url": "https://themoneyunlock.com/jpmorgan-healthcare-conference-2026-biotech-pharma-preview-january-09-2026",
          "publisher": "The Money Unlock",
          "title": "JPMorgan Healthcare Conference 2026 biotech/pharma preview (title paraphrased)",
          "published_on": date(2026, 1, 9), "language": "en",
          "quote": "The JPMorgan Healthcare Conference, running January 12-15"},
     ],
     "notes": "demo_data.py has end_date 2026-01-16; both sources say January 12-15."},
    # ------------------------------------------------------------------ BIO ---------------
    {"slug": "bio-2024", "series": "bio-international-convention", "year": 2024,
     "name": "BIO International Convention 2024",
     "start_date": date(2024, 6, 3), "end_date": date(2024, 6, 6),
     "city": "San Diego", "country": "US", "timezone": "America/Los_Angeles",
     "venue": "San Diego Convention Center",
     "source_reliability": "official",
     "source": {"url": "https://convention.bio.org/about-bio/international-public-official-guidelines",
                "publisher": "Biotechnology Innovation Organization (BIO)",
                "title": "International Public Official Guidelines - 2024 BIO International Convention (publication date approximate)",
                "published_on": date(2024, 6, 3), "language": "en",
                "quote": "June 3-6, 2024\n  • San Diego Convention Center, California"}},
    {"slug": "bio-2025", "series": "bio-international-convention", "year": 2025,
     "name": "BIO International Convention 2025",
     "start_date": date(2025, 6, 16), "end_date": date(2025, 6, 19),
     "city": "Boston", "country": "US", "timezone": "America/New_York",
     "venue": "Boston Convention & Exhibition Center",
     "source_reliability": "press",
     "source": {"url": "https://247biopharma.com/issue22025/22",
                "publisher": "TwentyFourSevenBioPharma (Issue 2, June 2025)",
                "title": "Italy's life-science sector heads to BIO 2025 in Boston (title paraphrased)",
                "published_on": date(2025, 6, 1), "language": "en",
                "quote": "The BIO International Convention 2025, set for June 16–19 at the Boston Convention & Exhibition Center, ranks among the world’s premier biotech gatherings."},
     "other_sources": [
         {"url": "https://bio.news/bio-convention/bio-2025-international-convention-boston",
          "publisher": "Bio.News (BIO)",
          "title": "Welcome to BIO 2025: The world can't wait. (publication date approximate)",
          "published_on": date(2025, 6, 16), "language": "en",
          "quote": "The 2025 BIO International Convention, hosted by the Biotechnology Innovation Organization (BIO), opens June 16 in Boston, bringing together over 20,000 industry leaders from 72 countries."},
     ],
     "notes": "published_on of the main source: the issue is dated June 2025 (day unknown)."},
    {"slug": "bio-2026", "series": "bio-international-convention", "year": 2026,
     "name": "BIO International Convention 2026",
     "start_date": date(2026, 6, 22), "end_date": date(2026, 6, 25),
     "city": "San Diego", "country": "US", "timezone": "America/Los_Angeles",
     "venue": "San Diego Convention Center",
     "source_reliability": "press",
     "source": {"url": "https://mettree.com/articles/bio-international-2026/",
                "publisher": "Mettree",
                "title": "BIO 2026: hyperscalers at the door, tariffs at the dock, funding off the table. (publication date approximate)",
                "published_on": date(2026, 6, 22), "language": "en",
                "quote": "BIO International Convention 2026 runs Monday, June 22 through Thursday, June 25 at the San Diego Convention Center"},
     "notes": "Single source (a blog-type page); no BIO page with the 2026 dates was found."},
    # ------------------------------------------------------------- BIO-Europe -------------
    {"slug": "bio-europe-2024", "series": "bio-europe", "year": 2024,
     "name": "BIO-Europe 2024",
     "start_date": date(2024, 11, 4), "end_date": date(2024, 11, 6),
     "city": "Stockholm", "country": "SE", "timezone": "Europe/Stockholm",
     "venue": "Stockholmsmässan, Älvsjö",
     "source_reliability": "press",
     "source": {"url": "https://swedenbio.se/takeaways-from-bio-europe-in-stockholm/",
                "publisher": "SwedenBIO",
                "title": "Takeaways from BIO-Europe in Stockholm (title paraphrased) (publication date approximate)",
                "published_on": date(2024, 11, 6), "language": "en",
                "quote": "BIO-Europe, the continent’s premier life science event, celebrated its 30th anniversary in Stockholm from November 4-6, 2024."},
     "other_sources": [
         {"url": "https://press.stockholmbusinessregion.com/press-release/bioeurope-2024unique-intellectual-property-law-fuels-swedens-thriving-life-science-cluster",
          "publisher": "Stockholm Business Region (press release)",
          "title": "BIO-Europe 2024: unique intellectual property law fuels Sweden's thriving life science cluster (title paraphrased) (publication date approximate)",
          "published_on": date(2024, 11, 4), "language": "en",
          "quote": "As BIO-Europe 2024 kicks off in Stockholm from November 4 to 6, the city continues to solidify its status as a leading life science hub."},
     ]},
    {"slug": "bio-europe-2025", "series": "bio-europe", "year": 2025,
     "name": "BIO-Europe 2025",
     "start_date": date(2025, 11, 3), "end_date": date(2025, 11, 5),
     "city": "Vienna", "country": "AT", "timezone": "Europe/Vienna",
     "venue": "VIECON - Vienna Congress & Conference Center",
     "source_reliability": "official",
     "source": {"url": "https://www.ots.at/presseaussendung/OTS_20251031_OTS0010/bio-europe-2025-die-internationale-life-sciences-branche-schlaegt-in-wien-auf",
                "publisher": "Wirtschaftsagentur Wien (via APA-OTS)",
                "title": "BIO-Europe 2025: Die internationale Life Sciences-Branche schlägt in Wien auf (title paraphrased)",
                "published_on": date(2025, 10, 31), "language": "de",
                "quote": "Vom 3. bis 5. November 2025 wird Wien zum internationalen Zentrum des Sektors: Die BIO-Europe"},
     "other_sources": [
         {"url": "https://www.leap-up.com/news-lesen/bio-europe-2025-wien-mit-starker-saechsischer-praesenz-3794",
          "publisher": "leap:up GmbH",
          "title": "BIO-Europe 2025 Wien mit starker sächsischer Präsenz",
          "published_on": date(2025, 11, 6), "language": "de",
          "quote": "Die BIO-Europe 2025 vom 3. bis 5. November in Wien bot erneut die zentrale Plattform für Europas Life-Sciences-Branche"},
     ]},
    # -------------------------------------------------------- BIO-Europe Spring -----------
    {"slug": "bio-europe-spring-2024", "series": "bio-europe-spring", "year": 2024,
     "name": "BIO-Europe Spring 2024",
     "start_date": date(2024, 3, 18), "end_date": date(2024, 3, 20),
     "city": "Barcelona", "country": "ES", "timezone": "Europe/Madrid",
     "source_reliability": "official",
     "source": {"url": "https://informaconnect.com/explore-barcelonas-buzzing-biotech-sector-at-bio-europe-spring-2024/",
                "publisher": "Informa Connect / EBD Group (organiser)",
                "title": "Explore Barcelona’s Buzzing Biotech Sector at BIO-Europe Spring 2024!",
                "published_on": date(2024, 1, 18), "language": "en",
                "quote": "And soon BIO-Europe Spring will be coming to Spain’s thriving life sciences beside-the-sea hub, from March 18 - 20, with virtual partnering from March 26 - 27."},
     "other_sources": [
         {"url": "https://www.biocat.cat/en/current-news/insights-articles/bio-europe-spring-conference-barcelona-reaches-record-number",
          "publisher": "Biocat",
          "title": "BIO-Europe Spring conference in Barcelona reaches record number (title paraphrased) (publication date approximate)",
          "published_on": date(2024, 3, 20), "language": "en",
          "quote": "the capital of Catalonia has once again hosted this prominent conference for the biopharmaceutical community on March 18-20."},
     ],
     "notes": "Virtual partnering March 26-27, 2024 is not part of start/end."},
    {"slug": "bio-europe-spring-2025", "series": "bio-europe-spring", "year": 2025,
     "name": "BIO-Europe Spring 2025",
     "start_date": date(2025, 3, 17), "end_date": date(2025, 3, 19),
     "city": "Milan", "country": "IT", "timezone": "Europe/Rome",
     "venue": "Allianz MiCo",
     "source_reliability": "press",
     "source": {"url": "https://www.pressreader.com/italy/il-sole-24-ore/20240510/282097756797130",
                "publisher": "Il Sole 24 Ore (via PressReader)",
                "title": "Fiera Milano polo per le scienze della vita",
                "published_on": date(2024, 5, 10), "language": "it",
                "quote": "Infine, dal 17 al 19 marzo 2025, un altro ritorno di una manifestazione itinerante, quello di BIO- Europe Spring, organizzata da EBD Group ( società del gruppo Informa), che si terrà negli spazi del centro congressuale Allianz- MiCo."},
     "other_sources": [
         {"url": "https://p-bio.org/noticias/portugal-sera-o-pais-anfitriao-do-bio-europe-spring-2026",
          "publisher": "P-BIO (Associação Portuguesa de Bioindústria)",
          "title": "Portugal será o país anfitrião do BIO-Europe Spring 2026",
          "published_on": date(2025, 3, 21), "language": "pt",
          "quote": "O anúncio aconteceu esta semana, no dia 19 de março, durante a edição de 2025 do evento, realizada em Milão"},
     ],
     "notes": "The main quote names the venue (Allianz MiCo, Milan) rather than the city; P-BIO confirms Milan."},
    {"slug": "bio-europe-spring-2026", "series": "bio-europe-spring", "year": 2026,
     "name": "BIO-Europe Spring 2026",
     "start_date": date(2026, 3, 23), "end_date": date(2026, 3, 25),
     "city": "Lisbon", "country": "PT", "timezone": "Europe/Lisbon",
     "venue": "Feira Internacional de Lisboa (FIL), Parque das Nações",
     "source_reliability": "press",
     "source": {"url": "https://cciap.pt/?p=261276",
                "publisher": "CCIAP (Câmara de Comércio e Indústria Árabe-Portuguesa)",
                "title": "Lisboa acolhe o BIO-Europe Spring 2026, a principal plataforma global de parcerias em biotecnologia (publication date approximate)",
                "published_on": date(2026, 3, 23), "language": "pt",
                "quote": "A cidade de Lisboa prepara-se para receber o BIO-Europe Spring 2026 entre 23 e 25 de março de 2026, na Feira Internacional de Lisboa (FIL), situada no Parque das Nações"},
     "other_sources": [
         {"url": "https://p-bio.org/noticias/portugal-sera-o-pais-anfitriao-do-bio-europe-spring-2026",
          "publisher": "P-BIO (Associação Portuguesa de Bioindústria)",
          "title": "Portugal será o país anfitrião do BIO-Europe Spring 2026",
          "published_on": date(2025, 3, 21), "language": "pt",
          "quote": "que se realizará em Lisboa, entre 23 e 25 de março"},
     ],
     "notes": "Digital partnering March 31 - April 1, 2026 is not part of start/end."},
    # ----------------------------------------------------------------- ASCO ---------------
    {"slug": "asco-2024", "series": "asco-annual-meeting", "year": 2024,
     "name": "ASCO Annual Meeting 2024",
     "start_date": date(2024, 5, 31), "end_date": date(2024, 6, 4),
     "city": "Chicago", "country": "US", "timezone": "America/Chicago",
     "venue": "McCormick Place",
     "source_reliability": "official",
     "source": {"url": "https://old-prod.asco.org/about-asco/press-center/news-releases/new-cancer-research-impacting-treatment-prevention-early",
                "publisher": "American Society of Clinical Oncology (ASCO)",
                "title": "New Cancer Research Impacting Treatment, Prevention, Early Diagnosis, and Quality of Life to be Presented at the 2024 ASCO Annual Meeting in Chicago",
                "published_on": date(2024, 4, 24), "language": "en",
                "quote": "The 2024 ASCO Annual Meeting will take place May 31-June 4 in Chicago and online."},
     "other_sources": [
         {"url": "https://www.uchicagomedicine.org/forefront/cancer-articles/2024/june/american-society-of-clinical-oncology-2024-annual-meeting",
          "publisher": "UChicago Medicine",
          "title": "Oncology's largest annual meeting brings 40,000 to Chicago to discuss cancer advances (publication date approximate)",
          "published_on": date(2024, 6, 4), "language": "en",
          "quote": "More than 40,000 oncology professionals convened at McCormick Place in Chicago from May 31 to June 4."},
     ]},
    {"slug": "asco-2025", "series": "asco-annual-meeting", "year": 2025,
     "name": "ASCO Annual Meeting 2025",
     "start_date": date(2025, 5, 30), "end_date": date(2025, 6, 3),
     "city": "Chicago", "country": "US", "timezone": "America/Chicago",
     "venue": "McCormick Place",
     "source_reliability": "press",
     "source": {"url": "https://www.ajmc.com/view/march-toward-more-tailored-treatments-continues-at-asco-2025",
                "publisher": "The American Journal of Managed Care (AJMC)",
                "title": "March Toward More Tailored Treatments Continues at ASCO 2025 (publication date approximate)",
                "published_on": date(2025, 5, 30), "language": "en",
                "quote": "Up to 40,000 people will descend on Chicago, Illinois, to attend ASCO 2025, which runs May 30 to June 3"},
     "other_sources": [
         {"url": "https://www.mysocietysource.org/Pages/newsdetails.aspx?ItemID=2873",
          "publisher": "American Cancer Society (Society Source)",
          "title": "ACS at the 2025 ASCO Annual Meeting (title paraphrased) (publication date approximate)",
          "published_on": date(2025, 5, 30), "language": "en",
          "quote": "The annual meeting of the American Society of Clinical Oncology (ASCO) begins Friday, May 30, in Chicago, IL, running until Tuesday, June 3."},
     ]},
    {"slug": "asco-2026", "series": "asco-annual-meeting", "year": 2026,
     "name": "ASCO Annual Meeting 2026",
     "start_date": date(2026, 5, 29), "end_date": date(2026, 6, 2),
     "city": "Chicago", "country": "US", "timezone": "America/Chicago",
     "venue": "McCormick Place",
     "source_reliability": "low",
     "source": {"url": "https://asco-meeting.org/",
                "publisher": "asco-meeting.org (third-party registration/housing site, not ASCO)",
                "title": "ASCO 2026 Annual Meeting - overview (title paraphrased) (publication date approximate)",
                "published_on": date(2026, 5, 29), "language": "en",
                "quote": "The Annual Meeting of the American Society of Clinical Oncology is set to take place at McCormick Place in Chicago, IL, from May 29 to June 2, 2026."},
     "notes": "Only a third-party registration site gives the 2026 dates; verify against asco.org."},
    # ----------------------------------------------------------------- ESMO ---------------
    {"slug": "esmo-2024", "series": "esmo-congress", "year": 2024,
     "name": "ESMO Congress 2024",
     "start_date": date(2024, 9, 13), "end_date": date(2024, 9, 17),
     "city": "Barcelona", "country": "ES", "timezone": "Europe/Madrid",
     "source_reliability": "official",
     "source": {"url": "https://esmo.org/newsroom/press-and-media-hub/esmo-media-releases/esmo-congress-2024-barcelona-spain-13-17-september",
                "publisher": "European Society for Medical Oncology (ESMO)",
                "title": "ESMO Congress 2024 Barcelona, Spain, 13-17 September",
                "published_on": date(2024, 9, 3), "language": "en",
                "quote": "The ESMO Congress 2024 will take place from September 13-17 in Barcelona, bringing together participants from all over the world."}},
    {"slug": "esmo-2025", "series": "esmo-congress", "year": 2025,
     "name": "ESMO Congress 2025",
     "start_date": date(2025, 10, 17), "end_date": date(2025, 10, 21),
     "city": "Berlin", "country": "DE", "timezone": "Europe/Berlin",
     "venue": "Messe Berlin",
     "source_reliability": "press",
     "source": {"url": "https://www.med.muni.cz/en/news/esmo-congress-2025-an-exceptional-experience-from-berlin-through-the-eyes-of-a-medical-student",
                "publisher": "Faculty of Medicine, Masaryk University",
                "title": "ESMO Congress 2025: An Exceptional Experience from Berlin Through the Eyes of a Medical Student",
                "published_on": date(2025, 11, 16), "language": "en",
                "quote": "The Congress of the European Society for Medical Oncology (ESMO) took place from October 17 to 21, 2025, in Berlin."},
     "other_sources": [
         {"url": "https://2-ajmc-ccyz89ae6-mjhls.vercel.app/view/in-its-50th-year-esmo-comes-to-berlin-a-city-transformed",
          "publisher": "AJMC (preview-deployment copy of ajmc.com)",
          "title": "In Its 50th Year, ESMO Comes to Berlin, a City Transformed (publication date approximate)",
          "published_on": date(2025, 10, 16), "language": "en",
          "quote": "The ESMO 2025 Congress, to be held October 17-21 in Messe Berlin"},
     ]},
    # ----------------------------------------------------------------- AACR ---------------
    {"slug": "aacr-2024", "series": "aacr-annual-meeting", "year": 2024,
     "name": "AACR Annual Meeting 2024",
     "start_date": date(2024, 4, 5), "end_date": date(2024, 4, 10),
     "city": "San Diego", "country": "US", "timezone": "America/Los_Angeles",
     "venue": "San Diego Convention Center",
     "source_reliability": "official",
     "source": {"url": "https://www.aacrmeetingnews.org/news/aacr-annual-meeting-2024-chairs-expand-on-theme-inspiring-science-fueling-progress-revolutionizing-care/",
                "publisher": "AACR Annual Meeting News (AACR)",
                "title": "AACR Annual Meeting 2024: Chairs expand on theme ‘Inspiring Science, Fueling Progress, Revolutionizing Care’ (publication date approximate)",
                "published_on": date(2024, 3, 15), "language": "en",
                "quote": "The Annual Meeting 2024 is set for April 5-10 at the San Diego Convention Center in San Diego, California."},
     "other_sources": [
         {"url": "https://www.aacr.org/professionals/research-funding/grantees/title-aacr-grantees-take-the-stage-at-the-2024-aacr-annual-meeting/",
          "publisher": "American Association for Cancer Research (AACR)",
          "title": "AACR Grantees Take the Stage at the AACR Annual Meeting 2024 (publication date approximate)",
          "published_on": date(2024, 4, 10), "language": "en",
          "quote": "The AACR Annual Meeting 2024 took place April 5–10 at the San Diego Convention Center in California"},
     ],
     "notes": "published_on of the main source approximate (article says the meeting is 'only a few weeks away')."},
    {"slug": "aacr-2025", "series": "aacr-annual-meeting", "year": 2025,
     "name": "AACR Annual Meeting 2025",
     "start_date": date(2025, 4, 25), "end_date": date(2025, 4, 30),
     "city": "Chicago", "country": "US", "timezone": "America/Chicago",
     "venue": "McCormick Place",
     "website": "https://www.aacr.org/meeting/aacr-annual-meeting-2025/", "website_seen_in_source": True,
     "source_reliability": "official",
     "source": {"url": "https://aacr.org/about-the-aacr/newsroom/aacr-meeting-news/aacr-annual-meeting-2025-unifying-cancer-science-and-medicine",
                "publisher": "American Association for Cancer Research (AACR)",
                "title": "AACR Annual Meeting 2025: Unifying Cancer Science and Medicine (publication date approximate)",
                "published_on": date(2025, 4, 25), "language": "en",
                "quote": "The American Association for Cancer Research (AACR) will bring together tens of thousands of people in Chicago from April 25 to 30 for the AACR Annual Meeting 2025"},
     "other_sources": [
         {"url": "https://aacr.org/blog/2025/04/09/what-to-know-before-heading-to-the-aacr-annual-meeting-2025",
          "publisher": "AACR (Cancer Research Catalyst blog)",
          "title": "What to Know Before Heading to the AACR Annual Meeting 2025",
          "published_on": date(2025, 4, 9), "language": "en",
          "quote": "As you prepare to blow into the Windy City for the AACR Annual Meeting 2025, April 25-30, or attend virtually"},
     ]},
    {"slug": "aacr-2026", "series": "aacr-annual-meeting", "year": 2026,
     "name": "AACR Annual Meeting 2026",
     "start_date": date(2026, 4, 17), "end_date": date(2026, 4, 22),
     "city": "San Diego", "country": "US", "timezone": "America/Los_Angeles",
     "venue": "San Diego Convention Center",
     "source_reliability": "official",
     "source": {"url": "https://www.aacr.org/?p=868264",
                "publisher": "American Association for Cancer Research (AACR)",
                "title": "AACR Annual Meeting 2026: An Overview From the Chairs (publication date approximate)",
                "published_on": date(2026, 4, 1), "language": "en",
                "quote": "The meeting will be held at the San Diego Convention Center from April 17 to 22."},
     "other_sources": [
         {"url": "https://www.aacr.org/?p=755271",
          "publisher": "American Association for Cancer Research (AACR)",
          "title": "General Information - AACR Annual Meeting 2026 (title paraphrased) (publication date approximate)",
          "published_on": date(2026, 4, 1), "language": "en",
          "quote": "it will be available from April 17th through April 22th."},
     ]},
    # ------------------------------------------------------------------ ASH ---------------
    {"slug": "ash-2024", "series": "ash-annual-meeting", "year": 2024,
     "name": "ASH Annual Meeting 2024",
     "start_date": date(2024, 12, 7), "end_date": date(2024, 12, 10),
     "city": "San Diego", "country": "US", "timezone": "America/Los_Angeles",
     "venue": "San Diego Convention Center",
     "source_reliability": "press",
     "source": {"url": "https://mediamedic.co/93-research-achievements-of-the-institute-of-hematology-blood-diseases-hospital-chinese-academy-of-medical-sciences-were-showcased-at-the-66th-ash/",
                "publisher": "MediaMedic (Hematology Frontier)",
                "title": "93 research achievements of the Institute of Hematology & Blood Diseases Hospital, CAMS were showcased at the 66th ASH (title paraphrased) (publication date approximate)",
                "published_on": date(2024, 12, 10), "language": "en",
                "quote": "The 66th Annual Meeting of the American Society of Hematology (ASH), the largest global academic event in the field of hematology, took place from December 7 to 10, 2024, in San Diego, USA."}},
    {"slug": "ash-2025", "series": "ash-annual-meeting", "year": 2025,
     "name": "ASH Annual Meeting 2025",
     "start_date": date(2025, 12, 6), "end_date": date(2025, 12, 9),
     "city": "Orlando", "country": "US", "timezone": "America/New_York",
     "source_reliability": "press",
     "source": {"url": "https://opmed.doximity.com/articles/preview-of-ash-2025",
                "publisher": "Doximity Op-Med",
                "title": "Preview of ASH 2025 (title paraphrased) (publication date approximate)",
                "published_on": date(2025, 12, 1), "language": "en",
                "quote": "At this year’s American Society of Hematology (ASH) Annual Meeting, December 6 through 9 in Orlando, Florida, over 8,200 abstracts on classical and malignant hematology will be presented."},
     "other_sources": [
         {"url": "https://www.consultantlive.com/view/looking-ahead-ash-68th-meeting-president-robert-negrin-md",
          "publisher": "ConsultantLive / HCPLive",
          "title": "Looking ahead to the 68th ASH meeting with president Robert Negrin, MD (title paraphrased) (publication date approximate)",
          "published_on": date(2025, 12, 15), "language": "en",
          "quote": "The American Society of Hematology (ASH) recently wrapped its 67th Annual Meeting and Exposition in Orlando, Florida"},
     ]},
    {"slug": "ash-2026", "series": "ash-annual-meeting", "year": 2026,
     "name": "ASH Annual Meeting 2026",
     "start_date": date(2026, 12, 12), "end_date": date(2026, 12, 15),
     "city": "New Orleans", "country": "US", "timezone": "America/Chicago",
     "source_reliability": "low",
     "source": {"url": "https://wiki-room.win/index.php/What_Are_the_Exact_Dates_for_ASH_2026_in_New_Orleans%3F",
                "publisher": "wiki-room.win (user-edited/SEO page)",
                "title": "What Are the Exact Dates for ASH 2026 in New Orleans? (publication date approximate)",
                "published_on": date(2026, 1, 1), "language": "en",
                "quote": "the official dates for the 68th ASH Annual Meeting in New Orleans are December 12-15, 2026."},
     "other_sources": [
         {"url": "https://anotepad.com/notes/y3c4w854",
          "publisher": "anotepad.com (user note/SEO page)",
          "title": "What are the Exact Dates for ASH 2026 in New Orleans? A Strategic Guide for Professionals (publication date approximate)",
          "published_on": date(2026, 1, 1), "language": "en",
          "quote": "The ASH annual meeting schedule for 2026 officially features the ASH December 12-15 2026 dates in New Orleans, Louisiana."},
     ],
     "notes": "Only two low-reliability pages (same wording); verify against hematology.org."},
]

for _c in CONFERENCES:
    _c.setdefault("website", _SERIES_SITE[_c["series"]])
    _c.setdefault("website_seen_in_source", False)
    _c.setdefault("other_sources", [])
    _c.setdefault("notes", "")
    _c.setdefault("venue", "")

MISSING_EDITIONS: list[dict] = [
    {"slug": "bio-europe-2026", "series": "bio-europe", "year": 2026,
     "reason": "No stored page gave the 2026 dates or host city (two look-ups: "
               "'BIO-Europe 2026 November Munich EBD Group', 'BIO-Europe 2026 host city next "
               "year announced'). Not guessed."},
    {"slug": "esmo-2026", "series": "esmo-congress", "year": 2026,
     "reason": "No stored page gave the ESMO Congress 2026 dates or city (three look-ups, "
               "incl. 'ESMO Congress 2026 Madrid'); results only returned ESMO 2014/2017/2018/2023 "
               "pages. Not guessed."},
]

# (conference slug, description, source url, quote copied from the excerpt)
DEALS_AT_CONFERENCES: list[tuple[str, str, str, str]] = [
    ("jpm-2024",
     "Johnson & Johnson to acquire Ambrx Biopharma ($2 billion; ADC company) - announced on the "
     "first day of JPM 2024 (BioSpace, '7 Deals Emerge During JPM Week in Strong Start to 2024', "
     "16 Jan 2024, via Patsnap Synapse). Already in demo_data.py (J&J-Ambrx).",
     "https://synapse-patsnap-com.libproxy1.nus.edu.sg/news-detail/1b3e37f5-acaf-32a1-8a6d-c36f25a40cc3-7-deals-emerge-during-jpm-week-in-strong-start-to-2024",
     "With the antibody-drug conjugate (ADC) market red hot, J&J kicked off JPM with big news, announcing the purchase of Ambrx."),
    ("jpm-2024",
     "Merck & Co. to acquire Harpoon Therapeutics (T-cell engagers) for about $680 million - listed "
     "by BioSpace among the '7 Deals Emerge During JPM Week' (16 Jan 2024).",
     "https://synapse-patsnap-com.libproxy1.nus.edu.sg/news-detail/1b3e37f5-acaf-32a1-8a6d-c36f25a40cc3-7-deals-emerge-during-jpm-week-in-strong-start-to-2024",
     "Merck announced it would buy cancer drug developer Harpoon Therapeutics for an estimated $680 million."),
    ("jpm-2024",
     "GSK to acquire Aiolos Bio ($1 billion upfront, up to $400 million more) - listed by BioSpace "
     "among the '7 Deals Emerge During JPM Week' (16 Jan 2024). Axios (12 Jan 2024) lists it among "
     "the JPM-week deal announcements at '$1.4 bi[llion]'.",
     "https://synapse-patsnap-com.libproxy1.nus.edu.sg/news-detail/1b3e37f5-acaf-32a1-8a6d-c36f25a40cc3-7-deals-emerge-during-jpm-week-in-strong-start-to-2024",
     "GSK will acquire Aiolos Bio for $1 billion upfront and potentially another $400 million"),
    ("jpm-2025",
     "Johnson & Johnson to acquire Intra-Cellular Therapies for $14.6 billion - the headline deal of "
     "the first days of JPM 2025, when 'roughly $18 billion of M&A' was announced (ICR; ICR misnames "
     "the target 'Intra-Cellular Therapeutics'). "
     "Already in demo_data.py (J&J-Intra-Cellular).",
     "https://icrinc.com/?p=7653",
     "As always, there were deals to be done: roughly $18 billion of M&A printed out in the first few days of the conference. The headline grabber was Johnson & Johnson, with its acquisition of Intra-Cellular Therapeutics for $14.6 billion"),
    ("jpm-2025",
     "Eli Lilly to acquire Scorpion Therapeutics for up to $2.5 billion - announced at the 43rd "
     "J.P. Morgan Healthcare Conference (myluxepro summary of the conference week; the same sentence "
     "also lists J&J-Intra-Cellular at $14.6 billion and GSK-IDRx at $1 billion).",
     "https://myluxepro.com/en/healthcare-industry-faces-challenges-opportunities-amid-major-conference",
     "Nevertheless, the conference remained a hub for deal-making, with Johnson & Johnson acquiring Intra-Cellular Therapies for $14.6 billion, Eli Lilly purchasing Scorpion Therapeutics for up to $2.5 billion, and GSK acquiring IDRx for $1 billion."),
    ("jpm-2025",
     "GSK to acquire IDRx for $1 billion upfront - one of three deals announced on the morning of "
     "JPM 2025 day 1 (Endpoints News live blog, via Patsnap Synapse). ICR gives '$1.15 billion'.",
     "https://synapse.patsnap.com/organization/ce1783471a7add837e1062d85249c974",
     "This morning had three early announcements: GSK will acquire the privately-held biotech IDRx for $1 billion upfront; Lilly is buying cancer startup Scorpion Therapeutics; and J&J will acquire Intra-Cellular Therapies."),
    ("asco-2025",
     "Bristol Myers Squibb and BioNTech global co-development/co-commercialisation of BNT327 "
     "(PD-L1xVEGF-A bispecific; $1.5B upfront, $2B non-contingent anniversary payments, up to $7.6B "
     "milestones; announced 2 June 2025) - during the 2025 ASCO Annual Meeting "
     "(Pharmaceutical Technology). Already in demo_data.py (BMS-BioNTech 2025).",
     "https://www.pharmaceutical-technology.com/newsletters/bms-outlays-11bn-to-join-biontechs-development-of-bispecific-cancer-drug",
     "The agreement, set against the backdrop of the ongoing 2025 American Society of Clinical Oncology (ASCO) Annual Meeting, will mean BMS and BioNTech jointly share development and manufacturing costs on a 50:50 basis, along with any profits if the drug reaches market."),
]

LOOKUPS_USED = 41  # calls of the `search` tool (corpus "pages"); budget 60


def deal_links() -> dict[str, tuple[str, dict]]:
    """The deals of the demo set that a source ties to a conference: deal slug ->
    (conference slug, the source, which joins the deal's sources). Built from
    :data:`DEALS_AT_CONFERENCES`; Merck–Harpoon and GSK–Aiolos are not in the demo set."""
    by_url = {(conference, url): quote for conference, _, url, quote in DEALS_AT_CONFERENCES}

    def source(conference: str, url: str, publisher: str, title: str, published: date) -> dict:
        return {"key": "conference", "url": url, "publisher": publisher, "title": title,
                "published_on": published, "language": "en", "quote": by_url[(conference, url)]}

    biospace = ("https://synapse-patsnap-com.libproxy1.nus.edu.sg/news-detail/1b3e37f5-acaf-"
                "32a1-8a6d-c36f25a40cc3-7-deals-emerge-during-jpm-week-in-strong-start-to-2024")
    return {
        "jnj-ambrx-acquisition-2024": ("jpm-2024", source(
            "jpm-2024", biospace, "BioSpace (via Patsnap Synapse)",
            "7 Deals Emerge During JPM Week in Strong Start to 2024", date(2024, 1, 16))),
        "jnj-intra-cellular-acquisition-2025": ("jpm-2025", source(
            "jpm-2025", "https://icrinc.com/?p=7653", "ICR",
            "Takeaways from the 2025 J.P. Morgan Healthcare Conference (title paraphrased; "
            "publication date approximate)", date(2025, 1, 17))),
        "lilly-scorpion-acquisition-2025": ("jpm-2025", source(
            "jpm-2025",
            "https://myluxepro.com/en/healthcare-industry-faces-challenges-opportunities-amid-major-conference",
            "myluxepro", "Healthcare industry faces challenges and opportunities amid major "
            "conference (title paraphrased; publication date approximate)", date(2025, 1, 17))),
        "gsk-idrx-acquisition-2025": ("jpm-2025", source(
            "jpm-2025", "https://synapse.patsnap.com/organization/ce1783471a7add837e1062d85249c974",
            "Endpoints News live blog (via Patsnap Synapse)", "JPM 2025 day 1: three early "
            "announcements (title paraphrased; publication date approximate)", date(2025, 1, 13))),
        "bms-biontech-bnt327-2025": ("asco-2025", source(
            "asco-2025",
            "https://www.pharmaceutical-technology.com/newsletters/bms-outlays-11bn-to-join-biontechs-development-of-bispecific-cancer-drug",
            "Pharmaceutical Technology", "BMS outlays $11bn to join BioNTech's development of "
            "bispecific cancer drug", date(2025, 6, 2))),
    }
