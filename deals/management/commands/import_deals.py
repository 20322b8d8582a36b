"""Import deals from a CSV or XLSX file in the layout of docs/import.md, all or nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import tablib
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from deals.intake.resources import DealResource


class Command(BaseCommand):
    help = (
        "Import deals (one row per deal, see docs/import.md). Any invalid row rolls the whole "
        "file back; --dry-run validates every row and writes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="A .csv (UTF-8) or .xlsx file.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check every row; write nothing."
        )
        parser.add_argument("--user", help="Username recorded in the history as the importer.")
        parser.add_argument(
            "--progress-every",
            type=int,
            default=500,
            help="Report progress every N rows (default 500).",
        )

    def handle(self, *args: object, file: str, dry_run: bool, **options: Any) -> None:
        dataset = _read(Path(file))
        user = None
        if options.get("user"):
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user named “{options['user']}”.")
        every = max(1, options["progress_every"])
        total = len(dataset)
        self.stderr.write(f"{'Checking' if dry_run else 'Importing'} {total} rows from {file}")

        def progress(done: int, total_rows: int) -> None:
            if done % every == 0 or done == total_rows:
                self.stderr.write(
                    f"  {done}/{total_rows} rows ({100 * done // max(total_rows, 1)}%)"
                )

        resource = DealResource()
        resource.progress = progress
        result = resource.import_data(
            dataset, dry_run=dry_run, user=user, file_name=Path(file).name
        )

        problems = _problems(result)
        if problems:
            for line in problems[:200]:
                self.stderr.write(line)
            if len(problems) > 200:
                self.stderr.write(f"... and {len(problems) - 200} more")
            raise CommandError(f"{len(problems)} problem(s) found; nothing was imported.")
        totals = result.totals
        summary = f"{totals.get('new', 0)} new, {totals.get('update', 0)} updated"
        if dry_run:
            self.stdout.write(f"Dry run OK: {summary} would be written; nothing was written.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Imported {total} rows: {summary}."))


def _read(path: Path) -> tablib.Dataset:
    if not path.is_file():
        raise CommandError(f"No such file: {path}")
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return tablib.Dataset().load(path.read_text(encoding="utf-8-sig"), format="csv")
        if suffix == ".xlsx":
            return tablib.Dataset().load(path.read_bytes(), format="xlsx")
    except UnicodeDecodeError:
        raise CommandError(f"{path} is not UTF-8 text.") from None
    except Exception as error:  # tablib/openpyxl raise many kinds for a broken file
        raise CommandError(f"Cannot read {path}: {error}") from None
    raise CommandError(f"Unsupported file type “{suffix}”: use .csv or .xlsx.")


def _problems(result: Any) -> list[str]:
    """Every row's errors, one line each: "row 3, headline_amount: “abc” is not a number."."""
    lines = []
    for error in result.base_errors:
        lines.append(f"file: {error.error}")
    for number, errors in result.row_errors():
        for error in errors:
            lines.append(f"row {number}: {error.error}")
    for invalid in result.invalid_rows:
        for column, messages in invalid.error_dict.items():
            for message in messages:
                lines.append(f"row {invalid.number}, {column}: {message}")
    return lines


if __name__ == "__main__":  # pragma: no cover
    sys.exit("Run through manage.py import_deals")
