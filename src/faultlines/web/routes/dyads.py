"""Dyads: pairs of actors at country level, and one pair's conflict and cooperation over time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from typing_extensions import Annotated

from faultlines.identity import pair, unslug
from faultlines.analysis.ties import tie_rows
from faultlines.store import read
from faultlines.web.analysis_view import names_for
from faultlines.web.charts import Chart, diverging, label
from faultlines.web.actorbox import ActorBox, actor_box
from faultlines.web.params import (Format, Limit, Offset, PageLimit, Period, Since, Text, Until,
                                   check_window)
from faultlines.web.respond import StoreDep, as_json, filters_query, listing, render
from faultlines.web.schemas import DyadDetail, DyadRow, Page

router = APIRouter()
Order = Annotated[Literal["events", "hostile", "friendly"], Query(description="Sort order.")]
EVENTS_SHOWN = 250  # the newest; older ones are a click away in /events


@dataclass
class DyadListPage:
    rows: list[dict[str, Any]]
    names: dict[str, str]
    order: str
    actor: ActorBox
    since: date | None
    until: date | None
    limit: int
    offset: int
    total: int = 0
    query: str = ""


@dataclass
class PeriodEvents:
    label: str
    anchor: str
    events: list[dict[str, Any]]


@dataclass
class DyadPage:
    """Two nodes: the chart of their events per period, and the events behind each bar."""

    a: str
    b: str
    names: dict[str, str]
    period: str
    chart: Chart
    periods: list[PeriodEvents] = field(default_factory=list)
    total: int = 0
    tie: dict[str, Any] | None = None


def _period_start(day: str | None, period: str) -> date | None:
    """The period an event is counted in: that of the first day its date can mean, as the
    store's `day` and so the chart have it ("2019" → January 2019), so that every bar's
    events are listed under its anchor."""
    if not day:
        return None
    d = date.fromisoformat("-".join((day.split("-") + ["01", "01"])[:3]))
    if period == "year":
        return date(d.year, 1, 1)
    if period == "week":
        return date.fromordinal(d.toordinal() - d.weekday())
    return date(d.year, d.month, 1)


def _grouped(events: list[dict[str, Any]], period: str) -> list[PeriodEvents]:
    groups: dict[date, list] = {}
    for event in events:
        start = _period_start(event.get("date"), period)
        if start:
            groups.setdefault(start, []).append(event)
    return [PeriodEvents(label(s, period), f"p-{s.isoformat()}", groups[s])
            for s in sorted(groups, reverse=True)]


def _tie(network, a: str, b: str) -> dict[str, Any] | None:
    """The pair's signed tie with its most telling evidence (analysis/ties.py)."""
    key = pair(a, b)
    tie = network.tie_map.get(key)
    if tie is None:
        return None
    row = tie_rows({key: tie}, explain=True)[0]
    row["explanation"] = row["explanation"][:8]
    return row


def dyad_page(request: Request, store, a: str, b: str, period: str, since, until) -> DyadPage:
    check_window(since, until)
    f = read.EventFilter(pair=(a, b), since=since, until=until, factual=True)
    total = read.events.count(store, f)
    network = request.app.state.networks.get()
    tie = _tie(network, a, b)
    if not total and tie is None:  # a tie stated in stories, with no event, is a dyad too
        raise HTTPException(404, f"no events or tie between '{a}' and '{b}' in this store")
    counts: dict = {}
    for row in read.dyads.quads(store, a, b, period, since, until):
        counts.setdefault(row["period"], {})[row["quad_class"]] = row["events"]
    chart = diverging(counts, period, lambda s: f"#p-{s.isoformat()}")
    return DyadPage(a, b, names_for(store, [a, b], network), period, chart,
                    _grouped(read.events.listing(store, f, EVENTS_SHOWN), period), total, tie)


@router.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
def dyads_html(request: Request, store: StoreDep, order: Order = "events", actor: Text = None,
               since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0):
    check_window(since, until)
    box = actor_box(request, store, actor)
    rows = read.dyads.listing(store, since, until, box.node, order, limit, offset)
    names = names_for(store, [n for r in rows for n in (r["a"], r["b"])],
                      request.app.state.networks.get())
    return render(request, "dyads.html",
                  DyadListPage(rows, names, order, box, since, until, limit, offset,
                               read.dyads.count(store, since, until, box.node),
                               filters_query(request)))


@router.get("/api/dyads", summary="Country-level dyads with conflict and cooperation counts",
            response_model=Page[DyadRow])
def dyads_api(request: Request, store: StoreDep, order: Order = "events", actor: Text = None,
              since: Since = None, until: Until = None, limit: PageLimit = None,
              offset: Offset = 0, format: Format = "json") -> Response:
    check_window(since, until)
    node = actor_box(request, store, actor).node
    return listing(request, store, format, "dyads",
                   lambda s, n, o: read.dyads.listing(s, since, until, node, order, n, o),
                   lambda: read.dyads.count(store, since, until, node), limit, offset)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
def dyad_html(request: Request, a: str, b: str, store: StoreDep, period: Period = "month",
              since: Since = None, until: Until = None):
    page = dyad_page(request, store, unslug(a), unslug(b), period, since, until)
    return render(request, "dyad.html", page)


@router.get("/api/dyads/{a}/{b}", summary="One dyad's time series, events and tie",
            response_model=DyadDetail)
def dyad_api(request: Request, a: str, b: str, store: StoreDep, period: Period = "month",
             since: Since = None, until: Until = None) -> JSONResponse:
    a, b = unslug(a), unslug(b)
    page = dyad_page(request, store, a, b, period, since, until)
    return as_json({"a": a, "b": b, "names": page.names, "period": period,
                    "series": read.dyads.series(store, a, b, period, since, until),
                    "total": page.total, "tie": page.tie,
                    "events": [e for p in page.periods for e in p.events]})
