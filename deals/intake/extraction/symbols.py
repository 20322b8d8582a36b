"""Symbols that name what a drug acts on or what it treats, not a drug of the deal."""

from __future__ import annotations

import re

# "Nerio's programs target the intracellular phosphatases PTPN2 and PTPN1", "KV-12 targets
# acyl-CoA synthetase 5 (ACSL5)": after the verb "target(s)" come lower-case words, numbers and
# other symbols listed with it, then the symbol (in brackets when it abbreviates the words).
_TARGET_VERB = re.compile(
    r"\btargets?\s+(?:the\s+)?"
    r"(?:(?:[a-z0-9][\w-]*|[A-Z][A-Z0-9-]*\d[A-Z0-9-]*)(?:\s*,\s*|\s+(?:and|or)\s+|\s+)){0,5}\(?$"
)


def targeted_by_verb(before: str) -> bool:
    """Whether a gene-shaped symbol, with ``before`` the sentence up to it, is the object of
    the verb "target": the protein a drug acts on, not a second drug."""
    return bool(_TARGET_VERB.search(before))


def defined_for_phrase(name: str, texts: list[str]) -> bool:
    """ "engineered Treg therapies for type 1 diabetes (T1D) ... Quell's T1D program": a short
    form defined in brackets right after lower-case words whose initials spell it abbreviates
    those words (a disease, an enzyme), wherever else the text uses it; it names no drug. A
    drug's code after its INN ("kelvimab (KV-101)") is spelled by no initials."""
    if not re.fullmatch(r"[A-Z0-9]{2,8}", name):
        return False
    for text in texts:
        for m in re.finditer(r"((?:[a-z0-9][\w-]*\s+){1,8})\(" + re.escape(name) + r"\)", text):
            initials = "".join(w[0] for w in re.split(r"[\s-]+", m.group(1).strip()) if w)
            if initials.upper().endswith(name):
                return True
    return False
