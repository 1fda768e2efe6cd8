"""Events: every coded event, filtered by actor, type, quad class, dates, a place box, and
whether it happened (neither negated nor hypothetical)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from faultlines.store import read
from faultlines.web.actorbox import ActorBox, actor_box
from faultlines.web.listpage import ListPage
from faultlines.web.params import (Bbox, EventType, Factual, Format, Limit, Offset, PageLimit,
                                   Quad, Since, Text, Until, event_filter)
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


def _filter(request: Request, store, actor, type, quad, since, until, bbox, factual):
    box = actor_box(request, store, actor)
    return box, event_filter(box.key, type, quad, since, until, bbox, factual)


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_html(request: Request, store: StoreDep, actor: Text = None, type: EventType = None,
                quad: Quad = None, since: Since = None, until: Until = None, bbox: Bbox = None,
                factual: Factual = False, limit: Limit = 50, offset: Offset = 0):
    box, f = _filter(request, store, actor, type, quad, since, until, bbox, factual)
    page = EventListPage(rows=read.events.listing(store, f, limit, offset),
                         total=read.events.count(store, f), filter=f, bbox=bbox, limit=limit,
                         offset=offset, types=occurring_types(request, store), actor=box,
                         query=filters_query(request))
    return render(request, "events.html", page)


@router.get("/api/events", summary="EVENT records with id and article_id, newest first",
            response_model=Page[Event])
def events_api(request: Request, store: StoreDep, actor: Text = None, type: EventType = None,
               quad: Quad = None, since: Since = None, until: Until = None, bbox: Bbox = None,
               factual: Factual = False, limit: PageLimit = None, offset: Offset = 0,
               format: Format = "json") -> Response:
    _, f = _filter(request, store, actor, type, quad, since, until, bbox, factual)
    return listing(request, store, format, "events",
                   lambda s, n, o: read.events.listing(s, f, n, o),
                   lambda: read.events.count(store, f), limit, offset, per_page=100)
