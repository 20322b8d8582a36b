"""What every part of one seeding run shares: the seeded random source, the database, used names."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Context:
    """One run's state. Every random draw of the data comes from ``rng``, in a fixed order."""

    seed: int
    n_deals: int
    connection: Any
    using: str
    rng: random.Random = field(init=False)
    used_slugs: set[str] = field(default_factory=set)
    used_tickers: set[tuple[str, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def unique(self, slug: str, max_length: int = 80) -> str:
        """``slug`` cut to ``max_length``, with ``-2``, ``-3``... when already taken."""
        slug = slug[:max_length].strip("-")
        candidate, n = slug, 2
        while candidate in self.used_slugs:
            suffix = f"-{n}"
            candidate = f"{slug[: max_length - len(suffix)]}{suffix}"
            n += 1
        self.used_slugs.add(candidate)
        return candidate
