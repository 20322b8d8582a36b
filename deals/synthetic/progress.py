"""The seeding progress line on stderr."""

from __future__ import annotations

import time
from typing import Any


class Progress:
    """A one-line progress bar on a terminal; a line every 10% otherwise (logs, CI)."""

    def __init__(self, stream: Any, total: int, label: str, enabled: bool) -> None:
        self.stream, self.total, self.label, self.enabled = stream, total, label, enabled
        self.tty = enabled and hasattr(stream, "isatty") and stream.isatty()
        self.started = time.monotonic()
        self.last_decile = -1

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        share = done / self.total if self.total else 1.0
        rate = done / elapsed if elapsed > 0 else 0.0
        text = (
            f"{self.label} {done:>10,}/{self.total:,} {share:6.1%} {elapsed:6.1f}s {rate:>8,.0f}/s"
        )
        if self.tty:
            bar = "#" * int(share * 30)
            self.stream.write(f"\r[{bar:<30}] {text}")
            if done >= self.total:
                self.stream.write("\n")
            self.stream.flush()
        elif int(share * 10) > self.last_decile:
            self.last_decile = int(share * 10)
            self.stream.write(f"{text}\n")
