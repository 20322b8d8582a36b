"""Deal classes and the counting rule: which deals a statistic pools, and which are not deals yet.

Analysts keep licensing and M&A apart (BioCentury and DealForma do): Pfizer–Seagen's $43B would
otherwise dominate every licensing median of 2023. Each deal type belongs to exactly one class:

- ``licensing``: licenses, options to license, collaborations, platform/technology licenses;
- ``m_and_a``: company acquisitions, mergers and **asset purchases** (an asset purchase moves
  ownership of the asset outright for a price, like an acquisition, rather than granting
  rights while the originator keeps the asset);
- ``equity``: equity investments.

For M&A the price paid at closing plays the part of the upfront, and CVRs are contingent, so
M&A statistics are meaningful on their own (see deals/measures.py).

**Pipeline is not a deal.** Rumoured deals and deals in negotiation are listed with their
sources but never enter counts, totals or statistics: lists leave them out unless a ``status``
filter asks for them, and pages list them apart ("In negotiation").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.db.models import Case, Q, Value, When


class DealClass(models.TextChoices):
    """The class of a deal, derived from its type (:data:`TYPE_CLASSES`)."""

    LICENSING = "licensing", "Licensing"
    M_AND_A = "m_and_a", "M&A"
    EQUITY = "equity", "Equity"


# deal type (Deal.Type values) -> class. Every type is in exactly one class (tested).
TYPE_CLASSES: dict[str, str] = {
    "license": DealClass.LICENSING,
    "option": DealClass.LICENSING,
    "collaboration": DealClass.LICENSING,
    "platform_license": DealClass.LICENSING,
    "acquisition": DealClass.M_AND_A,
    "merger": DealClass.M_AND_A,
    "asset_purchase": DealClass.M_AND_A,
    "equity": DealClass.EQUITY,
}

# What statistics surfaces (comps, analytics, home figures, conference totals) show unless the
# reader picks other classes.
DEFAULT_STATISTICS_CLASS = DealClass.LICENSING

# Statuses of deals that are not deals yet.
PIPELINE_STATUSES = ("rumored", "negotiation")

DEFINITIONS = {
    "deal_class": (
        "Deal class: licensing (licenses, options, collaborations, platform licenses), M&A "
        "(acquisitions, mergers, asset purchases) or equity. Statistics never pool classes "
        "unless you pick several."
    ),
    "pipeline": (
        "Rumoured deals and deals in negotiation are listed apart and never counted in totals "
        "or statistics."
    ),
}


def with_default_class(params: Any, default: str = DEFAULT_STATISTICS_CLASS) -> tuple[Any, bool]:
    """``params`` (a QueryDict or dict) with ``deal_class=default`` when the reader picked none,
    and whether the default was applied (pages say so and offer the other classes)."""
    picked = (
        params.getlist("deal_class") if hasattr(params, "getlist") else params.get("deal_class")
    )
    if picked and any(str(v).strip() for v in (picked if isinstance(picked, list) else [picked])):
        return params, False
    if hasattr(params, "setlist"):
        params = params.copy()
        params.setlist("deal_class", [default])
    else:
        params = {**params, "deal_class": [default]}
    return params, True


def class_of(deal_type: str) -> str:
    """The class of a deal type."""
    return str(TYPE_CLASSES[deal_type])


def class_expression() -> Case:
    """The class as a database expression over ``deal_type`` (the generated column)."""
    whens = [
        When(
            deal_type__in=[t for t, c in TYPE_CLASSES.items() if c == deal_class],
            then=Value(deal_class.value),
        )
        for deal_class in DealClass
    ]
    return Case(*whens, default=Value(""), output_field=models.CharField(max_length=12))


def counted(prefix: str = "") -> Q:
    """Deals that count: not rumoured, not in negotiation (``prefix`` for a related path)."""
    return ~Q(**{f"{prefix}status__in": PIPELINE_STATUSES})


def pipeline(prefix: str = "") -> Q:
    """Deals that do not count yet: rumoured or in negotiation."""
    return Q(**{f"{prefix}status__in": PIPELINE_STATUSES})


class UnknownClass(ValueError):
    """A ``deal_class`` value that names no class (a 400 naming ``deal_class``)."""


@dataclass(frozen=True)
class ClassChoice:
    """Which deal classes a statistics page shows, and the one-click links to the others."""

    selected: list[str]
    defaulted: bool  # the reader picked none: the page says it shows licensing by default
    options: list[tuple[str, str, bool]]  # (label, url, current)

    @property
    def label(self) -> str:
        names = dict(DealClass.choices)
        return " and ".join(str(names[c]) for c in self.selected)


def class_choice(params: Any, path: str = "") -> ClassChoice:
    """The classes ``params`` (a QueryDict) asks a statistics page for, licensing by default,
    with links that switch to each class alone or to all of them (never silently pooled)."""
    given = [v.strip() for v in params.getlist("deal_class") if v.strip()]
    unknown = sorted(set(given) - {c.value for c in DealClass})
    if unknown:
        known = ", ".join(c.value for c in DealClass)
        raise UnknownClass(f"“{unknown[0]}” is not a deal class: use {known}.")
    selected = [c.value for c in DealClass if c.value in given] or [DEFAULT_STATISTICS_CLASS.value]
    options = []
    every = [c.value for c in DealClass]
    for label, classes_ in [(str(c.label), [c.value]) for c in DealClass] + [("All", every)]:
        query = params.copy()
        query.setlist("deal_class", classes_)
        query.pop("page", None)
        options.append((label, f"{path}?{query.urlencode()}", classes_ == selected))
    return ClassChoice(selected, not given, options)
