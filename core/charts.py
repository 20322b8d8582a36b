"""Server-rendered bar charts: plain HTML and CSS bars with a data table beside them.

No chart JavaScript: the bars read without scripts, scale to a phone's width with legible
text, and every chart carries the same numbers as an accessible table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from core.money import compact_money

Number = Decimal | int


@dataclass
class Segment:
    """One series' share of a bar."""

    series: int
    name: str
    value: Number
    width: float  # percent of the chart's widest bar
    text: str
    href: str = ""  # the deal list behind this value, when it has one


@dataclass
class Bar:
    """One category (a country, a year, a modality) with a segment per series."""

    label: str
    segments: list[Segment]
    total: Number
    total_text: str
    href: str = ""


@dataclass
class BarChart:
    """A horizontal bar chart, stacked (parts of a whole) or grouped (overlapping measures)."""

    title: str
    series: list[str]
    bars: list[Bar] = field(default_factory=list)
    stacked: bool = True
    money: bool = True
    caption: str = ""

    @classmethod
    def build(
        cls,
        title: str,
        series: Sequence[str],
        rows: Sequence[
            tuple[str, str, Sequence[Number | None]]
            | tuple[str, str, Sequence[Number | None], Sequence[str]]
        ],
        *,
        stacked: bool = True,
        money: bool = True,
        caption: str = "",
    ) -> BarChart:
        """``rows`` are (label, link, one value per series[, one link per series]); None counts
        as nothing."""

        def text(value: Number) -> str:
            return compact_money(Decimal(value), "USD") if money else f"{value:,}"

        cleaned = [(row[0], row[1], [v or 0 for v in row[2]]) for row in rows]
        links = [list(row[3]) if len(row) > 3 else [] for row in rows]
        if stacked:
            widest = max((sum(values) for _, _, values in cleaned), default=0)
        else:
            widest = max((max(values, default=0) for _, _, values in cleaned), default=0)
        bars = []
        for (label, href, values), hrefs in zip(cleaned, links, strict=True):
            total = sum(values)
            segments = [
                Segment(
                    i,
                    series[i],
                    v,
                    float(v) * 100 / float(widest) if widest else 0.0,
                    text(v),
                    hrefs[i] if i < len(hrefs) else "",
                )
                for i, v in enumerate(values)
            ]
            bars.append(Bar(label, segments, total, text(total), href))
        return cls(title, list(series), bars, stacked, money, caption)

    @property
    def is_empty(self) -> bool:
        return not any(bar.total for bar in self.bars)
