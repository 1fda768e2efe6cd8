"""Events: every coded event, filtered by actor, type, quad class, dates, a place box, and
whether it happened (neither negated nor hypothetical)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from faultlines.store import read
from faultlines.web.actorbox import ActorBox, actor_box
from faultlines.web.listpage import ListPage
from faultlines.web.params import EventParams, Events, Format, Limit, Offset, PageLimit
from faultlines.web.menus import occurring_types
from faultlines.web.respond import StoreDep, filters_query, listing, render
from faultlines.web.schemas import Event, Page

router = APIRouter()


@dataclass(kw_only=True)
class EventListPage(ListPage):
    filter: read.EventFilter
    bbox: str | None
    types: list[str]
    actor: ActorBox


def _filter(request: Request, store, events: Events) -> tuple[ActorBox, read.EventFilter]:
    box = actor_box(request, store, events.actor)
    return box, events.of(box.key)


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_html(request: Request, store: StoreDep, events: EventParams, limit: Limit = 50,
                offset: Offset = 0):
    box, f = _filter(request, store, events)
    page = EventListPage(rows=read.events.listing(store, f, limit, offset),
                         total=read.events.count(store, f), filter=f, bbox=events.bbox,
                         limit=limit, offset=offset, types=occurring_types(request, store),
                         actor=box, query=filters_query(request))
    return render(request, "events.html", page)


@router.get("/api/events", summary="EVENT records with id and article_id, newest first",
            response_model=Page[Event])
def events_api(request: Request, store: StoreDep, events: EventParams, limit: PageLimit = None,
               offset: Offset = 0, format: Format = "json") -> Response:
    _, f = _filter(request, store, events)
    return listing(request, store, format, "events",
                   lambda s, n, o: read.events.listing(s, f, n, o),
                   lambda: read.events.count(store, f), limit, offset, per_page=100)
