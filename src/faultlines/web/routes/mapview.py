"""The map page: located events as dots on a world drawn from shapes installed with the app."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from faultlines.store import read
from faultlines.web import worldmap
from faultlines.web.actorbox import ActorBox, actor_box
from faultlines.web.params import (PLOVER_TYPES, Bbox, EventType, Factual, Format, Offset,
                                   PageLimit, Quad, Since, Text, Until, event_filter)
from faultlines.web.respond import StoreDep, listing, render
from faultlines.web.menus import occurring_types
from faultlines.web.schemas import MapPoint, Page

router = APIRouter()
DOTS = 2000  # the busiest places; more dots only blur the map and swell the page


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    r: float
    quad: int | None
    title: str
    href: str


@dataclass
class MapPage:
    filter: read.EventFilter
    bbox: str | None
    dots: list[Dot] = field(default_factory=list)
    located: int = 0
    shapes: bool = True
    width: int = worldmap.WIDTH
    height: int = worldmap.HEIGHT
    types: list[str] | tuple[str, ...] = PLOVER_TYPES
    actor: ActorBox = field(default_factory=ActorBox)


def _href(f: read.EventFilter, lat: float, lon: float) -> str:
    box = f"{max(lon - 0.05, -180):.2f},{max(lat - 0.05, -90):.2f}," \
          f"{min(lon + 0.05, 180):.2f},{min(lat + 0.05, 90):.2f}"
    extra = [(k, v) for k, v in (("actor", f.actor), ("type", f.type), ("quad", f.quad_class),
                                 ("since", f.since), ("until", f.until),
                                 ("factual", f.factual and "true")) if v]
    return f"/events?{urlencode([('bbox', box), *extra])}"


def _dot(f: read.EventFilter, p: dict[str, Any]) -> Dot:
    x, y = worldmap.project(p["lon"], p["lat"])
    place = p["place"] or f"{p['lat']:.1f}, {p['lon']:.1f}"
    return Dot(round(x, 1), round(y, 1), round(min(3 + 1.5 * math.sqrt(p["events"]), 14), 1),
               p["quad_class"], f"{place}: {p['events']} events, {p['first']} – {p['last']}",
               _href(f, p["lat"], p["lon"]))


def build(store, actor, type, quad, since, until, bbox, factual: bool = False) -> MapPage:
    """The map; `actor` is an actor page's key (web/actorbox.py)."""
    f = event_filter(actor, type, quad, since, until, bbox, factual)
    points = read.events.map_points(store, f, limit=DOTS)
    dots = sorted((_dot(f, p) for p in points), key=lambda d: -d.r)
    return MapPage(f, bbox, dots, sum(p["events"] for p in points), worldmap.has_shapes())


@router.get("/map", response_class=HTMLResponse, include_in_schema=False)
def map_html(request: Request, store: StoreDep, actor: Text = None, type: EventType = None,
             quad: Quad = None, since: Since = None, until: Until = None, bbox: Bbox = None,
             factual: Factual = False):
    box = actor_box(request, store, actor)
    page = build(store, box.key, type, quad, since, until, bbox, factual)
    page.actor, page.types = box, occurring_types(request, store)
    return render(request, "map.html", page)


@router.get("/map/world.svg", include_in_schema=False)
def world_svg() -> Response:
    return Response(worldmap.world_svg(), media_type="image/svg+xml",
                    headers={"Cache-Control": "public, max-age=86400"})


@router.get("/api/map", summary="Located events per place (0.1°) and quad class",
            response_model=Page[MapPoint])
def map_api(request: Request, store: StoreDep, actor: Text = None, type: EventType = None,
            quad: Quad = None, since: Since = None, until: Until = None, bbox: Bbox = None,
            factual: Factual = False, limit: PageLimit = None, offset: Offset = 0,
            format: Format = "json") -> Response:
    f = event_filter(actor_box(request, store, actor).key, type, quad, since, until, bbox,
                     factual)
    return listing(request, store, format, "map",
                   lambda s, n, o: read.events.map_points(s, f, n, o),
                   lambda: read.events.map_point_count(store, f), limit, offset, per_page=1000)
