"""Events over time as the timelines draw them: counts per day, date precision and type.

An event's `date` keeps its precision ("2018", "2018-03", "2018-03-14") while its `day` is
the first day the date can mean. A timeline must never draw "2018" as January 2018, so these
counts keep the precision and the drawing (web/timeline.py) decides what is a bar and what is
a span. The store's publication range bounds a timeline's axis: what stories date before it is
background they recall, what they date after it is misdated or planned.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from faultlines.store.read.filters import EventFilter, members

PRECISION = "CASE length(e.date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' ELSE 'day' END"


def publication_range(store) -> tuple[date | None, date | None]:
    """The first and last publication day of the stored articles."""
    row = store.query("SELECT min(published) AS first, max(published) AS last FROM articles")[0]
    return row["first"], row["last"]


def counts(store, f: EventFilter = EventFilter(),
           role: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """Dated events per (day, precision, type, quad class): rows of `day`, `precision`
    ("day", "month" or "year"), `type`, `quad_class` and `events`.

    role (tuple | None): (actor page, "actor" or "recipient"): only the events in which that
        actor page plays that role.
    """
    where = f.where().add("e.day IS NOT NULL")
    if role:
        sql, values = members(role[0])
        where.add(f"e.id IN (SELECT event_id FROM event_actors WHERE role = ? AND {sql})",
                  role[1], *values)
    return store.query(
        f"SELECT e.day, {PRECISION} AS precision, e.type, e.quad_class, count(*) AS events "
        f"FROM events e{where.sql()} GROUP BY ALL ORDER BY e.day", where.params)
