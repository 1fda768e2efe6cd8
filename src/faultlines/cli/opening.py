"""How commands open the store, and the one line they print when they cannot.

A DuckDB file takes one writer, or any number of readers, never both. So listing commands open
it read-only (they then run beside `faultlines serve` and each other); the analysis commands
try read-write first, because a writer brings the analysis tables up to date for the next run,
and read along with the others when readers hold the file. When the file is busy the message
says who holds it: a writer (wait for it) or readers (a writer must wait for them).
"""

from __future__ import annotations

from pathlib import Path

import click

from faultlines import errors
from faultlines.errors import StoreError
from faultlines.store import Store


class _Locked(Exception):
    """Another process holds a lock on the file that this open conflicts with."""


class StoreLocked(click.ClickException):
    """The one-line error for a store another process holds."""


def _connect(db: str, read_only: bool) -> Store:
    """The store opened; a lock is _Locked, any other problem a StoreError naming the file
    and what is wrong with it (not a DuckDB file, damaged, a read-only place, ...)."""
    import duckdb

    from faultlines.store.problems import describe

    try:
        return Store(db, read_only=read_only)
    except duckdb.IOException as err:
        if "lock" not in str(err).lower():
            raise StoreError(describe(err, db)) from err
        raise _Locked(str(err)) from err
    except duckdb.Error as err:
        raise StoreError(describe(err, db)) from err


def _must_exist(db: str) -> None:
    if db != ":memory:" and not Path(db).exists():
        raise click.ClickException(errors.NO_STORE.format(db=db))


def _held_by_readers(db: str) -> bool:
    """Can we read it now? Then readers, not a writer, keep us from writing."""
    try:
        _connect(db, read_only=True).close()
    except _Locked:
        return False
    return True


def open_store(db: str, read_only: bool = True) -> Store:
    """Open the store; a missing file (when reading) or a busy one is a one-line error.

    db (str): the DuckDB file.
    read_only (bool): read beside other readers; False to write (created when absent).
    """
    if read_only:
        _must_exist(db)
    try:
        return _connect(db, read_only)
    except _Locked as err:
        busy = (errors.STORE_READ_BUSY if not read_only and _held_by_readers(db)
                else errors.STORE_BUSY)
        raise StoreLocked(busy.format(db=db)) from err


def open_for_analysis(db: str) -> Store:
    """Read-write when we can (the analysis tables are then brought up to date), read-only
    beside other readers when they hold the file (the analysis is then computed live)."""
    _must_exist(db)
    try:
        return _connect(db, read_only=False)
    except _Locked:
        return open_store(db, read_only=True)
