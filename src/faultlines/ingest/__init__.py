"""Readers for every kind of input, found through one registry.

`read_paths()` turns command-line paths (files, directories, `-`) into a stream of Drafts and
Failures: a bad file becomes one Failure with its reason, and every good file is still read.
Each reader module has `name`, `suffixes` and `read(raw, origin)`; tables stream themselves.

Nothing here can hang or read without limit: a file is opened without blocking and read only
when it is a regular file (a FIFO waits for a writer forever; a link to /dev/zero never ends),
and never more than `max_bytes` are read from it or from standard input. A directory that
cannot be listed is a Failure of its own; files of other types in a directory (a README, an
image) are not inputs and are passed over.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from faultlines import errors
from faultlines.errors import InputError
from faultlines.ingest import html, reuters, table, text
from faultlines.ingest.decode import decode_noted
from faultlines.ingest.draft import Draft, Failure, unexpected
from faultlines.ingest.files import read_bytes, within_limit
from faultlines.options import MAX_ARTICLE_BYTES as MAX_BYTES

READERS = (text, html, table, reuters)
_BY_SUFFIX = {suffix: reader for reader in READERS for suffix in reader.suffixes}


def known_suffixes() -> list[str]:
    return sorted(_BY_SUFFIX)


def _walk(directory: Path) -> Iterator[Path | Failure]:
    """Files under a directory, sorted, skipping hidden ones and unknown types; a directory
    that cannot be listed (no read permission) is a Failure naming it."""
    problems: list[OSError] = []
    for root, dirs, files in os.walk(directory, onerror=problems.append):
        yield from _unlisted(problems)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and path.suffix.lower() in _BY_SUFFIX:
                yield path
    yield from _unlisted(problems)


def _unlisted(problems: list[OSError]) -> Iterator[Failure]:
    while problems:
        err = problems.pop(0)
        yield Failure(str(err.filename),
                      errors.UNREADABLE_DIR.format(reason=err.strerror or err))


def _noted(drafts: list[Draft], note: str | None) -> list[Draft]:
    return [d.with_note(note) for d in drafts] if note else drafts


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Draft | Failure]:
    """Read one file into drafts; any problem becomes one Failure naming the file."""
    reader = _BY_SUFFIX.get(path.suffix.lower())
    if reader is None:
        yield Failure(str(path), errors.UNKNOWN_SUFFIX.format(
            suffix=path.suffix or "(none)", known=", ".join(known_suffixes())))
        return
    if reader is table:
        yield from table.read_rows(path, max_bytes)
        return
    try:
        raw, note = decode_noted(read_bytes(path, max_bytes))
        drafts = _noted(reader.read(raw, str(path)), note)
    except InputError as err:
        yield Failure(str(path), str(err))
        return
    except OSError as err:
        yield Failure(str(path), errors.VANISHED.format(reason=err.strerror or err))
        return
    except Exception as err:  # noqa: BLE001 - one input's failure, never the run's
        yield unexpected(str(path), err)
        return
    if not drafts or not any(d.text.strip() for d in drafts):
        yield Failure(str(path), errors.NO_STORY)
    yield from (d for d in drafts if d.text.strip())


def read_stdin(max_bytes: int = MAX_BYTES) -> Iterator[Draft | Failure]:
    """Standard input as one article: refused, not cut, when it is longer than `max_bytes`."""
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
        within_limit(len(data), max_bytes)
        raw, note = decode_noted(data)
        reader = html if raw.lstrip()[:1] == "<" else text
        drafts = _noted(reader.read(raw, "<stdin>"), note)
    except InputError as err:
        yield Failure("<stdin>", str(err))
        return
    except Exception as err:  # noqa: BLE001 - one input's failure, never the run's
        yield unexpected("<stdin>", err)
        return
    yield from drafts or [Failure("<stdin>", errors.NO_STORY)]


def read_paths(paths: Iterable[str], max_bytes: int = MAX_BYTES) -> Iterator[Draft | Failure]:
    """Every draft under the given paths, in a stable order, with a Failure per bad input."""
    for given in paths:
        if given == "-":
            yield from read_stdin(max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                if isinstance(file, Failure):
                    yield file
                else:
                    yield from read_file(file, max_bytes)
        elif path.exists() or path.is_symlink():
            yield from read_file(path, max_bytes)
        else:
            yield Failure(given, errors.MISSING_PATH.format(path=given))
