"""Rules of the code base's shape (issue 11): small modules, and no benchmark figures in the code.

Figures measured once go stale where nobody re-measures them; they live in the README
("Figures behind design choices"), and comments give the reason only.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 800
# Data and generated code: the demo data set and migrations may be long.
EXEMPT = ("/migrations/", "/deals/demo/")
APPLICATION = ("config", "core", "companies", "deals", "accounts")
SKIPPED_DIRS = {".venv", "node_modules", ".git", "static"}
TIMING = re.compile(
    r"\d[\d.,]*\s?(ms|µs|milliseconds?)\b"
    r"|\b(seconds|minutes|milliseconds) (at|instead of)\b"
    r"|\btook (seconds|minutes|\d)"
    r"|\d[\d.,]*\s?(x|×|times) (faster|slower)"
    r"|\d+(-\d+)?% (faster|slower)"
    r"|\b(several|many) times (faster|slower)"
    r"|\border of magnitude\b",
    re.IGNORECASE,
)


def _python_files(*tops: str) -> list[Path]:
    roots = [ROOT / top for top in tops] if tops else [ROOT]
    files = []
    for root in roots:
        for path in root.rglob("*.py"):
            relative = path.relative_to(ROOT)
            if SKIPPED_DIRS & set(relative.parts):
                continue
            if any(part in f"/{relative.as_posix()}" for part in EXEMPT):
                continue
            files.append(path)
    return files


def _comments_and_docstrings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every comment and triple-quoted string in ``path``."""
    lines = []
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text()).readline)
    for token in tokens:
        is_doc = token.type == tokenize.STRING and token.string.lstrip("rbuRBU").startswith(
            ('"""', "'''")
        )
        if token.type == tokenize.COMMENT or is_doc:
            for offset, text in enumerate(token.string.splitlines()):
                lines.append((token.start[0] + offset, text))
    return lines


def test_no_module_is_over_800_lines() -> None:
    files = _python_files()
    assert len(files) > 100  # the walk found the code base
    long = {
        path.relative_to(ROOT).as_posix(): n
        for path in files
        if (n := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}


def test_application_comments_quote_no_benchmark_figures() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text.strip()}"
        for path in _python_files(*APPLICATION)
        for line, text in _comments_and_docstrings(path)
        if TIMING.search(text)
    ]
    assert found == []


def test_the_figure_pattern_catches_what_it_is_for() -> None:
    for quoted in (
        "# a page took about 12 ms",
        "at 100k deals that is seconds instead of minutes",
        "a join took seconds at 1M deals",
        "measured only 6-11% faster",
        "several times faster",
        "orjson is an order of magnitude faster",
        "3.5x faster than the ORM",
    ):
        assert TIMING.search(quoted), quoted
    for plain in ("1, 2, 4, 8... minutes: a receiver is not hammered", "RESULT_CACHE_SECONDS"):
        assert not TIMING.search(plain), plain
