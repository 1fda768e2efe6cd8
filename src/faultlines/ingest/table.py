"""Tables of articles (.jsonl, .csv, .parquet), streamed row by row so size is no limit.

Columns are those of OUTPUT.md: `text` (or `html`), and optionally `id`, `title`, `url`,
`source`, `published` (`date` is accepted as a synonym). A given `id` is kept, so callers can
join results back to their rows.

Each row is checked before it becomes a draft, and a bad row is a Failure naming the row and
its reason while the rows around it go on: a text field that holds a number, a list or an
object (never stored as its Python repr), a published date that is no calendar day
("2023-02-30") or only relative ("yesterday"), a text over the size limit. An `id` may be a
string or a whole number (17 becomes "17"). Files may start with a UTF-8 byte-order mark; bytes
that are not UTF-8 are replaced with U+FFFD, and the row's draft carries a note saying so.
"""

from __future__ import annotations

import codecs
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from faultlines import errors
from faultlines.errors import InputError
from faultlines.ingest.clean import clean
from faultlines.ingest.draft import Draft, Failure, one_line, stated_date, unexpected
from faultlines.ingest.files import open_regular
from faultlines.options import MAX_ARTICLE_BYTES

name = "table"
suffixes = (".jsonl", ".ndjson", ".csv", ".parquet")

_TEXT_FIELDS = ("title", "url", "source", "author")


def _what(value: Any) -> str:
    """How a message names a value of the wrong type."""
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _string(row: dict[str, Any], field: str) -> str | None:
    value = row.get(field)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(errors.FIELD_TYPE.format(field=field, what=_what(value)))
    return value


def _id(row: dict[str, Any]) -> str | None:
    value = row.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(errors.ID_TYPE.format(what=_what(value)))
    return value


def _published(row: dict[str, Any]) -> str | None:
    """The row's day: a string is checked (stated_date), a Parquet date or timestamp taken."""
    value = row.get("published")
    if value is None or value == "":
        value = row.get("date")
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(errors.FIELD_TYPE.format(field="published", what=_what(value)))
    return stated_date(value)


def _within_limit(text: str, max_bytes: int) -> str:
    if len(text) * 4 > max_bytes and (size := len(text.encode("utf-8", "replace"))) > max_bytes:
        raise InputError(errors.TOO_LARGE.format(size=errors.megabytes(size),
                                                 limit=errors.megabytes(max_bytes)))
    return text


def row_to_draft(row: dict[str, Any], origin: str,
                 max_bytes: int = MAX_ARTICLE_BYTES) -> Draft | Failure:
    """One row to one draft, or a Failure that names the row and the reason."""
    try:
        given = {k: _string(row, k) for k in _TEXT_FIELDS}
        given["id"], given["published"] = _id(row), _published(row)
        text, html = _string(row, "text"), _string(row, "html")
    except InputError as err:
        return Failure(origin, str(err))
    if text:
        cleaned = clean(_within_limit(text, max_bytes), title=given["title"])
        draft = Draft(text=cleaned.text, origin=origin, **{**given, "title": cleaned.title})
    elif html:
        from faultlines.ingest.html import from_html

        draft = from_html(_within_limit(html, max_bytes), origin, **given)
        if draft is None:
            return Failure(origin, errors.NO_STORY)
    else:
        return Failure(origin, errors.NO_TEXT)
    return draft if draft.text.strip() else Failure(origin, errors.NO_STORY)


class _Lines:
    """The lines of a file of bytes as text, counting the bytes that are not UTF-8 (each
    becomes U+FFFD), so that the row they were in can say so."""

    def __init__(self, handle: Iterable[bytes]) -> None:
        self.handle = handle
        self.replaced = 0
        self.first = True

    def __iter__(self) -> Iterator[str]:
        for raw in self.handle:
            if self.first:
                raw, self.first = raw.removeprefix(codecs.BOM_UTF8), False
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("utf-8", errors="replace")
                self.replaced += line.count("\ufffd") - raw.count("\ufffd".encode())
                yield line


Row = tuple[int, "dict | Failure", int]  # line or row number, the row, bytes replaced in it


def _jsonl_rows(path: Path) -> Iterator[Row]:
    with open_regular(path) as handle:
        lines = _Lines(handle)
        for n, line in enumerate(lines, 1):
            replaced, lines.replaced = lines.replaced, 0
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                yield n, Failure(f"{path}:{n}", f"not JSON: {err.msg}"), 0
                continue
            row = row if isinstance(row, dict) else Failure(f"{path}:{n}", "not a JSON object")
            yield n, row, replaced


def _csv_rows(path: Path) -> Iterator[Row]:
    csv.field_size_limit(sys.maxsize)
    with open_regular(path) as handle:
        lines = _Lines(handle)
        for n, row in enumerate(csv.DictReader(lines), 2):
            replaced, lines.replaced = lines.replaced, 0
            yield n, row, replaced


def _parquet_rows(path: Path) -> Iterator[Row]:
    import pyarrow.parquet as pq

    with open_regular(path) as handle:
        batches = pq.ParquetFile(handle).iter_batches(batch_size=256)
        yield from _numbered(batches)


def _numbered(batches: Iterable) -> Iterator[Row]:
    n = 0
    for batch in batches:
        for row in batch.to_pylist():
            n += 1
            yield n, row, 0


def _drafted(row: dict | Failure, origin: str, replaced: int, max_bytes: int) -> Draft | Failure:
    """One row's draft or Failure; whatever a row raises is that row's Failure alone."""
    if isinstance(row, Failure):
        return row
    try:
        draft = row_to_draft(row, origin, max_bytes)
    except InputError as err:
        return Failure(origin, str(err))
    except Exception as err:  # noqa: BLE001 - one row's failure, never the table's
        return unexpected(origin, err)
    if replaced and isinstance(draft, Draft):
        draft = draft.with_note(errors.REPLACED_BYTES.format(n=replaced, encoding="UTF-8"))
    return draft


def read_rows(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Draft | Failure]:
    """Stream the drafts of a table; a bad row is a Failure and the rest go on."""
    rows = {".csv": _csv_rows, ".parquet": _parquet_rows}.get(path.suffix.lower(), _jsonl_rows)
    try:
        for n, row, replaced in rows(path):
            yield _drafted(row, f"{path}:{n}", replaced, max_bytes)
    except InputError as err:
        yield Failure(str(path), str(err))
    except (OSError, ValueError, csv.Error) as err:
        yield Failure(str(path), errors.BAD_TABLE.format(reason=getattr(err, "strerror", None)
                                                         or one_line(err)))
    except Exception as err:  # noqa: BLE001 - the table's failure, never the run's
        yield unexpected(str(path), err)
