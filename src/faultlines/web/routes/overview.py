"""The overview: what the store holds, the latest events, the dyads and fault lines that stand out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from faultlines.store import read
from faultlines.web.analysis_view import names_for
from faultlines.web.changes import changes
from faultlines.web.params import ChangedSince, Since, Until, check_window
from faultlines.web.respond import StoreDep, as_json, cached, render
from faultlines.web.eventmap import EventMap
from faultlines.web.routes.mapview import event_map
from faultlines.web.schemas import Overview, Stats
from faultlines.web.timeline import Timeline
from faultlines.web.timeline_view import link_to, timeline_for, zoom_base

router = APIRouter()
RANKINGS = ("overview", "rankings")  # cache key: the all-time most hostile and friendly dyads


@dataclass
class OverviewPage:
    """The front page's context (and /api/overview)."""

    figures: dict[str, Any]
    types: list[dict[str, Any]]
    latest: list[dict[str, Any]] = field(metadata={"help": "the newest events"})
    hostile: list[dict[str, Any]] = field(metadata={"help": "dyads by lowest score sum"})
    friendly: list[dict[str, Any]] = field(metadata={"help": "dyads by highest score sum"})
    names: dict[str, str] = field(metadata={"help": "node → display name"})
    dilemmas: list[dict[str, Any]] = field(metadata={"help": "DILEMMA records, strongest first"})
    escalations: list[dict[str, Any]] = field(metadata={"help": "flagged escalating dyads"})
    balance: dict[str, Any] = field(default_factory=dict)
    timeline: Timeline = field(default_factory=Timeline, metadata={
        "help": "events by quad class and type over the publication range (or the window)"})
    zoom: str = "/?"
    map: EventMap = field(default_factory=EventMap, metadata={
        "help": "where the store's events happened (or the window's)"})
    window: dict[str, Any] = field(default_factory=dict, metadata={
        "help": "the zoomed window: since, until, and its events link"})
    changes: dict[str, Any] = field(default_factory=dict, metadata={
        "help": "what changed: the alerts `faultlines watch` raised since `changed_since` "
                "(else those of its last cycle), each with its evidence"})


def rankings(store) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The all-time most hostile and most friendly dyads (scanning every event: cached)."""
    hostile = read.dyads.listing(store, order="hostile", limit=6)
    friendly = [d for d in read.dyads.listing(store, order="friendly", limit=8)
                if d["score_sum"] > 0]
    return hostile, friendly


def build(request: Request, store, since=None, until=None,
          changed_since=None) -> OverviewPage:
    check_window(since, until)
    network = request.app.state.networks.get()
    found = request.app.state.networks.findings_of()
    hostile, friendly = cached(request, RANKINGS, lambda: rankings(store))
    escalations = found.escalations[:8]
    nodes = [n for d in hostile + friendly + escalations for n in (d["a"], d["b"])]
    balance = {k: v for k, v in found.balance.items() if k != "frustrated_edges"}
    return OverviewPage(
        figures=read.overview.figures(store), types=read.events.types(store),
        latest=read.events.latest(store, limit=8), hostile=hostile, friendly=friendly,
        names=names_for(store, nodes, network),
        dilemmas=found.dilemmas[:5], escalations=escalations,
        balance=balance,
        timeline=timeline_for(store, read.EventFilter(factual=True), since, until,
                              link_to("/events")),
        zoom=zoom_base("/"),
        map=event_map(store, read.EventFilter(since=since, until=until)),
        window={"since": since, "until": until,
                "events": link_to("/events")(since, until)} if since or until else {},
        changes=changes(store, changed_since))


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request, store: StoreDep, since: Since = None, until: Until = None,
                  changed_since: ChangedSince = None):
    return render(request, "overview.html", build(request, store, since, until, changed_since))


@router.get("/api/overview", summary="The overview page's data", response_model=Overview)
def overview_json(request: Request, store: StoreDep, since: Since = None,
                  until: Until = None, changed_since: ChangedSince = None) -> JSONResponse:
    return as_json(build(request, store, since, until, changed_since))


@router.get("/api/stats", summary="Counts of what the store holds", response_model=Stats)
def stats_json(store: StoreDep) -> JSONResponse:
    return as_json({"counts": store.counts(), "schema": store.schema_version(),
                    "event_types": read.events.types(store),
                    "figures": read.overview.figures(store)})
