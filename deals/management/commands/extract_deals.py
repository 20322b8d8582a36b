"""Print the candidate deals found in an announcement or news text (docs/contract.md format)."""

import json
import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from core import money
from deals.intake.extraction import Candidate, Directory, directory_from_db, extract_deals


class Command(BaseCommand):
    help = "Find candidate deals in a text file ('-' reads standard input); nothing is saved."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="UTF-8 text file, or '-' for standard input.")
        parser.add_argument(
            "--published-on",
            type=_iso_date,
            default=None,
            help="Publication date (YYYY-MM-DD); resolves relative dates such as 'on the 12th'.",
        )
        parser.add_argument(
            "--json", action="store_true", help="Print the docs/contract.md JSON list."
        )

    def handle(
        self, *args: object, file: str, published_on: date | None, **options: object
    ) -> None:
        text = _read(file)
        try:
            directory = directory_from_db()
        except DatabaseError:
            # Extraction still works without a database; it just cannot match known companies.
            self.stderr.write(
                "No database to match companies against; all parties are proposed as new."
            )
            directory = Directory()
        candidates = extract_deals(text, published_on, directory)
        if options["json"]:
            self.stdout.write(
                json.dumps([c.to_dict() for c in candidates], indent=2, ensure_ascii=False)
            )
            return
        if not candidates:
            self.stdout.write("No deal found in this text.")
            return
        for number, candidate in enumerate(candidates, 1):
            self.stdout.write(_describe(number, candidate))


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        from argparse import ArgumentTypeError

        raise ArgumentTypeError(f"'{value}' is not a date in the form YYYY-MM-DD.") from None


def _read(file: str) -> str:
    if file == "-":
        return sys.stdin.read()
    path = Path(file)
    if not path.is_file():
        raise CommandError(f"No such file: {file}")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CommandError(f"{file} is not UTF-8 text.") from None


def _describe(number: int, c: Candidate) -> str:
    lines = [
        f"Candidate {number}: {c.deal_type} ({c.status}), "
        f"announced {c.announced_on or 'date unknown'}"
        f"  [confidence {c.confidence:.2f}]"
    ]
    for p in c.parties:
        match = (
            f"known: {p.company_slug}"
            if p.company_slug
            else ("undisclosed" if not p.disclosed else "new")
        )
        lines.append(f"  {p.role:<9} {p.name}  ({match}, {p.confidence:.2f})")
    for a in c.assets:
        detail = ", ".join(
            filter(None, [a.modality, "/".join(a.targets), "/".join(a.therapeutic_areas)])
        )
        lines.append(
            f"  asset     {a.name}  "
            f"({'known: ' + a.asset_slug if a.asset_slug else 'new'}; {detail})"
        )
    if c.headline:
        assert c.headline.currency is not None  # a headline is an amount found with its currency
        lines.append(f"  headline  {money.compact_money(c.headline.amount, c.headline.currency)}"
                     f"  “{c.headline.as_written}”")  # fmt: skip
    for payment in c.payments:
        value = (
            money.compact_money(payment.amount, payment.currency or "USD")
            if payment.disclosed
            else "undisclosed"
        )
        lines.append(f"  payment   {payment.kind}: {value}")
    if c.territory["included"] or c.territory["excluded"]:
        excluded = (
            f" excluding {', '.join(c.territory['excluded'])}" if c.territory["excluded"] else ""
        )
        lines.append(f"  territory {', '.join(c.territory['included'])}{excluded}")
    if c.royalty:
        lines.append(f"  royalty   {c.royalty}")
    # Each sentence once, with the values it supports, so the reader can check them side by side.
    by_quote: dict[str, list[str]] = {}
    for field, quote in c.quotes.items():
        by_quote.setdefault(quote, []).append(field)
    lines.append("  quotes:")
    for quote, fields in by_quote.items():
        lines.append(f"    [{', '.join(fields)}] {quote}")
    return "\n".join(lines) + "\n"
