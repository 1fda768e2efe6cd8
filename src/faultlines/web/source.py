"""Where the web app reads the store: one DuckDB cursor per request, over a snapshot.

Requests run in parallel threads, and one DuckDB connection runs one query at a time, so each
request reads through a cursor of its own (a connection to the same database). The database
is a private copy of the store file (store/snapshot.py) unless the app was asked to write or
serves ":memory:": the server then never holds the store, and `faultlines code` can write it
while pages are served.

A reader sees new articles once the writer has closed the store: a watcher looks at the file
every `poll` seconds, and when it has changed and no writer holds it, copies it again. Requests
under way finish on the copy they started with; the next ones read the new copy, and caches
keyed by `generation` are computed afresh.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from faultlines import errors
from faultlines.store import Store, snapshot


class Unavailable(Exception):
    """No copy of the store can be read yet (a writer has held it since the app started)."""


@dataclass(eq=False)
class _Generation:
    """One copy of the store, open, with the number of requests reading it."""

    number: int
    store: Store
    copy: Path | None = None
    stamp: snapshot.Stamp | None = None
    readers: int = 0
    retired: bool = False

    def close_if_done(self) -> None:
        if self.retired and self.readers == 0:
            self.store.close()
            if self.copy is not None:
                snapshot.remove(self.copy)


class StoreSource:
    """The store as the web app reads it.

    path (str | Path): the store file, or ":memory:".
    read_only (bool): False opens the store itself read-write (and holds it) instead of a copy.
    poll (float): seconds between two looks for a changed store file (0: never look).
    """

    def __init__(self, path: str | Path, read_only: bool = True, poll: float = 2.0) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.snapshots = read_only and self.path != ":memory:"
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        self._current: _Generation | None = None
        self._numbers = 0
        self._listeners: list[Callable[[int], None]] = []
        self._stop = threading.Event()
        self._dir = Path(tempfile.mkdtemp(prefix="faultlines-serve-")) if self.snapshots else None
        atexit.register(self.close)  # the copies are deleted however the process ends
        if self.snapshots:
            self.refresh()
        else:
            self._install(Store(self.path, read_only=read_only))
        if self.snapshots and poll > 0:
            threading.Thread(target=self._watch, args=(poll,), daemon=True,
                             name="faultlines-store-watch").start()

    # ------------------------------------------------------------ reading

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A Store over a cursor of its own, for one request (any thread may end it)."""
        with self._lock:
            generation = self._current
            if generation is None:
                raise Unavailable(errors.STORE_BEING_WRITTEN.format(db=self.path))
            generation.readers += 1
        try:
            cursor = generation.store.cursor()
            cursor.generation = generation.number
            try:
                yield cursor
            finally:
                cursor.close()
        finally:
            with self._lock:
                generation.readers -= 1
                generation.close_if_done()

    @property
    def generation(self) -> int:
        """The number of the copy new requests read (0 before the first)."""
        current = self._current
        return current.number if current else 0

    def on_change(self, listener: Callable[[int], None]) -> None:
        """Call `listener(generation)` whenever requests start reading a new copy."""
        self._listeners.append(listener)

    # ------------------------------------------------------------ refreshing

    def refresh(self) -> bool:
        """Copy the store again if it changed since the last copy and no writer holds it;
        RETURNS whether new requests now read a new copy."""
        if not self.snapshots:
            return False
        with self._refreshing:
            return self._refresh()

    def _refresh(self) -> bool:
        current = self._current
        try:
            if current is not None and snapshot.stamp(Path(self.path)) == current.stamp:
                return False
            copy, stamp = snapshot.take(Path(self.path), self._dir)
        except (snapshot.Busy, OSError):
            return False  # a writer holds it, or it is being replaced: look again later
        except duckdb.Error:
            if current is None:
                raise  # not a store at all: the app cannot start
            return False  # a broken file in its place: keep serving the last good copy
        generation = self._install(Store(copy, read_only=True), copy, stamp)
        for listener in self._listeners:
            listener(generation.number)
        return True

    def _install(self, store: Store, copy: Path | None = None,
                 stamp: snapshot.Stamp | None = None) -> _Generation:
        with self._lock:
            self._numbers += 1
            generation = _Generation(self._numbers, store, copy, stamp)
            old, self._current = self._current, generation
            if old is not None:
                old.retired = True
                old.close_if_done()
        return generation

    def _watch(self, poll: float) -> None:
        while not self._stop.wait(poll):
            self.refresh()

    def close(self) -> None:
        """Stop watching, close the store once its readers are done, delete the copies."""
        self._stop.set()
        with self._lock:
            current, self._current = self._current, None
            if current is not None:
                current.retired = True
                current.close_if_done()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
