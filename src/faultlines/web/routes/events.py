"""Events: every coded event, filtered by actor, type, quad class, dates and a place box."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from faultlines.store import read
from faultlines.web.params import (PLOVER_TYPES, Bbox, EventType, Format, Limit, Offset, Quad,
                                   Since, Text, Until, event_filter)
from faultlines.web.respond import StoreDep, listing, render

router = APIRouter()


@dataclass
class EventListPage:
    rows: list[dict[str, Any]]
    total: int
    filter: read.EventFilter
    bbox: str | None
    limit: int
    offset: int
    types: tuple[str, ...] = PLOVER_TYPES


def build(store, actor, type, quad, since, until, bbox, limit, offset) -> EventListPage:
    f = event_filter(actor, type, quad, since, until, bbox)
    return EventListPage(read.events.listing(store, f, limit, offset), read.events.count(store, f),
                         f, bbox,
                         limit, offset)


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_html(request: Request, store: StoreDep, actor: Text = None, type: EventType = None,
                quad: Quad = None, since: Since = None, until: Until = None, bbox: Bbox = None,
                limit: Limit = 50, offset: Offset = 0):
    page = build(store, actor, type, quad, since, until, bbox, limit, offset)
    return render(request, "events.html", page)


@router.get("/api/events", summary="EVENT records with id and article_id, newest first")
def events_api(store: StoreDep, actor: Text = None, type: EventType = None, quad: Quad = None,
               since: Since = None, until: Until = None, bbox: Bbox = None, limit: Limit = 100,
               offset: Offset = 0, format: Format = "json") -> Response:
    page = build(store, actor, type, quad, since, until, bbox, limit, offset)
    return listing(page.rows, format, "events")
