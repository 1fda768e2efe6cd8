"""Dyads: pairs of actors at country level, and one pair's conflict and cooperation over time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from typing_extensions import Annotated

from faultlines.identity import pair, slug, unslug
from faultlines.analysis.ties import tie_rows
from faultlines.store import read
from faultlines.web.analysis_view import names_for
from faultlines.web.actorbox import ActorBox, actor_box
from faultlines.web.listpage import ListPage
from faultlines.web.params import (Format, Limit, Offset, PageLimit, Since, Sort, Text, Until,
                                   check_sort, check_window)
from faultlines.web.respond import StoreDep, as_json, filters_query, listing, render
from faultlines.web.schemas import DyadDetail, DyadRow, Page
from faultlines.web.timeline import FITS, Timeline, floor, label, span_label, span_of
from faultlines.web.timeline_view import link_to, timeline_for, zoom_base

router = APIRouter()
Order = Annotated[Literal["events", "hostile", "friendly"], Query(description="Sort order.")]
EVENTS_SHOWN = 250  # the newest; older ones are a click away in /events
Period = Annotated[Literal["week", "month", "year"] | None, Query(
    description="Time step; left out, one that suits the window.")]


@dataclass(kw_only=True)
class DyadListPage(ListPage):
    names: dict[str, str]
    order: str
    actor: ActorBox


@dataclass
class PeriodEvents:
    label: str
    anchor: str
    events: list[dict[str, Any]]


@dataclass
class DyadPage:
    """Two nodes: the timeline of their events, and the events under each period's label."""

    a: str
    b: str
    names: dict[str, str]
    period: str | None
    timeline: Timeline
    since: date | None
    until: date | None
    zoom: str
    periods: list[PeriodEvents] = field(default_factory=list)
    total: int = 0
    tie: dict[str, Any] | None = None


def _precision(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


def _group_of(value: str | None, period: str) -> tuple[date, date, str, str] | None:
    """(last day, first day, label, anchor) of the list group an event's date goes under: its
    period, or its own month or year when that is coarser than the period ("2018 (year only)")."""
    if not value or len(value) < 4:
        return None
    precision = _precision(value)
    day = date.fromisoformat((value + "-01-01")[:10] if precision == "year" else
                             (value + "-01")[:10])
    if precision in FITS[period]:
        start = floor(day, period)
        return start, start, label(start, period), f"p-{start.isoformat()}"
    first, last = span_of(day, precision)
    return last, first, span_label(day, precision), f"p-{value}"


def _grouped(events: list[dict[str, Any]], period: str) -> list[PeriodEvents]:
    """Events under their period, newest first; a month- or year-only date gets a group of its
    own where its span ends, so no event is dropped and none is put in January."""
    groups: dict[tuple, list] = {}
    for event in events:
        key = _group_of(event.get("date"), period)
        if key:
            groups.setdefault(key, []).append(event)
    return [PeriodEvents(k[2], k[3], groups[k]) for k in sorted(groups, reverse=True)]


def _tie(network, a: str, b: str) -> dict[str, Any] | None:
    """The pair's signed tie with its most telling evidence (analysis/ties.py)."""
    key = pair(a, b)
    tie = network.tie_map.get(key)
    if tie is None:
        return None
    row = tie_rows({key: tie}, explain=True, articles=network.articles)[0]
    row["explanation"] = row["explanation"][:8]
    return row


def dyad_page(request: Request, store, a: str, b: str, period: str | None, since,
              until) -> DyadPage:
    check_window(since, until)
    f = read.EventFilter(pair=(a, b), since=since, until=until, factual=True)
    total = read.events.count(store, f)
    network = request.app.state.networks.get()
    tie = _tie(network, a, b)
    if (not total and tie is None  # a tie stated in stories, with no event, is a dyad too
            and not read.events.count(store, read.EventFilter(pair=(a, b), factual=True))):
        raise HTTPException(404, f"no events or tie between '{a}' and '{b}' in this store")
    path = f"/dyads/{slug(a)}/{slug(b)}"
    timeline = timeline_for(store, read.EventFilter(pair=(a, b), factual=True), since, until,
                            link_to(path, period=period), period)
    return DyadPage(a, b, names_for(store, [a, b], network), period, timeline, since, until,
                    zoom_base(path, period=period),
                    _grouped(read.events.listing(store, f, EVENTS_SHOWN), timeline.period),
                    total, tie)


@router.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
def dyads_html(request: Request, store: StoreDep, order: Order = "events", actor: Text = None,
               since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0,
               sort: Sort = None):
    check_window(since, until)
    check_sort(sort, read.dyads.SORTS)
    box = actor_box(request, store, actor)
    rows = read.dyads.listing(store, since, until, box.node, sort or order, limit, offset)
    names = names_for(store, [n for r in rows for n in (r["a"], r["b"])],
                      request.app.state.networks.get())
    return render(request, "dyads.html",
                  DyadListPage(rows=rows, names=names, order=order, actor=box, since=since,
                               until=until, limit=limit, offset=offset, sort=sort,
                               total=read.dyads.count(store, since, until, box.node),
                               query=filters_query(request)))


@router.get("/api/dyads", summary="Country-level dyads with conflict and cooperation counts",
            response_model=Page[DyadRow])
def dyads_api(request: Request, store: StoreDep, order: Order = "events", actor: Text = None,
              since: Since = None, until: Until = None, limit: PageLimit = None,
              offset: Offset = 0, format: Format = "json", sort: Sort = None) -> Response:
    check_window(since, until)
    check_sort(sort, read.dyads.SORTS)
    node = actor_box(request, store, actor).node
    return listing(request, store, format, "dyads",
                   lambda s, n, o: read.dyads.listing(s, since, until, node, sort or order, n, o),
                   lambda: read.dyads.count(store, since, until, node), limit, offset)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
def dyad_html(request: Request, a: str, b: str, store: StoreDep, period: Period = None,
              since: Since = None, until: Until = None):
    page = dyad_page(request, store, unslug(a), unslug(b), period, since, until)
    return render(request, "dyad.html", page)


@router.get("/api/dyads/{a}/{b}", summary="One dyad's time series, timeline, events and tie",
            response_model=DyadDetail)
def dyad_api(request: Request, a: str, b: str, store: StoreDep, period: Period = None,
             since: Since = None, until: Until = None) -> JSONResponse:
    a, b = unslug(a), unslug(b)
    page = dyad_page(request, store, a, b, period, since, until)
    period = page.timeline.period
    return as_json({"a": a, "b": b, "names": page.names, "period": period,
                    "series": read.dyads.series(store, a, b, period, since, until),
                    "timeline": page.timeline, "total": page.total, "tie": page.tie,
                    "events": [e for p in page.periods for e in p.events]})
