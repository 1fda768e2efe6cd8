"""The filters every reader of the store shares, as SQL: who, when, where, what words.

One filter means one thing wherever it is used (command line, web page, API, Python API):

- actor: the actor's page or node (faultlines.identity), the code of a non-state actor, or its
  exact name. `loose` (the command line's and the Python API's default) also matches the
  actor's country or any part of its name ("--actor Zakharova"); pages leave it off, where
  "US" must not match "Russia". A state's code alone is not enough: SYR is the Syrian state,
  its civilians are SYR:CVL.
- since / until: a day (date or "YYYY-MM-DD") — an event's day, an article's, quote's or
  tie's publication day.
- text: words in the sentence (events), title or text (articles), quote or evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from faultlines.identity import EVENT_ACTORS, Columns, node_sql, page_sql
from faultlines.store.read.sorting import order_by

Day = date | str | None

NODE = node_sql()
PAGE = page_sql()
FACTUAL = "NOT coalesce({t}negated, false) AND NOT coalesce({t}hypothetical, false)"
_HAVERSINE_KM = ("2 * 6371.0 * asin(sqrt(pow(sin(radians(e.lat - ?) / 2), 2) + "
                 "cos(radians(?)) * cos(radians(e.lat)) * pow(sin(radians(e.lon - ?) / 2), 2)))")


def day(value: Day) -> date | None:
    """A filter's day from a date or an ISO string ("2023-09-19")."""
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def article_label(alias: str = "a") -> str:
    """SQL: how an article is listed: its title, else its first ten words ("Baghdad and
    Washington are in talks to transfer and place …"), never its id."""
    first = rf"regexp_extract(trim({alias}.text), '^(\S+(?:\s+\S+){{0,9}})', 1)"
    return (f"coalesce(nullif(trim({alias}.title), ''), CASE WHEN length({first}) < "
            f"length(trim({alias}.text)) THEN {first} || ' …' ELSE {first} END)")


def factual(alias: str = "") -> str:
    """SQL true for events that happened: neither negated nor hypothetical."""
    return FACTUAL.format(t=f"{alias}." if alias else "")


