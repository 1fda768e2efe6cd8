"""The signed tie graph as a networkx Graph, and its GraphML, GEXF and JSON files.

Nodes carry the actor's name, code and kind; edges carry the tie's strength in [-1, 1], its sign
("friendly"/"hostile"), how many dyad-days of events and stated ties made it, and its strongest
piece of evidence, so that Gephi or a notebook can colour, filter and explain the graph.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from faultlines.analysis.api import Network
from faultlines.identity import node_actor

FORMATS = ("graphml", "gexf", "json")


def build_graph(network: Network, threshold: float = 0.0) -> nx.Graph:
    """The signed graph: one edge per tie stronger than `threshold` either way."""
    graph = nx.Graph()
    for (a, b), tie in network.tie_map.items():
        strength = tie.strength
        if abs(strength) <= threshold or strength == 0:
            continue
        for node in (a, b):
            if node not in graph:
                graph.add_node(node, **_node_attrs(network, node))
        best = tie.telling(limit=1)
        graph.add_edge(a, b, strength=round(strength, 4), weight=round(abs(strength), 4),
                       sign="friendly" if strength > 0 else "hostile",
                       events=sum(c.basis == "events" for c in tie.contributions),
                       stated=sum(c.basis == "stated" for c in tie.contributions),
                       evidence=best[0].evidence if best else "")
    return graph


def _node_attrs(network: Network, node: str) -> dict:
    record = node_actor(node, network.names)
    return {"label": network.name(node), "code": record.code or node, "kind": record.kind,
            "country": record.country or ""}


def to_json(graph: nx.Graph) -> dict:
    """Nodes and edges as plain lists (the shape the web app and scripts read)."""
    return {"nodes": [{"id": n, **attrs} for n, attrs in sorted(graph.nodes(data=True))],
            "edges": [{"a": a, "b": b, **attrs}
                      for a, b, attrs in sorted(graph.edges(data=True))]}


def write(graph: nx.Graph, dest: Path, fmt: str) -> Path:
    """Write the graph in `fmt` (graphml, gexf, json) to `dest`; RETURNS the path."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(graph, dest)
    elif fmt == "gexf":
        nx.write_gexf(graph, dest)
    else:
        dest.write_text(json.dumps(to_json(graph), ensure_ascii=False, indent=2),
                        encoding="utf-8")
    return dest
