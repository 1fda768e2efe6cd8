"""The plain records every analysis reads, whichever way they were fed.

The analysis has one core and two ways in: from the store (store/analysis.py aggregates in
DuckDB) and from Article records in memory (`code --json` without a store, the seed suite).
Both ways end in the same two lists — `DyadDay` (coded events between two nodes, already
deduplicated one-a-day) and `StatedTie` (ties a story states) — so both give the same answer,
and a test holds them to it.

A node is an actor at country level, by the rules of faultlines.identity (shared with the
ties stage); self-loops (ARM→ARM) are never dyads. What an event says about a tie (its
`weight`) is faultlines.event_ties's rule, not the CAMEO quad class.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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
    weight: float  # mean pull of the events merged here on the tie (event_ties.yaml), -1..1
    intent: bool = False  # hypothetical events: intent, dated the day a story said it
    background: bool = False  # every report re-mentions it in passing (none is fresh news)
    sentence_article: str = ""  # the article `sentence` comes from

    @property
    def sign(self) -> int:
        """+1 friendly, -1 hostile, 0 says nothing of the tie (event_ties.yaml, not CAMEO's
        quad class: a request is no hostility)."""
        return 1 if self.weight > 0 else -1 if self.weight < 0 else 0

    @property
    def happened(self) -> bool:
        """An act, not an intent: what dyad counts and escalation count."""
        return not self.intent


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
    source: str | None = None  # the outlet of the stating article, where known


def first_day(value: str | None) -> date | None:
    """The first day a date string can mean ("2022-02" → 2022-02-01), as the store's `day`."""
    if not value:
        return None
    parts = str(value).split("-") + ["01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
