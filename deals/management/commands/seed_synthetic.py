"""Deterministic synthetic deals for benchmarks: ``manage.py seed_synthetic --deals N --seed S``.

Same N and S give the same rows (compared by slug and natural keys; ids depend on what the
database already holds). The data is shaped like the real thing so that filters, counts and
pages cost what they would in production: companies with aliases and listings, countries weighted
CN/US/KR/Europe/JP/other, a few big licensees that take many deals, assets with modalities,
targets and therapeutic areas, conference editions (JPM 2015-2026 and others), undisclosed
counterparties and amounts, several currencies with FX rates covering every date, territories,
sources and events, and exactly 5% internal deals.

Synthetic rows are marked by slugs starting with ``syn-`` (deals, companies, assets, and the
vocabulary rows this command had to create); nothing else is touched. Re-running with the same
arguments is a no-op; other arguments (or ``--force``) clear the synthetic rows and seed afresh;
``--clear`` only clears.

The generator lives in :mod:`deals.synthetic`; this module is its command line.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from deals.analytics import facts as analytics_facts
from deals.profiles import stored as profiles_stored
from deals.rights import stored as rights_stored
from deals.synthetic.clearing import clear, count_with_prefix
from deals.synthetic.seeding import seed_deals
from deals.synthetic.vocabularies import PREFIX


class Command(BaseCommand):
    help = (
        "Create N deterministic synthetic deals (slugs start with 'syn-'). Re-running with the "
        "same --deals and --seed does nothing; other values (or --force) clear the synthetic "
        "rows and seed again; --clear only clears."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--deals", type=int, default=1000, help="How many deals (default 1000)."
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--force", action="store_true", help="Clear and reseed even if already seeded."
        )
        parser.add_argument(
            "--clear", action="store_true", help="Only delete the synthetic rows, then stop."
        )
        parser.add_argument(
            "--chunk", type=int, default=5000, help="Deals generated and written per round."
        )
        parser.add_argument(
            "--without-stored",
            action="store_true",
            help="Leave the stored rights availability, analytics groups and company figures "
            "empty (rebuild them with rebuild_rights, rebuild_facts, rebuild_profiles); for "
            "benchmarks of the deal list and search at 1M deals, which read none of them.",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args: object, **options: Any) -> None:
        n, seed, using = options["deals"], options["seed"], options["database"]
        if n < 1 and not options["clear"]:
            raise CommandError("--deals must be a positive number.")
        if seed < 0:
            raise CommandError("--seed must be zero or positive.")
        if options["chunk"] < 1:
            raise CommandError("--chunk must be a positive number.")
        connection = connections[using]
        verbose = options["verbosity"] > 0
        started = time.monotonic()

        if options["clear"]:
            with transaction.atomic(using=using):
                deleted = clear(connection)
                rights_stored.rebuild(using)
                analytics_facts.rebuild(using)
                profiles_stored.rebuild(using)
            self.stdout.write(f"Removed synthetic data: {_summary(deleted)}.")
            return

        total = count_with_prefix(connection, PREFIX)
        mine = count_with_prefix(connection, f"{PREFIX}{seed}-")
        if total == n and mine == n and not options["force"]:
            self.stdout.write(
                f"{n:,} synthetic deals with seed {seed} are already present; nothing to do "
                "(--force rebuilds them)."
            )
            return

        def cleared(deleted: dict[str, int]) -> None:
            if verbose:
                self.stdout.write(f"Cleared earlier synthetic data: {_summary(deleted)}.")

        written = seed_deals(
            n, seed, connection=connection, using=using, chunk=options["chunk"],
            clear_first=bool(total), on_cleared=cleared, progress_stream=self.stderr,
            verbose=verbose, stored=not options["without_stored"],
        )  # fmt: skip
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {n:,} synthetic deals (seed {seed}) in {time.monotonic() - started:.1f}s: "
                f"{_summary(written)}."
            )
        )


def _summary(counts: dict[str, int]) -> str:
    """``table count, ...`` for the tables that have rows, else "nothing"."""
    return ", ".join(f"{table} {count:,}" for table, count in counts.items() if count) or "nothing"
