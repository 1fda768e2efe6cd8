"""Events as stored: EVENT records (OUTPUT.md) by filter, their count, their places, their types."""

from __future__ import annotations

import json
from typing import Any

from faultlines.store.read.articles import key_of
from faultlines.store.read.filters import EventFilter, article_label


def event_key(store, event_id: str) -> str | None:
    """The stored id (KEY:N) of an event named by its article's id, key or unique prefix and
    its position: "story-1:0" finds the first event of the article the caller called story-1."""
    article, _, position = event_id.rpartition(":")
    key = key_of(store, article) if article and position.isdigit() else None
    return f"{key}:{position}" if key else None


# What an event row shows beside its record: `id` (the caller's article id and the event's
# position) and `article_id` are what a person reads; `key` (KEY:N) and `article_key` are the
# store's, for links and lookups.
_NAMES = ("e.id AS key, e.article_id AS article_key, coalesce(a.caller_id, a.id, e.article_id) "
          f"AS article_id, a.title AS article_title, {article_label('a')} AS article_label")


def _row(r: dict[str, Any]) -> dict[str, Any]:
    position = r["key"].rpartition(":")[2]
    named = {"id": f"{r['article_id']}:{position}", "key": r["key"],
             "article_id": r["article_id"], "article_key": r["article_key"]}
    rest = {k: v for k, v in r.items() if k not in named and k != "record"}
    return {**named, **rest, "title": False, **json.loads(r["record"])}  # same columns each row


def listing(store, f: EventFilter = EventFilter(), limit: int | None = 50,
            offset: int = 0) -> list[dict[str, Any]]:
    """EVENT records with `id`, `key`, `article_id`, `article_key` and `article_title`,
    newest first.

    limit (int | None): rows to return; None for all of them.
    """
    where = f.where()
    rows = store.query(
        "WITH page AS (SELECT e.id, e.article_id, e.day, e.record FROM events e"
        f"{where.sql()} ORDER BY e.day DESC NULLS LAST, e.id LIMIT ? OFFSET ?) "
        f"SELECT {_NAMES}, e.record FROM page e "
        "LEFT JOIN articles a ON a.id = e.article_id ORDER BY e.day DESC NULLS LAST, e.id",
        where.params + [limit, offset])
    return [_row(r) for r in rows]


def one(store, event_id: str) -> dict[str, Any] | None:
    """One EVENT record, by its store id (KEY:N) or by its article's id, key or unique prefix
    and its position, with its article's ids, title, publication day, source and url (the
    event page)."""
    key = event_key(store, event_id)
    rows = store.query(
        f"SELECT {_NAMES}, a.published, a.source, a.url, e.record FROM events e "
        "LEFT JOIN articles a ON a.id = e.article_id WHERE e.id = ?", [key]) if key else []
    return _row(rows[0]) if rows else None


def latest(store, limit: int = 8) -> list[dict[str, Any]]:
    """The newest events that happened by the day their story was published.

    A date after the story's own publication day is a misreading ("on Friday" taken forward)
    or a plan, not news of the day: such events never head a list of the latest events.
    """
    f = EventFilter()
    where = f.where().add("e.day <= coalesce(a.published, e.day)")
    rows = store.query(
        f"SELECT {_NAMES}, e.record FROM events e "
        f"LEFT JOIN articles a ON a.id = e.article_id{where.sql()} "
        "ORDER BY e.day DESC NULLS LAST, e.id LIMIT ?", where.params + [limit])
    return [_row(r) for r in rows]


def count(store, f: EventFilter = EventFilter()) -> int:
    where = f.where()
    return store.scalar(f"SELECT count(*) FROM events e{where.sql()}", where.params)


_POINTS = ("SELECT round(e.lat, 1) AS lat, round(e.lon, 1) AS lon, e.quad_class, "
           "min(e.place_name) AS place, count(*) AS events, arg_min(e.date, e.day) AS first, "
           "arg_max(e.date, e.day) AS last, arg_max(e.id, e.day) AS latest FROM events e "
           "{where} GROUP BY ALL")


def map_points(store, f: EventFilter = EventFilter(), limit: int | None = 5000,
               offset: int = 0) -> list[dict[str, Any]]:
    """Located events gathered per place (rounded to 0.1°) and quad class, busiest first;
    `first` and `last` are dates at their own precision ("2019", "2019-03-02")."""
    where = f.where().add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    return store.query(_POINTS.format(where=where.sql()) +
                       " ORDER BY events DESC, lat, lon, quad_class LIMIT ? OFFSET ?",
                       where.params + [limit, offset])


def map_point_count(store, f: EventFilter = EventFilter()) -> int:
    where = f.where().add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    return store.scalar(f"SELECT count(*) FROM ({_POINTS.format(where=where.sql())})",
                        where.params)


def types(store) -> list[dict[str, Any]]:
    """Events per PLOVER type with their mean score, the most frequent first."""
    return store.query("SELECT type, count(*) AS events, round(avg(score), 2) AS score_mean "
                       "FROM events GROUP BY type ORDER BY events DESC")
