"""The options several commands share, each defined once: the store, the output format, the
date window, and the types that check a day, a number, coordinates and a path.

Shared flags are decorators, as sqlite-utils shares its output options. Values are checked by
click types, so a bad one ends in click's usage line and exit 2, never in a traceback from the
store or the analysis that would otherwise meet it first: a day that does not exist, a number
that is "nan" or "inf", a latitude of 91, a store path that is a folder or lies in a folder
that does not exist, an input path that does not exist.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
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


class Number(click.FloatRange):
    """A finite number in a range: "nan" and "inf" pass click's FloatRange (nan compares false
    with every bound) and then poison a weight or a distance, so they are usage errors too."""

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> float:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


class Coordinates(click.ParamType):
    """Comma-separated decimal degrees, e.g. LAT,LON or MINLON,MINLAT,MAXLON,MAXLAT: the
    right count of finite numbers, latitudes within ±90 and longitudes within ±180."""

    def __init__(self, shape: str) -> None:
        self.name = shape
        self.axes = shape.replace("MIN", "").replace("MAX", "").split(",")

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> tuple[float, ...]:
        if isinstance(value, tuple):
            return value
        try:
            numbers = tuple(float(x) for x in str(value).split(","))
        except ValueError:
            numbers = ()
        if len(numbers) != len(self.axes) or not all(map(math.isfinite, numbers)):
            self.fail(f"expected {self.name}, got '{value}'", param, ctx)
        for axis, number in zip(self.axes, numbers):
            limit = 90 if axis == "LAT" else 180
            if abs(number) > limit:
                self.fail(f"{axis.lower()} {number:g} is outside -{limit}..{limit} in "
                          f"'{value}'", param, ctx)
        return numbers


class StorePath(click.Path):
    """The store file: not a folder, and in a folder that exists (":memory:" too).

    Whether the file must exist is each command's to say: a listing of a missing store says
    so in one line (opening.py), `code` creates it.
    """

    def __init__(self) -> None:
        super().__init__(dir_okay=False)

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        if value == ":memory:":
            return value
        path = super().convert(value, param, ctx)
        folder = Path(path).parent
        if not folder.is_dir():
            self.fail(f"no folder '{folder}' for the store file '{value}'", param, ctx)
        return path


class OutPath(click.Path):
    """A file or folder to write: never an existing folder where a file is meant, and its
    folder exists or can be made (no file stands where a folder must go).

    file (bool | None): True for a file, False for a folder, None for either.
    suffixes (tuple[str, ...]): the file suffixes allowed (the one picks the format).
    """

    def __init__(self, file: bool | None = True, suffixes: tuple[str, ...] = ()) -> None:
        super().__init__(dir_okay=file is not True, file_okay=file is not False)
        self.suffixes = suffixes

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        path = super().convert(value, param, ctx)
        blocked = next((p for p in Path(path).parents if p.exists() and not p.is_dir()), None)
        if blocked is not None:
            self.fail(f"'{blocked}' is a file, so '{value}' cannot be written", param, ctx)
        if self.suffixes and Path(path).suffix.lower() not in self.suffixes:
            self.fail(f"'{value}' should end in {' or '.join(self.suffixes)} (the suffix picks "
                      "the format)", param, ctx)
        return path


INPUT_PATH = click.Path(exists=True, allow_dash=True)


def db_option(fn: Callable) -> Callable:
    """`--db FILE`: the store every command reads or writes."""
    return click.option("--db", default=DEFAULT_DB, show_default=True, metavar="FILE",
                        type=StorePath(), help="The DuckDB store to use.")(fn)


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
