"""How listing commands print rows: a rich table for people, JSON or CSV for programs.

Every listing command takes the same `--format table|json|csv` (and `--json` as a shortcut)
through the `output_options` decorator (cli/options.py) and hands its choice to `emit`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

import click

from faultlines.store.export import csvsafe


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None,
         title: str | None = None) -> None:
    """Print rows in the chosen format; `columns` picks and orders the table's columns."""
    if fmt == "json":
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str))
        return
    columns_given = columns is not None
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":  # flat columns, formulas neutralised, as every CSV we write
        csvsafe.write(rows, sys.stdout, columns if columns_given else None)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    Console().print(table)
    if not rows:
        click.echo("(no rows)", err=True)
