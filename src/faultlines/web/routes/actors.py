"""Actors: the list, and one actor's page — what it did, what was done to it, whom it dealt
with, what it said."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from typing_extensions import Annotated

from faultlines.identity import slug, unslug
from faultlines.store import read
from faultlines.web.analysis_view import names_for
from faultlines.web.listpage import ListPage
from faultlines.web.menus import actor_kinds
from faultlines.web.params import (Format, Limit, Offset, PageLimit, Since, Sort, Text, Until,
                                   check_sort, check_window)
from faultlines.web.respond import StoreDep, as_json, filters_query, listing, render
from faultlines.web.schemas import ActorDetail, ActorRow, Page
from faultlines.web.timeline import Timeline
from faultlines.web.timeline_view import link_to, timeline_for, zoom_base

router = APIRouter()
Kind = Annotated[str | None, Query(max_length=40, pattern=r"^[a-z_]*$")]
Role = Annotated[Literal["any", "actor", "recipient"], Query(
    description="any, actor (what it did) or recipient (what was done to it).")]


@dataclass(kw_only=True)
class ActorListPage(ListPage):
    search: str | None
    kind: str | None
    kinds: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ActorPage:
    """One actor: the timeline of its events (all, or those it did or suffered, `role`)."""

    key: str
    profile: dict[str, Any]
    timeline: Timeline
    role: str
    since: date | None
    until: date | None
    zoom: str
    partners: list[dict[str, Any]]
    adversaries: list[dict[str, Any]]
    names: dict[str, str]
    quotes: list[dict[str, Any]]
    recent: list[dict[str, Any]] = field(default_factory=list)


def _timeline(store, key: str, role: str, since, until) -> Timeline:
    f = read.EventFilter(actor=key, factual=True)
    return timeline_for(store, f, since, until, link_to("/events", actor=key),
                        role=(key, role) if role != "any" else None)


def actor_page(store, key: str, role: str = "any", since=None, until=None) -> ActorPage:
    check_window(since, until)
    profile = read.actors.profile(store, key)
    if profile is None:
        raise HTTPException(404, f"no actor '{key}' in this store")
    if profile["kind"] == "state":
        profile["name"] = names_for(store, [key])[key]
    partners = read.actors.partners(store, key, limit=40)
    friends = sorted((p for p in partners if p["cooperation"] > p["conflict"]),
                     key=lambda p: -p["cooperation"])[:10]
    foes = sorted((p for p in partners if p["conflict"] >= p["cooperation"]),
                  key=lambda p: -p["conflict"])[:10]
    zoom = zoom_base(f"/actors/{slug(key)}", role=role if role != "any" else None)
    return ActorPage(key, profile, _timeline(store, key, role, since, until), role, since, until,
                     zoom, friends, foes, names_for(store, [p["node"] for p in partners]),
                     read.quotes.listing(store, read.QuoteFilter(speaker_page=key), 20),
                     read.events.listing(store, read.EventFilter(actor=key), 15))


def _listed(store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with a state's page named as its node reads ("Armenia", "Syria (civilians)")."""
    names = names_for(store, [r["key"] for r in rows if r["kind"] == "state"])
    for row in rows:
        row["name"] = names.get(row["key"], row["name"])
    return rows


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_html(request: Request, store: StoreDep, search: Text = None, kind: Kind = None,
                limit: Limit = 50, offset: Offset = 0, sort: Sort = None):
    check_sort(sort, read.actors.SORTS)
    rows = read.actors.listing(store, search, kind, limit, offset, sort)
    page = ActorListPage(rows=_listed(store, rows), total=read.actors.count(store, search, kind),
                         search=search, kind=kind, limit=limit, offset=offset, sort=sort,
                         kinds=actor_kinds(request, store), query=filters_query(request))
    return render(request, "actors.html", page)


@router.get("/api/actors", summary="Actors with how often each acts and is acted on",
            response_model=Page[ActorRow])
def actors_api(request: Request, store: StoreDep, search: Text = None, kind: Kind = None,
               limit: PageLimit = None, offset: Offset = 0, format: Format = "json",
               sort: Sort = None) -> Response:
    check_sort(sort, read.actors.SORTS)
    return listing(request, store, format, "actors",
                   lambda s, n, o: _listed(s, read.actors.listing(s, search, kind, n, o, sort)),
                   lambda: read.actors.count(store, search, kind), limit, offset)


@router.get("/actors/{key}", response_class=HTMLResponse, include_in_schema=False)
def actor_html(request: Request, key: str, store: StoreDep, role: Role = "any",
               since: Since = None, until: Until = None):
    return render(request, "actor.html", actor_page(store, unslug(key), role, since, until))


@router.get("/api/actors/{key}", summary="One actor: profile, series, timeline, partners, quotes",
            response_model=ActorDetail)
def actor_api(key: str, store: StoreDep, role: Role = "any", since: Since = None,
              until: Until = None) -> JSONResponse:
    key = unslug(key)
    page = actor_page(store, key, role, since, until)
    return as_json({"key": page.key, "profile": page.profile,
                    "series": read.actors.series(store, key), "timeline": page.timeline,
                    "partners": page.partners,
                    "adversaries": page.adversaries, "quotes": page.quotes,
                    "recent": page.recent})
