"""Drugs a Korean or Chinese text names in quotes, in Latin letters, after the word for a drug."""

from __future__ import annotations

import re

# "자체 개발한 바이오신약 'LAPS-GCSF'의 ...", "항암 신약 'GB-310'", "候选药物“ABX-12”": a name in
# quotes right after the word for a new drug, a treatment or a candidate is the drug, whatever
# its shape (a code of letters only, "LAPS-GCSF", holds no digit for the code rule to see).
_QUOTED_AFTER_DRUG_WORD = re.compile(
    r"(?:신약|치료제|후보물질|항암제|항체|新药|候选药物|药物|疗法)\s*"
    r"['‘“\"「]([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)['’”\"」]"
)


def quoted_drug_names(sentence: str) -> list[str]:
    """The Latin names ``sentence`` quotes right after a Korean or Chinese word for a drug."""
    return [m.group(1) for m in _QUOTED_AFTER_DRUG_WORD.finditer(sentence)]
