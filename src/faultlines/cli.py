"""The faultlines command line: a thin shell that parses, calls one function, and prints.

Exit status: 0 when every input was coded, 1 when some failed (each named on stderr), 2 for a
usage error (unknown flag, missing path, bad date).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from faultlines import errors
from faultlines.errors import FaultlinesError
from faultlines.output import chosen, emit, listing_options
from faultlines.store import DEFAULT_DB, read

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _ISO_DAY.match(value):
        raise click.BadParameter(errors.BAD_DATE.format(value=value))
    return value


def db_option(fn):
    return click.option("--db", default=DEFAULT_DB, show_default=True, metavar="FILE",
                        help="The DuckDB store to use.")(fn)


def window_options(fn):
    fn = click.option("--until", callback=_date, metavar="YYYY-MM-DD", help="Up to this day.")(fn)
    return click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="From this day.")(fn)


def open_store(db: str, read_only: bool = True):
    """Open the store; a missing file (when reading) or a busy one is a one-line error."""
    import duckdb

    from faultlines.store import Store

    if read_only and db != ":memory:" and not Path(db).exists():
        raise click.ClickException(f"no store at {db}; code articles first: faultlines code PATH")
    try:
        return Store(db, read_only=read_only)
    except duckdb.IOException as err:
        if "lock" not in str(err).lower():
            raise
        raise click.ClickException(errors.STORE_BUSY.format(db=db)) from err


class FaultlinesGroup(click.Group):
    """Turns our own errors into one line on stderr instead of a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FaultlinesError as err:
            raise click.ClickException(str(err)) from err


