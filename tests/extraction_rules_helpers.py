"""What the focused extraction-rule tests (tests/test_extraction_rules*.py) read from a text:
its deals as dicts, the one deal it must hold, parties by role, payments, company names, asset
names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from deals.intake.extraction import extract_deals
from deals.intake.extraction.assets import find_assets
from deals.intake.extraction.companies import find_companies
from deals.intake.extraction.results import Directory

PUBLISHED = date(2025, 1, 1)


def deals_in(text: str, published: date = PUBLISHED) -> list[dict]:
    return [c.to_dict() for c in extract_deals(text, published)]


def one_deal(text: str, published: date = PUBLISHED) -> dict:
    deals = deals_in(text, published)
    assert len(deals) == 1, deals
    return deals[0]


def roles(deal: dict) -> dict[str, str]:
    return {p["name"]: p["role"] for p in deal["parties"]}


def payments(deal: dict) -> set[tuple[str, Decimal | None]]:
    return {(p["kind"], Decimal(p["amount"]) if p["amount"] else None) for p in deal["payments"]}


def company_names(text: str) -> set[str]:
    return {text[m.start : m.end] for m in find_companies(text, Directory())}


def asset_names(deal: dict) -> set[str]:
    return {a["name"] for a in deal["assets"]}


def found_assets(sentence: str) -> list[str]:
    return find_assets(sentence, Directory())
