"""Signed ties: how friendly or hostile two actors are as of a date, and why.

This module is the ONE place where the weights live. A tie between nodes A and B (symmetric) is

    strength = tanh( Σ events  sign · |score| / 10 · EVENT_WEIGHT · type weight
                                                               · 0.5 ** (age / half_life)
                   + Σ stated  STATED_WEIGHTS[type] · 0.5 ** (age / stated_half_life) )

- events: the deduplicated dyad-days between A and B, in either direction. sign is +1 for
  cooperation (quad class 1–2 with a positive score) and −1 for conflict (quad class 3–4);
  |score|/10 puts the −10..+10 scale on 0..1, so an ASSAULT (−10) weighs ten times a mild
  verbal exchange. Age is counted from the event's day to the "as of" date.
- EVENT_TYPE_WEIGHTS scales some types: RETREAT (surrender, withdrawal, yielding) and
  CONCEDE (release, easing, apology) sit in CAMEO's cooperative quad classes but mostly pass
  between enemies — fighters surrendering to the force that besieged them are not its friends
  (the Guardian corpus: Isis "surrendering to the SDF" made the two look allied). RETREAT says
  nothing of friendship (0); CONCEDE counts half.
- stated ties: a standing fact ("X has long been an ally of Y") is not a one-day event, so it
  decays ten times slower (stated_half_life defaults to ten event half-lives), counted from the
  day the story stated it, not from when the tie began ("diplomatic relations since 1992" stated
  in 2023 is a 2023 fact). A type not listed takes `polarity · DEFAULT_STATED_WEIGHT`; a listed
  type stated with the opposite polarity keeps its size and takes the stated sign.
- tanh keeps the sum in (−1, 1): one strong fact gives ~0.76, and more agreeing evidence
  approaches ±1 without a cap that hides the difference between some and much.
- "as of" defaults to the latest day in the data; anything after it is left out.

Every contribution is kept, so `faultlines ties --explain` shows what made each tie.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from faultlines.analysis.records import DyadDay, StatedTie
from faultlines.identity import pair

HALF_LIFE_DAYS = 365.0  # events: a year-old assault counts half as much as today's
STATED_HALF_LIFE_FACTOR = 10.0  # stated ties decay this many times slower than events
EVENT_WEIGHT = 1.0  # multiplies sign · |score| / 10
# PLOVER types whose cooperative quad class says little of friendship (see above); others 1.0.
EVENT_TYPE_WEIGHTS: dict[str, float] = {"RETREAT": 0.0, "CONCEDE": 0.5}
DEFAULT_STATED_WEIGHT = 0.5
# Stated-tie types → signed weight. The keys are exactly the RELATION types the ties stage
# emits (ties/patterns.yaml, and "leads" for "Moscow-led"); a test keeps the two in step.
STATED_WEIGHTS: dict[str, float] = {
    "ally": 1.0, "member": 0.8, "leads": 0.8, "military": 0.7,
    "support": 0.7, "siding": 0.7, "partnership": 0.6,
    "trade": 0.5, "cooperation": 0.5, "diplomatic": 0.4, "ties": 0.4,
    "frayed": -0.5, "rivalry": -0.7, "war": -1.0,
}


@dataclass(frozen=True)
class TieOptions:
    """How ties are weighed.

    half_life (float): days after which an event counts half.
    stated_half_life (float | None): the same for stated ties; None → half_life × 10.
    as_of (date | None): the day the ties are taken at; None → the latest day in the data.
    """

    half_life: float = HALF_LIFE_DAYS
    stated_half_life: float | None = None
    as_of: date | None = None

    @property
    def stated_decay(self) -> float:
        return self.stated_half_life or self.half_life * STATED_HALF_LIFE_FACTOR


@dataclass(frozen=True)
class Contribution:
    """One piece of evidence behind a tie: a dyad-day of events or a stated tie."""

    basis: str  # "events" | "stated"
    type: str
    weight: float  # signed, after decay
    day: date
    evidence: str
    source: str  # "A→B" direction for events, the stating article for stated ties
    reports: int = 1


@dataclass
class Tie:
    """The signed tie between two nodes (a < b), with the contributions that made it."""

    a: str
    b: str
    contributions: list[Contribution] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(c.weight for c in self.contributions)

    @property
    def strength(self) -> float:
        return math.tanh(self.total)

    def last_day(self, sign: int) -> date | None:
        """The latest day of evidence with this sign (recency of the hostility, say)."""
        days = [c.day for c in self.contributions if c.weight * sign > 0]
        return max(days) if days else None

    def telling(self, sign: int = 0, limit: int = 5) -> list[Contribution]:
        """The contributions that weigh most (of one sign, or any with sign 0)."""
        chosen = [c for c in self.contributions if sign == 0 or c.weight * sign > 0]
        return sorted(chosen, key=lambda c: (-abs(c.weight), c.evidence))[:limit]


def decay(age_days: float, half_life: float) -> float:
    """0.5 ** (age / half_life): 1 today, ½ after one half-life, ¼ after two."""
    return 0.5 ** (max(age_days, 0.0) / half_life)


def stated_weight(tie_type: str, polarity: int) -> float:
    """The signed weight of a stated tie type, its sign following the stated polarity."""
    size = abs(STATED_WEIGHTS.get(tie_type, DEFAULT_STATED_WEIGHT))
    return size if polarity > 0 else -size


def latest_day(days: Iterable[DyadDay], stated: Iterable[StatedTie]) -> date | None:
    found = [d.day for d in days] + [s.day for s in stated]
    return max(found) if found else None


def compute_ties(days: Iterable[DyadDay], stated: Iterable[StatedTie],
                 options: TieOptions = TieOptions()) -> dict[tuple[str, str], Tie]:
    """Every tie with some evidence, keyed by the unordered pair (a < b)."""
    days, stated = list(days), list(stated)
    as_of = options.as_of or latest_day(days, stated)
    ties: dict[tuple[str, str], Tie] = defaultdict(lambda: Tie("", ""))
    for d in days:
        if d.sign and d.day <= as_of and EVENT_TYPE_WEIGHTS.get(d.type, 1.0):
            weight = d.sign * abs(d.score) / 10 * EVENT_WEIGHT * EVENT_TYPE_WEIGHTS.get(d.type, 1.0)
            weight *= decay((as_of - d.day).days, options.half_life)
            _add(ties, d.a, d.b, Contribution("events", d.type, weight, d.day, d.sentence,
                                              f"{d.a}→{d.b}", d.n_events))
    for s in stated:
        if s.day <= as_of:
            weight = stated_weight(s.type, s.polarity)
            weight *= decay((as_of - s.day).days, options.stated_decay)
            _add(ties, s.a, s.b, Contribution("stated", s.type, weight, s.day, s.evidence,
                                              s.article))
    return dict(ties)


def _add(ties: dict, a: str, b: str, contribution: Contribution) -> None:
    key = pair(a, b)
    tie = ties[key]
    tie.a, tie.b = key
    tie.contributions.append(contribution)


def tie_rows(ties: dict[tuple[str, str], Tie], explain: bool = False,
             actor: str | None = None) -> list[dict]:
    """Ties as rows for the CLI and the API, strongest first."""
    rows = []
    for tie in sorted(ties.values(), key=lambda t: (-abs(t.strength), t.a, t.b)):
        if actor and actor.upper() not in (tie.a.upper(), tie.b.upper()):
            continue
        row = {"a": tie.a, "b": tie.b, "strength": round(tie.strength, 3),
               "polarity": 1 if tie.strength > 0 else -1 if tie.strength < 0 else 0,
               "events": sum(c.basis == "events" for c in tie.contributions),
               "stated": sum(c.basis == "stated" for c in tie.contributions)}
        if explain:
            row["explanation"] = [_explain(c) for c in tie.telling(limit=len(tie.contributions))]
        rows.append(row)
    return rows


def _explain(c: Contribution) -> dict:
    return {"basis": c.basis, "type": c.type, "weight": round(c.weight, 3),
            "day": c.day.isoformat(), "from": c.source, "reports": c.reports,
            "evidence": c.evidence}
