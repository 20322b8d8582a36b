"""Drugs named only as what another drug is made of: no asset of their own."""

from __future__ import annotations

import re


def is_ingredient(sentence: str, name: str) -> bool:
    """True when the lower-case INN ``name`` stands in ``sentence`` only as part of another drug.

    "CPX-8, a hydrophobic docetaxel prodrug nanoparticle": an INN before a noun that makes a new
    drug of it (prodrug, derivative, nanoparticle) describes that drug, as one before "analogue"
    already did. "VYXEOS (cytarabine and daunorubicin liposome injection)": the INNs a brand's
    bracket joins with "and" are the fixed combination's ingredients, and the brand is the drug.
    A single INN glossing a brand ("Rinvoq (upadacitinib)") is that drug's other name and stays.
    """
    if not name.islower():
        return False
    n = re.escape(name)
    if re.search(rf"(?<![\w-]){n}\s+(?:prodrugs?|derivatives?|nanoparticles?)\b", sentence, re.I):
        return True
    # The other ingredient is a word of a drug's length, not "an" or "the" of a gloss
    # ("Opdivo (nivolumab, an anti-PD-1 antibody)" keeps its INN).
    ingredient = r"(?!(?:and|the|also|with|from|formerly|known)\b)[a-z][\w-]{4,}"
    return bool(
        re.search(
            rf"[A-Z][\w-]*[®™]?\s*\(\s*(?:{n}\s*(?:\band\b|/|\+)\s*{ingredient}"
            rf"|{ingredient}\s*(?:\band\b|/|\+)\s*{n}(?![\w-]))[^()]*\)",
            sentence,
        )
    )
