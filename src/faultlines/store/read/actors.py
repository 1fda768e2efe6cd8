"""Actors as stored: the list of actor pages, one page's profile, its activity and partners.

An actor page gathers what faultlines.identity says it does (`page_key`, `node_of`): a state's
page is its node and holds every organ and official of the state ("Armenia" shows what its
ministers, forces and agencies did); a part of a country (SYR:CVL) has a page of its own; any
other actor's page is its key.
"""

from __future__ import annotations

from typing import Any

from faultlines.store.read.filters import NODE, PAGE, Where, factual, members
from faultlines.store.read.dyads import PERIODS
from faultlines.store.read.sorting import order_by

# Which of an actor's names to show: a state's own name ("Armenia") over its parts
# ("Armenia officials"), then the shortest, then the most used.
PREFERRED = "1000000000 * max((kind = 'state')::INT) - 1000000 * length(name) + count(*)"


def _search(search: str | None, kind: str | None) -> Where:
    where = Where()
    if search:
        where.add("(strip_accents(name) ILIKE strip_accents(?) OR code ILIKE ? OR "
                  "country ILIKE ?)", *[f"%{search}%"] * 3)
    if kind:
        where.add("kind = ?", kind)
    return where


# The columns an actor listing sorts by (sorting.py).
SORTS = {c: c for c in ("name", "kind", "country", "sector", "as_actor", "as_recipient",
                        "events")}


def listing(store, search: str | None = None, kind: str | None = None,
            limit: int | None = 50, offset: int = 0,
            sort: str | None = None) -> list[dict[str, Any]]:
    """Actor pages (`key`) with how often each acts and is acted on, most active first.

    sort (str | None): a column of SORTS, "-" before it for descending.
    """
    where = _search(search, kind)
    return store.query(
        "SELECT key, arg_max(name, n) AS name, arg_max(kind, n) AS kind, "
        "arg_max(country, n) AS country, arg_max(sector, n) AS sector, "
        "sum(as_actor) AS as_actor, sum(as_recipient) AS as_recipient, sum(events) AS events "
        f"FROM (SELECT {PAGE} AS key, name, kind, country, sector, {PREFERRED} AS n, "
        "count(DISTINCT event_id) FILTER (WHERE role = 'actor') AS as_actor, "
        "count(DISTINCT event_id) FILTER (WHERE role = 'recipient') AS as_recipient, "
        "count(DISTINCT event_id) AS events "
        f"FROM event_actors{where.sql()} GROUP BY key, name, kind, country, sector) "
        f"GROUP BY key ORDER BY {order_by(sort, SORTS, 'events DESC', 'key')} LIMIT ? OFFSET ?",
        where.params + [limit, offset])


def kinds(store) -> list[dict[str, Any]]:
    """The actor kinds the listing can filter by, with how many actor pages each has."""
    return store.query(f"SELECT kind, count(DISTINCT {PAGE}) AS pages FROM event_actors "
                       "WHERE kind IS NOT NULL GROUP BY kind ORDER BY pages DESC, kind")


def count(store, search: str | None = None, kind: str | None = None) -> int:
    where = _search(search, kind)
    return store.scalar(f"SELECT count(DISTINCT {PAGE}) FROM event_actors{where.sql()}",
                        where.params)


def profile(store, key: str) -> dict[str, Any] | None:
    """Who `key` is (as the store most often names it) and how much the store holds about it.
    An actor only mentioned, never in an event, still has a page: its events are none."""
    row = _who(store, key, "event_actors",
               "count(DISTINCT event_id) FILTER (WHERE role = 'actor') AS as_actor, "
               "count(DISTINCT event_id) FILTER (WHERE role = 'recipient') AS as_recipient")
    row = row or _who(store, key, "actors", "0 AS as_actor, 0 AS as_recipient")
    if row is None:
        return None
    row["roles"] = [r["role"] for r in store.query(
        f"SELECT role, count(*) AS n FROM actors WHERE {PAGE} = ? AND role IS NOT NULL "
        "GROUP BY role ORDER BY n DESC LIMIT 3", [key])]
    return row


