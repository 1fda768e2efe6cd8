"""The network page: the signed tie graph drawn as SVG, friendly and hostile edges told apart.

The layout is networkx's spring layout with a fixed seed, so the same store draws the same
picture; it is computed on the server and cached with the network of its date window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

import networkx as nx
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from typing_extensions import Annotated

from faultlines.analysis.network import build_graph, to_json
from faultlines.web.display import dyad_href, node_href
from faultlines.web.params import Since, Until, check_window
from faultlines.web.respond import StoreDep, actor_pages, as_json, cached, render
from faultlines.web.schemas import NetworkGraph

router = APIRouter()
WIDTH, HEIGHT, PAD = 1000, 620, 60
MAX_EDGES = 250
Threshold = Annotated[float, Query(ge=0, le=1, description="Keep ties stronger than this.")]
Sign = Annotated[Literal["all", "friendly", "hostile"], Query(description="Which ties.")]


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    x: float
    y: float
    r: float
    href: str | None


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    x1: float
    y1: float
    x2: float
    y2: float
    sign: str
    width: float
    strength: float
    href: str
    title: str


@dataclass
class NetworkPage:
    since: date | None
    until: date | None
    threshold: float
    sign: str
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    total_edges: int = 0


def _graph(request: Request, since, until, threshold: float, sign: str) -> nx.Graph:
    graph = build_graph(request.app.state.networks.get(since, until), threshold)
    if sign != "all":
        graph.remove_edges_from([(a, b) for a, b, s in graph.edges(data="sign") if s != sign])
    strongest = sorted(graph.edges(data="weight"), key=lambda e: -e[2])[:MAX_EDGES]
    kept = nx.Graph()
    kept.add_nodes_from((n, graph.nodes[n]) for a, b, _ in strongest for n in (a, b))
    kept.add_edges_from((a, b, graph.edges[a, b]) for a, b, _ in strongest)
    return kept


def _layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    if not graph:
        return {}
    pos = nx.spring_layout(graph, seed=7, weight="weight", k=1.6 / math.sqrt(len(graph)))
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
    return {n: (round(PAD + (x - min(xs)) / span_x * (WIDTH - 2 * PAD), 1),
                round(PAD + (y - min(ys)) / span_y * (HEIGHT - 2 * PAD), 1))
            for n, (x, y) in pos.items()}


def build(request: Request, since, until, threshold: float, sign: str,
          pages: frozenset[str] | None = None) -> NetworkPage:
    """The page; a node links to its actor page where `pages` (the keys with one) holds it."""
    check_window(since, until)
    graph = _graph(request, since, until, threshold, sign)
    pos = _layout(graph)
    page = NetworkPage(since, until, threshold, sign, total_edges=graph.number_of_edges())
    for n, attrs in sorted(graph.nodes(data=True)):
        x, y = pos[n]
        page.nodes.append(Node(n, attrs.get("label") or n, x, y,
                               round(4 + 2.2 * math.sqrt(graph.degree(n)), 1),
                               node_href(n) if pages is None or n in pages else None))
    for a, b, attrs in graph.edges(data=True):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        page.edges.append(Edge(a, b, x1, y1, x2, y2, attrs["sign"],
                               round(0.6 + 3.4 * attrs["weight"], 2), attrs["strength"],
                               dyad_href(a, b),
                               f"{a}–{b}: {attrs['sign']} tie {attrs['strength']:+.2f}"))
    page.edges.sort(key=lambda e: e.width)
    return page


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
def network_html(request: Request, store: StoreDep, since: Since = None, until: Until = None,
                 threshold: Threshold = 0.1, sign: Sign = "all"):
    page = cached(request, ("network", since, until, threshold, sign),
                  lambda: build(request, since, until, threshold, sign,
                                actor_pages(request, store)))
    return render(request, "network.html", page)


@router.get("/api/network", summary="The signed tie graph: nodes and edges",
            response_model=NetworkGraph)
def network_api(request: Request, store: StoreDep, since: Since = None, until: Until = None,
                threshold: Threshold = 0.0) -> JSONResponse:
    check_window(since, until)
    graph = build_graph(request.app.state.networks.get(since, until), threshold)
    return as_json(to_json(graph))
