"""The map page: located events as dots at their places and as shading where a story names a
whole country, on a world drawn from shapes installed with the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from faultlines.store import read
from faultlines.web import worldmap
from faultlines.web.actorbox import ActorBox, actor_box
from faultlines.web.eventmap import EventMap, box_href, build
from faultlines.web.menus import occurring_types
from faultlines.web.params import PLOVER_TYPES, EventParams, Format, Offset, PageLimit
from faultlines.web.respond import StoreDep, as_json, listing, render
from faultlines.web.schemas import MapPoint, Page

router = APIRouter()
DOTS = 2000  # the busiest places; more dots only blur the map and swell the page


@dataclass
class MapPage:
    filter: read.EventFilter
    bbox: str | None
    map: EventMap = field(default_factory=EventMap)
    types: list[str] | tuple[str, ...] = PLOVER_TYPES
    actor: ActorBox = field(default_factory=ActorBox)


def filter_query(f: read.EventFilter) -> str:
    """The filter's parameters other than the box, as "&actor=...&type=..." for a link."""
    kept = {k: v for k, v in (("actor", f.actor), ("type", f.type), ("quad", f.quad_class),
                              ("since", f.since), ("until", f.until),
                              ("factual", f.factual and "true")) if v}
    return "&" + urlencode(kept) if kept else ""


def event_map(store, f: read.EventFilter) -> EventMap:
    """The map of the events `f` selects; each dot and shade links to its events."""
    extra = filter_query(f)
    return build(read.geography.points(store, f, limit=DOTS), read.geography.countries(store, f),
                 lambda box: box_href("/events", box, extra))


def map_page(store, f: read.EventFilter, bbox: str | None) -> MapPage:
    """The map of the events `f` selects (its actor an actor page's key, web/actorbox.py)."""
    return MapPage(f, bbox, event_map(store, f))


@router.get("/map", response_class=HTMLResponse, include_in_schema=False)
def map_html(request: Request, store: StoreDep, events: EventParams):
    box = actor_box(request, store, events.actor)
    page = map_page(store, events.of(box.key), events.bbox)
    page.actor, page.types = box, occurring_types(request, store)
    return render(request, "map.html", page)


@router.get("/map/world.svg", include_in_schema=False)
def world_svg() -> Response:
    return Response(worldmap.world_svg(), media_type="image/svg+xml",
                    headers={"Cache-Control": "public, max-age=86400"})


@router.get("/api/map/view", summary="The map page's data: dots per place, shaded countries, view")
def map_view_api(request: Request, store: StoreDep, events: EventParams) -> JSONResponse:
    key = actor_box(request, store, events.actor).key
    return as_json(map_page(store, events.of(key), events.bbox))


@router.get("/api/map", summary="Located events per place (0.1°) and quad class",
            response_model=Page[MapPoint])
def map_api(request: Request, store: StoreDep, events: EventParams, limit: PageLimit = None,
            offset: Offset = 0, format: Format = "json") -> Response:
    f = events.of(actor_box(request, store, events.actor).key)
    return listing(request, store, format, "map",
                   lambda s, n, o: read.events.map_points(s, f, n, o),
                   lambda: read.events.map_point_count(store, f), limit, offset, per_page=1000)
