"""The shape of the ``rebuild_*`` commands: rewrite a stored derived table, or only check it.

Each stored table (the rights availability, the analytics groups, the company figures) is kept
current by its write paths; the command is for data loaded without signals (raw SQL,
``loaddata``, an upgrade) and for checking that nothing drifted. One base class so that the three
read, report and fail the same way (``--check`` exits 1 and names the first ten differing keys).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class RebuildCommand(BaseCommand):
    """A ``rebuild_*`` command: subclasses name what they store and the two functions."""

    what: str = ""  # "Stored availability": the subject of the messages
    unit: str = "rows"  # what rebuild() counts
    differing: str = "rows"  # what stale() returns keys of
    reference: str = "the derivation"  # what the stored rows are compared with
    same: str = ""  # printed by --check when nothing differs
    rebuild: Callable[[str], int]
    stale: Callable[[str], Collection[Any]]

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--database", default="default")
        parser.add_argument(
            "--check",
            action="store_true",
            help=f"Only report whether the stored rows equal {self.reference} (exit 1 if not).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        using = options["database"]
        started = time.monotonic()
        if options["check"]:
            stale = type(self).stale(using)
            if stale:
                self.stderr.write(
                    f"{len(stale):,} {self.differing} differ from {self.reference}, "
                    f"e.g. {sorted(stale)[:10]}"
                )
                raise SystemExit(1)
            self.stdout.write(self.same)
            return
        count = type(self).rebuild(using)
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(f"{self.what} rebuilt: {count:,} {self.unit} in {elapsed:.1f}s.")
        )
