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
