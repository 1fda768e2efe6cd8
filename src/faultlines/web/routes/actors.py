"""Actors: the list, and one actor's page — what it did, what was done to it, whom it dealt
with, what it said."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from typing_extensions import Annotated

from faultlines.identity import unslug
from faultlines.store import read
from faultlines.web.analysis_view import names_for
from faultlines.web.charts import Chart, diverging, step
from faultlines.web.menus import actor_kinds
from faultlines.web.params import Format, Limit, Offset, PageLimit, Text
from faultlines.web.respond import StoreDep, as_json, filters_query, listing, render
from faultlines.web.schemas import ActorDetail, ActorRow, Page

router = APIRouter()
Kind = Annotated[str | None, Query(max_length=40, pattern=r"^[a-z_]*$")]


@dataclass
class ActorListPage:
    rows: list[dict[str, Any]]
    total: int
    search: str | None
    kind: str | None
    limit: int
    offset: int
    kinds: list[dict[str, Any]] = field(default_factory=list)
    query: str = ""


@dataclass
class ActorPage:
    """One actor: `did` charts the events it carried out, `suffered` those aimed at it."""

    key: str
    profile: dict[str, Any]
    did: Chart
    suffered: Chart
    partners: list[dict[str, Any]]
    adversaries: list[dict[str, Any]]
    names: dict[str, str]
    quotes: list[dict[str, Any]]
    recent: list[dict[str, Any]] = field(default_factory=list)


def _chart(series: list[dict[str, Any]], role: str, key: str) -> Chart:
    """One role's chart, on the time axis of all the actor's events (both charts align)."""
    periods = [row["period"] for row in series]
    counts: dict = {}
    for row in series:
        if row["role"] == role and row["quad_class"]:
            counts.setdefault(row["period"], {})[row["quad_class"]] = row["events"]
    def href(start: date) -> str:
        end = step(start, "month") - timedelta(days=1)
        return f"/events?actor={quote(key, safe='')}&since={start}&until={end}"

    return diverging(counts, "month", href, (min(periods), max(periods)) if periods else None)


def actor_page(store, key: str) -> ActorPage:
    profile = read.actors.profile(store, key)
    if profile is None:
        raise HTTPException(404, f"no actor '{key}' in this store")
    if profile["kind"] == "state":
        profile["name"] = names_for(store, [key])[key]
    series = read.actors.series(store, key)
    partners = read.actors.partners(store, key, limit=40)
    friends = sorted((p for p in partners if p["cooperation"] > p["conflict"]),
                     key=lambda p: -p["cooperation"])[:10]
    foes = sorted((p for p in partners if p["conflict"] >= p["cooperation"]),
                  key=lambda p: -p["conflict"])[:10]
    return ActorPage(key, profile, _chart(series, "actor", key), _chart(series, "recipient", key),
                     friends, foes, names_for(store, [p["node"] for p in partners]),
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
                limit: Limit = 50, offset: Offset = 0):
    page = ActorListPage(_listed(store, read.actors.listing(store, search, kind, limit, offset)),
                         read.actors.count(store, search, kind), search, kind, limit, offset,
                         actor_kinds(request, store), filters_query(request))
    return render(request, "actors.html", page)


@router.get("/api/actors", summary="Actors with how often each acts and is acted on",
            response_model=Page[ActorRow])
def actors_api(request: Request, store: StoreDep, search: Text = None, kind: Kind = None,
               limit: PageLimit = None, offset: Offset = 0, format: Format = "json") -> Response:
    return listing(request, store, format, "actors",
                   lambda s, n, o: _listed(s, read.actors.listing(s, search, kind, n, o)),
                   lambda: read.actors.count(store, search, kind), limit, offset)


@router.get("/actors/{key}", response_class=HTMLResponse, include_in_schema=False)
def actor_html(request: Request, key: str, store: StoreDep):
    return render(request, "actor.html", actor_page(store, unslug(key)))


@router.get("/api/actors/{key}", summary="One actor: profile, series, partners, quotes",
            response_model=ActorDetail)
def actor_api(key: str, store: StoreDep) -> JSONResponse:
    key = unslug(key)
    page = actor_page(store, key)
    return as_json({"key": page.key, "profile": page.profile,
                    "series": read.actors.series(store, key), "partners": page.partners,
                    "adversaries": page.adversaries, "quotes": page.quotes,
                    "recent": page.recent})
