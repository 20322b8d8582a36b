"""The floor served like the app: a bare WSGI callable, ``bench.floor_app:application``.

It answers the paths the load test uses with bench/floor_independent.py's JSON (unfiltered
lists and details) or bench/floor.py's (filtered lists, conferences), so that requests/s and
latency under gunicorn compare the app with the cheapest server of the same bytes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl

from bench.floor import Floor
from bench.floor_independent import IndependentFloor

_floor: Floor | None = None
_independent: IndependentFloor | None = None


def _get_floor() -> Floor:
    # One connection per worker process, opened after gunicorn forks.
    global _floor
    if _floor is None:
        _floor = Floor(os.environ["DATABASE_URL"])
    return _floor


def _get_independent() -> IndependentFloor:
    global _independent
    if _independent is None:
        _independent = IndependentFloor(os.environ["DATABASE_URL"])
    return _independent


def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    floor = _get_floor()
    floor.base = f"{environ.get('wsgi.url_scheme', 'http')}://{environ['HTTP_HOST']}"
    path = environ.get("PATH_INFO", "")
    query = dict(parse_qsl(environ.get("QUERY_STRING", "")))
    body: bytes | None
    independent = _get_independent()
    independent.base = floor.base
    # Unfiltered lists and details: the independent floor; filters and conferences: floor.py.
    if path == "/api/v1/deals/" and set(query) <= {"page", "page_size"}:
        body = independent.deal_list(query)
    elif path == "/api/v1/deals/":
        body = floor.deal_list(query)
    elif path.startswith("/api/v1/deals/") and path.count("/") == 5:
        body = independent.deal_detail(path.split("/")[4])
    elif path.startswith("/api/v1/conferences/") and path.count("/") == 5:
        body = floor.conference_detail(path.split("/")[4])
    else:
        body = None
    if body is None:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    start_response("200 OK", headers)
    return [body]
