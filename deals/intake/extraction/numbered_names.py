"""Company names that open on a number word ("Five Prime"), told apart from counted things."""

from __future__ import annotations

import re

NUMBERS = {"two", "three", "four", "five", "seven"}


def numbered_name(name: str, text: str, legal_form: bool) -> bool:
    """True when ``name`` opens on a number word and the text marks it a company: a legal form
    closes it ("Five Prime Therapeutics, Inc.") or a stock ticker follows it in brackets ("Five
    Prime (FPRX)", "Five Prime (NASDAQ: FPRX)"). Elsewhere a number word counts things ("Five
    Oncology Medicines")."""
    words = name.split()
    if not words or words[0].lower() not in NUMBERS:
        return False
    return legal_form or bool(
        re.search(rf"{re.escape(name)}\s*\((?:[A-Z][\w ]*:\s*)?[A-Z]{{2,5}}\)", text)
    )
