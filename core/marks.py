"""What a thread's open transactions marked for a stored derived table to compute again.

The stored tables kept current by signals (deals/rights/sync.py, deals/profiles/sync.py,
deals/analytics/facts_sync.py) all collect ids during a write and derive them once, either
inside the write's transaction or when it commits. This is the one place those ids are kept:
per thread (a request's writes are its own) and per database alias, by kind ("assets",
"deals", a dimension...).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable

from django.db import transaction


class PendingMarks(threading.local):
    """Per thread and database: the ids marked since the last :meth:`take`, by kind."""

    def __init__(self) -> None:
        self.by_db: dict[str, defaultdict[str, set[int]]] = {}

    def mark(self, using: str, kind: str, ids: Iterable[int | None] = ()) -> None:
        """Add ``ids`` (falsy ones skipped) under ``kind``; marks ``using`` even with none."""
        self.by_db.setdefault(using, defaultdict(set))[kind].update(i for i in ids if i)

    def has(self, using: str) -> bool:
        """Whether anything was marked on ``using`` since the last :meth:`take`."""
        return using in self.by_db

    def take(self, using: str) -> defaultdict[str, set[int]] | None:
        """The marks of ``using`` (an unmarked kind reads as empty), forgotten here."""
        return self.by_db.pop(using, None)


def flush_on_commit(using: str, flush: Callable[[str], object]) -> None:
    """Run ``flush(using)`` once the transaction commits (at once outside one). One callback
    per write; the first to run takes everything marked (marks of a rolled-back transaction are
    derived again at the next commit: harmless, never stale)."""
    transaction.on_commit(lambda: flush(using), using=using, robust=True)
