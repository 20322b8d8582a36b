"""What the extractor returns: candidate deals with their parties, assets, payments and quotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from companies.names import normalize_name


@dataclass
class CompanyRef:
    """A company the directory knows: its slug and display name."""

    slug: str
    name: str
    pk: int | None = None


@dataclass
class AssetRef:
    """An asset the directory knows."""

    slug: str
    name: str
    pk: int | None = None


@dataclass
class Directory:
    """Known companies and assets, keyed by :func:`companies.names.normalize_name` forms."""

    companies: dict[str, CompanyRef] = field(default_factory=dict)
    assets: dict[str, AssetRef] = field(default_factory=dict)

    def add_company(self, ref: CompanyRef, *names: str) -> None:
        for name in names:
            if name:
                self.companies.setdefault(normalize_name(name, strip_legal=True), ref)

    def add_asset(self, ref: AssetRef, *names: str) -> None:
        for name in names:
            if name:
                self.assets.setdefault(normalize_name(name), ref)


@dataclass
class Party:
    """A party of a candidate deal; ``company_slug`` is set when it matched a known company."""

    role: str
    name: str
    company_slug: str | None
    disclosed: bool
    quote: str
    confidence: float
    as_reported: str = ""


@dataclass
class AssetCandidate:
    """An asset named in a candidate deal, with what the text says about it."""

    name: str
    asset_slug: str | None
    quote: str
    confidence: float
    modality: str = ""
    targets: list[str] = field(default_factory=list)
    therapeutic_areas: list[str] = field(default_factory=list)


@dataclass
class Payment:
    """One money term: disclosed with amount and currency, or stated to be undisclosed."""

    kind: str
    amount: Decimal | None
    currency: str | None
    disclosed: bool
    quote: str
    confidence: float
    as_written: str = ""


@dataclass
class Candidate:
    """One deal the text appears to describe."""

    deal_type: str = "license"
    status: str = "announced"
    announced_on: date | None = None
    announced_on_precision: str = "day"
    exclusive: bool | None = None
    parties: list[Party] = field(default_factory=list)
    assets: list[AssetCandidate] = field(default_factory=list)
    headline: Payment | None = None
    payments: list[Payment] = field(default_factory=list)
    territory: dict[str, list[str]] = field(
        default_factory=lambda: {"included": [], "excluded": []}
    )
    royalty: str = ""
    modality: str = ""
    targets: list[str] = field(default_factory=list)
    therapeutic_areas: list[str] = field(default_factory=list)
    quotes: dict[str, str] = field(default_factory=dict)
    confidences: dict[str, float] = field(default_factory=dict)
    terms_disclosed: bool = True

    @property
    def confidence(self) -> float:
        """The candidate's confidence: the mean of its fields' confidences."""
        values = list(self.confidences.values())
        return round(sum(values) / len(values), 2) if values else 0.0

    def to_dict(self) -> dict[str, Any]:
        """docs/contract.md's "Extraction output" object, plus quotes and confidences."""

        def money(p: Payment) -> dict[str, Any]:
            return {
                "kind": p.kind,
                "amount": _decimal_str(p.amount),
                "currency": p.currency,
                "disclosed": p.disclosed,
                "as_written": p.as_written,
                "quote": p.quote,
                "confidence": p.confidence,
            }

        return {
            "deal_type": self.deal_type,
            "status": self.status,
            "announced_on": self.announced_on.isoformat() if self.announced_on else None,
            "announced_on_precision": self.announced_on_precision if self.announced_on else None,
            "exclusive": self.exclusive,
            "parties": [
                {
                    "role": p.role,
                    "name": p.name,
                    "company_slug": p.company_slug,
                    "disclosed": p.disclosed,
                    "name_as_reported": p.as_reported or p.name,
                    "quote": p.quote,
                    "confidence": p.confidence,
                }
                for p in self.parties
            ],
            "assets": [
                {
                    "name": a.name,
                    "asset_slug": a.asset_slug,
                    "modality": a.modality,
                    "targets": a.targets,
                    "therapeutic_areas": a.therapeutic_areas,
                    "quote": a.quote,
                    "confidence": a.confidence,
                }
                for a in self.assets
            ],
            "headline": (
                {
                    "amount": _decimal_str(self.headline.amount),
                    "currency": self.headline.currency,
                    "as_written": self.headline.as_written,
                    "quote": self.headline.quote,
                    "confidence": self.headline.confidence,
                }
                if self.headline
                else None
            ),
            "payments": [money(p) for p in self.payments],
            "territory": self.territory,
            "royalty": self.royalty or None,
            "modality": self.modality or None,
            "targets": self.targets,
            "therapeutic_areas": self.therapeutic_areas,
            "terms_disclosed": self.terms_disclosed,
            "quotes": self.quotes,
            "confidences": self.confidences,
            "confidence": self.confidence,
        }


def _decimal_str(value: Decimal | None) -> str | None:
    return None if value is None else f"{value.quantize(Decimal('0.01'))}"
