"""Dyads as the web lists them: pairs of nodes (faultlines.identity) with their events counted.

These count every factual event between two nodes, straight from the store; the fault-line
analysis (store/analysis.py, analysis/) counts the same pairs one-a-day and weighs them into
ties. Both name a pair by the same nodes, so a pair listed here has its tie there.
"""

from __future__ import annotations

from typing import Any

from faultlines.store.read.filters import ALL_PAIRS, TWO_PAIRS, Day, Where, factual
from faultlines.store.read.sorting import order_by

PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}
ORDERS = {"events": "events DESC", "hostile": "score_sum ASC", "friendly": "score_sum DESC"}
# The columns a dyad listing also sorts by (sorting.py), "-" before one for descending.
# `first` and `last` are dates at their own precision ("2019"), so they sort by their days.
SORTS = {**{c: c for c in ("events", "conflict", "cooperation", "score_sum", "score_mean")},
         "first": "min(day)", "last": "max(day)"}


def _window(since: Day, until: Day) -> Where:
    return Where().add(factual()).window("day", since, until)


def listing(store, since: Day = None, until: Day = None, actor: str | None = None,
            order: str = "events", limit: int | None = 50,
            offset: int = 0) -> list[dict[str, Any]]:
    """Undirected dyads with their conflict and cooperation counts and scores.

    actor (str | None): a node on either side. order: "events" (most active), "hostile" (most
        negative score sum) or "friendly"; or a column of SORTS ("-conflict"). `first` and
        `last` are the dates of the earliest and latest events at their own precision ("2019",
        "2019-03-02").
    """
    where = _window(since, until)
    having, params = "", list(where.params)
    if actor:
        having = "HAVING a = ? OR b = ?"
        params += [actor, actor]
    return store.query(
        ALL_PAIRS + "SELECT least(src, dst) AS a, greatest(src, dst) AS b, count(*) AS events, "
        "count(*) FILTER (WHERE quad_class >= 3) AS conflict, "
        "count(*) FILTER (WHERE quad_class <= 2) AS cooperation, "
        "round(sum(score), 2) AS score_sum, round(avg(score), 2) AS score_mean, "
        "arg_min(date, day) AS first, arg_max(date, day) AS last "
        f"FROM pairs JOIN events ON events.id = pairs.event_id{where.sql()} "
        f"GROUP BY a, b {having} ORDER BY "
        f"{ORDERS[order] + ', a, b' if order in ORDERS else order_by(order, SORTS, '', 'a, b')} "
        "LIMIT ? OFFSET ?",
        params + [limit, offset])


def count(store, since: Day = None, until: Day = None, actor: str | None = None) -> int:
    """How many dyads `listing` would list over every page."""
    where = _window(since, until)
    params = list(where.params)
    having = ""
    if actor:
        having, params = " HAVING a = ? OR b = ?", params + [actor, actor]
    return store.scalar(
        f"{ALL_PAIRS} SELECT count(*) FROM (SELECT least(src, dst) AS a, greatest(src, dst) AS b "
        f"FROM pairs JOIN events ON events.id = pairs.event_id{where.sql()} "
        f"GROUP BY a, b{having})", params)


def _per_period(store, a: str, b: str, period: str, where: Where, by: str,
                counts: str) -> list[dict[str, Any]]:
    """Events between a and b (either way) per period and `by`, with the `counts` columns."""
    where.add("day IS NOT NULL")
    return store.query(
        f"{TWO_PAIRS} SELECT date_trunc('{PERIODS[period]}', day) AS period, {by}, {counts} "
        "FROM pairs JOIN events ON events.id = pairs.event_id "
        "WHERE ((src = ? AND dst = ?) OR (src = ? AND dst = ?))"
        f"{where.sql(' AND ')} GROUP BY ALL ORDER BY period, {by}",
        [a, b, a, b, b, a] + where.params)


def series(store, a: str, b: str, period: str = "month", since: Day = None,
           until: Day = None) -> list[dict[str, Any]]:
    """Per period: conflict and cooperation counts and score sums of a→b and b→a events."""
    return _per_period(store, a, b, period, _window(since, until), "src, dst",
                       "count(*) AS events, count(*) FILTER (WHERE quad_class >= 3) AS conflict, "
                       "count(*) FILTER (WHERE quad_class <= 2) AS cooperation, "
                       "round(sum(score), 2) AS score_sum")


def quads(store, a: str, b: str, period: str = "month", since: Day = None,
          until: Day = None) -> list[dict[str, Any]]:
    """Per period and quad class: events between a and b, either way (the dyad chart)."""
    return _per_period(store, a, b, period,
                       _window(since, until).add("quad_class IS NOT NULL"), "quad_class",
                       "count(DISTINCT event_id) AS events")