def _who(store, key: str, table: str, counts: str) -> dict[str, Any] | None:
    """The page's name, kind, country and sector among the rows of `table` it gathers."""
    cond, params = members(key)
    rows = store.query(
        f"SELECT arg_max(name, ({PAGE} = ?)::INT * 1000000 - length(name)) AS name, "
        f"arg_max(kind, ({PAGE} = ?)::INT) AS kind, "
        f"arg_max(country, ({PAGE} = ?)::INT) AS country, "
        f"arg_max(sector, ({PAGE} = ?)::INT) AS sector, {counts}, "
        f"count(DISTINCT {PAGE}) AS members FROM {table} WHERE {cond}", [key] * 4 + params)
    return rows[0] if rows and rows[0]["name"] is not None else None


def series(store, key: str, period: str = "month") -> list[dict[str, Any]]:
    """Per period and quad class: events the actor did (role actor) and suffered (recipient)."""
    cond, params = members(key)
    return store.query(
        f"SELECT date_trunc('{PERIODS[period]}', e.day) AS period, x.role, e.quad_class, "
        "count(DISTINCT e.id) AS events FROM events e JOIN event_actors x ON x.event_id = e.id "
        f"WHERE {cond} AND e.day IS NOT NULL AND {factual('e')} GROUP BY ALL "
        "ORDER BY period, x.role, e.quad_class",
        params)


def partners(store, key: str, limit: int = 12) -> list[dict[str, Any]]:
    """The nodes the actor dealt with (either way), with cooperation and conflict counts, and
    `own`: the actor's own node in those events (a person's is their state), which makes a
    dyad with the partner's; None where it has none or is the partner's."""
    cond, params = members(key)
    return store.query(
        f"WITH mine AS (SELECT DISTINCT event_id, role, {NODE} AS own FROM event_actors "
        f"WHERE {cond}) SELECT {NODE} AS node, "
        f"max(mine.own) FILTER (WHERE mine.own <> {NODE}) AS own, "
        "count(DISTINCT x.event_id) AS events, "
        "count(DISTINCT x.event_id) FILTER (WHERE e.quad_class <= 2) AS cooperation, "
        "count(DISTINCT x.event_id) FILTER (WHERE e.quad_class >= 3) AS conflict, "
        "round(sum(e.score), 2) AS score_sum "
        "FROM mine JOIN event_actors x ON x.event_id = mine.event_id AND x.role <> mine.role "
        f"JOIN events e ON e.id = x.event_id WHERE {factual('e')} AND {NODE} <> ? "
        "GROUP BY node ORDER BY events DESC, node LIMIT ?", params + [key, limit])


def page_keys(store) -> frozenset[str]:
    """Every key an actor page answers for (`profile` finds it): the page and the node of
    each actor in an event or named in a story. An actor a story names only in passing ("troops",
    "analysts": no code, country or mention of its own) has no page, so is linked nowhere."""
    rows = store.query(
        f"SELECT {PAGE} AS k FROM event_actors UNION SELECT {NODE} FROM event_actors "
        f"UNION SELECT {PAGE} FROM actors UNION SELECT {NODE} FROM actors")
    return frozenset(r["k"] for r in rows if r["k"])


def node_names(store, nodes: list[str]) -> dict[str, str]:
    """The name each node's actors most often carry (a state's own name first)."""
    if not nodes:
        return {}
    rows = store.query(
        "SELECT node, arg_max(name, n) AS name FROM ("
        f"  SELECT {NODE} AS node, name, {PREFERRED} AS n "
        f"  FROM event_actors WHERE {NODE} IN (SELECT unnest(?)) GROUP BY node, name)"
        " GROUP BY node",
        [list(set(nodes))])
    return {r["node"]: r["name"] for r in rows}