class Where:
    """SQL conditions and their parameters, gathered in order."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *values: Any) -> Where:
        self.clauses.append(sql)
        self.params.extend(values)
        return self

    def window(self, column: str, since: Day, until: Day) -> Where:
        if since:
            self.add(f"{column} >= ?", day(since))
        if until:
            self.add(f"{column} <= ?", day(until))
        return self

    def sql(self, keyword: str = " WHERE ") -> str:
        return keyword + " AND ".join(self.clauses) if self.clauses else ""


def actor_match(value: str, loose: bool = False,
                c: Columns = EVENT_ACTORS) -> tuple[str, list[Any]]:
    """SQL true where the actor held in the columns `c` is `value` (see the module docstring)."""
    sql = (f"{page_sql(c)} = ? OR {node_sql(c)} = ? OR (coalesce({c.kind}, '') <> 'state' "
           f"AND upper({c.code}) = upper(?)) OR lower({c.name}) = lower(?)")
    params: list[Any] = [value] * 4
    if loose:
        sql += f" OR upper({c.country}) = upper(?) OR {c.name} ILIKE ?"
        params += [value, f"%{value}%"]
    return f"({sql})", params


def members(key: str, c: Columns = EVENT_ACTORS) -> tuple[str, list[Any]]:
    """SQL true for the actors an actor page gathers: those opening it, and for a node (a
    state, a part of one, an IGO) every actor counted as that node."""
    return f"({page_sql(c)} = ? OR {node_sql(c)} = ?)", [key, key]


@dataclass(frozen=True)
class EventFilter:
    """Which events a listing, map or chart shows; every field narrows, None leaves it open.

    actor (str): on either side (module docstring). loose_actor (bool): match it loosely.
    type (str): PLOVER type. quad_class (int): 1..4. since, until: the event's day.
    bbox (tuple): (min_lon, min_lat, max_lon, max_lat) of the event's location; a box whose
        min_lon exceeds its max_lon crosses the antimeridian.
    near (tuple): (lat, lon): only events within `within_km` of it (great-circle distance).
    text (str): words in the sentence. article (str): one article's events.
    pair (tuple): two nodes; events between them, either way.
    factual (bool): leave out negated and hypothetical events.
    """

    actor: str | None = None
    type: str | None = None
    quad_class: int | None = None
    since: Day = None
    until: Day = None
    bbox: tuple[float, float, float, float] | None = None
    article: str | None = None
    pair: tuple[str, str] | None = None
    factual: bool = False
    loose_actor: bool = False
    near: tuple[float, float] | None = None
    within_km: float = 50.0
    text: str | None = None

    def where(self) -> Where:
        w = Where()
        if self.actor:
            sql, values = actor_match(self.actor, self.loose_actor)
            w.add(f"e.id IN (SELECT event_id FROM event_actors WHERE {sql})", *values)
        if self.pair:
            w.add(f"e.id IN ({TWO_PAIRS} SELECT event_id FROM pairs)", *self.pair)
        if self.type:
            w.add("e.type = upper(?)", self.type)
        if self.quad_class:
            w.add("e.quad_class = ?", self.quad_class)
        w.window("e.day", self.since, self.until)
        if self.bbox:
            across = "OR" if self.bbox[0] > self.bbox[2] else "AND"
            w.add(f"(e.lon >= ? {across} e.lon <= ?) AND e.lat BETWEEN ? AND ?",
                  self.bbox[0], self.bbox[2], self.bbox[1], self.bbox[3])
        if self.near:
            w.add(f"{_HAVERSINE_KM} <= ?", self.near[0], self.near[0], self.near[1],
                  self.within_km)
        if self.text:
            w.add("e.sentence ILIKE ?", f"%{self.text}%")
        if self.article:
            w.add("e.article_id = ?", self.article)
        if self.factual:
            w.add(factual("e"))
        return w


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles a listing shows. text: words in the title or text; actor: an actor
    mentioned in it (as a page or node); source: the outlet; since, until: publication day."""

    text: str | None = None
    since: Day = None
    until: Day = None
    source: str | None = None
    actor: str | None = None

    def where(self) -> Where:
        w = Where()
        if self.text:
            w.add("(a.title ILIKE ? OR a.text ILIKE ?)", *[f"%{self.text}%"] * 2)
        w.window("a.published", self.since, self.until)
        if self.source:
            w.add("a.source = ?", self.source)
        if self.actor:
            sql, values = members(self.actor)
            w.add(f"a.id IN (SELECT article_id FROM actors WHERE {sql})", *values)
        return w


def by_article(store, table: str, columns: str, where: Where, limit: int | None,
               offset: int, sort: str | None = None,
               sorts: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Rows of a table of per-article records (`table` aliased, as "quotes q"), with their
    article's id (`article_id`, the caller's), store key (`article_key`, for links), title and
    publication day, newest article first and in article order.

    sort (str | None): a column of `sorts` (store/read/sorting.py), "-" before it for
        descending, instead of that order.
    """
    alias = table.split()[-1]
    order = order_by(sort, sorts or {}, "ar.published DESC NULLS LAST",
                     f"{alias}.article_id, {alias}.idx")
    return store.query(
        f"SELECT coalesce(ar.caller_id, ar.id) AS article_id, {alias}.article_id AS article_key, "
        f"ar.title AS article_title, {article_label('ar')} AS article_label, ar.published, "
        f"{columns} "
        f"FROM {table} JOIN articles ar ON ar.id = {alias}.article_id{where.sql()} "
        f"ORDER BY {order} LIMIT ? OFFSET ?", where.params + [limit, offset])


def count_by_article(store, table: str, where: Where) -> int:
    """How many rows `by_article` finds with no limit (the total a pager shows)."""
    alias = table.split()[-1]
    return store.scalar(f"SELECT count(*) FROM {table} JOIN articles ar "
                        f"ON ar.id = {alias}.article_id{where.sql()}", where.params)


_PAIRS = f"""
WITH sides AS (SELECT event_id, role, {NODE} AS node FROM event_actors {{where}}),
pairs AS (
  SELECT DISTINCT s.event_id, s.node AS src, t.node AS dst
  FROM sides s JOIN sides t ON s.event_id = t.event_id
  WHERE s.role = 'actor' AND t.role = 'recipient' AND s.node <> t.node)
"""
ALL_PAIRS = _PAIRS.format(where="")
# Only the two nodes' rows of event_actors: a dyad page never joins the whole table.
TWO_PAIRS = _PAIRS.format(where=f"WHERE {NODE} IN (?, ?)")
