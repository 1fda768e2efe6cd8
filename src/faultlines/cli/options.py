"""The options several commands share, each defined once: the store, the output format, the
date window, and the type that checks a day.

Shared flags are decorators, as sqlite-utils shares its output options. Values are checked by
click types, so a bad one ends in click's usage line and exit 2, never in a traceback from the
store or the analysis that would otherwise meet it first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import click

from faultlines import errors
from faultlines.store import DEFAULT_DB

FORMATS = ("table", "json", "csv")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Day(click.ParamType):
    """A calendar day written YYYY-MM-DD: "2023-02-30" and "2023-13-01" are usage errors.

    as_date (bool): give the command a `datetime.date`; else the checked string, which is
        what the store's queries take.
    """

    name = "YYYY-MM-DD"

    def __init__(self, as_date: bool = False) -> None:
        self.as_date = as_date

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str | date:
        if isinstance(value, date):
            return value if self.as_date else value.isoformat()
        text = str(value)
        if not _ISO_DAY.match(text):
            self.fail(errors.BAD_DATE.format(value=text), param, ctx)
        try:
            day = date.fromisoformat(text)
        except ValueError as err:
            self.fail(errors.NO_SUCH_DAY.format(value=text, reason=err), param, ctx)
        return day if self.as_date else text


DAY = Day()


def db_option(fn: Callable) -> Callable:
    """`--db FILE`: the store every command reads or writes."""
    return click.option("--db", default=DEFAULT_DB, show_default=True, metavar="FILE",
                        help="The DuckDB store to use.")(fn)


def window_options(fn: Callable) -> Callable:
    """`--since DAY --until DAY`: the days a listing or an analysis covers, both included."""
    fn = click.option("--until", type=DAY, metavar="YYYY-MM-DD", help="Up to this day.")(fn)
    return click.option("--since", type=DAY, metavar="YYYY-MM-DD", help="From this day.")(fn)


def output_options(fn: Callable) -> Callable:
    """`--format table|json|csv` and its shortcut `--json`; the command gets one `fmt`."""

    @functools.wraps(fn)
    def resolved(*args: Any, fmt: str, as_json: bool, **kwargs: Any) -> Any:
        return fn(*args, fmt="json" if as_json else fmt, **kwargs)

    resolved = click.option("--json", "as_json", is_flag=True,
                            help="Shortcut for --format json.")(resolved)
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True, help="How to print the rows.")(resolved)
