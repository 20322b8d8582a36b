"""The rights map as a server-rendered SVG: one shape per country, coloured by its holder.

Shapes come from the vendored ``data/world-110m.json`` (Natural Earth via world-atlas; see
``data/LICENSE.md``); nothing is fetched at run time. The map repeats the rights table, which
stays the accessible alternative: the SVG is one labelled image, each shape with a tooltip.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from deals.regions import label as country_label
from deals.rights.derive import Basis
from deals.rights.load import AssetRights

DATA = Path(__file__).resolve().parent / "data" / "world-110m.json"
# Colour slots for holders (CSS classes rights-h0..h5); later holders share the last one.
SLOTS = 6


@cache
def shapes() -> dict[str, Any]:
    """The country shapes, read once per process."""
    data: dict[str, Any] = json.loads(DATA.read_text())
    return data


def legend(rights: AssetRights) -> list[dict[str, str]]:
    """Holders in map colour order: one entry per (holder, basis) among the main holdings."""
    return [{"slot": str(slot), "text": text} for text, slot in _slots(rights).items()]


def _holder_text(rights: AssetRights, company_id: int | None, basis: Basis) -> str:
    name = "Undisclosed"
    for row in rights.rows:
        if row.company is not None and row.company.pk == company_id:
            name = row.company.name
            break
    else:
        if company_id is not None and rights.owner is not None and rights.owner.pk == company_id:
            name = rights.owner.name
    return f"{name} ({_basis_word(basis)})"


def _slots(rights: AssetRights) -> dict[str, int]:
    slots: dict[str, int] = {}
    for row in rights.rows:
        if row.basis == Basis.OPTION:
            continue
        text = f"{row.company.name if row.company else 'Undisclosed'} ({_basis_word(row.basis)})"
        if text not in slots:
            slots[text] = min(len(slots), SLOTS - 1)
    return slots


def _basis_word(basis: str) -> str:
    return {"license": "licensee", "acquisition": "by acquisition", "retained": "retained",
            "option": "option"}[basis]  # fmt: skip


def render(rights: AssetRights) -> SafeString:
    """The SVG of ``rights``: holder colours, optioned countries outlined, the rest neutral."""
    data = shapes()
    slots = _slots(rights)
    by_country = rights.rights.by_country
    paths = []
    for code, d in data["countries"].items():
        holdings = by_country.get(code, [])
        main = holdings[0] if holdings else None
        classes = ["c"]
        tip = country_label(code)
        if main is not None and main.deal is not None:
            text = _holder_text(rights, main.company, main.basis)
            classes.append(f"h{slots.get(text, SLOTS - 1)}")
            tip += f": {text}"
        else:
            tip += ": not licensed"
        options = [h for h in holdings[1:] if h.basis == Basis.OPTION]
        if options:
            classes.append("opt")
            tip += "; option: " + ", ".join(
                _holder_text(rights, h.company, h.basis) for h in options
            )
        paths.append(
            format_html(
                '<path class="{}" d="{}"><title>{}</title></path>', " ".join(classes), d, tip
            )
        )
    title = f"Map of who holds {rights.asset.name} in each country"
    return mark_safe(  # noqa: S308  # nosec B308 B703 - every value above went through format_html / escape
        f'<svg class="world-map" viewBox="0 0 {data["width"]:g} {data["height"]:g}" role="img" '
        f'aria-labelledby="rights-map-title" preserveAspectRatio="xMidYMid meet">'
        f'<title id="rights-map-title">{escape(title)}</title>{"".join(paths)}</svg>'
    )
