"""Short forms a text defines for things that are no company."""

from __future__ import annotations

import re

# "metabolic dysfunction-associated steatohepatitis (MASH)", "antibody-drug conjugate (ADC)": a
# short form in brackets after words written in lower case stands for a disease, a class or a
# technique; a company's name is capitalised ("Corvane Bio (CVB)"). Two lower-case words at
# least, so that a lower-case company name ("argenx (ARGX)") keeps its short form.
_AFTER_LOWER_CASE = re.compile(
    r"(?<![\w-])[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){1,6}[ \t]*\((?P<short>[A-Z][A-Za-z0-9-]{1,9})\)"
)


def lower_case_abbreviations(text: str) -> set[str]:
    """The short forms ``text`` defines for lower-case phrases (diseases, classes, methods)."""
    return {m.group("short") for m in _AFTER_LOWER_CASE.finditer(text)}
