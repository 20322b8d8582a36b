"""The money measures of a deal, defined once: upfront, committed, milestones, disclosed,
headline and total potential.

Every surface that shows or computes one of them takes it from here:

- the columns that store them on each deal, written by ``refresh_totals()`` from the ORM
  expressions of :func:`live_annotations` on every save, and checked against them;
- the SQL that PostgreSQL-built JSON, the HTML table rows and the analytics use
  (:func:`sql_sums`, :func:`sql_total_potential`);
- the per-deal computation in Python (:func:`totals`), the oracle the tests hold the
  others to;
- the one sentence per measure that pages, the API schema and exports show readers
  (:data:`DEFINITIONS`).

The benchmark floor (``bench/floor.py``) is deliberately *not* built from this module: it is
an independent implementation that the benchmark checks against the app's output.

Each sum is over the deal's *disclosed* payment terms with a known US dollar value; it is
None (undisclosed, never zero) when no term it covers is disclosed with one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol, TypedDict

from django.db import models
from django.db.models import Q

from core.money import plus


class MoneyShape(TypedDict):
    """The shape of every money column: 20 digits, 2 decimals (``**MONEY`` in a field)."""

    max_digits: int
    decimal_places: int


MONEY: MoneyShape = {"max_digits": 20, "decimal_places": 2}

# Payment kinds, by what they are. PaymentComponent.Kind holds the full list.
# For M&A the price paid at closing plays the part of the upfront (deals/classes.py).
UPFRONT_KINDS = ("upfront_cash", "upfront_equity", "acquisition_price")
MILESTONE_KINDS = (
    "development_milestones",
    "regulatory_milestones",
    "commercial_milestones",
    "milestones",
)
# Milestones and CVRs are contingent by definition; the rest depends on the deal.
ALWAYS_CONTINGENT_KINDS = (*MILESTONE_KINDS, "cvr")


@dataclass(frozen=True)
class ComponentSum:
    """A measure that sums some of a deal's disclosed payment terms, in US dollars."""

    key: str
    label: str
    definition: str
    kinds: tuple[str, ...] | None = None  # None: every kind
    non_contingent_only: bool = False

    def payment_q(self, prefix: str = "") -> Q:
        """The payments this measure sums, as a Q over PaymentComponent (``prefix`` for a
        path from another model, e.g. ``"payments__"``)."""
        q = Q(**{f"{prefix}disclosed": True})
        if self.kinds is not None:
            q &= Q(**{f"{prefix}kind__in": self.kinds})
        if self.non_contingent_only:
            q &= Q(**{f"{prefix}contingent": False})
        return q

    def sql_condition(self, alias: str) -> str:
        """The same condition in SQL over ``deals_paymentcomponent`` aliased ``alias``."""
        parts = [f"{alias}.disclosed"]
        if self.kinds is not None:
            kinds = ", ".join(f"'{kind}'" for kind in self.kinds)
            parts.append(f"{alias}.kind IN ({kinds})")
        if self.non_contingent_only:
            parts.append(f"NOT {alias}.contingent")
        return " AND ".join(parts)

    def covers(self, payment: PaymentLike) -> bool:
        """Whether this measure sums ``payment`` (a component or anything shaped like one)."""
        return bool(
            payment.disclosed
            and (self.kinds is None or payment.kind in self.kinds)
            and not (self.non_contingent_only and payment.contingent)
        )


class PaymentLike(Protocol):
    """What a measure reads of a payment term."""

    kind: str
    disclosed: bool
    contingent: bool
    amount_usd: Decimal | None


UPFRONT = ComponentSum(
    "upfront",
    "Upfront",
    "Upfront: disclosed upfront cash plus upfront equity (for M&A, the price paid at closing), "
    "in US dollars at the rate on the announcement date.",
    kinds=UPFRONT_KINDS,
)
COMMITTED = ComponentSum(
    "committed",
    "Committed",
    "Committed: every disclosed non-contingent payment, one that does not depend on a future "
    "event (upfront, near-term and guaranteed payments, research funding...), in US dollars.",
    non_contingent_only=True,
)
MILESTONES = ComponentSum(
    "milestones",
    "Milestones (biobucks)",
    "Milestones (“biobucks”): disclosed development, regulatory and commercial milestones, in "
    "US dollars. Contingent: most may never be paid.",
    kinds=MILESTONE_KINDS,
)
DISCLOSED = ComponentSum(
    "disclosed",
    "Disclosed terms",
    "Disclosed terms: the sum of every disclosed payment term, in US dollars.",
)
COMPONENT_SUMS = (UPFRONT, COMMITTED, MILESTONES, DISCLOSED)

