"""The map page's world: country shapes drawn as one SVG, with no tile server and no network.

The shapes come from the npm package `world-atlas` (Natural Earth 1:110m, TopoJSON), installed by
`make` into node_modules/ and never committed. TopoJSON stores each border once as an "arc" of
delta-encoded integer points; a country is a list of rings that name arcs by index (a negative
index ~i means arc i reversed). We decode that here and project with the plain equirectangular
projection (x from longitude, y from latitude), the one in which an event dot is placed by the
same two lines of arithmetic.

Where world-atlas is absent (a pip install without `make`), the map falls back to a graticule,
so the dots still have meridians and parallels to sit on.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from markupsafe import escape

WIDTH, HEIGHT = 1000, 500
ATLAS_FILE = "countries-110m.json"
ENV_VAR = "FAULTLINES_WORLD_ATLAS"


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular: longitude −180..180 → x 0..WIDTH, latitude 90..−90 → y 0..HEIGHT."""
    return (lon + 180.0) / 360.0 * WIDTH, (90.0 - lat) / 180.0 * HEIGHT


def atlas_path() -> Path | None:
    """countries-110m.json: $FAULTLINES_WORLD_ATLAS, else node_modules/ above this package."""
    if os.environ.get(ENV_VAR):
        path = Path(os.environ[ENV_VAR])
        return path if path.is_file() else None
    for folder in Path(__file__).resolve().parents:
        candidate = folder / "node_modules" / "world-atlas" / ATLAS_FILE
        if candidate.is_file():
            return candidate
    return None


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Arcs as lists of (lon, lat), undoing the quantisation and the delta encoding."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], refs: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for ref in refs:
        arc = arcs[ref] if ref >= 0 else arcs[~ref][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep a ring that crosses the antimeridian (Russia's Chukotka, Fiji) in one piece.

    Longitudes on the ring's minority side are moved by 360°, so the ring runs past the map's
    edge (where the SVG viewport clips it) instead of striping across the whole map. A ring
    that circles the pole stays as it is.
    """
    if all(abs(b[0] - a[0]) <= 180 for a, b in zip(points, points[1:])):
        return points
    east = sum(1 for lon, _ in points if lon > 0) >= len(points) / 2
    moved = [(lon + 360 if east and lon < 0 else lon - 360 if not east and lon > 0 else lon, lat)
             for lon, lat in points]
    lons = [lon for lon, _ in moved]
    # A ring that goes all the way round (Antarctica) is drawn best as it is.
    return points if max(lons) - min(lons) > 270 else moved


def _ring_path(points: list[tuple[float, float]]) -> str:
    """One ring as SVG path data."""
    coords = [project(lon, lat) for lon, lat in _unwrap(points)]
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + "Z"


def _polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


# world-atlas names the countries it gives no ISO 3166 number by name; the store codes them as
# the actors' knowledge base does (actors/kb/countries.yaml).
UNNUMBERED = {"Kosovo": "XKX", "N. Cyprus": "NCY", "Somaliland": "SOL"}


def iso3(geometry: dict) -> str | None:
    """The ISO 3166-1 alpha-3 code of a world-atlas country (its id is the numeric code)."""
    import pycountry

    name = (geometry.get("properties") or {}).get("name", "")
    if geometry.get("id"):
        country = pycountry.countries.get(numeric=str(geometry["id"]).zfill(3))
        if country:
            return country.alpha_3
    return UNNUMBERED.get(name)


def _rings(arcs: list, geometry: dict) -> list[list[tuple[float, float]]]:
    return [_unwrap(_ring(arcs, ring)) for polygon in _polygons(geometry) for ring in polygon]


def country_paths(topo: dict) -> list[tuple[str, str]]:
    """(country name, SVG path data) for every country of a world-atlas TopoJSON document."""
    return [(name, data) for name, _, data in _countries(topo)]


def _countries(topo: dict) -> list[tuple[str, str | None, str]]:
    arcs = _decode_arcs(topo)
    shapes = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = (geometry.get("properties") or {}).get("name", "")
        data = "".join(_ring_path(ring) for ring in _rings(arcs, geometry))
        if data:
            shapes.append((name, iso3(geometry), data))
    return shapes


@lru_cache(maxsize=1)
def country_boxes() -> dict[str, tuple[float, float, float, float]]:
    """ISO3 → (min_lon, min_lat, max_lon, max_lat) of the country's largest ring: the box the
    map fits to when a story places events in that country (overseas islands left out)."""
    path = atlas_path()
    if path is None:
        return {}
    topo = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    boxes = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        code, rings = iso3(geometry), _rings(arcs, geometry)
        if code and rings:
            ring = max(rings, key=len)
            lons, lats = [p[0] for p in ring], [p[1] for p in ring]
            boxes[code] = (max(min(lons), -180), min(lats), min(max(lons), 180), max(lats))
    return boxes


def _graticule() -> list[str]:
    lines = []
    for lon in range(-180, 181, 30):
        (x, _), (_, y2) = project(lon, 90), project(lon, -90)
        lines.append(f'<path class="graticule" d="M{x:.1f},0V{y2:.1f}"/>')
    for lat in range(-60, 61, 30):
        _, y = project(0, lat)
        lines.append(f'<path class="graticule" d="M0,{y:.1f}H{WIDTH}"/>')
    return lines


def _id(code: str | None) -> str:
    return f' id="c-{code}"' if code else ""


@lru_cache(maxsize=1)
def world_svg() -> str:
    """The whole world as a standalone SVG document (cached: the shapes never change).

    Pages draw it with `<use href="/map/world.svg#world">`, and shade a country with
    `<use href="/map/world.svg#c-SYR">`: each country's path carries its ISO3 code as id.
    """
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'width="{WIDTH}" height="{HEIGHT}">',
             f'<g id="world"><rect width="{WIDTH}" height="{HEIGHT}" fill="#dfe9f3"/>',
             '<g fill="none" stroke="#b9c9d9" stroke-width="0.5">']
    parts += [line.replace(' class="graticule"', ' vector-effect="non-scaling-stroke"')
              for line in _graticule()]
    parts.append('</g><g fill="#f4f1ea" stroke="#a39e93" stroke-width="0.6">')
    path = atlas_path()
    if path is not None:
        topo = json.loads(path.read_text(encoding="utf-8"))
        # vector-effect is not inherited: each border keeps its width when the map zooms.
        parts += [f'<path{_id(code)} d="{d}" vector-effect="non-scaling-stroke"><title>'
                  f'{escape(name)}</title></path>' for name, code, d in _countries(topo)]
    parts.append("</g></g></svg>")
    return "".join(parts)


def has_shapes() -> bool:
    return atlas_path() is not None
