"""Every store table as its own CSV or Parquet file, written by DuckDB's COPY.

The events file has one more column than its table: `num_sources`, the outlets that ran the
story an event was coded from (GDELT's NumSources; 1 for an article not found by the watcher).
"""

from __future__ import annotations

from pathlib import Path

name = "tables"
description = "one file per table (articles, actors, events, event_actors, quotes, relations, places)"


def write(store, dest: Path, fmt: str = "csv") -> list[Path]:
    from faultlines.store import TABLES

    dest.mkdir(parents=True, exist_ok=True)
    written = []
    option = "(FORMAT csv, HEADER)" if fmt == "csv" else "(FORMAT parquet)"
    from faultlines.store.watch import sources_sql

    events = ("(SELECT e.*, coalesce(n.num_sources, 1) AS num_sources FROM events e "
              f"LEFT JOIN {sources_sql(store)} n ON n.article_id = e.article_id "
              "ORDER BY e.article_id, e.idx)")
    for table in TABLES:
        path = dest / f"{table}.{fmt}"
        quoted = path.as_posix().replace("'", "''")
        source = events if table == "events" else table
        store.con.execute(f"COPY {source} TO '{quoted}' {option}")
        written.append(path)
    return written
