"""Where events happened, as the map draws them: places, and countries taken as a whole.

A story that says "in Syria" places its event in the country, not at the point the gazetteer
gives for Syria's centre: such events (feature "country") are counted per country for the map
to shade, and every other located event per place, rounded to 0.1° (about 10 km).
"""

from __future__ import annotations

from typing import Any

from faultlines.store.read.filters import EventFilter

COUNTRY_LEVEL = "coalesce(e.record->>'$.location.feature', '') = 'country'"


def points(store, f: EventFilter = EventFilter(), limit: int = 2000) -> list[dict[str, Any]]:
    """Located events below country level per place (0.1°) and quad class, busiest first."""
    where = f.where().add("e.lat IS NOT NULL AND e.lon IS NOT NULL").add(f"NOT {COUNTRY_LEVEL}")
    return store.query(
        "SELECT round(e.lat, 1) AS lat, round(e.lon, 1) AS lon, e.quad_class, "
        "any_value(e.place_name) AS place, count(*) AS events, min(e.day) AS first, "
        f"max(e.day) AS last FROM events e{where.sql()} GROUP BY ALL "
        "ORDER BY events DESC, lat, lon LIMIT ?", where.params + [limit])


def countries(store, f: EventFilter = EventFilter()) -> list[dict[str, Any]]:
    """Events placed in a country as a whole, per country (ISO 3166-1 alpha-3), with their
    conflict and cooperation counts, busiest first."""
    where = f.where().add("e.place_country IS NOT NULL").add(COUNTRY_LEVEL)
    return store.query(
        "SELECT e.place_country AS country, any_value(e.place_name) AS place, "
        "count(*) AS events, count(*) FILTER (WHERE e.quad_class >= 3) AS conflict, "
        "count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation, min(e.day) AS first, "
        f"max(e.day) AS last FROM events e{where.sql()} GROUP BY e.place_country "
        "ORDER BY events DESC, country", where.params)
