"""One event's page: its sentence with the trigger and arguments marked, and every field of its
record (OUTPUT.md EVENT), with the article it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse

from faultlines.identity import unslug
from faultlines.store import read
from faultlines.web.highlight import Segment, event_sentence
from faultlines.web.respond import StoreDep, as_json, links, render

router = APIRouter()
PRECISIONS = {4: "year only", 7: "month only", 10: "day"}


@dataclass
class EventPage:
    """The event (`event`: its EVENT record with id and article_id as the caller gave them, key
    and article_key as the store has them, article_title, published, source, url), its sentence cut into marked segments, and the other events of its article."""

    event: dict[str, Any]
    sentence: list[Segment] = field(default_factory=list)
    precision: str | None = None
    siblings: list[dict[str, Any]] = field(default_factory=list)


def event_page(store, event_id: str) -> EventPage:
    event = read.events.one(store, event_id)
    if event is None:
        raise HTTPException(404, f"no event with id '{event_id}'")
    doc = read.articles.document(store, event["article_key"]) or {}
    siblings = [e for e in read.events.listing(
        store, read.EventFilter(article=event["article_key"]), limit=None)
        if e["key"] != event["key"] and e.get("sentence") == event.get("sentence")]
    precision = PRECISIONS.get(len(event["date"])) if event.get("date") else None
    return EventPage(event, event_sentence(doc, event), precision, siblings)


@router.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
def event_html(request: Request, event_id: str, store: StoreDep):
    with links(request, store):
        page = event_page(store, unslug(event_id))
    return render(request, "event.html", page)


@router.get("/api/events/{event_id}", summary="One EVENT record with its article and its "
            "sentence cut into marked segments")
def event_api(request: Request, event_id: str, store: StoreDep) -> JSONResponse:
    with links(request, store):
        return as_json(event_page(store, unslug(event_id)))
