"""``manage.py rebuild_facts``: rewrite the stored analytics groups behind the breakdowns."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from deals.analytics import facts


class Command(BaseCommand):
    help = (
        "Derive again the stored analytics groups of every deal (deals/analytics/facts.py): "
        "country groups of its licensors and targets, modalities, therapeutic areas. Writes "
        "keep them current; run this after loading data without signals (raw SQL, loaddata) "
        "or to check nothing drifted (--check)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--database", default="default")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only report whether the stored rows equal a fresh derivation (exit 1 if not).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        using = options["database"]
        started = time.monotonic()
        if options["check"]:
            stale = facts.stale_deals(using)
            if stale:
                self.stderr.write(
                    f"{len(stale):,} deals differ from the derivation, e.g. {sorted(stale)[:10]}"
                )
                raise SystemExit(1)
            self.stdout.write("Stored analytics groups equal the derivation.")
            return
        rows = facts.rebuild(using)
        self.stdout.write(
            self.style.SUCCESS(
                f"Analytics groups rebuilt: {rows:,} rows in {time.monotonic() - started:.1f}s."
            )
        )
