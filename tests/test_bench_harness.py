"""The benchmark harness (bench/run.py and its parts) starts as a script and judges JSON strictly.

``make bench`` runs ``python bench/run.py``, which puts bench/ (not the project root) on the
import path; its parts are modules of the ``bench`` package, so the script must find them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.floor_check import json_differences
from bench.timing import ms, percentile

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("script", "option"),
    [("bench/run.py", "--skip-load"), ("bench/loadtest.py", "--seconds")],
)
def test_bench_scripts_start_from_the_project_root(script: str, option: str) -> None:
    result = subprocess.run(  # noqa: S603 - our own scripts
        [sys.executable, script, "--help"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert option in result.stdout


def test_run_help_is_the_first_paragraph_of_its_docstring() -> None:
    result = subprocess.run(
        [sys.executable, "bench/run.py", "--help"], cwd=ROOT, capture_output=True, text=True
    )
    words = " ".join(result.stdout.split())
    assert "DealScope against its floor, on PostgreSQL, in one run." in words


def test_json_differences_reports_values_types_and_key_order() -> None:
    assert json_differences({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 2]}) == []
    assert json_differences({"a": 1, "b": 2}, {"b": 2, "a": 1}) == [
        "$: keys in another order: API ['a', 'b'] vs floor ['b', 'a']"
    ]
    assert json_differences({"x": "1.00"}, {"x": 1.0}) == ["$.x: API '1.00' vs floor '1.0'"]
    assert json_differences({"l": [1, 2]}, {"l": [1]}) == [
        "$.l: 2 items in the API, 1 in the floor"
    ]
    assert json_differences({"only": 1}, {}) == ["$.only: only in the API"]


def test_percentile_interpolates_and_ms_rounds() -> None:
    assert percentile([4.0, 1.0, 3.0, 2.0], 50) == 2.5
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 95) == pytest.approx(4.8)
    assert ms(0.0123456) == 12.35
