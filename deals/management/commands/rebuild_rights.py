"""``manage.py rebuild_rights``: rewrite the stored availability behind ``available_in``."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from deals.rights import stored


class Command(BaseCommand):
    help = (
        "Derive again the stored availability of every licensed asset (deals/rights/stored.py) "
        "from the deals. Writes keep it current; run this after loading data without signals "
        "(raw SQL, loaddata) or to check nothing drifted (--check)."
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
            stale = stored.stale_assets(using)
            if stale:
                self.stderr.write(
                    f"{len(stale):,} assets differ from the derivation, e.g. {sorted(stale)[:10]}"
                )
                raise SystemExit(1)
            self.stdout.write("Stored availability equals the derivation.")
            return
        rows = stored.rebuild(using)
        self.stdout.write(
            self.style.SUCCESS(
                f"Stored availability rebuilt: {rows:,} rows in {time.monotonic() - started:.1f}s."
            )
        )
