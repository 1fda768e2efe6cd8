"""The store: one DuckDB file that owns the SQL, the transactions and the schema versions.

Every article is keyed by the hash of its normalised text, so coding the same story twice
stores it once, and a rerun after a crash skips what is already there; the id a caller gave is
kept beside it (`caller_id`), never as the key, since two corpora may both number their stories
"s0", "s1", .... Articles are written in batches, one transaction each: a crash or Ctrl-C
leaves whole articles or none. Each article is checked before it is written (checks.py), and
one that DuckDB still refuses fails alone: the others of its batch are stored. A problem of the
store itself (not a DuckDB file, a full disk, a read-only place) is a StoreError with one line
naming the file (problems.py). Reading is store/read/ (one module per subject); the fault-line
analysis's tables are store/analysis.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from faultlines import errors
from faultlines.errors import StoreError
from faultlines.model import Article
from faultlines.store import schema
from faultlines.store.checks import problem
from faultlines.store.problems import describe, is_row_problem
from faultlines.store.rows import article_hash, article_key, article_rows

DEFAULT_DB = "faultlines.duckdb"
TABLES = ("articles", "actors", "events", "event_actors", "quotes", "relations", "places")


@dataclass
class Added:
    """What `Store.add` did with a batch.

    stored, skipped (int): articles written; articles the store already held (same text).
    rejected ([(Article, str)]): articles refused, each with its one-line reason.
    notes ([(Article, str)]): stored articles with something to say (an id another holds).
    """

    stored: int = 0
    skipped: int = 0
    rejected: list[tuple[Article, str]] = field(default_factory=list)
    notes: list[tuple[Article, str]] = field(default_factory=list)


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
            try:
                schema.migrate(self.con)
            except duckdb.Error:
                self.con.close()
                raise
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
            except duckdb.Error:
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

    def add(self, articles: Iterable[Article]) -> Added:
        """Store articles in one transaction; RETURNS what was stored, skipped and refused.

        Rows of the whole batch go in with one bulk insert per table (through Arrow): DuckDB
        inserts row by row two orders of magnitude slower, which made the store, not the NLP,
        the bottleneck of long runs. An article the checks refuse is left out with its reason;
        one that DuckDB still refuses makes the batch go in article by article, so that it
        alone fails. RAISES (StoreError): the store cannot be written (full disk, ...).
        """
        articles = list(articles)
        added = Added()
        known = self.known_hashes(article_hash(a) for a in articles)
        fresh: list[Article] = []
        for article in articles:
            if article_hash(article) in known:
                added.skipped += 1
                continue
            known.add(article_hash(article))
            if reason := problem(article):
                added.rejected.append((article, reason))
            else:
                fresh.append(article)
        keys = self._keys(fresh)
        try:
            self._write([(a, keys[article_hash(a)]) for a in fresh], added)
        except duckdb.Error as err:
            raise StoreError(describe(err, self.path)) from err
        refused = {id(a) for a, _ in added.rejected}
        added.notes.extend(self._clashes([a for a in fresh if id(a) not in refused]))
        return added

    def _write(self, keyed: list[tuple[Article, str]], added: Added) -> None:
        """Insert the batch in one transaction; on a row DuckDB refuses, article by article
        (each its own transaction), where only a transaction of our own can be rolled back."""
        try:
            with self.batch():
                self._insert_rows(keyed)
            added.stored += len(keyed)
            return
        except Exception as err:  # noqa: BLE001 - sorted below: one row's, or the store's
            if not is_row_problem(err) or self._in_batch:
                raise
        for article, at in keyed:
            try:
                with self.batch():
                    self._insert_rows([(article, at)])
                added.stored += 1
            except Exception as err:  # noqa: BLE001 - sorted: one row's, or the store's
                if not is_row_problem(err):
                    raise
                added.rejected.append((article, errors.ROW_REFUSED.format(
                    reason=" ".join(str(err).split())[:300])))

    def _insert_rows(self, keyed: list[tuple[Article, str]]) -> None:
        tables: dict[str, list[list[Any]]] = {}
        for article, at in keyed:
            for table, rows in article_rows(article, at).items():
                tables.setdefault(table, []).extend(rows)
        for table, rows in tables.items():
            if rows:
                self._insert(table, rows)

    def _keys(self, articles: list[Article]) -> dict[str, str]:
        """Content hash → store key: `article_key`, or the whole hash where another story
        (stored, or in this batch) has the same key; so no two stories ever share a key."""
        wanted = {article_hash(a): article_key(a) for a in articles}
        taken = {r[0]: r[1] for r in self.con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?))",
            [list(set(wanted.values()))]).fetchall()} if wanted else {}
        keys: dict[str, str] = {}
        for digest, at in wanted.items():
            if taken.get(at, digest) != digest:
                at = digest
            taken[at] = digest
            keys[digest] = at
        return keys

    def _clashes(self, articles: list[Article]) -> list[tuple[Article, str]]:
        """A note for each stored article whose id other stored articles have too."""
        ids = list({a.id for a in articles})
        if not ids:
            return []
        shared = dict(self.con.execute(
            "SELECT caller_id, count(*) FROM articles WHERE caller_id IN (SELECT unnest(?)) "
            "GROUP BY caller_id HAVING count(*) > 1", [ids]).fetchall())
        return [(a, errors.ID_CLASH.format(id=a.id, n=shared[a.id] - 1))
                for a in articles if a.id in shared]

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
            try:
                self.con.unregister("_faultlines_rows")
            except duckdb.Error:
                pass  # in a transaction the INSERT aborted; keep the INSERT's error

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
        """Remove articles and everything coded from them (for `code --recode`).

        article_ids: store keys (`articles.id`), never callers' ids, which two stories can share.
        """
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

