"""The data check: the one home of the rules a stored deal database must keep.

``manage.py check_data`` runs :func:`check` and prints what it finds; the tests run it on the
demo set, so every stored fact there keeps its source. The rules are those a fact-checker
applies to a deal record:

* every deal has at least one source;
* every disclosed amount (headline, payment term, event) has a currency, a source and a quoted
  sentence in which that amount appears at the same scale ("$5 million" never vouches for
  5,000,000,000), in the stated currency or as a conversion of it;
* conference editions end on or after they start, in the year they are filed under;
* dates lie in the sane range (:mod:`deals.dates`);
* the stored money measures equal the live computation from the payments;
* likely duplicates (same parties, assets and announcement date; two targets with one gene
  symbol or one folded name) are flagged as warnings for an analyst to merge or explain.

Errors make the command exit non-zero; warnings are printed and left to an analyst.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from django.core.exceptions import ValidationError
from django.db.models import Prefetch

from companies.models import Target
from companies.names import normalize_name
from deals.dates import validate_deal_date
from deals.intake.extraction.amounts import parse_money
from deals.measures import STORED
from deals.models import Conference, Deal, DealEvent, PaymentComponent, Source

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One thing the check found: which rule, on which record, and what is wrong."""

    severity: Severity
    rule: str
    subject: str
    message: str

    def __str__(self) -> str:
        return f"{self.severity.upper():7} {self.rule:18} {self.subject}: {self.message}"


