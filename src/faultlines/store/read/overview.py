"""What a store holds as a whole: the overview's headline figures."""

from __future__ import annotations

from typing import Any

from faultlines.store.read.filters import PAGE


def figures(store) -> dict[str, Any]:
    """The overview's headline numbers in one round trip."""
    row = store.query(
        "SELECT (SELECT count(*) FROM articles) AS articles, "
        "(SELECT count(*) FROM events) AS events, (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM relations) AS relations,"
        " (SELECT count(*) FROM places) AS places, "
        f"(SELECT count(DISTINCT {PAGE}) FROM event_actors) AS actors, "
        "(SELECT min(published) FROM articles) AS first, "
        "(SELECT max(published) FROM articles) AS last")[0]
    row["quad_classes"] = {r["quad_class"]: r["events"] for r in store.query(
        "SELECT quad_class, count(*) AS events FROM events GROUP BY quad_class")}
    return row
