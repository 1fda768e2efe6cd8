"""Tables of articles (.jsonl, .csv, .parquet), streamed row by row so size is no limit.

Columns are those of OUTPUT.md: `text` (or `html`), and optionally `id`, `title`, `url`,
`source`, `published` (`date` is accepted as a synonym). A given `id` is kept, so callers can
join results back to their rows.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from faultlines import errors
from faultlines.ingest.clean import clean
from faultlines.ingest.draft import Draft, Failure

name = "table"
suffixes = (".jsonl", ".ndjson", ".csv", ".parquet")


def _str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def row_to_draft(row: dict[str, Any], origin: str) -> Draft | Failure:
    """One row to one draft, or a Failure that names the row and the reason."""
    given = {k: _str(row.get(k)) for k in ("id", "title", "url", "source", "author")}
    given["published"] = _str(row.get("published") or row.get("date"))
    if given["published"]:
        given["published"] = given["published"][:10]
    text, html = _str(row.get("text")), _str(row.get("html"))
    if text:
        cleaned = clean(text, title=given["title"])
        draft = Draft(text=cleaned.text, origin=origin, **{**given, "title": cleaned.title})
    elif html:
        from faultlines.ingest.html import from_html

        draft = from_html(html, origin, **given)
        if draft is None:
            return Failure(origin, errors.NO_STORY)
    else:
        return Failure(origin, errors.NO_TEXT)
    return draft if draft.text.strip() else Failure(origin, errors.NO_STORY)


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict | Failure]]:
    with path.open("r", encoding="utf-8", errors="replace") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                yield n, Failure(f"{path}:{n}", f"not JSON: {err.msg}")
                continue
            yield n, row if isinstance(row, dict) else Failure(f"{path}:{n}", "not a JSON object")


def _csv_rows(path: Path) -> Iterator[tuple[int, dict]]:
    csv.field_size_limit(sys.maxsize)
    with path.open("r", encoding="utf-8", errors="replace", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle), 2):
            yield n, row


def _parquet_rows(path: Path) -> Iterator[tuple[int, dict]]:
    import pyarrow.parquet as pq

    n = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
        for row in batch.to_pylist():
            n += 1
            yield n, row


def read_rows(path: Path) -> Iterator[Draft | Failure]:
    """Stream the drafts of a table; a bad row is a Failure and the rest go on."""
    rows = {".csv": _csv_rows, ".parquet": _parquet_rows}.get(path.suffix.lower(), _jsonl_rows)
    try:
        for n, row in rows(path):
            origin = f"{path}:{n}"
            yield row if isinstance(row, Failure) else row_to_draft(row, origin)
    except (OSError, ValueError, csv.Error) as err:
        yield Failure(str(path), errors.BAD_TABLE.format(reason=err))
