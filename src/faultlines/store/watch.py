"""The watcher's memory in the store: faultlines.watch.state's WatchState over DuckDB tables.

The tables are migration 0006_watch. Everything the watcher writes in `atomic()` shares one
transaction with the articles `keep` stores there, so a kill -9 anywhere in a cycle leaves a
batch wholly written (its pages remembered, its stories coded) or not at all (read and coded
again on the next run, once).

A story is named by the `articles.id` its first copy was stored under. The watcher proposes an
id before coding; `keep` looks up the key the store actually gave (the same story may already
be stored from `faultlines code`, or the store may key articles by content) and every write of
the same transaction is translated to it, so watch_stories.story always equals articles.id.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from faultlines.ingest.draft import content_hash

if TYPE_CHECKING:
    from faultlines.model import Article
    from faultlines.store import Store
    from faultlines.watch.state import Outlet, PageState, SourceState, StoryRecord

_SOURCE = ("source", "kind", "etag", "last_modified", "last_checked", "last_success", "last_new",
           "errors", "last_error", "next_attempt")
_PAGE = ("url", "source", "story", "content_hash", "etag", "last_modified", "listed",
         "checked_at", "errors", "last_error", "next_attempt")


def _records():
    """The watcher's record types; imported when first used, since the watcher is a layer above
    the store (tests/test_imports.py)."""
    from faultlines.watch import state

    return state


def _upsert(table: str, key: str, columns: Sequence[str]) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    return (f"INSERT INTO {table} ({names}) VALUES ({marks}) "
            f"ON CONFLICT ({key}) DO UPDATE SET {updates}")


class StoreState:
    """WatchState over a read-write Store.

    store (Store): the store the watcher codes into; its `batch()` is the transaction.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._renamed: dict[str, str] = {}

    @contextmanager
    def atomic(self) -> Iterator[None]:
        try:
            with self.store.batch():
                yield
        finally:
            self._renamed.clear()

    def _story(self, story: str | None) -> str | None:
        return self._renamed.get(story, story) if story else story

    def _row(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        rows = self.store.query(sql, params)
        return rows[0] if rows else None

    # sources and pages

    def source(self, key: str) -> SourceState | None:
        row = self._row("SELECT * FROM watch_sources WHERE source = ?", [key])
        return _records().SourceState(**row) if row else None

    def save_source(self, state: SourceState) -> None:
        self.store.con.execute(_upsert("watch_sources", "source", _SOURCE),
                               [getattr(state, c) for c in _SOURCE])

    def page(self, url: str) -> PageState | None:
        row = self._row("SELECT * FROM watch_pages WHERE url = ?", [url])
        return _records().PageState(**row) if row else None

    def save_page(self, page: PageState) -> None:
        values = [getattr(page, c) for c in _PAGE]
        values[2] = self._story(page.story)
        self.store.con.execute(_upsert("watch_pages", "url", _PAGE), values)

    # stories

    def story_of_hash(self, content_hash: str) -> str | None:
        return self.store.scalar("SELECT story FROM watch_hashes WHERE content_hash = ?",
                                 [content_hash])

    def save_hash(self, content_hash: str, story: str) -> None:
        self.store.con.execute("INSERT INTO watch_hashes VALUES (?, ?) ON CONFLICT DO NOTHING",
                               [content_hash, self._story(story)])

    def add_story(self, record: StoryRecord, bands: Sequence[str]) -> None:
        story = self._story(record.story)
        self.store.con.execute(
            "INSERT INTO watch_stories VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [story, record.content_hash, list(record.signature), record.first_seen])
        if bands:
            self.store.con.execute(
                "INSERT INTO watch_bands SELECT unnest(?), ? ON CONFLICT DO NOTHING",
                [list(bands), story])

    def candidates(self, bands: Sequence[str]) -> list[StoryRecord]:
        rows = self.store.query(
            "SELECT * FROM watch_stories WHERE story IN "
            "(SELECT story FROM watch_bands WHERE band IN (SELECT unnest(?))) ORDER BY story",
            [list(bands)])
        make = _records().StoryRecord
        return [make(r["story"], r["content_hash"], tuple(r["signature"]), r["first_seen"])
                for r in rows]

    def add_outlet(self, outlet: Outlet) -> None:
        self.store.con.execute(
            "INSERT INTO watch_outlets VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [self._story(outlet.story), outlet.url, outlet.outlet, outlet.first_seen])

    def outlets(self, story: str) -> list[Outlet]:
        rows = self.store.query("SELECT * FROM watch_outlets WHERE story = ? ORDER BY first_seen, "
                                "url", [story])
        return [_records().Outlet(**r) for r in rows]

    # the articles

    def keep(self, stories: Sequence[Any], articles: Sequence[Article]) -> None:
        """Store the coded articles of `stories` (same order) in the current transaction, and
        name each story by the key its article has in the store from now on."""
        self.store.add(articles)
        for story, article in zip(stories, articles, strict=True):
            key = self.store.scalar("SELECT id FROM articles WHERE content_hash = ?",
                                    [article.content_hash or content_hash(article.text)])
            if key is not None and key != story.id:
                self._renamed[story.id] = key


def sources_sql(store: Store) -> str:
    """A relation (article_id, num_sources, num_copies) over the watched stories: outlets that
    ran each story, and the pages that carried it. Articles absent from it came from one source
    (a file, a table row), and readers coalesce to 1."""
    if not _has_watch(store):
        return ("(SELECT NULL::VARCHAR AS article_id, 1 AS num_sources, 1 AS num_copies "
                "WHERE false)")
    return ("(SELECT story AS article_id, count(DISTINCT outlet) AS num_sources, "
            "count(*) AS num_copies FROM watch_outlets GROUP BY story)")


def outlets_of(store: Store, story: str) -> list[dict[str, Any]]:
    """The pages that carried a story, first seen first: outlet, url."""
    if not _has_watch(store):
        return []
    return store.query("SELECT outlet, url FROM watch_outlets WHERE story = ? "
                       "ORDER BY first_seen, url", [story])


def source_counts(store: Store) -> dict[str, tuple[int, int]]:
    """Every watched story's (num_sources, num_copies)."""
    rows = store.query(f"SELECT * FROM {sources_sql(store)}")
    return {r["article_id"]: (r["num_sources"], r["num_copies"]) for r in rows}


def num_sources(store: Store, stories: Sequence[str]) -> dict[str, int]:
    """Outlets that ran each story (GDELT's NumSources); a story the watcher never saw is absent."""
    if not stories or not _has_watch(store):
        return {}
    rows = store.query("SELECT story, count(DISTINCT outlet) AS n FROM watch_outlets "
                       "WHERE story IN (SELECT unnest(?)) GROUP BY story", [list(stories)])
    return {r["story"]: r["n"] for r in rows}


def _has_watch(store: Store) -> bool:
    """A store opened read-only is not migrated: an old one may lack the watch tables."""
    return bool(store.scalar("SELECT count(*) FROM duckdb_tables() "
                             "WHERE table_name = 'watch_outlets'"))


def record_cycle(store: Store, started: float, finished: float, counts: dict[str, int],
                 snapshot: dict[str, Any], alerts: Sequence[dict[str, Any]]) -> int:
    """Store one finished cycle, the analysis it saw and the alerts it raised, together;
    RETURNS the cycle's number."""
    with store.batch():
        cycle = (store.scalar("SELECT max(cycle) FROM watch_cycles") or 0) + 1
        store.con.execute("INSERT INTO watch_cycles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          [cycle, started, finished, counts.get("new", 0),
                           counts.get("copies", 0), counts.get("changed", 0),
                           counts.get("failures", 0), json.dumps(snapshot)])
        store.con.execute("UPDATE watch_cycles SET snapshot = NULL WHERE cycle < ?", [cycle])
        for idx, alert in enumerate(alerts):
            store.con.execute("INSERT INTO watch_alerts VALUES (?, ?, ?, ?, ?, ?, ?)",
                              [cycle, idx, finished, alert["kind"], alert["key"],
                               alert["summary"], json.dumps(dict(alert, cycle=cycle))])
    return cycle


def with_links(store: Store, alerts: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The alerts with each piece of evidence's article URL and title from the store."""
    ids = sorted({e["article"] for a in alerts for e in a.get("evidence", ()) if e.get("article")})
    found = {r["id"]: r for r in store.query(
        "SELECT id, url, title FROM articles WHERE id IN (SELECT unnest(?))", [ids])} if ids else {}
    linked = []
    for alert in alerts:
        evidence = [dict(e, url=found.get(e.get("article"), {}).get("url"),
                         title=e.get("title") or found.get(e.get("article"), {}).get("title"))
                    for e in alert.get("evidence", ())]
        linked.append(dict(alert, evidence=evidence))
    return linked


def last_cycle(store: Store) -> dict[str, Any] | None:
    """The latest cycle's number, times and counts (no snapshot), or None."""
    if not _has_watch(store):
        return None
    rows = store.query("SELECT cycle, started, finished, new, copies, changed, failures "
                       "FROM watch_cycles ORDER BY cycle DESC LIMIT 1")
    return rows[0] if rows else None


def last_snapshot(store: Store) -> dict[str, Any] | None:
    """The analysis as the last cycle left it, or None before the first cycle."""
    value = store.scalar("SELECT snapshot FROM watch_cycles ORDER BY cycle DESC LIMIT 1")
    return json.loads(value) if value else None


def alerts_since(store: Store, since: float | None = None, limit: int = 200) -> list[dict]:
    """Stored alerts raised at or after `since` (seconds since the epoch; None: those of the
    last cycle that raised any), newest first."""
    if not _has_watch(store):
        return []
    if since is None:
        since = store.scalar("SELECT max(raised_at) FROM watch_alerts")
        if since is None:
            return []
    rows = store.query("SELECT record FROM watch_alerts WHERE raised_at >= ? "
                       "ORDER BY raised_at DESC, idx LIMIT ?", [since, limit])
    return [json.loads(r["record"]) for r in rows]
