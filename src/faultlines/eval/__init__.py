"""`faultlines eval`: score the system on gold data, suite by suite.

A suite is a plain module in this package, listed in SUITES, with `name`, `description`,
`requires` (paths under shared/ it reads) and `run(limit) -> Result`; a suite with parts takes
them as keyword options of `run` (the news suite's `split` and `details`). Adding a suite is
adding a module and one line here. Suites that need ../shared skip with a clear message where
it is absent. Floors (eval/floors.json) pin the scores a change may not lower: `--gate` checks them.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from pathlib import Path
from types import ModuleType

import click

from faultlines import errors
from faultlines.eval.result import Result, check_floors, load_floors, pin_floors

SUITES: dict[str, str] = {
    "seed": "faultlines.eval.seed",
    "conll": "faultlines.eval.conll",
    "plover-actors": "faultlines.eval.plover_actors",
    "plv": "faultlines.eval.plv",
    "plover-gsr": "faultlines.eval.plover_gsr",
    "polnear": "faultlines.eval.polnear",
    "lgl": "faultlines.eval.lgl",
    "trnews": "faultlines.eval.trnews",
    "acled": "faultlines.eval.acled",
    "news": "faultlines.eval.news",
    "coref": "faultlines.eval.coref",
}


def shared_dir() -> Path | None:
    """../shared, found from the working directory or from the source tree."""
    import os

    candidates = [os.environ.get("FAULTLINES_SHARED"), Path.cwd() / ".." / "shared",
                  Path(__file__).resolve().parents[3] / ".." / "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "eval" / "seed").is_dir():
            return Path(candidate).resolve()
    return None


def suite(name: str) -> ModuleType:
    if name not in SUITES:
        raise click.ClickException(errors.UNKNOWN_SUITE.format(name=name, known=", ".join(SUITES)))
    return importlib.import_module(SUITES[name])


def run(name: str, limit: int | None = None, **options) -> Result:
    """Run one suite; `options` are the suite's own keyword options (news: split, details)."""
    module = suite(name)
    taken = inspect.signature(module.run).parameters
    for option in options:
        if option not in taken:
            raise click.UsageError(errors.SUITE_OPTION.format(
                name=name, option=option.replace("_", "-")))
    return module.run(limit=limit, **options)


def run_cli(name: str | None, as_json: bool, limit: int | None, gate: bool,
            pin: tuple[str, ...] = (), allow_regression: bool = False, **options) -> int:
    if name is None:
        for key in SUITES:
            click.echo(f"{key:16} {suite(key).description}")
        return 0
    if shared_dir() is None:
        click.echo(f"skipped: suite '{name}' needs ../shared (or FAULTLINES_SHARED)", err=True)
        return 0
    if options and (gate or pin):
        raise click.UsageError("floors are pinned on whole suites: drop --"
                               + ", --".join(o.replace("_", "-") for o in options))
    result = run(name, limit=limit, **options)
    failed = check_floors(name, result.metrics, load_floors()) if gate else []
    if pin:
        if limit is not None:
            raise click.ClickException("floors are pinned on whole suites: drop --limit")
        for line in pin_floors(name, result.metrics, pin, allow_regression):
            click.echo(f"pinned {line}", err=True)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        result.print()
    for line in failed:
        click.echo(f"below floor: {line}", err=True)
    return 1 if failed else 0
