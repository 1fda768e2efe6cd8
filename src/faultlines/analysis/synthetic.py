"""Small synthetic records for tests and benchmarks of the analysis: no pipeline needed.

`state("ARM")` is a country actor, `event(...)`/`relation(...)` build records from codes, and
`corpus(n_events)` generates a reproducible random corpus of articles for bench/network.py.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faultlines.identity import OWN_NODE_KINDS
from faultlines.model import Actor, Article, Event, Relation, Trigger

# Type → (quad class, score): a plausible projection, enough for tests and benchmarks.
TYPES: dict[str, tuple[int, float]] = {
    "AGREE": (1, 3.0), "CONSULT": (1, 1.0), "SUPPORT": (1, 3.5), "COOPERATE": (2, 6.0),
    "AID": (2, 7.0), "REQUEST": (3, -5.0), "ACCUSE": (3, -2.0), "REJECT": (3, -4.0),
    "THREATEN": (3, -4.4), "PROTEST": (3, -6.5), "SANCTION": (4, -8.0), "COERCE": (4, -7.0),
    "ASSAULT": (4, -10.0),
}


def state(code: str, kind: str = "state", country: str | None = None) -> Actor:
    """A country (or, with kind "igo"/"armed_group", an organisation) as an actor."""
    own = kind in OWN_NODE_KINDS
    return Actor(text=code, name=code, code=code, country=country if own else (country or code),
                 kind=kind)


@dataclass(frozen=True)
class Recalled(Event):
    """An event a story re-mentions in passing, with the `background` flag the events stage
    writes (issue 15), for records built before model.Event carries the field itself."""

    background: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "background": self.background}


def event(actor: str | Actor, recipient: str | Actor, type: str, day: str | None,
          sentence: str | None = None, score: float | None = None, mode: str | None = None,
          background: bool = False, **flags: bool) -> Event:
    """An event from codes; quad class and score come from TYPES unless a score is given;
    `background` makes it a re-mention (Recalled)."""
    actor = state(actor) if isinstance(actor, str) else actor
    recipient = state(recipient) if isinstance(recipient, str) else recipient
    quad, default = TYPES[type]
    text = sentence or f"{actor.name} {type.lower()} {recipient.name}."
    kind = Recalled if background else Event
    return kind(type=type, actor=(actor,), recipient=(recipient,), sentence=text,
                trigger=Trigger(type.lower(), 0, 1), quad_class=quad, mode=mode,
                score=default if score is None else score, date=day, **flags)


def relation(a: str, b: str, type: str, polarity: int, evidence: str | None = None) -> Relation:
    return Relation(a=state(a), b=state(b), polarity=polarity, type=type,
                    evidence=evidence or f"{a} and {b}: {type}.", basis="stated")


def article(id: str, published: str, events: tuple[Event, ...] = (),
            relations: tuple[Relation, ...] = (), source: str | None = "wire") -> Article:
    text = f"{id} " + " ".join(e.sentence for e in events)
    digest = hashlib.sha1(f"{id}{text}".encode()).hexdigest()
    return Article(id=id, text=text, published=published, source=source, content_hash=digest,
                   events=events, relations=relations,
                   actors=tuple({a.code: a for e in events
                                 for a in e.actor + e.recipient}.values()))


def corpus(n_events: int, n_countries: int = 60, per_article: int = 5, seed: int = 7,
           start: date = date(2020, 1, 1), days: int = 1500) -> list[Article]:
    """A reproducible random corpus: `n_events` events among `n_countries` made-up countries."""
    rng = random.Random(seed)
    codes = [f"C{i:02d}" for i in range(n_countries)]
    types = list(TYPES)
    articles, pending = [], []
    for i in range(n_events):
        a, b = rng.sample(codes, 2)
        day = (start + timedelta(days=rng.randrange(days))).isoformat()
        pending.append(event(a, b, rng.choice(types), day, f"Sentence {i} about {a} and {b}."))
        if len(pending) == per_article or i == n_events - 1:
            articles.append(article(f"bench{i:07d}", pending[-1].date, tuple(pending),
                                    source=f"outlet{rng.randrange(20)}"))
            pending = []
    return articles
