"""Fault lines: signed ties, dilemmas (who is caught between whom), escalation, balance.

Each dilemma shows its three ties with their support and strongest evidence, linked to the
article each sentence comes from (issue 16).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from faultlines.web.analysis_view import names_for
from faultlines.web.actorbox import actor_box
from faultlines.web.params import Format, Offset, PageLimit, Since, Text, Until, check_window
from faultlines.web.respond import StoreDep, listing, render, rows_of
from faultlines.web.schemas import Dilemma, Escalation, Page, Tie

router = APIRouter()


@dataclass
class FaultlinesPage:
    dilemmas: list[dict[str, Any]]
    shared: list[dict[str, Any]]
    escalations: list[dict[str, Any]]
    balance: dict[str, Any]
    names: dict[str, str] = field(default_factory=dict)


def _network(request: Request, since, until):
    check_window(since, until)
    return request.app.state.networks.get(since, until)


@router.get("/faultlines", response_class=HTMLResponse, include_in_schema=False)
def faultlines_html(request: Request, store: StoreDep, since: Since = None, until: Until = None):
    network = _network(request, since, until)
    found = request.app.state.networks.findings_of(since, until)
    balance, escalations, shared = found.balance, found.escalations[:30], found.shared[:20]
    nodes = [n for e in escalations for n in (e["a"], e["b"])]
    nodes += [n for e in balance.get("frustrated_edges", []) for n in (e["a"], e["b"])]
    nodes += [n for s in shared for n in (*s.get("sides", ()), *s.get("parties", ()))]
    nodes += [n for d in found.dilemmas[:40] for leg in d.get("legs", ()) for n in (leg["a"],
                                                                                      leg["b"])]
    page = FaultlinesPage(found.dilemmas[:40], shared, escalations,
                          balance, names_for(store, nodes, network))
    return render(request, "faultlines.html", page)


@router.get("/api/ties", summary="Signed tie strengths, strongest first, with their evidence",
            response_model=Page[Tie])
def ties_api(request: Request, store: StoreDep, actor: Text = None, since: Since = None,
             until: Until = None, limit: PageLimit = None, offset: Offset = 0,
             format: Format = "json") -> Response:
    rows = _network(request, since, until).ties(explain=True,
                                                actor=actor_box(request, store, actor).node)
    return listing(request, store, format, "ties", rows_of(rows), lambda: len(rows), limit,
                   offset, per_page=100)


MinArticles = Annotated[int | None, Query(ge=1, le=100, description=(
    "Articles a tie of a dilemma needs, unless it is a stated tie confirmed by an event "
    "(default 2)."))]


@router.get("/api/dilemmas", summary="DILEMMA records: parties friendly to both sides of a "
                                     "hostile pair, each tie with its support and evidence",
            response_model=Page[Dilemma])
def dilemmas_api(request: Request, store: StoreDep, actor: Text = None, since: Since = None,
                 until: Until = None, min_articles: MinArticles = None,
                 limit: PageLimit = None, offset: Offset = 0,
                 format: Format = "json") -> Response:
    found = _network(request, since, until).dilemmas(actor=actor_box(request, store, actor).node,
                                                     min_articles=min_articles)
    rows = [d.to_dict() for d in found]
    return listing(request, store, format, "dilemmas", rows_of(rows), lambda: len(rows), limit,
                   offset, per_page=100)


@router.get("/api/escalation", summary="Dyads whose conflict in the latest week stands above "
                                       "their baseline", response_model=Page[Escalation])
def escalation_api(request: Request, store: StoreDep, actor: Text = None, since: Since = None,
                   until: Until = None, flagged: bool = False, limit: PageLimit = None,
                   offset: Offset = 0, format: Format = "json") -> Response:
    rows = _network(request, since, until).escalations(
        only_flagged=flagged, actor=actor_box(request, store, actor).node)
    return listing(request, store, format, "escalation", rows_of(rows), lambda: len(rows), limit,
                   offset, per_page=100)
