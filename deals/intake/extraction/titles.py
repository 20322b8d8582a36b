"""A speaker's department named between a job title and the company ("Executive Vice
President, Research & Early Development, Halvern") is no company."""

from __future__ import annotations

import re

_JOB_TITLE_BEFORE = re.compile(
    r"\b(?:President|Officer|Director|Head|Lead|Leader|Chair|Chairman|Chairwoman|Manager|"
    r"Partner|Fellow|Scientist)\s*,\s*$"
)


def is_department(text: str, start: int) -> bool:
    """True when the name at ``start`` follows a job title and a comma, and a comma follows it
    in turn: "Senior Vice President, Global Development, Halvern" names Halvern's unit."""
    return bool(_JOB_TITLE_BEFORE.search(text[max(0, start - 40) : start]))


# "Kelvio CEO Ana Reyes said ...": a job title inside a capitalised run joins the company to
# its speaker; the run is no company's name.
_TITLE_INSIDE = re.compile(
    r"\s(?:CEO|CFO|COO|CSO|CMO|CTO|Chairman|Chairwoman|President|Founder|Co-Founder)\s+[A-Z]"
)


def joins_a_speaker(name: str) -> bool:
    """True when ``name`` runs from a company into its speaker's title and name."""
    return bool(_TITLE_INSIDE.search(name))