@click.group(cls=FaultlinesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="faultlines")
def main() -> None:
    """faultlines: who did what to whom in world news, and who is caught in between.

    \b
    Start with:  faultlines code articles/ && faultlines stats
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date for articles that carry none (resolves 'on Tuesday').")
@db_option
@click.option("--json", "as_json", is_flag=True,
              help="Print the OUTPUT.md document of the coded articles on stdout.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for the spaCy pass.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10000),
              help="Articles per batch and per store transaction.")
@click.option("--no-store", is_flag=True, help="Code and print only; write nothing.")
@click.option("--recode", is_flag=True, help="Code again articles the store already holds.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine, into the store; ray: a Ray cluster, into Parquet shards.")
@click.option("--address", metavar="ADDR", help="With --engine ray: the cluster (default: local).")
@click.option("--out", "shards", metavar="DIR", default="shards", show_default=True,
              help="With --engine ray: where the Parquet shards go (load them with `import`).")
def code(paths: tuple[str, ...], published: str | None, db: str, as_json: bool, workers: int,
         batch_size: int, no_store: bool, recode: bool, engine: str, address: str | None,
         shards: str) -> None:
    """Code articles into the store: .txt, .html, directories, - (stdin), .jsonl/.csv/.parquet.

    \b
    Example:
      faultlines code story.txt --published 2023-09-19 --json
      faultlines code corpus.jsonl --workers 2 --db news.duckdb
      faultlines code corpus.jsonl --engine ray --address auto --out shards/
    """
    from faultlines.coding_cli import run_code, run_ray

    if engine == "ray":
        sys.exit(run_ray(paths, published, workers, batch_size, address, shards))

    status = run_code(paths, published=published, db=None if no_store else db, as_json=as_json,
                      workers=workers, batch_size=batch_size, recode=recode)
    sys.exit(status)


@main.command()
@db_option
@window_options
@click.option("--search", "-s", help="Words in the title or text.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
@listing_options
def articles(db: str, since: str | None, until: str | None, search: str | None, limit: int,
             fmt: str, as_json: bool) -> None:
    """List stored articles, newest first.

    Example: faultlines articles --search Karabakh --since 2023-01-01
    """
    with open_store(db) as store:
        rows = read.articles.listing(store, read.ArticleFilter(search, since, until), limit)
    emit(rows, chosen(fmt, as_json), ["id", "published", "source", "title", "n_events",
                                      "n_quotes"])


@main.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the ARTICLE record instead.")
def show(article_id: str, db: str, as_json: bool) -> None:
    """Show one article: its actors, each event under its sentence, its quotes and ties.

    Example: faultlines show 4ee9d8ed
    """
    from faultlines.show import render

    with open_store(db) as store:
        article = read.articles.record(store, article_id)
    if article is None:
        raise click.ClickException(errors.NO_ARTICLE.format(id=article_id, db=db))
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    else:
        render(article)


@main.command()
@db_option
@window_options
@click.option("--actor", help="Country code, organisation code or name (either side).")
@click.option("--type", "event_type", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--near", callback=lambda c, p, v: _floats(v, 2, "LAT,LON"),
              help="Only events located within --km of LAT,LON, e.g. 39.82,46.76.")
@click.option("--km", "within_km", default=50.0, show_default=True, type=click.FloatRange(0),
              help="The radius of --near, in kilometres.")
@click.option("--bbox", callback=lambda c, p, v: _floats(v, 4, "MINLON,MINLAT,MAXLON,MAXLAT"),
              help="Only events located in MINLON,MINLAT,MAXLON,MAXLAT, e.g. 44,38,51,42.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 1000000))
@listing_options
def events(db: str, since: str | None, until: str | None, actor: str | None,
           event_type: str | None, near: tuple | None, within_km: float, bbox: tuple | None,
           limit: int, fmt: str, as_json: bool) -> None:
    """List coded events, newest first.

    Example: faultlines events --actor RUS --type ASSAULT --since 2022-02-01
    Example: faultlines events --near 39.82,46.76 --km 100
    """
    with open_store(db) as store:
        rows = read.events.listing(store, read.EventFilter(
            actor, event_type, None, since, until, bbox, near=near, within_km=within_km,
            loose_actor=True), limit)
    fmt = chosen(fmt, as_json)
    if fmt != "json":
        rows = [_flat_event(r) for r in rows]
    emit(rows, fmt, None if fmt == "json" else
         ["date", "actor", "type", "mode", "recipient", "place", "flags", "article_id",
          "trigger"])


def _floats(value: str | None, count: int, shape: str) -> tuple[float, ...] | None:
    """"39.82,46.76" → (39.82, 46.76); a wrong shape is a usage error naming the shape."""
    if value is None:
        return None
    try:
        numbers = tuple(float(x) for x in value.split(","))
    except ValueError:
        numbers = ()
    if len(numbers) != count:
        raise click.BadParameter(f"expected {shape}, got '{value}'")
    return numbers


def _flat_event(event: dict) -> dict:
    def names(actors: list[dict]) -> str:
        return ", ".join(a.get("country") or a.get("code") or a["name"] for a in actors)

    flags = [f for f in ("negated", "hypothetical") if event.get(f)]
    return {**event, "actor": names(event["actor"]), "recipient": names(event["recipient"]),
            "place": (event.get("location") or {}).get("name"), "flags": " ".join(flags),
            "trigger": event["trigger"]["text"]}


@main.command()
@db_option
@listing_options
def stats(db: str, fmt: str, as_json: bool) -> None:
    """Count what the store holds: articles, actors, events by type, quotes, ties, places."""
    from faultlines.summary import store_stats

    with open_store(db) as store:
        figures = store_stats(store)
    fmt = chosen(fmt, as_json)
    if fmt == "json":
        click.echo(json.dumps(figures, indent=2, default=str))
        return
    emit([{"table": k, "rows": v} for k, v in figures["counts"].items()], fmt,
         title=f"{db} (schema {figures['schema']})")
    if figures["event_types"]:
        emit(figures["event_types"], fmt, ["type", "events", "negated", "hypothetical"],
             title="events by PLOVER type")
    if figures["top_actors"]:
        emit(figures["top_actors"], fmt, ["actor", "country", "sector", "events"],
             title="most active actors")


@main.command()
@click.option("--format", "fmt", default="jsonl", show_default=True,
              help="jsonl, csv, parquet (and plover, gdelt, graphml where installed).")
@click.option("--out", "-o", required=True, metavar="PATH",
              help="A file for jsonl, plover, gdelt; a directory for csv and parquet.")
@db_option
def export(fmt: str, out: str, db: str) -> None:
    """Export the store.

    Example: faultlines export --format parquet --out exports/
    """
    from faultlines.store.export import export as run_export

    with open_store(db) as store:
        written = run_export(store, fmt, out)
    for path in written:
        click.echo(str(path))


@main.command(name="import")
@click.argument("paths", nargs=-1, required=True)
@db_option
def import_(paths: tuple[str, ...], db: str) -> None:
    """Load Parquet shards written by `code --engine ray` into the store.

    Example: faultlines import shards/ --db news.duckdb
    """
    from faultlines.engines.ray_engine import import_shards
    from faultlines.store import Store

    with Store(db) as store:
        stored, skipped = import_shards(paths, store)
    click.echo(f"imported {stored} article(s) into {db}; {skipped} already stored")


@main.command(name="eval")
@click.argument("suite", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--limit", type=click.IntRange(1), help="Score only the first N items of the suite.")
@click.option("--gate", is_flag=True, help="Fail (exit 1) when a metric falls below its floor.")
@click.option("--pin", multiple=True, metavar="METRIC",
              help="Pin this metric's score as the suite's floor (repeatable; raises only).")
@click.option("--allow-regression", is_flag=True, help="With --pin: allow lowering a floor.")
def evaluate(suite: str | None, as_json: bool, limit: int | None, gate: bool,
             pin: tuple[str, ...], allow_regression: bool) -> None:
    """Score faultlines on a gold suite (no SUITE lists them).

    Example: faultlines eval seed
    """
    from faultlines.eval import run_cli

    try:
        status = run_cli(suite, as_json=as_json, limit=limit, gate=gate, pin=pin,
                         allow_regression=allow_regression)
    except (KeyError, ValueError) as err:
        raise click.ClickException(str(err).strip("'\"")) from err
    sys.exit(status)


from faultlines.cli_network import network_commands; network_commands(main)  # noqa: E402,E702
from faultlines.cli_web import web_commands; web_commands(main)  # noqa: E402,E702
from faultlines.cli_quotes import quote_commands; quote_commands(main)  # noqa: E402,E702


if __name__ == "__main__":  # pragma: no cover
    main()
