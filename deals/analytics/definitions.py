"""How each statistic is computed, in one sentence each: shown verbatim in the UI and the API."""

from deals.measures import DEFINITIONS as MEASURES

# Shown beside every statistic (HTML) and in the API schema: one wording, one place. The
# measures' own sentences come from their one home, deals/measures.py.
DEFINITIONS: dict[str, str] = {
    "upfront": MEASURES["upfront"],
    "headline": MEASURES["headline"],
    "total_potential": MEASURES["total_potential"],
    "disclosed": "Disclosed: deals where the amount is known in US dollars. Deals whose amount "
    "was not disclosed are counted separately and never enter a statistic as zero.",
    "no_fx_rate": "No FX rate: the amount was reported in a currency with no known rate on the "
    "announcement date, so it has no US dollar value and is left out (not counted as zero).",
    "percentile": "Percentiles are continuous (PostgreSQL percentile_cont): sort the n disclosed "
    "values v₀…vₙ₋₁, take position h = p × (n − 1), and interpolate linearly between "
    "v⌊h⌋ and v⌈h⌉. The 25th percentile is p = 0.25, the 75th p = 0.75.",
    "median": "Median: the 50th percentile. With an even number of values it is the mean of the "
    "two middle values; with an odd number, the middle value.",
    "too_few": "Fewer than 3 disclosed values: no median or quartiles (they would only restate "
    "one or two deals); the values themselves are given instead.",
    "upfront_share": "Upfront share: for each deal with both a disclosed upfront and a reported "
    "headline, upfront ÷ headline; the statistic is the median of those ratios.",
    "no_terms": "No disclosed terms: deals with neither a reported headline nor any disclosed "
    "payment amount.",
    "rounding": "Money statistics are rounded to the cent (half up); pages show shares in whole "
    "percents, the API as fractions to four decimals.",
}


ANALYTICS_DEFINITIONS: dict[str, str] = {
    "deals": "Deals: deals announced in the period, of the classes shown (licensing unless you "
    "pick others). Deals without an announcement date are left out of the time series; "
    "rumoured deals and deals in negotiation are never counted.",
    "value": "Total potential: the sum of each deal's total potential in US dollars (the "
    "reported headline, or the sum of disclosed terms when larger); deals with nothing disclosed "
    "add nothing and are counted in “deals with value” only when they have one.",
    "upfront": DEFINITIONS["upfront"],
    "licensor_country": "Licensor country: where the deal's licensors are based. A deal counts "
    "in each group where it has a licensor, exactly as the licensor_country filter of its "
    "drill-down list (so groups can add up to more than the total). Greater China is CN, HK, "
    "MO and TW; Europe is the EEA, the UK and Switzerland; “Other countries” lie outside these "
    "groups; “Not disclosed” means no licensor with a country on record.",
    "target_country": "Target country: for M&A, where the acquired company is based; the same "
    "groups and the same rule as licensor country.",
    "modality": "Modality: the modality of each asset in the deal. A deal covering two "
    "modalities counts once in each, so groups can add up to more than the total.",
    "therapeutic_area": "Therapeutic area: the areas of the deal's assets. A deal spanning two "
    "areas counts once in each, so groups can add up to more than the total.",
    "deal_type": "Deal type: license, option, collaboration, acquisition and so on, as recorded.",
    "deal_class": "Deal class: licensing, M&A or equity (deal types grouped; see the deal list).",
}
