"""Dilemmas as text a person reads: each party between its two sides, with the evidence.

The lines are built here and printed by the CLI, so the wording is tested without a terminal.
"""

from __future__ import annotations

from faultlines.analysis.api import Network
from faultlines.identity import record_node
from faultlines.model import Dilemma


def dilemma_lines(network: Network, records: list[Dilemma], evidence: int = 4) -> list[str]:
    """A numbered list of dilemmas, then the shared fault lines and the balance summary."""
    strengths = {(a, b): t.strength for (a, b), t in network.tie_map.items()}
    lines = []
    for i, d in enumerate(records, 1):
        p, a, b = (record_node(x) for x in (d.party, *d.sides))
        ties = [_strength(strengths, p, a), _strength(strengths, p, b), _strength(strengths, a, b)]
        lines.append(f"{i}. {network.name(p)} between {network.name(a)} and {network.name(b)}"
                     f"  score {d.score:.3f}  (ties {p}–{a} {ties[0]:+.2f}, {p}–{b} "
                     f"{ties[1]:+.2f}, {a}–{b} {ties[2]:+.2f})")
        lines += [f"     - {_short(s)}" for s in d.evidence[:evidence]]
    if not records:
        lines.append("no dilemmas: no party has friendly ties to both sides of a hostile pair")
    lines += _summary(network)
    return lines


def _summary(network: Network) -> list[str]:
    lines = []
    for row in network.shared_fault_lines()[:10]:
        a, b = row["sides"]
        parties = ", ".join(network.name(p) for p in row["parties"])
        lines.append(f"shared fault line {network.name(a)}–{network.name(b)}: {parties}")
    figures = network.balance()
    if figures["triads"]:
        worst = ", ".join(f"{e['a']}–{e['b']} ({'+' if e['sign'] > 0 else '−'}, "
                          f"{e['unbalanced_triads']})" for e in figures["frustrated_edges"][:5])
        lines.append(f"balance: {figures['balanced']} of {figures['triads']} closed triads "
                     f"balanced ({figures['balance']:.0%}); most frustrated edges: {worst}")
    return lines


def _strength(strengths: dict, x: str, y: str) -> float:
    return strengths.get((x, y) if x <= y else (y, x), 0.0)


def _short(sentence: str, limit: int = 220) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"
