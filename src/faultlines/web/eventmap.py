"""The map's geometry: dots for places, shading for countries, and the view that fits them.

A story that places an event "in Syria" is drawn as Syria's shading, never as a dot at Syria's
centre; every other located event is a dot at its place. The first view fits what is drawn
(the whole Syria corpus fills the map instead of a 30-pixel blob); static/app.js then zooms,
pans and gathers nearby dots into clusters at every zoom level.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from math import sqrt
from typing import Any

from faultlines.web import worldmap

ASPECT = 16 / 9          # the map figure's width / height
MIN_WIDTH = 60.0          # user units (about 22° of longitude): the closest first view
PAD = 0.08
TOP, BOTTOM = 14.0, 414.0  # 85°N and 59°S: the world view leaves out the polar wastes


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    events: int
    quad: int
    title: str
    href: str


@dataclass(frozen=True)
class Shade:
    country: str
    events: int
    conflict: int
    cooperation: int
    opacity: float
    tone: str  # "conflict" or "cooperation": which the country's events mostly are
    title: str
    href: str


@dataclass
class EventMap:
    view: tuple[float, float, float, float] = (0.0, 0.0, float(worldmap.WIDTH),
                                               float(worldmap.HEIGHT))
    dots: list[Dot] = field(default_factory=list)
    shades: list[Shade] = field(default_factory=list)
    located: int = 0
    shapes: bool = True

    @property
    def viewbox(self) -> str:
        return " ".join(f"{v:.1f}" for v in self.view)


def box_href(path: str, box: tuple[float, float, float, float], extra: str = "") -> str:
    """/events?bbox=... for a (min_lon, min_lat, max_lon, max_lat) box."""
    lon1, lat1, lon2, lat2 = box
    return (f"{path}?bbox={max(lon1, -180):.2f},{max(lat1, -90):.2f},"
            f"{min(lon2, 180):.2f},{min(lat2, 90):.2f}{extra}")


def build(points: list[dict[str, Any]], countries: list[dict[str, Any]],
          link: Callable[[tuple[float, float, float, float]], str]) -> EventMap:
    """The map of `points` (store/read/geography.points) and `countries` (.countries).

    link(box) (callable): the href of the events inside a (min_lon, min_lat, max_lon, max_lat)
        box.
    """
    boxes = worldmap.country_boxes()
    out = EventMap(shapes=worldmap.has_shapes())
    for p in points:
        x, y = worldmap.project(p["lon"], p["lat"])
        place = p["place"] or f"{p['lat']:.1f}, {p['lon']:.1f}"
        out.dots.append(Dot(round(x, 2), round(y, 2), p["events"], p["quad_class"] or 0,
                            f"{place}: {p['events']} events, {p['first']} – {p['last']}",
                            link((p["lon"] - 0.05, p["lat"] - 0.05, p["lon"] + 0.05,
                                  p["lat"] + 0.05))))
    out.dots.sort(key=lambda d: -d.events)
    peak = max((c["events"] for c in countries), default=1)
    for c in countries:
        if c["country"] not in boxes:
            continue
        tone = "conflict" if c["conflict"] > c["cooperation"] else "cooperation"
        out.shades.append(Shade(
            c["country"], c["events"], c["conflict"], c["cooperation"],
            round(0.3 + 0.6 * sqrt(c["events"] / peak), 2), tone,
            f"{c['place'] or c['country']} as a whole: {c['events']} events ({c['conflict']} "
            f"conflict, {c['cooperation']} cooperation), {c['first']} – {c['last']}",
            link(boxes[c["country"]])))
    out.located = sum(p["events"] for p in points) + sum(c["events"] for c in countries)
    out.view = fit(core([(d.x, d.y, d.events) for d in out.dots] +
                        [(x, y, s.events) for s in out.shades
                         for x, y in _corners(boxes[s.country])]))
    return out


def core(weighted: list[tuple[float, float, int]], share: float = 0.94) -> list[tuple[float, float]]:
    """The points inside the box that holds the central `share` of the events along each axis:
    a few events in far places must not shrink the many to a blob (zooming out shows them)."""
    if not weighted:
        return []
    total = sum(w for _, _, w in weighted)
    cut = total * (1 - share) / 2

    def bounds(values: list[tuple[float, int]]) -> tuple[float, float]:
        ordered, seen, low, high = sorted(values), 0, None, None
        for value, w in ordered:
            seen += w
            if low is None and seen > cut:
                low = value
            if high is None and seen >= total - cut:
                high = value
        return low if low is not None else ordered[0][0], high if high is not None else ordered[-1][0]

    (x1, x2), (y1, y2) = (bounds([(p[i], p[2]) for p in weighted]) for i in (0, 1))
    return [(x, y) for x, y, _ in weighted if x1 <= x <= x2 and y1 <= y <= y2]


def _corners(box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    return [worldmap.project(box[0], box[3]), worldmap.project(box[2], box[1])]


def fit(xy: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The view (x, y, width, height) that holds every point with a margin, at the figure's
    aspect, never closer than MIN_WIDTH and never beyond the world."""
    if not xy:
        return (0.0, TOP, float(worldmap.WIDTH), BOTTOM - TOP)
    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    w = max(max(xs) - min(xs), MIN_WIDTH) * (1 + 2 * PAD)
    h = max(max(ys) - min(ys), MIN_WIDTH / ASPECT) * (1 + 2 * PAD)
    w, h = max(w, h * ASPECT), max(h, w / ASPECT)
    w, h = min(w, worldmap.WIDTH), min(h, BOTTOM - TOP)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x = min(max(cx - w / 2, 0), worldmap.WIDTH - w)
    y = min(max(cy - h / 2, TOP), BOTTOM - h)
    return (round(x, 2), round(y, 2), round(w, 2), round(h, 2))
