"""The figures `faultlines stats` and the web overview show about a store."""

from __future__ import annotations

from typing import Any


def store_stats(store) -> dict[str, Any]:
    return {
        "schema": store.schema_version(),
        "counts": store.counts(),
        "event_types": store.query(
            "SELECT type, count(*) AS events, count(*) FILTER (WHERE negated) AS negated, "
            "count(*) FILTER (WHERE hypothetical) AS hypothetical FROM events "
            "GROUP BY type ORDER BY events DESC"),
        "top_actors": store.query(
            "SELECT name AS actor, country, sector, count(DISTINCT event_id) AS events "
            "FROM event_actors GROUP BY name, country, sector ORDER BY events DESC, name LIMIT 15"),
        "published": store.query(
            "SELECT min(published) AS first, max(published) AS last FROM articles")[0],
    }
