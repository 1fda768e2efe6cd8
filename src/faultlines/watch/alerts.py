"""What changed in the fault lines after a cycle: the alerts a monitor raises.

The analysis after a cycle is compared with a snapshot of it after the previous one (or, on a
watcher's first cycle, of the store before it): a compact record of each dilemma's score, the
dyads flagged as escalating and the pairs that have any event between them. Four changes are
worth a person's attention:

- new_dilemma: a party newly caught between two hostile sides, at or above `dilemma_score`;
- dilemma_jump: a known dilemma whose score rose by `dilemma_jump` or more;
- escalation: a dyad newly flagged by the escalation test (analysis/escalation.py) in its
  latest window;
- first_event: the first coded event ever between two nodes.

Each alert carries its evidence (article id, title, date, sentence), so a reader can check it
before acting on it: an alert on a misread sentence is worse than none.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from faultlines.analysis import escalation as esc
from faultlines.analysis.api import Network
from faultlines.analysis.records import DyadDay
from faultlines.identity import pair

NEW_DILEMMA, DILEMMA_JUMP, ESCALATION, FIRST_EVENT = (
    "new_dilemma", "dilemma_jump", "escalation", "first_event")
KINDS = (NEW_DILEMMA, DILEMMA_JUMP, ESCALATION, FIRST_EVENT)


@dataclass(frozen=True)
class AlertRules:
    """When a change is an alert.

    dilemma_score (float): a new dilemma scoring below this is left unsaid.
    dilemma_jump (float): the rise in score that makes a known dilemma news again.
    evidence (int): pieces of evidence given per alert.
    """

    dilemma_score: float = 0.3
    dilemma_jump: float = 0.15
    evidence: int = 3


def _dilemma_key(party: str, sides: tuple[str, str]) -> str:
    return "|".join((party, *sorted(sides)))


def _flagged(network: Network) -> list[esc.Escalation]:
    return [e for e in esc.escalations(network.days, "week", network.as_of) if e.escalating]


def _pairs(network: Network) -> dict[str, list[DyadDay]]:
    found: dict[str, list[DyadDay]] = defaultdict(list)
    for day in network.days:
        found["|".join(pair(day.a, day.b))].append(day)
    return found


def snapshot(network: Network) -> dict[str, Any]:
    """What the next cycle compares with: plain JSON."""
    return {"as_of": network.as_of.isoformat() if network.as_of else None,
            "dilemmas": {_dilemma_key(d.party, d.sides): round(d.score, 4)
                         for d in network.node_dilemmas()},
            "escalations": sorted(f"{e.a}|{e.b}|{e.window}" for e in _flagged(network)),
            "pairs": sorted(_pairs(network))}


EMPTY = {"as_of": None, "dilemmas": {}, "escalations": [], "pairs": []}


def _day_evidence(network: Network, day: DyadDay) -> dict[str, Any]:
    meta = network.articles.get(day.sentence_article, {})
    published = meta.get("published")
    return {"article": meta.get("id") or day.sentence_article or None,
            "key": day.sentence_article or None, "title": meta.get("title"),
            "published": published.isoformat() if published else None,
            "date": day.day.isoformat(), "type": day.type, "sentence": day.sentence}


def _dilemma_alerts(network: Network, before: dict[str, float], rules: AlertRules) -> list[dict]:
    alerts = []
    for d in network.node_dilemmas():
        key = _dilemma_key(d.party, d.sides)
        old = before.get(key)
        if old is None and d.score >= rules.dilemma_score:
            kind = NEW_DILEMMA
        elif old is not None and d.score - old >= rules.dilemma_jump:
            kind = DILEMMA_JUMP
        else:
            continue
        names = [network.name(n) for n in (d.party, *d.sides)]
        said = f"{names[0]} between {names[1]} and {names[2]}"
        summary = (f"new dilemma: {said} (score {d.score:.2f})" if kind == NEW_DILEMMA
                   else f"dilemma rose: {said} {old:.2f} → {d.score:.2f}")
        evidence = [network.evidence_record(c) for leg in d.legs for c in leg.evidence[:1]]
        alerts.append({"kind": kind, "key": f"dilemma:{key}", "summary": summary,
                       "party": d.party, "sides": list(d.sides), "score": round(d.score, 4),
                       "previous": old, "evidence": evidence[:rules.evidence]})
    return alerts


def _escalation_alerts(network: Network, before: set[str], rules: AlertRules) -> list[dict]:
    alerts = []
    for e in _flagged(network):
        key = f"{e.a}|{e.b}|{e.window}"
        if key in before:
            continue
        summary = (f"escalation: {network.name(e.a)}–{network.name(e.b)}, {e.count} hostile "
                   f"events in the week of {e.window} (baseline {e.baseline_mean:g} a week)")
        alerts.append({"kind": ESCALATION, "key": f"escalation:{key}", "summary": summary,
                       "a": e.a, "b": e.b, "window": e.window, "count": e.count,
                       "p_value": float(f"{e.p_value:.3g}"),
                       "evidence": [_day_evidence(network, d)
                                    for d in e.events[:rules.evidence]]})
    return alerts


def _first_event_alerts(network: Network, before: set[str], rules: AlertRules) -> list[dict]:
    alerts = []
    for key, days in sorted(_pairs(network).items()):
        if key in before:
            continue
        days = sorted(days, key=lambda d: (d.day, d.type, d.sentence))
        a, b = key.split("|")
        first = days[0]
        summary = (f"first event between {network.name(a)} and {network.name(b)}: "
                   f"{first.type} on {first.day.isoformat()}")
        alerts.append({"kind": FIRST_EVENT, "key": f"pair:{key}", "summary": summary,
                       "a": a, "b": b, "evidence": [_day_evidence(network, d)
                                                    for d in days[:rules.evidence]]})
    return alerts


def compare(network: Network, before: dict[str, Any] | None,
            rules: AlertRules = AlertRules()) -> list[dict[str, Any]]:
    """The alerts of the analysis `network` against the snapshot `before` (None: nothing
    known before), strongest kinds first."""
    before = before or EMPTY
    return (_dilemma_alerts(network, before.get("dilemmas", {}), rules)
            + _escalation_alerts(network, set(before.get("escalations", ())), rules)
            + _first_event_alerts(network, set(before.get("pairs", ())), rules))
