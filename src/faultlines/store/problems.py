"""What went wrong with the store file, in one line a person can act on.

DuckDB says what failed in its own words ("IO Error: Could not write file ...wal: No space left
on device"); `describe` turns every such error into one of the messages of errors.py, naming
the file: not a DuckDB file, damaged (truncated or corrupted), a full disk, a place that cannot
be written, a directory, a missing folder, held by another process. `is_row_problem` tells a
bad row (a value DuckDB cannot take) from a bad store, which the batch writer needs: a bad row
fails alone, a bad store stops the run.
"""

from __future__ import annotations

import re

import duckdb

from faultlines import errors

# Errors that one row's values cause; every other DuckDB error is the store's.
ROW_ERRORS = (duckdb.DataError, duckdb.IntegrityError, duckdb.InvalidInputException,
              duckdb.TypeMismatchException, duckdb.ConversionException)
_PREFIX = re.compile(r"^[A-Za-z ]*Error: ")
_FILE = re.compile(r'"([^"]+)"')

_KINDS = (
    ("not a valid DuckDB database file", errors.STORE_NOT_DUCKDB),
    ("No space left on device", errors.STORE_FULL),
    ("Disk quota exceeded", errors.STORE_FULL),
    ("Read-only file system", errors.STORE_READ_ONLY),
    ("Permission denied", errors.STORE_READ_ONLY),
    ("read-only mode", errors.STORE_READ_ONLY),
    ("Is a directory", errors.STORE_IS_DIRECTORY),
    ("No such file or directory", errors.STORE_NO_FOLDER),
    ("Could not read enough bytes", errors.STORE_DAMAGED),
    ("Corrupt", errors.STORE_DAMAGED),
    ("checksum", errors.STORE_DAMAGED),
    ("Invalid database", errors.STORE_DAMAGED),
    ("database has been invalidated", errors.STORE_DAMAGED),
    ("Could not set lock", errors.STORE_BUSY),
    ("Conflicting lock", errors.STORE_BUSY),
)


def _detail(err: BaseException) -> str:
    """DuckDB's message on one line, without its "IO Error: " prefix."""
    return _PREFIX.sub("", " ".join(str(err).split()))[:300]


def describe(err: BaseException, db: str | None = None) -> str:
    """One line for a store error, naming the file (from DuckDB's message when not given)."""
    detail = _detail(err)
    if db is None:
        named = _FILE.search(detail)
        db = named.group(1).removesuffix(".wal") if named else "file"
    for words, message in _KINDS:
        if words.lower() in detail.lower():
            return message.format(db=db, detail=detail)
    return errors.STORE_PROBLEM.format(db=db, detail=detail)


def is_row_problem(err: BaseException) -> bool:
    """True when the error is one row's (a value the table cannot take), not the store's."""
    if isinstance(err, ROW_ERRORS):
        return True
    return isinstance(err, (UnicodeError, OverflowError, ValueError, TypeError)) and \
        not isinstance(err, duckdb.Error)
