"""How many nested parts one deal may hold (documented in the README's API section).

Generous for real deals (the largest in the demo data has a dozen payment terms) and small
enough that one request cannot make a page of megabytes: the outside security test saved 5,000
payment terms in one deal (a 38-second request, a 2.6 MB page). The API refuses more with a
400 before validating a single item, ``save_deal`` (every other door: import, intake) refuses
them too, and the admin's inline forms stop at the same numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MAX_PER_DEAL: dict[str, int] = {
    "parties": 20,
    "assets": 50,
    "payments": 50,
    "sources": 50,
    "events": 100,
    # Included and excluded lines together: every country on Earth fits, with regions.
    "territory": 300,
}


def count_parts(key: str, value: Any) -> int:
    """How many items ``value`` (a nested part of a deal's input) holds."""
    if key == "territory" and isinstance(value, Mapping):
        return sum(len(v) for v in value.values() if isinstance(v, list | tuple))
    return len(value) if isinstance(value, list | tuple) else 0


def too_many(data: Mapping[str, Any]) -> dict[str, list[str]]:
    """``{part: [message]}`` for every nested part of ``data`` over its limit."""
    return {
        key: [f"At most {limit} {key} per deal; this one has {count_parts(key, data[key])}."]
        for key, limit in MAX_PER_DEAL.items()
        if key in data and count_parts(key, data[key]) > limit
    }
