"""The signed tie network of the whole store as GraphML (Gephi, yEd, networkx, igraph)."""

from __future__ import annotations

from pathlib import Path

name = "graphml"
description = "the signed tie graph (analysis/network.py): nodes are actors, edges signed ties"


def write(store, dest: Path, fmt: str = "graphml") -> list[Path]:
    from faultlines.analysis.api import Network
    from faultlines.analysis.network import build_graph, write as write_graph

    if dest.is_dir():
        dest = dest / "network.graphml"
    return [write_graph(build_graph(Network.from_store(store)), dest, "graphml")]