# A number with its scale word and no currency mark: "a milestone payment of 10 million".
_BARE_AMOUNT = re.compile(
    r"(?<![\w$€£¥₩.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def amount_in_quote(amount: Decimal, currency: str, quote: str) -> bool:
    """Whether ``quote`` states ``amount`` in ``currency`` at its scale.

    The quote's amounts are read with the intake's money reader, so "$1.7 billion", "US$1.7bn",
    "1,700 million dollars" and "12億1750万ドル" all vouch for 1,700,000,000 USD (or
    1,217,500,000); "$1.7 million" does not. A number written with its scale word but no
    currency ("... and a milestone of 10 million") counts when the quote states that currency
    for another amount, as releases do when they list several payments.
    """
    found = parse_money(quote)
    if any(money.amount == amount and money.currency == currency for money in found):
        return True
    if not any(money.currency == currency for money in found):
        return False
    return any(
        Decimal(number.replace(",", "")) * _SCALES[scale.lower()] == amount
        for number, scale in _BARE_AMOUNT.findall(quote)
    )


def _deal_label(deal: Deal) -> str:
    return f"deal {deal.slug}"


def _money_findings(
    label: str,
    amount: Decimal | None,
    currency: str,
    source: Source | None,
    quote: str,
    *,
    rule: str,
) -> Iterator[Finding]:
    if amount is None:
        return
    if not currency:
        yield Finding("error", "currency", label, f"{amount} has no currency")
        return
    if source is None:
        yield Finding("error", "amount-source", label, f"{currency} {amount} names no source")
    if not quote.strip():
        yield Finding("error", "amount-quote", label, f"{currency} {amount} quotes no sentence")
    elif not amount_in_quote(amount, currency, quote):
        yield Finding(
            "error",
            rule,
            label,
            f"{currency} {amount:,.0f} does not appear at that scale in the quote “{quote[:120]}”",
        )


def _date_findings(label: str, field: str, value: date | None) -> Iterator[Finding]:
    try:
        validate_deal_date(value)
    except ValidationError as error:
        yield Finding("error", "date-range", label, f"{field} {value}: {error.messages[0]}")


def check_deals(deals: Iterable[Deal]) -> Iterator[Finding]:
    """The rules that look at one deal at a time."""
    for deal in deals:
        label = _deal_label(deal)
        sources = list(deal.sources.all())
        if not sources:
            yield Finding("error", "deal-source", label, "has no source")
        for source in sources:
            yield from _date_findings(
                label, f"source {source.url} published_on", source.published_on
            )
        yield from _date_findings(label, "announced_on", deal.announced_on)
        yield from _date_findings(label, "signed_on", deal.signed_on)
        yield from _money_findings(
            f"{label} headline",
            deal.headline_amount,
            deal.headline_currency,
            deal.headline_source,
            deal.headline_quote,
            rule="headline-quote",
        )
        for payment in deal.payments.all():
            if not payment.disclosed:
                continue
            yield from _money_findings(
                f"{label} {payment.kind}",
                payment.amount,
                payment.currency,
                payment.source,
                payment.quote,
                rule="payment-quote",
            )
        for event in deal.events.all():
            yield from _date_findings(label, f"{event.kind} event", event.date)
            if event.amount is not None and not event.currency:
                yield Finding(
                    "error", "currency", f"{label} {event.kind}", "amount has no currency"
                )
            if event.amount is not None and event.source is None:
                yield Finding(
                    "error", "amount-source", f"{label} {event.kind}", "amount names no source"
                )
        live = {name: getattr(deal, f"live_{name}") for name in STORED}
        for name, value in live.items():
            stored = getattr(deal, name)
            if stored != value:
                yield Finding(
                    "error",
                    "stored-measure",
                    label,
                    f"stored {name} {stored} differs from the live computation {value}",
                )


def check_conferences(conferences: Iterable[Conference]) -> Iterator[Finding]:
    """Editions end on or after they start, in their own year, within the sane range."""
    for conference in conferences:
        label = f"conference {conference.slug}"
        if conference.end_date < conference.start_date:
            yield Finding(
                "error",
                "conference-dates",
                label,
                f"ends {conference.end_date} before it starts {conference.start_date}",
            )
        if conference.year != conference.start_date.year:
            yield Finding(
                "error",
                "conference-dates",
                label,
                f"filed under {conference.year} but starts {conference.start_date}",
            )
        yield from _date_findings(label, "start_date", conference.start_date)
        yield from _date_findings(label, "end_date", conference.end_date)
        if not conference.source_url:
            yield Finding("warning", "conference-source", label, "has no source")


def check_duplicates(deals: Iterable[Deal]) -> Iterator[Finding]:
    """Deals with the same parties, assets and announcement date; targets named twice."""
    groups: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for deal in deals:
        key = (
            frozenset(party.company_id for party in deal.parties.all()),
            frozenset(link.asset_id for link in deal.deal_assets.all()),
            deal.announced_on,
        )
        groups[key].append(deal.slug)
    for slugs in groups.values():
        if len(slugs) > 1:
            yield Finding(
                "warning",
                "duplicate-deal",
                ", ".join(sorted(slugs)),
                "same parties, assets and announcement date",
            )
    by_symbol: dict[str, list[str]] = defaultdict(list)
    by_name: dict[str, list[str]] = defaultdict(list)
    for target in Target.objects.order_by("slug"):
        if target.gene_symbol:
            by_symbol[target.gene_symbol.upper()].append(target.slug)
        by_name[normalize_name(target.name)].append(target.slug)
    for kind, index in (("gene symbol", by_symbol), ("name", by_name)):
        for shared, named in index.items():
            if len(named) > 1:
                yield Finding(
                    "warning", "duplicate-target", ", ".join(named), f"share the {kind} {shared}"
                )


def check() -> list[Finding]:
    """Every finding on the whole database, errors first."""
    deals = list(
        Deal.objects.with_live_totals()
        .select_related("headline_source")
        .prefetch_related(
            "sources",
            "parties",
            "deal_assets",
            _prefetch(PaymentComponent, "payments"),
            _prefetch(DealEvent, "events"),
        )
        .order_by("slug")
    )
    findings = [
        *check_deals(deals),
        *check_conferences(Conference.objects.order_by("slug")),
        *check_duplicates(deals),
    ]
    return sorted(findings, key=lambda f: f.severity != "error")


def _prefetch(model: type[PaymentComponent] | type[DealEvent], name: str) -> Prefetch:
    return Prefetch(name, queryset=model.objects.select_related("source"))
