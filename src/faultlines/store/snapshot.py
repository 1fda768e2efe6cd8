"""A private copy of a store file, taken while no writer holds it.

A DuckDB file takes one writing process or any number of reading ones, never both at once. A
web server that kept the store open would lock `faultlines code` out for as long as it runs, so
`faultlines serve` reads a copy instead: the copy is taken under a read-only lock (no writer can
be half-way through a checkpoint), which is held only for the time of the copy.
"""

from __future__ import annotations

import itertools
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

_numbers = itertools.count(1)


class Busy(Exception):
    """A writer holds the store: no consistent copy can be taken now."""


@dataclass(frozen=True)
class Stamp:
    """What tells a changed store file from the one last copied: size and time of the file
    and of its write-ahead log."""

    file: tuple[int, int]
    wal: tuple[int, int] | None


def stamp(path: Path) -> Stamp:
    """The store file's current stamp (OSError when it is gone)."""
    return Stamp(_stat(path), _stat(_wal(path)) if _wal(path).exists() else None)


def _stat(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def take(path: Path, into: Path) -> tuple[Path, Stamp]:
    """Copy the store at `path` (and its write-ahead log, where a crashed writer left one)
    into the directory `into`; RETURNS the copy's path and the stamp of what was copied.

    Raises Busy while a writer holds the store.
    """
    try:
        guard = duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as err:
        if "lock" in str(err).lower():  # another process writes it
            raise Busy(str(err)) from None
        raise
    except duckdb.ConnectionException as err:  # this process writes it
        raise Busy(str(err)) from None
    try:
        copied = stamp(path)
        dest = into / f"snapshot-{next(_numbers)}.duckdb"
        shutil.copyfile(path, dest)
        if copied.wal is not None:
            shutil.copyfile(_wal(path), _wal(dest))
    finally:
        guard.close()
    return dest, copied


def remove(copy: Path) -> None:
    """Delete a copy and its log. Connections still open on it keep reading it: the system
    frees the space when the last one closes."""
    for file in (copy, _wal(copy)):
        file.unlink(missing_ok=True)
