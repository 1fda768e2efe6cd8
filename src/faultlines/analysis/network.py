"""The signed tie graph as a networkx Graph, and its GraphML, GEXF and JSON files.

Nodes carry the actor's name, code and kind; edges carry the tie's strength in [-1, 1], its sign
("friendly"/"hostile"), how many dyad-days of events and stated ties made it, and its strongest
piece of evidence, so that Gephi or a notebook can colour, filter and explain the graph.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx

from faultlines.analysis.api import Network
from faultlines.identity import node_actor

FORMATS = ("graphml", "gexf", "json")
# What XML 1.0 cannot hold: a NUL or another control character in a stored sentence made the
# GraphML writer fail ("All strings must be XML compatible"), and the export with it.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


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


def _xml_text(value):
    return _NOT_XML.sub(" ", value) if isinstance(value, str) else value


def xml_safe(graph: nx.Graph) -> nx.Graph:
    """The graph with every string (node ids, attributes) cleared of what XML cannot hold,
    each such character a space; the graph itself when it has none (the usual case)."""
    strings = [v for _, attrs in graph.nodes(data=True) for v in attrs.values()]
    strings += [v for _, _, attrs in graph.edges(data=True) for v in attrs.values()]
    strings += list(graph.nodes)
    if not any(isinstance(s, str) and _NOT_XML.search(s) for s in strings):
        return graph
    safe = nx.Graph()
    safe.add_nodes_from((_xml_text(n), {k: _xml_text(v) for k, v in a.items()})
                        for n, a in graph.nodes(data=True))
    safe.add_edges_from((_xml_text(a), _xml_text(b), {k: _xml_text(v) for k, v in d.items()})
                        for a, b, d in graph.edges(data=True))
    return safe


def write(graph: nx.Graph, dest: Path, fmt: str) -> Path:
    """Write the graph in `fmt` (graphml, gexf, json) to `dest`; RETURNS the path."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(xml_safe(graph), dest)
    elif fmt == "gexf":
        nx.write_gexf(xml_safe(graph), dest)
    else:
        dest.write_text(json.dumps(to_json(graph), ensure_ascii=False, indent=2),
                        encoding="utf-8")
    return dest