HEADLINE_DEFINITION = (
    "Headline: the total value as reported (“up to $5.6B”), in US dollars at the rate on the "
    "announcement date. Mostly contingent milestones."
)
TOTAL_POTENTIAL_DEFINITION = (
    "Total potential: the larger of the reported headline and the sum of all disclosed payment "
    "terms, in US dollars (a partial breakdown never hides a larger reported total). Milestones "
    "are contingent: most of this may never be paid."
)

# key -> the sentence readers see beside the figure (pages, API schema, exports).
DEFINITIONS: dict[str, str] = {
    **{measure.key: measure.definition for measure in COMPONENT_SUMS},
    "headline": HEADLINE_DEFINITION,
    "total_potential": TOTAL_POTENTIAL_DEFINITION,
}
LABELS: dict[str, str] = {
    **{measure.key: measure.label for measure in COMPONENT_SUMS},
    "headline": "Headline (reported)",
    "total_potential": "Total potential",
}


# --- Python: the definition itself -----------------------------------------------------------


def total_potential(disclosed: Decimal | None, headline: Decimal | None) -> Decimal | None:
    """The larger of the disclosed sum and the headline; either one when the other is None."""
    if disclosed is None:
        return headline
    if headline is None:
        return disclosed
    return max(disclosed, headline)


def totals(payments: Iterable[PaymentLike], headline_usd: Decimal | None) -> dict[str, Any]:
    """Every measure of one deal from its payment terms and headline (USD), by key."""
    payments = list(payments)
    result: dict[str, Decimal | None] = {}
    for measure in COMPONENT_SUMS:
        value: Decimal | None = None
        for payment in payments:
            if measure.covers(payment) and payment.amount_usd is not None:
                value = plus(value, payment.amount_usd)
        result[measure.key] = value
    result["headline"] = headline_usd
    result["total_potential"] = total_potential(result["disclosed"], headline_usd)
    return result


# --- ORM ----------------------------------------------------------------------------------------


def live_annotations(payment_model: type[models.Model]) -> dict[str, Any]:
    """``<key>_usd`` annotations for a Deal queryset: one correlated sum per component measure
    and the total potential (``refresh_totals()``, ``with_live_totals()``)."""
    payments = payment_model._default_manager.filter(deal=models.OuterRef("pk"))

    def _sum(measure: ComponentSum) -> models.Subquery:
        total = (
            payments.filter(measure.payment_q())
            .order_by()
            .values("deal")
            .annotate(s=models.Sum("amount_usd"))
            .values("s")
        )
        return models.Subquery(total, output_field=models.DecimalField(**MONEY))

    sums: dict[str, Any] = {f"{measure.key}_usd": _sum(measure) for measure in COMPONENT_SUMS}
    headline = models.F("headline_amount_usd")
    sums["total_potential_usd"] = orm_total_potential(sums["disclosed_usd"], headline)
    return sums


# The Deal columns that hold the measures (written by DealQuerySet.refresh_totals()).
STORED = (*(f"{measure.key}_usd" for measure in COMPONENT_SUMS), "total_potential_usd")


def orm_total_potential(disclosed: Any, headline: Any) -> models.Func:
    """:func:`total_potential` as an ORM expression over two USD expressions."""
    from django.db.models.functions import Coalesce, Greatest

    return Greatest(
        Coalesce(disclosed, headline),
        Coalesce(headline, disclosed),
        output_field=models.DecimalField(**MONEY),
    )


# --- SQL --------------------------------------------------------------------------------------


def sql_sums(alias: str = "pc") -> dict[str, str]:
    """Aggregate SQL for each component measure over payments aliased ``alias`` (one pass):
    ``sum(pc.amount_usd) FILTER (WHERE …)`` by key. Constant text, no values."""
    return {
        measure.key: f"sum({alias}.amount_usd) FILTER (WHERE {measure.sql_condition(alias)})"
        for measure in COMPONENT_SUMS
    }


def sql_total_potential(disclosed: str, headline: str) -> str:
    """:func:`total_potential` in SQL over two USD expressions (PostgreSQL and SQLite)."""
    return (
        f"CASE WHEN {disclosed} IS NULL THEN {headline} WHEN {headline} IS NULL THEN {disclosed} "
        f"WHEN {disclosed} > {headline} THEN {disclosed} ELSE {headline} END"
    )
