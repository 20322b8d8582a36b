"""The API's JSON against a floor's: every value and key order; a difference voids the run."""

from __future__ import annotations

import json
from typing import Any


def json_differences(a: Any, b: Any, path: str = "$", out: list[str] | None = None) -> list[str]:
    """Where the API's JSON ``a`` and the floor's ``b`` differ (eight paths at most)."""
    out = [] if out is None else out
    if len(out) >= 8:
        return out
    if type(a) is not type(b):
        out.append(f"{path}: API {str(a)[:60]!r} vs floor {str(b)[:60]!r}")
    elif isinstance(a, dict):
        if list(a) != list(b) and set(a) == set(b):
            out.append(f"{path}: keys in another order: API {list(a)} vs floor {list(b)}")
        for key in sorted(set(a) | set(b)):
            if key not in b:
                out.append(f"{path}.{key}: only in the API")
            elif key not in a:
                out.append(f"{path}.{key}: only in the floor")
            else:
                json_differences(a[key], b[key], f"{path}.{key}", out)
    elif isinstance(a, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} items in the API, {len(b)} in the floor")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            json_differences(x, y, f"{path}[{i}]", out)
    elif a != b:
        out.append(f"{path}: API {a!r} vs floor {b!r}")
    return out


class FloorMismatch(RuntimeError):
    """The API's JSON differs from the independent floor's: the run is void."""


def check_independent_floor(independent: Any, details: int = 60) -> dict[str, Any]:
    """Compare the API with the independent floor before timing anything; raise on a difference.

    List pages 1, 2 and the last at page sizes 50 and 500, and the details of ``details``
    deals spread over the ids (public ones of every status, plus an internal one: a 404 on
    both sides). Values and key order must be equal.
    """
    from django.test import Client

    from deals.models import Deal

    client = Client()
    checked = 0
    problems: list[str] = []
    for size in ("50", "500"):
        for page in ("1", "2", "last"):
            query = {"page_size": size, "page": page}
            api = client.get("/api/v1/deals/", query)
            floor_body = independent.deal_list(query)
            if api.status_code != 200:
                problems.append(f"list {query}: API HTTP {api.status_code}")
                continue
            diffs = json_differences(json.loads(api.content), json.loads(floor_body))
            problems += [f"list {query} {d}" for d in diffs]
            checked += 1
    public = Deal.objects.filter(visibility="public").order_by("pk")
    total = public.count()
    step = max(1, total // details)
    slugs = list(public.values_list("slug", flat=True)[::step][:details])
    slugs += list(Deal.objects.exclude(visibility="public").values_list("slug", flat=True)[:1])
    for slug in slugs:
        api = client.get(f"/api/v1/deals/{slug}/")
        floor_body = independent.deal_detail(slug)
        if floor_body is None or api.status_code != 200:
            if not (floor_body is None and api.status_code == 404):
                problems.append(
                    f"detail {slug}: API HTTP {api.status_code}, floor {floor_body!r:.40}"
                )
            checked += 1
            continue
        problems += [
            f"detail {slug} {d}"
            for d in json_differences(json.loads(api.content), json.loads(floor_body))
        ]
        checked += 1
    if problems:
        raise FloorMismatch("\n".join(problems[:20]))
    return {"responses_compared": checked, "details": len(slugs), "equal": True}
