"""Relations as stored: the RELATION records of each article (stated, and those its events
imply), with the article they come from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from faultlines.identity import Columns
from faultlines.store.read.filters import Day, Where, actor_match, by_article, count_by_article

# The two ends of a relation, each field read once out of the ACTOR JSON of columns a and b.
_FIELDS = ("kind", "code", "country", "sector", "id", "name")
RELATIONS = ("(SELECT *, " + ", ".join(f"{s}->>'{f}' AS {s}_actor_{f}" for s in "ab"
                                  for f in _FIELDS)
             + " FROM relations) r")
SIDES = tuple(Columns(*(f"r.{s}_actor_{f}" for f in _FIELDS)) for s in "ab")


@dataclass(frozen=True)
class RelationFilter:
    """actor (str): on either end (filters.py). basis (str): "stated" or "events".
    since, until: the article's publication day. text: words in the evidence.
    type (str): the relation type (ally, member, rivalry, ...)."""

    actor: str | None = None
    basis: str | None = None
    since: Day = None
    until: Day = None
    text: str | None = None
    loose: bool = False
    type: str | None = None

    def where(self) -> Where:
        w = Where()
        if self.type:
            w.add("r.type = lower(?)", self.type)
        if self.actor:
            (a, a_values), (b, b_values) = (actor_match(self.actor, self.loose, s) for s in SIDES)
            w.add(f"({a} OR {b})", *a_values, *b_values)
        if self.basis:
            w.add("r.basis = ?", self.basis)
        if self.text:
            w.add("r.evidence ILIKE ?", f"%{self.text}%")
        return w.window("ar.published", self.since, self.until)


# The columns a relation listing sorts by (sorting.py).
SORTS = {"published": "ar.published", "type": "r.type", "polarity": "r.polarity",
         "a": "r.a_actor_name", "b": "r.b_actor_name"}


def listing(store, f: RelationFilter = RelationFilter(), limit: int | None = 100,
            offset: int = 0, sort: str | None = None) -> list[dict[str, Any]]:
    """RELATION records (OUTPUT.md) with `article_id`, `article_title` and `published`.

    sort (str | None): a column of SORTS, "-" before it for descending.
    """
    rows = by_article(store, RELATIONS, "r.a, r.b, r.polarity, r.type, r.evidence, "
                      "r.basis, r.date", f.where(), limit, offset, sort, SORTS)
    for row in rows:
        row["a"], row["b"] = json.loads(row["a"]), json.loads(row["b"])
    return rows


def count(store, f: RelationFilter = RelationFilter()) -> int:
    """How many relations `listing` would list over every page."""
    return count_by_article(store, RELATIONS, f.where())


def types(store) -> list[dict[str, Any]]:
    """The relation types the store holds, with how many of each (a menu offers only these)."""
    return store.query("SELECT type, count(*) AS relations FROM relations WHERE type IS NOT NULL "
                       "GROUP BY type ORDER BY relations DESC, type")
