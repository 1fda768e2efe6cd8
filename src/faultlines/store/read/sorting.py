"""Sorting a listing by one of its columns: "events" ascending, "-events" descending.

Pages let a reader sort a table by clicking its column heads; the column names come from the
URL, so each listing names the columns it can sort by and anything else is refused before it
reaches SQL.
"""

from __future__ import annotations


def parse(sort: str | None, columns: dict[str, str]) -> tuple[str, bool] | None:
    """"-events" → ("events", True); None for no sort. A column not in `columns` is a
    ValueError that names the columns there are."""
    if not sort:
        return None
    name, descending = (sort[1:], True) if sort.startswith("-") else (sort, False)
    if name not in columns:
        raise ValueError(f"sort: '{name}' is not a column to sort by; use one of "
                         f"{', '.join(sorted(columns))} (with '-' before it to reverse)")
    return name, descending


def order_by(sort: str | None, columns: dict[str, str], default: str, tiebreak: str) -> str:
    """The ORDER BY clause (without the keywords) for `sort`, else `default`; `tiebreak` keeps
    rows with equal values in a stable order, so paging never repeats or skips a row."""
    parsed = parse(sort, columns)
    if parsed is None:
        return f"{default}, {tiebreak}"
    name, descending = parsed
    return f"{columns[name]} {'DESC' if descending else 'ASC'} NULLS LAST, {tiebreak}"
