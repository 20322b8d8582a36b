"""Places in a company's address that read like names: "a Madison, Wisconsin, company"."""

from __future__ import annotations

import re

# "a Madison, Wisconsin, company", "an Austin, Texas-based biotech": the capitalised word after
# a city and a comma, itself followed by a comma and a word for a company (or by '-based'), is
# the city's state or region, no company. A state of two words ("a Chapel Hill, North Carolina,
# gene therapy company") leaves its second word to be read as the name, after the first.
_CITY_BEFORE = re.compile(
    r"\b(?:an?|the)\s+[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?,\s*"
    r"(?:(?:North|South|East|West|New|Rhode)\s+)?$"
)
# "the Boulder, Colo., company": a state abbreviated with a full stop reads the same.
_COMPANY_WORD_AFTER = re.compile(
    r"^\.?(?:,\s*(?:[a-z][\w-]*\s+){0,3}?(?:company|biotech|biotechnology|startup|start-up|firm|"
    r"drugmaker|developer|biopharma|group)\b|-based\b)"
)


def is_state_in_address(text: str, start: int, end: int) -> bool:
    """True when the one-word name at ``start``..``end`` is the state of a city the text gives
    as a company's address ("a Madison, Wisconsin, company that designs ...")."""
    return (
        " " not in text[start:end]
        and bool(_CITY_BEFORE.search(text[max(0, start - 40) : start]))
        and bool(_COMPANY_WORD_AFTER.match(text[end : end + 60]))
    )
