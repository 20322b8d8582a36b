"""The WSGI and ASGI entry points prepare a worker: every view imported, startup objects frozen.

Without the freeze, each full garbage collection walks every object the process loaded at
startup (core/startup.py): tens of milliseconds on whichever request triggers it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import gc, json, sys
import {module}
print(json.dumps({{
    "frozen": gc.get_freeze_count(),
    "views_loaded": "deals.analytics.views" in sys.modules,
    "callable": callable({module}.application),
}}))
"""


@pytest.mark.parametrize("module", ["config.wsgi", "config.asgi"])
def test_entry_point_imports_the_views_and_freezes_the_startup_objects(module) -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"}
    result = subprocess.run(  # noqa: S603 - this interpreter, our own probe
        [sys.executable, "-c", PROBE.format(module=module)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["callable"]
    # The views came in through the URL patterns before the freeze, so they are frozen too.
    assert probe["views_loaded"]
    # Django, the apps and the views: tens of thousands of objects at least.
    assert probe["frozen"] > 20_000, probe


def test_prepare_worker_leaves_request_objects_collectable() -> None:
    """Objects made after the freeze are still collected: a reference cycle made now is freed
    by the next collection."""
    import gc
    import weakref

    class Node:
        pass

    from core.startup import prepare_worker

    try:
        assert prepare_worker() > 0
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle: only the cyclic collector can free it
        probe = weakref.ref(a)
        del a, b
        gc.collect()
        assert probe() is None
    finally:
        gc.unfreeze()  # the rest of the test run collects as before
