"""`faultlines eval`: score faultlines on a gold suite (eval/ does the scoring)."""

from __future__ import annotations

import sys

import click


@click.command(name="eval")
@click.argument("suite", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--limit", type=click.IntRange(1), help="Score only the first N items of the suite.")
@click.option("--gate", is_flag=True, help="Fail (exit 1) when a metric falls below its floor.")
@click.option("--pin", multiple=True, metavar="METRIC",
              help="Pin this metric's score as the suite's floor (repeatable; raises only).")
@click.option("--allow-regression", is_flag=True, help="With --pin: allow lowering a floor.")
@click.option("--split", type=click.Choice(["tune", "check", "all"]),
              help="news: score the tune articles, the held-out check articles, or all (both "
                   "splits and all 48; the default).")
@click.option("--details", is_flag=True,
              help="news: per article, the key events missed and the lead events that matched "
                   "nothing (the tune split's, unless --split check).")
def evaluate(suite: str | None, as_json: bool, limit: int | None, gate: bool,
             pin: tuple[str, ...], allow_regression: bool, split: str | None,
             details: bool) -> None:
    """Score faultlines on a gold suite (no SUITE lists them).

    Example: faultlines eval seed; faultlines eval news --split tune --details
    """
    from faultlines.eval import run_cli

    options = {k: v for k, v in (("split", split), ("details", details)) if v}
    try:
        status = run_cli(suite, as_json=as_json, limit=limit, gate=gate, pin=pin,
                         allow_regression=allow_regression, **options)
    except (KeyError, ValueError) as err:
        raise click.ClickException(str(err).strip("'\"")) from err
    sys.exit(status)


COMMANDS = (evaluate,)
