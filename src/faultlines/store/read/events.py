"""Events as stored: EVENT records (OUTPUT.md) by filter, their count, their places, their types."""

from __future__ import annotations

import json
from typing import Any

from faultlines.store.read.filters import EventFilter, article_label


def listing(store, f: EventFilter = EventFilter(), limit: int | None = 50,
            offset: int = 0) -> list[dict[str, Any]]:
    """EVENT records with `id`, `article_id` and `article_title`, newest first.

    limit (int | None): rows to return; None for all of them.
    """
    where = f.where()
    rows = store.query(
        "WITH page AS (SELECT e.id, e.article_id, e.day, e.record FROM events e"
        f"{where.sql()} ORDER BY e.day DESC NULLS LAST, e.id LIMIT ? OFFSET ?) "
        "SELECT page.id, page.article_id, a.title AS article_title, "
        f"{article_label('a')} AS article_label, page.record FROM page "
        "LEFT JOIN articles a ON a.id = page.article_id ORDER BY page.day DESC NULLS LAST, page.id",
        where.params + [limit, offset])
    return [{"id": r["id"], "article_id": r["article_id"], "article_title": r["article_title"],
             "article_label": r["article_label"], **json.loads(r["record"])} for r in rows]


def one(store, event_id: str) -> dict[str, Any] | None:
    """One EVENT record by its store id, with its article's id, title, publication day, source
    and url (the event page)."""
    rows = store.query(
        "SELECT e.id, e.article_id, a.title AS article_title, a.published, a.source, a.url, "
        "e.record FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE e.id = ?",
        [event_id])
    if not rows:
        return None
    row = rows[0]
    return {**{k: v for k, v in row.items() if k != "record"}, **json.loads(row["record"])}


def latest(store, limit: int = 8) -> list[dict[str, Any]]:
    """The newest events that happened by the day their story was published.

    A date after the story's own publication day is a misreading ("on Friday" taken forward)
    or a plan, not news of the day: such events never head a list of the latest events.
    """
    f = EventFilter()
    where = f.where().add("e.day <= coalesce(a.published, e.day)")
    rows = store.query(
        "SELECT e.id, e.article_id, a.title AS article_title, e.record FROM events e "
        f"LEFT JOIN articles a ON a.id = e.article_id{where.sql()} "
        "ORDER BY e.day DESC NULLS LAST, e.id LIMIT ?", where.params + [limit])
    return [{"id": r["id"], "article_id": r["article_id"], "article_title": r["article_title"],
             **json.loads(r["record"])} for r in rows]


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
