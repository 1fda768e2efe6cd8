"""Pictures a person would rather look at than read: a dyad over time, the signed network.

matplotlib with the Agg backend (no display needed); the file's suffix (.png or .svg) picks the
format. Layouts use a fixed seed so the same data always draws the same picture.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)
import networkx as nx  # noqa: E402

from faultlines.analysis.api import Network  # noqa: E402
from faultlines.analysis.dyads import window_start  # noqa: E402
from faultlines.analysis.network import build_graph  # noqa: E402

FRIENDLY = "#2e8b57"
HOSTILE = "#c0392b"


def dyad_series(network: Network, a: str, b: str,
                window: str = "month") -> dict[date, tuple[int, int]]:
    """window start → (cooperation, conflict) dyad-days between a and b, both directions
    (acts only: an intent is no event of the series)."""
    series: dict[date, list[int]] = {}
    for d in network.days:
        if {d.a, d.b} == {a, b} and d.sign and d.happened:
            cell = series.setdefault(window_start(d.day, window), [0, 0])
            cell[0 if d.sign > 0 else 1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(series.items())}


def plot_dyad(network: Network, a: str, b: str, dest: Path, window: str = "month") -> Path:
    """Cooperation above the axis, conflict below it, per window, between a and b."""
    series = dyad_series(network, a, b, window)
    fig, ax = plt.subplots(figsize=(9, 4))
    if series:
        starts = list(series)
        width = {"day": 0.8, "week": 5, "month": 20}[window]
        ax.bar(starts, [c for c, _ in series.values()], width=width, color=FRIENDLY,
               label="cooperation")
        ax.bar(starts, [-k for _, k in series.values()], width=width, color=HOSTILE,
               label="conflict")
        ax.legend(loc="upper left")
    else:
        ax.text(0.5, 0.5, "no events between them", ha="center", transform=ax.transAxes)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_title(f"{network.name(a)} – {network.name(b)}: events per {window}")
    ax.set_ylabel("dyad-days (conflict below 0)")
    fig.autofmt_xdate()
    return _save(fig, dest)


def plot_network(network: Network, dest: Path, threshold: float = 0.1,
                 max_nodes: int = 60) -> Path:
    """The signed graph: green friendly and red hostile edges, width by |strength|."""
    graph = build_graph(network, threshold)
    if graph.number_of_nodes() > max_nodes:  # keep the busiest nodes readable
        keep = sorted(graph.degree(weight="weight"), key=lambda nd: -nd[1])[:max_nodes]
        graph = graph.subgraph(n for n, _ in keep).copy()
    fig, ax = plt.subplots(figsize=(10, 10))
    if graph.number_of_nodes():
        layout = nx.spring_layout(graph, seed=42, weight="weight")
        edges = list(graph.edges(data=True))
        nx.draw_networkx_edges(graph, layout, ax=ax, edgelist=[(a, b) for a, b, _ in edges],
                               edge_color=[FRIENDLY if e["strength"] > 0 else HOSTILE
                                           for _, _, e in edges],
                               width=[0.5 + 4 * abs(e["strength"]) for _, _, e in edges])
        nx.draw_networkx_nodes(graph, layout, ax=ax, node_color="#f4f1e8", edgecolors="#555",
                               node_size=600)
        nx.draw_networkx_labels(graph, layout, ax=ax, font_size=8,
                                labels={n: n for n in graph})
    ax.set_title("Signed ties (green friendly, red hostile; width = strength)")
    ax.axis("off")
    return _save(fig, dest)


def _save(fig, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(dest)
    plt.close(fig)
    return dest
