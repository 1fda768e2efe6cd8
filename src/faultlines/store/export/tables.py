"""Every store table as its own CSV or Parquet file, written by DuckDB's COPY."""

from __future__ import annotations

from pathlib import Path

name = "tables"
description = "one file per table (articles, actors, events, event_actors, quotes, relations, places)"


def write(store, dest: Path, fmt: str = "csv") -> list[Path]:
    from faultlines.store import TABLES

    dest.mkdir(parents=True, exist_ok=True)
    written = []
    option = "(FORMAT csv, HEADER)" if fmt == "csv" else "(FORMAT parquet)"
    for table in TABLES:
        path = dest / f"{table}.{fmt}"
        quoted = path.as_posix().replace("'", "''")
        store.con.execute(f"COPY {table} TO '{quoted}' {option}")
        written.append(path)
    return written
