"""``manage.py check_data``: run the data check (:mod:`deals.quality`) on this database."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from deals.quality import check


class Command(BaseCommand):
    help = (
        "Check every deal, payment and conference against the data rules (sources, quotes at "
        "the right scale, currencies, dates, duplicates, stored measures). Exits 1 on errors."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--quiet-warnings", action="store_true", help="Print errors only (warnings counted)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        findings = check()
        errors = [f for f in findings if f.severity == "error"]
        warnings = [f for f in findings if f.severity == "warning"]
        for finding in errors + ([] if options["quiet_warnings"] else warnings):
            self.stdout.write(str(finding))
        self.stdout.write(f"{len(errors)} error(s), {len(warnings)} warning(s).")
        if errors:
            raise CommandError(f"check_data found {len(errors)} error(s).", returncode=1)
