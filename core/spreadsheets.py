"""Spreadsheet safety: text that a spreadsheet would run as a formula is escaped on export
(a leading apostrophe) and unescaped on import, so a round trip is exact."""

from __future__ import annotations

from typing import Any

# Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (or, for
# tab and carriage return, shift it into one): OWASP's CSV-injection list.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value: Any) -> Any:
    """Prefix text that starts like a formula with an apostrophe; other values pass through."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return f"'{value}"
    return value


def unescape_formula(value: Any) -> Any:
    """Undo :func:`escape_formula`: "'=SUM(A1)" imports as "=SUM(A1)"."""
    if isinstance(value, str) and value.startswith("'") and value[1:2].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value
