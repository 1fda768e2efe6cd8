"""Readers for every kind of input, found through one registry.

`read_paths()` turns command-line paths (files, directories, `-`) into a stream of Drafts and
Failures: a bad file becomes one Failure with its reason, and every good file is still read.
Each reader module has `name`, `suffixes` and `read(raw, origin)`; tables stream themselves.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from faultlines import errors
from faultlines.errors import InputError
from faultlines.ingest import html, reuters, table, text
from faultlines.ingest.decode import decode
from faultlines.ingest.draft import Draft, Failure

READERS = (text, html, table, reuters)
_BY_SUFFIX = {suffix: reader for reader in READERS for suffix in reader.suffixes}


def known_suffixes() -> list[str]:
    return sorted(_BY_SUFFIX)


def _walk(directory: Path) -> Iterator[Path]:
    """Files under a directory, sorted, skipping hidden ones and unknown types silently."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and path.suffix.lower() in _BY_SUFFIX:
                yield path


def read_file(path: Path, max_bytes: int) -> Iterator[Draft | Failure]:
    """Read one file into drafts; any problem becomes one Failure naming the file."""
    reader = _BY_SUFFIX.get(path.suffix.lower())
    if reader is None:
        yield Failure(str(path), errors.UNKNOWN_SUFFIX.format(
            suffix=path.suffix or "(none)", known=", ".join(known_suffixes())))
        return
    if reader is table:
        yield from table.read_rows(path)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(errors.TOO_LARGE.format(size=size / 2**20, limit=max_bytes / 2**20))
        drafts = reader.read(decode(path.read_bytes()), str(path))
    except InputError as err:
        yield Failure(str(path), str(err))
        return
    except OSError as err:
        yield Failure(str(path), errors.VANISHED.format(reason=err.strerror or err))
        return
    if not drafts or not any(d.text.strip() for d in drafts):
        yield Failure(str(path), errors.NO_STORY)
    yield from (d for d in drafts if d.text.strip())


def read_stdin(max_bytes: int) -> Iterator[Draft | Failure]:
    try:
        raw = decode(sys.stdin.buffer.read(max_bytes + 1))
    except InputError as err:
        yield Failure("<stdin>", str(err))
        return
    reader = html if raw.lstrip()[:1] == "<" else text
    drafts = reader.read(raw, "<stdin>")
    yield from drafts or [Failure("<stdin>", errors.NO_STORY)]


def read_paths(paths: Iterable[str], max_bytes: int = 10 * 2**20) -> Iterator[Draft | Failure]:
    """Every draft under the given paths, in a stable order, with a Failure per bad input."""
    for given in paths:
        if given == "-":
            yield from read_stdin(max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file, max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes)
        else:
            yield Failure(given, errors.MISSING_PATH.format(path=given))
