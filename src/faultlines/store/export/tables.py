"""Every store table as its own CSV or Parquet file.

Parquet is written by DuckDB's COPY. CSV goes through store/export/csvsafe.py like every CSV
faultlines writes, so that no cell of a story (a headline "=HYPERLINK(…)") is run by the
spreadsheet that opens it; rows are streamed, a thousand at a time.

The events file has one more column than its table: `num_sources`, the outlets that ran the
story an event was coded from (GDELT's NumSources; 1 for an article not found by the watcher).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from faultlines.store.export import csvsafe

name = "tables"
description = "one file per table (articles, actors, events, event_actors, quotes, relations, places)"
BATCH = 1000


def write(store, dest: Path, fmt: str = "csv") -> list[Path]:
    from faultlines.store import TABLES

    dest.mkdir(parents=True, exist_ok=True)
    written = []
    from faultlines.store.watch import sources_sql

    events = ("(SELECT e.*, coalesce(n.num_sources, 1) AS num_sources FROM events e "
              f"LEFT JOIN {sources_sql(store)} n ON n.article_id = e.article_id "
              "ORDER BY e.article_id, e.idx)")
    for table in TABLES:
        path = dest / f"{table}.{fmt}"
        source = events if table == "events" else table
        if fmt == "csv":
            _csv(store, source, path)
        else:
            quoted = path.as_posix().replace("'", "''")
            store.con.execute(f"COPY {source} TO '{quoted}' (FORMAT parquet)")
        written.append(path)
    return written


def _csv(store, table: str, path: Path) -> None:
    cursor = store.con.cursor()
    try:
        cursor.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        with path.open("w", encoding="utf-8", newline="") as out:
            csvsafe.write(_rows(cursor, names), out, names)
    finally:
        cursor.close()


def _rows(cursor, names: list[str]) -> Iterator[dict[str, Any]]:
    while batch := cursor.fetchmany(BATCH):
        for row in batch:
            yield dict(zip(names, row))
