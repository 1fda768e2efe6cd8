"""The faultlines command line: a thin shell that parses, calls one function, and prints.

One module per group of commands, each a plain click command that this module adds to `main`
(the console script `faultlines`, `python -m faultlines` and `python -m faultlines.cli`):

    coding.py     code, import          the articles into the store
    listings.py   articles, show, events, stats, export
    quotes.py     quotes
    analysis.py   dyads, ties, dilemmas, escalation, network, plot
    web.py        serve
    evaluate.py   eval
    explain.py    explain               which rule kept or dropped each candidate event
    watch.py      watch                 feeds, sitemaps and folders on a schedule; alerts

The options they share (--db, --format/--json, --since/--until, the Day type) are defined once
in options.py; how they open the store is opening.py. No command module imports this one, so
they import in any order.

Exit status: 0 when every input was coded, 1 when some failed (each named on stderr) or the
run was stopped (Ctrl-C, a store that cannot be written), 2 for a usage error (unknown flag,
missing path, bad date or number). Whatever goes wrong ends in one line, never a traceback:
our own errors, the store's (problems.py names the file and the trouble) and the system's (a
file that cannot be written).
"""

from __future__ import annotations

import click

from faultlines import errors
from faultlines.cli import analysis, coding, evaluate, explain, listings, quotes, watch, web
from faultlines.errors import FaultlinesError


class FaultlinesGroup(click.Group):
    """Turns our own errors, the store's and the system's into one line on stderr (and exit 1)
    instead of a traceback."""

    def invoke(self, ctx: click.Context):
        import duckdb

        try:
            return super().invoke(ctx)
        except FaultlinesError as err:
            raise click.ClickException(str(err)) from err
        except duckdb.Error as err:
            from faultlines.store.problems import describe

            raise click.ClickException(describe(err)) from err
        except OSError as err:
            raise click.ClickException(errors.SYSTEM.format(
                file=err.filename or "a file", reason=err.strerror or err)) from err


@click.group(cls=FaultlinesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="faultlines")
def main() -> None:
    """faultlines: who did what to whom in world news, and who is caught in between.

    \b
    Start with:  faultlines code articles/ && faultlines stats
    """


for _module in (coding, listings, quotes, analysis, web, evaluate, explain, watch):
    for _command in _module.COMMANDS:
        main.add_command(_command)
