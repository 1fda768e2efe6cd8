"""What the watcher remembers between cycles, and the small interface a store gives it.

The watcher never writes SQL: it reads and writes these records through `WatchState`. The tests
use `MemoryState` (memory.py); the DuckDB store (store/watch.py, `StoreState`, migration
0006_watch) implements the same methods over these tables
(times are seconds since the epoch, DOUBLE, or TIMESTAMP converted at the boundary):

    watch_sources  (source VARCHAR PRIMARY KEY, kind VARCHAR, etag VARCHAR,
                    last_modified VARCHAR, last_checked DOUBLE, last_success DOUBLE,
                    last_new DOUBLE, errors INTEGER, last_error VARCHAR, next_attempt DOUBLE)
    watch_pages    (url VARCHAR PRIMARY KEY, source VARCHAR, story VARCHAR,
                    content_hash VARCHAR, etag VARCHAR, last_modified VARCHAR, listed VARCHAR,
                    checked_at DOUBLE, errors INTEGER, last_error VARCHAR, next_attempt DOUBLE)
    watch_stories  (story VARCHAR PRIMARY KEY,      -- = articles.id of its first copy
                    content_hash VARCHAR, signature UBIGINT[], first_seen DOUBLE)
    watch_hashes   (content_hash VARCHAR PRIMARY KEY, story VARCHAR)
    watch_bands    (band VARCHAR, story VARCHAR, PRIMARY KEY (band, story))
    watch_outlets  (story VARCHAR, url VARCHAR, outlet VARCHAR, first_seen DOUBLE,
                    PRIMARY KEY (story, url))  -- NumSources = count(DISTINCT outlet) per story

`atomic()` must make everything written inside it, and the articles the coder stores inside it,
one transaction: that is what lets a kill -9 mid-cycle lose nothing and code nothing twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from typing import Protocol, Self


@dataclass(frozen=True, kw_only=True)
class Fetched:
    """What the watcher remembers of fetching one URL, a source's or a page's alike: the
    validators of its last good response, for a conditional GET, and its failures in a row,
    for backoff (schedule.py). Both tables carry these columns.

    etag, last_modified (str | None): the validators the server gave.
    errors (int): failures in a row; 0 after a success.
    last_error (str | None): why the last attempt failed.
    next_attempt (float): a failing URL is left alone until then.
    """

    etag: str | None = None
    last_modified: str | None = None
    errors: int = 0
    last_error: str | None = None
    next_attempt: float = 0.0

    def cleared(self) -> Self:
        """This record after a success: no failures, nothing to wait for."""
        return replace(self, errors=0, last_error=None, next_attempt=0.0)


@dataclass(frozen=True)
class SourceState(Fetched):
    """One source (a feed, a sitemap, a folder): its validators, its health, when to try again.

    source (str): the key: a canonical URL, or a folder's absolute path.
    kind (str | None): "feed", "sitemap", "sitemap index" or "folder", once read.
    etag, last_modified (Fetched): kept only for a listing whose every item was settled, so a
        304 never hides an item still waiting.
    last_checked, last_success, last_new (float | None): the last attempt, the last success,
        the last time it gave a new story ("last seen").
    """

    source: str
    kind: str | None = None
    last_checked: float | None = None
    last_success: float | None = None
    last_new: float | None = None


@dataclass(frozen=True)
class PageState(Fetched):
    """One page (or file) a source listed.

    url (str): its canonical URL (a file:// URI for a folder's file).
    source (str): the source that listed it first.
    story (str | None): the story it is a copy of; None while it has never been read.
    content_hash (str | None): hash of its text when last read, to notice edits.
    listed (str | None): the date its listing gave it (updated, lastmod, mtime); a new date is
        a reason to read it again.
    errors (Fetched): after `item_attempts` failures it is given up.
    """

    url: str
    source: str
    story: str | None = None
    content_hash: str | None = None
    listed: str | None = None
    checked_at: float | None = None


@dataclass(frozen=True)
class StoryRecord:
    """A story: the first copy coded, and the MinHash signature later copies are matched on.

    story (str): the article id the coder stored the first copy under.
    """

    story: str
    content_hash: str
    signature: tuple[int, ...]
    first_seen: float


@dataclass(frozen=True)
class Outlet:
    """One copy of a story at one URL; distinct `outlet`s per story are GDELT's NumSources."""

    story: str
    url: str
    outlet: str
    first_seen: float


class WatchState(Protocol):
    """The storage the watcher needs: records by key, plus a near-duplicate candidate index."""

    def atomic(self) -> AbstractContextManager[None]:
        """A transaction: all writes inside it happen, or none (an exception rolls back)."""

    def source(self, key: str) -> SourceState | None: ...

    def save_source(self, state: SourceState) -> None: ...

    def page(self, url: str) -> PageState | None: ...

    def save_page(self, page: PageState) -> None: ...

    def story_of_hash(self, content_hash: str) -> str | None:
        """The story whose copy had exactly this text, if any."""

    def save_hash(self, content_hash: str, story: str) -> None: ...

    def add_story(self, record: StoryRecord, bands: Sequence[str]) -> None:
        """Store a new story with its LSH band keys (neardup.bands)."""

    def candidates(self, bands: Sequence[str]) -> list[StoryRecord]:
        """Stories sharing at least one band key: the only ones worth comparing."""

    def add_outlet(self, outlet: Outlet) -> None:
        """Record a copy; a second record of the same (story, url) changes nothing."""

    def outlets(self, story: str) -> list[Outlet]: ...
