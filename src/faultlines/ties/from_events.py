"""Ties an article's events imply: RELATION records with basis "events" (OUTPUT.md).

One article's events summed per pair of nodes (faultlines.identity): each pulls a pair together or
apart by what its type and mode say about a tie (faultlines/event_ties.yaml, the rules the
network analysis weighs by: a request is no conflict, whatever CAMEO's quad class says). The
ties stage adds them to `doc._.relations` after the stated ties, so an article's `relations`
hold both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from faultlines import event_ties
from faultlines.model import Actor, Event, Relation
from faultlines.identity import node_actor, node_of, pair


# An event that pulls a pair apart this hard (an assault, an abduction: event_ties.yaml) sets the
# pair at war, whatever else passes between them: talks or a prisoner swap between two sides
# that fight do not make them friends (GUIDELINES' "at war" tie).
AT_WAR = -0.9


def _signed_weight(event: Event) -> float:
    """The event's pull on a tie, undecayed: + friendly, − hostile, 0 none (event_ties.yaml)."""
    return event_ties.load().weight(event.type, event.mode)


def event_relations(events: Iterable[Event]) -> list[Relation]:
    """One article's events summed per pair of countries into RELATION records (basis "events").

    Events that did not happen (negated, hypothetical) are left out; a pair whose cooperation
    and conflict cancel out gets no relation; a pair one of whose events is an act of war
    (AT_WAR) is hostile. The type is "cooperation" or "conflict", the
    evidence the sentence of the weightiest event, the date the latest event date.
    """
    pulls: dict[tuple[str, str], list[tuple[float, Event, str, str]]] = defaultdict(list)
    actors: dict[str, Actor] = {}
    for event in events:
        weight = _signed_weight(event)
        if event.negated or event.hypothetical or not weight:
            continue
        for a_actor in event.actor:
            for b_actor in event.recipient:
                a, b = node_of(a_actor.to_dict()), node_of(b_actor.to_dict())
                if a and b and a != b:
                    actors.setdefault(a, a_actor)
                    actors.setdefault(b, b_actor)
                    pulls[pair(a, b)].append((weight, event, a, b))
    return [r for key, items in sorted(pulls.items()) if (r := _relation(items, actors))]


def _relation(items: list[tuple[float, Event, str, str]],
              actors: dict[str, Actor]) -> Relation | None:
    total = sum(w for w, *_ in items)
    if any(w <= AT_WAR for w, *_ in items):
        total = min(total, sum(w for w, *_ in items if w < 0))  # at war: hostile
    if abs(total) < 1e-9:
        return None
    weight, event, a, b = max(items, key=lambda it: (abs(it[0]) if it[0] * total > 0 else -1))
    dates = [e.date for _, e, *_ in items if e.date]
    return Relation(a=_country_actor(a, actors[a]), b=_country_actor(b, actors[b]),
                    polarity=1 if total > 0 else -1,
                    type="cooperation" if total > 0 else "conflict", evidence=event.sentence,
                    basis="events", date=max(dates) if dates else None)


def _country_actor(node: str, seen: Actor) -> Actor:
    """The node as an actor, keeping the words of the story that named it."""
    if seen.kind in ("state", "igo", "armed_group") and seen.code == node:
        return seen
    standing = node_actor(node)
    return Actor(text=seen.text, name=standing.name, code=standing.code, country=standing.country,
                 kind=standing.kind)
