"""Build deals/rights/data/world-110m.json, the country shapes of the rights map.

Input: ``countries-110m.json`` of the npm package world-atlas 2.0.2 (TopoJSON made from
Natural Earth's 1:110m Admin 0 countries; world-atlas is ISC-licensed, Natural Earth is public
domain). Get it with ``npm pack world-atlas@2.0.2`` and ``tar xzf``, then run::

    DEBUG=true .venv/bin/python scripts/build_world_map.py package/countries-110m.json

Output: one SVG path per ISO 3166-1 alpha-2 country, equirectangular, Antarctica left out,
coordinates rounded to 0.1 px. Nothing is fetched at run time: the page reads this file.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

WIDTH = 960.0
NORTH, SOUTH = 84.0, -58.0  # Antarctica and the empty far north are left out
OUT = Path(__file__).resolve().parent.parent / "deals" / "rights" / "data" / "world-110m.json"
# Natural Earth units without an ISO numeric code in world-atlas, mapped to the country they
# sit in (or the user-assigned code BD databases use for Kosovo).
BY_NAME = {"Kosovo": "XK", "Somaliland": "SO", "N. Cyprus": "CY"}


def _arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def _project(lon: float, lat: float) -> tuple[float, float]:
    scale = WIDTH / 360.0
    lat = max(SOUTH, min(NORTH, lat))
    return (lon + 180.0) * scale, (NORTH - lat) * scale


def _unwrapped(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (Russia, Fiji) kept on one side of it: the part
    beyond 180° is drawn past the map's edge, where the SVG clips it, instead of a streak
    across the whole map."""
    crosses = any(abs(a[0] - b[0]) > 180 for a, b in itertools.pairwise(ring))
    if not crosses:
        return ring
    east = sum(lon for lon, _ in ring) > 0
    if east:
        return [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
    return [(lon - 360 if lon > 0 else lon, lat) for lon, lat in ring]


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in map(_unwrapped, rings):
        projected = [_project(lon, lat) for lon, lat in ring]
        coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in projected)
        parts.append(f"M{coords}Z")
    return "".join(parts)


def main(source: str) -> None:
    import django

    django.setup()
    from django_countries import countries

    topology = json.loads(Path(source).read_text())
    arcs = _arcs(topology)
    shapes: dict[str, str] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        numeric = geometry.get("id")
        code = BY_NAME.get(name) or (countries.alpha2(int(numeric)) if numeric else "")
        if not code or code == "AQ":
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [_ring(ring, arcs) for polygon in polygons for ring in polygon]
        shapes[code] = shapes.get(code, "") + _path(rings)
    height = (NORTH - SOUTH) * WIDTH / 360.0
    data = {
        "source": "Natural Earth 1:110m Admin 0 countries (public domain) via world-atlas 2.0.2 "
        "(ISC licence); see LICENSE.md beside this file.",
        "width": WIDTH,
        "height": round(height, 1),
        "countries": dict(sorted(shapes.items())),
    }
    OUT.write_text(json.dumps(data, separators=(",", ":")))
    print(f"{len(shapes)} countries, {OUT.stat().st_size:,} bytes -> {OUT}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    main(sys.argv[1])
