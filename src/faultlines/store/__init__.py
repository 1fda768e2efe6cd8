"""The store: one DuckDB file that owns the SQL, the transactions and the schema versions.

Every article is keyed by the hash of its normalised text, so coding the same story twice
stores it once, and a rerun after a crash skips what is already there. Articles are written in
batches, one transaction each: a crash or Ctrl-C leaves whole articles or none. Reading is
store/read/ (one module per subject); the fault-line analysis's tables are store/analysis.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from faultlines.model import Article
from faultlines.store import schema
from faultlines.store.rows import article_rows

DEFAULT_DB = "faultlines.duckdb"
TABLES = ("articles", "actors", "events", "event_actors", "quotes", "relations", "places")


class Store:
    """A faultlines store.

    path (str | Path): a DuckDB file (created when absent) or ":memory:".
    read_only (bool): open without the right to write (the web app's default).
    """

    generation = 0  # which copy of the store file a web request reads (web/source.py)

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            schema.migrate(self.con)
        self._in_batch = False
        self._columns: dict[str, list[str]] = {}

    @classmethod
    def over(cls, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> Store:
        """A Store over a connection opened elsewhere (a cursor of the web app's snapshot):
        no file is opened and no migration runs."""
        store = cls.__new__(cls)
        store.path, store.read_only, store.con = path, read_only, con
        store._in_batch = False
        store._columns = {}
        return store

    def cursor(self) -> Store:
        """A Store over a new connection to the same database, for one thread's use: DuckDB
        runs the queries of different cursors in parallel, those of one connection never. It
        stays valid only while this Store is open."""
        return Store.over(self.con.cursor(), self.path, self.read_only)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def batch(self) -> Iterator[Store]:
        """One transaction: everything written inside lands together or not at all."""
        if self._in_batch:
            yield self
            return
        self._in_batch = True
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self
            self.con.execute("COMMIT")
        except BaseException:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.TransactionException:
                pass  # a failed COMMIT has already ended the transaction; keep the real error
            raise
        finally:
            self._in_batch = False

    # ------------------------------------------------------------------ writing

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already."""
        wanted = list(set(hashes))
        if not wanted:
            return set()
        rows = self.con.execute(
            "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?))",
            [wanted]).fetchall()
        return {r[0] for r in rows}

    def add(self, articles: Iterable[Article]) -> tuple[int, int]:
        """Store articles in one transaction; RETURNS (stored, skipped as duplicates).

        Rows of the whole batch go in with one bulk insert per table (through Arrow): DuckDB
        inserts row by row two orders of magnitude slower, which made the store, not the NLP,
        the bottleneck of long runs.
        """
        articles = list(articles)
        known = self.known_hashes(a.content_hash for a in articles)
        tables: dict[str, list[list[Any]]] = {}
        stored = skipped = 0
        for article in articles:
            if article.content_hash in known:
                skipped += 1
                continue
            known.add(article.content_hash)
            for table, rows in article_rows(article).items():
                tables.setdefault(table, []).extend(rows)
            stored += 1
        with self.batch():
            for table, rows in tables.items():
                if rows:
                    self._insert(table, rows)
        return stored, skipped

    def _insert(self, table: str, rows: list[list[Any]]) -> None:
        import pyarrow as pa

        if table not in self._columns:
            self._columns[table] = [r[0] for r in self.con.execute(f"DESCRIBE {table}").fetchall()]
        names = self._columns[table]
        arrow = pa.table({name: [row[i] for row in rows] for i, name in enumerate(names)})
        self.con.register("_faultlines_rows", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM _faultlines_rows")
        finally:
            self.con.unregister("_faultlines_rows")

    # ------------------------------------------------------------------ reading

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows as dicts; the read path of every listing, analysis and page (store/read/)."""
        cursor = self.con.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        row = self.con.execute(sql, params or []).fetchone()
        return row[0] if row else None

    def delete_hashes(self, hashes: Iterable[str]) -> None:
        ids = [r["id"] for r in self.query(
            "SELECT id FROM articles WHERE content_hash IN (SELECT unnest(?))", [list(hashes)])]
        self.delete(ids)

    def delete(self, article_ids: Iterable[str]) -> None:
        """Remove articles and everything coded from them (for `code --recode`)."""
        ids = list(article_ids)
        with self.batch():
            self.con.execute("DELETE FROM event_actors WHERE event_id IN "
                             "(SELECT id FROM events WHERE article_id IN (SELECT unnest(?)))", [ids])
            for table in TABLES[::-1]:
                column = "id" if table == "articles" else "article_id"
                if table != "event_actors":
                    self.con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?))",
                                     [ids])

    def counts(self) -> dict[str, int]:
        return {t: self.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}

    def schema_version(self) -> str | None:
        return schema.version(self.con)

