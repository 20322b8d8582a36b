"""The ``as_of`` parameter of the rights pages and API: a date, today when absent."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from deals.dates import EARLIEST, latest


class BadDate(ValueError):
    """``as_of`` is not a YYYY-MM-DD date in the range deals are stored in."""


def as_of(value: str | None) -> date:
    """``as_of`` from a query string: YYYY-MM-DD, today when missing or empty."""
    if not value:
        return timezone.localdate()
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise BadDate("as_of: enter a date as YYYY-MM-DD.") from None
    if not EARLIEST <= day <= latest():
        first, last = EARLIEST.isoformat(), latest().isoformat()
        raise BadDate(f"as_of: enter a date between {first} and {last}.")
    return day
