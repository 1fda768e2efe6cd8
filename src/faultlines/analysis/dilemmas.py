"""Dilemmas and structural balance over the signed tie graph.

Heider's balance: a triad of signed ties is balanced when the product of its signs is positive
("the friend of my friend is my friend", "the enemy of my enemy is my friend"). A DILEMMA is the
unbalanced triad a party P cannot escape: P is friendly with both A and B while A and B are
hostile. Its score is

    score = (t(P,A) · t(P,B) · |t(A,B)|) ** (1/3) · 0.5 ** (age of the hostility / half_life)

the geometric mean of the three tie strengths (so one weak tie pulls the whole triad down, but
three moderate ties are not crushed towards zero as a product would be), times the recency of
the latest hostile evidence between A and B, decayed like an event. A shared fault line is a
hostile pair over which two or more parties face a dilemma.

A tie counts as friendly above +friendly and hostile below −hostile (0.1 by default: one
moderately weighted piece of evidence, not a stray remark decayed over years), and only when
it is corroborated: evidence of its sign from `min_articles` articles (two by default), or a
stated tie confirmed by an event (ties.Support). One misread sentence makes no dilemma.
A party, its own parts and its sides are never one another's dilemma (identity.one_whole):
Syria is not caught between the Syrian opposition and Turkey. Nor are civilians or refugees,
aided by both sides, a party caught between them (identity.takes_sides).

Each dilemma keeps its three legs — party–side A, party–side B (friendly), side A–side B
(hostile) — with the support and the strongest evidence of each.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass

from faultlines.analysis.ties import Contribution, Support, Tie, TieOptions, decay
from faultlines.identity import one_whole, takes_sides

FRIENDLY = 0.1
HOSTILE = 0.1
EVIDENCE_LIMIT = 6
LEG_EVIDENCE = 3  # the strongest pieces of evidence kept per leg


@dataclass(frozen=True)
class Leg:
    """One tie of a dilemma, as seen from the party (or side A): its sign, strength, support
    and strongest evidence of that sign."""

    a: str
    b: str
    sign: int
    strength: float
    support: Support
    evidence: tuple[Contribution, ...]


@dataclass(frozen=True)
class NodeDilemma:
    """A dilemma between nodes, before the nodes are dressed as ACTOR dicts."""

    party: str
    sides: tuple[str, str]
    score: float
    strengths: tuple[float, float, float]  # t(P,A), t(P,B), t(A,B)
    evidence: tuple[str, ...]
    legs: tuple[Leg, ...] = ()  # party–A, party–B, A–B


def find_dilemmas(ties: dict[tuple[str, str], Tie], options: TieOptions,
                  friendly: float = FRIENDLY, hostile: float = HOSTILE) -> list[NodeDilemma]:
    """Every (party, hostile pair) with corroborated friendly ties to both sides, highest score
    first; no party is caught between itself, its parts or its sides."""
    def holds(tie: Tie, sign: int) -> bool:
        return tie.support(sign).corroborated(options.min_articles)

    friends: dict[str, set[str]] = defaultdict(set)
    for (a, b), tie in ties.items():
        if tie.strength > friendly and holds(tie, 1):
            friends[a].add(b)
            friends[b].add(a)
    as_of = options.as_of or _latest(ties)
    telling = _Telling()
    found = []
    for (a, b), tie in ties.items():
        if tie.strength < -hostile and not one_whole(a, b) and holds(tie, -1):
            for party in sorted(friends[a] & friends[b]):
                if takes_sides(party) and not one_whole(party, a, b):
                    found.append(_dilemma(party, tie, ties, as_of, options, telling))
    return sorted(found, key=lambda d: (-d.score, d.party, d.sides))


class _Telling(dict):
    """Each tie's strongest evidence of one sign, sorted once however many triads share it."""

    def of(self, tie: Tie, sign: int) -> list:
        key = (tie.a, tie.b, sign)
        if key not in self:
            self[key] = tie.telling(sign, EVIDENCE_LIMIT)
        return self[key]


