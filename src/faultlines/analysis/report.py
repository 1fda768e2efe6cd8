"""Dilemmas as text a person reads: each party between its two sides, with the evidence.

The lines are built here and printed by the CLI, so the wording is tested without a terminal.
"""

from __future__ import annotations

from faultlines.analysis.api import Network
from faultlines.identity import record_node
from faultlines.model import Dilemma


def dilemma_lines(network: Network, records: list[Dilemma], evidence: int = 4,
                  explain: bool = False) -> list[str]:
    """A numbered list of dilemmas, then the shared fault lines and the balance summary.

    explain (bool): under each dilemma its three legs, each with its support (articles,
        outlets, events, stated ties) and its strongest evidence with article, date and
        weight, instead of the plain list of sentences.
    """
    strengths = {(a, b): t.strength for (a, b), t in network.tie_map.items()}
    lines = []
    for i, d in enumerate(records, 1):
        p, a, b = (record_node(x) for x in (d.party, *d.sides))
        ties = [_strength(strengths, p, a), _strength(strengths, p, b), _strength(strengths, a, b)]
        lines.append(f"{i}. {network.name(p)} between {network.name(a)} and {network.name(b)}"
                     f"  score {d.score:.3f}  (ties {p}–{a} {ties[0]:+.2f}, {p}–{b} "
                     f"{ties[1]:+.2f}, {a}–{b} {ties[2]:+.2f})")
        if explain:
            for leg in d.legs:
                lines += leg_lines(network, leg)
        else:
            lines += [f"     - {_short(s)}" for s in d.evidence[:evidence]]
    if not records:
        lines.append("no dilemmas: no party has friendly ties to both sides of a corroborated "
                     "hostile pair")
    lines += _summary(network)
    return lines


def leg_lines(network: Network, leg: dict) -> list[str]:
    """One leg: its two ends, sign and support, then its strongest evidence, one per line."""
    support = leg["support"]
    outlets = f" ({', '.join(support['outlets'])})" if support["outlets"] else ""
    lines = [f"   {network.name(leg['a'])}–{network.name(leg['b'])} {leg['tie']} "
             f"{leg['strength']:+.2f}: {_count(support['articles'], 'article')}{outlets}, "
             f"{_count(support['events'], 'event day')}, "
             f"{_count(support['stated'], 'stated tie')}"]
    for e in leg["evidence"]:
        flags = "".join(f" [{f}]" for f in ("background", "intent") if e.get(f))
        title = f" “{_short(e['title'], 80)}”" if e.get("title") else ""
        lines.append(f"     {e['weight']:+.3f} {e['date']} {e['basis']} {e['type']}{flags} "
                     f"{e['article'] or '?'}{title}")
        lines.append(f"         {_short(e['sentence'])}")
    return lines


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


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
