"""``manage.py rebuild_profiles``: rewrite every company's stored public profile figures."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from deals.profiles import stored


class Command(BaseCommand):
    help = (
        "Compute again the stored profile figures of every company (deals/profiles/stored.py) "
        "from the deals. Writes keep them current; run this after loading data without signals "
        "(raw SQL, loaddata) or to check nothing drifted (--check)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--database", default="default")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only report whether the stored figures equal the live ones (exit 1 if not).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        using = options["database"]
        started = time.monotonic()
        if options["check"]:
            stale = stored.stale_companies(using)
            if stale:
                self.stderr.write(
                    f"{len(stale):,} companies differ from the live figures, "
                    f"e.g. {sorted(stale)[:10]}"
                )
                raise SystemExit(1)
            self.stdout.write("Stored company figures equal the live computation.")
            return
        rows = stored.rebuild(using)
        self.stdout.write(
            self.style.SUCCESS(
                f"Stored company figures rebuilt: {rows:,} companies in "
                f"{time.monotonic() - started:.1f}s."
            )
        )
