"""The plain records every analysis reads, whichever way they were fed.

The analysis has one core and two ways in: from the store (store/analysis.py aggregates in
DuckDB) and from Article records in memory (`code --json` without a store, the seed suite).
Both ways end in the same two lists — `DyadDay` (coded events between two nodes, already
deduplicated one-a-day) and `StatedTie` (ties a story states) — so both give the same answer,
and a test holds them to it.

A node is an actor at country level: its country (ISO3) when it acts for the state (a sector of
STATE_SECTORS, or none given); an IGO or armed group is its own code (CSTO, NATO, HAMAS, SDF);
a country's non-state actors are "COUNTRY:SECTOR" (SYR:REB, SYR:CVL). Persons count for their
country by the same rule (Putin for RUS, a Russian journalist for RUS:JRN). At sector level every
node is "NODE:SECTOR" ("RUS:MIL"). Self-loops (ARM→ARM) are never dyads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

# Actor kinds that stand for themselves, under their own code, whatever their country.
OWN_NODE_KINDS = frozenset({"igo", "armed_group"})
# Sectors that act for their state. Anyone else of a country — its rebels, opposition,
# civilians, refugees, businesses, press — is not the state: at country level they are a node
# "COUNTRY:SECTOR" of their own, so that Russia bombing Syrian civilians or the US arming
# Syrian rebels is not read as a tie with the Syrian government (the Guardian Syria corpus).
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO"})

# PLOVER quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict.
COOPERATIVE_QUADS = frozenset({1, 2})
CONFLICT_QUADS = frozenset({3, 4})


@dataclass(frozen=True)
class DyadDay:
    """Events of one PLOVER type from node `a` to node `b` on one day, counted once.

    This is the one-a-day deduplication: however many outlets or articles report Azerbaijan's
    ASSAULT on Armenia on 2023-09-19, it is one DyadDay; `n_events`, `articles` and `sources`
    keep how widely it was reported.
    """

    a: str
    b: str
    day: date
    type: str
    quad_class: int | None
    score: float  # mean score of the events merged here
    n_events: int
    articles: frozenset[str]
    sources: frozenset[str]
    sentence: str  # one sentence it was coded from (the first in sort order, for determinism)

    @property
    def sign(self) -> int:
        """+1 cooperative (quad 1-2 with a positive score), -1 conflictual (quad 3-4), else 0."""
        if self.quad_class in CONFLICT_QUADS:
            return -1
        if self.quad_class in COOPERATIVE_QUADS and self.score > 0:
            return 1
        return 0


@dataclass(frozen=True)
class StatedTie:
    """A tie a story states ("Armenia has long been a close ally of Russia").

    `day` is when it was stated (the article's publication date, else the tie's own date): a
    standing fact is as true as the latest story that asserts it, whenever the tie began.
    """

    a: str
    b: str
    type: str
    polarity: int
    day: date
    evidence: str
    article: str


def node_of(actor: dict[str, Any] | None, level: str = "country") -> str | None:
    """The network node an ACTOR dict counts for; None when it has none (an unknown person)."""
    if not actor:
        return None
    own = actor.get("kind") in OWN_NODE_KINDS and actor.get("code")
    node = actor["code"] if own else (actor.get("country") or None)
    sector = actor.get("sector") or None
    if not node or not sector:
        return node
    if level == "sector" or (not own and sector not in STATE_SECTORS):
        return f"{node}:{sector}"
    return node


def first_day(value: str | None) -> date | None:
    """The first day a date string can mean ("2022-02" → 2022-02-01), as the store's `day`."""
    if not value:
        return None
    parts = str(value).split("-") + ["01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def pair(a: str, b: str) -> tuple[str, str]:
    """The unordered pair of two nodes, in one canonical order (ties are symmetric)."""
    return (a, b) if a <= b else (b, a)
