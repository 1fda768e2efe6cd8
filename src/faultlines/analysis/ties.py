"""Signed ties: how friendly or hostile two actors are as of a date, and why.

This module is the ONE place where the weights are combined. A tie between nodes A and B
(symmetric) is

    strength = tanh( Σ events  weight · EVENT_WEIGHT · [background] · [intent]
                                                               · 0.5 ** (age / half_life)
                   + Σ stated  STATED_WEIGHTS[type] · 0.5 ** (age / stated_half_life) )

- events: the deduplicated dyad-days between A and B, in either direction. Their `weight` is
  what the event says about the tie, by PLOVER type and mode, from faultlines/event_ties.yaml
  (not CAMEO's quad class: a request is no hostility, a retreat no friendship, a demand backed
  by a threat is hostile). A day whose every report is a background re-mention weighs the
  rules' `background` share, and counts once, at its own date; a hypothetical event is intent,
  weighing the rules' `intent` share at the day the story said it. Age is counted from the
  event's day to the "as of" date.
- stated ties: a standing fact ("X has long been an ally of Y") is not a one-day event, so it
  decays ten times slower (stated_half_life defaults to ten event half-lives), counted from the
  day the story stated it, not from when the tie began ("diplomatic relations since 1992" stated
  in 2023 is a 2023 fact). A type not listed takes `polarity · DEFAULT_STATED_WEIGHT`; a listed
  type stated with the opposite polarity keeps its size and takes the stated sign.
- tanh keeps the sum in (−1, 1): one strong fact gives ~0.76, and more agreeing evidence
  approaches ±1 without a cap that hides the difference between some and much.
- "as of" is given by the caller (the Network: by default the latest publication date in the
  data, else the latest day); anything after it is left out.

Every contribution is kept with the articles and outlets behind it, so `faultlines ties
--explain` shows what made each tie and a dilemma can ask whether a tie is corroborated
(`Tie.support`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from faultlines import event_ties
from faultlines.analysis.records import DyadDay, StatedTie
from faultlines.identity import pair

HALF_LIFE_DAYS = 365.0  # events: a year-old assault counts half as much as today's
STATED_HALF_LIFE_FACTOR = 10.0  # stated ties decay this many times slower than events
EVENT_WEIGHT = 1.0  # multiplies the event's weight from event_ties.yaml
MIN_ARTICLES = 2  # a tie in a dilemma: evidence of its sign from this many articles, or ...
DEFAULT_STATED_WEIGHT = 0.5
# Stated-tie types → signed weight. The keys are exactly the RELATION types the ties stage
# emits (ties/patterns.yaml, and "leads" for "Moscow-led"); a test keeps the two in step.
STATED_WEIGHTS: dict[str, float] = {
    "ally": 1.0, "member": 0.8, "leads": 0.8, "military": 0.7,
    "support": 0.7, "siding": 0.7, "affiliate": 0.7, "partnership": 0.6,
    "trade": 0.5, "cooperation": 0.5, "diplomatic": 0.4, "ties": 0.4, "cultural": 0.3,
    "frayed": -0.5, "rivalry": -0.7, "war": -1.0,
}


@dataclass(frozen=True)
class TieOptions:
    """How ties are weighed.

    half_life (float): days after which an event counts half.
    stated_half_life (float | None): the same for stated ties; None → half_life × 10.
    as_of (date | None): the day the ties are taken at; None → the latest publication date
        in the data (Network), else the latest day.
    min_articles (int): a tie in a dilemma needs evidence of its sign from this many articles,
        or a stated tie of its sign confirmed by an event of its sign (Tie.support).
    """

    half_life: float = HALF_LIFE_DAYS
    stated_half_life: float | None = None
    as_of: date | None = None
    min_articles: int = MIN_ARTICLES

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
    article: str = ""  # the article `evidence` comes from
    articles: frozenset[str] = frozenset()  # every article behind it
    outlets: frozenset[str] = frozenset()  # their outlets, where known
    background: bool = False
    intent: bool = False


@dataclass(frozen=True)
class Support:
    """What one sign of a tie rests on: articles, outlets, dyad-days of events, stated ties,
    and claims: the distinct things its sentences say (see `claims`)."""

    articles: frozenset[str]
    outlets: frozenset[str]
    events: int
    stated: int
    claims: int = 0

    def corroborated(self, min_articles: int = MIN_ARTICLES) -> bool:
        """Evidence from `min_articles` articles, or a stated tie confirmed by an event that is
        not the stated tie read twice (two claims: "Iran has been arming Russia" is one claim,
        stated as support and coded as aid, and confirms nothing)."""
        return len(self.articles) >= min_articles or (
            self.stated > 0 and self.events > 0 and self.claims >= 2)

    def to_dict(self) -> dict:
        return {"articles": len(self.articles), "outlets": sorted(self.outlets),
                "events": self.events, "stated": self.stated}


def claims(contributions: list[Contribution]) -> int:
    """How many distinct things these contributions say: per sentence, each tie type it states,
    or one for the events of a sentence that states none. An event coded from a sentence that
    also states the tie is that statement read again, not a second witness; a sentence stating
    two ties ("established diplomatic relations …, and have strengthened their trade
    partnership") says two things."""
    stated: dict[tuple[str, str], set[str]] = defaultdict(set)
    acted: set[tuple[str, str]] = set()
    for c in contributions:
        where = (c.article, c.evidence)
        if c.basis == "stated":
            stated[where].add(c.type)
        else:
            acted.add(where)
    return sum(len(types) for types in stated.values()) + len(acted - set(stated))


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

    def support(self, sign: int) -> Support:
        """The articles, outlets, events and stated ties behind this sign of the tie."""
        chosen = [c for c in self.contributions if c.weight * sign > 0]
        return Support(frozenset().union(*(c.articles for c in chosen)),
                       frozenset().union(*(c.outlets for c in chosen)),
                       sum(c.basis == "events" for c in chosen),
                       sum(c.basis == "stated" for c in chosen), claims(chosen))

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
    rules = event_ties.load()
    ties: dict[tuple[str, str], Tie] = defaultdict(lambda: Tie("", ""))
    for d in days:
        weight = event_weight(d, rules)
        if weight and d.day <= as_of:
            weight *= decay((as_of - d.day).days, options.half_life)
            _add(ties, d.a, d.b, Contribution(
                "events", d.type, weight, d.day, d.sentence, f"{d.a}→{d.b}", d.n_events,
                d.sentence_article, d.articles, d.sources, d.background, d.intent))
    for s in stated:
        if s.day <= as_of:
            weight = stated_weight(s.type, s.polarity)
            weight *= decay((as_of - s.day).days, options.stated_decay)
            _add(ties, s.a, s.b, Contribution("stated", s.type, weight, s.day, s.evidence,
                                              s.article, article=s.article,
                                              articles=frozenset({s.article}),
                                              outlets=frozenset({s.source} - {None})))
    return dict(ties)


def event_weight(d: DyadDay, rules: event_ties.EventTies) -> float:
    """A dyad-day's pull on its tie before decay: its events' weight, times the rules' share
    for a background re-mention and for an intent."""
    weight = d.weight * EVENT_WEIGHT
    if d.background:
        weight *= rules.background
    if d.intent:
        weight *= rules.intent
    return weight


def _add(ties: dict, a: str, b: str, contribution: Contribution) -> None:
    key = pair(a, b)
    tie = ties[key]
    tie.a, tie.b = key
    tie.contributions.append(contribution)


def tie_rows(ties: dict[tuple[str, str], Tie], explain: bool = False,
             actor: str | None = None,
             articles: dict[str, dict[str, Any]] | None = None) -> list[dict]:
    """Ties as rows for the CLI and the API, strongest first.

    articles (dict | None): article key → {"id": the caller's id, ...} (Network.articles): the
        explanation names each article by the id its caller gave, its store key beside it.
    """
    ids = {k: m["id"] for k, m in (articles or {}).items() if m.get("id")}
    rows = []
    for tie in sorted(ties.values(), key=lambda t: (-abs(t.strength), t.a, t.b)):
        if actor and actor.upper() not in (tie.a.upper(), tie.b.upper()):
            continue
        row = {"a": tie.a, "b": tie.b, "strength": round(tie.strength, 3),
               "polarity": 1 if tie.strength > 0 else -1 if tie.strength < 0 else 0,
               "events": sum(c.basis == "events" for c in tie.contributions),
               "stated": sum(c.basis == "stated" for c in tie.contributions)}
        if explain:
            row["explanation"] = [_explain(c, ids)
                                  for c in tie.telling(limit=len(tie.contributions))]
        rows.append(row)
    return rows


def _explain(c: Contribution, ids: dict[str, str]) -> dict:
    shown = ids.get(c.article, c.article)  # a stated tie comes from its article: by its id too
    return {"basis": c.basis, "type": c.type, "weight": round(c.weight, 3),
            "day": c.day.isoformat(), "from": shown if c.basis == "stated" else c.source,
            "reports": c.reports, "evidence": c.evidence, "article": shown, "key": c.article,
            "articles": len(c.articles),
            "background": c.background, "intent": c.intent}
