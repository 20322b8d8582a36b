"""Brands a company is said to market: drugs of its own, named by the verb of selling them."""

from __future__ import annotations

import re

from deals.intake.extraction.vocabulary import _INN

_BRAND = r"(?<![\w-])[A-Z](?:[A-Z0-9]{2,}|[a-z]{3,})(?![\w-])"
# "markets the hemophilia therapies Eloctate and Alprolix": brands named right after the noun
# that says they are medicines.
_MARKETED_BRANDS = re.compile(
    r"\b(?:markets|sells|commerciali[sz]es|launched)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:therapies|therapy|medicines?|drugs?|products?|treatments?|brands?)\s+"
    rf"(?P<brands>{_BRAND}[®™]?(?:\s*,\s*{_BRAND}[®™]?)*(?:,?\s+and\s+{_BRAND}[®™]?)?)"
)
# "Myovant markets ORGOVYX for advanced prostate cancer and MYFEMBREE for uterine fibroids":
# with no such noun, the condition each brand is sold for, in lower case after "for", says
# they are medicines; every brand of the list takes its own "for".
_BRAND_FOR = rf"({_BRAND})[®™]?\s+for\s+(?:the\s+)?(?:treatment\s+of\s+)?[a-z]"
# "recently won U.S. approval for ZERBAXA for complicated intra-abdominal infections": a brand
# approved for a condition is a medicine, as one sold for it is.
_MARKETED_FOR = re.compile(
    rf"\b(?:markets|sells|commerciali[sz]es|approval\s+(?:for|of))\s+{_BRAND_FOR}"
)
_NEXT_BRAND_FOR = re.compile(rf"(?:,|,?\s+and)\s+{_BRAND_FOR}")
# "the hospital antibiotic CUBICIN", "the new generation immunoglobulin Yimmugo": a brand
# right after an article and the noun that says it is a medicine names it, with or without a
# verb of selling; the brand ends a phrase (a comma, a bracket, "and", "for", a verb after it).
_CLASS_BRAND = re.compile(
    r"\b(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:antibiotic|antifungal|antiviral|vaccine|immunoglobulin|biologic|insulin|drug|medicine|"
    r"therapy|treatment)\s+"
    rf"({_BRAND})[®™]?(?=\s*(?:[,.;:(]|$)|\s+(?:and|or|for|in|is|was|which|has|had|to)\b)"
)
# "Xofigo (radium-223 dichloride)", "Filsuvez (birch triterpenes) topical gel": a brand glossed
# in brackets by its lower-case generic name of two or three words is a medicine (a one-word
# gloss is read as the INN that names the drug alone, assets.py); a bracket that
# opens with a word of reference ("formerly", "together", "the") glosses no drug. A gloss that
# is an INN ("Rinvoq (upadacitinib)") is found as the INN, the same drug, so the brand is not
# added beside it.
_BRAND_GLOSSED = re.compile(
    rf"({_BRAND})[®™]?\s*\(\s*(?!(?:{_INN.pattern}))(?!(?:formerly|together|collectively|including|previously|"
    r"known|the|an?|and|or|see|now|then|each|both|also|which|who|ticker|nasdaq|nyse)\b)"
    r"[a-z][a-z0-9-]{3,}(?:\s+[a-z][a-z0-9-]*){1,2}\s*\)"
)
# What ends the list: the sentence, or a clause about something else.
_LIST_END = re.compile(r"[.;]|,?\s+(?:while|whereas|but|which|and\s+(?:is|are|has|will))\b")
_NOT_BRANDS = {
    "the",
    "and",
    "for",
    "with",
    "in",
    "its",
    "products",
    "medicines",
    "drugs",
    "therapies",
    "treatments",
    "devices",
    "vaccines",
}


def marketed_brands(sentence: str) -> list[str]:
    """The brands ``sentence`` says a company markets, sells or has launched, those it calls
    medicines by the noun before them, and those glossed by a generic name in brackets."""
    names = [
        b
        for m in _MARKETED_BRANDS.finditer(sentence)
        for b in re.findall(_BRAND, m.group("brands"))
        if b.lower() not in _NOT_BRANDS
    ]
    names.extend(b for b in _CLASS_BRAND.findall(sentence) if b.lower() not in _NOT_BRANDS)
    names.extend(b for b in _BRAND_GLOSSED.findall(sentence) if b.lower() not in _NOT_BRANDS)
    for m in _MARKETED_FOR.finditer(sentence):
        end = _LIST_END.search(sentence, m.end())
        rest = sentence[m.end() : end.start() if end else len(sentence)]
        found = [m.group(1), *(n.group(1) for n in _NEXT_BRAND_FOR.finditer(rest))]
        names.extend(b for b in found if b.lower() not in _NOT_BRANDS)
    return names
