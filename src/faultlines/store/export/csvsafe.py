"""CSV as faultlines writes it everywhere: flat columns, and no cell a spreadsheet would run.

Every CSV the project writes — web downloads, `faultlines export --format csv`, the listing
commands' `--format csv` — goes through `rows_to_lines`, so all of them read the same way:

- **Flat columns.** A nested record becomes columns of its fields: an event's `location` is
  `location_name`, `location_lat`, …; a list of actors is one column per field with the
  actors' values joined by "; " (`actor_name` = "Russia; Belarus"). No cell holds JSON.
- **Formulas neutralised** as OWASP recommends for CSV injection: a text cell that starts
  with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so that a
  headline such as `=HYPERLINK(…)` is shown as text and never evaluated. Numbers are written
  as numbers (a score of -3.0 stays a number).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from itertools import chain, islice
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
JOIN = "; "
PEEK = 1000  # rows read before the header is written: their columns make the header

ACTOR = ("name", "code", "country", "sector", "kind", "role", "text", "id")
PLACE = ("name", "country", "lat", "lon", "feature", "geonameid", "text")
# Fields of OUTPUT.md records that hold records: their columns exist even where the value is
# empty, so that every row of a listing has the same columns.
NESTED: dict[str, tuple[str, ...]] = {
    "actor": ACTOR, "recipient": ACTOR, "reported_by": ACTOR, "speaker": ACTOR,
    "party": ACTOR, "sides": ACTOR, "location": PLACE, "trigger": ("text", "start", "end"),
}


def safe(value: Any) -> Any:
    """One cell: None → "", a bool → "true"/"false", a number as it is, a date in ISO form,
    text neutralised where a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False, default=str)
    return "'" + value if value.startswith(FORMULA_START) else value


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """A record as flat columns (module docstring): nested records by field, lists joined."""
    flat: dict[str, Any] = {}
    for name, value in record.items():
        column = f"{prefix}{name}"
        fields = NESTED.get(name) if not prefix else None
        if isinstance(value, Mapping) or (value is None and fields):
            flat.update(_fields(column, [value] if value else [], fields))
        elif isinstance(value, (list, tuple)) and (fields or any(isinstance(v, Mapping)
                                                               for v in value)):
            flat.update(_fields(column, [v for v in value if isinstance(v, Mapping)], fields))
        elif isinstance(value, (list, tuple, set)):
            flat[column] = JOIN.join(_text(v) for v in value)
        else:
            flat[column] = value
    return flat


def _fields(column: str, records: list[Mapping[str, Any]],
            fields: Sequence[str] | None) -> dict[str, Any]:
    """The columns `column_field` of a list of records, each field's values joined."""
    if len(records) == 1 and not fields:
        return flatten(records[0], f"{column}_")
    names = list(fields or dict.fromkeys(k for r in records for k in r))
    if len(records) == 1:
        return {f"{column}_{n}": _scalar(records[0].get(n)) for n in names}
    return {f"{column}_{n}": JOIN.join(_text(r.get(n)) for r in records) if records else None
            for n in names}


def _scalar(value: Any) -> Any:
    return value if value is None or isinstance(value, (str, int, float)) else _text(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Mapping):
        return JOIN.join(f"{k}={_text(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ",".join(_text(v) for v in value)
    return str(value)


def rows_to_lines(rows: Iterable[Mapping[str, Any]],
                  columns: Sequence[str] | None = None) -> Iterator[str]:
    """CSV text, header first, a few lines at a time (for streaming); the columns are
    `columns`, else those of the first PEEK rows in order of appearance."""
    flat = (flatten(r) for r in rows)
    if columns is None:
        first = list(islice(flat, PEEK))
        columns = list(dict.fromkeys(c for r in first for c in r))
        flat = chain(first, flat)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe(c) for c in columns])
    for n, row in enumerate(flat, 1):
        writer.writerow([safe(row.get(c)) for c in columns])
        if n % 200 == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def write(rows: Iterable[Mapping[str, Any]], out, columns: Sequence[str] | None = None) -> None:
    """Write rows as CSV to the text stream `out`."""
    for text in rows_to_lines(rows, columns):
        out.write(text)