def _dilemma(party: str, hostile_tie: Tie, ties: dict, as_of, options: TieOptions,
             telling: _Telling) -> NodeDilemma:
    a, b = hostile_tie.a, hostile_tie.b
    pa, pb = ties[_key(party, a)], ties[_key(party, b)]
    last = hostile_tie.last_day(-1)
    recency = decay((as_of - last).days, options.half_life) if last and as_of else 1.0
    strengths = (pa.strength, pb.strength, hostile_tie.strength)
    score = (pa.strength * pb.strength * abs(hostile_tie.strength)) ** (1 / 3) * recency
    streams = [telling.of(hostile_tie, -1), telling.of(pa, 1), telling.of(pb, 1)]
    legs = (_leg(party, a, pa, 1, streams[1]), _leg(party, b, pb, 1, streams[2]),
            _leg(a, b, hostile_tie, -1, streams[0]))
    return NodeDilemma(party, (a, b), round(score, 4), tuple(round(s, 3) for s in strengths),
                       evidence(streams), legs)


def _leg(x: str, y: str, tie: Tie, sign: int, telling: list[Contribution]) -> Leg:
    return Leg(x, y, sign, round(tie.strength, 3), tie.support(sign),
               tuple(telling[:LEG_EVIDENCE]))


def evidence(streams: list[list], limit: int = EVIDENCE_LIMIT) -> tuple[str, ...]:
    """The sentences that made the three ties, most telling first, taken in turns.

    The hostility's strongest evidence leads, then each friendship's, then the next of each,
    so that a reader sees all three sides of the triangle within the first three lines.
    """
    chosen: list[str] = []
    for round_ in itertools.zip_longest(*streams):
        for c in round_:
            if c is not None and c.evidence and c.evidence not in chosen:
                chosen.append(c.evidence)
    return tuple(chosen[:limit])


def shared_fault_lines(dilemmas: list[NodeDilemma]) -> list[dict]:
    """Hostile pairs that put two or more parties in a dilemma, most parties first."""
    by_pair: dict[tuple[str, str], list[NodeDilemma]] = defaultdict(list)
    for d in dilemmas:
        by_pair[d.sides].append(d)
    rows = [{"sides": list(sides), "parties": [d.party for d in group],
             "score": round(sum(d.score for d in group), 4)}
            for sides, group in by_pair.items() if len(group) >= 2]
    return sorted(rows, key=lambda r: (-len(r["parties"]), -r["score"], r["sides"]))


def balance(ties: dict[tuple[str, str], Tie], threshold: float = FRIENDLY,
            top: int = 10) -> dict:
    """Structural balance of the signed graph: share of balanced closed triads, frustrated edges.

    Only ties stronger than `threshold` either way count as signed edges. An edge's frustration
    is the number of unbalanced triads it belongs to.
    """
    signs = {k: (1 if t.strength > 0 else -1) for k, t in ties.items()
             if abs(t.strength) > threshold}
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in signs:
        neighbours[a].add(b)
        neighbours[b].add(a)
    balanced = unbalanced = 0
    frustration: Counter = Counter()
    for a, b in signs:
        for c in neighbours[a] & neighbours[b]:
            if c <= b:  # count each triad once: a < b < c
                continue
            edges = [(a, b), _key(a, c), _key(b, c)]
            if signs[edges[0]] * signs[edges[1]] * signs[edges[2]] > 0:
                balanced += 1
            else:
                unbalanced += 1
                frustration.update(edges)
    total = balanced + unbalanced
    # Counter.most_common breaks ties by insertion order, which follows the iteration of the
    # neighbour sets and so changes with Python's string hashing from run to run: rank by count,
    # then by the pair, so that the same store always shows the same edges in the same order.
    frustrated = sorted(frustration.items(), key=lambda item: (-item[1], item[0]))[:top]
    return {"edges": len(signs), "triads": total, "balanced": balanced,
            "unbalanced": unbalanced,
            "balance": round(balanced / total, 4) if total else None,
            "frustrated_edges": [{"a": a, "b": b, "sign": signs[(a, b)], "unbalanced_triads": n}
                                 for (a, b), n in frustrated]}


def _key(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x <= y else (y, x)


def _latest(ties: dict[tuple[str, str], Tie]):
    days = [c.day for t in ties.values() for c in t.contributions]
    return max(days) if days else None
