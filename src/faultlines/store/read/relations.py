"""Relations as stored: the RELATION records of each article (stated, and those its events
imply), with the article they come from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from faultlines.identity import Columns
from faultlines.store.read.filters import Day, Where, actor_match, by_article

# The two ends of a relation, as the ACTOR JSON stored in its columns a and b.
SIDES = tuple(Columns(kind=f"r.{s}->>'kind'", code=f"r.{s}->>'code'",
                      country=f"r.{s}->>'country'", sector=f"r.{s}->>'sector'",
                      id=f"r.{s}->>'id'", name=f"r.{s}->>'name'") for s in ("a", "b"))


@dataclass(frozen=True)
class RelationFilter:
    """actor (str): on either end (filters.py). basis (str): "stated" or "events".
    since, until: the article's publication day. text: words in the evidence."""

    actor: str | None = None
    basis: str | None = None
    since: Day = None
    until: Day = None
    text: str | None = None
    loose: bool = False

    def where(self) -> Where:
        w = Where()
        if self.actor:
            (a, a_values), (b, b_values) = (actor_match(self.actor, self.loose, s) for s in SIDES)
            w.add(f"({a} OR {b})", *a_values, *b_values)
        if self.basis:
            w.add("r.basis = ?", self.basis)
        if self.text:
            w.add("r.evidence ILIKE ?", f"%{self.text}%")
        return w.window("ar.published", self.since, self.until)


def listing(store, f: RelationFilter = RelationFilter(), limit: int | None = 100,
            offset: int = 0) -> list[dict[str, Any]]:
    """RELATION records (OUTPUT.md) with `article_id`, `article_title` and `published`."""
    rows = by_article(store, "relations r", "r.a, r.b, r.polarity, r.type, r.evidence, "
                      "r.basis, r.date", f.where(), limit, offset)
    for row in rows:
        row["a"], row["b"] = json.loads(row["a"]), json.loads(row["b"])
    return rows
