"""The range of dates a deal may carry: the one home of the rule (README, "Dates").

A deal, its events and its sources are dated from 1 January 1970 to five years after today.
Earlier dates are typing errors in this domain (modern BD licensing starts in the 1970s), and
a date years ahead is a typo or a probe: the outside security test saved 0001-01-01 and
9999-12-31, and the analytics page then drew a bar per year from 1 to 9999. The model fields'
validator (so the admin, the API, the importer and text intake alike) applies the rule; the
database holds a fixed backstop (:data:`STORABLE`), since a constraint cannot read the clock.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone

EARLIEST = date(1970, 1, 1)
YEARS_AHEAD = 5
# What the database accepts whatever the day: the validator's window always lies inside it.
STORABLE = (EARLIEST, date(2199, 12, 31))


def latest(today: date | None = None) -> date:
    """The last date accepted today: the same day :data:`YEARS_AHEAD` years on."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February, and the year five on is not a leap year
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def validate_deal_date(value: date | None) -> None:
    """Field validator: ``value`` lies between :data:`EARLIEST` and :func:`latest`."""
    if value is None:
        return
    last = latest()
    if not EARLIEST <= value <= last:
        raise ValidationError(
            f"Enter a date between {EARLIEST.isoformat()} and {last.isoformat()} "
            f"(from 1970 to {YEARS_AHEAD} years ahead).",
            code="date_out_of_range",
        )


def storable(field: str) -> Q:
    """The database backstop for a nullable date column ``field``."""
    first, last = STORABLE
    return Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gte": first, f"{field}__lte": last})


# --- Dates with their precision --------------------------------------------------------------
#
# A source often gives only "Jan 2026" or "Q1 2026". The date column keeps the period's first
# day (so ordering, filters and statistics put it in its month or quarter) and the precision
# says how much of it is known; pages write it back as the source did.

PRECISIONS = ("day", "month", "quarter", "year")
_MONTH_NAMES = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip


def period_start(value: date, precision: str) -> date:
    """The first day of the period ``value`` lies in, at ``precision``."""
    if precision == "month":
        return value.replace(day=1)
    if precision == "quarter":
        return date(value.year, 3 * ((value.month - 1) // 3) + 1, 1)
    if precision == "year":
        return date(value.year, 1, 1)
    return value


def stored_precise(value: date | None, precision: str) -> tuple[date | None, str]:
    """A date and its precision as stored: "Aug 2024" as its first day; no date, no precision
    beyond "day" (a "month" beside nothing means nothing)."""
    if value is None:
        return None, "day"
    return period_start(value, precision), precision


def format_precise(value: date | None, precision: str = "day", *, day: str = "long") -> str:
    """ "Jan 12, 2026", "Jan 2026", "Q1 2026" or "2026": never more exact than the source.

    ``day`` is how a date known to the day is written where room is short: ``"long"`` ("Jan 12,
    2026"), ``"short"`` ("Jan 12", inside one conference's table) or ``"month"`` ("Jan 2026",
    short lists). A date known only to its month, quarter or year is always written as such:
    "Jan 1" for a deal announced some time in January would be a day nobody reported.
    """
    if value is None:
        return ""
    if precision == "day" and day == "short":
        return f"{value.strftime('%b')} {value.day}"
    if precision == "month" or (precision == "day" and day == "month"):
        return value.strftime("%b %Y")
    if precision == "quarter":
        return f"Q{(value.month - 1) // 3 + 1} {value.year}"
    if precision == "year":
        return str(value.year)
    return f"{value.strftime('%b')} {value.day}, {value.year}"


def iso_precise(value: date | None, precision: str = "day") -> str:
    """The date as a file writes it, no more exact than known: "2026-01-12", "2026-01",
    "2026-Q1" or "2026". ``parse_precise`` reads each back with its precision."""
    if value is None:
        return ""
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if precision == "quarter":
        return f"{value.year:04d}-Q{(value.month - 1) // 3 + 1}"
    if precision == "year":
        return f"{value.year:04d}"
    return value.isoformat()


def parse_precise(text: str) -> tuple[date, str]:
    """Read a date as an analyst types it, with its precision.

    "2026-01-12", "12 Jan 2026", "Jan 12, 2026" (day); "Jan 2026", "2026-01" (month);
    "Q1 2026", "2026-Q1" (quarter); "2026" (year). Raises ``ValueError`` with a sentence an
    analyst can act on for anything else, including impossible dates such as "32 Jan 2026".
    """
    import re

    raw = " ".join(text.replace(",", " ").split()).strip()
    low = raw.lower().rstrip(".")
    if not low:
        raise ValueError("Enter a date.")
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", low)
    if m:
        return _day(int(m[1]), int(m[2]), int(m[3]), raw), "day"
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", low)
    if m:
        return _day(int(m[1]), int(m[2]), 1, raw), "month"
    m = re.fullmatch(r"q([1-4])\s*(\d{4})|(\d{4})\s*-?\s*q([1-4])", low)
    if m:
        quarter, year = (m[1], m[2]) if m[1] else (m[4], m[3])
        return date(int(year), 3 * int(quarter) - 2, 1), "quarter"
    if re.fullmatch(r"\d{4}", low):
        return date(int(low), 1, 1), "year"
    words = low.replace(".", " ").split()
    month = next((_MONTH_NAMES[w] for w in words if w in _MONTH_NAMES), None)
    numbers = [w.rstrip("stndrh") for w in words if w not in _MONTH_NAMES]
    if month is None or not all(n.isdigit() for n in numbers):
        raise ValueError(
            f"“{raw}” is not a date: write 2026-01-12, 12 Jan 2026, Jan 2026, Q1 2026 or 2026."
        )
    years = [int(n) for n in numbers if len(n) == 4]
    days = [int(n) for n in numbers if len(n) <= 2]
    if any(not 1 <= d <= 31 for d in days):
        raise ValueError(f"“{raw}” is not a day of the calendar.")
    if len(years) != 1 or len(days) > 1:
        raise ValueError(f"“{raw}” needs a year: write 12 Jan 2026 or Jan 2026.")
    if days:
        return _day(years[0], month, days[0], raw), "day"
    return date(years[0], month, 1), "month"


def _day(year: int, month: int, day: int, raw: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"“{raw}” is not a day of the calendar.") from None
